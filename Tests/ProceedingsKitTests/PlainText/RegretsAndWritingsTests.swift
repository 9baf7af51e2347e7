import Foundation
import Testing
@testable import ProceedingsKit

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
