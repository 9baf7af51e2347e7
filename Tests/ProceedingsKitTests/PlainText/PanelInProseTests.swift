import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A think tank's report of an evening panel told in running prose: the hosts in a clause after the
/// date, a moderator in an inverted sentence, "the four panelists" announced, then each panelist the
/// subject of a sentence of their own. Invented lines.
@Suite struct PanelInProseTests {
    static let page = """
        After the Flood: Rivers and Cities

        Rain did not keep a full house away on the evening of Tuesday, 17 October 2023, when the Harbour Institute for Policy (HIP) and the Delta Observatory co-hosted a roundtable on river cities.

        Guiding the conversation was Tom Reyes, a veteran correspondent, who kept the four panelists to strict answers.

        Opening the panel, Dr. Ana Ruiz of the Grid Centre traced the history of the dykes. Karl Berg, Deputy Director of the Observatory, warned of sabotage.

        Mei Tan, a member of parliament, questioned the cost. Dr. Omar Said of the Policy School pushed back.

        Paul Grant, a former regulator, asked from the floor why plans were still national.
        """

    @Test func hostsInAClauseAfterTheDate() throws {
        #expect(try Invented.record(Self.page).organizers == ["Harbour Institute for Policy (HIP)", "Delta Observatory"])
    }

    @Test func announcedPanelistsEachWithAVerb() throws {
        let roles = try Invented.record(Self.page).roleLines
        #expect(roles == ["Tom Reyes moderator", "Ana Ruiz panelist", "Karl Berg panelist", "Mei Tan panelist", "Omar Said panelist",
                          "Paul Grant participant"])
    }

    /// "According to X, ..." opens with no participle; a number of participants announces no role.
    @Test func noAnnouncementWithoutARole() throws {
        let record = try Invented.record(body: """
            More than 200 participants attended. According to Dr. Ana Ruiz, the dykes held.
            """)
        #expect(record.roles.map(\.role) == [.participant])
    }
}

/// A name with no honorific is a person when what follows it describes one ("a former regulator"), and
/// someone whose remark is recalled was not there.
@Suite struct DescribedNamesTests {
    @Test func describedByAPersonNoun() throws {
        let record = try Invented.record(body: """
            Paul Dunne, a former regulator, asked from the floor why plans were still national. He recalled a remark by the Turkana elder Lokol Ekai.
            """)
        #expect(record.roles.map(\.name) == ["Paul Dunne"])
        #expect(Invented.explain(Invented.header + "He recalled a remark by the Turkana elder Lokol Ekai.\n")
            .contains("7: not-a-participant \"Lokol Ekai\" by cue mention.recalled"))
    }
}

/// "A panel ..., moderated by X, heard from A, B and C": those the panel heard from sit on it; those
/// the participants heard from spoke.
@Suite struct HeardFromTests {
    @Test func panelHeardFrom() throws {
        let record = try Invented.record(body: """
            A panel on cash transfers, moderated by Mr. Daniel Okafor of the Kestrel Foundation, heard from Ms. Bui Mai (Red River Farmers’ Union) and Mr. Sonam Dorji (Agricultural Resilience Office).

            Participants heard from Ms. Sarah Whit of the Water Partnerships Network, who drew lessons from the basin.
            """)
        #expect(record.roleLines == ["Daniel Okafor moderator", "Bui Mai panelist", "Sonam Dorji panelist", "Sarah Whit speaker"])
    }

    /// "The panel discussion that followed was moderated by X and featured A; B": a part named by its kind, its people in it.
    @Test func thePanelDiscussionNamedByItsKind() throws {
        let record = try Invented.record(body: """
            The panel discussion that followed was moderated by Prof. Sunil Perera, University of Kandy, and featured Ms. Dilu Fernando, Ministry of Finance; and Mr. Ravi Silva, Central Bank.
            """)
        let part = try #require(record.parts.first { $0.label.lowercased().contains("panel discussion") })
        let inPart = record.participations.filter { $0.partId == part.id }.map(\.role)
        #expect(inPart.contains(.moderator))
        #expect(inPart.filter { $0 == .panelist }.count == 2)
    }

    /// "Panel discussion" as a heading's words or a plain noun in mid-sentence names no part from prose.
    @Test func aPanelDiscussionInMidSentenceIsNoPart() throws {
        let record = try Invented.record(body: "Dr. Ana Ruiz said that a panel discussion would be held next year.")
        #expect(record.parts.allSatisfy { !$0.label.lowercased().contains("panel discussion") })
    }
}
