import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A think tank's or a university's page of an event: a site's name between the screen reader's link and its menu, a
/// "Presider" over each session, a panel told in prose that ends where the story turns back to the whole event, and the
/// event's convenor.
@Suite struct EventPagesOfThinkTanksTests {

    @Test func aSiteNameBetweenTheSkipLinkAndTheMenu() throws {
        let record = try Invented.record("""
            Skip to main content
            Institute of World Affairs
            Search
            Regions  Topics  Research  Events  Membership  Donate

            Symposium
            Securing Critical Minerals: Supply Chains, Statecraft, and the Energy Transition
            Thursday, October 10, 2024

            Keynote Session

            Speaker
            Marisol Quintero-Hale
            Assistant Secretary, Department of Energy

            Presider
            Gideon Farrow
            Correspondent, The Ledger

            The Institute's symposium brought officials, investors and researchers together to discuss how supply chains for critical minerals can be secured.
            """)
        #expect(record.event.title == "Securing Critical Minerals: Supply Chains, Statecraft, and the Energy Transition")
        #expect(record.participations.first { $0.personId == "gideon-farrow" }?.role == .moderator)
    }

    @Test func aStoryOfTheWholeEventEndsThePanel() throws {
        let record = try Invented.record(body: """
            The first panel, chaired by Associate Professor Losaline Vaipulu, brought together Dr Ioane Lemalu and Grant McAllister.

            The symposium also drew on the 2023 report of the Network. The report's lead author, Professor Jonah Taufa of the University of the South Pacific, was unable to travel to Wellington and sent his apologies.

            Symposium convenor Dr Hannah Reid, a senior lecturer in Human Geography, said the event had been designed with communities.
            """)
        #expect(record.roles(of: "ioane-lemalu") == [.panelist])
        #expect(record.roles(of: "jonah-taufa").isEmpty)
        #expect(record.roles(of: "hannah-reid") == [.organizer])
        #expect(record.participations.first { $0.personId == "hannah-reid" }?.partId == nil)
    }
}

/// An event page's programme: a panel that lists its people without a label, and the hall printed over its address.
@Suite struct ProgrammesOfEventPagesTests {

    static let page = """
        Past Event

        AI at Work: Who Gains, Who Adjusts, and What Policy Should Do

        Tuesday, February 11, 2025
        10:00 am - 11:30 am EST

        Brookings Institution, Falk Auditorium
        1775 Massachusetts Avenue N.W., Washington, DC 20036

        Generative artificial intelligence has moved from pilot projects to everyday workplace tools faster than almost any technology before it.

        Agenda

        10:40 am - 11:30 am EST
        Panel discussion: Measuring AI's labor market effects
        Priya Raghunathan
        Professor of Economics - University of Michigan
        Marcus Oduya
        Director of Research - Service Employees Workforce Institute
        Moderator: Corinne Dallaire
        Policy Director - The Hamilton Project
        """

    @Test func thosePanelListsSitOnIt() throws {
        let record = try Invented.record(Self.page)
        #expect(record.role(of: "priya-raghunathan") == .panelist)
        #expect(record.role(of: "marcus-oduya") == .panelist)
        #expect(record.role(of: "corinne-dallaire") == .moderator)
    }

    @Test func theHallOverItsAddress() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.venue == "Brookings Institution, Falk Auditorium, 1775 Massachusetts Avenue N.W., Washington, DC 20036")
        #expect(record.event.subtitle == nil)
    }

    @Test func aStandingPanelListsMembersAndOfficers() throws {
        let record = try Invented.record(body: """
            Panel on Housing

            Members present  : Hon CHEUNG Wai-lam (Chairman)
                               Hon LAU Kwok-fai

            Public Officers attending

            Ms Winnie LAI Wing-sze
            Permanent Secretary for Housing
            """)
        #expect(record.participations.first { $0.personId == "winnie-lai-wing-sze" }?.role == .participant)
    }
}
