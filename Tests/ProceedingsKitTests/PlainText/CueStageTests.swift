import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Cues: the lexicon's phrases, the lexicon files that hold them, and the cues found beside a name.
@Suite struct CueStageTests {
    private func phrase(_ text: String) throws -> CuePhrase {
        try CuePhrase.compile(text).get()
    }

    private func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    private func extended(_ json: String, _ name: String = "mine.json") -> (lexicon: GenreLexicon?, findings: [Finding]) {
        GenreLexicon.extended(with: Array(json.utf8), fileName: name)
    }

    // MARK: - Phrases

    @Test func alternatives() throws {
        let cue = try phrase("moderator|coordinator")
        #expect(cue.matches(in: words("the moderator said")) == [1..<2])
        #expect(cue.matches(in: words("as coordinator")) == [1..<2])
        #expect(cue.matches(in: words("the chair said")).isEmpty)
        #expect(Set(cue.firstWords) == ["moderator", "coordinator"])
    }

    @Test func optionalWords() throws {
        let cue = try phrase("served as [the] coordinator")
        #expect(cue.matches(in: words("she served as the coordinator")) == [1..<5])
        #expect(cue.matches(in: words("she served as coordinator")) == [1..<4])
        #expect(cue.matches(in: words("she served as a coordinator")).isEmpty)
    }

    @Test func gapsOfUpToTwelveWords() throws {
        let cue = try phrase("remarks ... by")
        #expect(cue.matches(in: words("remarks by")) == [0..<2])
        #expect(cue.matches(in: words("remarks on behalf of the government by")) == [0..<7])
        let twelve = Array(repeating: "w", count: 12).joined(separator: " ")
        #expect(cue.matches(in: words("remarks \(twelve) by")) == [0..<14])
        #expect(cue.matches(in: words("remarks \(twelve) w by")).isEmpty)
    }

    @Test func wholeWordsInLowerCase() throws {
        let cue = try phrase("Chair")
        #expect(cue.matches(in: words("the chairperson spoke")).isEmpty)
        #expect(cue.matches(in: words("the chair spoke")) == [1..<2])
    }

    @Test(arguments: ["[the] chair", "chair ...", "...", "a||b", "chair|", "a [b", "a b]", "a ... b ... c ... d", "closed with remarks|a speech"])
    func badPhrasesFail(_ text: String) {
        guard case .failure = CuePhrase.compile(text) else {
            Issue.record("\"\(text)\" compiled")
            return
        }
    }

    /// Two gaps are allowed; a third would let a librarian's phrase make matching explode.
    @Test func twoGapsAreTheMost() throws {
        let cue = try phrase("remarks ... by ... chair")
        #expect(cue.matches(in: words("remarks made today by the new chair")) == [0..<7])
        guard case .failure(let problem) = CuePhrase.compile("a ... b ... c ... d") else {
            Issue.record("three gaps compiled")
            return
        }
        #expect(problem.reason == "at most 2 gaps (...) in a phrase")
    }

    // MARK: - The built-in lexicon

    @Test func builtInLexiconParses() throws {
        let (file, findings) = LexiconFile.parse(PackageResources.genre_lexicon_json, fileName: "genre-lexicon.json")
        #expect(findings.isEmpty)
        let ids = try #require(file).roleCues.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("role.moderator"))
        #expect(ids.contains("role.keynote"))
    }

    @Test func builtInLexiconHoldsTheGenresWords() {
        let lexicon = GenreLexicon.builtIn
        #expect(lexicon.rosterLabels["moderator"]?.id == "label.moderator")
        #expect(lexicon.rosterLabels["moderator"]?.role == .moderator)
        #expect(lexicon.honorifics["prof"] == "Prof.")
        #expect(lexicon.titleWords.contains("director"))
        #expect(lexicon.notNameWords.contains("director"))
        #expect(lexicon.documentTypeHeads.contains("report"))
        #expect(lexicon.eventNouns.contains("forum"))
        #expect(lexicon.reportingVerbs.contains("said"))
        #expect(lexicon.cueWords.contains("served"))
    }

    // MARK: - A librarian's lexicon

    @Test func syntaxErrorNamesLineAndColumn() {
        let (lexicon, findings) = extended("{\n  \"roleCues\": [\n    {\"id\": \"role.custom.x\",, }\n  ]\n}\n", "bad.json")
        #expect(lexicon == nil)
        #expect(findings.map(\.description) == ["bad.json:3:28: error: not JSON: a lexicon is a JSON object (see Resources/genre-lexicon.json)"])
        #expect(findings.map(\.rule.rawValue) == ["lexicon"])
    }

    @Test func unknownRolePointsAtTheEntrysLine() {
        let json = """
            {
              "roleCues": [
                {
                  "id": "role.custom.juggler",
                  "role": "juggler",
                  "phrases": ["juggled"]
                }
              ]
            }
            """
        let (lexicon, findings) = extended(json)
        #expect(lexicon == nil)
        #expect(findings.count == 1)
        #expect(findings.first?.rule.rawValue == "lexicon")
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.line == 4)
        #expect(findings.first?.column == 13)
        #expect(findings.first?.message.hasPrefix("role cue \"role.custom.juggler\": \"role\" must be one of organizer, ") == true)
    }

    @Test func badPhrasePointsAtThePhrase() {
        let json = """
            {
              "roleCues": [
                {
                  "id": "role.custom.bad",
                  "role": "speaker",
                  "phrases": ["spoke", "[the] timekeeper"]
                }
              ]
            }
            """
        let findings = extended(json).findings
        #expect(findings.map { [$0.line, $0.column] } == [[6, 28]])
        #expect(findings.first?.message.hasPrefix("role cue \"role.custom.bad\": phrase \"[the] timekeeper\": ") == true)
    }

    @Test func unknownEntryAndRepeatedIdAreFindings() {
        let json = """
            {
              "roleCue": [],
              "roleCues": [
                {"id": "role.custom.a", "role": "speaker", "phrases": ["orated"]},
                {"id": "role.custom.a", "role": "speaker", "phrases": ["declaimed"]}
              ]
            }
            """
        let findings = extended(json).findings
        #expect(findings.map(\.line) == [2, 4])
        #expect(findings.first?.message.hasPrefix("unknown entry \"roleCue\"") == true)
        #expect(findings.last?.message == "role cue id \"role.custom.a\" is given twice")
    }

    static let timekeeper = """
        {
          "roleCues": [
            {"id": "role.custom.timekeeper", "role": "commentator", "phrases": ["served as timekeeper"]}
          ]
        }
        """

    @Test func extendedLexiconAddsARolePhrase() throws {
        let (lexicon, findings) = extended(Self.timekeeper)
        #expect(findings.isEmpty)
        let extended = try #require(lexicon)
        #expect(extended.roleCues.last?.id == "role.custom.timekeeper")
        #expect(extended.roleCues.count == GenreLexicon.builtIn.roleCues.count + 1)
        #expect(extended.cueWords.contains("served"))
    }

    @Test func builtInLexiconReadsNoRoleFromTimekeeper() throws {
        let record = try Invented.record(body: "Dr. Ann Lee served as timekeeper.")
        #expect(record.roles == [Invented.Role(name: "Ann Lee", role: .participant)])
    }

    @Test func extendedLexiconChangesWhatIsRead() throws {
        let lexicon = try #require(extended(Self.timekeeper).lexicon)
        let result = Invented.read(Invented.header + "Dr. Ann Lee served as timekeeper.\n", lexicon: lexicon)
        let record = try #require(result.record)
        #expect(record.roles == [Invented.Role(name: "Ann Lee", role: .commentator, printed: "served as timekeeper")])
        #expect(result.explanations.map(\.description).last
                == "7: commentator \"Ann Lee\" by cue role.custom.timekeeper (\"served as timekeeper\")")
    }

    // MARK: - Cues beside a name

    private let finder = CueFinder(lexicon: .builtIn)

    private func tokens(_ text: String) -> ArraySlice<Token> {
        Tokenizer.tokenize(text)[...]
    }

    @Test func relativeClauseCue() throws {
        let cue = try #require(finder.relative(tokens(", who served as the coordinator of the panel")))
        #expect(cue.role == .moderator)
        #expect(cue.id == "role.moderator")
        #expect(cue.printed == "served as the coordinator")
        #expect(finder.relative(tokens(", the coordinator")) == nil)
    }

    @Test func theWordBeforeSpeechSaysWhichSpeech() throws {
        let cue = try #require(finder.last(in: tokens("The keynote speech was delivered by")))
        #expect(cue.role == .keynoteSpeaker)
        #expect(cue.id == "role.keynote")
    }

    @Test func adjacentCueMustEndBeforeTheName() throws {
        let cue = try #require(finder.last(in: tokens("remarks on behalf of the government by")))
        #expect(cue.id == "role.speaker.noun-gap-by")
        #expect(finder.last(in: tokens("a lecture on rivers by the lake, and")) == nil)
    }

    @Test func quotedWordsAreNoCue() {
        #expect(finder.first(in: tokens("gave a talk \"On Moderators and Panelists\"")) == nil)
    }

    @Test func reportingVerbOpensWhatFollows() {
        #expect(finder.reportingVerb(opening: tokens(", then outlined the plan")) == "outlined")
        #expect(finder.reportingVerb(opening: tokens("and the river")) == nil)
    }
}

/// A librarian's honorific printed with a period ends no sentence, as the built-in ones do.
@Suite struct LexiconHonorificSentenceTests {
    @Test func ownHonorificEndsNoSentence() {
        #expect(Tokenizer.sentences("Avv. Ann Lee served as timekeeper.").count == 2)
        #expect(Tokenizer.sentences("Avv. Ann Lee served as timekeeper.", honorifics: ["avv": "Avv."]).count == 1)
        // A title printed as a word ("the Judge.") still ends one.
        #expect(Tokenizer.sentences("He thanked the Judge. The session closed.", honorifics: ["judge": "Judge"]).count == 2)
    }
}
