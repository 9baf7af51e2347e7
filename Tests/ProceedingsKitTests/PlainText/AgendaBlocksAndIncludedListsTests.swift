import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A think tank's page of a past event: the research programme it is filed under over a headline with its own colon, an
/// agenda of timed parts where a "Moderator" label heads one person's lines and the names after it sit on the panel; a
/// release's lists of those who took part, by country; and a hearing's roster of witnesses with no full stops. Invented lines.
@Suite struct AgendaBlocksAndIncludedListsTests {
    static let agenda = """
        Home / Events

        Past Event

        Trade & Technology

        Rebuilding port logistics: Can regional corridors compete?

        Thursday, May 15, 2025
        2:00 pm - 3:30 pm EDT

        Agenda

        2:00 pm - 2:30 pm EDT
        Fireside chat

        Orla Denniston
        Deputy Minister - Ministry of Transport

        Moderator
        Ruth Calloway
        Senior Fellow - Trade & Technology

        2:30 pm - 3:30 pm EDT
        Panel discussion

        Moderator
        Benedikt Sauer
        Fellow - Trade & Technology

        Mariam Oduya-Kent
        Chief Executive - Corridor Logistics Council

        Pieter van Ommen
        Director - Port of Eastholm
        """

    @Test func theProgrammeOverAHeadlineWholeByItselfIsNoTitle() throws {
        let record = try Invented.record(Self.agenda)
        #expect(record.event.title == "Rebuilding port logistics: Can regional corridors compete?")
    }

    @Test func aModeratorLabelHeadsOnePersonsLinesAndTheNextNamesSitOnThePanel() throws {
        let lines = try Invented.record(Self.agenda).roleLines
        #expect(lines.contains("Benedikt Sauer moderator"))
        #expect(lines.contains("Mariam Oduya-Kent panelist"))
        #expect(lines.contains("Pieter van Ommen panelist"))
        #expect(!lines.contains("Mariam Oduya-Kent moderator"))
    }

    @Test func theOnePersonATimedPartListsSpeaksInIt() throws {
        let lines = try Invented.record(Self.agenda).roleLines
        #expect(lines.contains("Orla Denniston speaker"))
        #expect(lines.contains("Ruth Calloway moderator"))
    }

    /// Without its hours, a part's lone name block says only that the person took part; a headline without a colon or a
    /// question under a short line leaves that line the title.
    @Test func anUntimedPartAndAPlainSecondLineAreLeftAlone() throws {
        let record = try Invented.record("""
            Harbour Futures Forum

            Ports, people and the coast after the storms

            Thursday, May 15, 2025

            Fireside chat

            Orla Denniston
            Deputy Minister - Ministry of Transport
            """)
        #expect(record.event.title == "Harbour Futures Forum")
        #expect(record.roleLines.contains("Orla Denniston participant"))
    }

    @Test func aCountrysParticipantsIncludedAList() throws {
        let lines = try Invented.roles(of: """
            Korean participants included:
            • Dr Min-seo Park, Senior Fellow, Harbour Institute
            • Mr Joon Lee, Director, Ministry of Oceans

            Former participants were:
            • Mr Tomas Reyes, Coastal Council
            """)
        #expect(lines.contains("Min-seo Park participant"))
        #expect(lines.contains("Joon Lee participant"))
        // A word that says they were not there makes no label of those who were.
        #expect(RosterLines.label("Former participants were:", .builtIn)?.role != .participant)
        #expect(RosterLines.label("Korean participants included:", .builtIn)?.role == .participant)
    }

    /// A hearing's witnesses, surname first in capitals: "McKELLAR" keeps the small letter of its prefix. Read as prose (as
    /// it was before), the lines ran into one sentence whose second name's title reached back into the first's words, and
    /// the reader stopped the program.
    @Test func aRosterOfWitnessesWithAScottishSurnameIsRead() throws {
        let lines = try Invented.roles(of: """
            Members in attendance: Senators Brennan, Fitzwater, Oduya

            WITNESSES
            ALDOUS, Ms Fiona, First Assistant Secretary, Pacific Development Division, Department of Foreign Affairs and Trade
            KOLOA, Dr Sione, Senior Lecturer, School of Geography, Earth Science and Environment, University of the South Pacific
            McKELLAR, Mr Daniel, Assistant Secretary, Climate Finance Branch, Department of Foreign Affairs and Trade
            TUILAGI, Ms Lesieli, Policy Director, Pacific Islands Climate Action Network
            """)
        #expect(lines.contains("Daniel McKELLAR speaker") || lines.contains("Daniel McKellar speaker"))
        #expect(lines.contains { $0.hasPrefix("Lesieli") })
    }

    /// Two witnesses run into one sentence with no full stop between them: the second's title may not reach back into the
    /// first's words (it did, and the reader stopped the program).
    @Test func aTitleReachesNoFurtherBackThanThePersonBefore() throws {
        let record = try Invented.record(body: """
            The Committee heard KELLAWAY, Mr Daniel, Assistant Secretary, Climate Finance Branch, Department of Foreign Affairs \
            and Trade TUILAGI, Ms Lesieli, Policy Director, Pacific Islands Climate Action Network.
            """)
        #expect(record.roles.count == 2)
        #expect(record.roles.last?.affiliation?.hasPrefix("Policy Director") == true)
    }
}
