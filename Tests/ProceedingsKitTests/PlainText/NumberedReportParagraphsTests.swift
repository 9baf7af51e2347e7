import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An international organisation's meeting report: numbered paragraphs under the headings of the meeting's order of business,
/// where the first paragraphs under "Opening" still speak of the whole meeting, and delegations are listed by country with
/// the person who spoke for each in brackets.
@Suite struct NumberedReportParagraphsTests {

    static let page = """
        Report of the Regional Workshop on Irrigated Rice

        Hanoi, Viet Nam, 5–7 March 2024

        OPENING OF THE WORKSHOP
        1. The Regional Workshop on Irrigated Rice was held in Hanoi from 5 to 7 March 2024. The workshop was jointly organized by FAO and the International Water Management Institute (IWMI). It was attended by 30 participants.
        2. Mr Ravi Sharma, Assistant Director-General, FAO, delivered the opening address.

        SESSION 2: COUNTRY EXPERIENCES
        3. Country presentations were made by Bangladesh (Mr Abdul Karim Bhuiyan, Department of Agricultural Extension), Indonesia (Ms Dewi Kartika, Ministry of Agriculture) and Cambodia (Mr Sok Vannak, General Directorate of Agriculture).
        """

    @Test func theWholeMeetingsFactsUnderItsOpening() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("6: organizer \"FAO\" by cue organizer.by (\"organized by\")"))
        #expect(facts.contains("6: organizer \"International Water Management Institute (IWMI)\" by cue organizer.by (\"organized by\")"))
        // The session's own host is the session's: "The session was organized by" names no organiser of the meeting.
        let session = Invented.explain("""
            Report of the Regional Workshop on Irrigated Rice

            Hanoi, Viet Nam, 5–7 March 2024

            SESSION 2: COUNTRY EXPERIENCES
            3. The session was organized by the Asian Development Bank.
            """)
        #expect(!session.contains { $0.contains("organizer \"Asian Development Bank\"") })
    }

    @Test func delegationsWithTheirSpeakersInBrackets() throws {
        let record = try #require(Invented.read(Self.page).record)
        let presenters = record.participations.filter { $0.role == .presenter }.compactMap { p in
            record.persons.first { $0.id == p.personId }.map { "\($0.name) — \(p.affiliation ?? "")" }
        }
        #expect(presenters == ["Abdul Karim Bhuiyan — Department of Agricultural Extension", "Dewi Kartika — Ministry of Agriculture",
                               "Sok Vannak — General Directorate of Agriculture"])
    }
}
