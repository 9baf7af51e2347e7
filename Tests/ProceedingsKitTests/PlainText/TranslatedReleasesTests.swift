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

    /// Spanish prints the office first and the name after it, "el alcalde de Cuenca, Ana Ruiz"; the calque keeps the order, so
    /// in a list each office after a name is the next person's. Those who spoke "in a panel" spoke as its panellists.
    @Test func officesBeforeTheirHoldersAndAPanelsMembers() throws {
        let record = try Invented.record(body: """
            During the first day, the mayor of Cuenca (Ecuador), Ana Lucía Tenesaca, the mayor of Valparaíso (Chile), Matías Covarrubias Lenz, and the secretary of environment of Recife (Brazil), Tereza Bezerra de Menezes, shared their experiences in a panel moderated by the journalist Florencia Rabinovich.
            """)
        let roles = record.roles.map { "\($0.role.rawValue): \($0.name) — \($0.affiliation ?? "")" }
        #expect(roles == [
            "panelist: Ana Lucía Tenesaca — mayor of Cuenca (Ecuador)",
            "panelist: Matías Covarrubias Lenz — mayor of Valparaíso (Chile)",
            "panelist: Tereza Bezerra de Menezes — secretary of environment of Recife (Brazil)",
            "moderator: Florencia Rabinovich — journalist",
        ])
        // Written the English way round, the office after a name stays that name's.
        let english = try Invented.record(body: """
            Speakers included Ana Ortiz, the mayor of Cuenca, and Dr. Tomás Vidal, the secretary of environment of Recife.
            """)
        #expect(english.roles.map { $0.affiliation ?? "" } == ["the mayor of Cuenca", "the secretary of environment of Recife"])
    }
}
