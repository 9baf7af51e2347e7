import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An international assembly's committee minutes: those who presided one after the other "in the Chair", items under their
/// rapporteur's label where "the rapporteur" is named again by the office, and a report of years before cited by its author.
/// Invented lines.
@Suite struct AssemblyCommitteeMinutesTests {
    static let minutes = """
        Committee on Coastal Affairs

        AS/Cst (2024) PV 05
        16 September 2024

        Minutes
        of the meeting held in Paris on Thursday 12 September 2024

        The Committee on Coastal Affairs, meeting in Paris on 12 September 2024, with Mr Petros ANDREOU (Greece, EPP/CD), \
        Chairperson, and subsequently Ms Ingrid HOLM (Denmark, SOC), First Vice-Chairperson, in the Chair:

        3. Storm surges and the protection gap
        Rapporteur: Ms Aoife KEANE (Ireland, ALDE)
        – held an exchange of views;
        – recalled Resolution 2290 (2019), based on the report prepared by Mr Jean-Paul ROUX (France, ALDE), former member of \
        the committee;

        4. Reception of displaced families
        Rapporteur: Mr Lukas BRANDL (Austria, SOC)
        – considered an introductory memorandum presented by the rapporteur and held an exchange of views;
        """

    @Test func thoseWhoPresidedOneAfterTheOtherBothChaired() throws {
        let lines = try Invented.record(Self.minutes).roleLines
        #expect(lines.contains("Petros ANDREOU chair"))
        #expect(lines.contains("Ingrid HOLM chair"))
    }

    @Test func theItemsRapporteurWhoPresentedPresented() throws {
        let record = try Invented.record(Self.minutes)
        #expect(record.roles.contains(Invented.Role(name: "Lukas BRANDL", role: .presenter, printed: "presented", affiliation: "Austria, SOC")))
        // The other item's rapporteur did nothing the minutes tell: the label stands.
        #expect(record.roleLines.contains("Aoife KEANE rapporteur"))
    }

    @Test func theAuthorOfAnEarlierReportTookNoPart() throws {
        let record = try Invented.record(Self.minutes)
        #expect(!record.roles.contains { $0.name.hasSuffix("ROUX") })
    }

    /// "put to panelists by the moderator, Peter X": the sentence names the moderator itself; no label before it is meant.
    @Test func theOfficeWithItsNameApposedIsNoOneNamedBefore() throws {
        let lines = try Invented.roles(of: """
            Panel on ports
            Moderator: Ms Ruth Calloway, Harbour Institute

            The core question put to panelists by the moderator, Ruth Calloway, was how ports should share their data.
            """)
        #expect(lines.contains("Ruth Calloway moderator"))
        #expect(!lines.contains("Ruth Calloway panelist"))
    }
}
