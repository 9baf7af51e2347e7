import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Layout: lines, their markers, headings, roster lines, words and sentences.
@Suite struct LayoutStageTests {
    // MARK: - Source text

    @Test func linesAreNumberedAsInTheFileWhateverTheLineEnding() throws {
        guard case .success(let lines) = SourceText.decode(Array("One\r\nTwo\rThree\n".utf8), fileName: "x.txt") else {
            Issue.record("not decoded")
            return
        }
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map(\.text) == ["One", "Two", "Three", ""])
    }

    @Test func tabsBecomeIndentAndOddSpacesBecomeSpaces() throws {
        guard case .success(let lines) = SourceText.decode(Array("\t• Point\u{00A0}one  \n".utf8), fileName: "x.txt") else {
            Issue.record("not decoded")
            return
        }
        #expect(lines[0].indent == 4)
        #expect(lines[0].text == "• Point one")
    }

    // MARK: - Line shapes

    @Test func markersOuterFirst() {
        let shape = LineShape(SourceLine(number: 1, indent: 2, text: "3. -- Even though"))
        #expect(shape.markers == [.number("3.", 3), .bullet("--")])
        #expect(shape.body == "Even though")
        #expect(shape.isBullet)
    }

    @Test func numberingStyles() {
        func marker(_ text: String) -> Marker? { LineShape(SourceLine(number: 1, indent: 0, text: text)).markers.first }
        #expect(marker("(2) Session") == .number("(2)", 2))
        #expect(marker("IV. Closing") == .number("IV.", 4))
        #expect(marker("(b) Second") == .number("(b)", 2))
        #expect(marker("1.) First") == .number("1.)", 1))
        #expect(marker("• Point") == .bullet("•"))
        #expect(marker("2011 was a year") == nil)
    }

    // MARK: - Headings and roster lines

    @Test func sessionHeadingWithNumberWordAndTitle() throws {
        let shape = LineShape(SourceLine(number: 1, indent: 0, text: "(2) Session Two: Water and Peace"))
        let heading = try #require(Headings.heading(shape, .builtIn))
        guard case .part(.session) = heading.target else {
            Issue.record("not a session: \(heading.target)")
            return
        }
        #expect(heading.label == "(2) Session Two:")
        #expect(heading.number == 2)
        #expect(heading.title == "Water and Peace")
    }

    @Test func aSentenceIsNoHeading() {
        let shape = LineShape(SourceLine(number: 1, indent: 0, text: "The participants discussed water."))
        #expect(Headings.heading(shape, .builtIn) == nil)
    }

    @Test func rosterLabelGivesRoleAndCue() throws {
        let label = try #require(RosterLines.label("Moderator: Ann Lee, Professor, Kyoto University", .builtIn))
        #expect(label.role == .moderator)
        #expect(label.cue == "label.moderator")
        #expect(label.printed == "Moderator")
        #expect(label.rest == "Ann Lee, Professor, Kyoto University")
        #expect(RosterLines.label("Panelists:", .builtIn)?.plural == true)
        #expect(RosterLines.label("Weather: fine", .builtIn) == nil)
    }

    @Test func rosterPersonWithBracketedAffiliation() throws {
        let (printed, affiliation) = try #require(RosterLines.person("Prof. Ann Lee (Kyoto University)", .builtIn))
        #expect(printed.honorific == "Prof.")
        #expect(printed.name == "Ann Lee")
        #expect(affiliation == "Kyoto University")
    }

    @Test func pageFurnitureIsResidue() {
        #expect(Residue.matches("Back to Index"))
        #expect(Residue.matches("(photo) The panel on stage"))
        #expect(Residue.isMasthead("Department of Records • News Division • Kyoto"))
        #expect(!Residue.matches("Back to the river, the panel turned to floods."))
    }

    // MARK: - Words

    @Test func tokensKeepAbbreviationsAndInitialismsAndMarkQuotations() {
        let tokens = Tokenizer.tokenize("H.E. Mr. Sato cited \"Rivers Now\" (Acme Inc.) today.")
        #expect(tokens.map(\.text) == ["H.E.", "Mr.", "Sato", "cited", "\"", "Rivers", "Now", "\"", "(", "Acme", "Inc.", ")", "today"])
        #expect(tokens.filter(\.quoted).map(\.text) == ["Rivers", "Now"])
    }

    @Test func possessiveIsNotPartOfTheBareWord() {
        #expect(Tokenizer.tokenize("Lee's")[0].bare == "Lee")
    }

    // MARK: - Sentences

    @Test func sentenceDoesNotEndInsideBrackets() {
        let sentences = Tokenizer.sentences("The session was chaired by Ann Lee (Head, Acme Inc. Frontier Lab). She spoke first.")
        #expect(sentences == ["The session was chaired by Ann Lee (Head, Acme Inc. Frontier Lab).", "She spoke first."])
    }

    @Test func periodOfAnUnknownAbbreviationInsideBracketsEndsNoSentence() {
        let sentences = Tokenizer.sentences("Bob Stone (Chief, Water Dept. Kyoto City) spoke first. Ann Lee replied.")
        #expect(sentences == ["Bob Stone (Chief, Water Dept. Kyoto City) spoke first.", "Ann Lee replied."])
    }

    @Test func honorificAbbreviationsDoNotSplitSentences() {
        let sentences = Tokenizer.sentences("Then Dr. Ann Lee and Mr. Bob Stone spoke. Prof. Carl Marsh replied. H.E. Mr. Sato closed.")
        #expect(sentences == ["Then Dr. Ann Lee and Mr. Bob Stone spoke.", "Prof. Carl Marsh replied.", "H.E. Mr. Sato closed."])
    }

    @Test func anInitialDoesNotEndTheSentence() {
        let sentences = Tokenizer.sentences("Kelly T. Clements, Deputy High Commissioner, said that refugees matter. The panel agreed.")
        #expect(sentences == ["Kelly T. Clements, Deputy High Commissioner, said that refugees matter.", "The panel agreed."])
    }

    @Test func quotationEndingInAPeriodEndsTheSentence() {
        let sentences = Tokenizer.sentences("He called it \"a start.\" The panel agreed.")
        #expect(sentences == ["He called it \"a start.\"", "The panel agreed."])
    }

    @Test func bracketLeftOpenDoesNotSwallowTheParagraph() {
        let long = Array(repeating: "word", count: 120).joined(separator: " ")
        let sentences = Tokenizer.sentences("An open (bracket \(long). Next sentence.")
        #expect(sentences.count == 2)
        #expect(sentences.last == "Next sentence.")
    }

    // MARK: - End to end

    @Test func affiliationInBracketsKeepsItsInnerPeriod() throws {
        let record = try Invented.record(body: "The session was chaired by Bob Stone (Chief, Water Dept. Kyoto City), who opened the discussion.")
        #expect(record.roles == [Invented.Role(name: "Bob Stone", role: .chair, printed: "chaired", affiliation: "Chief, Water Dept. Kyoto City")])
    }

    @Test func honorificsInProseKeepTheSentenceWhole() throws {
        let record = try Invented.record(body: "Comments were made by Dr. Ann Lee and Mr. Bob Stone on the state of the rivers.")
        #expect(record.persons.map(\.name) == ["Ann Lee", "Bob Stone"])
        #expect(record.persons.map(\.honorific) == ["Dr.", "Mr."])
        #expect(record.statements.count == 1)
    }
}
