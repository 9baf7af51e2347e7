import Foundation
import Testing
@testable import ProceedingsKit

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
