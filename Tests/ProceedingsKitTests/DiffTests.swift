import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// `diff`'s comparison: two exports' records matched by id, and in each the facts added, removed
/// and changed, with their lines, in an order that does not depend on how the records were built.
@Suite struct DiffTests {
    static let seedName = Paths.seeds[1]

    static func seed(_ corrections: CorrectionsFile? = nil) throws -> Record {
        let input = BatchInput(name: seedName, bytes: try Paths.bytes(Paths.sample(seedName)))
        return try #require(Batch.importAll([input], corrections: corrections).records.first)
    }

    static func diff(_ old: [Record], _ new: [Record]) -> CollectionDiff {
        CollectionDiff(old: ExportFolder(path: "old", format: .interchangeXML, records: old),
                       new: ExportFolder(path: "new", format: .tei, records: new))
    }

    @Test func theSameRecordsDifferInNothing() throws {
        let record = try Self.seed()
        let diff = Self.diff([record, RecordFixture.rich], [RecordFixture.rich, record])
        #expect(diff.isEmpty)
        #expect(diff.compared == 2)
        #expect(diff.text().hasSuffix("2 records compared: no change\n"))
    }

    @Test func everyCorrectedFactIsAChangeAtItsLine() throws {
        let (file, findings) = CorrectionsFile.parse(
            try Paths.bytes(Paths.packageRoot.appendingPathComponent("Tests/Fixtures/corrections/every-fact.csv")), fileName: "every-fact.csv")
        #expect(findings.isEmpty)
        let before = try Self.seed(), after = try Self.seed(file)
        let diff = Self.diff([before], [after])
        let record = try #require(diff.records.first)
        #expect(diff.records.count == 1 && record.status == .changed && record.id == before.id)
        let changes = record.changes
        for row in file.rows {
            let c = row.correction
            let found = changes.filter { change in
                guard change.fact == .fact(c.fact) else { return false }
                if c.fact == .notAParticipant { return change.change == .added && change.new == c.old }
                return change.old == (c.old.isEmpty ? nil : c.old) && change.new == (c.new.isEmpty ? nil : c.new)
            }
            #expect(found.count == 1, "\(c.fact.rawValue) of line \(c.line): \(changes.filter { $0.fact == .fact(c.fact) })")
            // A person and a speaker are placed where the record places them: the person's first
            // line, the statement's first line; every other fact at the line the row names.
            if ![.person, .notAParticipant, .statementSpeaker, .title].contains(c.fact) {
                #expect(found.first?.line == c.line, "\(c.fact.rawValue)")
            }
        }
        let corrections = changes.filter { $0.fact == .correction }
        #expect(corrections.count == file.rows.count && corrections.allSatisfy { $0.change == .added })
        #expect(Set(corrections.compactMap(\.subject)) == Set(after.corrections.map(\.id)))
        // Katori held a role; not a participant, the role is gone too.
        #expect(changes.contains { $0.fact == .fact(.role) && $0.change == .removed && $0.subject == "katori" })
        // The order is the report's: by line, then by kind of fact.
        let keys = changes.map { ($0.line ?? .max, ComparedKind.all.firstIndex(of: $0.fact)!) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func recordsAreMatchedById() throws {
        var renamed = RecordFixture.rich
        renamed.id = "another-record"
        let diff = Self.diff([RecordFixture.rich], [renamed])
        // By id: digits before letters.
        #expect(diff.records.map(\.id) == [RecordFixture.rich.id, "another-record"])
        #expect(diff.records.map(\.status) == [.removed, .added])
        #expect(diff.compared == 0)
        #expect(diff.summary == "0 records compared, 0 changed; 1 added, 1 removed; 0 facts: 0 changed, 0 added, 0 removed")
    }

    @Test func aValueMovedToAnotherLineIsOneChange() throws {
        var record = try Self.seed()
        let line = try #require(record.event.venueLine)
        record.event.venueLine = line + 2
        let change = try #require(Self.diff([try Self.seed()], [record]).records.first?.changes.first)
        #expect(change.fact == .fact(.venue) && change.change == .changed)
        #expect(change.line == line + 2 && change.oldLine == line && change.old == change.new)
        #expect(CollectionDiff.describe(change).hasPrefix("line \(line + 2) (was line \(line)): venue changed: "))
    }

    /// Two organisers of one line both renamed: which old name became which new one is not known,
    /// so each is said removed and added, never paired by guess.
    @Test func changesThatCannotBePairedWithoutGuessingAreNotPaired() throws {
        let before = try Self.seed()
        let organizers = before.participations.indices.filter { before.participations[$0].role == .organizer }
        let first = try #require(organizers.first)
        var after = before
        let line = before.participations[first].line
        for name in ["First Sponsor", "Second Sponsor"] {
            after.organizations.append(Organization(id: Ids.slug(name), name: name, lines: [line]))
            after.participations.append(Participation(organizationId: Ids.slug(name), role: .organizer, line: line))
        }
        var renamedTwice = after
        for (index, name) in renamedTwice.organizations.indices.suffix(2).enumerated() {
            renamedTwice.organizations[name].name = ["Third Sponsor", "Fourth Sponsor"][index]
        }
        // Each renamed keeps its id, which pairs it with itself.
        let renamed = try #require(Self.diff([after], [renamedTwice]).records.first).changes
        #expect(renamed.map { "\($0.change) \($0.old ?? "") → \($0.new ?? "")" } == ["changed Second Sponsor → Fourth Sponsor",
                                                                                "changed First Sponsor → Third Sponsor"], "\(renamed)")
        // Given to two other organisations, of other ids: at one line, by name, nothing pairs them.
        var replaced = after
        for (index, at) in replaced.participations.indices.suffix(2).enumerated() {
            let name = ["Third Sponsor", "Fourth Sponsor"][index]
            replaced.organizations.append(Organization(id: Ids.slug(name), name: name, lines: [line]))
            replaced.participations[at].organizationId = Ids.slug(name)
        }
        let changes = try #require(Self.diff([after], [replaced]).records.first).changes
        #expect(changes.map(\.change) == [.removed, .added, .removed, .added], "\(changes)")
        #expect(changes.map { $0.new ?? $0.old } == ["First Sponsor", "Fourth Sponsor", "Second Sponsor", "Third Sponsor"])
        #expect(Set(changes.map(\.line)) == [line])
    }

    /// A subtitle is at its first line, as the title page and a corrections row give it, also
    /// where it wraps over two lines and where a correction removed it.
    @Test func aSubtitleIsAtItsFirstLine() throws {
        let seed = Paths.seeds[0]
        let (file, problems) = CorrectionsFile.parse(Array("""
            file,line,fact,old,new,by,date
            \(seed),2,subtitle,Human Security - Its Role in an Era of Various Threats to the International Community,,J,2026-11-05
            """.utf8), fileName: "c.csv")
        #expect(problems.isEmpty, "\(problems)")
        let input = BatchInput(name: seed, bytes: try Paths.bytes(Paths.sample(seed)))
        let before = try #require(Batch.importAll([input]).records.first)
        let after = try #require(Batch.importAll([input], corrections: file).records.first)
        #expect(before.event.titleSpan == SourceSpan(1, 3))
        let changes = try #require(Self.diff([before], [after]).records.first).changes
        #expect(changes.map { "\($0.line ?? 0) \($0.fact.name) \($0.change)" } == ["2 subtitle removed", "2 correction added"], "\(changes)")
    }

    /// A speaker renamed is the same speaker: the person's name is changed, not the speaker of
    /// each statement the person spoke.
    @Test func aSpeakerRenamedIsNoChangeOfSpeaker() throws {
        let (file, problems) = CorrectionsFile.parse(Array("""
            file,line,fact,old,new,by,date
            \(Self.seedName),34,person,Tanaka,Akihiko Tanaka,J,2026-11-02
            """.utf8), fileName: "c.csv")
        #expect(problems.isEmpty, "\(problems)")
        let before = try Self.seed(), after = try Self.seed(file)
        #expect(after.statements.contains { $0.speakerId == "tanaka" })
        let changes = try #require(Self.diff([before], [after]).records.first).changes
        #expect(changes.filter { $0.fact != .correction }.map { "\($0.fact.name) \($0.change) \($0.old ?? "") → \($0.new ?? "")" }
                == ["person changed Tanaka → Akihiko Tanaka"], "\(changes)")
    }

    /// An organiser renamed beside one removed on the same line: the renamed one keeps its id, and
    /// is one fact changed; the other is removed.
    @Test func anOrganiserRenamedBesideOneRemovedIsChanged() throws {
        let line = 10
        let (file, problems) = CorrectionsFile.parse(Array("""
            file,line,fact,old,new,by,date
            \(Self.seedName),\(line),organizer,Ministry of Foreign Affairs of Japan,,J,2026-11-02
            \(Self.seedName),\(line),organizer,Graduate Program on Human Security of the University of Tokyo,"Graduate Program on Human Security, University of Tokyo",J,2026-11-02
            """.utf8), fileName: "c.csv")
        #expect(problems.isEmpty, "\(problems)")
        let changes = try #require(Self.diff([try Self.seed()], [try Self.seed(file)]).records.first).changes
            .filter { $0.fact == .fact(.organizer) }
        #expect(changes.map { "\($0.line ?? 0) \($0.change) \($0.old ?? "") → \($0.new ?? "")" } == [
            "10 changed Graduate Program on Human Security of the University of Tokyo → Graduate Program on Human Security, University of Tokyo",
            "10 removed Ministry of Foreign Affairs of Japan → ",
        ], "\(changes)")
    }

    /// The report does not depend on the order of a record's lists, nor of the records.
    @Test func theOrderIsTheSameHoweverTheRecordsWereBuilt() throws {
        let (file, _) = CorrectionsFile.parse(
            try Paths.bytes(Paths.packageRoot.appendingPathComponent("Tests/Fixtures/corrections/every-fact.csv")), fileName: "every-fact.csv")
        let before = try Self.seed()
        var after = try Self.seed(file)
        let expected = try Self.diff([before, RecordFixture.rich], [after]).render(.json)
        after.participations.reverse()
        after.persons.reverse()
        after.corrections.reverse()
        let reordered = try Self.diff([RecordFixture.rich, before], [after]).render(.json)
        #expect(reordered == expected)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(expected)) as? [String: Any])
        #expect((json["summary"] as? [String: Int])?["removed"] == 1)
        #expect((json["old"] as? [String: Any])?["format"] as? String == "xml")
    }
}

/// The JSON report's schema names the kinds of fact the comparison has, no more and no fewer.
@Test func theSchemaNamesEveryKindOfFact() throws {
    let schema = try #require(try JSONSerialization.jsonObject(
        with: Data(contentsOf: Paths.packageRoot.appendingPathComponent("Schemas/diff.schema.json"))) as? [String: Any])
    let records = try #require((schema["properties"] as? [String: Any])?["records"] as? [String: Any])
    let record = try #require((records["items"] as? [String: Any])?["properties"] as? [String: Any])
    let change = try #require(((record["changes"] as? [String: Any])?["items"] as? [String: Any])?["properties"] as? [String: Any])
    #expect((change["fact"] as? [String: Any])?["enum"] as? [String] == ComparedKind.all.map(\.name))
}
