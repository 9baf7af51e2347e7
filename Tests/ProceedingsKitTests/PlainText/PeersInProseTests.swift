import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A peer's title names a place, and the place is part of the name wherever it is printed: on a roster line and in a sentence
/// that lists witnesses or speakers, not only on the roster.
@Suite struct PeersInProseTests {

    @Test func aPeersPlaceStaysWithTheName() throws {
        let record = try Invented.record(body: """
            Witnesses

            II: Lord Pennington of Wrexham, former Trade Envoy to Chile; and Dr Alejandra Moscoso, Senior Fellow, Westbridge Institute.

            The closing remarks were made by Baroness Okafor of Kentish Town.
            """)
        let names = record.persons.map(\.name)
        #expect(names.contains("Pennington of Wrexham"))
        #expect(names.contains("Okafor of Kentish Town"))
        let pennington = try #require(record.persons.first { $0.name == "Pennington of Wrexham" })
        let affiliation = record.participations.first { $0.personId == pennington.id }?.affiliation ?? ""
        #expect(affiliation.hasPrefix("former Trade Envoy"))
    }

    @Test func aBodyAfterOfIsWhereTheyWork() throws {
        // "Lord Jansen of the Institute" and "of Oxford University" name a body, not a peer's place.
        let record = try Invented.record(body: "The session was chaired by Lord Jansen of Oxford University.")
        #expect(record.persons.map(\.name).contains { $0.hasPrefix("Jansen") && !$0.contains("Oxford") })
        let initials = try Invented.record(body: "Lord Stern of LSE said that the costs of delay would rise.")
        #expect(initials.persons.map(\.name).contains { $0.hasPrefix("Stern") && !$0.contains("LSE") })
    }
}
