import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An event page's side box copied as text: each label on a line of its own over its value. Invented lines.
@Suite struct EventPageFieldsTests {
    static let page = """
        Event report
        Water after the Drought
        Lessons for the Valleys
        Details
        Date
        4. März 2024
        Location
        Guild Hall, Marktplatz 3, 79098 Freiburg
        Organizer
        Riverside Foundation, Department of Water Policy
        Author
        Jonas Feld
        Share
        Dr. Ana Ruiz, head of the Department of Water Policy, welcomed some eighty guests from the region's towns and farms.
        """

    @Test func eachLabelGoesWithTheLineUnderIt() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "Water after the Drought")
        #expect(record.event.subtitle == "Lessons for the Valleys")
        #expect(record.event.startDate == "2024-03-04")
        #expect(record.event.venue == "Guild Hall, Marktplatz 3, 79098 Freiburg")
        #expect(record.organizers.first == "Riverside Foundation")
    }

    /// The name under "Author" wrote the page; it took no part in the meeting.
    @Test func theAuthorsNameIsABylineNoParticipant() throws {
        let record = try Invented.record(Self.page)
        #expect(!record.persons.map(\.name).contains("Jonas Feld"))
        #expect(record.roles.map(\.name) == ["Ana Ruiz"])
    }

    /// A blank line may stand between a label and its value.
    @Test func aBlankLineBetweenLabelAndValue() throws {
        let record = try Invented.record("""
            Forum on Rural Schools

            Date

            12 May 2023

            Venue

            Town Hall, Ennis

            The forum brought together teachers, parents and officials from the county's rural schools to plan for next year.
            """)
        #expect(record.event.startDate == "2023-05-12")
        #expect(record.event.venue == "Town Hall, Ennis")
    }

    /// Past the page's first sentence a label alone heads a part of the body: nothing is joined there.
    @Test func belowTheFirstSentenceNothingIsJoined() {
        let lines = Invented.lines("Forum on Rural Schools", "The forum brought together teachers, parents and officials from the county's rural schools to plan next year.",
                                   "Location", "Town Hall, Ennis")
        let (joined, labels) = StackedFields.joined(lines)
        #expect(joined.map(\.text) == lines.map(\.text))
        #expect(labels.isEmpty)
    }

    /// "Event" / "Hybrid" over the event's name: how the event is held, printed over the title, is no title.
    @Test func howTheEventIsHeldOverItsName() {
        let facts = Invented.explain("""
            Event
            Hybrid

            Shared Waters, Shared Risks: River Cooperation in the Sahel

            Date & Time
            Tuesday
            May. 21, 2024
            """)
        #expect(facts.contains { $0.hasPrefix("4: title \"Shared Waters, Shared Risks: River Cooperation in the Sahel\"") })
    }
}
