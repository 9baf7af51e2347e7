import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Assembly: one identity per person, the record, and the explanation of every fact read.
@Suite struct AssemblyStageTests {
    private let lexicon = GenreLexicon.builtIn

    private func name(_ text: String) throws -> PrintedName {
        try #require(Names.parse(text, lexicon))
    }

    // MARK: - Registry

    @Test func laterMentionsAreThePersonIntroducedFirst() throws {
        var registry = Registry()
        let first = registry.person(try name("Dr. Bronwyn Castellano"), line: 3)
        #expect(first == "bronwyn-castellano")
        #expect(registry.person(try name("Dr. Castellano"), line: 7) == first)
        // A slip in one of the two names: the same person.
        #expect(registry.person(try name("Bronwyn Castelano"), line: 9) == first)
        #expect(registry.persons.count == 1)
        #expect(registry.persons[0].lines == [3, 7, 9])
        #expect(registry.persons[0].honorific == "Dr.")
    }

    @Test func surnameFirstThenFullNameTakesTheFullName() throws {
        var registry = Registry()
        let id = registry.person(try name("Mr. Stone"), line: 2)
        #expect(registry.person(try name("Bob Stone"), line: 5) == id)
        #expect(registry.persons[0].name == "Bob Stone")
        #expect(registry.persons[0].variants == ["Stone"])
    }

    @Test func twoIntroductionsOfOneSurnameAreTwoPeople() throws {
        var registry = Registry()
        _ = registry.person(try name("Ann Lee"), line: 1, introduction: true)
        _ = registry.person(try name("Dr. Lee"), line: 2, introduction: true)
        #expect(registry.persons.map(\.id) == ["ann-lee", "lee"])
    }

    @Test func ambiguousSurnameMatchesNoOne() throws {
        var registry = Registry()
        _ = registry.person(try name("Ann Lee"), line: 1)
        _ = registry.person(try name("Tom Lee"), line: 2)
        #expect(registry.match(try name("Mr. Lee")) == nil)
    }

    @Test func organizationsMatchNearSpellings() {
        var registry = Registry()
        let id = registry.organization("Ministry of Water", line: 1)
        #expect(registry.organization("Mnistry of Water", line: 4) == id)
        #expect(registry.organizations.map(\.lines) == [[1, 4]])
    }

    // MARK: - Explanations

    @Test func explanationDescription() {
        let role = Explanation(line: 9, fact: "moderator", value: "Akira Ozeki", cue: "role.moderator", printed: "served as coordinator")
        #expect(role.description == "9: moderator \"Akira Ozeki\" by cue role.moderator (\"served as coordinator\")")
        let inPart = Explanation(line: 5, fact: "chair", value: "Ann Lee", cue: "label.chair", printed: "Chair", part: "session-1")
        #expect(inPart.description == "5: chair \"Ann Lee\" in session-1 by cue label.chair (\"Chair\")")
        let title = Explanation(line: 1, fact: "title", value: "Seminar on Water", cue: "title.line")
        #expect(title.description == "1: title \"Seminar on Water\" by cue title.line")
    }

    static let workshop = """
        Workshop on River Basins
        (June 27-28, 2011 in Kyoto)

        Session 1: Upstream Water
        Moderator: Ann Lee, Professor, Kyoto University

        The panel included Bob Stone (Osaka Institute) and Carl Marsh (Nagoya Centre), who served as coordinator.
        """

    @Test func explanationsListTitleDatesAndRolesInLineOrder() throws {
        let result = Invented.read(Self.workshop)
        #expect(result.explanations.map(\.description) == [
            "1: title \"Workshop on River Basins\" by cue title.line",
            "2: start-date \"2011-06-27\" by cue date.bracketed",
            "2: end-date \"2011-06-28\" by cue date.bracketed",
            "2: venue \"Kyoto\" by cue venue.bracketed",
            "5: moderator \"Ann Lee\" in session-1 by cue label.moderator (\"Moderator\")",
            "7: panelist \"Bob Stone\" in session-1 by cue role.panelist (\"panel included\")",
            "7: moderator \"Carl Marsh\" in session-1 by cue role.moderator (\"served as coordinator\")",
        ])
    }

    @Test func explanationsNameThePersonAsTheRecordDoes() throws {
        let result = Invented.read(Self.workshop)
        let record = try #require(result.record)
        let named = Set(result.explanations.filter { $0.part != nil }.map(\.value))
        #expect(named == Set(record.persons.map(\.name)))
        #expect(record.participations.map(\.partId) == ["session-1", "session-1", "session-1"])
    }

    @Test func recordOfTheWorkshop() throws {
        let record = try #require(Invented.read(Self.workshop).record)
        #expect(record.id == "invented")
        #expect(record.event.kind == .workshop)
        #expect(record.parts.map(\.id) == ["session-1"])
        #expect(record.parts.first?.title == "Upstream Water")
        #expect(record.organizations.map(\.name) == ["Kyoto University", "Osaka Institute", "Nagoya Centre"])
        #expect(record.document.sourceFile == "invented.txt")
    }

    @Test func everyLineIsAccountedFor() throws {
        let result = Invented.read(Self.workshop)
        #expect(result.lines.map(\.category) == [.header, .header, .blank, .heading, .participant, .blank, .narrative])
    }
}
