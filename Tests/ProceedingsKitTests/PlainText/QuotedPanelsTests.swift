import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A panel the prose names by its quoted title, and the list of those on it after "Participating were:"; who summed up the
/// conference closed it, not the panel. Invented lines.
@Suite struct QuotedPanelsTests {
    static let page = """
        Water and Energy under Pressure

        On March 4, 2024, the Institute held a conference on water and energy security.

        The panel "Shared Grids: Asset or Liability?" was moderated by Dr. Ofer Shalev, head of the Climate Program. Participating were:
        Adv. Noa Livni, legal advisor to the Gas Authority
        Dr. Rania Haddad, University of Haifa

        Prof. Yael Ben-Ari, Senior Research Fellow, summarized the conference and presented the recommendations.
        """

    @Test func thePanelByItsQuotedTitleAndWhoSatOnIt() throws {
        let record = try Invented.record(Self.page)
        let panel = try #require(record.parts.first { $0.title == "Shared Grids: Asset or Liability?" })
        #expect(panel.label == "Panel")
        for name in ["Noa Livni", "Rania Haddad"] {
            let person = try #require(record.persons.first { $0.name == name })
            #expect(record.participations.contains { $0.personId == person.id && $0.partId == panel.id && $0.role == .panelist })
        }
    }

    @Test func whoSummedUpTheConferenceClosedIt() throws {
        let explained = Invented.explain(Self.page)
        #expect(explained.contains("9: closing-speaker \"Yael Ben-Ari\" by cue role.closing.verb (\"summarized the conference\")"))
    }

    @Test(arguments: ["A session entitled \"Water and peace\" heard Dr. Ana Ruiz.", "The panel titled \"Water and peace\" was chaired by Dr. Ana Ruiz."])
    func aPartByItsQuotedTitle(_ sentence: String) throws {
        let record = try Invented.record("Forum on Water\n\n4 May 2024\n\n" + sentence + "\n")
        #expect(record.parts.contains { $0.title == "Water and peace" })
    }
}
