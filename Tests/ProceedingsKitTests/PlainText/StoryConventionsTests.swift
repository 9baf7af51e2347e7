import Foundation
import Testing
@testable import ProceedingsKit

/// A news story as a site prints it: the headline found from the story upwards under the site's
/// furniture, the length of a meeting told from the story's day, the people a page names in its
/// closing matter, and names that a descriptor or an initial opens. Invented pages.
@Suite struct StoryConventionsTests {
    @Test func headlineUnderTheSitesNameAndMenu() throws {
        let record = try Invented.record("""
            Ministry of Coastal Affairs

            Menu
            Policy areas
            Oceans and seas
            Fisheries

            Harbour Safety Forum agrees on a common incident register

            Article

            03.04.2018 - Article

            Port authorities from twelve countries came together at the Harbour Authority Building in Gdynia on 2 April for the Harbour Safety Forum.
            """)
        #expect(record.event.title == "Harbour Safety Forum agrees on a common incident register")
        #expect(record.document.documentType == "Article")
        #expect(record.event.venue == "Harbour Authority Building in Gdynia")
        #expect(record.document.issued == "2018-04-03")
        #expect(record.residue.map(\.text).contains("Ministry of Coastal Affairs"))
        #expect(record.residue.map(\.text).contains("Fisheries"))
    }

    @Test func sectionAndTypeCellsAboveTheHeadline() throws {
        let record = try Invented.record("""
            Speeches and Press Releases

            Regional Office | Press release

            Seminar in Bitola looks at the teaching of minority languages

            BITOLA, 9 March 2016 – Teachers and school inspectors concluded a two-day seminar in Bitola today on the teaching of minority languages in primary schools.
            """)
        #expect(record.event.title == "Seminar in Bitola looks at the teaching of minority languages")
        #expect(record.document.documentType == "Press release")
        #expect(record.event.startDate == "2016-03-08")
        #expect(record.event.endDate == "2016-03-09")
    }

    /// A title block printed over its subtitle keeps both: nothing above the headline is set aside
    /// unless all of it is the site's.
    @Test func aTitleOverItsThemeIsNoFurniture() throws {
        let record = try Invented.record("""
            Symposium on River Basins

            Sharing Water, Sharing Data

            5 May 2012

            The symposium brought together experts from the basin's four countries to compare their data.
            """)
        #expect(record.event.title == "Symposium on River Basins")
        #expect(record.event.subtitle == "Sharing Water, Sharing Data")
    }

    @Test func aDateAndTheTypeOfPageInOneCell() throws {
        let record = try Invented.record("""
            Water Week opens in Tallinn

            12.09.2017 - Article

            Ministers opened the Water Week in Tallinn on 11 September with a call for shared monitoring of the Baltic.
            """)
        #expect(record.document.documentType == "Article")
        #expect(record.event.venue != "Article")
        #expect(record.document.issued == "2017-09-12")
    }

    @Test func theLengthOfAMeetingFromTheStorysDay() throws {
        let opened = try Invented.record("""
            Three-day workshop on seed banks opens in Arusha

            ARUSHA, 14 July 2014 – A three-day workshop on community seed banks opened today at the Ngurdoto Centre.
            """)
        #expect(opened.event.startDate == "2014-07-14")
        #expect(opened.event.endDate == "2014-07-16")
        let ended = try Invented.record("""
            Workshop on seed banks closes in Arusha

            ARUSHA, 1 August 2014 – Farmers' leaders yesterday concluded a three-day workshop on community seed banks.
            """)
        #expect(ended.event.startDate == "2014-07-29")
        #expect(ended.event.endDate == "2014-07-31")
    }

    @Test func aPlaceDescribedIsNoVenue() throws {
        let record = try Invented.record("""
            Fisheries Meeting Concludes

            SUVA, 4 June 2013 — The regional fisheries meeting closed in Fiji’s capital today. It was held at the Tanoa Plaza Hotel.
            """)
        #expect(record.event.venue == "Tanoa Plaza Hotel")
    }

    @Test func theCompanyBeforeATitleAndAName() throws {
        let record = try Invented.record(body: """
            The panel, moderated by Radio Sava journalist Mirna Kolar, heard three mayors.
            """)
        #expect(record.roleLines == ["Mirna Kolar moderator"])
        #expect(record.roles.first?.affiliation?.hasPrefix("Radio Sava") == true)
    }

    @Test func theWorkOfSomeoneCitedIsNoPart() throws {
        let record = try Invented.record(body: """
            Dr. Lena Ostrova, citing the work of the Danish hydrologist Jens Kragh Holm, presented a flood model.
            """)
        #expect(record.roleLines == ["Lena Ostrova presenter"])
    }

    @Test func aRoleBeforeItsHoldersVerb() throws {
        let record = try Invented.record(body: """
            Co-chairing the meeting were Anna Berg, Director of the Institute, and Tomas Lind, Head of the Unit.
            """)
        #expect(record.roleLines == ["Anna Berg chair", "Tomas Lind chair"])
    }

    @Test func initialsOpenAName() throws {
        let record = try Invented.record(body: """
            I. K. Salminen, Senior Adviser at the Institute, presented the guidance on radio in minority languages.
            """)
        #expect(record.roleLines == ["I. K. Salminen presenter"])
    }

    @Test func nobodyInThePagesClosingMatterTookPart() throws {
        let record = try Invented.record(body: """
            Ms. Petra Holm opened the seminar and thanked the participants for their contributions to the debate.

            Contacts

            Jana Novak
            Press Officer

            Related stories

            Mayors discuss water prices
            """)
        #expect(record.roleLines == ["Petra Holm opening-speaker"])
        #expect(record.residue.map(\.text).contains("Jana Novak"))
        #expect(record.residue.map(\.text).contains("Mayors discuss water prices"))
    }
}
