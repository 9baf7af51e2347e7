import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Parts the prose announces with a colon and lists one item each. Invented lines.
@Suite struct ListedPartsTests {
    /// "discussed in four sessions:" over numbered items: each a session titled by its item; the prose after the list speaks
    /// of the meeting again.
    @Test func sessionsListedAfterTheSentenceThatAnnouncesThem() throws {
        let record = try Invented.record(body: """
            During two days, the participants discussed in three sessions:
            1. Regional data and monitoring of marine debris;
            2. Extended producer responsibility;
            3. Financing and partnerships.

            The workshop was closed by Ms. Dewi Sari, Director of the Centre.
            """)
        #expect(record.parts.map(\.label) == ["Regional data and monitoring of marine debris", "Extended producer responsibility",
                                               "Financing and partnerships"])
        #expect(record.participations.filter { $0.personId != nil }.map { "\($0.role.rawValue) \($0.partId ?? "event")" } == ["closing-speaker event"])
    }

    /// A list after a sentence that announces no parts stays a list of points.
    @Test func pointsAfterAColonAreNoParts() throws {
        let record = try Invented.record(body: """
            The participants agreed on three priorities:
            1. updating the national guidelines;
            2. making rapid tests available.
            """)
        #expect(record.parts.isEmpty)
    }
}
