import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// "Outline of the 2nd Meeting of the Council": the type before the title, and which meeting, which is the title's.
/// Invented lines.
@Suite struct OutlineTitlesTests {
    @Test(arguments: ["2nd", "Second", "12th"])
    func whichMeetingBelongsToTheTitle(_ ordinal: String) throws {
        let record = try Invented.record("""
            Outline of the \(ordinal) Meeting of the Council for Multicultural Coexistence

            1. Date and time
            Tuesday, October 21, 2025, 14:00-16:00
            """)
        #expect(record.event.title == "\(ordinal) Meeting of the Council for Multicultural Coexistence")
        #expect(record.document.documentType == "Outline")
    }
}

/// An outline of a council's meeting: its facts numbered, with or without a stop; its attendees under a numbered label,
/// sorted into groups set in brackets; the chair's role first in the brackets after a name. Invented lines.
@Suite struct OutlineAttendeesTests {
    @Test func attendeesInBracketedGroupsUnderANumberedLabel() throws {
        let record = try Invented.record("""
            Outline of the 2nd Meeting of the Council for Intercultural Cohesion

            1. Date and time
            Tuesday, October 21, 2025, 14:00-16:00

            3. Attendees
            (Committee members)
            SATO Hiroshi (Chair), Professor, Yokohama National University
            Maria SANTOS, Representative, Brazilian Community Association
            NGUYEN Thi Lan, Interpreter, Kawasaki City International Association
            (Prefecture)
            ITO Akira, Director-General, International Affairs Bureau
            """)
        #expect(record.roleLines == ["SATO Hiroshi chair", "Maria SANTOS participant", "NGUYEN Thi Lan participant", "ITO Akira participant"])
    }

    @Test func factsNumberedWithoutAStopAndTheRoleFirstInBrackets() throws {
        let record = try Invented.record("""
            Outline of the 2nd Meeting of the Council

            1 Date and time: October 21, 2025 (Tue) 14:00-16:00
            2 Venue: Conference Room 1, Prefectural Office
            3 Attendees: SATO Hiroshi (Chair, Professor, Shizuoka University), Maria SANTOS (Brazilian community)
            """)
        #expect(record.event.startDate == "2025-10-21")
        #expect(record.event.venue == "Conference Room 1, Prefectural Office")
        #expect(record.roles.first { $0.name == "SATO Hiroshi" }?.role == .chair)
    }
}

/// A city's outline of a council meeting, its sections numbered without a stop and its groups of attendees numbered in
/// brackets: the members, those absent, the secretariat body by body; the items of the summary are the meeting's parts.
/// Invented lines.
@Suite struct NumberedOutlineTests {
    static let page = """
        Outline of the 2nd Meeting of the City Council for Intercultural Cohesion

        1 Date and time
        Wednesday, November 20, 2024, 1:30 p.m. to 3:35 p.m.

        2 Venue
        City Hall East Building, Conference Room 3

        3 Attendees
        (1) Members (4 of 5 members)
        KOBAYASHI Masaru (Chair; Professor, Faculty of Humanities, Shinshu University)
        NAKAZAWA Yumiko (Vice-Chair; City International Exchange Association)
        Ana Paula SHIMIZU (Resident representative)
        (2) Absent members
        HATTORI Kenji
        (3) Secretariat
        City Affairs Department: Director-General MIYASAKA Tetsuya

        4 Summary of proceedings
        (1) Greeting by the Chair
        Chair KOBAYASHI asked members for frank opinions.
        (2) Results of the Survey of Foreign Residents
        The Secretariat explained the results of the survey.
        """

    @Test func theFactsUnderLabelsNumberedWithoutAStop() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.startDate == "2024-11-20")
        #expect(record.event.venue == "City Hall East Building, Conference Room 3")
    }

    @Test func theGroupsOfAttendees() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.first { $0.name == "KOBAYASHI Masaru" }?.role == .chair)
        #expect(record.roles.first { $0.name == "Ana Paula SHIMIZU" }?.role == .participant)
        #expect(!record.persons.contains { $0.name == "HATTORI Kenji" })
        let miyasaka = try #require(record.roles.first { $0.name == "MIYASAKA Tetsuya" })
        #expect(miyasaka.affiliation == "Director-General, City Affairs Department")
    }

    @Test func theItemsOfTheSummaryAreParts() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map(\.label) == ["(1) Greeting by the Chair", "(2) Results of the Survey of Foreign Residents"])
    }
}
