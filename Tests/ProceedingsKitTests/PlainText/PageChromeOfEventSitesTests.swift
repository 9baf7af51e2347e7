import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Site lines over an event's headline: a chooser of languages one to a line under "This page in:", and a trail of sections
/// with the date set apart by spaces. Invented lines.
@Suite struct PageChromeOfEventSitesTests {
    @Test func languagesOneToALineAreNoTitle() throws {
        let record = try Invented.record("""
            This page in:
            English
            Español
            Français
            العربية

            EVENTS

            Ports That Pay: Financing Coastal Resilience

            Date: April 23, 2025
            Location: Headquarters, Washington, DC
            """)
        #expect(record.event.title == "Ports That Pay: Financing Coastal Resilience")
    }

    @Test func aTrailOfSectionsWithItsDateIsNoTitle() throws {
        let record = try Invented.record("""
            Also available in Français

            Event / Africa   4 June 2025

            Sahel: Is There Room for Talks with Herders?

            Online Event
            """)
        #expect(record.event.title == "Sahel: Is There Room for Talks with Herders?")
        #expect(record.event.startDate == "2025-06-04")
    }

    /// A language's name inside a sentence, or a longer line that opens with one, stays text.
    @Test func aLanguageInALineIsNoChooser() {
        #expect(!Residue.matches("English and French were the working languages."))
        #expect(!Residue.matches("This page in the report lists the speakers"))
    }
}
