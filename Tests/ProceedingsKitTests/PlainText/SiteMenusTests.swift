import Foundation
import Testing
@testable import ProceedingsKit

/// The top of a site's page: its name, its menu and the trail to the page, then the type, the title,
/// and a line of cells with the event's day and place. Invented pages, read end to end.
@Suite struct SiteMenusTests {

    @Test func menusAreResidue() {
        #expect(Residue.isMenu("Home | About | Research | Events | Publications | Contact"))
        #expect(Residue.isMenu("Who we are   What we do   Where we work   News   Get involved   DONATE"))
        #expect(Residue.isMenu("about · projects · resources · workshops · blog · français"))
        #expect(Residue.isMenu("DE | EN"))
        #expect(Residue.isMenu("日本語 | English"))
        #expect(Residue.isMenu("Print this page   Share   Download PDF"))
        // A roster, a list of topics, a dated line of cells: no menu.
        #expect(!Residue.isMenu("Ana Ruiz | Tom Berg | Li Wei | Sara Noor"))
        #expect(!Residue.isMenu("Roundtable | 14 November 2018 | Lima"))
        #expect(!Residue.isMenu("Water   Energy   Food   Land"))
    }

    @Test func trailsWithAYearOrInLowerCase() {
        #expect(Residue.isBreadcrumb("Knowledge hub > Meeting reports > Expert Meeting 2019"))
        #expect(Residue.isBreadcrumb("workshops / past workshops / lima 2019"))
        #expect(!Residue.isBreadcrumb("rivers / lakes / the sea and what it owes us."))
        #expect(HeaderReader.isSectionCells("EVENTS · REVIEW"))
        #expect(!HeaderReader.isSectionCells("Water · Peace"))
        #expect(HeaderReader.isRule("-------------------"))
    }

    /// A site's name that names a meeting ("... for Regional Dialogue") over its menu is no title.
    @Test func siteNameOverItsMenu() {
        let page = """
            Lakeside Institute for Regional Dialogue
            Home | About | Research | Events | Publications | Contact
            Home > Events > Event Reports > 2018

            EVENT REPORT

            Rivers Without Borders: Water Cooperation in the Andes

            Roundtable | 14 November 2018 | Palais Ostermann Conference Rooms, Lima
            Print this page   Share   Download PDF

            Ms. Ana Ruiz chaired the roundtable.
            """
        let record = Invented.read(page).record
        #expect(record?.event.title == "Rivers Without Borders: Water Cooperation in the Andes")
        #expect(record?.document.documentType == "EVENT REPORT")
        #expect(record?.event.startDate == "2018-11-14")
        #expect(record?.event.venue == "Palais Ostermann Conference Rooms, Lima")
    }

    /// A rule under the menu, a trail in lower case; then a span of days with their weekdays, which
    /// dates the event and not the page.
    @Test func ruleTrailAndASpanOfDays() {
        let page = """
            HARBOUR INSTITUTE OF SOCIAL STUDIES
            Research  Publications  Events  Fellows  Library      Қазақша | Русский | English
            ---------------------------------------------------------------
            workshops / past workshops / lima 2019

            Coastal Towns and Their Futures

            Thursday 6 – Friday 7 June 2019

            Ms. Ana Ruiz opened the workshop.
            """
        let record = Invented.read(page).record
        #expect(record?.event.title == "Coastal Towns and Their Futures")
        #expect(record?.event.startDate == "2019-06-06")
        #expect(record?.event.endDate == "2019-06-07")
        #expect(record?.document.issued == nil)
        #expect(Dates.all(in: "Saturday 14 and Sunday 15 September 2019").first?.lastIso == "2019-09-15")
    }

    /// A news headline over the event's own name, its days and its place; the page's date above both.
    @Test func headlineOverTheEventsNameAndDays() {
        let page = """
            News  |  May 9, 2019

            Bank and institute bring together experts in Lima

            High-Level Seminar on Rural Connectivity
            May 7-8, 2019 · Hotel Miraflores, Lima, Peru

            The seminar was opened by Ms. Ana Ruiz. Related: a dialogue held in Quito (November 2018).
            """
        let record = Invented.read(page).record
        #expect(record?.event.title == "Bank and institute bring together experts in Lima")
        #expect(record?.event.subtitle == "High-Level Seminar on Rural Connectivity")
        #expect(record?.document.issued == "2019-05-09")
        #expect(record?.event.startDate == "2019-05-07")
        #expect(record?.event.endDate == "2019-05-08")
        #expect(record?.event.venue == "Hotel Miraflores, Lima, Peru")
    }
}
