import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A programme's items with their people on the lines under them, a committee's members listed one to a line, and
/// witnesses a sentence announces with a dash. Invented lines.
@Suite struct ProgrammeBlocksTests {
    /// "14h30" is the hour as French, Portuguese and Spanish programmes print it; each person on a line of their own
    /// under the item speaks in it.
    @Test func hoursWithAnHAndARunOfPeopleUnderAnItem() throws {
        let record = try Invented.record(body: """
            14h30 | Opening session
            Rita Alves Moura, Rector of the University of Ourém
            Tomás Braga Lino, Director of the Faculty of Letters and Humanities
            Vera Castro Paiva, Mayor of Ourém

            15h00 | Keynote lecture
            "Stone that remembers"
            Giulia Ferraretti (Politecnico di Torino)
            """)
        #expect(record.roleLines == ["Rita Alves Moura opening-speaker", "Tomás Braga Lino opening-speaker",
                                     "Vera Castro Paiva opening-speaker", "Giulia Ferraretti keynote-speaker"])
        #expect(record.roles.map(\.affiliation) == ["Rector of the University of Ourém", "Director of the Faculty of Letters and Humanities",
                                                    "Mayor of Ourém", "Politecnico di Torino"])
        #expect(record.parts.map(\.label) == ["Opening session", "Keynote lecture"])
    }

    /// "Name (Body)" under a moderator's line is one of the panel, never a heading of its own.
    @Test func aNameWithItsBodyIsNoHeading() throws {
        let record = try Invented.record(body: """
            16h00 | Panel 1 – Water and stone
            Moderator: Rui Tavares Lobo (Centre for Heritage Studies)
            Marta da Conceição Pires (Directorate-General for Monuments)
            Iker Etxeberria Olano (University of the Basque Country)
            """)
        #expect(record.roleLines == ["Rui Tavares Lobo moderator", "Marta da Conceição Pires panelist", "Iker Etxeberria Olano panelist"])
        #expect(record.parts.count == 1)
    }

    /// "Present:" over names one to a line: each is the list's next item, the convener chairs, and a name alone is no
    /// heading.
    @Test func membersListedOneToALine() throws {
        let record = try Invented.record(body: """
            Present:

            Morven Laird (Convener)
            Angus Baird (Deputy Convener)
            Fiona Tulloch
            Ewan Sutherland
            """)
        #expect(record.roleLines == ["Morven Laird chair", "Angus Baird participant", "Fiona Tulloch participant", "Ewan Sutherland participant"])
    }

    /// "took evidence from—": a parliament's minutes announce their witnesses with a dash; the last ends the list
    /// with a full stop.
    @Test func witnessesAnnouncedWithADash() throws {
        let record = try Invented.record(body: """
            The Committee took evidence on the Bill at Stage 1 from—

            Mairi Nic a' Bhàird, Chief Executive, Inshore Fisheries Board;
            Lachlan MacRury, Chair, Island Growers' Federation;
            Dr Sorcha Grant, Senior Lecturer, University of the North.
            """)
        #expect(record.roleLines == ["Mairi Nic a' Bhàird speaker", "Lachlan MacRury speaker", "Sorcha Grant speaker"])
    }

    /// A sentence that ends with a colon, and no list under it, names no one.
    @Test func anAnnouncementWithoutAListNamesNoOne() throws {
        let record = try Invented.record(body: """
            The Committee took evidence on the Bill from—

            The Committee agreed to consider its approach in private.
            """)
        #expect(record.roleLines.isEmpty)
    }

    /// Under a chair's line, a line that gives a paper's title presents it; two authors joined by a dash present it
    /// together.
    @Test func papersUnderAChair() throws {
        let record = try Invented.record(body: """
            9.45–11.30 Panel 1: Supply chains in transition
            Chair: Ilona Várady (IWE)
            Kata Fehér (IWE): Battery plants and the supplier base
            Gábor Lőrinc – Márton Kis: Wages in battery plants

            13.15–13.30 Closing remarks
            Ilona Várady
            """)
        #expect(record.roleLines == ["Ilona Várady chair", "Kata Fehér presenter", "Gábor Lőrinc presenter", "Márton Kis presenter",
                                     "Ilona Várady closing-speaker"])
    }

    /// "Dr. X presented the keynote paper": the keynote, not a presentation of its own; "the Chief Guest" names no one.
    @Test func aKeynotePaperAndAChiefGuest() throws {
        let record = try Invented.record(body: """
            Dr. Tahmina Rashid, Research Director, presented the keynote paper. The Chief Guest, Senior Secretary Md. Habib Talukder, said that exports would grow.
            """)
        #expect(record.roleLines == ["Tahmina Rashid keynote-speaker", "Md. Habib Talukder speaker"])
    }

    /// "Seminar" / the event's name / "International seminar" under the site's lines: the kind is printed over and under
    /// the name, which is the title.
    @Test func theKindOverAndUnderTheName() throws {
        let record = try Invented.record("""
            University of Ourém
            PT | EN
            Search
            Study
            Research
            Culture
            About
            News
            Home > News > Events

            Seminar
            Stone and Water: Historic Towns and Floods
            International seminar

            Date: 22 May 2025
            Location: Sala do Senado, Ourém

            The Centre for Heritage Studies organises the international seminar on stone and water, which brings together researchers.
            """)
        #expect(record.event.title == "Stone and Water: Historic Towns and Floods")
    }

    /// "9:30 – Panel 1: ...": a dash between the hour and the item; a round table seats those who speak in it.
    @Test func anHourADashAndARoundTable() throws {
        let record = try Invented.record(body: """
            9:00 – Welcome and introduction
            Hélène Morel-Koenig (Vice-President for Research, University of Lorraine)

            14:00 – Round table: Teaching the border today
            Moderator: Jean-Luc Meyer
            With Sabine Hochwald (teacher, Lycée Pasteur), Luc Wendel (Eucor) and Fatou Diallo-Brandt (Master's student)
            """)
        #expect(record.parts.map(\.label) == ["Welcome and introduction", "Round table"])
        #expect(record.roleLines == ["Hélène Morel-Koenig opening-speaker", "Jean-Luc Meyer moderator", "Sabine Hochwald panelist",
                                     "Luc Wendel panelist", "Fatou Diallo-Brandt panelist"])
    }

    /// "○ Hosted by: ..." in an overview's bullets; "Presentation 1: "Title"" over the row that names who gave it.
    @Test func anOverviewAndNumberedPresentations() throws {
        let record = try Invented.record(body: """
            □ Overview
             ○ Date & Time: November 21 (Thu), 2024, 14:00-17:30 (KST)
             ○ Hosted by: Korea Institute for Trade Policy (KITP)

            Time | Program
            14:20-15:40 | Session 1. Diagnosing Supply Chain Risks
             | Moderator: PARK Sun-young (Senior Research Fellow, KITP)
             | Presentation 1: "Mapping Critical Input Dependencies"
             | CHOI Min-ho (Research Fellow, KITP)
            """)
        #expect(record.organizers == ["Korea Institute for Trade Policy (KITP)"])
        #expect(record.event.startDate == "2024-11-21")
        #expect(record.roleLines == ["PARK Sun-young moderator", "CHOI Min-ho presenter"])
    }
}
