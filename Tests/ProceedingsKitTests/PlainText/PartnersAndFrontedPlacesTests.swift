import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A conference centre's event report, with its partner printed under the title and the place fronted with the days in the
/// report's first sentence; and a ministry's release whose date and type share a line under the type. Invented lines.
@Suite struct PartnersAndFrontedPlacesTests {
    static let report = """
        Wilton Park
        Events   Our work   Insights   Venue hire   About us

        One Health action on antimicrobial resistance in food systems

        Monday 9 – Wednesday 11 September 2024 | WP3417

        In partnership with the Halvorsen Foundation for Global Health

        Event report

        Published: 15 October 2024

        Over three days at Wiston House, West Sussex, 48 policymakers and researchers from 23 countries met to ask why national \
        plans have changed so little on farms. The meeting was chaired by Dr Tom Ashcroft, Programme Director, Wilton Park.
        """

    @Test func thePartnerUnderTheTitleOrganisedAndTheHeaderGoesOn() throws {
        let record = try Invented.record(Self.report)
        #expect(record.organizers.contains("Halvorsen Foundation for Global Health"))
        // The partner's line is no subtitle, and the lines under it are still the header's.
        #expect(record.event.subtitle == nil)
        #expect(record.document.documentType == "Event report")
        #expect(record.document.issued == "2024-10-15")
        #expect(record.event.startDate == "2024-09-09")
    }

    @Test func howLongThenWhereFrontedBeforeThoseWhoMet() throws {
        #expect(try Invented.record(Self.report).event.venue == "Wiston House, West Sussex")
    }

    @Test func aDateAndATypeOnOneLineUnderTheType() throws {
        let record = try Invented.record("""
            Press release

            14.05.2025 - Press release

            Berlin Round Table on Water: Minister of State calls for a regional compact

            For two days, ministers discussed shared water at the Berlin Round Table, hosted by the Federal Foreign Office in \
            Berlin on 13 and 14 May.
            """)
        #expect(record.event.title == "Berlin Round Table on Water: Minister of State calls for a regional compact")
        #expect(record.document.issued == "2025-05-14")
        #expect(record.event.startDate == "2025-05-13")
    }
}
