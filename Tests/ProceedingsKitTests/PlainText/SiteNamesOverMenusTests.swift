import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A site's first lines as a page copied from a browser prints them: the link for screen readers, the site's name (and motto),
/// its buttons, and its menu in a block of its own before the trail and the title.
@Suite struct SiteNamesOverMenusTests {

    @Test func aNameOverItsButtonsThenTheMenuInABlockOfItsOwn() {
        let page = """
            Skip to main content
            Wilson Center
            Menu
            Search

            Programs
            Insight & Analysis
            Events
            Experts
            About

            Event

            Arctic Governance in a Warming World: Indigenous Knowledge and Science Diplomacy

            The Polar Institute hosted a conversation on Arctic governance on 18 October 2023.
            """
        let facts = Invented.explain(page)
        #expect(facts.contains("14: title \"Arctic Governance in a Warming World: Indigenous Knowledge and Science Diplomacy\" by cue title.line"))
        #expect(!facts.contains { $0.contains("subtitle") })
    }

    @Test func aNameAndMottoUnderTheSkipLinkOverTheMenusBlock() {
        let page = """
            Skip to main content
            Clingendael
            Netherlands Institute of International Relations

            Menu
            Research
            Training
            Publications
            Events
            About us

            Home > Publications > Water Diplomacy in the Sahel

            Conference Report

            Water Diplomacy in the Sahel
            Towards a Regional Agenda

            15 April 2024

            Download PDF (612 KB)

            The conference, held in The Hague on 4 and 5 March 2024, brought together forty experts.
            """
        let facts = Invented.explain(page)
        #expect(facts.contains("16: title \"Water Diplomacy in the Sahel\" by cue title.line"))
        #expect(facts.contains { $0.hasPrefix("17: subtitle \"Towards a Regional Agenda\"") })
        #expect(facts.contains { $0.hasPrefix("14: document-type \"Conference Report\"") })
    }

    @Test func anEventsOwnSiteIsNamedForTheEvent() {
        let facts = Invented.explain("""
            Skip to content
            Baltic Sea Youth Summit

            Home
            Programme
            News
            Contact

            The summit met in Gdańsk on 3 May 2024.
            """)
        #expect(facts.contains { $0.hasPrefix("2: title \"Baltic Sea Youth Summit\"") })
    }

    @Test func shortLinesUnderATitleAreNoMenu() {
        // Without a menu's own words the block is the page's: the roster under the title stays.
        let facts = Invented.explain("""
            Skip to main content
            Nordic Water Forum

            Speakers
            Anna Berg
            Tom Baker

            The forum met in Oslo on 3 May 2024.
            """)
        #expect(facts.contains { $0.hasPrefix("2: title \"Nordic Water Forum\"") })
        #expect(facts.contains { $0.contains("\"Anna Berg\"") })
    }
}
