import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A research centre's conference report (the kind of event and its days under the title, the page's date after; organisers
/// one of which is a centre's letters joined to its university's name; a programme whose introduction follows the welcome)
/// and a think tank's event page whose featured speakers the moderator calls panelists. Invented lines.
@Suite struct ConferencePagesOfInstitutesTests {
    static let report = """
        Conference report
        Rivers and Borders: Water Governance in the Sahel
        International conference, 13.02.2025 - 14.02.2025
        Published on 03.03.2025

        Venue: Maison des Sciences, 12 rue Monge, Paris
        Organised by CEREM-Sciences Po and the Sahel Water Research Network (SWRN)

        Thursday 13 February

        Welcome: Louis BERTRAND, Director, CEREM
        Introduction: Awa DIALLO and Pierre MARTIN

        Panel 1 – Shared aquifers
        Chair: Claire DUBOIS (CEREM)
        """

    @Test func theKindAndDaysUnderTheTitleAndTheOrganisers() throws {
        let record = try Invented.record(Self.report)
        #expect(record.event.startDate == "2025-02-13")
        #expect(record.event.endDate == "2025-02-14")
        #expect(record.document.issued == "2025-03-03")
        #expect(record.event.venue?.includes("International conference") != true)
        #expect(record.organizers.contains("CEREM-Sciences Po"))
        #expect(record.organizers.contains { $0.hasPrefix("Sahel Water Research Network") })
    }

    @Test func theIntroductionAfterTheWelcomeOpensTheConference() throws {
        let roles = try Invented.record(Self.report).roleLines
        #expect(roles.contains("Awa DIALLO opening-speaker"))
        #expect(roles.contains("Pierre MARTIN opening-speaker"))
    }

    @Test func featuredSpeakersTheModeratorCallsPanelists() throws {
        let page = """
            Event
            Securing Battery Supply Chains
            March 4, 2025 • 10:00 – 11:00 am EST

            Featuring
            Laura Benning
            Deputy Assistant Secretary, U.S. Department of Energy
            Tomas Reyes
            Chief Executive Officer, Andes Lithium
            Grace Whitfield
            Senior Fellow, Energy Program (Moderator)

            Transcript

            Grace Whitfield: Good morning. We're fortunate to have two panelists with us today. Laura, let me start with you.
            """
        let roles = try Invented.record(page).roleLines
        #expect(roles.contains("Laura Benning panelist"))
        #expect(roles.contains("Tomas Reyes panelist"))
        #expect(roles.contains("Grace Whitfield moderator"))
        // Without the page's word for them they are its speakers.
        let plain = try Invented.record(page.replacing("two panelists", with: "two guests")).roleLines
        #expect(plain.contains("Laura Benning speaker"))
    }

    /// A news story's subheading set right over its paragraph, no blank line between: the panel the paragraph reports takes it
    /// as its theme.
    @Test func aSubheadingRightOverThePanelItHeads() throws {
        let record = try Invented.record("""
            Small states press for ocean finance
            14 March 2025

            Ministers met in London on 11 March for the Ocean Finance Dialogue, hosted by the Secretariat.

            Blue bonds and debt swaps
            A ministerial panel moderated by Ms Ana Tupou, Adviser at the Secretariat, heard from Hon. Tevita Lolo, Minister of \
            Finance of Tonga; and Dr Salote Vaini of the Forum Secretariat.
            """)
        #expect(record.parts.map(\.title) == ["Blue bonds and debt swaps"])
        #expect(record.roleLines == ["Ana Tupou moderator", "Tevita Lolo panelist", "Salote Vaini panelist"])
    }

    /// "Organiser(s):", "Speaker(s):": a label printed for one or several; a chairmanship organises; "under the Blue Charter"
    /// ends the list of hosts.
    @Test func labelsForOneOrSeveralAndHostsUnderAProgramme() throws {
        let record = try Invented.record("""
            Workshop on Hydrogen Certification
            12 May 2025

            Organiser(s): IRENA, Ministry of Mines and Energy of Namibia
            Speaker(s): Dr Ana Ruiz, Director, IRENA

            The workshop was co-hosted by the Energy Secretariat and the Government of Mauritius under the Blue Charter.

            The conference, which opened on Monday, was organized by the Maltese OSCE Chairmanship together with the Energy Office.
            """)
        #expect(record.organizers.contains("IRENA"))
        #expect(record.organizers.contains("Ministry of Mines and Energy of Namibia"))
        #expect(record.roles.contains { $0.name == "Ana Ruiz" && $0.role == .speaker && $0.printed == "Speaker(s)" })
        #expect(record.organizers.contains("Government of Mauritius"))
        #expect(record.organizers.contains("Maltese OSCE Chairmanship"))
    }
}
