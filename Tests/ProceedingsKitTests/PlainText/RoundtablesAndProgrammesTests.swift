import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A roundtable that "brought together" its members, a portfolio named in a minister's title, a
/// surname used with a title, engineers' and commanders' honorifics, speaking "at the opening",
/// a news dateline's date that is not the event's, a keynote slot with its talk's title.
@Suite struct RoundtablesAndProgrammesTests {

    @Test func roundtableBroughtTogether() {
        let page = """
            Forum on Green Hydrogen

            The forum took place in Rabat on 14 and 15 October 2021. Commissioner for Energy Helena Vidal Marques opened the Forum. "Hydrogen binds us," said Commissioner Vidal Marques. A ministerial roundtable, moderated by Dr. Omar Haddad, brought together Minister Karim Ben Salah (Tunisia), Eng. Hoda El-Sayed (Egypt) and Cdr. Ana Ruiz (Spain). Lars Holm, Vice-President of the Investment Bank, announced new funding.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Forum on Green Hydrogen\" by cue title.line",
            "3: opening-speaker \"Helena Vidal Marques\" by cue role.opening.verb (\"opened the Forum\")",
            "3: moderator \"Omar Haddad\" by cue role.moderator (\"moderated\")",
            "3: panelist \"Karim Ben Salah\" by cue label.panelist.subject (\"roundtable\")",
            "3: panelist \"Hoda El-Sayed\" by cue label.panelist.subject (\"roundtable\")",
            "3: panelist \"Ana Ruiz\" by cue label.panelist.subject (\"roundtable\")",
            "3: speaker \"Lars Holm\" by cue role.speaker.reporting-verb",
            "3: start-date \"2021-10-14\" by cue date.held",
            "3: end-date \"2021-10-15\" by cue date.held",
            "3: venue \"Rabat\" by cue venue.held-at",
        ])
        #expect(Invented.read(page).record?.persons.count == 6)
    }

    /// "Declaring the conference open, X", "The feature address was delivered by X", "made by A, ..., and by B".
    @Test func openedFeaturedAndAgentsByBy() {
        let page = """
            Conference on the Ocean Economy

            Declaring the conference open, the Speaker of the House, the Hon. Marcia Joseph, reminded delegates of the sea. The feature address was delivered by Senator the Hon. Ravi Singh. Presentations were made by Dr. Pierre Mbemba, Energy Policy Group, on subsidies, and by Mr. Thiago Lima, whose firm installs meters.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Conference on the Ocean Economy\" by cue title.line",
            "3: opening-speaker \"Marcia Joseph\" by cue role.opening.verb (\"Declaring the conference open\")",
            "3: keynote-speaker \"Ravi Singh\" by cue role.keynote (\"feature address\")",
            "3: presenter \"Pierre Mbemba\" by cue role.presenter (\"Presentations\")",
            "3: presenter \"Thiago Lima\" by cue role.presenter (\"Presentations\")",
        ])
    }

    /// "KINGSTON, 20 November – ... a meeting hosted by ...", then "took place on 18 and 19 November"; "Also speaking at the opening".
    @Test func theStorysDateIsNotTheEvents() {
        let page = """
            News

            Small states agree a roadmap

            Published on 21 November 2019

            KINGSTON, 20 November – Officials from 22 small states agreed a roadmap at the close of a meeting hosted by the Government of Jamaica.

            The Small States Dialogue took place on 18 and 19 November at the Blue Hall in New Kingston.

            Also speaking at the opening, Deputy Secretary-General Dr. Arjun Pillai told delegates that preparation was the bottleneck.
            """
        let explained = Invented.explain(page)
        #expect(explained.contains("9: start-date \"2019-11-18\" by cue date.held"))
        #expect(explained.contains("11: opening-speaker \"Arjun Pillai\" by cue role.opening.verb (\"speaking at the opening\")"))
    }

    /// '09:30 – 10:15   Keynote Address: "..."' over the speaker, indented.
    @Test func keynoteSlotWithItsTalk() {
        let page = """
            PROGRAMME

            Seminar on Water Partnerships

            09:30 – 10:15   Keynote Address: "Utilities as Borrowers"
                            Dr. Tomás Lazcano, Professor of Economics, Pacific University
            """
        #expect(Invented.explain(page).contains("6: keynote-speaker \"Tomás Lazcano\" in keynote by cue part.keynote-heading"))
        #expect(Invented.read(page).record?.parts.first?.title == "Utilities as Borrowers")
        #expect(Invented.read(page).record?.document.documentType == "PROGRAMME")
    }
}

/// A programme printed as a table: a header row, slots with a part and its people, a row that
/// continues the one above, a pause that is no part.
@Suite struct ProgrammeTableTests {
    @Test func agendaTable() {
        let page = """
            Roundtable on Housing

            Agenda

            Time        | Session                          | Speakers
            09:30-09:45 | Welcome and opening remarks      | Ana Costa, Deputy Director, Housing Office
            09:45-10:15 | Keynote: Why rents outpace wages | Prof. Giulia Ferri, School of Urban Economics
            10:15-11:45 | Panel 1: Land and zoning         | Moderator: Kenji Mori, Housing Office
                        |                                  | Maria Lopes, Porto City Council
                        |                                  | Signe Kalnina, Riga Development Agency
            11:45-12:30 | Lunch                            |
            12:30-13:00 | Closing remarks                  | Ana Costa
            """
        #expect(Invented.explain(page) == [
            "1: title \"Roundtable on Housing\" by cue title.line",
            "6: opening-speaker \"Ana Costa\" in opening by cue part.opening-heading",
            "7: keynote-speaker \"Giulia Ferri\" in keynote by cue part.keynote-heading",
            "8: moderator \"Kenji Mori\" in session-1 by cue label.moderator (\"Moderator\")",
            "9: panelist \"Maria Lopes\" in session-1 by cue table.panel-member",
            "10: panelist \"Signe Kalnina\" in session-1 by cue table.panel-member",
            "12: closing-speaker \"Ana Costa\" in closing by cue part.closing-heading",
        ])
        let parts = Invented.read(page).record?.parts ?? []
        #expect(parts.map(\.label) == ["Welcome and opening remarks", "Keynote", "Panel 1", "Closing remarks"])
        #expect(parts[1].title == "Why rents outpace wages")
    }
}
