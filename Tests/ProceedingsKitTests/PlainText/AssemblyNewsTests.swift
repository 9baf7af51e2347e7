import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliamentary assembly's and a newsroom's ways of naming people and titling a page. Invented lines.
@Suite struct AssemblyNewsTests {
    /// "Helga X (Denmark, SOC)": a member with the country she sits for and her group; "under the chairmanship of" her.
    @Test func aMemberWithHerCountryAndGroup() throws {
        let record = try Invented.record(body: """
            Meeting in Oslo under the chairmanship of Helga Vestby (Denmark, SOC), the committee held a hearing.

            In the discussion, Sofie Lambert (Belgium, ALDE) and Andrius Zemaitis (Lithuania) asked about extradition.
            """)
        #expect(record.roleLines == ["Helga Vestby chair", "Sofie Lambert participant", "Andrius Zemaitis participant"])
    }

    /// A body's name in brackets after a name is no country: "Ministry of Foreign Affairs (Denmark)" names no one.
    @Test func aBodyWithItsCountryIsNoPerson() throws {
        let record = try Invented.record(body: "Officials of the Ministry of Foreign Affairs (Denmark) attended the hearing.")
        #expect(record.persons.isEmpty)
    }

    /// "- A, ...;" / "- B, Head of Division, Department X.": the list's last item closes it with a full stop, and may run
    /// longer than a roster's line.
    @Test func theLastItemOfAListEndsWithAFullStop() throws {
        let record = try Invented.record(body: """
            The committee then heard from:
            - Professor Jan Wolski, Faculty of Law, University of Gdansk;
            - Elif Kara, lawyer, who spoke by video link;
            - Matthias Roemer, Head of Division, Department for the Execution of Judgments of the European Court of Human Rights.
            """)
        #expect(record.roleLines == ["Jan Wolski speaker", "Elif Kara speaker", "Matthias Roemer speaker"])
    }

    /// A sentence under a bullet keeps its full stop: no list of items closed by semicolons stands above it.
    @Test func aBulletedSentenceIsNoListItem() throws {
        let record = try Invented.record(body: """
            Key points:
            - Participants agreed that the rules need review.
            - Anna Berg, Chair of the Board.
            """)
        #expect(!record.roleLines.contains("Anna Berg speaker"))
    }

    /// The committee's name over a headline that says what it did: the headline is the title.
    @Test func aBodyOverTheHeadlineIsItsKicker() throws {
        let record = try Invented.record("""
            Committee on Legal Affairs and Human Rights
            Transnational repression: Legal Affairs Committee hears victims and experts in Paris
            18/03/2025

            Meeting in Paris today, the committee held a hearing on transnational repression with victims and experts.
            """)
        #expect(record.event.title == "Transnational repression: Legal Affairs Committee hears victims and experts in Paris")
    }

    /// "Committee on Energy" over a line that says nothing happened keeps its title: that is the record's own name.
    @Test func aBodyOverAShortLineKeepsTheTitle() throws {
        let record = try Invented.record("""
            Committee on Energy
            Bill 147, An Act to amend the Power Rates Act
            18 March 2025

            The committee held a hearing on the power rates of the islands with officials of the regulator and consumers.
            """)
        #expect(record.event.title == "Committee on Energy")
    }

    /// "Research event summary" over the title is what the page is; "Event report: ‘...’ symposium" says it before the title.
    @Test func typesOverAndBeforeTheTitle() throws {
        let over = try Invented.record("""
            Research event summary
            Critical minerals and industrial strategy: securing supply in a fragmented market
            Published 19 June 2025

            On 4 June 2025 the Centre convened a roundtable with around 25 participants from government and industry.
            """)
        #expect(over.document.documentType == "Research event summary")
        #expect(over.event.title == "Critical minerals and industrial strategy: securing supply in a fragmented market")
        let before = try Invented.record("""
            Event report: ‘Placenames, Memory and Belonging’ symposium
            Posted: Thursday, 27 March 2025

            The Institute hosted a one-day symposium on placenames in the Research Building on Friday 21 March.
            """)
        #expect(before.document.documentType == "Event report")
        #expect(before.event.title == "‘Placenames, Memory and Belonging’ symposium")
    }

    /// "X, a psychologist at Y, described ...": past what the person is, between commas, the verb of speech is hers.
    /// '"...," said X': the name after a quotation and its verb spoke.
    @Test func speakersPastTheirDescriptionAndAfterAQuotation() throws {
        let record = try Invented.record(body: """
            Sigrid Olafsdottir, a psychologist at the Directorate of Health, described the rules parents agreed on.

            "We want to be asked, not just regulated," said Frida Sorlie.

            "It is a start", says Jon Moe.
            """)
        #expect(record.roleLines == ["Sigrid Olafsdottir speaker", "Frida Sorlie speaker", "Jon Moe speaker"])
    }

    /// A description that goes on into a list or a relative clause is no apposition to pass over.
    @Test func aListIsNoDescription() throws {
        let record = try Invented.record(body: "Anna Berg, the Chair and Olof Lund attended the opening.")
        #expect(!record.roleLines.contains { $0.hasSuffix("speaker") })
    }

    /// "Two members of the Youth Council (UNR), A and B, talked about ...": names set off after a noun of people that opens
    /// the sentence; "talked" is a verb of speech.
    @Test func namesSetOffAfterANounOfPeople() throws {
        let record = try Invented.record(body: """
            Two members of the Nordic Youth Council (UNR), Elias Nystrom and Frida Sorlie, talked about young people's views.

            In the Nordic Region, Paris and London were discussed as examples.
            """)
        #expect(record.roleLines == ["Elias Nystrom speaker", "Frida Sorlie speaker"])
    }
}
