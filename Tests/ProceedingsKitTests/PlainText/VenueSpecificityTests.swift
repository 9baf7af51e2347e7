import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The town printed by the days gives way to the building the text names ("took place at the Centro de Congressos de
/// Lisboa"), and a labelled venue may follow a sentence in its paragraph. Invented lines.
@Suite struct VenueSpecificityTests {
    @Test(arguments: ["Lisbon, 16–18 April 2024", "Lisbon, Portugal\n16–18 April 2024"])
    func theBuildingTheTextNamesSaysWhereInTheTown(_ dateline: String) throws {
        let record = try Invented.record("""
            Global Mayors' Summit on Urban Resilience

            \(dateline)

            The Summit took place at the Centro de Congressos de Lisboa from 16 to 18 April 2024.
            """)
        #expect(record.event.venue == "Centro de Congressos de Lisboa")
    }

    @Test func aVenueLabelledAfterASentence() throws {
        let record = try Invented.record("""
            Regional Interfaith Dialogue

            Jakarta, Indonesia
            4–5 June 2013

            Hosted by the Ministry of Religious Affairs. Venue: Hotel Borobudur, Jakarta.
            """)
        #expect(record.event.venue == "Hotel Borobudur, Jakarta")
        #expect(record.organizers == ["Ministry of Religious Affairs"])
    }
}
