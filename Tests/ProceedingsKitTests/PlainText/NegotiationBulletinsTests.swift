import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A daily report of a negotiating session: the meeting names itself by a numbered short name ("OEWG-2"), and the report
/// names its officers by their office before the name, as the session's own ("OEWG Co-Chair X", "Co-Chair Y"), whatever
/// they did.
@Suite struct NegotiationBulletinsTests {

    static func page(_ title: String, _ sentence: String) -> String {
        """
        \(title)
        6–10 October 2025 | Nairobi, Kenya

        Daily report for 6 October 2025

        \(sentence)
        """
    }

    static let session = "Second Session of the Open-ended Working Group on Transboundary Aquifers (OEWG-2)"

    @Test func theSessionsOwnOfficers() throws {
        let record = try Invented.record(Self.page(Self.session, """
            OEWG Co-Chair Ana Lucía FERREYRA (Argentina) opened the meeting. Co-Chair Henrik SØRLIE (Norway) introduced the scenario note. UNEP Deputy Executive Director Matthew OKWARO-LEWIS welcomed participants.
            """))
        #expect(record.roleLines == ["Ana Lucía FERREYRA chair", "Henrik SØRLIE chair", "Matthew OKWARO-LEWIS opening-speaker"])
    }

    @Test(arguments: [
        // The chair of another body, or of the body whose workshop it was.
        "IPCC Co-Chair Ana Lucía FERREYRA (Argentina) opened the meeting.",
        // The office alone, before any officer of the meeting was named by it: a commission's co-chair the page speaks of.
        "Co-Chair Ana Lucía FERREYRA (Argentina) opened the meeting.",
        // An office that presides over a house, not over the meeting.
        "OEWG President Ana Lucía FERREYRA (Argentina) opened the meeting.",
    ])
    func anotherBodysOfficer(_ sentence: String) throws {
        let record = try Invented.record(Self.page(Self.session, sentence))
        #expect(record.roleLines == ["Ana Lucía FERREYRA opening-speaker"])
    }

    @Test func theChairOfTheBodyWhoseWorkshopItWas() throws {
        let record = try Invented.record(Self.page("Members explore plastics trade at CTE workshop", """
            Opening the workshop, CTE Chair Ambassador Tomás Aranguren Velasco of Uruguay said that the talks would help members.
            """))
        #expect(record.roleLines == ["Tomás Aranguren Velasco opening-speaker"])
    }
}
