import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Ranks printed before names in other countries, and a list whose items are closed by semicolons, each with its title
/// and body. Invented lines.
@Suite struct RanksAndSemicolonListsTests {
    /// "HRH Igwe X", "CPA X", "Hon.-Prof. Dr. X": a traditional ruler's, an accountant's and an honorary professor's ranks.
    @Test func ranksOfOtherCountries() throws {
        let record = try Invented.record(body: """
            Dignitaries included the traditional ruler of Nsukka, HRH Igwe Chinedu Ugwu; and CPA Daniel Musyoka of the Budget Office.

            Chair: Hon.-Prof. Dr. Georg Steinbock, Vienna University of Economics
            """)
        #expect(Set(record.persons.map(\.name)) == ["Chinedu Ugwu", "Daniel Musyoka", "Georg Steinbock"])
        #expect(record.roleLines.contains("Georg Steinbock chair"))
    }

    /// "; and the National Coordinator of the Society (NEWSAN), Mrs. C": the last item keeps the list's cue.
    @Test func theLastItemWithABodysShortNameKeepsTheCue() throws {
        let record = try Invented.record(body: """
            Goodwill messages were delivered by the Chief of WASH, UNICEF, Mr. Tomas Ferro; the Commissioner for Water Resources, Kano State, Alhaji Sani Bichi; and the National Coordinator of the Society for Water and Sanitation (NEWSAN), Mrs. Blessing Udo.
            """)
        #expect(record.roleLines == ["Tomas Ferro speaker", "Sani Bichi speaker", "Blessing Udo speaker"])
    }

    /// Indonesian degrees after a name (", M.Si.", ", S.Hut.") are no people, nor is a province before a rank.
    @Test func indonesianDegreesAndAProvince() throws {
        let record = try Invented.record(body: """
            The seminar was opened by the Regional Secretary of Central Kalimantan Province, Drs. Yohanes Eka Saputra, M.Si., representing the Governor.

            The speakers were Dr. Kameloh Jaya, S.Hut., M.Si., from the University, and Dr. Sri Lestari, M.Agr., of the Agency.
            """)
        #expect(Set(record.persons.map(\.name)) == ["Yohanes Eka Saputra", "Kameloh Jaya", "Sri Lestari"])
    }
}
