import Foundation
import Testing
@testable import ProceedingsKit

/// Bodies the running text names in full, with a word of an institution, which take no part: the record lists them
/// without a role, and the organisers and participants stay as they were. Invented lines.
@Suite struct ProseBodiesTests {
    static func page(_ body: String) -> String { "Seminar on Coastal Towns\n\n12 May 2022\n\n" + body + "\n" }

    @Test func aBodyNamedInFullIsListedWithoutARole() throws {
        let text = Self.page("""
            The seminar was organised by the Coastal Institute. Projects funded through the Harbour Trust Fund for Small \
            Towns were introduced, and students of Sciences Po attended.
            """)
        #expect(Invented.namedBodies(text).map { $0.components(separatedBy: "\"")[1] } == ["Harbour Trust Fund for Small Towns"])
        let record = try Invented.record(text)
        let organisers = record.participations.filter { $0.role == .organizer }.compactMap(\.organizationId)
        #expect(organisers.count == 1)
        let fund = try #require(record.organizations.first { $0.name == "Harbour Trust Fund for Small Towns" })
        #expect(!record.participations.contains { $0.organizationId == fund.id })
    }

    /// The event's own title, shaped as a body's name, is no body the text names.
    @Test func theTitleIsNoBody() {
        #expect(Invented.namedBodies("Harbour Council Forum\n\n12 May 2022\n\nThe Harbour Council Forum met in Riga.\n").isEmpty)
    }
}
