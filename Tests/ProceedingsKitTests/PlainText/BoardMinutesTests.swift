import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Minutes of a county board or a city council: the members by their office in the plural, the officers each office
/// before the name, the public who spoke with the town they come from. Invented lines.
@Suite struct BoardMinutesTests {
    static let page = """
        BOARD OF SUPERVISORS
        REGULAR MEETING MINUTES
        Tuesday, March 4, 2025

        ROLL CALL
        Present: Supervisors Dom Zanger, Kollin Kosmicki, Angela Curro, Chair Mindy Sotelo
        Also Present: County Administrative Officer Ray Espinosa; County Counsel Barbara Thompson; Clerk of the Board Louie Valdez

        1. PUBLIC COMMENT
        Tom Ferreira, Tres Pinos, spoke regarding road conditions on Panoche Road.
        """

    @Test func theMembersAndTheChairByTheirOffices() throws {
        let record = try Invented.record(Self.page)
        for name in ["Dom Zanger", "Kollin Kosmicki", "Angela Curro"] {
            let person = try #require(record.persons.first { $0.name == name })
            #expect(record.participations.contains { $0.personId == person.id && $0.role == .participant })
        }
        let chair = try #require(record.persons.first { $0.name == "Mindy Sotelo" })
        #expect(record.participations.contains { $0.personId == chair.id && $0.role == .chair })
    }

    @Test func officersAreNamedAfterTheirOffice() throws {
        let record = try Invented.record(Self.page)
        let offices = ["Ray Espinosa": "County Administrative Officer", "Barbara Thompson": "County Counsel", "Louie Valdez": "Clerk of the Board"]
        for (name, office) in offices {
            let person = try #require(record.persons.first { $0.name == name })
            #expect(record.participations.first { $0.personId == person.id }?.affiliation == office)
        }
    }

    @Test func theTownOfAMemberOfThePublicIsNoOne() throws {
        let record = try Invented.record(Self.page)
        #expect(record.persons.contains { $0.name == "Tom Ferreira" })
        #expect(!record.persons.contains { $0.name == "Tres Pinos" })
    }

    /// A list of officers is told from a list of people with their bodies, which has commas after the names.
    @Test func officeThenNameNeedsAnOffice() {
        let lexicon = GenreLexicon.builtIn
        #expect(RosterLines.officeThenName("County Counsel Barbara Thompson", lexicon)?.1 == "County Counsel")
        #expect(RosterLines.officeThenName("Clerk of the Board Mary Ann Smith", lexicon)?.0.name == "Mary Ann Smith")
        #expect(RosterLines.officeThenName("Barbara Thompson", lexicon) == nil)
        #expect(RosterLines.officeThenName("Water Resources Management Plan", lexicon) == nil)
    }
}
