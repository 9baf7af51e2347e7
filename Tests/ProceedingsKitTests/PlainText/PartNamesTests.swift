import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Parts named as programmes across the genre name them, and parts the prose names under a heading of
/// the summary's own. Invented pages.
@Suite struct PartNamesTests {
    @Test(arguments: [
        ("Technical Session 2: Solar pumping", "session", "Technical Session 2", "Solar pumping"),
        ("Ministerial segment: Policy coherence", "session", "Ministerial segment", "Policy coherence"),
        ("Part One – What workers pay", "session", "Part One", "What workers pay"),
        ("Inaugural Session", "opening", "Inaugural Session", nil),
        ("Valedictory Session", "closing", "Valedictory Session", nil),
    ] as [(String, String, String, String?)])
    func headingNamesAPart(_ heading: String, kind: String, label: String, title: String?) throws {
        let record = try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\n\(heading)\n\nDr. Ana Ruiz spoke on pumps.\n")
        #expect(record.parts.map { "\($0.kind.rawValue)|\($0.label)|\($0.title ?? "-")" } == ["\(kind)|\(label)|\(title ?? "-")"])
    }

    /// "Roundtable summary" over the text is what the page is, not a part of the meeting.
    @Test func documentKindIsNoPart() throws {
        let record = try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\nWorkshop summary\n\nDr. Ana Ruiz spoke on pumps.\n")
        #expect(record.parts.isEmpty)
    }

    /// Under "III. PROCEEDINGS", after an opening with a heading of its own, the prose names the sessions.
    @Test func sessionsNamedInProseUnderASectionHeading() throws {
        let record = try Invented.record("""
            Workshop on Election Early Warning

            12 May 2022

            II. OPENING CEREMONY

            2. The workshop was opened by H.E. Mr. Abdou SARR, Secretary-General of the Ministry.

            III. PROCEEDINGS

            4. Session 1 on trends in violence was moderated by Mrs. Funmi ADEBANJO. Dr. Issa TRAORÉ presented a paper.

            5. Session 2 on indicators featured presentations by Ms. Fatou DIALLO (CEWS).
            """)
        #expect(record.parts.map(\.label) == ["II. OPENING CEREMONY", "Session 1", "Session 2"])
        #expect(record.roleLines == ["Abdou SARR opening-speaker", "Funmi ADEBANJO moderator", "Issa TRAORÉ presenter", "Fatou DIALLO presenter"])
    }

    /// A summary under the programme speaks of a session the programme listed: the same part, not a second one.
    @Test func sessionNamedAgainIsTheSamePart() throws {
        let record = try Invented.record("""
            Seminar on Seagrass Carbon

            12 May 2022

            Programme
            Session 1: Field methods
            Session 2: Policy

            Summary

            In Session 1, Dr. Muhammad Faiz presented the coring protocol.
            """)
        #expect(record.parts.map(\.label) == ["Session 1:", "Session 2:"])
        #expect(record.participations.first { $0.personId != nil }?.partId == record.parts[0].id)
    }

    /// "Dr. Tigist BEKELE - AU Commission": a hyphen between spaces ends the name.
    @Test func spacedHyphenEndsAName() throws {
        let record = try Invented.record(body: "Participants:\n1. Dr. Tigist Alemayehu BEKELE - AU Commission, CEWS\n2. Mrs. Funmi ADEBANJO - WAEON")
        #expect(record.roles.map(\.name) == ["Tigist Alemayehu BEKELE", "Funmi ADEBANJO"])
    }
}
