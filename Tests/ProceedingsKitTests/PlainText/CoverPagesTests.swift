import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The cover page of an organisation's report: the symbol in one column and the languages in the other, a
/// series' number, the body's name with its motto or in its other languages, a long name in capitals, and the
/// place over "Held on ...". Invented lines.
@Suite struct CoverPagesTests {
    static let body = "\n\n1. The meeting was opened by Dr. Ana Ruiz, Director of the Institute.\n"

    static func organisers(_ record: Record) -> [String] {
        let names = Dictionary(uniqueKeysWithValues: record.organizations.map { ($0.id, $0.name) })
        return record.participations.filter { $0.role == .organizer }.compactMap { $0.organizationId.flatMap { names[$0] } }
    }

    @Test func aSymbolBesideItsLanguagesIsNoTitle() throws {
        let record = try Invented.record("""
            AB/2019/CD/7(KEN)                                      French and English only

            MEETING REPORT

            THIRD MEETING OF THE
            EXPERT PANEL ON COASTAL FISHERIES

            Convened by:
            COASTAL FISHERIES COMMISSION

            Mombasa, Kenya
            3–5 June 2019
            """ + Self.body)
        #expect(record.event.title == "THIRD MEETING OF THE EXPERT PANEL ON COASTAL FISHERIES")
        #expect(record.document.documentType == "MEETING REPORT")
        #expect(record.event.subtitle == nil)
    }

    @Test func aSeriesNumberIsNoTitle() throws {
        let record = try Invented.record("""
            ARO PUBLICATION 2012/08

            Report of the
            Regional Workshop on Grain Storage in the Highlands

            Quito, Ecuador, 4–6 April 2012
            """ + Self.body)
        #expect(record.event.title.hasSuffix("Regional Workshop on Grain Storage in the Highlands"))
        let release = try Invented.record("""
            Press release

            041(2021)

            Hearing on river pollution calls for shared monitoring

            Strasbourg, 12.03.2021 – The committee held a hearing on river pollution.
            """)
        #expect(release.event.title == "Hearing on river pollution calls for shared monitoring")
    }

    @Test func theBodysMottoAndItsOtherLanguagesContinueTheMasthead() throws {
        let motto = try Invented.record("""
            UNION OF COASTAL PARLIAMENTS
            Together for the sea.

            Regional Seminar on Marine Protected Areas

            Dakar (Senegal), 2–3 May 2018
            """ + Self.body)
        #expect(motto.event.title == "Regional Seminar on Marine Protected Areas")
        let languages = try Invented.record("""
            ASSEMBLY OF THE SAHEL STATES
            ASSEMBLÉE DES ÉTATS DU SAHEL
            جمعية دول الساحل

            SECOND LEGISLATURE – THIRD ORDINARY SESSION

            ASS.2/CTTE/WAT/RPT/03

            RAPPORTEUR'S REPORT

            JOINT SITTING OF THE COMMITTEE ON WATER, AGRICULTURE AND RURAL AFFAIRS AND THE COMMITTEE ON TRADE, CUSTOMS AND MIGRATION ON THE DROUGHT IN THE WESTERN SAHEL

            Niamey, Niger
            Held on 9 and 10 March 2016
            """ + Self.body)
        #expect(languages.event.title.hasPrefix("JOINT SITTING OF THE COMMITTEE ON WATER"))
        #expect(languages.document.documentType == "RAPPORTEUR'S REPORT")
        // "Held" opens a line of its own: the place above it held nothing.
        #expect(Self.organisers(languages).isEmpty)
        #expect(languages.event.startDate == "2016-03-09")
    }

    @Test func aTitleUnderAMastheadStaysWhenItNamesTheMeeting() throws {
        let record = try Invented.record("""
            MINISTRY OF FISHERIES
            Seminar on Coastal Law

            12 May 2022
            """ + Self.body)
        #expect(record.event.title == "Seminar on Coastal Law")
    }

    @Test func aMottoPrintedTwiceEndsTheWalkDownTheMasthead() throws {
        let record = try Invented.record("""
            UNION OF COASTAL PARLIAMENTS
            Together for the sea.

            Together for the sea.

            Regional Seminar on Marine Protected Areas

            Dakar (Senegal), 2–3 May 2018
            """ + Self.body)
        #expect(record.event.title == "Regional Seminar on Marine Protected Areas")
    }
}
