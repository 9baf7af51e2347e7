import Foundation
import Testing

/// Runs the built binary as a user would and checks what it prints and how it exits.
@Suite struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try Tool.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        for command in ["convert", "validate", "inspect"] {
            let help = try Tool.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE: proceedings \(command)"))
        }
    }

    @Test func batchConvertsTheSeedsAndReportsBadInputs() throws {
        let dir = try Tool.temporaryDirectory()
        let empty = dir.appendingPathComponent("empty.txt"), binary = dir.appendingPathComponent("binary.txt")
        try Data().write(to: empty)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]).write(to: binary)
        let out = dir.appendingPathComponent("out")
        let run = try Tool.run(["convert", "-o", out.path, Tool.seed(0), empty.path, binary.path, Tool.seed(1)])
        #expect(run.status == 1)
        #expect(run.stderr == """
            \(Tool.seed(0)):10:1: warning: the event's date prints no year; 2003 is taken from the page's own date
            \(empty.path): error: file is empty
            \(binary.path):1:5: error: binary data (byte 0x02), not a text summary
            2010-02-23_symposium-human-security-asia.txt:36: warning: "Surin" may be "Surin Pitsuwan" (2003-02-25_international-symposium-human-security.txt); kept apart — add both to the authority table to merge them
            converted 2 records from 4 inputs into \(out.path)

            """)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["nq", "nt", "tei.xml", "ttl", "xml"].flatMap { ext in
            ["2003-02-25-international-symposium-human-security", "2010-02-23-symposium-human-security-asia"].map { "\($0).\(ext)" }
        }.sorted() + ["csv", "dataset"])
        let tables = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("csv").path).sorted()
        #expect(tables == ["affiliations.csv", "authority_links.csv", "classes.csv", "corrected_graphs.csv",
                           "corrected_resources.csv", "corrections.csv", "correctors.csv", "csv-metadata.json", "datapackage.json",
                           "document_names.csv", "documents.csv", "events.csv", "graphs.csv", "mention_lines.csv", "mention_variants.csv", "name_variants.csv",
                           "names.csv", "notes.csv", "organizations.csv", "participations.csv", "persons.csv", "removed_roles.csv",
                           "schema_roles.csv", "sections.csv", "speaker_influences.csv", "statements.csv", "sub_events.csv", "texts.csv"])
    }

    @Test func convertingTwiceGivesByteIdenticalFiles() throws {
        let dir = try Tool.temporaryDirectory()
        var snapshots: [[String: Data]] = []
        for name in ["first", "second"] {
            let out = dir.appendingPathComponent(name)
            #expect(try Tool.run(["convert", "-o", out.path, Tool.seed(0), Tool.seed(1)]).status == 0)
            snapshots.append(try Tool.files(under: out))
        }
        // Per summary XML, TEI, Turtle, N-Triples, N-Quads; for the run sixteen tables, the ten tables of links that only
        // the CSVW reads, two metadata files and the dataset's description in Turtle and in N-Quads.
        #expect(snapshots[0].count == 40)
        #expect(snapshots[0] == snapshots[1])
    }

    @Test func singleXMLGoesToStandardOutput() throws {
        let run = try Tool.run(["convert", "--authorities", Tool.authorities, "--catalogue", Tool.catalogue, "--to", "xml", Tool.seed(1)])
        #expect(run.status == 0)
        #expect(run.stderr == """
            authorities: 0 of 15 persons, 1 of 13 organisations and 0 of 1 venues matched
            catalogue: 1 of 1 record described by \(Tool.catalogue)

            """)
        let committed = try String(contentsOf: Tool.samples.appendingPathComponent("out/2010-02-23-symposium-human-security-asia.xml"), encoding: .utf8)
        #expect(run.stdout == committed)
    }

    @Test func standardInputIsReadWithDash() throws {
        let seed = try Data(contentsOf: URL(fileURLWithPath: Tool.seed(1)))
        let run = try Tool.run(["convert", "--to", "xml", "-"], stdin: seed)
        #expect(run.status == 0)
        #expect(run.stdout.contains("<source-file>&lt;stdin&gt;</source-file>"))
    }

    @Test func badUsageExitsWithTwo() throws {
        let unknown = try Tool.run(["convert", "--to", "pdf", "-o", "x", Tool.seed(0)])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("Error: The value 'pdf' is invalid for '--to <to>': unknown format 'pdf'; choose from xml, tei, ttl, nt, nq, csv, tei-corpus\n"))
        let noOutput = try Tool.run(["convert", Tool.seed(0), Tool.seed(1)])
        #expect(noOutput.status == 2)
        #expect(noOutput.stderr.hasPrefix("Error: give an output directory with -o"))
    }

    @Test func unwritableOutputExitsWithTwoAndLeavesNoPartialFile() throws {
        let dir = try Tool.temporaryDirectory()
        let blocker = dir.appendingPathComponent("blocker")
        try Data("not a directory".utf8).write(to: blocker)
        let run = try Tool.run(["convert", "-o", blocker.appendingPathComponent("out").path, Tool.seed(0)])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot create directory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["blocker"])
    }

    @Test func inspectPrintsTheOutlineAndCoverage() throws {
        let outline = try Tool.run(["inspect", Tool.seed(0)])
        #expect(outline.status == 0)
        #expect(outline.stdout.contains("  part session-3 (session) \"Session 3:\": Theory and practice (Presentation)\n"))
        #expect(outline.stdout.contains("      moderator: Tadashi Yamamoto — President of Japan Center for International Exchange (JCIE)   [line 107]\n"))
        let coverage = try Tool.run(["inspect", "--coverage", Tool.seed(0)])
        #expect(coverage.stdout.contains("\n 24  participant  Moderator: Yozo Yokota, Professor, Chuo University\n"))
        #expect(coverage.stdout.hasSuffix("classified 93 of 93 non-blank lines (100.0%)\n"))
    }
}

@Suite struct StrictCommandTests {
    @Test func strictRejectsAnInputWithUnclassifiedLinesAndConvertsTheRest() throws {
        let dir = try Tool.temporaryDirectory()
        let odd = dir.appendingPathComponent("odd.txt")
        try Data("Seminar on Water Security\n\n1. Summary\n\nThe seminar was held in Tokyo on 12 March 2009.\n\nProjector Room B\n".utf8).write(to: odd)
        let out = dir.appendingPathComponent("out")
        // The 2010 seed prints every fact it gives; the 2003 seed takes its event's year from the page's date.
        let run = try Tool.run(["convert", "--strict", "--to", "xml", "-o", out.path, odd.path, Tool.seed(1), Tool.seed(0)])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(odd.path):7:1: error: line not understood: \"Projector Room B\" (--strict)\n"))
        #expect(run.stderr.contains("\(Tool.seed(0)):10:1: error: the event's date prints no year; 2003 is taken from the page's own date (--strict)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["2010-02-23-symposium-human-security-asia.xml"])
    }
}

@Suite struct BatchOptionTests {
    /// A file given twice is converted once: its second record would have the IRIs of the first.
    @Test func jobsDoNotChangeTheOutput() throws {
        let dir = try Tool.temporaryDirectory()
        var snapshots: [[String: Data]] = []
        for jobs in ["1", "2", "5"] {
            let out = dir.appendingPathComponent("jobs-\(jobs)")
            let run = try Tool.run(["convert", "--quiet", "--jobs", jobs, "-o", out.path, Tool.seed(0), Tool.seed(1), Tool.seed(0)])
            #expect(run.status == 1)
            #expect(run.stderr.contains("\(Tool.seed(0)): error: record id "
                + "\"2003-02-25-international-symposium-human-security\" is already the id of "
                + "\(Tool.seed(0)) in this run; not converted — "
                + "rename one of the files or convert them in separate runs\n"), "\(run.stderr)")
            snapshots.append(try Tool.files(under: out))
        }
        #expect(snapshots[0] == snapshots[1])
        #expect(snapshots[0] == snapshots[2])
    }

    /// A progress bar on a terminal, and not a byte of it in a pipe or with --quiet.
    @Test func progressOnlyOnATerminal() throws {
        let dir = try Tool.temporaryDirectory()
        let piped = try Tool.run(["convert", "--to", "xml", "-o", dir.appendingPathComponent("a").path, Tool.seed(0), Tool.seed(1)])
        #expect(!piped.stderr.contains("\r"))
        func underTerminal(_ extra: [String]) throws -> String {
            let command = ([Tool.binary.path, "convert", "--to", "xml", "-o", dir.appendingPathComponent(UUID().uuidString).path]
                + extra + [Tool.seed(0), Tool.seed(1)]).map { "'\($0)'" }.joined(separator: " ")
            // script(1) gives the command a pseudo-terminal and copies what it shows.
            return try Tool.run(["-qec", command, "/dev/null"], executable: "/usr/bin/script").stdout
        }
        #expect(try underTerminal([]).contains("converting ["))
        #expect(!(try underTerminal(["--quiet"])).contains("converting ["))
    }
}

@Suite struct SharedFileNameTests {
    /// `a/x.txt` and `b/x.txt` in one run, as a folder of folders gives them: neither is converted,
    /// in either order, and both are named; nothing of either reaches the output, so neither
    /// overwrites the other's files. One at a time, each is the record its name gives.
    @Test func twoFilesOfOneNameInTwoFoldersAreRefusedInEitherOrder() throws {
        let dir = try Tool.temporaryDirectory()
        let texts = ["a": "Seminar on Water\n\nDate: 4 March 2009\n\nChair: Ken Sato, Professor, Kyoto University\n",
                     "b": "Seminar on Forests\n\nDate: 5 March 2009\n\nChair: Aiko Mori, Professor, Kyoto University\n"]
        var inputs: [String] = []
        for (folder, text) in texts.sorted(by: { $0.key < $1.key }) {
            let file = dir.appendingPathComponent(folder).appendingPathComponent("x.txt")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            inputs.append(file.path)
        }
        var outputs: [[String: Data]] = []
        for (n, order) in [inputs + [Tool.seed(1)], [Tool.seed(1)] + inputs.reversed()].enumerated() {
            let out = dir.appendingPathComponent("out-\(n)")
            let run = try Tool.run(["convert", "--quiet", "--to", "ttl,xml", "-o", out.path] + order)
            #expect(run.status == 1)
            for (input, other) in [(inputs[0], inputs[1]), (inputs[1], inputs[0])] {
                #expect(run.stderr.contains("\(input): error: record id \"x\" is what the file name of \(other) gives too; "
                    + "none of them converted, in any order of the run"), "\(run.stderr)")
            }
            outputs.append(try Tool.files(under: out).filter { !$0.key.hasPrefix("/csv/") && !$0.key.hasPrefix("/dataset/") })
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].keys.sorted() == ["/2010-02-23-symposium-human-security-asia.ttl", "/2010-02-23-symposium-human-security-asia.xml"])

        var alone: [String] = []
        for input in inputs {
            let out = dir.appendingPathComponent("alone-\(alone.count)")
            #expect(try Tool.run(["convert", "--quiet", "--to", "xml", "-o", out.path, input]).status == 0)
            alone.append(try String(contentsOf: out.appendingPathComponent("x.xml"), encoding: .utf8))
        }
        #expect(alone[0].contains("Seminar on Water") && alone[1].contains("Seminar on Forests"))
    }
}
