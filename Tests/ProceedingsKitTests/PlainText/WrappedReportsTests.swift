import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Reports hard-wrapped at a width: a line that starts with a part's word in the middle of a sentence, a
/// numbered paragraph that begins with "Welcome remarks", a person's line that runs on; and the dates and
/// kickers of the pages they come from. Invented pages.
@Suite struct WrappedReportsTests {
    static let report = """
        AIOLS Workshop on Maritime Search and Rescue

        Colombo, Sri Lanka, 2nd and 3rd October 2017

        1. The Workshop on Maritime Search and Rescue Cooperation was held at
        the Lotus Pond Convention Centre, Colombo, on 2nd and 3rd October 2017. The
        Workshop was co-hosted by the Ministry of Ports and Maritime Affairs of Sri
        Lanka and the Department of Maritime Safety of Australia, in cooperation
        with the Secretariat.

        Opening Session

        3. Welcome remarks were delivered by the two Co-Chairs. Dr. Farida Osman
        Haji, Director of the Secretariat, read a message from the Secretary-General.
        Eng. Rania Al-Khatib, Secretary-General of the Jordan Centre for Water
        Futures, gave the welcome on behalf of the co-organiser, followed by a
        keynote lecture by Prof. Maarten de Boer-Haddad of the Delft Institute for
        Water Governance on negotiation frameworks for transboundary aquifers.
        Session 2: Community Rights and Tenure
        """

    @Test func partWordsInsideAWrappedSentenceHeadNothing() throws {
        let record = try Invented.record(Self.report)
        #expect(record.parts.map(\.label) == ["Opening Session", "Session 2:"])
        #expect(record.organizers == ["Ministry of Ports and Maritime Affairs of Sri Lanka", "Department of Maritime Safety of Australia", "Secretariat"])
        #expect(record.roles.map(\.name).contains("Maarten de Boer-Haddad"))
        #expect(record.roles.map(\.name).contains("Farida Osman Haji"))
    }

    @Test func townInTitleCaseDatesTheStoryNotTheMeeting() throws {
        let record = try Invented.record("""
            Press Releases
            05/03/2015

            Sahel Infrastructure Forum closes with US$1.2 billion in commitments

            Dakar, March 5, 2015 – The second Sahel Infrastructure Forum concluded yesterday in Dakar.

            Held March 3-4, 2015 at the Almadies Conference Centre, the Forum drew 400 participants.
            """)
        #expect(record.event.title == "Sahel Infrastructure Forum closes with US$1.2 billion in commitments")
        #expect(record.event.startDate == "2015-03-03")
        #expect(record.document.issued == "2015-03-05")
    }

    @Test func kickersAndDayFirstDates() throws {
        let record = try Invented.record("""
            Start  >  Events  >  Symposium 2019

            [ Events ]

            NEWS ITEM | 23-06-2016

            Local Self-Government in the South Caucasus

            The symposium met in Tbilisi.
            """)
        #expect(record.event.title == "Local Self-Government in the South Caucasus")
        #expect(record.document.issued == "2016-06-23")
        // "10-05-2018": no number over 12, so no order to read it in; European and American pages both print hyphens.
        #expect(Dates.all(in: "10-05-2018").allSatisfy { $0.year == nil })
    }

    @Test func introductoryRemarksWelcomeAndAGroupsLeader() throws {
        let record = try Invented.record("""
            Seminar on Migration

            3 March 2015

            Introductory remarks

            Dr. Matthias GRUBER, Director, Centre for Labour Mobility Research

            Working groups

            Eng. Rania Al-Khatib gave the welcome on behalf of the co-organiser. The youth group was led by Ms. Dana Qaqish, founder of WaterWise.
            """)
        #expect(record.parts.first.map { "\($0.kind.rawValue)|\($0.label)" } == "opening|Introductory remarks")
        #expect(record.roleLines == ["Matthias GRUBER opening-speaker", "Rania Al-Khatib opening-speaker", "Dana Qaqish moderator"])
    }
}
