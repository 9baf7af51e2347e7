import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

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

    @Test func aPageWithNoHeadlineUnderTheSitesLines() throws {
        let record = try Invented.record("""
            Hanseatic University
            Faculty of Economics

            Home  Study  Research  News

            Search

            News

            The Centre for Trade Law hosted the workshop ‘Customs Unions after the Pandemic’ on 4-5 May 2022 in the Senate Hall.
            """)
        #expect(record.event.title == "Customs Unions after the Pandemic")
    }

    @Test func theKindOfEventOverItsDate() throws {
        let record = try Invented.record("""
            Water and Power in the Mekong

            Event report

            Roundtable
            12 March 2021 | 10:00 – 12:00 CET
            Venue: Lake Hall, Vienna
            Published 20 March 2021

            Experts compared how dams on the river's upper course change the floods downstream.
            """)
        #expect(record.event.startDate == "2021-03-12")
        #expect(record.document.issued == "2021-03-20")
        #expect(record.event.venue == "Lake Hall, Vienna")
    }

    @Test func aDatelineWithTownAndCountry() throws {
        let record = try Invented.record("""
            Forum on Seeds concludes

            Arusha, Tanzania, 9 June 2017 – The Regional Forum on Seed Systems took place from 6 to 8 June 2017 at the Mount Meru Hotel.
            """)
        #expect(record.document.issued == "2017-06-09")
        #expect(record.event.startDate == "2017-06-06")
    }

    @Test func malayTitlesAndAParticle() throws {
        let record = try Invented.record(body: """
            The workshop was held at the Seri Mutiara Hall, Bandar Seri Begawan, and co-chaired by Dayang Hajah Norliza binti Haji Osman, Director, Ministry of Development, and Mr. Peter Hale, Assistant Secretary.
            """)
        #expect(record.roleLines == ["Norliza binti Haji Osman chair", "Peter Hale chair"])
    }

    @Test func aBodyWhoseNameRunsOnWithAnd() throws {
        let record = try Invented.record(body: """
            Colonel TRAN Van Minh, Deputy Director, Viet Nam Coast Guard Search and Rescue Coordination Centre, presented the agreements. Dr. Ana Ruiz, Manager, Search and Rescue Operations, Port Authority, presented the drills.
            """)
        #expect(record.roleLines == ["TRAN Van Minh presenter", "Ana Ruiz presenter"])
    }

    @Test func aModeratedPanelFeaturedItsMembers() throws {
        let record = try Invented.record(body: """
            The first, on water, was moderated by Mr. Omar Sow, Programme Officer, and featured Ms. Ada Obi (Nigeria), Mr. Ali Nasser (Jordan) and Ms. Eva Lind (Sweden).
            """)
        #expect(record.roleLines == ["Omar Sow moderator", "Ada Obi panelist", "Ali Nasser panelist", "Eva Lind panelist"])
    }

    @Test func listedPeopleWithWhereTheyWork() throws {
        let record = try Invented.record(body: """
            Panellists included Colonel Jan ter Berg of the Royal Army, Marie Lefort of UNESCO’s Culture Sector and Seán Ó Briain of the Red Cross.
            """)
        #expect(record.roleLines == ["Jan ter Berg panelist", "Marie Lefort panelist", "Seán Ó Briain panelist"])
        let titled = try Invented.record(body: """
            Panelists including Director Anna Berg of the Agency and Senior Fellow KIM Min-ho of the Institute discussed wind power.
            """)
        #expect(titled.roleLines == ["Anna Berg panelist", "KIM Min-ho panelist"])
        let particles = try Invented.record(body: """
            Presentations were made by Dr. Rosa Salas of the Instituto del Mar del Perú (IMARPE) and by Ms. Mele Tupou of the Forum Agency.
            """)
        #expect(particles.roleLines == ["Rosa Salas presenter", "Mele Tupou presenter"])
    }

    @Test func pastOfficesAndTheDeadTookNoPart() throws {
        let record = try Invented.record(body: """
            Dr. Sara Amin recalled the first dialogue, held under the chairmanship of the then Deputy Secretary John Hale. She paid tribute to her colleague, the archaeologist Karim Said, who was killed in 2015.
            """)
        #expect(!record.roleLines.contains { $0.hasPrefix("John Hale") || $0.hasPrefix("Karim Said") })
    }

    @Test func openedByOtherWords() throws {
        let record = try Invented.record(body: """
            The workshop was inaugurated by Dr. Hari Koirala, Director General. After a word of welcome by Prof. Dr. Lies MAES, Er. Ram Thapa presented the forecasting models.
            """)
        #expect(record.roleLines == ["Hari Koirala opening-speaker", "Lies MAES opening-speaker", "Ram Thapa presenter"])
    }

    @Test func aHeadlineOverThePagesFactsAndItsDeckUnderThem() throws {
        let record = try Invented.record("""
            Meetings Coverage and Press Releases

            EXPERTS URGE SHARED DATA ON COASTAL EROSION AT CLOSE OF TWO-DAY MEETING

            Press Release
            ENV/1234
            9 May 2019

            Expert Group Meeting Recommends Regional Observatories

            NEW YORK, 8 May (Department of Economic and Social Affairs) -- An Expert Group Meeting on coastal erosion concluded today at United Nations Headquarters. The meeting was organized by the Division for Inclusive Social Development of the Department of Economic and Social Affairs (DESA).
            """)
        #expect(record.event.title == "EXPERTS URGE SHARED DATA ON COASTAL EROSION AT CLOSE OF TWO-DAY MEETING")
        #expect(record.event.subtitle == "Expert Group Meeting Recommends Regional Observatories")
        #expect(record.document.documentType == "Press Release")
        #expect(record.organizers == ["Division for Inclusive Social Development of the Department of Economic and Social Affairs (DESA)"])
    }

    @Test func aReleaseNumberAndTheMinistersByline() throws {
        let numbered = try Invented.record("""
            PRESS RELEASE
            N°051/2018

            Commission and partners validate a plan for rural roads

            Lusaka, Zambia, 4 April 2018 – The Commission convened a validation workshop on rural roads with the support of partners.
            """)
        #expect(numbered.event.title == "Commission and partners validate a plan for rural roads")
        let byline = try Invented.record("""
            The Hon Anna Reid MP
            Minister for Trade

            Media release

            Partners agree on a shared plan for ocean data at Darwin roundtable

            3 May 2019

            The inaugural roundtable, held at the Darwin Convention Centre, brought together ministers and scientists from nine countries.
            """)
        #expect(byline.event.title == "Partners agree on a shared plan for ocean data at Darwin roundtable")
        #expect(byline.document.documentType == "Media release")
    }

    @Test func honorificsRunTogetherEndNoSentence() throws {
        let record = try Invented.record(body: """
            In her opening statement, H.E.Mrs. Amina Bello, Commissioner for Trade, stressed that roads mattered. Speaking on behalf of UNDP, Ms. Karin Lund reaffirmed its support.
            """)
        #expect(record.roleLines == ["Amina Bello opening-speaker", "Karin Lund speaker"])
    }

    @Test func aBoardsPostDateSharingButtonsAndAThemeAfterTheVenue() throws {
        let record = try Invented.record("""
            Vice Minister Attends 3rd Baltic-Korea Dialogue

            Date : 2019-06-14   Hit : 210

            Facebook  Twitter  Kakao  Print  URL Copy

            1. The 3rd Baltic-Korea Dialogue was held on June 12-13 at the Shilla Hotel Seoul under the theme "Digital Futures."
            """)
        #expect(record.document.issued == "2019-06-14")
        #expect(record.event.startDate == "2019-06-12")
        #expect(record.event.venue == "Shilla Hotel Seoul")
        #expect(record.residue.map(\.text).contains("Facebook  Twitter  Kakao  Print  URL Copy"))
    }

    /// A legislature's board: "Title : ..." and the writer's field before the date's on one line; hosts named before the theme,
    /// and a session's moderator listed before those who presented, the last of them joined by "and".
    @Test func aBoardsTitleFieldAndTheWritersFieldBeforeTheDate() throws {
        let record = try Invented.record("""
            Title : Speaker Attends Opening of 2025 Korea-Baltic Parliamentary Forum
            Writer : Public Relations Division   Date : 2025-03-12   Hit : 318

            The forum, co-hosted by the National Assembly and the Korea Foundation under the theme "Connecting Seas, Connecting People," was attended by parliamentarians from Estonia, Latvia and Lithuania.

            In Session 1, "Ports and Supply Chains," moderated by Prof. LEE Ji-won of the Graduate School of International Studies, Seoul National University, Rep. JUNG Tae-min of the Trade, Industry and Energy Committee and Mr. Aivars Ozols, Member of the Saeima, made presentations.
            """)
        #expect(record.event.title == "Speaker Attends Opening of 2025 Korea-Baltic Parliamentary Forum")
        #expect(record.document.issued == "2025-03-12")
        #expect(record.organizers == ["National Assembly", "Korea Foundation"])
        #expect(record.roleLines == ["LEE Ji-won moderator", "JUNG Tae-min presenter", "Aivars Ozols presenter"])
    }

    @Test func aSentenceThatOpensAsALabelWould() throws {
        let record = try Invented.record(body: """
            Opening remarks by Vice Minister of Trade PARK Ji-hoon and President of the Foundation LEE Mi-ra were followed by a keynote speech by Dr. Aigerim Sadykova, Rector of the Academy.
            """)
        #expect(record.roleLines == ["PARK Ji-hoon opening-speaker", "LEE Mi-ra opening-speaker", "Aigerim Sadykova keynote-speaker"])
    }

    @Test func spanishLabelsUnderAPanel() throws {
        let record = try Invented.record(body: """
            Panel 1 – Agua y ciudades / Water and Cities
            Moderadora: Sra. Elena Paz Ruiz, Director General, SRE
            Participantes:
            – Embajadora Rosa Quintero Solís, Permanent Representative to the OAS
            – Ms. Alicia Brown-Grant, Director, Ministry of Water
            """)
        #expect(record.roleLines == ["Elena Paz Ruiz moderator", "Rosa Quintero Solís panelist", "Alicia Brown-Grant panelist"])
    }

    @Test func aChairsSummaryUnderTheBodysName() throws {
        let record = try Invented.record("""
            Economic Commission for the Andes

            Expert Meeting on Mountain Roads in the Andes
            Quito, 4–6 June 2019

            Chair's Summary

            1. The Expert Meeting on Mountain Roads in the Andes was organized by the secretariat of the Commission with support from partners.
            """)
        #expect(record.event.title == "Expert Meeting on Mountain Roads in the Andes")
        #expect(record.document.documentType == "Chair's Summary")
        #expect(record.event.startDate == "2019-06-04")
    }

    @Test func aBodysNameWithItsAcronymAndATrailOverTheTitle() throws {
        let record = try Invented.record("""
            Andean Forum for Water and Rights (AFWR)

            >> Home >> Activities >> Seminars >> 2008

            Seminar Report

            Rivers and Rights: Water Justice in the Andes
            Regional Seminar, Cusco, Friday 6th - Saturday 7th June 2008

            The regional seminar "Rivers and Rights" was convened by the Andean Forum for Water and Rights in Cusco.
            """)
        #expect(record.event.title == "Rivers and Rights: Water Justice in the Andes")
        #expect(record.document.documentType == "Seminar Report")
    }
}
