import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliament committee's evidence as Westminster-style parliaments print it: the parliament's masthead, the committee over
/// the kind of record and the sitting's numbers, the witnesses in groups, and turns named before a colon, the speaker's riding
/// or position in brackets, between notes of the language spoken and of the clock.
@Suite struct SittingTranscriptsTests {

    static let page = """
        House of Commons
        CANADA

        Standing Committee on Fisheries and Oceans
        EVIDENCE
        NUMBER 88
        1st SESSION
        44th PARLIAMENT

        Tuesday, May 28, 2024

        Chair: Mr. Paul Leblanc

        Witnesses
        As an Individual
          • Anne Tremblay, Professor, Department of Biology, Dalhousie University
        Atlantic Harvesters Association
          • John Kerr, President

        [English]
        (1100)
        The Chair (Mr. Paul Leblanc (Acadie—Bathurst, Lib.)): Good morning, everyone. I call this meeting to order.
        Prof. Anne Tremblay (Professor, Department of Biology, Dalhousie University, As an Individual):
        [Translation]
        Thank you, Mr. Chair.
        Stocks of snow crab have moved north.
        Mr. John Kerr (President, Atlantic Harvesters Association): Thank you for the invitation.
        Mr. Dale Reimer (Provencher, CPC): Mr. Kerr, have you been consulted?
        Some hon. members: Agreed.
        """

    @Test func theCommitteeOverItsRecord() throws {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("4: title \"Standing Committee on Fisheries and Oceans\" by cue title.line"))
        #expect(facts.contains { $0.hasPrefix("5: document-type \"Evidence\"") })
        let record = try #require(Invented.read(Self.page).record)
        #expect(record.parts.isEmpty)
        #expect(HeaderReader.isSittingNumber("44th PARLIAMENT"))
        #expect(!HeaderReader.isSittingNumber("2024 Annual Conference"))
    }

    @Test func eachTurnIsItsSpeakers() throws {
        let result = Invented.read(Self.page)
        let record = try #require(result.record)
        let speakers = Dictionary(grouping: record.statements.filter { $0.speakerId != nil }, by: { $0.speakerId! })
        #expect(speakers["anne-tremblay"]?.map(\.text) == ["Thank you, Mr. Chair.", "Stocks of snow crab have moved north."])
        #expect(record.participations.contains { $0.personId == "john-kerr" && $0.role == .speaker })
        #expect(record.participations.contains { $0.personId == "dale-reimer" })
        // The notes of the language and the clock are the record's furniture: no warning, no statement.
        #expect(!result.findings.contains { $0.message.contains("[Translation]") || $0.message.contains("(1100)") })
        #expect(!record.statements.contains { $0.text == "[English]" || $0.text == "(1100)" })
    }

    @Test func theIssueTypeAndDateInDashedCells() {
        let facts = Invented.explain("""
            Senate of Canada

            Home > Committees > Fisheries > Evidence

            Proceedings of the Standing Senate Committee on Fisheries

            Issue No. 14 - Evidence - May 29, 2024

            OTTAWA, Wednesday, May 29, 2024

            The Standing Senate Committee on Fisheries met this day at 4:15 p.m.
            """)
        #expect(facts.contains { $0.hasPrefix("5: title \"Proceedings of the Standing Senate Committee on Fisheries\"") })
        #expect(facts.contains { $0.hasPrefix("7: document-type \"Evidence\"") })
    }
}
