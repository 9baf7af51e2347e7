import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A Brazilian university's news in English keeps the calques of Portuguese: "the opening table was composed by A; and by B",
/// "the conference of opening was given by", "counted with the participation of A, of B, and of the professor Dr. C",
/// "with mediation of", "the closing conference".
@Suite struct TranslatedNewsTests {

    static let page = """
        International seminar debates water governance in the semi-arid

        Published: 14/10/2023 09h32

        The Federal University of Pernambuco held, between the days 9 and 11 of October, the 3rd International Seminar on Water Governance, in the Auditorium of the Centre of Technology.

        The opening table was composed by the rector of UFPE, Prof. Dr. Ricardo Tavares; and by the director of the CTG, Prof. Dr. Ewerton Barreto.

        The conference of opening, with the theme "Water, climate and justice", was given by the professor Dr. Abdoulaye Diallo, of the UCAD.

        In the afternoon, the round table counted with the participation of the engineer Dra. Yael Ben-Haim, of the Technion, of the superintendent of the ANA, Dr. Fernando Maciel, and of the professor Dr. Jorge Arrais, of the Federal University, with mediation of the professor Dr. Paulo Amorim (UFPE).

        The closing conference was given by the former minister Dr. Francisco Benevides.
        """

    @Test func theCalquesOfPortuguese() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("7: opening-speaker \"Ricardo Tavares\" by cue role.opening.noun (\"opening table was composed by\")"))
        #expect(facts.contains("7: opening-speaker \"Ewerton Barreto\" by cue role.opening.noun (\"opening table was composed by\")"))
        #expect(facts.contains("9: keynote-speaker \"Abdoulaye Diallo\" by cue role.keynote (\"conference of opening\")"))
        for name in ["Yael Ben-Haim", "Fernando Maciel", "Jorge Arrais"] {
            #expect(facts.contains("11: panelist \"\(name)\" by cue role.panelist (\"round table counted with\")"), "\(name)")
        }
        #expect(facts.contains("11: moderator \"Paulo Amorim\" by cue role.moderator (\"with mediation of\")"))
        #expect(facts.contains("13: closing-speaker \"Francisco Benevides\" by cue role.closing.noun (\"closing conference\")"))
    }

    @Test func aTitleInLowerCaseAfterItsArticle() {
        #expect(MentionFinder.withoutTitleInLowerCase(", and of the professor", .builtIn) == ", and of")
        // Only a title: "the report" stays.
        #expect(MentionFinder.withoutTitleInLowerCase(", and of the report", .builtIn) == ", and of the report")
    }

    /// "the secretary of environment of Recife, X", "the head of research, Y": an office in lower case with its portfolio after
    /// "of", then the name set apart by commas.
    @Test func anOfficeWithItsPortfolioInLowerCase() {
        let facts = Invented.explain("""
            Urban Resilience Forum

            21 March 2024

            The forum took place at the Montevideo Town Hall.

            The secretary of environment of Recife, Tereza Menezes, spoke on flooding. The head of research, Ana Ruiz, closed the forum.

            The report of the commission, Annex B, was adopted.
            """)
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Tereza Menezes\"") })
        #expect(facts.contains { $0.hasPrefix("7: closing-speaker \"Ana Ruiz\"") })
        // "report" is no office: nothing after it is a person.
        #expect(!facts.contains { $0.hasPrefix("9:") })
    }
}
