import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A municipal council's minutes: the members listed under a label that named the first of them, each office before the
/// name; who moved and who seconded, each on a labelled line; the matters an item takes up, numbered under it. Invented
/// lines.
@Suite struct CouncilMotionsTests {
    static let page = """
        Regular Council Meeting

        Minutes

        Date: Monday, April 8, 2024

        Members Present: Mayor Brenda Kowalchuk
        Deputy Mayor Raymond Tremblay
        Councillor Émilie Gagnon
        Councillor Darren MacPhail

        1. Adoption of Minutes

        Moved by: Councillor Gagnon
        Seconded by: Councillor MacPhail

        That the minutes be adopted as circulated.

        2. Staff Reports

        2.1 CAO-2024-07 Operating Budget Variance Report – First Quarter

        The report was received for information.

        3. Adjournment
        """

    @Test func theMembersUnderTheLabelThatNamedTheFirst() throws {
        let record = try Invented.record(Self.page)
        for name in ["Brenda Kowalchuk", "Raymond Tremblay", "Émilie Gagnon", "Darren MacPhail"] {
            #expect(record.persons.contains { $0.name == name }, "\(name)")
        }
    }

    @Test func whoMovedAndWhoSecondedAreTheMembers() throws {
        let record = try Invented.record(Self.page)
        #expect(record.persons.count == 4)
        #expect(!record.persons.contains { $0.name.includes("Seconded") })
    }

    @Test func theMattersOfAnItemArePartsAndTheItemsGoOn() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map(\.label) == ["1. Adoption of Minutes", "2. Staff Reports",
                                              "2.1 CAO-2024-07 Operating Budget Variance Report – First Quarter", "3. Adjournment"])
    }
}

/// A state legislature's minutes: its conferees are listed among those present and present their matters in the items;
/// those the questions came from asked them. Invented lines.
@Suite struct ConfereesTests {
    @Test func confereesPresentAndMembersAsk() throws {
        let record = try Invented.record(body: """
            Members Present
            Senator Jeanette Oyler-Haas
            Representative Tomás Villalobos

            Conferees
            Frank Deschaine, Deputy Secretary, Kansas Department of Administration

            Deputy Secretary Deschaine presented the capital improvement requests. Responding to questions from Senator Oyler-Haas and Representative Villalobos, he stated that cost estimates had increased.
            """)
        #expect(record.roles.first { $0.name == "Frank Deschaine" }?.role == .presenter)
        #expect(record.roles.first { $0.name == "Jeanette Oyler-Haas" }?.role == .participant)
        #expect(record.roles.first { $0.name == "Tomás Villalobos" }?.role == .participant)
    }
}

/// Minutes that head each matter with its title alone, right over the paragraph that records it. Invented lines.
@Suite struct MinutesTopicsTests {
    @Test func aTitleOverItsRecordIsAnItem() throws {
        let record = try Invented.record("""
            MINUTES
            JOINT COMMITTEE ON STATE BUILDING CONSTRUCTION

            September 16, 2025

            Members Present
            Senator Jeanette Oyler-Haas

            Armory Consolidation Plan – Adjutant General's Department
            Colonel Jared Lindqvist presented the Department's plan to close three armories and build a readiness center.

            Budget Review
            Staff of the Legislative Research Department answered questions regarding the federal match.
            """)
        #expect(record.parts.map(\.label) == ["Armory Consolidation Plan – Adjutant General's Department", "Budget Review"])
        #expect(record.roles.first { $0.name == "Jared Lindqvist" }?.role == .presenter)
    }
}
