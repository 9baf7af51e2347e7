import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct PlainTextSeedTests {
    static func importSeed(_ name: String) throws -> Record {
        let result = PlainTextImporter.importRecord(try Paths.bytes(Paths.sample(name)), fileName: name)
        return try #require(result.record, "\(result.findings)")
    }

    @Test(arguments: Paths.seeds)
    func seedYieldsEverythingExpected(_ name: String) throws {
        let expected = try #require(try SeedExpectations.load()[name])
        SeedExpectations.check(SeedFacts(record: try Self.importSeed(name)), against: expected, file: name)
    }

    @Test(arguments: Paths.seeds)
    func everyLineIsAccountedFor(_ name: String) throws {
        let bytes = try Paths.bytes(Paths.sample(name))
        let result = PlainTextImporter.importRecord(bytes, fileName: name)
        let record = try #require(result.record)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(result.lines.count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        // Each non-blank line is a fact of the model: find it there by its line number.
        var covered = Set<Int>()
        covered.formUnion(record.event.titleSpan.first...record.event.titleSpan.last)
        covered.formUnion([record.document.documentTypeLine, record.document.issuedLine, record.event.dateLine].compactMap { $0 })
        covered.formUnion(record.document.notes.map(\.line) + record.residue.map(\.line))
        covered.formUnion(record.parts.map(\.span.first) + record.sections.map(\.line) + record.participations.map(\.line))
        covered.formUnion(record.persons.flatMap(\.lines))
        for statement in record.statements { covered.formUnion(statement.span.first...statement.span.last) }
        for account in result.lines where account.category != .blank {
            #expect(covered.contains(account.line), "\(name):\(account.line) is in no fact: \(account.text)")
        }
        #expect(!result.lines.contains { $0.category == .unclassified })
        // The 2003 seed's event date prints no year ("On February 25"): that inference alone is said.
        #expect(result.findings.allSatisfy { $0.rule.rawValue == "inferred-year" }, "\(result.findings)")
    }

    @Test func misspeltRepeatIsOnePersonWithItsVariant() throws {
        let record = try Self.importSeed(Paths.seeds[0])
        let geremek = try #require(record.persons.first { $0.name == "Bronislaw Geremek" })
        #expect(geremek.variants == ["Bonislaw Geremek"])
        #expect(geremek.id == "bronislaw-geremek")
        #expect(!record.persons.contains { $0.name == "Bonislaw Geremek" })
    }

    @Test func misspeltOrganisationIsTheSameOrganisation() throws {
        let record = try Self.importSeed(Paths.seeds[0])
        let takashima = try #require(record.participations.first { $0.personId == "hatsuhisa-takashima" })
        #expect(takashima.affiliation == "Press Secretary, Mnistry of Foreign Affairs")
        #expect(takashima.organizationId == "ministry-of-foreign-affairs")
    }

    @Test func idsAreDeterministicSlugs() throws {
        let record = try Self.importSeed(Paths.seeds[0])
        #expect(record.id == "2003-02-25-international-symposium-human-security")
        #expect(record.parts.map(\.id) == ["session-1", "session-2", "session-3", "concluding-session"])
        #expect(record.persons.contains { $0.id == "sadako-ogata" })
        #expect(try Self.importSeed(Paths.seeds[0]) == record)
    }

    @Test func translationDisclaimerIsADocumentNote() throws {
        let record = try Self.importSeed(Paths.seeds[0])
        #expect(record.document.notes.map(\.line) == [6])
        #expect(record.document.notes.first?.text.hasPrefix("This summary in English is the translation") == true)
    }

    @Test func programmePartsKeepLabelsAsPrinted() throws {
        let record = try Self.importSeed(Paths.seeds[1])
        #expect(record.parts.map(\.label) == ["(1) Opening Remarks", "(2) Session One", "(3) Session Two", "(4) Session Three", "(5) Session Four"])
        #expect(record.parts.map(\.kind) == [.opening, .session, .session, .session, .session])
        let first = try Self.importSeed(Paths.seeds[0])
        #expect(first.parts[2].formatNote == "Presentation")
        #expect(first.parts[2].title == "Theory and practice")
        #expect(first.sections.map(\.kind) == [.significance, .discussions])
    }
}
