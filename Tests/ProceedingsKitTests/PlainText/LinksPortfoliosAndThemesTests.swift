import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What a page prints around its text and how it names bodies and parts: links and share buttons as residue, a ministry's
/// portfolio with its commas as one body, and an ordinal session's theme printed in brackets.
@Suite struct LinksPortfoliosAndThemesTests {

    @Test func linksAndShareButtonsAreResidue() {
        let result = Invented.read("""
            Seminar on Regional Law

              • twitter
              • Facebook

            3 March 2011

            The seminar was held in Oslo.

            Click here to access the Conference Agenda.

            Click here for transcripts and more information about the Seminar on Regional Law or go to www.example.org.
            """)
        let residue = result.record?.residue.map(\.line) ?? []
        #expect([3, 4, 10, 12].allSatisfy(residue.contains))
        #expect(result.record?.statements.contains { $0.text.hasPrefix("Click here") } == false)
    }

    /// "Director, Middle East and Africa Office, Ministry of Economy, Trade, and Industry": the fields of a ministry's
    /// portfolio are one body's name, the comma before "and" too.
    @Test func aPortfolioWithItsCommasIsOneBody() throws {
        let record = try Invented.record(body: """
            Participants:
            Mr. Kazu Mori, Director, Middle East and Africa Office, Ministry of Economy, Trade, and Industry
            Ms. Aiko Sato, Deputy Director, Ministry of Agriculture, Forestry and Fisheries
            """)
        #expect(record.organizations.map(\.name).sorted() == ["Ministry of Agriculture, Forestry and Fisheries", "Ministry of Economy, Trade, and Industry"])
    }

    /// "First session (Post-war Iraq and ...)": the part and its theme; "(Presentation)" after a part is how it was held.
    @Test func anOrdinalSessionsThemeInBrackets() throws {
        let record = try Invented.record(body: """
            The meeting opened with remarks by the chair.

            First session (Post-war Iraq and the role of the international community)

            - We discussed what kind of cooperation can be made.

            Second session (Presentation)

            - We agreed to meet again.
            """)
        let parts = record.parts.filter { $0.kind == .session }
        #expect(parts.map(\.label) == ["First session", "Second session"])
        #expect(parts.first?.title == "Post-war Iraq and the role of the international community")
        #expect(parts.last?.title == nil && parts.last?.formatNote == "Presentation")
    }

    /// "(3) Session 1-2": a number with a hyphen is the part's number, printed whole, not a number and a dash before a title.
    @Test func aHyphenatedSessionNumberIsPrintedWhole() throws {
        let record = try Invented.record(body: """
            (1) Session 1

            - We discussed.

            (2) Session 1-2

            - We met.
            """)
        #expect(record.parts.filter { $0.kind == .session }.map(\.label) == ["(1) Session 1", "(2) Session 1-2"])
        #expect(record.parts.allSatisfy { $0.title != "2" })
    }
}
