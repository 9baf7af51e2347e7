import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What this session's conventions must not read into ordinary lines, as a review of them asked. Invented lines.
@Suite struct ReviewedReadingsTests {
    /// An agenda typed without blank lines is no site's menu: its title stays the title.
    @Test func anAgendaWithoutBlankLinesKeepsItsTitle() throws {
        let record = try Invented.record("""
            Budget Hearing
            Agenda
            Day 1
            Registration
            Welcome Remarks
            Keynote Address
            Panel Discussion
            Lunch
            Closing
            The hearing met on 4 March 2024 in the council chamber, where members of the public gave their views on the draft budget.
            """)
        #expect(record.event.title == "Budget Hearing")
    }

    /// Letters that are the run's own initials shorten a body's name; no one is named.
    @Test func aBodyWithItsOwnInitialsIsNoPerson() throws {
        let record = try Invented.record(body: """
            The dialogue was held with the Friedrich Ebert Stiftung (FES) and the Carbon Border Adjustment Mechanism (CBAM) was discussed.
            """)
        #expect(record.persons.isEmpty)
    }

    /// "14:00–15:30 Panel 2: ..., with A and B": the dash of a range of hours is no mark between hour and item.
    @Test func aRangeOfHoursKeepsItsSlot() {
        #expect(Times.opensWithTime("14:00–15:30 Panel 2: Financing, with A and B"))
        #expect(!Times.opensWithTime("15.40 – Round table: “Paris 2050”, with Claire Assol"))
    }

    /// Another language's month never opens a date: "Mars 2020" is a planet's mission; "2. March" after a sentence's
    /// number is no German day.
    @Test func monthsOfOtherLanguagesAndTheGermanDay() {
        #expect(Dates.all(in: "The Mars 2020 mission landed.").isEmpty)
        #expect(Dates.all(in: "12 mars 2020").map(\.iso) == ["2020-03-12"])
        #expect(Dates.all(in: "The vote was 9 to 2. March 2025 will see the next one.").allSatisfy { $0.day == nil })
        // The quick test for a month: another language's only after a day, so that "general" or "outcome" costs nothing.
        #expect(!Dates.namesMonth("The general outcome of the 2024 settings"))
        #expect(Dates.namesMonth("16 de junio de 2025") && Dates.namesMonth("12. Juni 2025") && Dates.namesMonth("3 août 2022"))
    }

    /// Names with honorifics and bodies without them taking turns: two people and where they work.
    @Test func peopleAndBodiesTakingTurns() throws {
        let people = RosterLines.people("Mr. J. Dupont, Paris Habitat, Ms. C. Martin, Lyon Métropole", .builtIn)
        #expect(people?.map(\.0.name) == ["J. Dupont", "C. Martin"])
    }

    /// "After their presentations the Chair thanked the speakers": the speech words are others', not the Chair's.
    @Test func theChairAfterOthersPresentations() throws {
        let record = try Invented.record(body: """
            Dr. Ana Ruiz, Chair of the Board, opened the meeting.

            After their presentations the Chair thanked the speakers for their work.
            """)
        #expect(record.roleLines == ["Ana Ruiz opening-speaker"])
    }

    /// A talk's title under a keynote's heading is no speaker.
    @Test func aTalksTitleUnderItsHeading() throws {
        let record = try Invented.record(body: """
            10:00 Keynote lecture
            Rising Tides
            Prof. Hana Kim (University of Busan)
            """)
        #expect(record.persons.map(\.name) == ["Hana Kim"])
    }

    /// A German quotation opens with » and closes with «: the name after it is read.
    @Test func aGermanQuotation() throws {
        let record = try Invented.record(body: """
            »Wir brauchen mehr Daten«, sagte Dr. Jonas Weber, Direktor des Instituts.
            """)
        #expect(record.persons.map(\.name) == ["Jonas Weber"])
    }
}
