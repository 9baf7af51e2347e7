import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An event page's fields under its title as some sites print them: "Hosted by X" without its colon, and the day of the event
/// on a line of its own after a labelled field.
@Suite struct FieldsWithoutTheirColonsTests {

    @Test func hostedByABodyUnderTheTitleOrganisedIt() throws {
        let record = try Invented.record("""
            Ceasefires without Settlements: What Frozen Conflicts Teach Us
            Hosted by LSE IDEAS
            Wednesday 8 November 2023, 6.30pm - 8.00pm UK time
            Speakers
            Professor Ingrid Moen
            Professor of Security, University of Bergen
            """)
        #expect(record.organizers == ["LSE IDEAS"])
        #expect(record.event.startDate == "2023-11-08")
    }

    @Test func convenedByPeopleIsNoBody() throws {
        let record = try Invented.record("""
            Workshop on Pacific Regionalism
            Convened by Dr Salote Havili and Associate Professor Daniel Tan, Department of Pacific Affairs
            11 April 2024
            """)
        #expect(!record.organizers.contains { $0.hasPrefix("Dr") })
    }

    @Test func aSentenceThatOpensWithHostedByIsNoField() throws {
        let record = try Invented.record(body: "Hosted by the Ministry of Water, the forum drew two hundred participants.")
        #expect(record.organizers == ["Ministry of Water"])
    }

    @Test func theEventsDayAfterALabelledFieldIsStillRead() throws {
        let record = try Invented.record("""
            Ceasefires without Settlements: What Frozen Conflicts Teach Us
            Organised by: LSE IDEAS
            Wednesday 8 November 2023, 6.30pm - 8.00pm UK time
            Speakers
            Professor Ingrid Moen
            Professor of Security, University of Bergen
            """)
        #expect(record.event.startDate == "2023-11-08")
    }
}
