import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Names as the genre prints them beyond "Dr. Given Family": a nickname in quotes, a generation, a
/// saint's abbreviation, capitals with particles, honorifics of other countries, a sender after
/// "message from", and a description that follows a bracket. Invented lines.
@Suite struct NamesAsPrintedTests {
    @Test func nicknameInQuotesIsPartOfTheName() throws {
        #expect(try Invented.roles(of: "The first part was moderated by Mr. Jose Emmanuel “Joey” Dimaculangan of the Migrant Centre.")
            == ["Jose Emmanuel “Joey” Dimaculangan moderator"])
        #expect(try Invented.roles(of: "Respondent: Amb. Margaret \"Peggy\" Thornton-Hayes, Distinguished Fellow, Whitmore Institute")
            == ["Margaret \"Peggy\" Thornton-Hayes respondent"])
    }

    /// A word in quotes that is no nickname stays a quotation: a talk's title names no one.
    @Test func aQuotedTitleIsNoNickname() {
        let title = Tokenizer.tokenize("Dr. Ruiz spoke on “Rivers” Today.")
        #expect(title.first { $0.text == "Rivers" }?.quoted == true)
        let nickname = Tokenizer.tokenize("Dr. Ana “Rivers” Ruiz spoke.")
        #expect(nickname.map(\.text).contains("“Rivers”"))
    }

    @Test func generationAndSaintAreParts() throws {
        #expect(try Invented.roles(of: "Mr. Ramon Villaraza Jr. (Strategic Studies Centre) and Ms. Danielle St. Hill, President of CYEN, presented papers.")
            == ["Ramon Villaraza Jr. presenter", "Danielle St. Hill presenter"])
        let record = try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\nPanelists: Jonathan R. Whitaker III (Bayline Capital), Mara Lind (Coast Office)\n")
        #expect(record.roleLines == ["Jonathan R. Whitaker III panelist", "Mara Lind panelist"])
        #expect(record.persons.first?.familyName == "Whitaker")
    }

    /// "St. Petersburg" alone is a city, not a person.
    @Test func saintAloneIsAPlace() throws {
        #expect(try Invented.roles(of: "The forum met in St. Petersburg, Russia, and Dr. Ana Ruiz spoke.") == ["Ana Ruiz speaker"])
    }

    @Test func capitalsWithParticlesAfterATitle() throws {
        #expect(try Invented.roles(of: "In his keynote address, CDB President Ernesto VALDIVIA DE LA CRUZ said that the region needs money.")
            == ["Ernesto VALDIVIA DE LA CRUZ keynote-speaker"])
    }

    @Test func honorificsOfOtherCountries() throws {
        #expect(try Invented.roles(of: "A panel moderated by W/ro Selamawit Tesfaye, health editor of Addis Health Weekly, met.")
            == ["Selamawit Tesfaye moderator"])
        #expect(try Invented.roles(of: "Proceedings began with a Welcome to Country by Aunty Merle Jackson, an elder.")
            == ["Merle Jackson opening-speaker"])
        #expect(try Invented.roles(of: "The keynote address was delivered by Justice (Rtd) Grace Akinyi Obura, who traced the law.")
            == ["Grace Akinyi Obura keynote-speaker"])
        #expect(try Invented.roles(of: "Hon. Joseph ole Sankale, Member of County Assembly, spoke on grazing.") == ["Joseph ole Sankale speaker"])
    }

    /// The one on whose behalf a message is read, and the sender of a message played or a greeting read, wrote it.
    @Test func sendersOfMessages() throws {
        #expect(try Invented.roles(of: "Mr. Peter Langat read a message on behalf of Hon. Amina Chebet, Cabinet Secretary for Environment.")
            == ["Peter Langat speaker", "Amina Chebet message-author"])
        #expect(try Invented.roles(of: "A video message from Rafael Ocampo Villanueva, Chair of the GECM Board, was played at the opening.")
            == ["Rafael Ocampo Villanueva message-author"])
        #expect(try Invented.roles(of: "She read out a written greeting from State Secretary Jürgen Maaßen, who could not attend.")
            == ["Jürgen Maaßen message-author"])
        // A statement delivered on someone's behalf is still no message of theirs read out: they were not there.
        #expect(try Invented.roles(of: "Mr. Peter Langat spoke on behalf of Minister Amina Chebet.") == ["Peter Langat speaker"])
    }

    /// Past the bracket and what she is, between commas, the verb of speech is hers: she spoke.
    @Test func describedAfterABracket() throws {
        #expect(try Invented.roles(of: "Hana Novák (MA 2011), an organiser with the Care Workers’ Union, described how contracts work.")
            == ["Hana Novák speaker"])
    }

    @Test func describedByABodyOfTheState() throws {
        #expect(try Invented.roles(of: "Dace Ozoliņa from the Latvian State Chancellery spoke about lessons.") == ["Dace Ozoliņa speaker"])
        #expect(try Invented.roles(of: "The best question came from Comfort Adjei of the Volta Youth Parliament.") == ["Comfort Adjei participant"])
    }

    /// "The panelists – A, B and C – presented": a list between dashes; a dash after "Panel 3" opens a title.
    @Test func listBetweenDashes() throws {
        #expect(try Invented.roles(of: "The panelists – Mart Kõiv, Aigerim Sultanbekova and Jonas Petrauskas – presented their project.")
            == ["Mart Kõiv panelist", "Aigerim Sultanbekova panelist", "Jonas Petrauskas panelist"])
        #expect(try Invented.roles(of: "Panel 3 – Planned Relocation and Community Consent") == [])
    }

    /// Dutch, Flemish and Polish pages print academic degrees in lower case before the name: "prof. dr. ir.", "dr.", "ir.".
    /// A lower-case word that is no degree ("a.m.") still names no one.
    @Test func degreesInLowerCase() throws {
        #expect(try Invented.roles(of: """
            The afternoon panel, moderated by dr. Joost Aalders (Geography), brought together ir. Femke Brink (Water Board) and PhD \
            candidate Thijs Roelofs. In the keynote, prof. dr. ir. Anneke van Dam talked about sand.
            """) == ["Joost Aalders moderator", "Femke Brink panelist", "Thijs Roelofs panelist", "Anneke van Dam keynote-speaker"])
        #expect(try Invented.roles(of: "The forum opened at 9 a.m. Kyiv time with remarks by Dr. Ana Ruiz.") == ["Ana Ruiz speaker"])
        // German and Swiss pages name the faculty of a doctorate after it, and a Privatdozent is "PD".
        #expect(try Invented.roles(of: "Prof. Dr. med. Anna Keller and PD Dr. phil. Jonas Frei presented their findings.")
            == ["Anna Keller presenter", "Jonas Frei presenter"])
        // Polish pages print the habilitation after the doctorate: "dr hab.", "prof. dr hab.".
        #expect(try Invented.roles(of: "The Forum was opened by the Director, dr hab. Marek Zielny, and prof. dr hab. Anna Nowak.")
            == ["Marek Zielny opening-speaker", "Anna Nowak opening-speaker"])
    }

    /// A reservist's or a retired officer's mark, a second honorific in brackets, and "Brig." for a brigadier.
    @Test func marksAndBracketedHonorificsBeforeTheName() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            Panel 2

            Moderator: Brig. Gen. (res.) Dr. Udi Barak, Director of the Maritime Program
            Speakers: Colonel (ret.) Ousmane Diallo; Dr. Ana Ruiz

            In her welcome address, the Director, Water Planning, Engr. (Mrs.) Bilkisu Aliyu Sani, said the draft was ready.
            """)
        #expect(record.roleLines == ["Udi Barak moderator", "Ousmane Diallo speaker", "Ana Ruiz speaker", "Bilkisu Aliyu Sani opening-speaker"])
    }
}
