import Foundation
import Testing
@testable import ProceedingsKit

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
