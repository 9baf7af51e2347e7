import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who the prose names without their taking part: the author of a report or estimate, those who reviewed the summary in
/// draft, the one a statement of another time is by, founders of a series, a chairmanship of the past, one noted as not
/// present, one represented by another; and what another did before ("who had co-chaired ... in 2019"). Invented sentences.
@Suite struct AuthorsAndRepresentativesTests {
    @Test(arguments: [
        "Participants referred to the Report 2016, whose lead author, Mr. Ziad Kfoury, had argued that jobs were scarce.",
        "The summary was reviewed in draft form by Ziad Kfoury, Columbia University.",
        "The review, prepared by an independent team led by Dr. Ziad Kfoury (not present), was endorsed.",
        "According to the 2016 report prepared under Dr. Ziad Kfoury, most pastureland is degraded.",
        "Participants recalled the statement made in March by the President of the Commission, Ziad Kfoury, on the grids.",
        "He recalled that the Dialogue had been initiated in 2013 by former Dean Ziad Kfoury.",
        "The programme was adopted under the chairmanship of the former minister Ziad Kfoury.",
    ])
    func namedButNotThere(_ sentence: String) throws {
        let record = try Invented.record(body: sentence)
        #expect(record.roleLines.isEmpty, "\(record.roleLines)")
    }

    @Test func oneRepresentedByAnother() throws {
        let record = try Invented.record(body: """
            Panelists: Chief Justice Mogoeng Mogoeng (represented by Justice Leona Theron, Constitutional Court); Justice \
            Sabiha Al-Tayeb, Constitutional Court of Egypt.
            """)
        #expect(record.roleLines == ["Leona Theron panelist", "Sabiha Al-Tayeb panelist"])
    }

    @Test func whatSomeoneHadDoneBeforeIsNoRoleHere() throws {
        let record = try Invented.record(body: """
            The second panel featured Professor Vai Tuitupou (University of the South Pacific), who had co-chaired the \
            dialogue in 2019.
            """)
        #expect(record.roleLines == ["Vai Tuitupou panelist"])
    }

    @Test func aWelshParticle() throws {
        let record = try Invented.record(body: "Presentations were made by Aled ab Iorwerth, Deputy Chief Economist, CMHC.")
        #expect(record.roleLines == ["Aled ab Iorwerth presenter"])
    }

    /// The verb left out after the second name of a clause is the first's ("and Dr. B (University) multivariate signatures").
    @Test(arguments: [
        ("Dr. Nicolas Sendrier (INRIA) presented code-based encryption, and Dr. Jintai Ding (University of Cincinnati) "
            + "multivariate signatures.", "presenter"),
        ("Mr. Jens Hartmann (Federal Office) gave a presentation on shelters, and Ms. Tuuli Koskinen (Ministry of the "
            + "Interior) on civil defence.", "presenter"),
        ("Dr. Nicolas Sendrier spoke on water, and Mr. Jintai Ding on energy.", "speaker"),
    ])
    func aVerbLeftOutIsTheOneBefore(_ sentence: String, _ role: String) throws {
        let record = try Invented.record(body: sentence)
        #expect(record.roles.map(\.role.rawValue) == [role, role])
    }

    @Test func aClauseWithAVerbOfItsOwnIsNoGap() throws {
        let record = try Invented.record(body: "Dr. Ana Ruiz chaired the session, and Mr. John Smith attended.")
        #expect(record.roleLines == ["Ana Ruiz chair", "John Smith participant"])
    }
}
