import Foundation
import Testing

/// `convert --to tei`, `convert --from tei` and `validate` on TEI, as a user runs them.
@Suite struct TEICommandLineTests {
    private let teiNames = ["2003-02-25-international-symposium-human-security.tei.xml",
                            "2010-02-23-symposium-human-security-asia.tei.xml"]

    private func convertSeeds(to formats: String) throws -> URL {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--authorities", Tool.authorities, "--catalogue", Tool.catalogue, "--to", formats, "-o", out.path,
                                Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        return out
    }

    @Test func singleTEIGoesToStandardOutput() throws {
        // Seen from the current folder, where a redirection writes it: samples/out, as make samples writes it.
        let run = try Tool.run(["convert", "--authorities", Tool.authorities, "--catalogue", Tool.catalogue, "--to", "tei", Tool.seed(1)],
                               workingDirectory: Tool.samples.appendingPathComponent("out"))
        #expect(run.status == 0)
        let committed = try String(contentsOf: Tool.samples.appendingPathComponent("out/\(teiNames[1])"), encoding: .utf8)
        #expect(run.stdout == committed)
    }

    /// `--publisher` and `--license`, which describe the run's dataset, are the TEI's publisher and
    /// licence as well, in each file and in the corpus; the files stay valid.
    @Test func thePublisherAndLicenceOfTheRunAreTheTEIs() throws {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--to", "tei,tei-corpus", "--publisher", "Archive of Meetings",
                                "--license", "https://creativecommons.org/licenses/by/4.0/", "-o", out.path, Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        let files = [teiNames[1], "tei-corpus/corpus.tei.xml"].map { out.appendingPathComponent($0) }
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains("<publisher>Archive of Meetings</publisher>"), "\(file.lastPathComponent)")
            #expect(text.contains(##"<licence target="https://creativecommons.org/licenses/by/4.0/">"##), "\(file.lastPathComponent)")
        }
        let validate = try Tool.run(["validate"] + files.map(\.path))
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    /// text → TEI → model → TEI, byte for byte, with the format detected and declared.
    @Test func textToTEIToModelToTEIIsByteIdentical() throws {
        let first = try convertSeeds(to: "tei")
        let inputs = teiNames.map { first.appendingPathComponent($0).path }
        for from in [[], ["--from", "tei"]] {
            let second = try Tool.temporaryDirectory().appendingPathComponent("again")
            let run = try Tool.run(["convert"] + from + ["--to", "tei", "-o", second.path] + inputs)
            #expect(run.status == 0)
            #expect(run.stderr.hasSuffix("\nconverted 2 records from 2 inputs into \(second.path)\n"))
            for name in teiNames {
                #expect(try Data(contentsOf: second.appendingPathComponent(name))
                    == Data(contentsOf: first.appendingPathComponent(name)), "\(name)")
            }
        }
    }

    /// The three formats carry one model: TEI read back gives the committed interchange XML, and
    /// interchange XML read back gives the committed TEI.
    @Test func teiAndInterchangeXMLConvertIntoEachOther() throws {
        let committed = Tool.samples.appendingPathComponent("out")
        for name in teiNames {
            let xmlName = name.replacingOccurrences(of: ".tei.xml", with: ".xml")
            let fromTEI = try Tool.run(["convert", "--to", "xml", committed.appendingPathComponent(name).path])
            #expect(fromTEI.status == 0 && fromTEI.stderr.isEmpty, "\(fromTEI.stderr)")
            // The name of the authority entry of a person or organisation (the linked data's name of
            // one of the corpus) included, as the venue's and the issuer's: the samples name one.
            let committedXML = try String(contentsOf: committed.appendingPathComponent(xmlName), encoding: .utf8)
            #expect(committedXML.contains("<authority-name>"), "the samples name an entry of the authority table")
            #expect(fromTEI.stdout == committedXML)
            let fromXML = try Tool.run(["convert", "--from", "xml", "--to", "tei", committed.appendingPathComponent(xmlName).path])
            #expect(fromXML.status == 0 && fromXML.stderr.isEmpty, "\(fromXML.stderr)")
            // Interchange XML does not say where the source file is: the TEI names it alone.
            let unlocated = try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
                .replacingOccurrences(of: "replacementPattern=\"../", with: "replacementPattern=\"")
            #expect(fromXML.stdout == unlocated)
        }
    }

    @Test func validateDetectsTEIAndChecksPointers() throws {
        let out = try convertSeeds(to: "tei")
        let files = teiNames.map { out.appendingPathComponent($0).path }
        let valid = try Tool.run(["validate"] + files)
        #expect(valid.status == 0)
        #expect(valid.stdout == files.map { "\($0): valid\n" }.joined())

        let file = out.appendingPathComponent(teiNames[1])
        var text = try String(contentsOf: file, encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("ref=\"#person.konuma\"") }) + 1
        // The first pointer at him alone: the running text names him again further on.
        text.replaceSubrange(try #require(text.range(of: "ref=\"#person.konuma\"")), with: "ref=\"#person.kunuma\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let broken = try Tool.run(["validate", file.path])
        #expect(broken.status == 1)
        #expect(broken.stderr == """
            \(file.path):\(line): error: <persName> @ref="#person.kunuma": no element has xml:id "person.kunuma" [tei-reference]
            1 file: 0 valid, 1 invalid, 0 unreadable; 1 error, 0 warnings

            """)
    }

    @Test func validateAgainstTEIAllCompilesTheSchemaOnceForAllFiles() throws {
        let out = try convertSeeds(to: "tei")
        let files = teiNames.map { out.appendingPathComponent($0).path }
        let run = try Tool.run(["validate", "--schema", "tei-all"] + files + [Tool.samples.appendingPathComponent("out/\(teiNames[0])").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: ": valid\n").count == 4)

        let missing = try Tool.run(["validate", "--schema", "tei-all", files[0]],
                                   environment: ["PROCEEDINGS_TEI_ALL_XSD": "/nonexistent/tei_all.xsd"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("proceedings: TEI All schema not found at /nonexistent/tei_all.xsd; run `make tei-all`"))
    }

    /// SOURCE_DATE_EPOCH is the time of a reproducible run: revisionDesc/change/@when in every file,
    /// the same bytes again (expert review L1); a value that is not a number is bad usage.
    @Test func sourceDateEpochDatesTheChange() throws {
        let run = try Tool.run(["convert", "--to", "tei", Tool.seed(1)], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#"<change when="2023-11-14T22:13:20Z">"#))
        let again = try Tool.run(["convert", "--to", "tei", Tool.seed(1)], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(again.stdout == run.stdout)
        #expect(!(try Tool.run(["convert", "--to", "tei", Tool.seed(1)]).stdout.contains("<change when=")))
        #expect(try Tool.run(["convert", "--to", "tei", Tool.seed(1)], environment: ["SOURCE_DATE_EPOCH": "yesterday"]).status == 2)
    }

    /// TEI written elsewhere: read as far as it maps, the rest reported with its line.
    @Test func foreignTEIIsReadWithWarnings() throws {
        let dir = try Tool.temporaryDirectory()
        let foreign = dir.appendingPathComponent("workshop.xml")
        try Data("""
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>Workshop on Water</title><author>A. Editor</author></titleStmt>
                  <publicationStmt><p>Unpublished</p></publicationStmt>
                  <sourceDesc><p>Born digital</p></sourceDesc>
                </fileDesc>
              </teiHeader>
              <text>
                <body>
                  <div type="chapter">
                    <head>Opening</head>
                    <p>Welcome by <persName>Ann Lee</persName>.</p>
                    <figure><graphic url="river.png"/></figure>
                  </div>
                </body>
              </text>
            </TEI>

            """.utf8).write(to: foreign)
        let run = try Tool.run(["convert", "--to", "xml", foreign.path])
        #expect(run.status == 0)
        #expect(run.stderr == """
            \(foreign.path):4: warning: <author> in <titleStmt> does not map onto the model; ignored
            \(foreign.path):6: warning: <p> in <sourceDesc> does not map onto the model; ignored
            \(foreign.path):11: warning: <div> of type "chapter" is read as a section of kind "other"
            \(foreign.path):13: warning: <persName> in <p> is kept as text; its markup does not map onto the model
            \(foreign.path):14: warning: <figure> in <div> does not map onto the model; ignored
            \(foreign.path):1: warning: no source file name or SHA-256 in the header; recorded this TEI file as the source
            \(foreign.path):4: warning: elements without @source="text:A,B" (this one and maybe others) are given their line in this file

            """)
        #expect(run.stdout.contains("<section id=\"opening\" kind=\"other\" ordinal=\"1\" line=\"12\">"))
        #expect(run.stdout.contains("<statement id=\"st-1\" ordinal=\"1\" kind=\"narrative\" form=\"paragraph\" reported-speech=\"false\" section=\"opening\" first-line=\"13\" last-line=\"13\">Welcome by Ann Lee.</statement>"))
        let xml = dir.appendingPathComponent("workshop.record.xml")
        try Data(run.stdout.utf8).write(to: xml)
        #expect(try Tool.run(["validate", xml.path]).status == 0)
    }
}
