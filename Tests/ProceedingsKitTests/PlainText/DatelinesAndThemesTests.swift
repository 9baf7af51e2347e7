import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The page's own date beside the event's (a story's dateline under a labelled date, "Report prepared:"), a theme printed
/// under the title with its label, the hall on a line of its own, and a few cues of the prose: a list of participating
/// ministers, a finding presented, a cited study's author. Invented lines.
@Suite struct DatelinesAndThemesTests {
    @Test func aStoryDatelineUnderTheEventsDateDatesThePage() throws {
        let record = try Invented.record("""
            Event report

            Coastal Finance Forum 2023

            Date: Tuesday, 19 September 2023
            Location: Auditorium, Harbour House, Abidjan

            Abidjan, 22 September 2023 - More than 200 participants attended the Coastal Finance Forum.
            """)
        #expect(record.event.startDate == "2023-09-19")
        #expect(record.document.issued == "2023-09-22")
    }

    @Test func aReportPreparedOnADateWasIssuedThen() throws {
        let record = try Invented.record("""
            National Consultation on Antimicrobial Resistance

            Dhaka, 9-10 May 2023

            Report prepared: 30 June 2023

            The consultation was opened by Dr. Rafiq Ahmed, Director.
            """)
        #expect(record.event.startDate == "2023-05-09")
        #expect(record.document.issued == "2023-06-30")
    }

    @Test func aThemeUnderTheTitleIsItsSubtitleWithoutItsLabel() throws {
        let record = try Invented.record("""
            Regional Policy Dialogue on Seed Systems

            Theme: "Seeds of Resilience: Scaling Good Practice in the Region"

            Held at the Lakeside Resort & Casino, Gaborone, Botswana
            Wednesday 5 – Friday 7 June 2024

            The dialogue was opened by Dr. Neo Molefe, Director.
            """)
        #expect(record.event.subtitle == "Seeds of Resilience: Scaling Good Practice in the Region")
        #expect(record.event.venue == "Lakeside Resort & Casino, Gaborone, Botswana")
        #expect(record.event.startDate == "2024-06-05" && record.event.endDate == "2024-06-07")
    }

    @Test func participatingMinistersAreParticipants() throws {
        let record = try Invented.record(body: """
            Participating Ministers and heads of delegation included:

              • Mr. Abdul Karim Rahman, Adviser, Ministry of Agriculture, Bangladesh
              • Lyonpo Karma Dorji, Minister of Agriculture and Livestock, Bhutan
            """)
        #expect(record.roleLines == ["Abdul Karim Rahman participant", "Karma Dorji participant"])
    }

    @Test func aFindingPresentedAndACitedStudysAuthor() throws {
        let record = try Invented.record(body: """
            Presenting the findings of the expert group, Dr. Anjali Rao, Director General of the Institute, noted that \
            losses were high. Referring to the 2023 study on millet value chains prepared by Dr. Sushila Menon of the \
            Millets Institute, several Ministers called for joint research. The Ministry of Agriculture & Farmers Welfare \
            hosted the meeting.
            """)
        #expect(record.roleLines == ["Anjali Rao presenter"])
        #expect(record.organizers == ["Ministry of Agriculture & Farmers Welfare"])
    }

    @Test func theKindOfMeetingHeldAtAPlaceUnderTheTitle() throws {
        let record = try Invented.record("""
            Governing the Opening Arctic

            Workshop held at NUPI, C.J. Hambros plass 2d, Oslo, 14–15 November 2018

            The workshop was held with the support of the Ministry and brought together experts from observer states in Asia.
            """)
        #expect(record.event.venue == "NUPI, C.J. Hambros plass")
        #expect(record.event.startDate == "2018-11-14" && record.event.endDate == "2018-11-15")
    }

    @Test func aQuestionIsTheFloors() throws {
        let record = try Invented.record(body: """
            Mr Gérard Lefebvre-Dumont (RREUSE) asked whether social enterprises would receive a share of the fees.             Ms Ingrid Løvås replied that this should be left to Member States.
            """)
        #expect(record.roleLines == ["Gérard Lefebvre-Dumont participant", "Ingrid Løvås speaker"])
    }
}
