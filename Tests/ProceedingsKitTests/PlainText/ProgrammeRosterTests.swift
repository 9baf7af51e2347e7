import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Programmes printed as rosters: a role after the name ("Dr. X, Chair") over an indented title, a
/// message read out by another, a group heading ("Panel Presentations") over enumerated themes whose
/// people it names, people grouped by country, remarks that conclude; and panels the prose announces
/// and then names by ordinal alone. Invented pages, read end to end.
@Suite struct ProgrammeRosterTests {

    @Test func rosterOfSpeakersAndPanels() {
        let page = """
            Trilateral Forum on Ocean Governance

            Speakers

              • Dr. Maria Lopez, Chair
                Director, Centre for Maritime Studies
              • Ambassador Tom Berg, Welcoming Remarks
                President, Institute of Ocean Policy
              • Message from Mr. Hiro Sato
                *To be read by Ms. Ana Ruiz, Counsellor, Embassy of Spain

            Panel Presentations

            (a) Fisheries and the Law of the Sea - The Next Decade of Regional Cooperation

              • Canada:  Col. Paul Smith (ret.) (Executive Director, Ocean Council)
              • Chile:  Dr. Rosa Diaz (Professor of Law, University of Chile)

            (b) Shipping in the Arctic

              • Norway:  Mr. Lars Holm (Senior Fellow, Polar Institute)

            Formal Concluding Remarks

              • Canada:  Ambassador Jean Roy (Chancellor, Ocean Academy)
            """
        #expect(Invented.explain(page) == [
            "1: title \"Trilateral Forum on Ocean Governance\" by cue title.line",
            "5: chair \"Maria Lopez\" by cue label.chair.after-description (\"Chair\")",
            "7: opening-speaker \"Tom Berg\" by cue label.opening.after-description (\"Welcoming Remarks\")",
            "9: message-author \"Hiro Sato\" by cue role.message (\"Message\")",
            "10: speaker \"Ana Ruiz\" by cue role.speaker.noun-by (\"read by\")",
            "16: presenter \"Paul Smith\" in session-2 by cue label.presenter.group-heading",
            "17: presenter \"Rosa Diaz\" in session-2 by cue label.presenter.group-heading",
            "21: presenter \"Lars Holm\" in session-3 by cue label.presenter.group-heading",
            "25: closing-speaker \"Jean Roy\" in closing by cue part.closing-heading",
        ])
        let record = Invented.read(page).record
        #expect(record?.participations.first { $0.line == 5 }?.affiliation == "Director, Centre for Maritime Studies")
        #expect(record?.parts.map(\.title) == ["Presentations", "Fisheries and the Law of the Sea - The Next Decade of Regional Cooperation",
                                                      "Shipping in the Arctic", nil])
    }

    /// "featured two panels ... The first was moderated by X. A and B discussed "..."": the first panel, its theme, its members.
    @Test func panelsAnnouncedThenNamedByOrdinal() {
        let page = """
            Symposium on Water and Peace

            The symposium was held in Geneva on 4 May 2015. The afternoon featured two panels of experts. The first was moderated by Dr. Lena Berg, Director of the Water Institute. Mr. Omar Haddad, Senior Adviser, Ministry of Water, and Ms. Ines Varga, Professor at Lund University, discussed "Rivers That Cross Borders."
            """
        #expect(Invented.explain(page) == [
            "1: title \"Symposium on Water and Peace\" by cue title.line",
            "3: part \"First panel\" by cue part.named-in-text",
            "3: moderator \"Lena Berg\" in panel-1 by cue role.moderator (\"moderated\")",
            "3: panelist \"Omar Haddad\" in panel-1 by cue role.panelist.discussed",
            "3: panelist \"Ines Varga\" in panel-1 by cue role.panelist.discussed",
            "3: start-date \"2015-05-04\" by cue date.held",
            "3: venue \"Geneva\" by cue venue.held-at",
        ])
        #expect(Invented.read(page).record?.parts.first?.title == "Rivers That Cross Borders")
    }
}
