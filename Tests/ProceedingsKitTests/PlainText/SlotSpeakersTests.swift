import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A programme printed as lines, each slot its hour, its words, then who gives it after a full stop, a colon, the talk's
/// quoted title or "by". Invented lines.
@Suite struct SlotSpeakersTests {
    static let page = """
        Regional Forum on Urban Mobility

        14-15 March 2023, Kigali Convention Centre

        Programme
        08:30 Registration
        09:00 Welcome remarks. Prof. Roberto Fuentes, Dean
        09:30 Keynote: "Streets for people", Dr. Andrés Pizarro (University of Talca)
        10:30 Session 1: Financing transit
        Chair: Dr. Amina Yusuf, African Development Bank
        10:35 Bus rapid transit in Dar es Salaam. Eng. Joseph Mrema, DART Agency
        10:55 Lessons from Lagos: Ms. Funke Adeyemi, LAMATA
        12:00 Lunch
        13:30 Panel discussion: Walking and cycling
        Moderator: Maria Vergara
        Panelists: Carolina Munoz, Felipe Araya
        15:00 Closing: Ms. Paula Hidalgo, Vice-Rector for Outreach
        15:20 Vote of thanks by Mr. Claude Habimana
        """

    @Test func whatTheSlotNamesIsTheRoleOfWhoGivesIt() {
        let explained = Invented.explain(Self.page)
        #expect(explained.contains("7: opening-speaker \"Roberto Fuentes\" in opening by cue programme.slot-opening (\"Welcome remarks\")"))
        #expect(explained.contains("8: keynote-speaker \"Andrés Pizarro\" in keynote by cue programme.slot-keynote (\"Keynote\")"))
        #expect(explained.contains("17: closing-speaker \"Paula Hidalgo\" in closing by cue programme.slot-closing (\"Closing\")"))
        #expect(explained.contains("18: closing-speaker \"Claude Habimana\" in closing-n2 by cue role.closing.noun.slot (\"Vote of thanks\")"))
    }

    @Test func aTalkIsPresentedInTheSessionItFollows() throws {
        let explained = Invented.explain(Self.page)
        #expect(explained.contains("11: presenter \"Joseph Mrema\" in session-1 by cue programme.timed-slot (\"Bus rapid transit in Dar es Salaam\")"))
        #expect(explained.contains("12: presenter \"Funke Adeyemi\" in session-1 by cue programme.timed-slot (\"Lessons from Lagos\")"))
        let record = try Invented.record(Self.page)
        // The closing is no panelist of the panel before it, and who gives a talk keeps where she works.
        let hidalgo = try #require(record.persons.first { $0.name == "Paula Hidalgo" })
        #expect(record.participations.filter { $0.personId == hidalgo.id }.map(\.role) == [.closingSpeaker])
        let adeyemi = try #require(record.persons.first { $0.name == "Funke Adeyemi" })
        #expect(record.participations.first { $0.personId == adeyemi.id }?.affiliation == "LAMATA")
    }

    /// A topic in title case after a colon reads like a name; only a person with an honorific or a body is one.
    @Test(arguments: ["10:00 Session 2: Water Governance", "10:00 Lessons Learned: Urban Rail Finance", "10:00 Coffee break. Networking"])
    func aSlotWithoutAPersonNamesNoOne(_ line: String) throws {
        let record = try Invented.record("Workshop on Transit\n\n3 May 2022\n\n" + line + "\n")
        #expect(record.persons.isEmpty)
    }
}
