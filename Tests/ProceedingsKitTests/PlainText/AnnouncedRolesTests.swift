import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An event page written before the event: who will speak and who will moderate, named without honorifics, a body's
/// possessive before its own staff, and the page's buttons side by side under the date.
@Suite struct AnnouncedRolesTests {

    @Test func aConversationWithNamesItsSpeakers() throws {
        let record = try Invented.record(body: """
            Join the Program for a conversation with Rina Setiawati, Jean-Pierre Mukendi Kalala, and Erik Vanstone.
            """)
        #expect(record.roleLines == ["Rina Setiawati speaker", "Jean-Pierre Mukendi Kalala speaker", "Erik Vanstone speaker"])
    }

    @Test func whoWillModerate() throws {
        let record = try Invented.record(body: """
            The Vice President for Studies Helen Achterberg will deliver opening remarks, and Carnegie’s Noah Garrick will moderate the discussion.

            Lena Sorensen will chair the second panel.
            """)
        #expect(record.roleLines == ["Helen Achterberg opening-speaker", "Noah Garrick moderator", "Lena Sorensen chair"])
    }

    @Test func aPlainTitleBeforeAFullNameStillNeedsEvidence() throws {
        // "Carnegie's Noah X" is a person; "the Institute's Annual Report will present" names no one.
        let record = try Invented.record(body: """
            The Institute's Annual Report will present new figures on remittances.
            """)
        #expect(record.roleLines.isEmpty)
    }

    @Test func buttonsSideBySideAreNoSubtitle() throws {
        let record = try Invented.record("""
            Event

            Can Critical Minerals Diplomacy Deliver? Lessons From Indonesia and the Congo

            Wednesday, March 19, 2025
            10:00 a.m. - 11:15 a.m. EDT

            Register   Add to calendar

            Washington and its partners have signed a string of minerals security agreements with producer countries in the past three years.
            """)
        #expect(record.event.subtitle == nil)
        #expect(record.event.title == "Can Critical Minerals Diplomacy Deliver? Lessons From Indonesia and the Congo")
    }
}
