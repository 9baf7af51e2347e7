import Foundation
import Testing
@testable import ProceedingsKit

/// When and where a news item says its meeting was: a weekday told from the page's date, a town in
/// capitals with accents, an address beside the date, a type line with a release note, and hosts who
/// "opened a forum". Invented pages.
@Suite struct NewsDatesTests {
    @Test func weekdayToldFromThePagesDate() throws {
        // 12 June 2019 was a Wednesday: "on Tuesday" is the 11th.
        let record = try Invented.record("""
            Roundtable weighs the cost of adaptation for ports

            GDAŃSK, 12 June 2019 — Port managers and scientists gathered on Tuesday in the Institute’s seminar room for a roundtable on coastal finance.
            """)
        #expect(record.event.startDate == "2019-06-11")
    }

    /// The day a meeting ended on is its last: "ended a two-day forum on Wednesday" dates no start.
    @Test func endedOnAWeekdayIsNoStart() throws {
        let record = try Invented.record("""
            Forum calls for one laboratory network

            LOMÉ, 13 June 2019 – Health officials ended a two-day regional forum here on Wednesday with a call for one network. The forum, held on 11 and 12 June at the Maison de la Coopération, was organised by WAHCA.
            """)
        #expect(record.event.startDate == "2019-06-11")
    }

    @Test func addressBesideTheDate() throws {
        let record = try Invented.record("""
            Independent Journalism after the Pandemic

            Seminar | Friday, 26 February 2021 | CMPI Conference Room, 14 Kipiani Street, Tbilisi

            Editors from three countries met to compare audiences and revenues.
            """)
        #expect(record.event.startDate == "2021-02-26")
        #expect(record.event.venue == "CMPI Conference Room, 14 Kipiani Street, Tbilisi")
    }

    @Test func releaseNoteBesideTheType() throws {
        let record = try Invented.record("""
            PRESS RELEASE                                   For immediate release

               Ministers agree to tighter catch reporting

            SUVA, Fiji (15 July 2016) -- Fisheries ministers ended their meeting today.
            """)
        #expect(record.document.documentType == "PRESS RELEASE")
        #expect(record.event.title == "Ministers agree to tighter catch reporting")
    }

    /// Bodies that "opened a two-day Regional Forum" held it; a minister who opened one spoke.
    @Test func bodiesThatOpenedAForum() throws {
        let record = try Invented.record(body: """
            The West African Migration Observatory (WAMO) and the Dakar Institute for Demographic Research opened a two-day Regional Forum on Migration Data in Dakar on Tuesday 5 December 2023.
            """)
        #expect(record.organizers == ["West African Migration Observatory (WAMO)", "Dakar Institute for Demographic Research"])
        let minister = try Invented.record(body: "Minister Awa Ndiaye opened a two-day forum in Dakar on 5 December 2023.")
        #expect(minister.organizers.isEmpty)
    }
}
