import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A meeting's report elects its officers under its opening's heading; they preside over the whole meeting. Invented lines.
@Suite struct OfficersOfTheMeetingTests {
    @Test func theOfficersAMeetingElectsAreTheMeetings() throws {
        let record = try Invented.record("""
            Report of the Expert Group Meeting on Urban Water

            Bangkok, 18-19 June 2024

            I. Opening of the meeting

            1. The meeting was opened by Ms. Ana Cruz, Director, Environment Division.

            2. The meeting elected Dr. Maria Lopez (Philippines) as Chair.
            """)
        let chair = try #require(record.participations.first { $0.role == .chair })
        #expect(chair.partId == nil)
        #expect(chair.personId.flatMap(record.person)?.name == "Maria Lopez")
    }
}
