import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Lines a web page prints between its title and its story that are no part of the story (issue 15,
/// expert review M10): a link to a file with its size, an offer of the pages in another language, and
/// a short line that no mark ends over a paragraph printed whole on one line. Invented lines.
@Suite struct LinksAndLoneLinesTests {
    static let story = "Entry into the Regional Court in 1961 was a major event for Freeland in its efforts to rejoin the community of its neighbours after the war."

    @Test func aLinkToAFileAndAnOfferOfAnotherLanguageAreResidue() throws {
        let record = try Invented.record("""
            Freeland at 50 in the Regional Court
            Media Release: Court Day 2011: Events in Freeland (56 KB PDF)
            Court Day 2011 pages are available in Freelandic
            \(Self.story)
            The day's events in the capital highlight the court's relationship with Freeland.
            """)
        #expect(record.residue.map(\.line) == [2, 3], "\(record.residue)")
        let first = try #require(record.statements.first)
        #expect(first.text == Self.story)
        #expect(first.span == SourceSpan(4))
    }

    @Test(arguments: ["Report of the day [PDF, 1.2 MB]", "Programme (PDF 300KB)", "The programme (24 KB DOCX)"])
    func aLinkToAFileWithItsSizeIsResidue(_ line: String) {
        #expect(Residue.matches(line))
    }

    /// "Feb. 11, 2025  (PDF)": a line that links its file without a size may print what the page is about.
    @Test(arguments: ["The report is available in the library.", "The court heard the case (see the annex).", "Feb. 11, 2025  (PDF)"])
    func proseIsNoLink(_ line: String) {
        #expect(!Residue.matches(line))
    }

    /// A page not wrapped at a width prints a paragraph on one line: the short line over it is not its first words.
    @Test func aShortLineOverAWholeParagraphIsALineOfItsOwn() throws {
        let record = try Invented.record(body: "A day for the court\n\(Self.story)")
        let story = try #require(record.statements.first { $0.text.hasSuffix("after the war.") })
        #expect(story.text == Self.story, "\(record.statements.map(\.text))")
        #expect(story.span == SourceSpan(8))
        // A line cut on a word that needs the next goes on with it.
        let cut = try Invented.record(body: "The court met in the chamber of the\nRegional Court of Appeal, where the judges of all the courts of the region heard the case of the year.")
        #expect(cut.statements.contains { $0.text.hasPrefix("The court met in the chamber of the Regional Court") }, "\(cut.statements.map(\.text))")
    }
}
