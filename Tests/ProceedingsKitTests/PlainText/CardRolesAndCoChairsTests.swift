import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A speaker's card with the person's part printed under the name; co-chairs whose titles open with a country's possessive;
/// a body whose name runs through "of the"; the place a meeting took place after the participles that describe it.
@Suite struct CardRolesAndCoChairsTests {

    @Test func theRoleUnderTheNameOnACard() throws {
        let roles = try Invented.roles(of: """
            Speakers

            Captain Mariam Okafor
            Head of Maritime Security, International Chamber of Shipping

            Tom Whitcombe
            Chair
            Deputy Director, Global Economy Programme, Chatham House
            """)
        #expect(roles == ["Mariam Okafor speaker", "Tom Whitcombe chair"])
    }

    @Test func aLabelOverTheNextCardIsNotTheCardsRole() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            Chair
            Dr Anna Berg
            Moderator
            Dr Paul Ray
            Director, Coastal Institute
            """)
        #expect(record.roleLines == ["Anna Berg chair", "Paul Ray moderator"])
    }

    @Test func coChairsWhoseTitlesOpenWithAPossessive() throws {
        let record = try Invented.record(body: """
            The meeting was co-chaired by Samoa’s Minister of Finance, Hon. Seiuli Tapu, and Grenada’s Minister of Finance and Economic Development, Hon. Marlene Joseph-Bascombe.
            """)
        #expect(record.roleLines == ["Seiuli Tapu chair", "Marlene Joseph-Bascombe chair"])
    }

    @Test func aBodyWhoseNameRunsThroughOfThe() throws {
        let record = try Invented.record(body: """
            In a keynote address, Professor Kenrick Lall of the University of the West Indies argued that swaps should be standard.
            """)
        #expect(record.roles.first?.affiliation == "the University of the West Indies")
    }

    @Test func wherTheMeetingTookPlaceAfterItsParticiples() throws {
        let record = try Invented.record("""
            Small states press for faster access to climate finance

            30 April 2025

            The Ministerial Meeting on Climate Finance, convened by the Commonwealth Secretariat and hosted by the Government of Samoa, took place from 27 to 29 April 2025 at the Taumeasina Island Resort.
            """)
        #expect(record.event.venue == "Taumeasina Island Resort")
        #expect(record.organizers == ["Commonwealth Secretariat", "Government of Samoa"])
    }

    @Test func theLastOfAListThenWhatTheySpokeOn() throws {
        let record = try Invented.record(body: """
            The first day featured presentations by SIPRI researchers Dr Mikael Strand and Aiko Tanabe-Löfgren on escalation pathways.

            The minister thanked Dr Ana Ruiz and Coastal Partners on behalf of the government.
            """)
        #expect(record.roleLines == ["Mikael Strand presenter", "Aiko Tanabe-Löfgren presenter", "Ana Ruiz participant"])
    }
}
