import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Three ways a site prints what stands over the headline: a trail whose steps are joined by a doubled arrow, a think tank's
/// programme under the kind of event, and the type of the page as a phrase ("Report from the event"). Invented lines.
@Suite struct KickersAndDoubledTrailsTests {
    @Test func aTrailWithDoubledArrowsIsNoTitle() throws {
        let record = try Invented.record("""
            THE REGIONAL PLAN
            Home | About Us | News & Events | Contact Us

            Home >> News & Events

            Regional Plan and Nepal hold Workshop on Youth Prevention Programmes

            Posted on 21st March 2025

            The workshop was held in Kathmandu from 10th to 14th March 2025. Ms Anju Thapa opened it.
            """)
        #expect(record.event.title == "Regional Plan and Nepal hold Workshop on Youth Prevention Programmes")
    }

    @Test func aProgrammeOverTheEventsHeadline() throws {
        let record = try Invented.record("""
            POLICY DIALOGUE
            Green Growth for Europe Programme

            Cheap power, dear grids? Making the energy union work for industry

            14 May 2025
            Residence Palace, Brussels

            The dialogue was moderated by Ana Ruiz, Senior Policy Analyst.
            """)
        #expect(record.event.title == "Cheap power, dear grids? Making the energy union work for industry")
    }

    @Test func theTypeAsAPhraseOverTheTitle() throws {
        let record = try Invented.record("""
            Events / Past events

            Report from the event

            Russia's energy statecraft and the Nordic grid

            Published: 2025-02-21

            The seminar was held on 12 February. Dr Anna Berg said grids were exposed.
            """)
        #expect(record.document.documentType == "Report from the event")
        #expect(record.event.title == "Russia's energy statecraft and the Nordic grid")
    }

    /// A release that opens with its town in brackets, and a host whose brackets give its short name and its head.
    @Test func theHostsOfAReleaseFromItsTownInBrackets() throws {
        let record = try Invented.record("""
            Institute Hosts Conference on Minerals
            12 June 2025

            [Seoul] The Korea Institute for Trade Policy (KITP, President KIM Min-ho) co-hosted the "2025 Conference on Minerals" \
            with the Ministry of Economy and Finance on June 10-11, 2025 at the Lotte Hotel Seoul.
            """)
        #expect(record.organizers.contains("Korea Institute for Trade Policy (KITP)"))
        #expect(record.organizers.contains("Ministry of Economy and Finance"))
    }
}
