import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A legislature's record under its site's trail: the committee, the record's type on a line of its own, the date, and a
/// table of contents before the record; and a person who presides, named with no honorific and apposed to an office the
/// lexicon does not know. Invented lines.
@Suite struct RecordHeadsAndApposedPresidersTests {
    static let record = """
        The Assembly
        Parliamentary Business > Official Report > Committees

        Coastal Affairs Committee
        Official Report
        Meeting date: Wednesday, April 9, 2025

        Coastal Affairs Committee
        Wednesday 9 April 2025

        CONTENTS
        Decision on Taking Business in Private
        Harbour Dues Regulations 2025

        CONVENER
        *Ailsa Brodie (North Coast) (Lab)

        The Convener (Ailsa Brodie): Good morning, and welcome to the meeting.
        """

    @Test func theTypeUnderTheCommitteeIsTheRecordsAndTheContentsNoTitle() throws {
        let record = try Invented.record(Self.record)
        #expect(record.document.documentType == "Official Report")
        #expect(record.event.title == "Coastal Affairs Committee")
        #expect(record.event.startDate == "2025-04-09")
    }

    @Test func aTypeUnderAMastheadIsNoMoreOfItsName() {
        let header = HeaderReader.read(Invented.lines("The Assembly", "Business > Official Report > Committees", "",
                                                      "Coastal Affairs Committee", "Official Report", "Meeting date: 9 April 2025",
                                                      "", "CONTENTS", "Harbour Dues", "", "The Convener: Good morning."), .builtIn)
        #expect(header.documentType == "Official Report")
        #expect(header.title != "CONTENTS")
    }

    @Test func aPresiderApposedToAnOfficeTheLexiconDoesNotKnow() throws {
        let record = try Invented.record("""
            Workshop on Peri-urban Farming
            Kumasi, 14 May 2025

            Nana Kofi Asante II, Krontihene of Ejisu, chaired the opening ceremony. He urged researchers to work with \
            traditional authorities.

            Ama Owusu, a planner from the municipal assembly, moderated the panel on land tenure.
            """)
        #expect(record.roles.contains { $0.name.hasSuffix("Kofi Asante II") && $0.role == .chair })
        #expect(record.roles.contains { $0.name == "Ama Owusu" && $0.role == .moderator })
    }

    /// A task force's minutes list who was there by the country each sat for, the chair first under the same label.
    @Test func theChairInAListOfThosePresentAndApologiesByCountry() throws {
        let record = try Invented.record("""
            Minutes of the 12th Meeting of the Regional Working Group on Fisheries Data
            Date: 2024-09-17

            Present:
            Chair: Ms Liis Tamm, Ministry of Rural Affairs, Estonia
            Denmark: Mr Jens Krog, Danish Fisheries Agency
            Finland: Ms Aino Rautio, Natural Resources Institute

            Apologies:
            Iceland: Mr Gunnar Einarsson, Marine Research Institute

            1. Opening of the meeting
            The Chair opened the meeting.

            2. Logbooks
            Mr Krog and Ms Rautio commented on the new logbook rules.
            """)
        #expect(record.roles.filter { $0.role == .chair }.map(\.name) == ["Liis Tamm"])
        #expect(record.roles.contains { $0.name == "Jens Krog" && $0.role == .participant })
        #expect(record.roles.contains { $0.name == "Aino Rautio" && $0.role == .participant })
        #expect(!record.roles.contains { $0.name == "Gunnar Einarsson" })
        // "commented on" is what a member said, not a discussant's office.
        #expect(record.roles.contains { $0.name == "Jens Krog" && $0.role == .speaker })
    }
}
