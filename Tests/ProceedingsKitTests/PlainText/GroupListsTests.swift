import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A meeting's breakout groups as reports list them: a line each with the group's theme and, in brackets, who
/// facilitated it and who reported; or a bulleted list whose items name the group, its theme and its roles in prose.
/// Each is a part of its own, and a list of them ends where the prose resumes. Invented lines.
@Suite struct GroupListsTests {
    static func parts(_ record: Record) -> [String] {
        record.parts.map { "\($0.label) | \($0.title ?? "") | \($0.span.first)-\($0.span.last)" }
    }

    @Test func groupsWithTheirRolesInBrackets() throws {
        let record = try Invented.record(body: """
            Participants worked in three breakout groups:

            Group A – Governance and coordination (facilitator: Dr. Mahbuba Karim, WHO Country Office; rapporteur: Ms. Farhana Akter, DGHS)
            Group B – Infection prevention and control (facilitator: Dr. Kamal Hossain, Dhaka Medical College Hospital)
            """)
        #expect(record.parts.map(\.label) == ["Group A", "Group B"])
        #expect(record.roles == [
            Invented.Role(name: "Mahbuba Karim", role: .moderator, printed: "facilitator", affiliation: "WHO Country Office"),
            Invented.Role(name: "Farhana Akter", role: .rapporteur, printed: "rapporteur", affiliation: "DGHS"),
            Invented.Role(name: "Kamal Hossain", role: .moderator, printed: "facilitator", affiliation: "Dhaka Medical College Hospital"),
        ])
    }

    @Test func aBulletedListOfGroupsAndRoundTables() throws {
        let record = try Invented.record(body: """
            Two thematic round tables were held:
             - Round table 1, on regional production of vaccines, moderated by Prof. Abdoulaye
               Sow (Institut Pasteur), with interventions by Dr. Nana Boateng (Ghana FDA) and Mr. Chinedu Okafor;
             - Working Group 2: Regulation and prudent use, facilitated by Dr. Kanokwan Chai.

            The meeting adopted its conclusions, presented by Mr. Ali Traoré.
            """)
        #expect(Self.parts(record) == ["Round table 1 | regional production of vaccines | 8-9", "Working Group 2 | Regulation and prudent use | 10-10"])
        #expect(record.roleLines == ["Abdoulaye Sow moderator", "Nana Boateng speaker", "Chinedu Okafor speaker", "Kanokwan Chai moderator",
                                     "Ali Traoré presenter"])
        let presenter = try #require(record.participations.last)
        #expect(presenter.partId == nil)
    }
}
