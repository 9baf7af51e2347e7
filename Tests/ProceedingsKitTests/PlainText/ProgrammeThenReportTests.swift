import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A programme of papers followed by the account of the meeting under a heading of its own. Invented lines.
@Suite struct ProgrammeThenReportTests {
    static let page = """
        International Workshop on Coastal Labour

        Program
        13:10  Session 1: Crews at Sea
               Chair: Ines Varga (Danube University)
               “Debt and Recruitment in Fishing Ports”
                 Lena Ostrova (Baltic Institute)
               Discussant: Omar Feld (Tallinn University)
        17:10  Closing Remarks
               Pia Lund (Vice President, Danube University)

        Report
        In Session 1, Dr. Ostrova showed how fees are passed on to crews, and Professor Feld commented on her data.
        """

    /// A paper's title in quotes over a name: that person presents the paper.
    @Test func aQuotedTitleOverANameIsAPaperPresented() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roleLines.contains("Lena Ostrova presenter"))
    }

    /// "Report" over the prose ends the programme's last part: those the report names did not speak in its closing.
    @Test func aReportHeadingEndsTheProgrammesLastPart() throws {
        let record = try Invented.record(Self.page)
        #expect(!record.roleLines.contains("Lena Ostrova closing-speaker"))
        #expect(!record.roleLines.contains("Omar Feld closing-speaker"))
        #expect(record.roleLines.contains("Pia Lund closing-speaker"))
    }
}
