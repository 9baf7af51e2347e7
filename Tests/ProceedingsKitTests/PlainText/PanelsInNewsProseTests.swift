import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A news story of an event tells its panel in prose: the panel named by who moderated it, the people on it introduced by an
/// office in lower case after their body or nationality, and after the panel a speech to the whole event.
@Suite struct PanelsInNewsProseTests {

    static let story = """
        Senate hosts regional forum on disaster resilience

        August 16, 2023

        Senate President Arturo Salcedo opened the forum on Tuesday.

        In the first panel, moderated by Sen. Benjamin Ocampo, Indonesian legislator Dewi Kartika, Vietnamese National Assembly deputy Tran Thi Hoa and Thai member of parliament Somchai Rattanakorn shared how their parliaments oversee disaster budgets.

        AIPA Secretary-General Haris Rahman also addressed the forum, saying the joint statement would be sent on.
        """

    @Test func theModeratorsClauseEndsAtItsComma() throws {
        let record = try #require(Invented.read(Self.story).record)
        #expect(record.roles(of: "benjamin-ocampo") == [.moderator])
        #expect(record.roles(of: "dewi-kartika") == [.panelist])
        #expect(record.roles(of: "tran-thi-hoa") == [.panelist])
        #expect(record.roles(of: "somchai-rattanakorn") == [.panelist])
        // The forum, not the panel, heard him.
        let rahman = record.participations.filter { $0.personId == "haris-rahman" }
        #expect(rahman.map(\.role) == [.speaker])
        #expect(rahman.first?.partId == nil)
    }

    @Test func aListOfModeratorsSharesTheRole() throws {
        let record = try Invented.record(body: "The panel was moderated by Anna Berg, Tom Walsh and Rui Costa.")
        #expect(record.participations.filter { $0.role == .moderator }.count == 3)
        // Set off by commas, two who moderated are still a list: no comma closes the clause after the first.
        let two = try Invented.record(body: "The session, moderated by Anna Berg and Tom Walsh, discussed water.")
        #expect(two.participations.filter { $0.role == .moderator }.count == 2)
    }

    @Test func aPanelNamedByWhoModeratedIt() throws {
        let record = try Invented.record(body: """
            A panel moderated by Rachel Adeyemi, senior correspondent at Market Wire, then took up stablecoins. Liam O'Dowd, chief policy officer at Clearline, argued that costs would fall. Tomás Echeverría, a member of the board of the Central Bank of Chile, pointed to Federal Reserve Governor Alan Wexford's remarks last month on regulation.
            """)
        #expect(record.parts.count == 1)
        #expect(record.role(of: "rachel-adeyemi") == .moderator)
        #expect(record.role(of: "liam-odowd") == .panelist)
        #expect(record.role(of: "tomas-echeverria") == .panelist)
        // Remarks of last month were made elsewhere.
        #expect(record.role(of: "alan-wexford") == nil)
    }

    @Test func anOfficeInLowerCaseAfterItsBody() throws {
        let record = try Invented.record(body: "Atlantic Council nonresident senior fellow Graham Whitcombe said the targets would be missed.")
        let whitcombe = try #require(record.participations.first { $0.personId == "graham-whitcombe" })
        #expect(whitcombe.affiliation == "Atlantic Council nonresident senior fellow")
    }
}
