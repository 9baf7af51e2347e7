import Foundation
import Testing
@testable import ProceedingsKit

/// Sentences on which this round's rules must not misfire, found in review. Invented lines.
@Suite struct ReviewedRulesTests {
    @Test func aNumericDateWithADayOfNought() {
        #expect(Dates.all(in: "05/00/2016 (Monday)").first?.iso == nil)
    }

    @Test func presentButLeftEarly() throws {
        let record = try Invented.record(body: "Dr. Ann Lee delivered the keynote address but was unable to attend the afternoon session.\n")
        #expect(record.roleLines == ["Ann Lee keynote-speaker"])
    }

    @Test func whoIntroducesThePanelistsIsNoneOfThem() throws {
        let record = try Invented.record(body: "Dr. Ann Lee introduced the four panelists. Mr. Tom Hale argued that the rules were slow.\n")
        #expect(record.roleLines.first == "Ann Lee speaker")
        #expect(record.roleLines.contains("Tom Hale panelist"))
    }

    @Test func asWellAsAndWelcomingModerators() throws {
        let record = try Invented.record(body: """
            Ambassador Karl Berg as well as the moderator Dr. Mei Tan attended.

            Dr. Omar Said opened the seminar and welcomed the moderators and panelists.
            """)
        #expect(!record.roleLines.contains("Karl Berg moderator"))
        #expect(record.roleLines.contains("Omar Said opening-speaker"))
    }

    @Test func aFamilyNameSharedWithSomeoneNotThere() throws {
        let record = try Invented.record(body: """
            Mr. Park spoke on behalf of Minister Lee. Dr. Lee Min-ho noted that trade had grown.
            """)
        #expect(record.roleLines.contains { $0.hasPrefix("Lee Min-ho") })
    }

    @Test func factsInAnIndentedBlock() throws {
        let record = try Invented.record("""
            Seminar on Water

                Date:   3 March 2011
                Venue:  Hotel Plaza, Lima
                Language:  English

            Dr. Ann Lee chaired the seminar.
            """)
        #expect(record.event.venue == "Hotel Plaza, Lima")
    }

    @Test func pluralEventsWithoutAnEditionAreNoSeries() throws {
        let record = try Invented.record("""
            Public Hearings on Water Tariffs
            Regulator promises review

            3 March 2011

            Dr. Ann Lee chaired the hearing.
            """)
        #expect(record.event.title == "Public Hearings on Water Tariffs")
    }
}

@Suite struct IndentedParagraphTests {
    /// An indented paragraph's first line that begins with a word of a part is no heading.
    @Test func indentedParagraph() {
        let lexicon = GenreLexicon.builtIn
        func heading(_ text: String) -> Heading? { Headings.heading(LineShape(SourceLine(number: 1, indent: 4, text: text)), lexicon) }
        #expect(heading("Opening remarks were delivered by") == nil)
        #expect(heading("Session 3: Field visit to the Kajjansi monitoring wells") != nil)
        #expect(heading("Opening Session") != nil)
    }
}
