import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The lines a ministry's release or a government's news item prints over its headline. Invented lines.
@Suite struct ReleaseHeadersTests {
    /// "NUMBER: 212.Pers/04/SJI/2024" is the release's number, no title; "Date:" over the headline is the day it was issued.
    @Test func aReleasesNumberAndDate() throws {
        let record = try Invented.record("""
            PRESS RELEASE
            NUMBER: 212.Pers/04/SJI/2024
            Date: 16 May 2024
            Ministry Hosts Regional Workshop on Geothermal Direct Use
            The Ministry hosted a regional workshop on the direct use of geothermal heat in Bandung on Tuesday, 14 May 2024.
            """)
        #expect(record.event.title == "Ministry Hosts Regional Workshop on Geothermal Direct Use")
        #expect(record.document.issued == "2024-05-16")
        #expect(record.event.startDate == "2024-05-14")
    }

    /// "News item | 02-10-2024 | 17:30": the type, the date in figures read after the meeting's day, and the hour.
    @Test func aNewsItemsCells() throws {
        let record = try Invented.record("""
            Minister: 'Delta countries must share what works'
            News item | 02-10-2024 | 17:30

            On Tuesday 1 October the Minister hosted an international round table on delta resilience at the ministry in The Hague.
            """)
        #expect(record.document.documentType == "News item")
        #expect(record.document.issued == "2024-10-02")
        #expect(record.event.subtitle == nil)
    }

    /// "Press release  |  ENVI  PETI  |  05-12-2023 - 18:30": the committees' codes between the type and the date, the hour
    /// after a dash; the headline under the line is the title.
    @Test func aReleasesCellsWithCommitteeCodes() throws {
        let record = try Invented.record("""
            Press room > Press releases

            Press release  |  ENVI  PETI  |  05-12-2023 - 18:30

            PFAS in drinking water: MEPs hear from scientists and citizens

            On 5 December 2023, the two committees held a joint public hearing on contamination of drinking water.
            """)
        #expect(record.event.title == "PFAS in drinking water: MEPs hear from scientists and citizens")
        #expect(record.document.documentType == "Press release")
        #expect(record.document.issued == "2023-12-05")
    }

    /// "Agenda item" names no page; "Theme: Water" after a label is no number.
    @Test func anAgendaItemAndAThemeAreNeither() {
        #expect(DocumentTypes.line("Agenda item", .builtIn) == nil)
        #expect(HeaderReader.labelledSymbol("Number: 12 participants") == nil)
    }

    /// "Press release: ..." / "Date: Tuesday, 18 March 2025": under a release's headline too, the day it was issued; the
    /// meeting "took place in" a room after its hosts "to the United Nations".
    @Test func aPressReleasesDateUnderItsHeadlineAndItsRoom() throws {
        let record = try Invented.record("""
            Press release: At the Commission, ministers call for climate finance that reaches women
            Date: Tuesday, 18 March 2025

            New York — Speakers urged action at a high-level side event on Monday, 17 March.

            The event was co-hosted by the Agency and the Permanent Missions of Chile and Kenya to the United Nations and took place in Conference Room 11 at UN Headquarters.
            """)
        #expect(record.document.issued == "2025-03-18")
        #expect(record.event.startDate == "2025-03-17")
        #expect(record.event.venue == "Conference Room 11 at UN Headquarters")
    }
}
