import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A foreign ministry's release of a bilateral meeting: two co-chairs joined by "and", the second after a long title of a
/// ministry of several portfolios, and each country's delegation listed under a clause that names it.
@Suite struct DelegationsAndCoChairsTests {

    static let page = """
        Mexico and Belize hold bilateral meeting

        On Monday, April 29, 2024, the delegations of Mexico and Belize held a bilateral meeting in Chetumal. The meeting was co-chaired by the Undersecretary for Latin America, Ernesto Villaseñor Ruiz, and the Chief Executive Officer of the Ministry of Foreign Affairs, Foreign Trade and Immigration of Belize, Ambassador Dorothy Castillo-Usher.

        The Mexican delegation was made up of:
        • Ambassador Lucía Montemayor Garza, Ambassador of Mexico to Belize
        • Mtro. Héctor Salvatierra Olvera, Director General for Latin America

        The Belizean delegation included:
        • Ms. Yvette Coc, Chief Executive Officer, Ministry of Home Affairs
        """

    @Test func bothCoChairsAndTheDelegations() throws {
        let record = try #require(Invented.read(Self.page).record)
        #expect(record.role(of: "ernesto-villasenor-ruiz") == .chair)
        #expect(record.role(of: "dorothy-castillo-usher") == .chair)
        #expect(record.role(of: "lucia-montemayor-garza") == .participant)
        #expect(record.role(of: "hector-salvatierra-olvera") == .participant)
        #expect(record.role(of: "yvette-coc") == .participant)
        let lexicon = GenreLexicon.builtIn
        #expect(RosterLines.label("The Mexican delegation was made up of:", lexicon)?.role == .participant)
        #expect(RosterLines.label("Members of the delegation:", lexicon)?.role == .participant)
        // A council's "Delegations" are members of the public who address it, not a country's delegates.
        #expect(RosterLines.label("Delegations", lexicon) == nil)
    }
}
