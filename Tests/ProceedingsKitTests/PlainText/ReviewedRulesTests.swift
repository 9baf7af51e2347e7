import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

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

/// Misreadings a review of the wrapped-report, dateline, weekday, session and publisher rules found, each
/// kept from coming back. Invented lines.
@Suite struct ReviewedConventionsTests {
    static func read(_ text: String) throws -> Record { try Invented.record(text) }

    @Test func aPhraseOfTimeIsNoDatelineTown() throws {
        let record = try Self.read("Regional Forum on Water\n\nEarlier this year, on 5 March – International Women's Day – the Network hosted a forum.\n")
        #expect(record.event.venue != "Earlier This Year")
    }

    @Test func aWeekdayStillToComeDatesNothing() throws {
        let record = try Self.read("Regional Forum on Water\n\n12 June 2019\n\nThe Committee met today in Gdansk and will meet again on Thursday to adopt its report.\n")
        #expect(record.event.startDate == "2019-06-12")
        let morning = try Self.read("Regional Forum on Water\n\n12 June 2019\n\nThe Committee met in Gdansk on Tuesday morning to discuss water.\n")
        #expect(morning.event.startDate == "2019-06-11")
    }

    @Test func countedSessionsAndANumberedHeading() throws {
        let counted = try Self.read("""
            Regional Forum on Land

            The Forum was held in Nairobi on 5 June 2019.

            Two sessions examined land tenure in East Africa and
            Southern Africa, with Dr. Ann Lee presenting.
            """)
        #expect(counted.parts.isEmpty)
        let numbered = try Self.read("Regional Forum on Land\n\n5 June 2019\n\nSession 2. Land Tenure and Community Rights in West Africa\n\nMs. Jane Doe said tenure mattered.\n")
        #expect(numbered.parts.map(\.label) == ["Session 2."])
    }

    @Test func placesAfterFromAndAnotherUniversity() throws {
        let places = try Self.read("Regional Forum on Water\n\n5 June 2019\n\nDelegates came from Sierra Leone, the Ministry of Health and Liberia.\n")
        #expect(places.roles.isEmpty)
        let other = try Self.read("UNIVERSITY OF GHANA\nHome | Research | Events\n\nRegional Forum on Water\n\n5 June 2019\n\nExperts met at the University of Nairobi to discuss water.\n")
        #expect(other.organizers.isEmpty)
    }

    @Test func commonWordsAfterASoftHonorificAndEnglishCompounds() throws {
        let record = try Self.read("Regional Forum on Water\n\n5 June 2019\n\nThe Sister Cities Network joined an In-depth discussion with Mr. Whitaker III.\n")
        #expect(record.roles.map(\.name) == ["Whitaker III"])
        #expect(record.persons.first?.familyName == "Whitaker")
    }
}
