import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A Latin American ministry's release in English: the site named by its domain over its motto, the type with its number
/// ("Press release N° 214-24"), a dateline in Spanish, and the calques of Spanish the translation keeps ("The inauguration was in
/// charge of", "exposed on", "Emb.", "Min. Consejero").
@Suite struct TranslatedReleasesTests {

    static let page = """
        gob.pe
        Plataforma digital única del Estado Peruano

        Ministry of Foreign Affairs
        Ministerio de Relaciones Exteriores

        Home > News > Press releases

        Press release N° 214-24

        Foreign Ministry held the International Seminar on Ports

        Lima, 12 de junio de 2024

        The Ministry of Foreign Affairs held yesterday, Tuesday 11 June, in the Golden Hall of the Torre Tagle Palace, the International Seminar on ports and trade.

        The inauguration was in charge of the Vice Minister of Foreign Affairs, Ambassador Rosa Valdivieso, who highlighted the port of Chancay.

        Next, the Director of the Diplomatic Academy, Emb. Luis Tokumori, presented the objectives of the seminar.

        In the first block, the President of the National Port Authority, Dra. Carmen Quispe, exposed on the national port plan. The dialogue was moderated by the Director General of Asia, Consejero Jorge Arakaki.
        """

    @Test func theHeadlineUnderTheSitesLines() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("9: document-type \"Press release\" by cue document-type.line"))
        #expect(facts.contains("11: title \"Foreign Ministry held the International Seminar on Ports\" by cue title.line"))
        #expect(facts.contains("13: issued \"2024-06-12\" by cue date.page"))
        #expect(DocumentTypes.line("Press release N° 214-24", .builtIn) == "Press release")
    }

    @Test func theCalquesOfSpanish() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains { $0.hasPrefix("17: opening-speaker \"Rosa Valdivieso\"") })
        #expect(facts.contains { $0.hasPrefix("19: presenter \"Luis Tokumori\"") })
        #expect(facts.contains { $0.hasPrefix("21: presenter \"Carmen Quispe\"") })
        #expect(facts.contains { $0.hasPrefix("21: moderator \"Jorge Arakaki\"") })
    }
}
