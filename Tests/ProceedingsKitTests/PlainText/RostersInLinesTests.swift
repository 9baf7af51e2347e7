import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// People as lines and lists print them: a name wrapped across two lines of a paragraph, several people
/// after one label told apart by their honorifics, a trade in lower case before a name, a firm of partners.
/// Invented lines.
@Suite struct RostersInLinesTests {
    @Test func nameWrappedAcrossLines() throws {
        let record = try Invented.record("""
            Dialogue on Maritime Awareness

            3 March 2011

            Session II

            The lead-off speakers, Mr. Jean-Baptiste
            RAZAFINDRAKOTO (Madagascar Fisheries Observatory) and Mr. Oliver
            PEMBERTON-HAYES (Ocean Watch Trust), described the use of satellite
            radio-frequency detection.
            """)
        #expect(record.roleLines == ["Jean-Baptiste RAZAFINDRAKOTO lead-off-speaker", "Oliver PEMBERTON-HAYES lead-off-speaker"])
        #expect(record.sections.isEmpty)
    }

    @Test func peopleAfterOneLabelByTheirHonorifics() throws {
        let record = try Invented.record(body: """
            Co-moderators: Mr. Haziq Iskandar bin Mohd Yusof, MYCC, and Ms. Karolina Wiśniewska-Berg, CAEPS Visiting Fellow

            Presentations: Dr. Tenzin Norbu Sherpa (Himalayan Centre), comparing warning systems; Mr. Julio César Ramos (Huaraz Office), on drills
            """)
        #expect(record.roleLines == ["Haziq Iskandar bin Mohd Yusof moderator", "Karolina Wiśniewska-Berg moderator",
                                     "Tenzin Norbu Sherpa presenter", "Julio César Ramos presenter"])
        #expect(record.participations.compactMap(\.affiliation) == ["MYCC", "CAEPS Visiting Fellow", "Himalayan Centre", "Huaraz Office"])
    }

    @Test func tradeInLowerCaseBeforeAName() throws {
        let record = try Invented.record(body: """
            The panel brought together Detective Inspector Claire Mbatha and defence barrister Kwame Asante-Boateng. Later, master carpenter Lê Quang Huy demonstrated jointing.
            """)
        #expect(record.roles.map(\.name) == ["Claire Mbatha", "Kwame Asante-Boateng", "Lê Quang Huy"])
        #expect(record.participations.compactMap(\.affiliation).contains("defence barrister"))
    }

    @Test func personOfAFirmOfPartners() throws {
        let record = try Invented.record(body: "The panel heard from Jonathan Ebrahimi-Clarke of Atlantic Infrastructure Partners.")
        #expect(record.roles.map(\.name) == ["Jonathan Ebrahimi-Clarke"])
    }
}

/// Bullets after "Three discussants reacted:" that each open with a person are each that person's, not
/// points of the first; lead presentations are the lead-off; a granddaughter is described as a person.
@Suite struct DiscussantBulletsTests {
    @Test func eachBulletItsOwnPerson() throws {
        let record = try Invented.record(body: """
            Three discussants reacted to the presentation:
            • Ms. Nguyen Thi Thu Ha, Vietnam Federation of Rural Power Cooperatives, described a cooperative model;
            • Mr. Chanthavong Phommachanh, founder of the mini-grid operator SunVillage Laos, argued that tariffs were too low;
            • Dr. Pieter de Wit, Programme Manager at the Nordic Energy Access Trust, outlined a financing window.
            """)
        #expect(record.roleLines == ["Nguyen Thi Thu Ha commentator", "Chanthavong Phommachanh commentator", "Pieter de Wit commentator"])
    }

    @Test func leadPresentationsAndAGranddaughter() throws {
        let record = try Invented.record(body: """
            Lead presentations were delivered by Dr. Ahmad bin Yusof (Tsunami Centre) and by Ms. Teuila Faasavalu (Red Cross). Sara Tembe Nhantumbo, the poet’s granddaughter, read a poem, and the literary translator Jean-Marc Dufresne spoke.
            """)
        #expect(record.roles.map(\.name) == ["Ahmad bin Yusof", "Teuila Faasavalu", "Sara Tembe Nhantumbo", "Jean-Marc Dufresne"])
        #expect(record.roles.prefix(2).allSatisfy { $0.role == .leadOffSpeaker })
    }
}
