import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What a web page prints above its title: a trail of sections, a masthead, a section name over
/// the date, a type with its reference number; then a programme with a time before each item, and
/// an event page's roster with the role after a name. Invented pages, read end to end.
@Suite struct WebPageHeaderTests {

    @Test func breadcrumbsAreNoTitle() {
        #expect(Residue.isBreadcrumb("Home › Media Centre › News"))
        #expect(Residue.isBreadcrumb("Home / Events / Past Events"))
        #expect(Residue.isBreadcrumb("News | School of Law"))
        #expect(!Residue.isBreadcrumb("Tuesday, May 7, 2024 / 10:00 am"))
        #expect(!Residue.isBreadcrumb("Water and Peace: A Forum"))
    }

    @Test func mastheadsAreNoTitle() {
        let lexicon = GenreLexicon.builtIn
        #expect(HeaderReader.isMasthead("Ministry of Foreign Affairs of Chile", lexicon))
        #expect(HeaderReader.isMasthead("MINISTRY OF FOREIGN AFFAIRS AND TRADE", lexicon))
        #expect(HeaderReader.isMasthead("REPUBLIC OF KENYA", lexicon))
        #expect(!HeaderReader.isMasthead("Ministry Hosts Seminar on Trade", lexicon))
        #expect(!HeaderReader.isMasthead("The Role of the University in Peace", lexicon))
    }

    @Test func typeWithItsReference() {
        #expect(DocumentTypes.line("Press Release PR-0311-22", .builtIn) == "Press Release")
        #expect(DocumentTypes.line("PRESS STATEMENT", .builtIn) == "PRESS STATEMENT")
        #expect(DocumentTypes.line("Consolidated Summary", .builtIn) == "Consolidated Summary")
        #expect(DocumentTypes.line("Statement", .builtIn) == nil)
    }

    /// A site's domain, a ministry, the type, the title, a dotted date after "Published"; "Highlights" under a title;
    /// the event's date above "Last updated:"; a byline and share links.
    @Test func publishedAndUpdatedDates() {
        let oslo = """
            regjeringen.no
            Ministry of Foreign Affairs

            Summary of the Chair
            Oslo Roundtable on Fisheries Data

            Published 17.05.2016 | Updated 18.05.2016

            The roundtable took place on 3 May 2016 in Oslo.
            """
        #expect(Invented.explain(oslo) == [
            "4: document-type \"Summary of the Chair\" by cue document-type.line",
            "5: title \"Oslo Roundtable on Fisheries Data\" by cue title.line",
            "7: issued \"2016-05-17\" by cue date.page",
            "9: start-date \"2016-05-03\" by cue date.held",
            "9: venue \"Oslo\" by cue venue.held-at",
        ])
        let paris = """
            Roundtable on Housing in Mid-Sized Cities
            Highlights

            9 October 2019, Conference Centre, Paris
            Last updated: 21 October 2019
            By Staff Writer
            Share: Facebook | X | Email
            """
        #expect(Invented.explain(paris) == [
            "1: title \"Roundtable on Housing in Mid-Sized Cities\" by cue title.line",
            "2: document-type \"Highlights\" by cue document-type.line",
            "4: start-date \"2019-10-09\" by cue date.under-title",
            "4: venue \"Conference Centre, Paris\" by cue venue.under-title",
            "5: issued \"2019-10-21\" by cue date.page",
        ])
        #expect(Residue.isDomain("regjeringen.no"))
        #expect(!Residue.isDomain("length."))
    }

    /// An embassy's masthead in three languages, its menu, a date day first with slashes, a symbol with its year.
    @Test func embassyPageWithAMenu() {
        let page = """
            Embassy of Ireland, Viet Nam
            Ambasáid na hÉireann, Vítneam | Đại sứ quán Ireland tại Việt Nam

            Home  News & Events  Travel to Ireland  Passports & Citizenship  About us

            18/10/2024

            Ireland and Viet Nam share expertise on food safety
            """
        #expect(Invented.explain(page) == [
            "6: issued \"2024-10-18\" by cue date.page",
            "6: start-date \"2024-10-18\" by cue date.page",
            "8: title \"Ireland and Viet Nam share expertise on food safety\" by cue title.line",
        ])
        #expect(Dates.all(in: "10/18/2024").first?.iso == "2024-10-18")
        #expect(Dates.all(in: "10/11/2024").isEmpty)
    }

    /// A masthead, a type with its number, a dated place line; then the headline.
    @Test func pressReleaseUnderAMasthead() {
        let page = """
            Ministry of Foreign Affairs of Chile

            Press Release PR-0311-22
            Santiago, 9 May 2022

            Chile hosts Pacific Seminar on Ocean Data

            On 6 May, the Ministry of Foreign Affairs held the Pacific Seminar on Ocean Data at the Carrera Palace.
            """
        #expect(Invented.explain(page) == [
            "3: document-type \"Press Release\" by cue document-type.line",
            "4: issued \"2022-05-09\" by cue date.page",
            "6: title \"Chile hosts Pacific Seminar on Ocean Data\" by cue title.line",
            "8: organizer \"Ministry of Foreign Affairs\" by cue organizer.subject (\"held\")",
            "8: start-date \"2022-05-06\" by cue date.held",
            "8: venue \"Carrera Palace\" by cue venue.held-at",
        ])
    }

    /// A trail of sections; a dated line with a weekday and a time, then the address; a roster whose last name carries its role.
    @Test func eventPageWithAnAddress() {
        let page = """
            Home / Events / Past Events

            Water and Cities in the Andes

            Tuesday, May 7, 2024 / 10:00 am - 11:30 am EST
            Policy Council, 1200 K Street NW, Washington, DC | Online

            This event is co-hosted by the Policy Council and the Andean Water Observatory.

            Speakers

            Ana María Rojas Vega
            Senior Fellow, Andean Water Observatory

            Peter J. Lang, moderator
            Director, Latin America Program, Policy Council
            """
        #expect(Invented.explain(page) == [
            "3: title \"Water and Cities in the Andes\" by cue title.line",
            "5: issued \"2024-05-07\" by cue date.page",
            "5: start-date \"2024-05-07\" by cue date.page",
            "6: venue \"Policy Council, 1200 K Street NW, Washington, DC\" by cue venue.dateline",
            "8: organizer \"Policy Council\" by cue organizer.by (\"co-hosted by\")",
            "8: organizer \"Andean Water Observatory\" by cue organizer.by (\"co-hosted by\")",
            "12: speaker \"Ana María Rojas Vega\" by cue label.speaker (\"Speakers\")",
            "15: moderator \"Peter J. Lang\" by cue label.moderator.after-name (\"moderator\")",
        ])
    }

    /// A programme: times before the items, a talk's title under its part, a person alone under a part.
    @Test func programmeWithTimes() {
        let page = """
            Forum on Coastal Cities

            Programme

            09:30  Opening Session
            Welcome: Prof. Ana Costa, Rector, Atlantic University

            10:00  Keynote Lecture
            "Cities Below the Tide"
            Dr. Omar Haddad, Adviser, Ocean Institute

            16:30  Closing Remarks
            Dr. Lena Berg, Director, Coastal Centre
            """
        #expect(Invented.explain(page) == [
            "1: title \"Forum on Coastal Cities\" by cue title.line",
            "6: opening-speaker \"Ana Costa\" in opening by cue label.opening (\"Welcome\")",
            "10: keynote-speaker \"Omar Haddad\" in keynote by cue part.keynote-heading",
            "13: closing-speaker \"Lena Berg\" in closing by cue part.closing-heading",
        ])
        #expect(Invented.read(page).record?.parts.map(\.title) == [nil, "Cities Below the Tide", nil])
    }
}
