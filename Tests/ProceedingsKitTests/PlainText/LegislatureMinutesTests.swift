import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A state legislature's interim committee minutes: the office that keeps them over the committee's name, members in
/// capitals with their chamber's honorific, items headed over lines timed by the recording. Invented lines.
@Suite struct LegislatureMinutesTests {
    static let page = """
        MINUTES

        Riverland Legislative Services Division

        ECONOMIC AFFAIRS INTERIM COMMITTEE

        June 12, 2024
        Room 137, State Capitol

        COMMITTEE MEMBERS PRESENT
        SEN. DALE R. HOLMGREN, Chair

        SEN. TRAVIS KEMPE
        REP. GARY PETTIS

        COMMITTEE MEMBERS EXCUSED
        SEN. BOYD A. MCCRAE

        STAFF PRESENT
        ERIN SCHUMANN, Research Analyst

        CALL TO ORDER AND ROLL CALL
        00:00:01 Sen. Holmgren called the committee to order at 8:00 a.m. Sen. McCrae was excused.

        Staff overview
        00:02:40 Ms. Schumann presented the draft study plan.

        Public comment
        01:58:42 Tom Gallant, Riverland Chamber of Commerce
        02:06:35 Beth Oyle, representing herself
        """

    /// The committee under the office's name is the title; the office keeps the minutes.
    @Test func theCommitteeUnderItsOffice() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "ECONOMIC AFFAIRS INTERIM COMMITTEE")
        #expect(record.event.startDate == "2024-06-12")
    }

    /// Members in capitals after a blank line are still the list's; the excused are not there; a name in capitals is the
    /// same person as its surname in the text.
    @Test func membersPresentExcusedAndStaff() throws {
        let record = try Invented.record(Self.page)
        #expect(record.persons.map(\.name) == ["DALE R. HOLMGREN", "TRAVIS KEMPE", "GARY PETTIS", "ERIN SCHUMANN", "Tom Gallant", "Beth Oyle"])
        // He chairs the meeting, and so the item in which he called it to order.
        #expect(record.participations.filter { $0.personId == "dale-r-holmgren" }.map { "\($0.role.rawValue) \($0.partId ?? "event")" }
            == ["chair event", "chair call-to-order-and-roll-call"])
    }

    /// "Staff overview" over a line timed by the recording heads an item; a name alone at its time spoke then.
    @Test func itemsOverTimedLines() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map(\.label) == ["CALL TO ORDER AND ROLL CALL", "Staff overview", "Public comment"])
        #expect(record.roleLines.suffix(3) == ["ERIN SCHUMANN presenter", "Tom Gallant speaker", "Beth Oyle speaker"])
    }
}
