import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A web page sets a label over its list as a heading over paragraphs, a blank line between ("Speakers:" / "" / "A, Title,
/// Body"); minutes announce a list of witnesses again half way ("and then from—"); a panel's last member may have a relative
/// clause of what they spoke of, in the panel's role still; a part may be named after a fronted phrase of time; and an
/// apposition left without its closing comma ("of Lund University, Sweden delivered") ends at the person's verb.
@Suite struct ListsAcrossBlankLinesTests {

    static let eventPage = """
        Seminar on Arctic Cooperation

        4 March 2025

        The seminar is organised by the Institute of Polar Affairs.

        Speakers:

        Marit Solberg, Senior Research Fellow, Polar Institute
        Jonas Eklund, Visiting Researcher, Nordic Centre

        Chair:

        Ilse Havik, Research Director, Polar Institute

        Opening address:

        Prof. Anton Weiss: The north has changed.
        """

    @Test func aLabelOverItsListWithABlankLineBetween() {
        let facts = Invented.explain(Self.eventPage)
        #expect(facts.contains("9: speaker \"Marit Solberg\" by cue label.speaker.continued (\"Speakers\")"))
        #expect(facts.contains("10: speaker \"Jonas Eklund\" by cue label.speaker.continued (\"Speakers\")"))
        // The one name under a singular label is its holder, not the heading of a part.
        #expect(facts.contains("14: chair \"Ilse Havik\" by cue label.chair.continued (\"Chair\")"))
        #expect(!facts.contains { $0.hasPrefix("14: part") })
        // A speech's label still heads the speaker's line, which is no roster entry.
        #expect(facts.contains("18: speaker \"Anton Weiss\" by cue transcript.speaker"))
    }

    @Test func witnessesAnnouncedAgainHalfWay() {
        let facts = Invented.explain(Self.minutes)
        for (line, name) in [(11, "Ruth Kerr"), (12, "Sam Orr"), (16, "Eva Lind"), (17, "Piotr Nowak")] {
            #expect(facts.contains { $0.hasPrefix("\(line): speaker \"\(name)\" in 1-ferry-services") }, "\(name)")
        }
    }

    static let minutes = """
            Committee on Island Affairs

            Minutes of the 8th meeting, 2025

            Wednesday 12 March 2025

            Present: Ann Gray (Convener), Ian Bell.

            1. Ferry services: The Committee took evidence from—

            Ruth Kerr, Director, Island Council;
            Dr Sam Orr, Lecturer, Highland University;

            and then from—

            Eva Lind, Director, Freight Association;
            Piotr Nowak, Harbourmaster, Port Authority.

            2. Next meeting: The Committee agreed to meet again on 19 March.
            """

    @Test func witnessesAnnouncedAgainHalfWayAreUnderstood() {
        let facts = Invented.explain(Self.minutes)
        // The line that announces the list again is understood, not kept as a line the reader could not place.
        #expect(!facts.contains { $0.hasPrefix("14:") })
        #expect(!Invented.read(Self.minutes).findings.contains { $0.line == 14 })
    }

    static let workshop = """
        Regional Workshop on River Monitoring

        18 June 2024

        The workshop was held in Vientiane.

        Session 1, "National programmes", was moderated by Ms. Dara Sok of the Mekong Commission. Panelists included Dr. Lina Park of the Water Institute and Mr. Tom Reyes of the Ministry of Environment, who shared lessons from river surveys.

        On the second day, Session 2, "A common protocol", was chaired by Dr. Arjun Rao, Senior Fellow at the Marine Institute.

        Professor Ana Berg of Lund University, Sweden delivered the keynote address on sampling.
        """

    @Test func thePanelsLastMemberKeepsThePanelsRole() {
        let facts = Invented.explain(Self.workshop)
        #expect(facts.contains("7: panelist \"Tom Reyes\" in session-1 by cue role.panelist (\"Panelists\")"))
        // A relative clause that gives a role of its own still gives it: "..., who served as rapporteur".
        let served = Invented.explain(Self.workshop.replacing("who shared lessons from river surveys", with: "who served as rapporteur"))
        #expect(served.contains { $0.hasPrefix("7: rapporteur \"Tom Reyes\"") })
    }

    @Test func aPartNamedAfterAFrontedPhraseOfTime() {
        let facts = Invented.explain(Self.workshop)
        #expect(facts.contains("9: part \"Session 2\" by cue part.named-in-text"))
        #expect(facts.contains("9: chair \"Arjun Rao\" in session-2 by cue role.chair (\"chaired\")"))
        // A fronted phrase that is not of time names no part after it.
        let other = Invented.explain(Self.workshop.replacing("On the second day, Session 2", with: "With the delegates, Session 2"))
        #expect(!other.contains { $0.hasPrefix("9: part") })
    }

    @Test func anAppositionWithoutItsClosingComma() {
        let facts = Invented.explain(Self.workshop)
        #expect(facts.contains { $0.hasPrefix("11: keynote-speaker \"Ana Berg\"") })
        let berg = Invented.read(Self.workshop).record?.participations.first { $0.role == .keynoteSpeaker }
        #expect(berg?.affiliation == "Lund University, Sweden")
        // A title that runs on in lower case stays whole: the verb must be one of what a person does.
        let title = Invented.read(Self.workshop.replacing("Lund University, Sweden delivered", with: "Lund University, Head of water resources, delivered"))
        #expect(title.record?.participations.first { $0.role == .keynoteSpeaker }?.affiliation == "Lund University, Head of water resources")
    }

    /// A report's list of delegates in two columns: each column a country over its delegate and the delegate's post, wrapped
    /// within the column; read down each column, as if printed alone. A turn of speech in a hanging indent is no such list.
    @Test func delegatesInTwoColumns() throws {
        let record = try Invented.record(body: """
            LIST OF DELEGATES

            NORWAY                                       PERU
            Ms Ingrid HOLM                               Mr Carlos QUISPE
            Senior Adviser, Directorate of               Director, Ministry of Production
            Fisheries, Bergen                            Lima

            THAILAND                                     TONGA
            Dr Somchai PRASERT                           Ms Ana TUPOU
            Director General, Department of Fisheries  Head, Fisheries Division
            Bangkok                                      and Ministry of Fisheries, Nukuʻalofa
            """)
        #expect(record.roleLines == ["Ingrid HOLM participant", "Carlos QUISPE participant", "Somchai PRASERT participant",
                                     "Ana TUPOU participant"])
        // The country over each delegate closes the description, after the post.
        #expect(record.roles.map { $0.affiliation ?? "" } == ["Senior Adviser, Directorate of Fisheries, Bergen, Norway",
                                                              "Director, Ministry of Production, Lima, Peru",
                                                              "Director General, Department of Fisheries, Bangkok, Thailand",
                                                              "Head, Fisheries Division and Ministry of Fisheries, Nukuʻalofa, Tonga"])

        let turns = try Invented.record(body: """
            Mr HAY       Ms Lim, how long is the wait
                         in Bendigo today?
            Ms LIM       About six weeks, Mr Hay.
            """)
        #expect(!turns.roles.contains { $0.affiliation?.contains("how long") == true })
    }
}
