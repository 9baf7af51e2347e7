import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A devolved parliament's committee Official Report: the contents list the items, which head the record again below;
/// those who "also participated" give evidence; the clerk's list ends at the next field's label; and the committee's
/// running head names no one. Invented lines.
@Suite struct OfficialReportContentsTests {
    static let report = """
        Rural Economy Committee
        Official Report
        Meeting date: Tuesday, March 11, 2025

        Rural Economy Committee
        Tuesday 11 March 2025
        9th Meeting 2025, Session 6

        CONTENTS
        Decision on Taking Business in Private
        Subordinate Legislation

        CONVENER
        *Edward Strath (Highlands and Islands) (Con)

        COMMITTEE MEMBERS
        *Shona Pet (Edinburgh Southern) (LD)

        THE FOLLOWING ALSO PARTICIPATED:
        Graham Duth (Minister for Transport)

        CLERK TO THE COMMITTEE
        Lorna Gilch

        LOCATION
        The David Livingstone Room (CR6)

        Scottish Parliament
        Net Zero and Rural Economy Committee
        Tuesday 11 March 2025

        Decision on Taking Business in Private

        The Convener (Edward Strath): Good morning. Do members agree to take item 3 in private?

        Members indicated agreement.

        Subordinate Legislation

        The Convener: I welcome Graham Duth, the Minister for Transport.

        Graham Duth: Thank you, convener. The regulations increase the fee.

        Shona Pet (Edinburgh Southern) (LD): Will the higher fee lead to more inspections?
        """

    @Test func theItemsTheContentsListedHeadTheRecordAsParts() throws {
        let record = try Invented.record(Self.report)
        #expect(record.parts.map(\.label) == ["Decision on Taking Business in Private", "Subordinate Legislation"])
    }

    @Test func oneWhoAlsoParticipatedGivesEvidenceAndTheRunningHeadNamesNoOne() throws {
        let record = try Invented.record(Self.report)
        #expect(record.roles.contains { $0.name == "Graham Duth" && $0.role == .speaker })
        // A member who asks stays a member.
        #expect(!record.roles.contains { $0.name == "Shona Pet" && $0.role == .speaker })
        #expect(!record.roles.contains { $0.name.includes("Net Zero") || $0.name.includes("Scottish") })
        #expect(Set(record.roles.map(\.name)) == ["Edward Strath", "Shona Pet", "Graham Duth", "Lorna Gilch"])
    }

    @Test func aReportsContentsListItsChaptersNoParts() throws {
        let record = try Invented.record("""
            Inquiry into climate finance in the Pacific

            Report of the Foreign Affairs Committee

            Contents
            Hearing of evidence
            What we heard

            Hearing of evidence

            We heard oral evidence from 17 submitters at hearings held at Parliament in Wellington on 6 March 2024.

            What we heard

            Submitters told us that the commitment was poorly understood.
            """)
        #expect(record.parts.isEmpty)
        #expect(record.event.startDate == "2024-03-06")
    }
}
