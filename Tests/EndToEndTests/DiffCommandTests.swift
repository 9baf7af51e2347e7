import Foundation
import Testing

/// `proceedings diff` as a librarian runs it: the built binary on folders that `convert` wrote.
@Suite struct DiffCommandTests {
    static let corrections = Tool.samples.appendingPathComponent("corrections.csv").path
    static let committed = Tool.samples.appendingPathComponent("out").path

    /// The samples converted as `make samples` converts them, with `extra` arguments.
    static func convert(_ extra: [String]) throws -> URL {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--authorities", Tool.authorities, "--catalogue", Tool.catalogue, "-o", out.path]
                               + extra + [Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        return out
    }

    static func json(_ run: Tool.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)\(run.stderr)")
    }

    /// The committed outputs against the same samples converted with the corrections file: the
    /// changes are the file's rows, each at its line with its values, and the corrections recorded.
    @Test func theChangesOfACorrectionsFileAreExactlyItsRows() throws {
        let after = try Self.convert(["--corrections", Self.corrections])
        let run = try Tool.run(["diff", "--report", "json", Self.committed, after.path])
        #expect(run.status == 1, "\(run.stderr)")
        let report = try Self.json(run)
        let records = try #require(report["records"] as? [[String: Any]])
        #expect(records.map { $0["id"] as? String } == ["2003-02-25-international-symposium-human-security"])
        #expect(records.first?["status"] as? String == "changed")
        let changes = try #require(records.first?["changes"] as? [[String: Any]])
        let facts = changes.filter { $0["fact"] as? String != "correction" }.map { change in
            [change["fact"], change["line"], change["old"], change["new"], change["change"]].map { "\($0 ?? "-")" }.joined(separator: "|")
        }
        // The rows of samples/corrections.csv, in the report's order (by line): the affiliation is
        // "Name: value" in the file, the holder's name and the value in the report.
        #expect(facts == [
            "organizer|10|Ministry of Foreign Affairs|Ministry of Foreign Affairs of Japan|changed",
            "person|11|Shinako Tuchiya|Shinako Tsuchiya|changed",
            "affiliation|11|Secretary -General of the United Nations|Secretary-General of the United Nations|changed",
        ])
        #expect(changes.first { $0["fact"] as? String == "affiliation" }?["name"] as? String == "Kofi Annan")
        let recorded = changes.filter { $0["fact"] as? String == "correction" }
        #expect(recorded.count == 3 && recorded.allSatisfy { $0["change"] as? String == "added" })
        #expect(recorded.compactMap { $0["line"] as? Int }.sorted() == [10, 11, 11])
        #expect(report["summary"] as? [String: Int] == ["compared": 2, "changed": 1, "added": 0, "removed": 0,
                                                        "factsAdded": 3, "factsRemoved": 0, "factsChanged": 3])

        let text = try Tool.run(["diff", Self.committed, after.path])
        #expect(text.status == 1)
        #expect(text.stdout.contains("""
            record 2003-02-25-international-symposium-human-security (2003-02-25_international-symposium-human-security.txt):
              line 10: organizer changed: "Ministry of Foreign Affairs" → "Ministry of Foreign Affairs of Japan"
            """), "\(text.stdout)")
        #expect(text.stdout.contains("  line 11: affiliation of Kofi Annan changed: \"Secretary -General of the United Nations\" → \"Secretary-General of the United Nations\"\n"))
        #expect(text.stdout.hasSuffix("2 records compared, 1 changed; 0 added, 0 removed; 6 facts: 3 changed, 3 added, 0 removed\n"))

        // The other way round, the same facts changed back and the corrections removed.
        let back = try Self.json(try Tool.run(["diff", "--report", "json", after.path, Self.committed]))
        #expect(back["summary"] as? [String: Int] == ["compared": 2, "changed": 1, "added": 0, "removed": 0,
                                                      "factsAdded": 0, "factsRemoved": 3, "factsChanged": 3])
    }

    /// A role a correction removed is a fact of the record, apart from the roles held: one that
    /// appears or disappears between two exports is a change at its line, of its holder, whichever
    /// format the exports were read from.
    @Test(arguments: ["xml", "tei", "csv"])
    func aRemovedRoleThatAppearsOrDisappearsIsAChange(_ format: String) throws {
        let corrections = try Tool.temporaryDirectory().appendingPathComponent("removals.csv")
        try Data(RemovedRolesCSVWTests.rows.utf8).write(to: corrections)
        let after = try Self.convert(["--corrections", corrections.path])
        let run = try Tool.run(["diff", "--from", format, "--report", "json", Self.committed, after.path])
        #expect(run.status == 1, "\(run.stderr)")
        let records = try #require(try Self.json(run)["records"] as? [[String: Any]])
        let changes = records.flatMap { ($0["changes"] as? [[String: Any]]) ?? [] }.filter { $0["fact"] as? String == "removed-role" }
        let removed = changes.map { change in
            [change["line"], change["name"], change["part"], change["old"], change["new"], change["change"]].map { "\($0 ?? "-")" }.joined(separator: "|")
        }
        #expect(removed == ["68|Doden|session-3|-|panelist|added", "70|Katori|session-3|-|panelist|added",
                            "74|Ueno|session-4|-|respondent|added"], "\(changes)")
        let text = try Tool.run(["diff", "--from", format, Self.committed, after.path])
        #expect(text.stdout.contains("  line 74: removed-role of Ueno in session-4 added: \"respondent\"\n"), "\(text.stdout)")
        // The other way round, each disappears, at its line.
        let back = try Tool.run(["diff", "--from", format, after.path, Self.committed])
        #expect(back.stdout.contains("  line 70: removed-role of Katori in session-3 removed: \"panelist\"\n"), "\(back.stdout)")
    }

    @Test func theJSONReportFollowsItsSchema() throws {
        let after = try Self.convert(["--corrections", Self.corrections])
        let scratch = try Tool.temporaryDirectory()
        let (only, json) = (scratch.appendingPathComponent("only"), scratch.appendingPathComponent("diff.json"))
        // A record in one export only, too.
        try FileManager.default.createDirectory(at: only, withIntermediateDirectories: true)
        let name = "2010-02-23-symposium-human-security-asia.xml"
        try FileManager.default.copyItem(at: after.appendingPathComponent(name), to: only.appendingPathComponent(name))
        let run = try Tool.run(["diff", "--report", "json", Self.committed, after.path])
        let removed = try Tool.run(["diff", "--report", "json", after.path, only.path])
        #expect(run.status == 1 && removed.status == 1)
        #expect(try (Self.json(removed)["records"] as? [[String: Any]])?.map { $0["status"] as? String } == ["removed"])
        for report in [run, removed] {
            try Data(report.stdout.utf8).write(to: json)
            let check = try Tool.checkAgainstSchema(json, schema: "diff.schema.json")
            #expect(check.stdout == "conforms\n", "\(check.stderr)")
        }
    }

    @Test func theSameFolderTwiceChangedNothing() throws {
        let run = try Tool.run(["diff", Self.committed, Self.committed])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "old: \(Self.committed) (interchange XML, 2 records)\nnew: \(Self.committed) (interchange XML, 2 records)\n2 records compared: no change\n")
        let again = try Self.convert([])
        #expect(try Tool.run(["diff", Self.committed, again.path]).status == 0)
    }

    /// Every export says the same facts: the interchange XML, the TEI and the tables of one run
    /// compare equal, whichever is the old one.
    @Test(arguments: ["tei", "csv"])
    func aFolderOfAnotherFormatSaysTheSame(_ format: String) throws {
        let other = try Self.convert(["--to", format])
        let run = try Tool.run(["diff", Self.committed, other.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("old: \(Self.committed) (interchange XML, 2 records)\nnew: \(other.path) (\(format == "tei" ? "TEI" : "CSV tables"), 2 records)\n"))
        // Chosen with --from in a folder of every format.
        let chosen = try Tool.run(["diff", "--from", format, Self.committed, other.path])
        #expect(chosen.status == 0, "\(chosen.stdout)\(chosen.stderr)")
        #expect(chosen.stdout.hasPrefix("old: \(Self.committed) (\(format == "tei" ? "TEI" : "CSV tables"), 2 records)"))
    }

    @Test func aFolderWithoutTheFormatAskedForIsAFailureToRun() throws {
        let tei = try Self.convert(["--to", "tei"])
        let run = try Tool.run(["diff", "--from", "csv", Self.committed, tei.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "\(tei.path): error: the folder holds no CSV tables (it holds TEI)\nproceedings: error: nothing compared\n")
        let summaries = try Tool.run(["diff", Tool.samples.path, Self.committed])
        #expect(summaries.status == 2)
        #expect(summaries.stderr.hasPrefix("\(Tool.samples.path): error: the folder holds no interchange XML, TEI or CSV table group\n"))
    }

    @Test func aMissingFolderIsAFailureToRun() throws {
        let missing = try Tool.temporaryDirectory().appendingPathComponent("no-such-export").path
        let run = try Tool.run(["diff", Self.committed, missing])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "\(missing): error: no such folder\nproceedings: error: nothing compared\n")
        let file = try Tool.run(["diff", Tool.seed(0), Self.committed])
        #expect(file.status == 2 && file.stderr.hasPrefix("\(Tool.seed(0)): error: not a folder"))
    }

    /// A file of the export that cannot be read would make its record look removed: nothing is compared.
    @Test func anUnreadableExportIsAFailureToRun() throws {
        let broken = try Self.convert(["--to", "xml"])
        let file = broken.appendingPathComponent("2010-02-23-symposium-human-security-asia.xml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "</record>", with: "").utf8).write(to: file)
        let run = try Tool.run(["diff", Self.committed, broken.path])
        #expect(run.status == 2, "\(run.stdout)")
        #expect(run.stderr.contains("2010-02-23-symposium-human-security-asia.xml:"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
