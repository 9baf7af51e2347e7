import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Two conventions of pages that print more than their story: a legislature's record prints a member's seat and party after
/// the name at the first turn, a witness's position; a page's list of contents repeats its headings before them, the closing
/// matter's among them.
@Suite struct SeatsAndContentsTests {

    @Test func aSeatAndAPartyMakeAMemberNotAWitness() throws {
        let record = try #require(Invented.read("""
            Standing Committee on Agriculture
            EVIDENCE

            Tuesday, April 9, 2024

            The Chair (Mr. Paul Leblanc (Acadie—Bathurst, Lib.)): I call this meeting to order.
            Ms. Karen Lindgren (President, Prairie Grain Growers): Thank you for the invitation.
            Mr. Tom Okafor (Director, UNDP): Thank you, Chair.
            Mr. Dale Reimer (Provencher, CPC): Ms. Lindgren, what did the Minister, Mr. Robert Tessier, promise you?
            Ms. Karen Lindgren: Nothing yet.
            Mr. Dale Reimer: Thank you.
            Ms. Gurleen Sandhu (Vancouver Kingsway, NDP): Thanks, Chair.
            Mr. Iain Gillespie (Highlands and Islands) (Lab): A question for the witnesses.
            Ms. Amara Boateng (Ghana, AU): We support the study.
            Ms. Rose Wanjiru (Nairobi, UNEP): A party the lexicon does not list is no party.
            """).record)
        #expect(record.role(of: "karen-lindgren") == .speaker)
        #expect(record.role(of: "tom-okafor") == .speaker)
        #expect(record.role(of: "amara-boateng") == .speaker)
        #expect(record.role(of: "rose-wanjiru") == .speaker)
        // The seat is printed once; the member's later turns are a member's too.
        #expect(record.role(of: "dale-reimer") == .participant)
        #expect(record.role(of: "gurleen-sandhu") == .participant)
        #expect(record.role(of: "iain-gillespie") == .participant)
        // Whom a member names in a question was not there.
        #expect(!record.participations.contains { $0.personId?.contains("tessier") == true })
        #expect(record.participations.first { $0.personId == "dale-reimer" }?.affiliation == "Provencher, CPC")
    }

    @Test func aListOfContentsDoesNotCloseThePage() throws {
        let page = """
            News article | 28 November 2023 | Directorate-General for International Partnerships

            EU-Africa Forum on Green Hydrogen charts next steps

            The first EU-Africa Forum on Green Hydrogen took place in Brussels on 23 and 24 November 2023.

            Page contents
            Opening session
            Session 1: Unlocking finance
            Related links

            Opening session

            The Forum was opened by Markus Ehrenfeld, Deputy Director-General of DG INTPA.

            Session 1: Unlocking finance

            Moderated by Karin Vos, Head of Division at the European Investment Bank, the session featured Sara Lindemann (KfW Development Bank) and Youssef El Amrani (Masen).

            Related links

            Dr Hans Peters, Press Officer
            """
        let record = try #require(Invented.read(page).record)
        let people = Set(record.participations.compactMap(\.personId))
        #expect(people == ["markus-ehrenfeld", "karin-vos", "sara-lindemann", "youssef-el-amrani"])
        #expect(record.participations.contains { $0.personId == "karin-vos" && $0.role == .moderator })
        // Without its entries printed again below, a closing heading closes the page.
        let closed = try #require(Invented.read(page.replacingOccurrences(of: "Opening session\n\nThe Forum", with: "Opening\n\nThe Forum")
            .replacingOccurrences(of: "Session 1: Unlocking finance\n\nModerated", with: "Finance\n\nModerated")).record)
        #expect(closed.participations.isEmpty)
    }

    @Test func aRoleHeldByOneEndsTheSentence() {
        func facts(_ sentence: String) -> [String] {
            Invented.explain("Forum on Hydrogen\n\nThe Forum took place in Brussels on 23 November 2023.\n\n\(sentence)\n")
                .filter { $0.hasPrefix("5:") }
        }
        #expect(facts("Panellists included Sara Berg.") == ["5: panelist \"Sara Berg\" by cue role.panelist (\"Panellists\")"])
        #expect(facts("Moderators were Maria Lindemann.") == ["5: moderator \"Maria Lindemann\" by cue role.moderator (\"Moderators\")"])
        // Without a role's plural before it, a name alone after "featured" or "were" is not vouched for.
        #expect(facts("The session featured Maria Lindemann.").isEmpty)
        #expect(facts("The speakers were Japan.").isEmpty)
    }
}
