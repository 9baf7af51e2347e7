import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A think tank's event page: the hours with their zone and the address under the date are facts of the page, not its
/// headline; "Please join X for a discussion" names who holds it. Invented lines.
@Suite struct EventInvitationsTests {
    static let page = """
        Event
        The Future of Arctic Governance
        Tuesday, March 12, 2024
        10:00 am - 11:30 am EDT
        Center for Strategic and International Studies, 1616 Rhode Island Avenue, NW, Washington, DC 20036

        Please join the CSIS Europe, Russia, and Eurasia Program for a discussion on the future of Arctic governance with experts.

        Featuring
        Mary Smith
        Senior Fellow, CSIS

        Moderated by
        Max Bergmann
        Director, Europe, Russia, and Eurasia Program, CSIS
        """

    @Test func theTitleOverTheHoursAndTheAddress() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "The Future of Arctic Governance")
        #expect(record.roleLines == ["Mary Smith speaker", "Max Bergmann moderator"])
    }

    @Test(arguments: ["10:00 am - 11:30 am ET", "10:00 am - 11:30 am (EDT)", "14:00–15:30 CET"])
    func hoursWithTheirZoneAreNoHeadline(_ hours: String) throws {
        let record = try Invented.record("The Future of Arctic Governance\nTuesday, March 12, 2024\n\(hours)\n\n"
            + "Please join us for a discussion on the future of Arctic governance with a distinguished panel of experts.\n")
        #expect(record.event.title == "The Future of Arctic Governance")
    }

    @Test func whoInvitesHoldsTheEvent() throws {
        let record = try Invented.record(Self.page)
        #expect(record.organizers == ["CSIS Europe, Russia, and Eurasia Program"])
        let us = try Invented.record(body: "Please join us for a discussion on the future of Arctic governance.")
        #expect(us.organizers.isEmpty)
    }
}

/// Those a meeting heard from, listed after a colon, and remarks from someone: they spoke. Invented lines.
@Suite struct HeardFromListsTests {
    @Test func thoseHeardFromAfterAColonSpoke() throws {
        let record = try Invented.record(body: "The meeting heard from the following experts: Dr. Ana Kumar (IIT Delhi) and Prof. Bela Singh (JNU).")
        #expect(record.roleLines == ["Ana Kumar speaker", "Bela Singh speaker"])
    }

    @Test func remarksFromSomeone() throws {
        let record = try Invented.record(body: "The event featured a keynote by Sir Paul Grant and remarks from Dr Ada Obi.")
        #expect(record.roleLines == ["Paul Grant keynote-speaker", "Ada Obi speaker"])
    }
}
