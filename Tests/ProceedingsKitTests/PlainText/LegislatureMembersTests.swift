import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// How a legislature's minutes name members: an office in the plural over surnames, "Representative" before a name,
/// sponsors of a bill, the approval date, those present "except", testimony sent in writing. Invented lines.
@Suite struct LegislatureMembersTests {
    /// A committee's minutes: its name, the type and the day, then `body` (from line 7).
    static func minutes(_ body: String) throws -> Record {
        try Invented.record("Rural Affairs Committee\n\nMinutes\n\nWednesday 5 March 2025\n\n" + body)
    }

    @Test func anOfficeInThePluralOverSurnames() throws {
        let record = try Invented.record(body: """
            Questions were asked by Representatives Kessel, Brandt-Lowe and Oduma.

            Representative Brandt-Lowe moved to approve the minutes.
            """)
        #expect(Set(record.persons.map(\.name)) == ["Kessel", "Brandt-Lowe", "Oduma"])
        #expect(record.persons.first { $0.name == "Kessel" }?.honorific == "Representative")
    }

    /// "House of Representatives DPJ": a party's letters after the chamber are no member; "Senators from" names no one.
    @Test func aPartyOrAPhraseAfterThePluralIsNoMember() throws {
        let record = try Invented.record(body: """
            Senators from both parties spoke in the debate on the bill, which Dr. Ana Ruiz had drafted.

            She is a Member of the House of Representatives DPJ and Vice Minister.
            """)
        #expect(record.persons.map(\.name) == ["Ana Ruiz"])
    }

    /// Who sponsored a bill and who sent testimony in writing were not at the hearing; those present "except" neither.
    @Test func sponsorsWrittenTestimonyAndTheExcepted() throws {
        let record = try Invented.record(body: """
            The meeting was called to order by Chairperson Lisa Hart.

            All members were present except:
            Representative Dale Voss – Excused

            The bill was introduced in January; cosponsored by Representatives Kruger, Delgada and Thau.

            Written only testimony was submitted by Arnold Vick, Farm Bureau (Attachment 4).
            """)
        #expect(record.roleLines == ["Lisa Hart chair"])
    }

    /// "Approved: February 18, 2025" dates the minutes, not the meeting; "(PDF)" beside a date is no place.
    @Test func theApprovalDateAndTheFilesLink() throws {
        let record = try Invented.record("""
            House Committee on Water
            Meeting Minutes
            Feb. 11, 2025  (PDF)

            Approved: February 18, 2025

            The meeting was called to order by Chairperson Lisa Hart at 9:00 a.m. on Tuesday, February 11, 2025.
            """)
        #expect(record.event.startDate == "2025-02-11")
        #expect(record.document.issued == "2025-02-18")
        #expect(record.event.venue == nil)
    }

    /// "Present:" / "" / bare names one to a line: the list under its label, a blank line between them; names, no headings.
    @Test func aListOfBareNamesUnderPresentAfterABlankLine() throws {
        let record = try Self.minutes("""
            Present:

            Kenneth Gibb
            Iain Mackinnon
            Morag Sinclair

            Apologies were received from Alasdair Munro.
            """)
        #expect(record.roleLines == ["Kenneth Gibb participant", "Iain Mackinnon participant", "Morag Sinclair participant"])
        #expect(record.parts.isEmpty)
    }

    /// "Siobhan X (Committee Substitute)" under another member is the next member, not where the one above works.
    @Test func aSubstituteUnderAnotherMember() throws {
        let record = try Self.minutes("""
            Present:

            Kenneth Gibb
            Siobhan Donnelly (Committee Substitute)
            Iain Mackinnon

            Apologies were received from Alasdair Munro.
            """)
        #expect(record.roleLines == ["Kenneth Gibb participant", "Siobhan Donnelly participant", "Iain Mackinnon participant"])
        #expect(record.roles.allSatisfy { $0.name != "Kenneth Gibb" || $0.affiliation == nil })
    }

    /// "1. Decision on taking business in private: The Committee agreed ...": an item's title and what was done under it on
    /// one numbered line; the witnesses the item heard speak in it.
    @Test func numberedItemsWithTheirText() throws {
        let record = try Self.minutes("""
            1. Decision on taking business in private: The Committee agreed to take items 4 and 5 in private.

            2. Crofting and Land Reform (Scotland) Bill: The Committee took evidence on the Bill at Stage 1 from—

            Catriona Pherson, Chief Executive, Crofting Commission;
            Donald MacSween, Chair, Scottish Crofting Federation.
            """)
        #expect(record.parts.map(\.label) == ["1. Decision on taking business in private", "2. Crofting and Land Reform (Scotland) Bill"])
        let bill = try #require(record.parts.last)
        #expect(record.participations.filter { $0.partId == bill.id && $0.role == .speaker }.count == 2)
    }
}
