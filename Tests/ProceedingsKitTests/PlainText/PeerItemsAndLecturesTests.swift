import Foundation
import Testing
@testable import ProceedingsKit

/// Bulleted items that each say who did what are peers, not one speaker's points; a lecture that opens a meeting is
/// its keynote; whoever presents the rapporteur's summary is its rapporteur. Invented lines.
@Suite struct PeerItemsAndLecturesTests {
    @Test func aCompleteItemIntroducesNoPoints() throws {
        let record = try Invented.record(body: """
            Session 1: Progress report
             - Dr. Aggrey Otieno, IGAD Centre for Pastoral Areas (ICPALD),
               presented the regional progress report.
             - National coordinators of Kenya (Ms. Esther Kamau) and Somalia (Mr. Abdirahman
               Warsame) presented country updates.
            """)
        #expect(Set(record.roleLines) == ["Aggrey Otieno presenter", "Esther Kamau presenter", "Abdirahman Warsame presenter"])
        #expect(record.statements.allSatisfy { $0.speakerId == nil || $0.span.first == 8 })
    }

    @Test func anItemEndingInAColonStillIntroducesPoints() throws {
        let record = try Invented.record(body: """
             - Dr. Aggrey Otieno, IGAD Centre, made the following points:
             - Resilience needs pastoral mobility.
            """)
        let otieno = try #require(record.persons.first { $0.name == "Aggrey Otieno" })
        #expect(record.statements.last?.speakerId == otieno.id)
    }

    @Test func openingLecturesAndTheRapporteursSummary() throws {
        let record = try Invented.record(body: """
            Opening lecture
            The opening lecture, "Between Baghdad and Toledo", was delivered by Professor Yasmina Benali (Université Mohammed V).

            Closing session
            Ms. Rana Shalaby (CMRS) presented the rapporteur's summary of the two days.
            """)
        #expect(record.roleLines == ["Yasmina Benali keynote-speaker", "Rana Shalaby rapporteur"])
        #expect(record.parts.first?.kind == .keynote)
    }
}
