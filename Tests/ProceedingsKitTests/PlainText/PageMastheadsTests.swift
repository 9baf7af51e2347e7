import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A site's name over its menu printed a line an entry, an event's page with its practical details and
/// buttons between the headline and the story, and a UN document's masthead in two columns. Invented pages.
@Suite struct PageMastheadsTests {
    @Test func aSiteNamedForAMeetingOverItsMenuIsNoTitle() throws {
        let record = try Invented.record("""
            LAKESIDE POLICY FORUM
            Research
            Events
            Forum
            About
            Contact

            Events > Seminar

            Rivers without Borders: Who Decides on Their Use?
            Seminar
            Published 3 March 2021

            Add to calendar

            Date: Thursday 11 March 2021
            Venue: Town Hall, Bergen
            Language: English
            Free entry. Registration required.

            Rivers that cross borders are shared by all who live along them, and this seminar asks who decides on their use.
            """)
        #expect(record.event.title == "Rivers without Borders: Who Decides on Their Use?")
        #expect(record.event.subtitle == nil)
        #expect(record.document.issued == "2021-03-03")
        #expect(record.event.startDate == "2021-03-11")
        #expect(record.residue.map(\.text).contains("LAKESIDE POLICY FORUM"))
        #expect(record.residue.map(\.text).contains("Add to calendar"))
    }

    @Test func aLogoInCapitalsOverTheBodysNameOpensThePage() throws {
        let record = try Invented.record("""
            CRTS
            Centre for Regional Transport Studies
            Бълг | Eng
            About
            Projects
            Forum
            Publications

            Third Danube Logistics Forum held in Ruse

            The Third Danube Logistics Forum took place on 2 June 2022 in Ruse and was organized by the Centre for Regional Transport Studies.
            """)
        #expect(record.event.title == "Third Danube Logistics Forum held in Ruse")
        #expect(record.event.startDate == "2022-06-02")
    }

    @Test func aUNDocumentsColumnsGiveItsSymbolAndDate() throws {
        let record = try Invented.record("""
            United Nations                                        XYZ/ABC/EGM/2019/2
            Economic and Social Council                           Distr.: General
                                                                  20 January 2020
                                                                  Original: English

            Economic Commission for the Andean Region

            Expert Group Meeting on Rural Pensions
            Quito, 9 and 10 December 2019

            1. The Expert Group Meeting on Rural Pensions was held in Quito on 9 and 10 December 2019.
            """)
        #expect(record.event.title == "Expert Group Meeting on Rural Pensions")
        #expect(record.document.issued == "2020-01-20")
        #expect(record.event.startDate == "2019-12-09")
        #expect(record.event.endDate == "2019-12-10")
        #expect(record.document.symbol?.text == "XYZ/ABC/EGM/2019/2")
    }

    @Test func aUNReportsMastheadInCapitalsIsNoTitle() throws {
        let record = try Invented.record("""
            UNITED NATIONS
            ECONOMIC COMMISSION FOR THE ANDEAN REGION

            Distr.: LIMITED
            ECAR/EGM/PEN/2001/Rep.
            2 May 2001

            REPORT OF THE EXPERT GROUP MEETING ON RURAL PENSIONS IN THE ANDES

            (Quito, 9-11 April 2001)

            1. The meeting was held in Quito from 9 to 11 April 2001 and was opened by the Executive Secretary.
            """)
        #expect(record.event.title == "EXPERT GROUP MEETING ON RURAL PENSIONS IN THE ANDES")
        #expect(record.document.documentType == "REPORT")
        #expect(record.document.symbol?.text == "ECAR/EGM/PEN/2001/Rep.")
        #expect(record.document.issued == "2001-05-02")
        #expect(record.event.startDate == "2001-04-09")
    }

    @Test func theAddressUnderTheMastheadIsNoTitle() throws {
        let record = try Invented.record("""
            INTERNATIONAL UNION OF RIVER BOARDS
            Rue des Alpes 12, CH-1201 Geneva 3, Switzerland

            REGIONAL SEMINAR FOR ANDEAN RIVER BOARDS
            ON WATER AND THE BUDGET

            Quito (Ecuador), 12 May 1999

            The seminar was held in the Hall of the National Assembly in Quito.
            """)
        #expect(record.event.title == "REGIONAL SEMINAR FOR ANDEAN RIVER BOARDS ON WATER AND THE BUDGET")
        #expect(record.event.startDate == "1999-05-12")
    }

    @Test func aMinistrysNameInIndonesianIsTheMasthead() throws {
        let record = try Invented.record("""
            Kementerian Luar Negeri Republik Indonesia
            Ministry of Foreign Affairs of the Republic of Indonesia
            ID | EN
            Beranda
            Profil
            Berita
            Kontak
            Beranda / Berita

            Indonesia and Fiji Co-Host Regional Workshop on Coral Reefs in Bali
            28 August 2019

            The workshop was held in Bali on 26 and 27 August 2019 and was attended by 40 participants.
            """)
        #expect(record.event.title == "Indonesia and Fiji Co-Host Regional Workshop on Coral Reefs in Bali")
    }
}

