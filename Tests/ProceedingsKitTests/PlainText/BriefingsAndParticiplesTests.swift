import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A news story's ways of saying who opened and closed, and who only told of it: a participle before the subject, a
/// spokesperson whose briefing the page summarises, an office held in another year.
@Suite struct BriefingsAndParticiplesTests {

    static func facts(_ sentences: String) -> [String] {
        Invented.explain("Annual Consultations with NGOs\n\nThe Consultations were held in Geneva from 20 to 22 June 2023.\n\n\(sentences)\n")
            .filter { !$0.hasPrefix("1:") && !$0.hasPrefix("3:") }
    }

    @Test func aParticipleBeforeTheSubjectGivesTheRole() {
        let facts = Self.facts("""
            Opening the Consultations, UNHCR's Deputy High Commissioner, Ms. Henrietta Lindgren-Oduya, said that local organizations were first to respond.

            Addressing the closing plenary, Mr. Peter Lokiru Ekai, a youth delegate, urged donors to trust refugee-led groups.
            """)
        #expect(facts.contains { $0.hasPrefix("5: opening-speaker \"Henrietta Lindgren-Oduya\" by cue role.opening.verb") })
        #expect(facts.contains { $0.hasPrefix("7: closing-speaker \"Peter Lokiru Ekai\" by cue role.closing.verb") })
        // A door opened to talks opens nothing.
        #expect(Self.facts("Ms. Ana Ruiz opened the door to talks with donors on the fund.").allSatisfy { !$0.contains("opening-speaker") })
        #expect(Self.facts("The Consultations were officially opened by Dr. Omar Haddad.").contains { $0.hasPrefix("5: opening-speaker \"Omar Haddad\"") })
    }

    @Test func theSpokespersonOfABriefingTookNoPart() {
        let facts = Self.facts("""
            This is a summary of what was said by UNHCR spokesperson Mariam Haddad – to whom quoted text may be attributed – at today's press briefing.
            """)
        #expect(facts == ["5: not-a-participant \"Mariam Haddad\" by cue mention.briefing"])
    }

    @Test func aDeedOfAnotherYearByOneWithATitleBetween() {
        let facts = Self.facts("""
            The format was first proposed by the then Secretary (West), Smt. Rekha Bhattacharya, during her visit to Oslo in 2021.
            """)
        #expect(facts.contains { $0.hasPrefix("5: not-a-participant \"Rekha Bhattacharya\"") })
    }

    @Test func aWelcomeAndIntroductionsInARoster() {
        let facts = Invented.explain("""
            Arctic Governance in a Warming World

            The Polar Institute hosted a conversation on 18 October 2023.

            Speakers

            Welcome and introductions

            Daniel P. Sorensen-Hart
            Director, Canada Institute
            """)
        #expect(facts.contains { $0.hasPrefix("9: opening-speaker \"Daniel P. Sorensen-Hart\"") })
    }
}
