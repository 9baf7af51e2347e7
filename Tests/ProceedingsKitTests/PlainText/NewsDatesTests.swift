import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

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

/// The page's own date at its foot, and the people of a round table "with the participation of".
@Suite struct FootAndRoundTableTests {
    @Test func publishedAtTheFoot() throws {
        let record = try Invented.record("""
            Groundwater Under Pressure

            11–12 October 2018 · Tartu, Estonia

            Academician Toomas Rebane opened the symposium.

            Published 5 November 2018
            Print | Share | Back to top
            """)
        #expect(record.event.startDate == "2018-10-11")
        #expect(record.event.endDate == "2018-10-12")
        #expect(record.document.issued == "2018-11-05")
    }

    @Test func placeAndDateUnderASummary() throws {
        let record = try Invented.record("""
            CHAIR’S SUMMARY

            Third Montevideo Dialogue on Antarctic Science

            Montevideo, March 3-4, 2015

            1. The Dialogue was chaired by Ambassador Martín ECHEVERRÍA.

            Montevideo, March 6, 2015
            """)
        #expect(record.event.startDate == "2015-03-03")
        #expect(record.document.issued == "2015-03-06")
    }

    /// "Last updated" is when the page changed, not when it was issued.
    @Test func lastUpdatedIsNoIssue() throws {
        let record = try Invented.record("Forum on Water\n\nThe forum met in Lima on 3 May 2019.\n\nLast updated: 9 May 2019\n")
        #expect(record.document.issued == nil)
    }

    @Test func roundTableWithTheParticipationOf() throws {
        let record = try Invented.record(body: """
            A round table moderated by the journalist Nélia Cossa followed, with the participation of the poet Ivo Macuácua, Dr. Inês Barros Vidal of the Lisbon Institute, and the literary translator Jean-Marc Dufresne. Please note: Dr. Hussein Mzee, announced earlier as keynote speaker, is unable to attend.
            """)
        #expect(record.roleLines == ["Nélia Cossa moderator", "Ivo Macuácua panelist", "Inês Barros Vidal panelist", "Jean-Marc Dufresne panelist"])
    }
}

/// A deck under the title ends where a line with the event's day, the hours or the page's buttons begins.
@Suite struct DeckAndDateLinesTests {
    @Test func dayWithANoteIsNoPartOfTheDeck() throws {
        let record = try Invented.record("""
            Chair’s Summary

            Fifth High-Level Dialogue on Just Energy Transition
            “From Commitments to Delivery”
            Lima, Peru, 27–28 October 2021 (hybrid format)

            1. The Dialogue was held in Lima.
            """)
        #expect(record.event.subtitle == "From Commitments to Delivery")
        #expect(record.event.startDate == "2021-10-27")
        #expect(record.event.endDate == "2021-10-28")
    }

    @Test func hoursAndButtonsAreNoPartOfTheDeck() throws {
        let record = try Invented.record("""
            Rethinking Critical Minerals Partnerships
            Supply Chains After the Energy Transition

            Tuesday, March 5, 2024
            10:00 - 11:30 a.m. EST
            [ Watch the recording ]   [ Download transcript ]

            As governments race to secure lithium, cobalt and rare earth elements, a patchwork of bilateral partnerships has emerged, and the panel asked whether these arrangements build resilient supply chains.
            """)
        #expect(record.event.subtitle == "Supply Chains After the Energy Transition")
    }

    /// "Wednesday, January 17, 2024 | 8:00 – 9:00 a.m." under a talk's title: the event's day, with no town in the weekday;
    /// "Summary posted January 24, 2024" under it is the page's own date.
    @Test func aWeekdayBeforeTheDateIsNoPlaceAndThePostedLineDatesThePage() throws {
        let record = try Invented.record("""
            Ridgefield College

            Grand Rounds

            Preventing Delirium
            Lessons from a Trial

            Wednesday, January 17, 2024 | 8:00 – 9:00 a.m.
            Summary posted January 24, 2024

            As governments race to secure lithium, the panel asked whether bilateral partnerships build resilient supply chains.
            """)
        #expect(record.event.startDate == "2024-01-17")
        #expect(record.event.venue == nil)
        #expect(record.document.issued == "2024-01-24")
    }

    /// "Date 25/08/2023   Views 1,284": a bulletin board's fields without their colons date the post, and the count of
    /// views is no place.
    @Test func aBoardsFieldsWithoutColons() throws {
        let record = try Invented.record("""
            Mangrove Conference Opens in Krabi

            Date 25/08/2023   Views 1,284

            On 23 August 2023, the Ministry opened the conference on mangroves with more than 300 participants from 12 countries.
            """)
        #expect(record.document.issued == "2023-08-25")
        #expect(record.event.venue == nil)
    }

    /// A ministry signs its release off with the town and the day on lines of their own, over the site's copyright: the
    /// day is the page's, the copyright's year none.
    @Test func aSignOffOverTheSitesCopyright() throws {
        let record = try Invented.record("""
            Sri Lanka and Viet Nam hold Bilateral Consultations

            The consultations were held on 10 March 2025 at the Ministry of Foreign Affairs in Colombo.

            Ministry of Foreign Affairs
            Colombo

            11 March 2025

            Print   |   Share
            © 2025 Ministry of Foreign Affairs, Sri Lanka. All Rights Reserved.
            """)
        #expect(record.document.issued == "2025-03-11")
        #expect(record.event.startDate == "2025-03-10")
    }

    /// "26 June 2025, Amman, Jordan – ...": a story's dateline may print the date before the town.
    @Test func aDatelineWithTheDateFirst() throws {
        let record = try Invented.record("""
            Consultation charts the way forward for laboratory networks

            26 June 2025, Amman, Jordan – Laboratory directors from 18 countries met in Amman from 23 to 25 June 2025 for a regional technical consultation.
            """)
        #expect(record.document.issued == "2025-06-26")
        #expect(record.event.startDate == "2025-06-23")
        #expect(record.event.endDate == "2025-06-25")
    }

    /// A release prints its date alone, under the lead and over the story.
    @Test func aDateAloneUnderTheLead() throws {
        let record = try Invented.record("""
            PRESS RELEASE

            Experts call for fiscal frameworks to expand care systems

            The regional seminar, organized by ECLAC, brought together representatives of 14 countries in Santiago.

            15 May 2025

            Authorities from 14 countries met on 13 and 14 May to discuss the financing of care systems.
            """)
        #expect(record.document.issued == "2025-05-15")
        #expect(record.event.startDate == "2025-05-13")
    }

    /// "Date: 04.12.2025" under a news headline, and the days the story's lead gives: the label dated the page.
    @Test func aLabelledDateUnderTheHeadlineAndTheDaysOfTheLead() throws {
        let record = try Invented.record("""
            NEWS

            Copenhagen conference puts adaptation finance under the spotlight

            Date: 04.12.2025

            More than 250 participants gathered at Eigtveds Pakhus in Copenhagen on 2 and 3 December for the Copenhagen Conference on Locally Led Adaptation.
            """)
        #expect(record.document.issued == "2025-12-04")
        #expect(record.event.startDate == "2025-12-02")
        #expect(record.event.endDate == "2025-12-03")
    }

    /// "began today ... and will continue through Wednesday, April 9": the page's day opens the event, and the day after
    /// "through" (a weekday printed before it) closes it; it never starts it.
    @Test func aDialogueThatBeganTodayAndRunsThroughAWeekday() throws {
        let record = try Invented.record("""
            Press Release

            Countries Must Turn the Copper Boom into Productive Diversification, Experts Agree

            8 April 2025

            The Regional Dialogue on Copper Value Chains, organized by the Commission, began today at its headquarters in \
            Santiago and will continue through Wednesday, April 9.
            """)
        #expect(record.event.startDate == "2025-04-08")
        #expect(record.event.endDate == "2025-04-09")
    }
}
