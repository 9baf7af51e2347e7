import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A think tank's event page and an international body's release. Invented lines.
@Suite struct EventRecapsTests {
    /// "Moderated by" alone over a name and its title: who moderated.
    @Test func moderatedByAloneOverANameBlock() throws {
        let record = try Invented.record("""
            The Future of Polar Shipping

            Tuesday, March 4, 2025
            Washington, DC and online

            Featuring
            Jane Whitman
            Senior Fellow, Energy Security Program, Polar Policy Institute

            Moderated by
            Tom Reyes
            Director, Polar Studies Initiative
            """)
        #expect(record.roleLines == ["Jane Whitman speaker", "Tom Reyes moderator"])
    }

    /// "gathered in Dakar this week": when, not where.
    @Test func theWeekIsNoPartOfThePlace() throws {
        let record = try Invented.record(body: """
            Officials from eleven countries gathered in Dakar this week for a regional dialogue on fair labour mobility.
            """)
        #expect(record.event.venue == "Dakar")
    }
}
