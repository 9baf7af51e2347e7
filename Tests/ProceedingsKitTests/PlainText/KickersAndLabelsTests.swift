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
