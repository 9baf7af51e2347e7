import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Mentions: who a sentence names, with the affiliation printed beside them.
@Suite struct MentionStageTests {
    private let lexicon = GenreLexicon.builtIn

    private func mentions(_ sentence: String, registry: Registry = Registry()) -> [Mention] {
        MentionFinder(registry: registry, lexicon: lexicon).mentions(in: sentence)
    }

    // MARK: - Names

    @Test func nameWithHonorificAndCapitalisedFamilyName() throws {
        let name = try #require(Names.parse("Prof. KAI Noritake", lexicon))
        #expect(name.honorific == "Prof.")
        #expect(name.family == "KAI")
        #expect(name.given == "Noritake")
    }

    @Test func nameWithAnInitial() throws {
        let name = try #require(Names.parse("Kelly T. Clements", lexicon))
        #expect(name.given == "Kelly T.")
        #expect(name.family == "Clements")
        #expect(Names.isInitial("T."))
        #expect(!Names.isInitial("Th."))
        #expect(Names.isInitial("Ll.") && Names.isInitial("Ma."))
    }

    @Test func oneWordWithoutHonorificOrAnInstitutionIsNoName() {
        #expect(Names.parse("Sasae", lexicon) == nil)
        #expect(Names.parse("Kyoto Museum", lexicon) == nil)
        #expect(Names.parse("Mr. Sasae", lexicon)?.family == "Sasae")
    }

    // MARK: - Sentences

    @Test func nameWithInstitutionInBracketsIsAPerson() throws {
        let found = mentions("Thomas Franck (New York University School of Law) spoke about law.")
        #expect(found.map(\.printed.name) == ["Thomas Franck"])
        #expect(found.first?.affiliation == "New York University School of Law")
    }

    @Test func nameWithTitleAfterACommaIsAPerson() throws {
        let found = mentions("Koji Tanaka, Director-General for Global Issues, said that law matters.")
        #expect(found.map(\.printed.name) == ["Koji Tanaka"])
        #expect(found.first?.affiliation == "Director-General for Global Issues")
        #expect(found.first?.impliedRole == .speaker)
    }

    @Test func surnameRightAfterATitleIsAPerson() throws {
        let found = mentions("President Sasae offered welcoming remarks.")
        #expect(found.map(\.printed.name) == ["Sasae"])
        #expect(found.first?.affiliation == "President")
        #expect(found.first?.role == .openingSpeaker)
    }

    @Test func authorOfACitedWorkIsNoParticipant() {
        #expect(mentions("Quoting \"Some Book\" by Jane Roe, former Professor at Kyoto University, she said that law matters.").isEmpty)
    }

    @Test func nameInsideAnotherPersonsBracketsIsNoPerson() {
        let found = mentions("Ann Lee (Director, Kyoto Museum for Peace) spoke about peace.")
        #expect(found.map(\.printed.name) == ["Ann Lee"])
        #expect(found.first?.affiliation == "Director, Kyoto Museum for Peace")
    }

    @Test func nameWithAnInitialInASentence() {
        let found = mentions("Kelly T. Clements, Deputy High Commissioner, said that refugees matter.")
        #expect(found.map(\.printed.name) == ["Kelly T. Clements"])
        #expect(found.first?.affiliation == "Deputy High Commissioner")
    }

    @Test func placeAfterAPrepositionIsNoPerson() {
        #expect(mentions("The seminar took place at Akasaka Prince Hotel in Tokyo.").isEmpty)
    }

    @Test func knownPersonBySurname() throws {
        var registry = Registry()
        let id = registry.person(try #require(Names.parse("Ann Lee", lexicon)), line: 1)
        let found = mentions("Lee then answered the questions from the floor.", registry: registry)
        #expect(found.map(\.printed.name) == ["Lee"])
        #expect(registry.match(found[0].printed).map(registry.personId) == id)
    }

    // MARK: - End to end

    @Test func institutionInBracketsEndToEnd() throws {
        let record = try Invented.record(body: "Thomas Franck (New York University School of Law) spoke about the law of the sea.")
        #expect(record.persons.map(\.name) == ["Thomas Franck"])
        #expect(record.roles.map(\.affiliation) == ["New York University School of Law"])
        #expect(record.organizations.map(\.name) == ["New York University School of Law"])
    }

    @Test func titleAfterACommaEndToEnd() throws {
        let record = try Invented.record(body: "Koji Tanaka, Director-General for Global Issues, said that law matters.")
        #expect(record.roles == [Invented.Role(name: "Koji Tanaka", role: .speaker, affiliation: "Director-General for Global Issues")])
    }

    @Test func presidentSurnameIsTheOpeningSpeaker() throws {
        let record = try Invented.record(body: "President Sasae offered welcoming remarks.")
        #expect(record.roles == [Invented.Role(name: "Sasae", role: .openingSpeaker, printed: "welcoming remarks", affiliation: "President")])
        #expect(record.person("sasae")?.familyName == "Sasae")
    }

    @Test func citedAuthorEndToEnd() throws {
        let record = try Invented.record(body: "Quoting \"Some Book\" by Jane Roe, former Professor at Kyoto University, she said that law matters.")
        #expect(record.persons.isEmpty)
        #expect(record.participations.isEmpty)
    }

    @Test func nameInsideBracketsEndToEnd() throws {
        let record = try Invented.record(body: "Ann Lee (Director, Kyoto Museum for Peace) spoke about peace.")
        #expect(record.persons.map(\.name) == ["Ann Lee"])
        #expect(record.person("kyoto-museum") == nil)
        #expect(record.roles.map(\.affiliation) == ["Director, Kyoto Museum for Peace"])
    }
}
