import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A council board's minutes as its site prints them: the board's name over "MINUTES", a table of those present with
/// the office before the name, items numbered in capitals with no stop, and speakers from the public. Invented lines.
@Suite struct CouncilMinutesTests {
    static let page = """
        Riverton City Council
        Home > Council meetings > Community boards > Eastbay Community Board

        Eastbay Community Board
        MINUTES

        Minutes of an ordinary meeting of the Eastbay Community Board held in the Eastbay Hall, 13 Inlet Road, Eastbay on Wednesday 13 March 2024, commencing at 10.00 am

        PRESENT

        Chairperson          Hilda Tremont
        Members              Graeme Duckett
                             Angus McFee

        Governance Support Officer   Lucy Tamar

        1 OPENING

        Angus McFee opened the meeting with a karakia.

        2 PUBLIC FORUM

        Jess Kahu and Olivia Brand spoke on behalf of the Eastbay Playcentre about the footpath.

        3 HARBOUR ROAD SAFETY IMPROVEMENTS

        The report was noted.
        """

    /// The board's name over the type is the title; the long line under it says where and when.
    @Test func theBoardsNameOverTheType() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "Eastbay Community Board")
        #expect(record.event.startDate == "2024-03-13")
    }

    /// "2 PUBLIC FORUM": an item numbered in capitals without a stop is a part of the meeting.
    @Test func itemsNumberedInCapitals() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map(\.label) == ["1 OPENING", "2 PUBLIC FORUM", "3 HARBOUR ROAD SAFETY IMPROVEMENTS"])
    }

    /// "Governance Support Officer   Lucy Tamar": the office in the first column, the name in the second; "A and B spoke":
    /// two people the subjects of one verb.
    @Test func officeBeforeTheNameAndTwoSpeakers() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.contains { $0.name == "Lucy Tamar" && $0.role == .participant && $0.affiliation == "Governance Support Officer" })
        #expect(record.roleLines.contains("Jess Kahu speaker"))
        #expect(record.roleLines.contains("Olivia Brand speaker"))
        #expect(!record.persons.contains { $0.name.hasPrefix("Governance") })
    }

    /// "IN ATTENDANCE   A (office) and" / "                B (office)": the list goes on under its label's cell, each line
    /// someone of its own; "the apology from Member X": X was not there.
    @Test func staffInAttendanceAndAnApology() throws {
        let record = try Invented.record(body: """
            IN ATTENDANCE        Mark Vesty (Parks Operations Manager) and
                                 Priya Ramon (Senior Transport Planner)

            The Board accepts the apology from Member Tom Moffet for absence.
            """)
        #expect(record.roles.map { "\($0.name) \($0.role.rawValue) \($0.affiliation ?? "")" } == [
            "Mark Vesty participant Parks Operations Manager", "Priya Ramon participant Senior Transport Planner",
        ])
        #expect(!record.persons.contains { $0.name == "Tom Moffet" })
    }

    /// After a preposition, two capitalised pairs joined by "and" are places, not speakers.
    @Test func placesJoinedAfterAPreposition() throws {
        let record = try Invented.record(body: "Speakers from Lake Carrow and Old Barton stressed that early talks mattered.")
        #expect(record.persons.isEmpty)
    }
}
