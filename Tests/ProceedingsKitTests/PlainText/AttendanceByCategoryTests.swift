import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A legislature's committee minutes: the meeting's fields labelled "Meeting ...", attendance sorted under "Category:",
/// members with the post-nominal of their chamber. Invented lines.
@Suite struct AttendanceByCategoryTests {
    static let page = """
        Rural Economy Committee

        Minutes

        Meeting Venue: Committee Room 2 - Senedd
        Meeting date: Wednesday, 12 March 2025
        Meeting time: 09.30 - 12.15

        Attendance

        Category: Members of the Senedd
        Rhian Powell MS (Chair)
        Owain Bevan MS

        Category: Witnesses
        Carys Lloyd, Chief Executive, Rural Wales Trust
        Dr Iwan Rees, Aberystwyth University

        Category: Committee Staff
        Siân Morgan (Clerk)

        1 Introductions, apologies and declarations of interest
        1.1 The Chair welcomed Members to the meeting.
        """

    @Test func theMeetingsLabelledFields() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.venue == "Committee Room 2 - Senedd")
        #expect(record.event.startDate == "2025-03-12")
    }

    @Test func attendanceSortedByCategory() throws {
        let record = try Invented.record(Self.page)
        // Witnesses give evidence: they speak, as those a hearing lists surname first do.
        #expect(record.roleLines == ["Rhian Powell chair", "Owain Bevan participant", "Carys Lloyd speaker", "Iwan Rees speaker",
                                     "Siân Morgan participant"])
    }

    /// A site's "Category: News" is still its filing.
    @Test func aSitesCategoryIsStillChrome() {
        #expect(Residue.matches("Category: News"))
        #expect(!Residue.matches("Category: Witnesses"))
    }
}

/// "Apologies were received from A, B and C": those who sent apologies, named bare, were not there. Invented lines.
@Suite struct ApologiesReceivedTests {
    @Test func namesAfterApologiesReceivedFrom() throws {
        let record = try Invented.record(body: """
            Apologies were received from Rhys Pritchard, Elin Parry and Huw Bevan-Jones.

            Apologies were received from Carys Morgan MS and Dafydd Rees MS.
            """)
        #expect(record.persons.isEmpty)
        #expect(Invented.explain(Invented.header + "Apologies were received from Rhys Pritchard, Elin Parry and Huw Bevan-Jones.\n")
            .filter { $0.contains("not-a-participant") }.count == 3)
        // A member's post-nominal after the name.
        #expect(Invented.explain(Invented.header + "Apologies were received from Carys Morgan MS and Dafydd Rees MS.\n")
            .contains { $0.contains("not-a-participant \"Carys Morgan\"") })
    }
}
