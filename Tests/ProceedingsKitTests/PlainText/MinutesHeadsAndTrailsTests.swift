import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// How records of meetings head their pages: the kind of event over the name, the town and the hall under the date, a
/// site's menu with its language switch, a trail from the home page, minutes named by the meeting's number beside the body
/// that met, a type at the end of a title in capitals; and who called the meeting to order and addressed it.
@Suite struct MinutesHeadsAndTrailsTests {

    private func facts(_ page: String, _ kinds: [String]) -> [String] {
        Invented.explain(page).filter { line in kinds.contains { line.contains(": \($0) ") } }
    }

    @Test func theKindInTwoWordsOverTheNameAndTheHallUnderTheDate() {
        let page = """
            Events / Past events

            ROUND TABLE
            After the summit: what legacy for the regional agenda?
            August 27, 2026 | 10:00 a.m. – 12:30 p.m.
            Lisbon | Institute headquarters and online

            The Institute held, on August 27, a round table on the legacy of the summit, with diplomats and academics.
            """
        #expect(facts(page, ["title", "venue"]) == [
            "4: title \"After the summit: what legacy for the regional agenda?\" by cue title.line",
            "6: venue \"Lisbon | Institute headquarters\" by cue venue.dateline",
        ])
    }

    /// A site's name, its menu with the switch to its other language, then a trail from "Home" whose steps name a committee in
    /// full: none of it is the title; "Minutes - X Committee" gives the type and the title.
    @Test func aMenuWithItsLanguageAndALongTrail() {
        let page = """
            Regional Parliament
            Cymraeg
            Home
            Parliament Business
            Committees
            Members
            Visit
            Get involved
            Home > Parliament Business > Committees > Culture, Communications, Language, Sport, and International Relations Committee > Meetings

            Minutes - Culture, Communications, Language, Sport, and International Relations Committee

            Meeting date:
            Thursday, 8 October 2026

            The committee took evidence from the publishers of the region on the state of the sector.
            """
        #expect(facts(page, ["title", "document-type"]) == [
            "11: title \"Culture, Communications, Language, Sport, and International Relations Committee\" by cue title.line",
            "11: document-type \"Minutes\" by cue document-type.before-title",
        ])
    }

    @Test func minutesOfANumberedMeetingBesideTheBodyThatMet() {
        let under = """
            Minutes of the Sixth Meeting
            Joint Select Committee on Social Services

            Held on Thursday 8 October 2026 at 10:00 a.m.

            The Chairman called the meeting to order at 10:05 a.m.
            """
        #expect(facts(under, ["title", "subtitle", "document-type"]) == [
            "1: subtitle \"Sixth Meeting\" by cue subtitle.line",
            "1: document-type \"Minutes\" by cue document-type.line",
            "2: title \"Joint Select Committee on Social Services\" by cue title.line",
        ])
        let over = """
            JOINT SELECT COMMITTEE ON SOCIAL SERVICES

            MINUTES OF THE SIXTH MEETING HELD ON THURSDAY 8 OCTOBER 2026

            The Chairman called the meeting to order at 10:05 a.m.
            """
        #expect(facts(over, ["title", "subtitle", "document-type", "start-date"]) == [
            "1: title \"JOINT SELECT COMMITTEE ON SOCIAL SERVICES\" by cue title.line",
            "3: subtitle \"Sixth Meeting\" by cue subtitle.line",
            "3: document-type \"MINUTES\" by cue document-type.line",
            "3: start-date \"2026-10-08\" by cue date.held",
        ])
    }

    /// "Minutes of the 6th Meeting" is read whole as a type; the page is still converted, titled by its meeting.
    @Test func minutesOfAMeetingAloneAreNotRefused() {
        let page = """
            Minutes of the 6th Meeting

            Thursday 8 October 2026

            The Chairman called the meeting to order at 10:05 a.m.
            """
        #expect(facts(page, ["title", "document-type"]) == [
            "1: title \"6th Meeting\" by cue title.line",
            "1: document-type \"Minutes\" by cue document-type.line",
        ])
    }

    @Test func theTrailSaysTheyAreMinutes() {
        let page = """
            Home > Committees > Public Accounts Committee > Minutes

            Public Accounts Committee
            Sixth Meeting - Thursday 8 October 2026

            The Chairman called the meeting to order at 10:05 a.m.
            """
        #expect(facts(page, ["document-type"]) == ["1: document-type \"Minutes\" by cue document-type.line"])
    }

    /// "WORK SESSION MINUTES" / "CITY OF X": the type ends the name; the body is printed under it, not joined to it.
    @Test func aTypeEndsATitleInCapitals() {
        let page = """
            WORK SESSION MINUTES
            CITY OF HARBOUR FALLS
            TUESDAY, FEBRUARY 24, 2026
            COUNCIL CHAMBERS

            1. Call to Order

            Mayor Delgado called the Work Session of February 24, 2026, to order at 3:02 p.m.
            """
        #expect(facts(page, ["title", "subtitle", "document-type", "chair"]) == [
            "1: title \"WORK SESSION\" by cue title.line",
            "1: document-type \"MINUTES\" by cue document-type.after-title",
            "2: subtitle \"CITY OF HARBOUR FALLS\" by cue subtitle.line",
            "8: chair \"Delgado\" in 1-call-to-order by cue role.chair (\"called the Work Session of February 24 2026 to order\")",
        ])
    }

    /// "2 Inquiry into ..." over "2.1 The Committee heard ...": an item numbered without a stop, its points numbered under it;
    /// a number before words that are no item ("3 March 2026", a point without points) heads nothing.
    @Test func itemsNumberedWithoutAStop() throws {
        let record = try Invented.record("""
            Minutes - Culture Committee

            Meeting date:
            Thursday, 8 October 2026

            1 Introductions, apologies and declarations of interest
            1.1 Apologies were received from Geraint Bowen MS.

            2 Inquiry into the publishing sector: evidence session 3
            2.1 The Committee heard evidence from Ann Puw, Chief Executive, Books Council.

            3 Papers to note
            The Committee noted the papers.
            """)
        #expect(record.parts.map(\.label) == ["1 Introductions, apologies and declarations of interest",
                                               "2 Inquiry into the publishing sector: evidence session 3"])
    }

    /// "Date" / "2026-05-21" / "Hit" / "1847": a bulletin board's fields stacked a label to a line date the post, not the
    /// meeting, which the release dates in its prose.
    @Test func aBoardsStackedDateIsThePosts() {
        let page = """
            Press Releases
            Vice Minister Chairs 3rd Maritime Security Seminar
            Date
            2026-05-21
            Hit
            1847

            1. Vice Minister Chung Mi-kyung chaired the 3rd Maritime Security Seminar held at the Grand Hotel on May 20 (Wed.).
            """
        #expect(facts(page, ["issued", "start-date"]) == [
            "4: issued \"2026-05-21\" by cue date.page",
            "8: start-date \"2026-05-20\" by cue date.held",
        ])
    }

    /// "The following individuals addressed Council:" over names alone and a name with the body it speaks for.
    @Test func thoseWhoAddressedTheCouncil() throws {
        let record = try Invented.record(body: """
            The following individuals addressed Council:

            Brenda Yazzie
            Tom Kerrigan, Harbour Falls Lodging Association
            Amanda Sorensen

            The Council took no action on the item.
            """)
        #expect(record.roleLines == ["Brenda Yazzie speaker", "Tom Kerrigan speaker", "Amanda Sorensen speaker"])
    }
}
