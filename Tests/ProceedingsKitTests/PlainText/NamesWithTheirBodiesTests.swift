import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Names printed with no honorific and no title, vouched for by the short name of the body in brackets after them, or
/// by the verb of taking part that ends their list. Invented lines.
@Suite struct NamesWithTheirBodiesTests {
    @Test func aBodysShortNameInBrackets() throws {
        let record = try Invented.record(body: """
            A panel discussion chaired by broadcaster Colm Rice brought together Orla Nic Aodha (TG4), Ciarán Ó Dubhda (Raidió Fáilte, Belfast) and Dr Aoife Breen (Ulster University).
            """)
        #expect(record.roleLines == ["Colm Rice chair", "Orla Nic Aodha panelist", "Ciarán Ó Dubhda panelist", "Aoife Breen panelist"])
        #expect(record.roles.map(\.affiliation)[1] == "TG4")
    }

    @Test func theLastOfAListBeforeAVerbOfTakingPart() throws {
        let record = try Invented.record(body: """
            Jane Okafor (CSIS) and Omar Haddad attended the meeting.
            """)
        #expect(record.persons.map(\.name) == ["Jane Okafor", "Omar Haddad"])
    }

    /// A subject or a body printed with its short name in brackets is no person.
    @Test func noBodyInTheBrackets() throws {
        let record = try Invented.record(body: """
            The report on Climate Change (CC) was adopted. The Asian Development Bank (ADB) hosted the dinner.
            """)
        #expect(record.persons.isEmpty)
    }

    /// "co-organized with the Foundation in Viet Nam the international conference": a place's name ends before the words
    /// in lower case that go on with the sentence.
    @Test func aPlaceEndsBeforeTheSentenceGoesOn() throws {
        let record = try Invented.record(body: """
            On 17 October 2024, the Institute of World Economics co-organized with the Hanns Seidel Foundation in Viet Nam the international conference "Green transition in ASEAN".
            """)
        #expect(record.event.venue == "Viet Nam")
    }

    /// A name vouched for by the body it speaks for: "X of ICC Greenland", "On behalf of the Saami Council, X", "was
    /// represented by X".
    @Test func whoSpokeForABody() throws {
        let record = try Invented.record(body: """
            Pipaluk Rosing Berthelsen of ICC Greenland presented findings from community workshops. On behalf of the Saami Council, Máret Ánne Sara presented an update on reindeer herding. The Aleut Association was represented by Vera Shishkina-Orlova, who spoke on salmon declines.
            """)
        #expect(record.roleLines == ["Pipaluk Rosing Berthelsen presenter", "Máret Ánne Sara presenter", "Vera Shishkina-Orlova speaker"])
    }
}
