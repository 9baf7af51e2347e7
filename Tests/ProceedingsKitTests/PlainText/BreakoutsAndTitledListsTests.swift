import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Programmes of many parallel parts ("Breakout 1A – ..."), lists whose people are set apart by semicolons and
/// open with an office ("; Mayor X, City of Y"), a list over "Panel discussion with:", and what ends a name before
/// its description (post-nominal letters, a body after the comma). Invented lines.
@Suite struct BreakoutsAndTitledListsTests {
    @Test func breakoutsByTheirCodes() throws {
        let record = try Invented.record(body: """
            Track 1: Heat
            Breakout 1A – Cooling the informal city
              Chair: Mr. Ali Khan, City Council
            Breakout 1B – Heat and health
              Moderator: Dr. Sara Lee, Kraków
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [
            "Track 1 | Heat", "Breakout 1A | Cooling the informal city", "Breakout 1B | Heat and health",
        ])
        #expect(record.roleLines == ["Ali Khan chair", "Sara Lee moderator"])
    }

    @Test func anOfficeOpensTheNextPersonAfterASemicolon() throws {
        let record = try Invented.record(body: """
            Panellists: Mr. Olivier Dufour, Director, European Investment Bank; Mayor Sadiq Ahmed Al-Mansouri, Municipality \
            of Salalah (Oman); Ms. Naoko Ishii, Tokyo Metropolitan Government.
            """)
        #expect(record.roleLines == ["Olivier Dufour panelist", "Sadiq Ahmed Al-Mansouri panelist", "Naoko Ishii panelist"])
    }

    /// Where a list prints honorifics, a part after a comma without one is where the person before works.
    @Test func aBodyAfterTheCommaIsNoSecondPerson() throws {
        let record = try Invented.record(body: "Moderator: Mr. Pierre-Yves Le Guen, Paris Habitat")
        #expect(record.roleLines == ["Pierre-Yves Le Guen moderator"])
        let plain = try Invented.record(body: "Panellists: Ana Ruiz, John Smith, Lina Haddad")
        #expect(plain.roleLines == ["Ana Ruiz panelist", "John Smith panelist", "Lina Haddad panelist"])
    }

    @Test func aPanelDiscussionWithTheNamesBelow() throws {
        let record = try Invented.record(body: """
            Session 2: Creative industries
            Moderator: Dr. Mary Reyes, University of the Philippines
            Panel discussion with:
              Mr. Reza Santoso, film producer, Indonesia
              Ms. Lan Nguyen, Film Promotion Agency
            """)
        #expect(record.parts.map(\.label) == ["Session 2:"])
        #expect(record.roleLines == ["Mary Reyes moderator", "Reza Santoso panelist", "Lan Nguyen panelist"])
    }

    @Test func lettersAfterANameEndIt() throws {
        let record = try Invented.record(body: """
            Mayor Yvonne Aki-Sawyerr OBE (Freetown), Co-Chair of the Council, delivered the opening address.
            """)
        #expect(record.roleLines == ["Yvonne Aki-Sawyerr opening-speaker"])
    }

    @Test func addressingTheOpening() throws {
        let record = try Invented.record(body: "Dr Robin Mitchell and Dr Colin Tuk also addressed the opening.")
        #expect(record.roleLines == ["Robin Mitchell opening-speaker", "Colin Tuk opening-speaker"])
    }

    /// Headings of parts as programmes print them, each with the roster under it.
    @Test(arguments: [
        ("Roundtable discussion: The future of aid", "Roundtable discussion: | The future of aid"),
        ("Panel discussion on climate finance", "Panel discussion | climate finance"),
        ("Session 3 (Room B): Oceans", "Session 3 (Room B): | Oceans"),
        ("Break-out group 2: Finance", "Break-out group 2 | Finance"),
        ("Sub-theme 2: Resilience", "Sub-theme 2 | Resilience"),
        ("Fireside chat with Minister Ana Ruiz", "Fireside chat with Minister Ana Ruiz | "),
    ])
    func aPartAsProgrammesPrintIt(_ heading: String, _ part: String) throws {
        let record = try Invented.record(body: heading + "\n\nModerator: Dr. Lina Haddad, University of Chile")
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [part])
        #expect(record.roleLines == ["Lina Haddad moderator"])
    }
}
