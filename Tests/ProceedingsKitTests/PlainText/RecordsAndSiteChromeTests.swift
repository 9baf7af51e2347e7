import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A body's summary record (symbol, distribution and language lines, "Summary record of the 1st
/// meeting"), a site's masthead and tagline above its trail of sections, a masthead in another
/// language, a type after a dash, "The following participated:" with roles in brackets,
/// presenters with their topic after a colon, an ambassador's full title.
@Suite struct RecordsAndSiteChromeTests {

    @Test func summaryRecordHeader() {
        let page = """
            INTERGOVERNMENTAL COMMISSION ON COASTAL EROSION

            Distr.: General
            ICCE/SCS/12/SR.1
            9 March 2016
            Original: English

            Standing Committee on Sediments
            Twelfth session

            Summary record of the 1st meeting

            1. The Chair, Ms. Layla Haddad (Jordan), opened the session.
            """
        let explained = Invented.explain(page)
        #expect(explained.contains("8: title \"Standing Committee on Sediments\" by cue title.line"))
        #expect(explained.contains("9: subtitle \"Twelfth session\" by cue subtitle.line"))
        #expect(explained.contains("11: document-type \"Summary record\" by cue document-type.line"))
        #expect(explained.contains("5: issued \"2016-03-09\" by cue date.page"))
    }

    /// A name, a tagline, the trail of sections: the title comes after them.
    @Test func siteChromeAboveTheTrail() {
        let page = """
            UN-Cities
            For a better urban future

            News › Events

            Summary

            A Home after Displacement
            Side event on the margins of the Forum

            12 July 2023, 13:15–14:30
            Conference Room 6, United Nations Headquarters, New York
            """
        #expect(Invented.explain(page) == [
            "6: document-type \"Summary\" by cue document-type.line",
            "8: title \"A Home after Displacement\" by cue title.line",
            "9: subtitle \"Side event on the margins of the Forum\" by cue subtitle.line",
            "11: issued \"2023-07-12\" by cue date.page",
            "11: start-date \"2023-07-12\" by cue date.page",
            "12: venue \"Conference Room 6, United Nations Headquarters, New York\" by cue venue.dateline",
        ])
    }

    @Test func mastheadInAnotherLanguageAndATypeAfterADash() {
        #expect(HeaderReader.isInstitutionName("Alcaldía de Cali", .builtIn))
        #expect(DocumentTypes.suffix("The 8th Ports Conference – Conference Report", .builtIn)?.type == "Conference Report")
        #expect(DocumentTypes.suffix("Ports – Past and Future", .builtIn) == nil)
    }

    /// "The following participated:" over bullets, a role in brackets at the end; "Presentations:" with topics after a colon.
    @Test func participantsAndPresentations() {
        let page = """
            Consultation on Land Tenure

            Session II: Law and pricing
            Presentations:
             - Ms. Rukhsana Begum (Water Regulatory Commission): licensing of tubewells
             - Adv. Ram Adhikari (Environmental Law Forum): groundwater in the constitution

            The following participated:
            • Ms. Naserian Lemayian, Pastoralist Rights Network (Chair)
            • Dr. Tsegaye Bekele, Drylands Institute, Addis Ababa
            """
        #expect(Invented.explain(page) == [
            "1: title \"Consultation on Land Tenure\" by cue title.line",
            "5: presenter \"Rukhsana Begum\" in session-2 by cue label.presenter (\"Presentations\")",
            "6: presenter \"Ram Adhikari\" in session-2 by cue label.presenter (\"Presentations\")",
            "9: chair \"Naserian Lemayian\" in session-2 by cue label.chair.after-description (\"Chair\")",
            "10: participant \"Tsegaye Bekele\" in session-2 by cue label.participants (\"participants\")",
        ])
        let record = Invented.read(page).record
        #expect(record?.participations.first { $0.line == 5 }?.affiliation == "Water Regulatory Commission")
    }

    /// The body's name over a type was a masthead; a headline with the page's date in a cell; a date after a dash in the title;
    /// the embargo line of a press release; two bodies issuing a joint release.
    @Test func mastheadsBeforeAndAfterTheType() {
        let unesco = """
            United Nations Educational, Scientific and Cultural Organization
            Communication Sector - Memory of the World

            SUMMARY REPORT

            Expert Meeting on Endangered Writing Systems
            Hangzhou, China, 4-6 November 2015

            CI-2015/MOW/EWS/3
            """
        let explained = Invented.explain(unesco)
        #expect(explained.contains("4: document-type \"SUMMARY REPORT\" by cue document-type.line"))
        #expect(explained.contains("6: title \"Expert Meeting on Endangered Writing Systems\" by cue title.line"))

        let estonia = """
            Ministry of Foreign Affairs of the Republic of Estonia

            News

            Tallinn seminar brings Nordic and Baltic experts together | 04.10.2022

            On 3 October 2022, the Ministry of Foreign Affairs hosted the seminar in Tallinn.
            """
        // The section the page is filed in says what it is, as the page prints no type of its own.
        #expect(Invented.explain(estonia).prefix(3) == [
            "3: document-type \"News\" by cue document-type.section",
            "5: title \"Tallinn seminar brings Nordic and Baltic experts together\" by cue title.line",
            "5: issued \"2022-10-04\" by cue date.page",
        ])

        let release = """
            JOINT PRESS RELEASE

            Arab Network for Water Justice (ANWJ)
            Mediterranean Civil Society Platform (MCSP)

            For immediate release - Amman, 28 October 2018

            Civil society calls for fair sharing of water
            """
        #expect(Invented.explain(release) == [
            "1: document-type \"JOINT PRESS RELEASE\" by cue document-type.line",
            "6: issued \"2018-10-28\" by cue date.page",
            "6: start-date \"2018-10-28\" by cue date.page",
            "6: venue \"Amman\" by cue venue.dateline",
            "8: title \"Civil society calls for fair sharing of water\" by cue title.line",
        ])

        let panel = """
            Institute for Maritime Studies (IMS)
            New Delhi | Est. 1987
            Home > Events > Seminar Reports

            Panel Discussion on "India and the Ocean Economy" - 14 January 2020
            """
        #expect(Invented.explain(panel) == [
            "3: document-type \"Seminar Report\" by cue document-type.section",
            "5: title \"Panel Discussion on \"India and the Ocean Economy\"\" by cue title.line",
            "5: start-date \"2020-01-14\" by cue date.in-title",
        ])
    }

    /// A page cut off mid-word ends with a fragment of prose, which is read, not reported as unread; a type printed twice.
    @Test func aPageCutOffMidWord() {
        let page = """
            press release

            Press Release: Forum on Ports Opens in Lima

            The forum was held in Lima on 4 May 2015.

            Wrapping up the s
            """
        let result = Invented.read(page)
        #expect(result.lines.allSatisfy { $0.category != .unclassified })
        #expect(result.findings.isEmpty)
    }

    /// "H.E. Mr. X, Ambassador Extraordinary and Plenipotentiary of Japan, and Mr. Y": two opening speakers, no third.
    @Test func ambassadorsFullTitle() {
        let page = """
            Seminar on Disaster Risk

            Opening statements were delivered by H.E. Mr. YAMADA Kenji, Ambassador Extraordinary and Plenipotentiary of Japan to Viet Nam, and Mr. TRAN Quoc Bao, Vice Minister of Agriculture.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Seminar on Disaster Risk\" by cue title.line",
            "3: opening-speaker \"YAMADA Kenji\" by cue role.opening.noun (\"Opening statements\")",
            "3: opening-speaker \"TRAN Quoc Bao\" by cue role.opening.noun (\"Opening statements\")",
        ])
    }
}
