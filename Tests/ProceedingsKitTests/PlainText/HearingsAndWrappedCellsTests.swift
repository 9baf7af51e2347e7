import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A committee's hearing as minutes print it (initials run together, "Members present:", apologies), a body whose
/// portfolio is a list of fields, honorifics of South and Southeast Asia and West Africa, and a programme whose
/// columns wrap onto the rows below. Invented lines.
@Suite struct HearingsAndWrappedCellsTests {
    @Test func initialsRunTogetherOpenAName() throws {
        let record = try Invented.record(body: """
            Chairperson: Ms N.P. Ndlovu (ANC)

            Present: Mr K.J. Dube (DA); Ms T.M. Sithole (IFP)
            """)
        #expect(record.roleLines == ["N.P. Ndlovu chair", "K.J. Dube participant", "T.M. Sithole participant"])
        #expect(Names.isInitial("N.P.") && Names.isInitial("J.") && !Names.isInitial("NP.") && !Names.isInitial("N.Pa."))
    }

    @Test func membersPresentListThoseWhoAttended() throws {
        let record = try Invented.record(body: """
            Members present: Ms Nomsa Ndlovu (ANC); Mr Kagiso Dube (DA)
            """)
        #expect(record.roleLines == ["Nomsa Ndlovu participant", "Kagiso Dube participant"])
    }

    @Test func anApologyTenderedIsAnAbsence() throws {
        let record = try Invented.record(body: """
            The Minister, Ms Lindiwe Khumalo, had tendered an apology as she was attending Cabinet. The Deputy Minister, \
            Mr Sipho Mokoena, was also absent. Dr Thandi Nkosi presented the briefing.
            """)
        #expect(record.roleLines == ["Thandi Nkosi presenter"])
    }

    @Test func aPortfolioOfFieldsIsOneBody() throws {
        let committee = try Invented.record(body: "The Portfolio Committee on Water, Sanitation and Human Settlements held a hearing.")
        #expect(committee.organizers == ["Portfolio Committee on Water, Sanitation and Human Settlements"])
        let visit = try Invented.record(body: "The visit was hosted by the Ministry of Agriculture, Forestry and Fisheries and the World Bank.")
        #expect(visit.organizers == ["Ministry of Agriculture, Forestry and Fisheries", "World Bank"])
        #expect(PlainTextReader.organizerNames("the Ministry of Health, UNICEF and WHO") == ["Ministry of Health", "UNICEF", "WHO"])
    }

    @Test func honorificsOfTheRegion() throws {
        let record = try Invented.record(body: """
            Shri Anil Prasad Verma, Union Minister, chaired the meeting. Smt. Kavita Rao delivered the welcome address. \
            Bapak Sutrisno explained that his group saved water. Alhaji Musa Bello thanked the hosts.
            """)
        #expect(record.roleLines == ["Anil Prasad Verma chair", "Kavita Rao opening-speaker", "Sutrisno speaker", "Musa Bello speaker"])
    }

    /// Each cell wraps in its own column; the slot's column is empty on the rows that continue it.
    static let programme = """
        Time          Agenda                                    Speaker / Chair
        10.00–12.00   Session 1: Water-saving methods           Chair: Dr. Asri Wulandari, National
                      in irrigated lowlands                     Centre for Rice Research (NCRR)
                      - Trials in two districts                 Dr. Jonas Berg, IRRI
                      - A farmer group's experience             Bapak Suharto, Chair, Farmers'
                                                                Group Maju Jaya, Subang
        13.00–15.00   Session 2: Digital advisory tools         Moderator: Prof. Dr. Iwan Santoso
                                                                Hadi, Bogor Agricultural University
                      Panel: Dr. Ratna Dewi (ISRI); Mr. Rohan Mehta (IRRI);
                      Ms. Sitti Nur Aisyah (BPTP)
        """

    @Test func aProgrammeWhoseCellsWrap() throws {
        let record = try Invented.record(body: Self.programme)
        #expect(record.parts.map(\.label) == ["Session 1", "Session 2"])
        #expect(record.parts.first?.title == "Water-saving methods in irrigated lowlands")
        #expect(record.roles == [
            Invented.Role(name: "Asri Wulandari", role: .chair, printed: "Chair", affiliation: "National Centre for Rice Research (NCRR)"),
            Invented.Role(name: "Jonas Berg", role: .presenter, affiliation: "IRRI"),
            Invented.Role(name: "Suharto", role: .presenter, affiliation: "Chair, Farmers' Group Maju Jaya, Subang"),
            Invented.Role(name: "Iwan Santoso Hadi", role: .moderator, printed: "Moderator", affiliation: "Bogor Agricultural University"),
            Invented.Role(name: "Ratna Dewi", role: .panelist, printed: "Panel", affiliation: "ISRI"),
            Invented.Role(name: "Rohan Mehta", role: .panelist, printed: "Panel", affiliation: "IRRI"),
            Invented.Role(name: "Sitti Nur Aisyah", role: .panelist, printed: "Panel", affiliation: "BPTP"),
        ])
    }

    @Test func talksUnderAPartAndATitleThatWrapsBesideItsCoChair() throws {
        let record = try Invented.record(body: """
            Time            Programme                                   Speaker / Chair
            11:30 - 13:00   Technical Session I: Procurement of -       Chair: Dr. Tarun Agnihotri, DDG, ICAR
                            State experiences                           Co-Chair: Ms. Nandita Gupta, Joint Secretary
                            Odisha Millets Mission                      Dr. Arabinda Mohapatra, Principal Secretary
                            Karnataka Mission                           Dr. Kamal Singh, Secretary
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["Technical Session I | Procurement of - State experiences"])
        #expect(record.roleLines == ["Tarun Agnihotri chair", "Nandita Gupta chair", "Arabinda Mohapatra presenter", "Kamal Singh presenter"])
    }

    @Test func minutesListThosePresentAbsentAndInAttendance() throws {
        let record = try Invented.record(body: """
            MEMBERS PRESENT
            1. Hon. John Mutiso, MP – Chairperson
            2. Hon. Dr. Rahab Wanjiku, MP – Vice-Chairperson

            APOLOGIES
            1. Hon. Fatuma Mohamed, MP

            IN ATTENDANCE
            Ministry of Agriculture and Livestock Development
            1. Mr. Jonathan Kilonzo – Principal Secretary
            Kenya Veterinary Board
            2. Dr. Cecilia Omondi – Registrar
            """)
        #expect(record.roles.map { "\($0.name) \($0.role.rawValue) [\($0.affiliation ?? "-")]" } == [
            "John Mutiso chair [-]", "Rahab Wanjiku participant [Vice-Chairperson]",
            // The body a group of the list names is where each of them works.
            "Jonathan Kilonzo participant [Principal Secretary, Ministry of Agriculture and Livestock Development]",
            "Cecilia Omondi participant [Registrar, Kenya Veterinary Board]",
        ])
        #expect(!record.persons.contains { $0.name == "Fatuma Mohamed" })
    }
}
