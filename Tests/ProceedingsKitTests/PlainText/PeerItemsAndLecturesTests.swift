import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

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

    @Test func aSessionNamedByItsDayWithItsThemeUnderIt() throws {
        let record = try Invented.record(body: """
            Day 1 — Morning session
            Opening and framing

            Dr. Ibrahim Soliman, Director of CMRS, opened the workshop.

            Day 1 — Afternoon session
            Protection at sea
            Chair: Dr. Nourhan Wahab, CMRS

            Day 2 — Afternoon session
            Conclusions and recommendations
            The concluding session was chaired by Dr. Ibrahim Soliman.
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [
            "Day 1 — Morning session | Opening and framing", "Day 1 — Afternoon session | Protection at sea",
            "Day 2 — Afternoon session | Conclusions and recommendations",
        ])
        #expect(record.roleLines == ["Ibrahim Soliman opening-speaker", "Nourhan Wahab chair", "Ibrahim Soliman chair"])
    }

    @Test func aTableOfContentsListsNoThemes() throws {
        let record = try Invented.record(body: """
            Contents
            Session 1 .......................................... 2
            Closing ............................................ 7
            Appendix 1 – Agenda

            OPENING OF THE CONSULTATION
            """)
        #expect(record.parts.allSatisfy { $0.title == nil || !$0.title!.contains("Appendix") })
    }

    @Test func aLineNamingWhoSpokeIsNoTheme() throws {
        let record = try Invented.record(body: """
            Session 4
            Closing remarks by Dr. Ana Ruiz, Chair
            """)
        #expect(record.parts.first?.title == nil)
        #expect(record.roleLines == ["Ana Ruiz closing-speaker"])
    }
}
