import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The first lines of documents of intergovernmental bodies: a masthead in two columns with the document's symbol
/// and date, the body's name in two languages, the bodies over the document's type, the title in capitals over where
/// and when, "Held on ...", and the record's agenda items. Invented lines.
@Suite struct DocumentMastheadsTests {
    @Test func aSymbolThatEndsInAWordOrCarriesAYear() {
        #expect("E/ESCWA/SDPD/2016/WG.3/Report".wholeMatch(of: HeaderReader.symbol) != nil)
        #expect("GOV/PGC/SBO/IFI(2014)4/FINAL".wholeMatch(of: HeaderReader.symbol) != nil)
        #expect("ENR/EGM/1998/Rep.".wholeMatch(of: HeaderReader.symbol) != nil)
        #expect("Seminar on Rivers".wholeMatch(of: HeaderReader.symbol) == nil)
    }

    @Test func aUNMastheadThenTheTypeThenTheTitleInCapitalsOverWhereAndWhen() throws {
        let text = """
            UNITED NATIONS                                        E/WRC/SDPD/2016/WG.3/Report
                                                                  Distr.: Limited
            Economic and Social Council                           14 December 2016
                                                                  Original: English

            Regional Water Commission (RWC)

            Report

            EXPERT GROUP MEETING ON WATER REUSE IN DRY CITIES
            BEIRUT, 22-23 NOVEMBER 2016

            The Regional Water Commission organized an Expert Group Meeting on Water Reuse in Dry Cities at the
            United Nations House in Beirut on 22 and 23 November 2016.
            """
        let record = try Invented.record(text)
        #expect(record.event.title == "EXPERT GROUP MEETING ON WATER REUSE IN DRY CITIES")
        #expect(record.document.documentType == "Report")
        #expect(record.document.issued == "2016-12-14")
        #expect(record.event.startDate == "2016-11-22")
        #expect(record.event.endDate == "2016-11-23")
        // The building the text names says where in the town printed by the date.
        #expect(record.event.venue == "United Nations House in Beirut")
    }

    @Test func aMastheadInTwoLanguagesOverTheBodiesAndTheType() throws {
        let text = """
            Unclassified                                                    GOV/RIV/IFI(2014)4/FINAL

            Organisation de Coopération des Rivières
            Organisation for River Co-operation                                        02-May-2014
            ___________________________________________________________________________________
                                                                        English - Or. English
            RIVER GOVERNANCE DIRECTORATE

            Working Party of Senior River Officials

            SUMMARY RECORD

            6th ANNUAL MEETING OF THE NETWORK OF RIVER INSTITUTIONS

            Held on 3-4 April 2014
            River Conference Centre, Paris

            Item 1. Opening of the meeting and adoption of the agenda

            1. The meeting was opened by Mr. Rolf Albers, Deputy Director, who welcomed delegates from 24 countries.
            """
        let record = try Invented.record(text)
        #expect(record.event.title == "6th ANNUAL MEETING OF THE NETWORK OF RIVER INSTITUTIONS")
        #expect(record.document.documentType == "SUMMARY RECORD")
        #expect(record.document.issued == "2014-05-02")
        #expect(record.event.startDate == "2014-04-03")
        #expect(record.event.venue == "River Conference Centre, Paris")
        #expect(record.event.subtitle == nil)
        let facts = Invented.explain(text)
        #expect(facts.contains { $0.hasPrefix("20: opening-speaker \"Rolf Albers\" in session-1") })
    }

    @Test func aDayTheMonthAndTheYearJoinedByHyphens() {
        #expect(Dates.all(in: "02-May-2014").first?.iso == "2014-05-02")
        #expect(Dates.dateline("Held on 3-4 April 2014")?.rest.isEmpty == true)
        #expect(Dates.dateline("Held on 3-4 April 2014").map { $0.date.lastIso } == "2014-04-04")
    }

    @Test func whoHeldItIsNoPartOfWhere() throws {
        let record = try Invented.record("""
            Seminar on Rivers

            The seminar on rivers was held in Riga on 3 May 2014 by the Institute of Waters.
            """)
        #expect(record.event.venue == "Riga")
    }

    /// A parliament's site: its name in two languages over the link to the other language and a menu set apart by spaces,
    /// whose items are a parliament's ("Committees", "Visit"); the headline under the section's name is the title, whatever
    /// the page's buttons under it.
    @Test func aBilingualSiteOverItsLanguageLinkAndMenu() {
        let facts = Invented.explain("""
            Senate of Canada
            Sénat du Canada
            Français
            Senators  Committees  Chamber business  About the Senate  Visit
            Search

            COMMITTEE NEWS

            In Gaspé, senators hear from coastal communities

            March 3, 2025

            Share this page
            Facebook  X  LinkedIn  Email

            Members of the committee travelled to Gaspé on February 24, 2025, where senators held public hearings.
            """)
        #expect(facts.contains { $0.hasPrefix("9: title \"In Gaspé, senators hear from coastal communities\"") })
        #expect(!facts.contains { $0.contains("\"Senate of Canada\" by cue title") })
    }
}
