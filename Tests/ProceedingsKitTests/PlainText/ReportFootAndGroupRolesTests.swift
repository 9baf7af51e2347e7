import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A report's foot ("Prepared by:" over "Date:"), a group's roles in clauses ("facilitated by X; documented by Y"), talks
/// listed under "Speakers:", and types of document that name the kind of meeting ("HEARING SUMMARY"). Invented lines.
@Suite struct ReportFootAndGroupRolesTests {
    @Test func theDateUnderWhoPreparedTheReportIsItsOwn() throws {
        let record = try Invented.record("""
            WORKSHOP SUMMARY

            National Consultation-Workshop on Hog Repopulation

            March 6–8, 2023 | Crowne Plaza Galleria, Quezon City

            The workshop was opened by Dr. Ana Cruz, Director.

            Prepared by: Planning and Policy Section
            Date: 20 March 2023
            """)
        #expect(record.event.startDate == "2023-03-06" && record.event.endDate == "2023-03-08")
        #expect(record.document.issued == "2023-03-20")
    }

    @Test func aGroupsRolesInClauses() throws {
        let record = try Invented.record(body: """
            Participants were divided into three breakout groups:

            Group 1 – Luzon: facilitated by Dr. Romeo Manalo; documented by Ms. Aileen Dizon
            Group 2 – Visayas: facilitated by Dr. Joy Gumban
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["Group 1 | Luzon", "Group 2 | Visayas"])
        #expect(record.roleLines == ["Romeo Manalo moderator", "Aileen Dizon rapporteur", "Joy Gumban moderator"])
    }

    @Test func talksListedUnderSpeakers() throws {
        let record = try Invented.record(body: """
            Session 1 — ASF situation and surveillance
            Speakers:
              • Dr. Josefina Pacheco (BAI Epidemiology Section) – National ASF
                situationer
              • Dr. Kristine Pelayo (ACIAR project team) – Biosecurity practices of smallholders
            """)
        #expect(record.roleLines == ["Josefina Pacheco speaker", "Kristine Pelayo speaker"])
    }

    @Test func typesOfDocumentNamedByTheKindOfMeeting() {
        for type in ["HEARING SUMMARY", "Summit Report", "Annual Meeting Report", "Technical Committee Report"] {
            #expect(DocumentTypes.line(type, .builtIn, beforeTitle: true) == type)
        }
    }

    @Test func aRoleByItsVerbOnALineOfItsOwn() throws {
        let record = try Invented.record(body: """
            Session 2: Financing
            Chaired by Prof. Kenji Mori (Kyoto University)
            • Dr. Raj Patel, IWMI: "Paying for water"

            Session 4: Closing
            Rapporteur's report by Dr. Nina Hale

            Chaired by Ms. Salote Fifita, Vice-Chair, the session heard presentations from Mr. Iosefa Tuilagi, PCREEE.
            """)
        #expect(record.parts.map(\.label) == ["Session 2:", "Session 4:"])
        #expect(record.roleLines == ["Kenji Mori chair", "Raj Patel presenter", "Nina Hale rapporteur", "Salote Fifita chair",
                                     "Iosefa Tuilagi presenter"])
    }

    @Test func aSitesMenuWordsAndASerialsIssueAreNoTitle() throws {
        let menu = try Invented.record("""
            Menu   Search   English

            Towards Extended Producer Responsibility for Textiles

            Workshop Summary

            12 May 2022
            """)
        #expect(menu.event.title == "Towards Extended Producer Responsibility for Textiles")
        #expect(menu.document.documentType == "Workshop Summary")
        let newsletter = try Invented.record("""
            Newsletter No. 58 — Autumn 2021

            Summary of the 41st Annual Meeting

            12 May 2022
            """)
        #expect(newsletter.event.title == "41st Annual Meeting")
    }

    @Test func aKeynoteInATimedProgrammeIsAPartOfItsOwn() throws {
        let record = try Invented.record(body: """
            09:30 Panel 1 – Water and cities
            Moderator: Ms. Mei Lin (ADB)
            11:00 Keynote address by Prof. Kenji Mori (Kyoto University)
            11:30 Panel 2: Financing
            """)
        #expect(record.parts.map(\.kind) == [.session, .keynote, .session])
        let keynote = try #require(record.participations.first { $0.role == .keynoteSpeaker })
        #expect(keynote.partId == record.parts[1].id)
    }
}
