import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A meeting held online: its place is recorded as "Online" (or as the page labels it), as a librarian catalogues an
/// online conference; a hall the page names stays the venue. Invented lines.
@Suite struct OnlineMeetingsTests {
    @Test func aFormatLabelThatSaysOnline() throws {
        let record = try Invented.record("""
            Webinar: Can the River Commissions Survive?

            Date: 2021-09-15
            Format: Online (Zoom), public

            In this webinar, four speakers discussed whether the model can continue.
            """)
        #expect(record.event.venue == "Online (Zoom)")
        #expect(record.event.isOnline)
    }

    @Test func heldVirtuallyInTheText() throws {
        let record = try Invented.record("""
            Riverland and Lakeland Explore Cooperation in Green Energy

            Warsaw, 24/6/2021 - The Embassy of Riverland held a webinar on green energy on Thursday. The webinar was held virtually through Zoom platform and was attended by 150 participants.
            """)
        #expect(record.event.venue == "Online")
        let roundtable = try Invented.record("""
            Minister hosts virtual roundtable on rivers and women's work

            March 9, 2021 - Ottawa - Today the Minister hosted a roundtable with leaders of river cooperatives.
            """)
        #expect(roundtable.event.venue == "Online")
    }

    @Test func aHallNamedIsTheVenueAndAnOfflineFormatIsNone() throws {
        let hall = try Invented.record("""
            Seminar on Rivers

            The seminar was held at the Great Hall of the Institute in Riga on 3 May 2014 and streamed online.
            """)
        #expect(hall.event.venue == "Great Hall of the Institute in Riga")
        #expect(!hall.event.isOnline)
        #expect(LabelledFact("Format: In person, by invitation") == nil)
    }
}
