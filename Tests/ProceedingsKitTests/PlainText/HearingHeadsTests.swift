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
        #expect(Registry.initialsOfGivenNames("DJ Harrower", standFor: "Dan Harrower"))
        #expect(!Registry.initialsOfGivenNames("DJ Harrower", standFor: "Dan Harrow"))
        #expect(!Registry.initialsOfGivenNames("DJ Harrower", standFor: "Kemi Harrower"))
        #expect(!Registry.initialsOfGivenNames("Dan Harrower", standFor: "Dan Harrower"))
    }

    /// A territory's hearing of a bill: the members with the office after the post-nominal letters and before the seat, the
    /// witnesses each after the body they speak for.
    static let billHearing = """
        ECONOMIC POLICY SCRUTINY COMMITTEE

        Public Hearing Transcript

        Water Amendment Bill 2025

        9.00 am, Monday 12 May 2025
        Litchfield Room, Parliament House

        Members:
        Mr Joel Bowden MLA, Chair, Member for Johnston
        Ms Sheree Uibo MLA, Member for Arnhem

        Witnesses:
        Department of Lands, Planning and Environment: Andrew Tippett, Chief Executive
        Arid Lands Environment Centre: Dr Adele Pierce, Policy Officer

        CHAIR: Good morning. I welcome everyone to this public hearing.
        """

    @Test func membersAndWitnessesOfABillsHearing() throws {
        let record = try Invented.record(Self.billHearing)
        #expect(record.organizers == ["Economic Policy Scrutiny Committee"])
        #expect(record.roles.map { "\($0.name) \($0.role.rawValue): \($0.affiliation ?? "")" } == [
            "Joel Bowden chair: Member for Johnston",
            "Sheree Uibo participant: Member for Arnhem",
            "Andrew Tippett speaker: Chief Executive, Department of Lands, Planning and Environment",
            "Adele Pierce speaker: Policy Officer, Arid Lands Environment Centre",
        ])
        // The chair of another body, named after the office, holds no role here.
        let (label, _, _) = try #require(RosterLines.trailingRole("Chair, Member for Johnston", .builtIn))
        #expect(label.role == .chair)
        #expect(RosterLines.trailingRole("Chair, Publishing Wales Forum", .builtIn) == nil)
    }

    /// The house's term under its name is no title: the bill the committee heard is.
    @Test func theTermOfTheHouseUnderItsName() throws {
        let record = try Invented.record("""
            LEGISLATIVE ASSEMBLY OF THE NORTHERN TERRITORY
            15th Assembly

            Economic Policy Scrutiny Committee

            Public Hearing Transcript

            Water Legislation Amendment (Aquifer Protection) Bill 2025

            9.00 am, Friday 14 March 2025

            Litchfield Room, Level 3, Parliament House

            Madam CHAIR: Good morning, everyone. I open this public hearing into the bill.
            """)
        #expect(record.event.title == "Water Legislation Amendment (Aquifer Protection) Bill 2025")
        #expect(record.document.documentType == "Public Hearing Transcript")
        #expect(record.event.venue == "Litchfield Room, Level 3, Parliament House")
        #expect(record.organizers == ["Economic Policy Scrutiny Committee"])
        #expect(Residue.isSittingNote("fifty-seventh parliament"))
        #expect(!Residue.isSittingNote("15th assembly of the regional forum on water"))
    }
}
