import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A government's news release: who opened the conference "yesterday", and a section of quotations, each signed under it
/// after a blank line, by ministers who may not have been there.
@Suite struct QuotesOfAReleaseTests {

    static let page = """
        Canada and Chile co-host conference on women in mining

        The conference was opened yesterday by the Honourable Marie-Claude Lévesque, Minister of International Development, in Santiago on 14 May 2024.

        The closing session was addressed by Nathalie Brisebois-Kerr, Parliamentary Secretary, on behalf of the Honourable Daniel Okafor-Reid, Minister of Foreign Affairs.

        Quotes

        “Women are still shut out of too many of the jobs, contracts and decisions that mining brings to their communities.”

        - The Honourable Marie-Claude Lévesque, Minister of International Development

        “Canada and Chile share a commitment to a responsible minerals sector that respects human rights.”

        - The Honourable Daniel Okafor-Reid, Minister of Foreign Affairs
        """

    @Test func aSignedQuotationIsNoPresence() throws {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains { $0.hasPrefix("3: opening-speaker \"Marie-Claude Lévesque\" by cue role.opening.by") })
        #expect(facts.contains("15: not-a-participant \"Daniel Okafor-Reid\" by cue mention.quoted"))
        let record = try #require(Invented.read(Self.page).record)
        #expect(!record.participations.contains { $0.personId == "daniel-okafor-reid" })
        // Who opened it and signs a quotation too still opened it.
        #expect(record.participations.contains { $0.personId == "marie-claude-levesque" && $0.role == .openingSpeaker })
    }

    @Test func aTalksQuotedTitleIsNoQuotation() throws {
        let record = try #require(Invented.read("""
            Forum on Climate Finance

            The forum was held in Nairobi on 14 May 2024.

            Programme

            “Financing the transition: who pays, and how much?”

            - Dr. Ana Ruiz, World Bank
            """).record)
        #expect(record.participations.contains { $0.personId == "ana-ruiz" })
    }
}
