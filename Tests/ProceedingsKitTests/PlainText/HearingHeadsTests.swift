import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A state parliament's transcript of a committee's public hearing: the committee's name, who sat and which staff attended
/// (members by their initials, the chair's office after a dash), then the hearing's own title, the kind of record, the day and
/// the town it sat in. The chair then names the members in full.
@Suite struct HearingHeadsTests {

    static let page = """
        Legislative Assembly
        Home > Committees > Transcripts

        TRANSPORT AND REGIONAL ROADS COMMITTEE

        Members present:
        Mr GH Tallis MP—Chair
        Ms RB Okafor MP
        Mr SL Venn MP

        Staff present:
        Ms P Arden—Committee Secretary

        PUBLIC HEARING—INQUIRY INTO THE HEAVY VEHICLE ROUTES AMENDMENT BILL 2026

        TRANSCRIPT OF PROCEEDINGS

        Thursday, 5 March 2026

        Dalby

        The committee met at 9.00 am.

        CHAIR: Good morning. My name is Greg Tallis, member for Warrego and chair of the committee. With me today are Rosa Okafor, member for Bundamba, and Sam Venn, member for Nanango.

        CHAIR: I now welcome Ms Alice Marr from the Freight Council and Dr Ben Holt from the university.

        Ms Marr: Thank you, Chair. Our members support the bill.
        """

    @Test func theListsOverTheTitleAreRead() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "PUBLIC HEARING—INQUIRY INTO THE HEAVY VEHICLE ROUTES AMENDMENT BILL 2026")
        #expect(record.document.documentType == "TRANSCRIPT OF PROCEEDINGS")
        #expect(record.organizers == ["Transport and Regional Roads Committee"])
        #expect(record.event.venue == "Dalby")
        // The members' initials stand for the names the chair gives them in full.
        #expect(record.roleLines.prefix(3) == ["Greg Tallis chair", "Rosa Okafor participant", "Sam Venn participant"])
        #expect(record.persons.count == 6)
    }

    @Test func theChairWelcomingWitnessesMakesNoneOfThemChair() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.filter { $0.role == .chair }.map(\.name) == ["Greg Tallis"])
    }

    @Test func initialsStandForTheNameOnlyWithTheSameSurname() {
        #expect(Registry.initials(of: "DJ Harrower", standFor: "Dan Harrower"))
        #expect(!Registry.initials(of: "DJ Harrower", standFor: "Dan Harrow"))
        #expect(!Registry.initials(of: "DJ Harrower", standFor: "Kemi Harrower"))
        #expect(!Registry.initials(of: "Dan Harrower", standFor: "Dan Harrower"))
    }
}
