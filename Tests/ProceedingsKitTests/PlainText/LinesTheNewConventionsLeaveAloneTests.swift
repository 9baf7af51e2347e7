import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Ordinary lines that look like the conventions read from committee debates, event pages and releases, and are not: each
/// is read as it was before those conventions. Invented lines.
@Suite struct LinesTheNewConventionsLeaveAloneTests {
    static func page(_ head: String, _ body: String) throws -> Record {
        try Invented.record(head + "\n\n" + body + "\n")
    }

    @Test func headlinesThatOnlyLookLikeTypes() throws {
        #expect(try Self.page("Highlights from the Annual Conference\n12 May 2025", "The conference met in Oslo.").event.title
            == "Highlights from the Annual Conference")
        #expect(try Self.page("Security Council Open Debate\n12 May 2025", "The Council met in New York.").event.title
            == "Security Council Open Debate")
    }

    @Test func panelistsNamedInPassingMakeNoPanel() throws {
        let record = try Invented.record("""
            Securing Battery Supply Chains
            March 4, 2025

            Featuring
            Laura Benning
            Deputy Assistant Secretary, U.S. Department of Energy
            Tomas Reyes
            Chief Executive Officer, Andes Lithium

            Questions for the panelists may be submitted in advance by email to the events team.
            """)
        #expect(record.roleLines.contains("Laura Benning speaker"))
    }

    /// "under the Ministry ..." names the body a unit belongs to, no end of the list of organisers.
    @Test func aBodyUnderItsMinistryAndAQuestionPutToTheVote() throws {
        let record = try Self.page("Workshop on Diplomacy\n12 May 2025", """
            The workshop was organised by the Diplomatic Academy under the Ministry of Foreign Affairs of Viet Nam and the Asia \
            Foundation.

            The question was then put by Hon. Jane Wanjiru and the motion was carried.
            """)
        #expect(record.organizers.contains { $0.includes("Asia Foundation") })
        #expect(!record.roleLines.contains("Jane Wanjiru speaker"))
    }

    @Test func aTimeAndATopicAreNoBodyOrOpening() throws {
        let record = try Self.page("Joint Committee on Health debate - Tuesday, 11 Feb 2025", """
            Chairman: From January, we welcome Dr Aoife Walsh, clinical lead, to the committee's advisory panel.
            """)
        #expect(!record.roles.contains { $0.affiliation?.includes("January") == true })
        let programme = try Self.page("Forum on Climate Finance\n12 May 2025", """
            Session 1

            Introduction: the state of climate finance in West Africa
            Dr Kwame Asante, University of Ghana
            """)
        #expect(!programme.roleLines.contains("Kwame Asante opening-speaker"))
    }
}
