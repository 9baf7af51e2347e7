import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What a web page prints over its headline, each in a paragraph of its own: the office whose news it is, and the series the
/// release is numbered in ("Information for the Press N°: 412/23"), as a ministry's translated pages print them.
@Suite struct KickersAndLabelsTests {

    @Test func theNumberedSeriesIsTheTypeNeverTheTitle() {
        let facts = Invented.explain("""
            Home / Press / Information for the Press

            Information for the Press N°: 412/23

            Minister opened international seminar on polar science at the San Martín Palace

            Thursday 21 September 2023

            The Minister, Santiago Larra, opened on Tuesday the International Seminar "Polar Science Today".
            """)
        #expect(facts.contains("3: document-type \"Information for the Press\" by cue document-type.line"))
        #expect(facts.contains("5: title \"Minister opened international seminar on polar science at the San Martín Palace\" by cue title.line"))
        #expect(DocumentTypes.line("Press Statement No.: 45/2024", .builtIn) == "Press Statement")
        // "Information" alone heads a section; "For more information" is an invitation.
        #expect(DocumentTypes.line("Information", .builtIn) == nil)
        #expect(DocumentTypes.line("For more information", .builtIn) == nil)
        #expect(DocumentTypes.line("Information for", .builtIn) == nil)
    }

    @Test func theOfficeOverTheHeadlineInAParagraphOfItsOwn() {
        let facts = Invented.explain("""
            Press Room > News

            Undersecretariat of International Economic Relations

            Undersecretary Pradel inaugurates workshop on critical minerals with Pacific partners

            Publication date: November 14, 2023

            Santiago, November 14, 2023.- Officials met at the Cultural Centre for the workshop "Critical Minerals".
            """)
        #expect(facts.contains("5: title \"Undersecretary Pradel inaugurates workshop on critical minerals with Pacific partners\" by cue title.line"))
    }
}

/// A parliament committee's "Meeting summary": the meeting's days in its name, the room on a line of its own, and the items in
/// their numbered sequence, one of them named by the guest the committee heard.
@Suite struct CommitteeMeetingSummariesTests {

    static let page = """
        MEETING SUMMARY
        ENVI committee meeting of 6 and 7 November 2023
        Published: 09-11-2023

        Brussels, Altiero Spinelli building (ASP), room 5G305
        Chair: Anna KOWALSKA (EPP, PL)

        1. Adoption of the agenda
        The agenda was adopted.

        2. Exchange of views with Piotr NOWAK-LANGE, EU Special Representative for the Arctic and Northern Cooperation
        Mr Nowak-Lange briefed Members on the situation in the region.
        Speakers: Jean DUPONT (Renew, FR), Maria ROSSI (S&D, IT)

        3. Any other business
        None.
        """

    @Test func theDaysInItsNameAndTheRoom() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("2: title \"ENVI committee meeting of 6 and 7 November 2023\" by cue title.line"))
        #expect(facts.contains { $0.hasPrefix("2: start-date \"2023-11-06\"") })
        #expect(facts.contains { $0.hasPrefix("2: end-date \"2023-11-07\"") })
        #expect(facts.contains { $0.hasPrefix("3: issued \"2023-11-09\"") })
        #expect(facts.contains { $0.hasPrefix("5: venue \"Brussels, Altiero Spinelli building (ASP), room 5G305\"") })
        #expect(HeaderReader.isRoomAddress("Palais des Nations, Room XVII"))
        #expect(!HeaderReader.isRoomAddress("Brussels, Belgium"))
    }

    @Test func theItemsInTheirSequence() {
        let facts = Invented.explain(Self.page)
        let labels = Invented.read(Self.page).record?.parts.map(\.label) ?? []
        #expect(labels == ["1. Adoption of the agenda",
                           "2. Exchange of views with Piotr NOWAK-LANGE, EU Special Representative for the Arctic and Northern Cooperation",
                           "3. Any other business"])
        #expect(facts.contains { $0.hasPrefix("11: speaker \"Piotr NOWAK-LANGE\" in 2-exchange-of-views") && $0.contains("part.guest-in-item") })
        #expect(facts.contains { $0.hasPrefix("13: speaker \"Maria ROSSI\" in 2-exchange-of-views") })
    }
}
