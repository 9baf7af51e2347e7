import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A Pacific committee's verbatim notes, whose turns end the speaker's name with a stop and a dash and print the given
/// names as initials; the officials "in attendance" who give evidence; panellists listed one paragraph each, closed by
/// semicolons; a panel's members under its heading; one who was scheduled and withdrew; one quoted from a report; a
/// branch of a body as the kicker over the typed headline. Invented lines.
@Suite struct VerbatimNotesAndPanelListsTests {
    static let verbatim = """
        STANDING COMMITTEE ON COASTAL RESOURCES

        VENUE: Small Committee Room, Parliament Precincts, Suva

        DATE: Monday, 3rd March, 2025

        MEMBERS PRESENT:
        Hon. Sefa T. Waqa (Chairperson)
        Hon. Premila D. Lal

        IN ATTENDANCE:
        1. Mr. Apisai Tuilau - Permanent Secretary for Fisheries
        2. Ms. Neomai Rova - Director Offshore Fisheries

        MR. CHAIRMAN.- Honourable Members, a very good morning to you all. I welcome the Permanent Secretary and his team.

        MR. A. TUILAU.- Thank you, Mr. Chairman. The Bill has three main purposes.

        MS. N. ROVA.- Thank you, Sir. Clause 5 of the Bill requires electronic monitoring.

        HON. P.D. LAL.- Thank you, Mr. Chairman. My question is on the cost.
        """

    @Test func aTurnEndedByAStopAndADashIsTheListedOfficialsEvidence() {
        let facts = Invented.explain(Self.verbatim)
        // "MR. A. TUILAU.-": the initial stands for the given name the list printed in full; the official gives evidence.
        #expect(facts.contains { $0.hasPrefix("17: speaker \"Apisai Tuilau\" by cue transcript.speaker") })
        #expect(facts.contains { $0.hasPrefix("19: speaker \"Neomai Rova\" by cue transcript.speaker") })
        // A member listed present asks; she gives no evidence.
        #expect(!facts.contains { $0.contains("speaker \"Premila D. Lal\"") })
        // No "A. TUILAU Thank": the dash ends the name.
        #expect(!facts.contains { $0.contains("Thank\"") })
    }

    @Test func theTurnIsKeptAsPrinted() throws {
        let record = try Invented.record(Self.verbatim)
        #expect(record.statements.contains { $0.text.hasPrefix("MR. A. TUILAU.- Thank you, Mr. Chairman.") })
        #expect(!record.statements.contains { $0.text.hasPrefix("MR. A. TUILAU: ") })
    }

    @Test func initialsWithStopsStandForTheGivenNames() {
        #expect(Registry.initialsOfGivenNames("A. TUILAU", standFor: "Apisai Tuilau"))
        #expect(Registry.initialsOfGivenNames("P.D. LAL", standFor: "Premila D. Lal"))
        #expect(!Registry.initialsOfGivenNames("P.D. LAL", standFor: "Sefa Lal"))
        #expect(Registry.sameHonorific("MR.", "Mr"))
    }

    static let recap = """
        AIIA Victoria
        Event Recap: Jakarta's Next Chapter – Foreign Policy Under a New Administration
        3 Mar 2025

        On Wednesday 26 February, AIIA Victoria hosted a panel discussion at Dyason House, Melbourne.

        The evening was chaired by Dr Margaret Ellery, who opened the event. She also quoted the latest report of the Lowy \
        survey, in which its author, Dr Tom Hale, warned that "few Australians follow Indonesian politics".

        The panellists were:

        Associate Professor Dewi Sari, Director of the Indonesia Studies Program at Monash University, who argued that food policy shapes diplomacy;

        Dr Liam Rourke, Senior Fellow at the Asia Institute, University of Melbourne, who examined Jakarta's hedging; and

        Mr Hendra Wibi, Consul-General of the Republic of Indonesia in Melbourne, who set out the government's priorities.

        Former Ambassador Mr Geoff Tanner had been scheduled to join the panel but withdrew due to illness.
        """

    @Test func aBranchKickerGivesTheTitleToTheTypedHeadline() throws {
        let record = try Invented.record(Self.recap)
        #expect(record.event.title == "Jakarta's Next Chapter – Foreign Policy Under a New Administration")
        #expect(record.document.documentType == "Event Recap")
    }

    @Test func panellistsListedAParagraphEachClosedBySemicolons() throws {
        let record = try Invented.record(Self.recap)
        for name in ["Dewi Sari", "Liam Rourke", "Hendra Wibi"] {
            #expect(record.roles.contains { $0.name == name && $0.role == .panelist }, "\(name)")
        }
        // Scheduled and withdrawn; quoted from a report: neither was there.
        let facts = Invented.explain(Self.recap)
        #expect(facts.contains { $0.contains("not-a-participant \"Geoff Tanner\" by cue mention.absent") })
        #expect(facts.contains { $0.contains("not-a-participant \"Tom Hale\" by cue mention.recalled") })
    }

    @Test func thoseListedUnderAPanelsHeadingSitOnIt() {
        let facts = Invented.explain("""
            Who pays for the grid?

            Date: 4 February 2025

            14:35-15:50  Panel discussion
            Chiara Bello, Head of Energy Finance, European Investment Bank
            Rutger Osten, Chief Financial Officer, NordNetz Transmission
            Chair: Tamsin Verhey, Senior Fellow, Bruegel
            """)
        #expect(facts.contains { $0.hasPrefix("6: panelist \"Chiara Bello\" in session-1 by cue part.panel-member") })
        #expect(facts.contains { $0.hasPrefix("7: panelist \"Rutger Osten\" in session-1 by cue part.panel-member") })
        #expect(facts.contains { $0.hasPrefix("8: chair \"Tamsin Verhey\"") })
    }
}
