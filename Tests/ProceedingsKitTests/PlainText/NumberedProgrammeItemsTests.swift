import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A prefecture's programme: numbered items with their people set in under them, the office in a cell before a name
/// printed family name first, and the regions each speaker reports for. Invented lines.
@Suite struct NumberedProgrammeItemsTests {
    static let page = """
        The 12th Northeast Asia Exchange Symposium was held

        Last updated: March 4, 2024

        The prefecture held the symposium on Saturday, February 10, 2024.

        Program

        1. Opening address
          Governor of Riverland Prefecture  MORIKAMI Kenji

        2. Keynote lecture
          "Why Sister-State Relations Still Matter"
          Professor Emerita, University of Niigata Prefecture  SATO-HIRAI Michiko

        3. Reports from friendship regions
          Liaoning Province, China: Ms. WANG Xiaoyu, Deputy Director-General, Foreign Affairs Office
          Gangwon State, Republic of Korea: Mr. PARK Sung-mo, Director, International Affairs Division
        """

    /// "3. Reports from friendship regions" among items whose people are set in under them is an item too, however cased.
    @Test func anItemInSentenceCaseAmongParts() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map(\.label) == ["1. Opening address", "2. Keynote lecture", "3. Reports from friendship regions"])
    }

    /// "Governor of Riverland Prefecture  MORIKAMI Kenji": the office, then the name in a cell of its own; "Liaoning
    /// Province, China: Ms. WANG Xiaoyu": the region reported for, then who reported; several under an item speak in it.
    @Test func officesInCellsAndRegionsReportedFor() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.map { "\($0.name) \($0.role.rawValue)" } == [
            "MORIKAMI Kenji opening-speaker", "SATO-HIRAI Michiko keynote-speaker", "WANG Xiaoyu speaker", "PARK Sung-mo speaker",
        ])
        #expect(record.roles.first?.affiliation == "Governor of Riverland Prefecture")
    }
}
