import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// How the title block of a report or a release is printed: a title wrapped onto the next line, a title in
/// capitals that announces its subtitle with a colon, the kind of meeting over its quoted name, a body's name
/// over the type and the meeting, a release's number on a line of its own, and types named by "document" or
/// "note". Invented lines.
@Suite struct TitleBlocksTests {
    static let body = "\n\nThe meeting was opened by Dr. Ana Ruiz, Director of the Institute.\n"

    @Test func aTitleWrappedOntoTheNextLine() throws {
        let record = try Invented.record("""
            COASTAL LAW INSTITUTE

            Seminar on the Delimitation of Maritime Boundaries and the Settlement of Disputes
            in the Western Pacific (Summary Record)

            4 May 2016
            """ + Self.body)
        #expect(record.event.title == "Seminar on the Delimitation of Maritime Boundaries and the Settlement of Disputes in the Western Pacific")
        #expect(record.document.documentType == "Summary Record")
        let cut = try Invented.record("""
            Regional Consultation on the Recruitment of Seasonal Workers
            from the Andes to the Southern Cone

            Lima, 9 September 2013
            """ + Self.body)
        #expect(cut.event.title == "Regional Consultation on the Recruitment of Seasonal Workers from the Andes to the Southern Cone")
        #expect(cut.event.subtitle == nil)
    }

    @Test func aTitleInCapitalsAnnouncesItsSubtitleWithAColon() throws {
        let record = try Invented.record("""
            REGIONAL WORKSHOP ON AQUIFER MANAGEMENT IN THE SAHEL:
            FROM MAPPING TO SHARED RULES

            Dates: 11-13 March 2014
            """ + Self.body)
        // What the colon announces completes the title, as "Title: Other title" printed on one line is one title.
        #expect(record.event.title == "REGIONAL WORKSHOP ON AQUIFER MANAGEMENT IN THE SAHEL: FROM MAPPING TO SHARED RULES")
        #expect(record.event.subtitle == nil)
    }

    @Test func theKindOfMeetingOverItsQuotedName() throws {
        let record = try Invented.record("""
            Panel discussion

            "Allies in Doubt: Security in the Baltic after 2014"

            Riga, 21 February 2015
            """ + Self.body)
        #expect(record.event.title == "Allies in Doubt: Security in the Baltic after 2014")
    }

    @Test func aBodysNameOverTheTypeAndTheMeeting() throws {
        let record = try Invented.record("""
            Pacific Islands Forum

            Co-Chairs' Summary Report
            PIF Workshop on Countering Illegal Fishing in Exclusive Economic Zones
            Suva, Fiji, 2-3 May 2023
            """ + Self.body)
        #expect(record.event.title == "PIF Workshop on Countering Illegal Fishing in Exclusive Economic Zones")
        #expect(record.document.documentType == "Co-Chairs' Summary Report")
    }

    @Test func aReleasesNumberOnALineOfItsOwn() throws {
        let record = try Invented.record("""
            PRESS RELEASE
            No 318-E
            18.10.2004

            Vilnius hosts seminar on grid security in the Baltic states
            """ + Self.body)
        #expect(record.event.title == "Vilnius hosts seminar on grid security in the Baltic states")
        #expect(record.document.documentType == "PRESS RELEASE")
    }

    @Test func typesNamedByDocumentOrNote() throws {
        let outcome = try Invented.record("""
            Outcome Document

            Danube Youth Forum on Water 2019

            Novi Sad, 25-26 September 2019
            """ + Self.body)
        #expect(outcome.document.documentType == "Outcome Document")
        #expect(outcome.event.title == "Danube Youth Forum on Water 2019")
        let note = try Invented.record("""
            Note to the press No. 214

            III Andes-Africa Dialogue on Family Farming

            Quito, 4 May 2015
            """ + Self.body)
        #expect(note.document.documentType == "Note to the press")
        #expect(note.event.title == "III Andes-Africa Dialogue on Family Farming")
    }

    /// A type printed as a site's tag, with the year of the meeting in it, as a line of its own that its community or side
    /// event names, or leading into the quoted or spelled-out name of the meeting it reports on.
    @Test(arguments: [
        ("[Event Report] The 5th Strategic Dialogue", "Event Report", "The 5th Strategic Dialogue"),
        ("ACA 2025 Annual Conference Recap\n\nArchives Without Walls", "ACA 2025 Annual Conference Recap", "Archives Without Walls"),
        ("COMMUNITY FORUM SUMMARY\n\nWind, Sun and Country", "COMMUNITY FORUM SUMMARY", "Wind, Sun and Country"),
        ("Side event report\n\nBridging the Digital Divide", "Side event report", "Bridging the Digital Divide"),
        ("What We Heard Report\nRural Connectivity Forum", "What We Heard Report", "Rural Connectivity Forum"),
        ("Outcome of the stakeholder workshop \"Urban biodiversity\"", "Outcome", "Urban biodiversity"),
        ("REPORT ON THE 2023 ANNUAL CONFERENCE OF LIBRARIANS", "REPORT", "2023 ANNUAL CONFERENCE OF LIBRARIANS"),
        ("Outcome of the Coastal Symposium 2025\n\nSymposium Report", "Symposium Report", "Coastal Symposium 2025"),
    ])
    func typesAroundTheTitle(_ head: String, _ type: String, _ title: String) throws {
        let record = try Invented.record(head + "\n\n4 May 2016" + Self.body)
        #expect(record.document.documentType == type)
        #expect(record.event.title == title)
    }
}
