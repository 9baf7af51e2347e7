import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Minutes as county assemblies and parliaments print them: a title line in capitals that says where and when, items
/// under a minute's reference, members one to a line. Invented lines.
@Suite struct AssemblyMinutesTests {
    static let page = """
        THE COUNTY ASSEMBLY OF KITUI
        SECOND ASSEMBLY – (THIRD SESSION)

        MINUTES OF THE 9TH SITTING OF THE SECTORAL COMMITTEE ON WATER SERVICES HELD ON TUESDAY, 4TH MARCH, 2025 IN COMMITTEE ROOM 1, COUNTY ASSEMBLY BUILDINGS AT 10.00 A.M.

        PRESENT
        1. Hon. Musa Kilonzo Mwangangi, MCA – Chairperson
        2. Hon. Ruth Nthenya Wambua, MCA

        MIN. 031/KCA/WS/2025: PRELIMINARIES
        The Chairperson called the meeting to order at 10.20 a.m.

        MIN. 032/KCA/WS/2025: SUBMISSION BY THE DEPARTMENT OF WATER
        The Chief Officer, Eng. Paul Mutua Nzioka, took the Committee through the submission.
        """

    /// The title line says whose minutes these are, over whatever masthead; what follows "held" says when and where.
    @Test func theTitleLineSaysWhenAndWhere() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "9TH SITTING OF THE SECTORAL COMMITTEE ON WATER SERVICES")
        #expect(record.document.documentType == "MINUTES")
        #expect(record.event.startDate == "2025-03-04")
        #expect(record.event.venue?.hasPrefix("Committee Room 1") == true)
    }

    /// "MIN. 031/KCA/WS/2025: PRELIMINARIES": each minute records one item of the meeting.
    @Test func itemsUnderTheirReferences() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map(\.label) == ["PRELIMINARIES", "SUBMISSION BY THE DEPARTMENT OF WATER"])
        // "The Chairperson called the meeting to order" under the first item: the chair presides over it too.
        #expect(record.roleLines == ["Musa Kilonzo Mwangangi chair", "Ruth Nthenya Wambua participant", "Musa Kilonzo Mwangangi chair",
                                     "Paul Mutua Nzioka presenter"])
    }

    /// A sentence that opens "Minutes of" is no minutes' title, however long.
    @Test func aSentenceAboutMinutesIsNoTitle() {
        #expect(!HeaderReader.isMinutesTitle("Minutes of the meeting held on 3 March were adopted."))
        #expect(!HeaderReader.isMinutesTitle("Minutes of the meeting held on 3 March 2024 were adopted without amendment"))
        #expect(HeaderReader.isMinutesTitle("MINUTES OF THE 9TH SITTING OF THE COMMITTEE HELD ON TUESDAY, 4TH MARCH, 2025 AT 10.00 A.M."))
    }

    /// A page that opens with its site's name, menu and trail one item to a line: none of it is the title, and the
    /// trail's last step, said again over the title, is the type.
    @Test func theSitesLinesOneToALine() throws {
        let record = try Invented.record("""
            State Legislature
            Menu
            Home
            Legislators
            Committees
            Session Information
            Search
            Committees
            Senate Committee on Lakes and Tourism
            Record of Committee Proceedings

            Record of Committee Proceedings

            Committee on Lakes and Tourism

            Senate Bill 12, by Senators Hale and Ostrow; cosponsored by Representatives Kruger, Delgado and Thao.

            March 12, 2025
            Present: Senator Hale; Senator Ostrow.
            """)
        #expect(record.event.title == "Committee on Lakes and Tourism")
        #expect(record.document.documentType == "Record of Committee Proceedings")
        #expect(!record.organizers.contains { $0.hasPrefix("Representatives") })
    }

    /// "Rural Affairs Committee" / "7th Meeting, 2025 (Session 6)": the body that met is the title, the meeting's number
    /// its subtitle.
    @Test func theBodyOverItsMeetingsNumber() throws {
        let record = try Invented.record("""
            The Parliament
            Search
            Members
            Bills and laws
            Committees
            Get involved
            About
            Home
            Committees
            Minutes

            Coastal Affairs Committee

            7th Meeting, 2025 (Session 6)

            Wednesday 5 March 2025

            Present:

            Eilidh Rowan (Convener)
            Kenneth Tait
            """)
        #expect(record.event.title == "Coastal Affairs Committee")
        #expect(record.event.subtitle == "7th Meeting, 2025 (Session 6)")
        #expect(record.document.documentType == "Minutes")
        #expect(record.roleLines == ["Eilidh Rowan chair", "Kenneth Tait participant"])
    }

    /// "Members present: A (Chair), B (Vice Chair), Hon. C, D, Dr. E": a long list of names, some with honorifics.
    @Test func aLongListWithSomeHonorifics() throws {
        let record = try Invented.record(body: """
            Members present: Kate Donnell (Chair), Marcus Whitby (Vice Chair), Hon. Denise Alvarez-Kim, Raymond Okafor, Dr. Samuel Reyes
            Members absent: Greg Tallis, Hon. Patricia Lowe
            """)
        #expect(record.roleLines == ["Kate Donnell chair", "Marcus Whitby participant", "Denise Alvarez-Kim participant", "Raymond Okafor participant",
                                     "Samuel Reyes participant"])
        #expect(record.persons.count == 5)
    }

    /// A hearing's attendance: "Senators Present:", "Senator Absent:" with the reason in brackets, and resource persons
    /// sorted under the bodies they come from; a name with its nickname in quotes and without is one person's.
    @Test func aHearingsAttendance() throws {
        let record = try Invented.record(body: """
            The public hearing was called to order at 10:14 A.M. by Sen. Ma. Lourdes “Lulu” Dizon-Reyes, Chairperson of the Committee.

            Senators Present:
            Hon. Ma. Lourdes “Lulu” Dizon-Reyes – Chairperson
            Hon. Ramon “Mon” D. Magsino – Member
            Senator Absent:
            Hon. Antonio “Tonyo” M. Balderas – (on official mission)
            Resource Persons:
            Department of Energy (DOE)
            Usec. Rowena C. Patiño-Reyes – Undersecretary
            Dir. Carlito M. Buendía – Director, Renewable Energy Bureau
            Energy Regulatory Commission (ERC)
            Atty. Josefina A. Dela Cruz-Ocampo – Commissioner
            """)
        #expect(record.persons.map(\.name) == ["Ma. Lourdes “Lulu” Dizon-Reyes", "Ramon “Mon” D. Magsino", "Rowena C. Patiño-Reyes",
                                               "Carlito M. Buendía", "Josefina A. Dela Cruz-Ocampo"])
        #expect(record.roles.first { $0.name == "Ma. Lourdes “Lulu” Dizon-Reyes" }?.role == .chair)
        #expect(record.roles.first { $0.name == "Rowena C. Patiño-Reyes" }?.affiliation == "Undersecretary, Department of Energy (DOE)")
    }

    /// A senate committee's minutes: the chair "presiding", members by the style and office in the plural over surnames
    /// with their count, a member replaced by another, two staff sharing one description.
    @Test func senateMinutesStyleAndCountAndReplacedMember() throws {
        let facts = Invented.explain("""
            Standing Committee on Lakes and Rivers

            Minutes of Proceedings

            OTTAWA, Wednesday, April 8, 2026

            The committee met this day at 4:15 p.m., in room B30, the chair, the Honourable Marie Roy, presiding.

            Members of the committee present: The Honourable Senators Bélair, Dunn, Roy and Okafor (4).

            Participating members: The Honourable Senator Okafor replaced the Honourable Senator Whitlock (April 7, 2026).

            In attendance: Anne Lisle and Owen Marsh, Analysts, Research Services, Library of Parliament.
            """)
        #expect(facts.contains { $0.hasPrefix("7: chair \"Marie Roy\" by cue role.chair (\"presiding\")") })
        for name in ["Bélair", "Dunn", "Okafor"] {
            #expect(facts.contains { $0.hasPrefix("9: participant \"\(name)\" by cue label.participants") })
        }
        #expect(facts.contains { $0.hasPrefix("11: not-a-participant \"Whitlock\" by cue mention.absent") })
        #expect(!facts.contains { $0.contains("\"Senators") })
        // Minutes are dated by the meeting they record; the replacement's date is another deed's.
        #expect(!facts.contains { $0.contains("start-date \"2026-04-07\"") })
        let record = try Invented.record("Staff Meeting\n\n3 March 2011\n\nIn attendance: Anne Lisle and Owen Marsh, Analysts, Library of Parliament.\n")
        #expect(record.participations.map(\.affiliation) == ["Analysts, Library of Parliament", "Analysts, Library of Parliament"])
    }
}
