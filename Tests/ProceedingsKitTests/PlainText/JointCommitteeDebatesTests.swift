import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliament's committee debate as its site prints it: the masthead in two languages, a menu with the other language, the
/// trail, "X debate - date" and the item's heading, the members present and the one in the chair, then items whose turns the
/// record gives the chair's office ("Chairman:"), witnesses welcomed after the body they speak for. Invented lines.
@Suite struct JointCommitteeDebatesTests {
    static let debate = """
        Houses of the Assembly
        Tithe an Chomhthionóil
        Skip to main content
        Menu   Search   Gaeilge
        Home > Debates > Joint Committee on Health > Wednesday, 12 Mar 2025

        Joint Committee on Health debate - Wednesday, 12 Mar 2025
        Hospital Waiting Lists: Discussion
        Print   Share   PDF   Video

        Members present:
        Deputy Mary Byrne
        Deputy John Kelly
        Senator Orla Quinn

        Deputy Mary Byrne in the Chair.

        Business of Joint Committee

        Chairman: Apologies have been received from Deputy Tom Walsh. Are the minutes agreed? Agreed.

        Hospital Waiting Lists: Discussion

        Chairman: I welcome the witnesses. From the Health Service Executive, I welcome Ms Ann Daly, chief operations officer. \
        From the Irish Nurses Organisation, I welcome Mr. Liam Cronin, general secretary.

        Ms Ann Daly: I thank the Chair. Waiting lists have fallen for the third quarter in a row.

        Deputy John Kelly: Could Ms Daly say which hospitals are furthest behind?
        """

    @Test func theDebatesHeadingGivesTitleTypeAndDay() throws {
        let record = try Invented.record(Self.debate)
        #expect(record.event.title == "Joint Committee on Health")
        #expect(record.document.documentType == "Debate")
        #expect(record.event.startDate == "2025-03-12")
        // The page's buttons are no part of the item's heading.
        #expect(record.event.subtitle.map { !$0.includes("Print") } ?? true)
        #expect(!record.roles.contains { $0.name.includes("Gaeilge") })
    }

    @Test func itemsUnderTheChairsOfficeAndWitnessesFromTheirBodies() throws {
        let record = try Invented.record(Self.debate)
        #expect(record.parts.map(\.label).contains("Business of Joint Committee"))
        // "Chairman:" speaks in each item for the member in the chair.
        let chair = record.persons.first { $0.name == "Mary Byrne" }?.id
        #expect(record.parts.count == 2)
        for part in record.parts {
            #expect(record.participations.contains { $0.personId == chair && $0.role == .chair && $0.partId == part.id })
        }
        #expect(record.roles.contains { $0.name == "Ann Daly" && $0.affiliation?.includes("Health Service Executive") == true })
        #expect(record.roles.contains { $0.name == "Liam Cronin" && $0.affiliation?.includes("Irish Nurses Organisation") == true })
        #expect(!record.roles.contains { $0.name == "Tom Walsh" })
    }
}
