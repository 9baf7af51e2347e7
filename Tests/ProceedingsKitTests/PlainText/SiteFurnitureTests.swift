import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What a copied web page prints above its headline: the site's name with its motto or its name in another
/// language, menus in capitals, a press release's number, the section that says what the page is, a headline that
/// opens with a meeting's word, and the address under the date. Invented lines.
@Suite struct SiteFurnitureTests {
    @Test func aSitesNameOverItsMottoAndAMenuInCapitals() throws {
        let record = try Invented.record("""
            SAHAYATRI RIVER RIGHTS FORUM
            Working for safe and dignified rivers since 2004

            HOME
            WHO WE ARE
            OUR WORK
            RESOURCES
            NEWS
            CONTACT

            News

            Roundtable calls for clean rivers for Nepali farmers

            Kathmandu | 23 Falgun 2075 (7 March 2019)

            Sahayatri River Rights Forum organised a roundtable discussion on clean rivers at Hotel Himalaya, Lalitpur on 6 March.
            """)
        #expect(record.event.title == "Roundtable calls for clean rivers for Nepali farmers")
        #expect(record.document.documentType == "News")
    }

    @Test func aSitesNameInTwoLanguagesAndAPressReleasesNumber() throws {
        let record = try Invented.record("""
            PARLIAMENT OF RIVERLAND
            Il-Parlament tax-Xmara

            Malti | English

            The House
            Members
            Committees
            Documents
            Media

            Media Centre › Press Releases

            PR 0917
            Thursday, 8th May 2014

            Speaker welcomes counterparts to Conference of Speakers of Small River Parliaments

            Valletta – The Speaker of the House, the Hon. Dr Gorg Sant, today opened the Third Conference of Speakers at the Auberge de Castille in Valletta.
            """)
        #expect(record.event.title == "Speaker welcomes counterparts to Conference of Speakers of Small River Parliaments")
        #expect(record.document.documentType == "Press Release")
        #expect(record.document.issued == "2014-05-08")
    }

    @Test func theAddressUnderTheDateIsNoHeadline() throws {
        let record = try Invented.record("""
            RIFS – Riverland Institute for Foreign Policy Studies
            Elvland institutt for utenrikspolitiske studier

            Elv | English

            Research  |  People  |  Publications  |  Events  |  Podcast  |  About RIFS

            Events

            Past event

            Seminar
            Deterrence on the River: Security after the Summit

            Tuesday 22 January 2019
            14:00–16:00
            RIFS, Elvveien 42, Riverton (Auditorium, 3rd floor)
            Language: English

            The Riverland Institute for Foreign Policy Studies hosts a seminar on deterrence in the region with experts from four countries.
            """)
        #expect(record.event.title == "Deterrence on the River: Security after the Summit")
    }

    @Test func aMeetingsWordThenAVerbIsAHeadlineNotAPartsHeading() {
        #expect(HeaderReader.saysWhatHappened("Roundtable calls for clean rivers for farmers"))
        #expect(HeaderReader.saysWhatHappened("Workshop examines the law of rivers"))
        #expect(!HeaderReader.saysWhatHappened("Roundtable on the Law of Rivers"))
        #expect(!HeaderReader.saysWhatHappened("Workshop 2: Finance for rivers"))
    }

    @Test func aSectionNamesTheTypeOnlyWhenThePagePrintsNone() {
        #expect(HeaderReader.sectionType("Media Centre › Press Releases", .builtIn) == "Press Release")
        #expect(HeaderReader.sectionType("NEWS", .builtIn) == "News")
        #expect(HeaderReader.sectionType("Events", .builtIn) == nil)
        #expect(HeaderReader.sectionType("Home > Publications", .builtIn) == nil)
    }
}
