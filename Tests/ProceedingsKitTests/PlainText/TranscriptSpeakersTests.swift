import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A committee's transcript: who speaks is named before a colon, with the position; a question gives its asker no role,
/// and a member of the committee sits on it as the roster lists them. Invented lines.
@Suite struct TranscriptSpeakersTests {
    static let page = """
        Justice Committee

        Corrected oral evidence: Facial recognition in policing

        Tuesday 4 February 2025

        Watch the meeting

        Members present: Lord Pemberton of Alnmouth (The Chair); Baroness Adebayo-Clarke; Viscount Ashcombe.

        Q27 The Chair: Good morning and welcome to our witnesses. Could you introduce yourselves?

        Professor Siobhan Gallagher: Thank you, Lord Chair. When Sir Graham Hollis reviewed this area in 2022, he recommended a code.

        Chief Constable Amanda Wilks-Hobbs, Lead for Biometrics: We would welcome that.

        Q28 Baroness Adebayo-Clarke: Can I press you on the watch lists?

        Senator Oh: Victor Oh, Ontario.
        """

    @Test func witnessesSpeakAndKeepTheirPosition() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.contains { $0.name == "Siobhan Gallagher" && $0.role == .speaker })
        let chief = try #require(record.roles.first { $0.name == "Amanda Wilks-Hobbs" })
        #expect(chief.role == .speaker)
        #expect(chief.affiliation == "Lead for Biometrics")
    }

    @Test func membersAskAndStayMembers() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.first { $0.name == "Adebayo-Clarke" }?.role == .participant)
        #expect(record.roles.first { $0.name == "Pemberton of Alnmouth" }?.role == .chair)
        // "Senator Oh: Victor Oh, Ontario.": the member introduces themselves by their full name.
        #expect(record.roles.first { $0.name == "Victor Oh" }?.role == .participant)
    }

    @Test func whoAWitnessNamesWasNotHeard() throws {
        let explained = Invented.explain(Self.page)
        #expect(explained.contains { $0.hasPrefix("13: not-a-participant \"Graham Hollis\"") })
    }

    @Test func theTypeAndTitleUnderTheBodyAndNoLinkToTheVideo() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "Facial recognition in policing")
        #expect(record.document.documentType == "Corrected oral evidence")
        #expect(record.event.subtitle == nil)
    }

    /// A line of a transcript that asks gives its asker no role of a speaker.
    @Test func aQuestionGivesNoRole() throws {
        let record = try Invented.record(body: "Ms. Dana Holt: Is the code enough?")
        #expect(record.roles.first { $0.name == "Dana Holt" }?.role != .speaker)
    }
}

/// A page that opens with the link for screen readers and a short menu, one item to a line: the site's, however short.
@Suite struct ShortSiteMenusTests {
    @Test func aSkipLinkOpensTheSitesLines() throws {
        let record = try Invented.record("""
            Skip to main content
            UK Parliament
            Committees
            Committees home
            Select committees
            Search

            Justice and Home Affairs Committee
            Lords Select Committee

            Home  Work  Publications  Oral evidence  Membership  News

            Corrected oral evidence: Live facial recognition in policing

            Tuesday 4 February 2025

            The Committee took evidence from three witnesses on the use of live facial recognition by police forces.
            """)
        #expect(record.event.title == "Live facial recognition in policing")
    }
}

/// Hansard names the one presiding by the office, the member in brackets; a news story names the weekday the event was
/// held on. Invented lines.
@Suite struct HansardChairAndWeekdayTests {
    @Test func theChairByTheOfficeAndTheMemberInBrackets() throws {
        let record = try Invented.record(body: """
            Members in attendance: Senators Brennan, Doyle.

            CHAIR (Senator Brennan): I declare open this public hearing of the committee.
            """)
        #expect(record.roles.first { $0.name == "Brennan" }?.role == .chair)
        #expect(record.roles.first { $0.name == "Doyle" }?.role == .participant)
    }

    @Test func theWeekdayOfTheLectureBeforeThePagesDate() throws {
        let record = try Invented.record("""
            Rivers and the law: public lecture draws full house

            Friday 23 May 2025

            More than 400 people filled the Burns Lecture Theatre on Thursday evening for this year's public lecture.
            """)
        #expect(record.event.startDate == "2025-05-22")
    }
}

/// A university's conference report: the minister who opened it was represented by an officer, who gave the speech; who
/// spoke during the closing ceremony closed it. Invented lines.
@Suite struct RepresentedSpeakersTests {
    @Test func theOfficerWhoRepresentedTheMinisterOpened() throws {
        let record = try Invented.record(body: """
            The conference was officially opened by the Cabinet Secretary for Agriculture, Hon. Dr. Samuel Chepkwony, who was represented by the Principal Secretary, Dr. Wanjiku Mwangi-Otieno.

            Speaking during the closing ceremony, the Deputy Vice-Chancellor, Prof. Moses Ouma, urged young researchers to publish.
            """)
        #expect(record.roleLines == ["Wanjiku Mwangi-Otieno opening-speaker", "Moses Ouma closing-speaker"])
        #expect(!record.persons.contains { $0.name == "Samuel Chepkwony" })
    }
}
