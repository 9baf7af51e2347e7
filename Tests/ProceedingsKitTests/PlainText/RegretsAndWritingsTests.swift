import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Those a record names who were not in the room: members absent with apology under a label of more than three
/// words, apologies intimated on behalf of members named under their office in the plural, and contributions sent
/// in writing.
@Suite struct RegretsAndWritingsTests {

    @Test func membersAbsentWithApologyUnderTheirLabel() throws {
        let record = try Invented.record(body: """
            MEMBERS PRESENT
            1. Hon. Okello Ruth Akello – Chairperson
            2. Hon. Mugisha Paul Ssentongo

            MEMBERS ABSENT WITH APOLOGY
            1. Hon. Nankya Joan Birungi
            2. Hon. Otim David Ekwaru
            """)
        #expect(record.roleLines == ["Okello Ruth Akello chair", "Mugisha Paul Ssentongo participant"])
    }

    @Test func apologiesIntimatedOnBehalfOfCouncillors() {
        let page = Invented.header + """
            Apologies for absence were intimated on behalf of Councillors Morag Bain and Euan Iain Reid.

            Apologies were received from Senators Ann Kerr and Tom Lyle.
            """
        #expect(Invented.explain(page).filter { $0.contains("participant") } == [
            "7: not-a-participant \"Morag Bain\" by cue mention.absent",
            "7: not-a-participant \"Euan Iain Reid\" by cue mention.absent",
            "9: not-a-participant \"Ann Kerr\" by cue mention.absent",
            "9: not-a-participant \"Tom Lyle\" by cue mention.absent",
        ])
    }

    /// "In the absence of the Chairman, Deputy X took the Chair": the phrase speaks of the chairman, not of X.
    @Test func inTheAbsenceOfTheChairStillNamesWhoTookIt() throws {
        let record = try Invented.record(body: """
            In the absence of the Chairman, Deputy Niamh Walsh took the Chair.
            """)
        #expect(record.roleLines == ["Niamh Walsh chair"])
    }

    @Test func contributionsSentInWritingAreNoOnesPresence() throws {
        let record = try Invented.record(body: """
            Contributions from the floor came from Professor Ian Hale (University of Leeds) and Dr Mira Osei (Bank of Ghana). Further written contributions were received from Professor Chen Lu (University of Macau) and Dr Ruth Amos (Statistics Norway).
            """)
        let names = record.roles.map(\.name)
        #expect(names.contains("Ian Hale") && names.contains("Mira Osei"))
        #expect(!names.contains("Chen Lu") && !names.contains("Ruth Amos"))
    }
}

/// Names and labels of a committee's concise minutes: a Welsh given name shortened ("Rhodri Ll. Evans") in the roster and in
/// the prose, the record's type over the attendance, and a witness who chairs a body of his own.
@Suite struct ConciseMinutesTests {

    @Test func aShortenedGivenNameAndTheTypeOverTheAttendance() throws {
        let record = try Invented.record(body: """
            Concise Minutes:

            Witnesses:
            Dr Rhodri Ll. Evans, Head of Grants, Books Council of Wales
            Jonathan Pryce, Chair, Publishing Wales Forum

            2.1 The Committee heard evidence from Dr Rhodri Ll. Evans, Head of Grants, Books Council of Wales; and Jonathan Pryce, Chair, Publishing Wales Forum.
            """)
        #expect(Set(record.roles.map(\.name)) == ["Rhodri Ll. Evans", "Jonathan Pryce"])
        #expect(!record.roles.contains { $0.role == .chair })
    }

    /// "Letter from X regarding Y": a paper the minutes note; its writer was not at the meeting.
    @Test func theWriterOfALetterNotedTookNoPart() throws {
        let record = try Invented.record(body: """
            The Committee noted the papers.

            Letter from Ann Cole, Director of Radio Wales, regarding funding.
            """)
        #expect(record.roles.isEmpty)
    }

    /// "SATO Hiroshi (Chair, Professor, Shizuoka University)": the role at the meeting, then the person's position.
    @Test func aChairBeforeAPositionStillChairs() throws {
        let record = try Invented.record(body: """
            Dr. Hana Sato (Chair, Professor, Shizuoka University) noted that the region needed more data.
            """)
        #expect(record.roles.first?.role == .chair)
    }
}

/// A programme's lines: an honorary rank in brackets after the title, and a talk's title in single quotes after the name.
@Suite struct HonoraryRanksAndQuotedTalksTests {

    @Test func anHonoraryRankAndATalkInSingleQuotes() throws {
        let record = try Invented.record(body: """
            Welcome: Amb. (Hon.) Marc Vander, Director-General, Policy Institute

            Speakers:
            Ms Orla Quinn (County Heritage Office), ‘Mapping the holy wells of the west’
            """)
        #expect(record.roleLines == ["Marc Vander opening-speaker", "Orla Quinn speaker"])
        #expect(record.roles.last?.affiliation == "County Heritage Office")
    }
}

