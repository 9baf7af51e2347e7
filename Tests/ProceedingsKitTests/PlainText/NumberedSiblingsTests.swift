import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Items numbered alike are siblings: the next ends the part the one before opened, whatever its words. Invented lines.
@Suite struct NumberedSiblingsTests {
    @Test func theNextItemEndsTheOpening() throws {
        let record = try Invented.record(body: """
            Outline of discussions
            (1) Opening remarks
            Director-General Tamura greeted the members and explained the purpose of the meeting.
            (2) Reports
            The secretariat reported on the results of the survey of foreign residents.
            (3) Exchange of views
            Ms. Carla Pinto said that consultation services should be extended to evenings.
            """)
        #expect(!record.roleLines.contains("Carla Pinto opening-speaker"))
        #expect(record.roleLines.contains("Tamura opening-speaker"))
    }

    /// "4. Presentation: State Budget Outlook": in minutes, an item that names its kind before its subject.
    @Test func aMinutesItemThatNamesItsKind() throws {
        let record = try Invented.record("""
            Board of Visitors

            Minutes

            Date: Friday, April 11, 2025

            Members present: Anna Holt (Chair), Ben Ruiz, Carla Diaz

            1. Call to Order
            Chair Holt called the meeting to order at 9:34 a.m.

            2. Presentation: State Budget Outlook and Higher Education
            Dr. Ruth Abernathy presented the analysis of the budget proposal; Ben Ruiz commented on the timeline.
            """)
        #expect(record.parts.map(\.label).contains("2. Presentation: State Budget Outlook and Higher Education"))
    }
}
