import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Pages of learned societies, assemblies, museums and unions: organisers named by acronym or as a
/// unit of the publisher, a partner named alone, "yesterday" under the page's date, programme days
/// printed before a part, titles of Central Europe and Malaysia. Invented pages.
@Suite struct SocietiesAndAssembliesTests {
    @Test func organiserByAcronymGetsTheNameThePageSpellsOut() throws {
        let record = try Invented.record("""
            PEFTLW – Pan-European Federation of Transport and Logistics Workers
            News | Campaigns | Affiliates | Press

            Unions meet on platform work

            9 May 2018

            The forum was organised by PEFTLW jointly with the Belgian Transport Workers’ Union (BTWU).
            """)
        #expect(record.organizers == ["Pan-European Federation of Transport and Logistics Workers (PEFTLW)",
                                      "Belgian Transport Workers’ Union (BTWU)"])
    }

    @Test func unitNamedByItsParentsNoun() throws {
        let record = try Invented.record("""
            Mekong Development Bank
            Home | Projects | News | Contact

            Power Beyond the Grid

            4 April 2019

            The Bank’s Energy Division convened the roundtable in Vientiane.
            """)
        #expect(record.organizers == ["Energy Division, Mekong Development Bank"])
    }

    /// "... co-organised with the Danish Institute": the partner leaves the host unnamed; the university
    /// whose page it is, and whose building the text names, held it.
    @Test func partnerAloneLeavesThePublisherAsHost() throws {
        let record = try Invented.record("""
            HANSEATIC UNIVERSITY OF PUBLIC GOVERNANCE
            School of Public Policy | Research | Events

            Algorithms at the Counter

            6 February 2020

            The workshop was co-organised with the Danish Institute for Public Sector Innovation. The venue was the Senate Room of the University’s main building.
            """)
        #expect(record.organizers == ["Danish Institute for Public Sector Innovation", "Hanseatic University of Public Governance"])
    }

    @Test func yesterdayUnderThePagesDate() throws {
        let record = try Invented.record("""
            Commuting without Borders

            Olomouc, 1 March 2021

            The Committee on European Affairs yesterday hosted a roundtable with regional councillors.
            """)
        #expect(record.event.startDate == "2021-02-28")
    }

    @Test func sectionArrowAndDatedSectionAreNoTitle() throws {
        let record = try Invented.record("""
            MSGP — Malaysian Society of Geotechnical Practitioners
            Home | About | Events | Contact
            Events » Annual Conference 2017

            ANNUAL CONFERENCE 2017
            Building on Soft Ground

            26–27 July 2017 | Kuala Lumpur
            """)
        #expect(record.event.title == "ANNUAL CONFERENCE 2017")
        let news = try Invented.record("NEWS · 09/05/2018\n\nUnions map out a common front\n\nThe forum met in Brussels on 8 May 2018.\n")
        #expect(news.event.title == "Unions map out a common front")
    }

    @Test func namesOfCentralEuropeAndMalaysia() throws {
        let record = try Invented.record(body: """
            Contributions were made by JUDr. Petra NOVOTNÁ, Head of the Legal Unit, and by Ir. Suresh a/l Krishnan (GeoDynamics). Mgr. Jana Pospíšilová then presented the draft.
            """)
        #expect(record.roles.map(\.name) == ["Petra NOVOTNÁ", "Suresh a/l Krishnan", "Jana Pospíšilová"])
    }

    @Test func closedByLedByAndAnAbsentSendersMessage() throws {
        let record = try Invented.record("""
            European Forum on Platform Work

            8 May 2018

            Member of the European Parliament Clara ESTEVES, who was unable to travel to Brussels, sent a video message. The workshop on collective bargaining was led by Koen VERMEULEN, national secretary. The forum was closed by BTWU President Marc LAMBRECHTS.
            """)
        #expect(record.roleLines == ["Clara ESTEVES message-author", "Koen VERMEULEN moderator", "Marc LAMBRECHTS closing-speaker"])
        // Led by, of a delegation: no moderator.
        let delegation = try Invented.record(body: "The delegation of Chile was led by Ambassador Rosa Vidal.")
        #expect(delegation.roles.map(\.role) != [.moderator])
    }

    @Test func dayPrintedBeforeAPart() throws {
        let record = try Invented.record("""
            Fragile Fibres

            2 June 2016

            The workshop is organised by the Museum’s Conservation Department.

            PROGRAMME

            Thursday 2 June — Morning session: Degradation and diagnosis
            Chair: Dr Amélie de la Fontaine, Head of Conservation

            Friday 3 June — Hands-on session
            Chair: Marta Kowalczyk

            Standing Committee on Water Resources
            Twenty-third session
            """)
        #expect(record.parts.map { "\($0.label)|\($0.title ?? "-")" } == ["Morning session|Degradation and diagnosis", "Hands-on session|-"])
        #expect(record.roleLines == ["Amélie de la Fontaine chair", "Marta Kowalczyk chair"])
    }
}
