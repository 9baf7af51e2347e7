import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The librarian's corrections file: read, applied to the facts the importer gave, reported row by
/// row, and kept by every format so that a record read back keeps them and is not corrected twice.
@Suite struct CorrectionsTests {
    static let seedName = Paths.seeds[1]
    static let everyFact = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/corrections/every-fact.csv")

    static func corrections(_ text: String) -> (CorrectionsFile, [Finding]) {
        CorrectionsFile.parse(Array(text.utf8), fileName: "corrections.csv")
    }

    static func everyFactFile() throws -> CorrectionsFile {
        let (file, findings) = CorrectionsFile.parse(try Paths.bytes(everyFact), fileName: "every-fact.csv")
        #expect(findings.isEmpty, "\(findings)")
        return file
    }

    /// The seed, read and corrected as `convert --corrections` does.
    static func run(_ corrections: CorrectionsFile, bytes: [UInt8]? = nil) throws -> (record: Record, findings: [Finding]) {
        let input = BatchInput(name: seedName, bytes: try bytes ?? Paths.bytes(Paths.sample(seedName)))
        let result = Batch.importAll([input], corrections: corrections)
        return (try #require(result.records.first), result.findings.filter { $0.rule.rawValue.hasPrefix("correction") })
    }

    static func rules(_ findings: [Finding]) -> [String] { findings.map(\.rule.rawValue) }

    @Test func everyKindOfFactIsCorrected() throws {
        let file = try Self.everyFactFile()
        #expect(Set(file.rows.map(\.correction.fact)) == Set(FactKind.allCases))
        let (original, _) = try Self.run(CorrectionsFile(fileName: "none.csv", rows: []))
        let (record, findings) = try Self.run(file)
        #expect(Self.rules(findings) == Array(repeating: "correction-applied", count: 13), "\(findings)")
        #expect(record.event.title == "Symposium on Human Security 2010")
        #expect(record.event.subtitle == "Realising Human Security in Asia")
        #expect(record.document.documentType == "Summary and evaluation")
        #expect(record.event.startDate == "2010-02-22" && record.event.endDate == "2010-02-23")
        #expect(record.document.issued == "2010-02-24")
        #expect(record.event.venue == "Komaba Campus, University of Tokyo")
        let organizers = record.participations.filter { $0.role == .organizer }.compactMap { $0.organizationId.flatMap(record.organization)?.name }
        #expect(organizers.contains("Graduate Program on Human Security, University of Tokyo"))
        #expect(!organizers.contains("Graduate Program on Human Security of the University of Tokyo"))
        let nishimura = try #require(record.person("nishimura"))
        #expect(nishimura.name == "Mariko Nishimura", "a person renamed keeps its id, so its IRIs do not move")
        #expect(record.participations.first { $0.personId == "ueno" }?.role == .commentator)
        #expect(record.participations.first { $0.personId == "doden" }?.affiliation == "Senior Commentator, Japan Broadcasting Corporation")
        #expect(record.person("katori") != nil, "not a participant: still a person the text names")
        #expect(!record.participations.contains { $0.personId == "katori" })
        #expect(original.participations.contains { $0.personId == "katori" })
        let discussion = try #require(record.statements.first { $0.span.first == 42 })
        #expect(discussion.speakerId == "misran")
        // What each correction is about, for the formats that point at it.
        let subjects = Dictionary(record.corrections.map { ($0.fact, $0.subject) }, uniquingKeysWith: { a, _ in a })
        #expect(subjects[.role] == "ueno" && subjects[.person] == "nishimura" && subjects[.statementSpeaker] == discussion.id)
        #expect(subjects[.title] == .some(nil))
        #expect(record.corrections.map(\.fact) == file.rows.map(\.correction.fact))
    }

    /// Each format, read back, gives the corrected record with its corrections; the same file again
    /// applies nothing twice and changes no byte.
    @Test(arguments: ["xml", "tei", "ttl", "nt", "nq", "csv"])
    func aCorrectedRecordSurvivesTheRoundTrip(_ format: String) throws {
        let file = try Self.everyFactFile()
        let (record, _) = try Self.run(file)
        let back: Record?
        var findings: [Finding] = []
        switch format {
        case "xml": (back, findings) = InterchangeXML.importRecord(InterchangeXML.export(record), fileName: "r.xml")
        case "tei": (back, findings) = TEI.importRecord(TEI.export(record), fileName: "r.tei.xml")
        case "csv":
            let files = Dictionary(uniqueKeysWithValues: try CSVTables.export([record]).map { ($0.file, $0.bytes) })
            let group = CSVTableGroupImporter.importGroup(files: files, name: "csv")
            (back, findings) = (group.records.first, group.findings)
        default:
            let syntax = try #require(RDFSyntax(rawValue: format))
            (back, findings) = LinkedData.importRecord(try LinkedData.export(record, syntax: syntax), syntax: syntax, fileName: "r.\(format)")
        }
        #expect(!findings.hasErrors, "\(findings)")
        let read = try #require(back)
        #expect(read.corrections == record.corrections)
        #expect(InterchangeXML.export(read) == InterchangeXML.export(record))
        // Converted again with the same file: every row is already recorded, nothing changes.
        var run = CorrectionsFile.Run(file)
        let (again, againFindings) = run.apply(read)
        #expect(Set(Self.rules(againFindings)) == ["correction-recorded"], "\(againFindings)")
        #expect(again == read)
    }

    @Test func convertingAgainGivesTheSameBytes() throws {
        let file = try Self.everyFactFile()
        let (first, _) = try Self.run(file)
        let (second, _) = try Self.run(file)
        #expect(InterchangeXML.export(first) == InterchangeXML.export(second))
        #expect(TEI.export(first) == TEI.export(second))
        #expect(try LinkedData.export(first, syntax: .turtle) == LinkedData.export(second, syntax: .turtle))
        #expect(try CSVTables.export([first]).map(\.bytes) == CSVTables.export([second]).map(\.bytes))
    }

    /// A source edited on the lines of two rows: exactly those rows no longer apply, each warned of
    /// at the cell that no longer holds; the others are applied as before.
    @Test func aChangedSourceTouchesExactlyItsRows() throws {
        let file = try Self.everyFactFile()
        var text = try String(contentsOf: Paths.sample(Self.seedName), encoding: .utf8)
        text = text.replacingOccurrences(of: "Ms. Doden, Senior Commentator, NHK,", with: "Ms. Doden, Senior Commentator, NHK World,")
        text = text.replacingOccurrences(of: "on the Komaba Campus of the University of Tokyo.", with: "at the Komaba Campus.")
        let (record, findings) = try Self.run(file, bytes: Array(text.utf8))
        let warned = findings.filter { $0.rule == RuleID(.correctionNoLongerApplies) }
        #expect(warned.map(\.line) == [8, 12], "\(findings)")
        #expect(warned.allSatisfy { $0.severity == .warning && $0.file == "every-fact.csv" && $0.column == 5 })
        #expect(findings.filter { $0.rule == RuleID(.correctionApplied) }.count == 11)
        #expect(record.event.venue != "Komaba Campus, University of Tokyo")
        #expect(!record.corrections.contains { $0.fact == .venue || $0.fact == .affiliation })
    }

    @Test func aRowPinnedToAnotherTextNoLongerApplies() throws {
        let (file, findings) = Self.corrections("""
            file,sha256,line,fact,old,new,by,date,note
            \(Self.seedName),\(String(repeating: "0", count: 64)),1,title,Symposium on Human Security,Symposium,J,2024-05-01,
            \(Self.seedName),,1,title,Symposium on Human Security,Symposium on Human Security,J,2024-05-01,
            """)
        // The second row changes nothing: an error of the file, not applied.
        #expect(findings.map(\.description) == ["corrections.csv:3:6: error: new is the same as old: the row changes nothing; row not applied"])
        let (_, applied) = try Self.run(file)
        #expect(applied.map(\.description) == ["corrections.csv:2:2: warning: no longer applies to \(Self.seedName): the source is not the text "
            + "the row was made for (its SHA-256 is 6cd7f18b46471d29743b5b9376b8768d3f4e2fe7f752405e6e9dbd2b3cc5efd7); not applied"])
    }

    @Test func aFactTheImporterNowGetsRightIsAlreadyTrue() throws {
        let (file, _) = Self.corrections("""
            file,line,fact,old,new,by,date
            \(Self.seedName),74,role,moderator,chair,J,2024-05-01
            \(Self.seedName),10,venue,Komaba,Komaba Campus of the University of Tokyo,J,2024-05-01
            \(Self.seedName),70,role,speaker,panelist,J,2024-05-01
            """)
        let (record, findings) = try Self.run(file)
        // Line 74 gives no one the role moderator; the venue already reads so; Katori is a panelist.
        #expect(Self.rules(findings) == ["correction-no-longer-applies", "correction-already-true", "correction-already-true"], "\(findings)")
        #expect(findings[0].message.contains("line 74 gives no role moderator"), "\(findings[0])")
        #expect(record.corrections.isEmpty)
    }

    @Test func badRowsAreErrorsAtTheirCellAndTheOthersStillApply() throws {
        let (file, findings) = Self.corrections("""
            file,sha256,line,fact,old,new,by,date,note,colour
            \(Self.seedName),abc,1,title,a,b,J,2024-05-01,,
            \(Self.seedName),,one,title,a,b,J,2024-05-01,,
            \(Self.seedName),,1,headline,a,b,J,2024-05-01,,
            \(Self.seedName),,74,role,respondent,discussant,J,2024-05-01,,
            \(Self.seedName),,1,title,Symposium on Human Security,,J,2024-05-01,,
            \(Self.seedName),,10,start-date,2010-02-23,23 Feb 2010,J,2024-05-01,,
            \(Self.seedName),,70,not-a-participant,Katori,Someone,J,2024-05-01,,
            \(Self.seedName),,1,title,a,b,,2024-05,,
            ,,1,title,a,b,J,2024-05-01,,
            \(Self.seedName),,74,role,Ueno: respondent,moderator,J,2024-05-01,,
            """)
        #expect(findings.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.severity.rawValue)" } == [
            "1:10 warning", "2:2 error", "3:3 error", "4:4 error", "5:6 error", "6:6 error", "7:6 error", "8:6 error",
            "9:7 error", "9:8 error", "10:1 error",
        ], "\(findings)")
        #expect(findings.allSatisfy { $0.rule == RuleID(.corrections) && $0.file == "corrections.csv" })
        // The good row names its holder: applied to Ueno's role only.
        #expect(file.rows.map(\.line) == [11])
        let (record, applied) = try Self.run(file)
        #expect(Self.rules(applied) == ["correction-applied"])
        #expect(record.participations.first { $0.personId == "ueno" }?.role == .moderator)
        #expect(record.corrections.first?.old == "respondent")
    }

    @Test func aFileWithoutTheColumnsAppliesNothing() {
        let (file, findings) = Self.corrections("file,line,fact,old,new\nx.txt,1,title,a,b\n")
        #expect(file.rows.isEmpty)
        #expect(findings.map(\.description) == ["corrections.csv:1: error: the corrections file has no column by, date; the header row is \"file,line,fact,old,new\""])
    }

    /// The authority table renames a person after the corrections: what a correction is about follows.
    @Test func aCorrectionFollowsItsPersonThroughIdentity() throws {
        let (file, _) = Self.corrections("""
            file,line,fact,old,new,by,date
            \(Self.seedName),74,role,respondent,commentator,J,2024-05-01
            """)
        let (table, _) = AuthorityTable.parse(Array("name,wikidata\nUeno,Q999999999\n".utf8), fileName: "a.csv")
        let input = BatchInput(name: Self.seedName, bytes: try Paths.bytes(Paths.sample(Self.seedName)))
        let record = try #require(Batch.importAll([input], authorities: table, corrections: file).records.first)
        #expect(record.corrections.first?.subject == "wikidata-q999999999")
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.split(separator: "\n").contains { $0.contains("<relation xml:id=") && $0.contains("active=\"#person.wikidata-q999999999\"") })
        #expect(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0?.corrections.first?.subject == "wikidata-q999999999")
    }

    /// A role or an organiser removed: the correction names the holder that lost it, who stays in
    /// the graph (README: "the holder of a removed role"), not the document; so a Turtle read back
    /// keeps what the correction is about, which the interchange XML, the tables and the TEI's
    /// `@change` on the person or org then give as the record did.
    @Test func aRemovedRoleNamesItsHolderAndSurvivesTheTurtle() throws {
        let (file, _) = Self.corrections("""
            file,line,fact,old,new,by,date
            \(Self.seedName),74,role,respondent,,J,2024-05-01
            \(Self.seedName),10,organizer,Graduate Program on Human Security of the University of Tokyo,,J,2024-05-01
            """)
        let (record, findings) = try Self.run(file)
        #expect(Self.rules(findings) == ["correction-applied", "correction-applied"], "\(findings)")
        let org = try #require(record.corrections.last?.subject)
        #expect(record.corrections.map(\.subject) == ["ueno", org] && record.organization(org) != nil)
        let mint = Minter(base: LinkedData.defaultBase, record: record)
        let statements = try LinkedData.statements(record)
        let corrected = record.corrections.map { c in
            statements.filter { $0.subject.iriValue == mint.correction(c.id) && $0.predicate == NS.pro + "corrected" }.compactMap(\.object.iriValue)
        }
        #expect(corrected == [[mint.person("ueno")], [mint.organization(org)]], "\(corrected)")
        #expect(statements.contains { $0.subject.iriValue == mint.organization(org) })
        let (back, problems) = LinkedData.importRecord(try LinkedData.export(record, syntax: .turtle), syntax: .turtle, fileName: "r.ttl")
        #expect(!problems.hasErrors, "\(problems)")
        let read = try #require(back)
        #expect(read.corrections == record.corrections)
        #expect(String(decoding: InterchangeXML.export(read), as: UTF8.self) == String(decoding: InterchangeXML.export(record), as: UTF8.self))
        func corrections(_ r: Record) throws -> String? {
            try CSVTables.export([r]).first { $0.file == "corrections.csv" }.map { String(decoding: $0.bytes, as: UTF8.self) }
        }
        #expect(try corrections(read) == corrections(record))
        let tei = String(decoding: TEI.export(read), as: UTF8.self)
        #expect(tei.contains(##"<person xml:id="person.ueno""##) && tei.contains("change=\"#correction.\(record.corrections[0].id)\""))
    }

    /// A role added on a line of a part is held during that part, as the roles the line gives are;
    /// on a line no role is read from, during the narrowest part whose lines hold it.
    @Test func aRoleAddedInAPartIsHeldDuringIt() throws {
        let seed = Paths.seeds[0]
        let (file, problems) = Self.corrections("""
            file,line,fact,old,new,by,date
            \(seed),24,role,,Sadako Ogata: commentator,J,2026-11-05
            \(seed),30,role,,Yozo Yokota: commentator,J,2026-11-05
            """)
        #expect(problems.isEmpty, "\(problems)")
        let input = BatchInput(name: seed, bytes: try Paths.bytes(Paths.sample(seed)))
        let record = try #require(Batch.importAll([input], corrections: file).records.first)
        let added = record.participations.filter { $0.role == .commentator }
        #expect(added.map { "\($0.personId ?? "") \($0.line) \($0.partId ?? "event")" }
                == ["sadako-ogata 24 session-1", "yozo-yokota 30 session-1"], "\(added)")
        #expect(record.participations.contains { $0.personId == "yozo-yokota" && $0.line == 24 && $0.partId == "session-1" })
    }

    /// An export read back carries its corrections: converted with a file whose row was edited
    /// since, the correction the file no longer gives is reported, not silently kept under the new one.
    @Test func aRecordedCorrectionTheFileNoLongerHasIsReported() throws {
        let (first, _) = Self.corrections("""
            file,line,fact,old,new,by,date
            \(Self.seedName),34,person,Tanaka,Akihiko Tanaka,J,2026-11-02
            """)
        let record = try Self.run(first).record
        let (back, _) = InterchangeXML.importRecord(InterchangeXML.export(record), fileName: "r.xml")
        let (edited, problems) = Self.corrections("""
            file,line,fact,old,new,by,date
            \(Self.seedName),34,person,Tanaka,Hiroshi Tanaka,J,2026-11-03
            """)
        #expect(problems.isEmpty)
        var run = CorrectionsFile.Run(edited)
        let findings = run.apply(try #require(back)).findings
        let stale = findings.filter { $0.rule.rawValue == "correction-not-in-file" }
        #expect(stale.count == 1 && stale[0].severity == .warning
                && stale[0].message.contains("carries correction \(record.corrections[0].id) (person of line 34, \"Tanaka\" → \"Akihiko Tanaka\")"),
                "\(findings)")
        // With the file it was made with, nothing is stale.
        var same = CorrectionsFile.Run(first)
        #expect(Self.rules(same.apply(try #require(back)).findings) == ["correction-recorded"])
    }

    /// A person or role added takes the row's line as its source: a line that does not print the
    /// name is a warning at the row's line cell, though the row is applied; one that prints it,
    /// whole or by surname, is not.
    @Test func anAdditionOnALineThatDoesNotPrintTheNameIsReported() throws {
        let seed = Paths.seeds[0]
        let (file, problems) = Self.corrections("""
            file,line,fact,old,new,by,date
            \(seed),12,person,,Jane Roe,J,2026-11-05
            \(seed),24,role,,Sadako Ogata: commentator,J,2026-11-05
            \(seed),25,role,,Sadako Ogata: moderator,J,2026-11-05
            \(seed),30,person,,Mrs. Ogata,J,2026-11-05
            """)
        #expect(problems.isEmpty, "\(problems)")
        var run = CorrectionsFile.Run(file)
        let input = BatchInput(name: seed, bytes: try Paths.bytes(Paths.sample(seed)))
        let findings = run.apply(try #require(Batch.importAll([input]).records.first)).findings
        #expect(Self.rules(findings).filter { $0 == "correction-applied" }.count == 4, "\(findings)")
        let unprinted = findings.filter { $0.rule.rawValue == "correction-not-printed" }
        #expect(unprinted.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.severity)" } == ["2:2 warning", "3:2 warning"], "\(unprinted)")
        #expect(unprinted.first?.message == "line 12 of \(seed) does not print \"Jane Roe\"; applied, with that line as its source")
    }
}

