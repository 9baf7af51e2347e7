import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A programme printed as a table with no header row, a part's heading set off by a square as a list item, a list that
/// the sentence over it says took part, and a list of bare names closed by "and". Invented lines.
@Suite struct TimedTablesAndRostersTests {
    static let page = "Conference on Water Law\n\n12 May 2022\n\nThe conference was held in the Aula Magna with 140 persons.\n\n"

    static func record(_ body: String) throws -> Record {
        try Invented.record(page + body + "\n")
    }

    /// "time | part | people": each row a part and who spoke in it; a row with an empty slot is a talk in the part above,
    /// or, as a labelled cell, its roster; a timed row may leave its last cells out.
    @Test func aTimedTableWithoutItsHeaderRow() throws {
        let record = try Self.record("""
            09:00 | Registration |
            09:30 | Official inauguration | Dra. Ana Ruiz, Rector, University of Alcántara; Dr. Olu Ade, Dean, Faculty of Law
            11:30 | Panel 1. Water rights in scarcity | Chair: Dra. Carmen Soler (University of Alcántara)
                  |   - Allocation of water in droughts | Dr. Andrés Villalba, University of Alcántara
            13:30 | Lunch |
            16:00 | Round table. Who governs the water? | Moderator: Mr. Ramón Puig, journalist
                  | Participants: Dña. Lucía Ortega (Segura Basin Authority); Dra. Amparo Sanchis (IMEA)
            17:00 | Break
            17:15 | Session 2: From Memory to Preparedness
                  | Moderator: Dr. Hans Eckhardt (University of Bonn)
            """)
        #expect(record.parts.map { [$0.kind.rawValue, $0.label, $0.title ?? ""] } == [
            ["opening", "Official inauguration", ""],
            ["session", "Panel 1", "Water rights in scarcity"],
            ["session", "Round table", "Who governs the water?"],
            ["session", "Session 2", "From Memory to Preparedness"],
        ])
        #expect(record.roleLines == [
            "Ana Ruiz opening-speaker", "Olu Ade opening-speaker", "Carmen Soler chair", "Andrés Villalba presenter",
            "Ramón Puig moderator", "Lucía Ortega panelist", "Amparo Sanchis panelist", "Hans Eckhardt moderator",
        ])
    }

    /// A row of a table needs its slot: a line of bars without a time is no programme.
    @Test func barsWithoutATimeAreNoTimetable() throws {
        let record = try Self.record("Home | News | Events\n\nDr. Ana Ruiz opened the conference.")
        #expect(record.parts.isEmpty)
    }

    /// "SESSION 1  Title" / "Chair: X" between rows of a table with a header: the table goes on under the session, and its
    /// timed rows are the session's talks; a title too long for its column runs into the speaker's.
    @Test func aTableResumedUnderSessionHeadings() throws {
        let record = try Self.record("""
            Time          Item                                                       Speaker
            08:45         Registration and coffee
            09:30         Keynote: Are we learning anything about risk? Professor David Okafor FREng, Imperial College London

            SESSION 1  Ground investigation
                          Chair: Mark Feeney, Arup
            10:15         Digital borehole data at 50                                Dr Sarah Whitlock, Geological Survey
            10:40         Glacial till variability                                   Tom Ashworth, Jacobs
            11:05         Coffee break and exhibition
            15:40         Closing remarks                                            Ian Whitfield, Society President
            16:00         Close
            """)
        #expect(record.parts.map(\.label) == ["Keynote", "SESSION 1", "Closing remarks"])
        #expect(record.roles.map { "\($0.name) \($0.role.rawValue) \($0.affiliation ?? "")" } == [
            "David Okafor keynote-speaker Imperial College London", "Mark Feeney chair Arup",
            "Sarah Whitlock presenter Geological Survey", "Tom Ashworth presenter Jacobs", "Ian Whitfield closing-speaker Society President",
        ])
    }

    /// A spaced table's rows read by the columns their cells stand under: a session and its chair set in under the session
    /// column with no slot of their own, the timed talks under them, a panel's list going on under the column it began in.
    @Test func aSpacedTableByItsColumns() throws {
        let record = try Self.record("""
            Time          Session / Title                                         Speaker
            09:00-09:15   Welcome                                                 Prof. Anders Kvamme, Head of Department
            10:00-10:20   Coffee
                          Session 1: Plankton and primary production
                          Chair: Assoc. Prof. Jonas Bakke
            10:20-10:40   Diatom blooms under reduced sea ice                     Eirik Nygard (PhD candidate)
            11:20-12:30   Lunch
            14:00-15:30   Panel: Careers after the PhD                            Moderator: Kristin Aas (PhD council)
                          Panellists: Dr Per Tveit (Marine Research Institute);
                          Dr Nora Vik (Equinor)
            15:30-16:00   Prize ceremony                                          Tove Lie and Prof. Anders Kvamme
            """)
        #expect(record.parts.map(\.label) == ["Welcome", "Session 1", "Panel", "Prize ceremony"])
        #expect(record.roleLines == ["Anders Kvamme opening-speaker", "Jonas Bakke chair", "Eirik Nygard presenter", "Kristin Aas moderator",
                                     "Per Tveit panelist", "Nora Vik panelist", "Tove Lie speaker", "Anders Kvamme speaker"])
        #expect(record.parts.map { $0.title ?? "" } == ["", "Plankton and primary production", "Careers after the PhD", ""])
    }

    /// A programme printed as lines, "time  title – who": each slot's speaker gave a talk, and a welcome begun by a slot of
    /// its own ends at the next; a company's "AG" is no second person.
    @Test func timedSlotsWithTheirSpeakersAfterADash() throws {
        let record = try Self.record("""
            09:30  Welcome – Dr Franziska Aebischer, Head of Division, FOEN
            09:45  Input: State of biodiversity in Swiss settlements – Prof. Dr Lukas Brunner, WSL
            10:45  Group work in four thematic tables
            15:00  Outlook for the action plan – Reto Zimmermann, Deputy Director, FOEN
            Moderation: Sabine Widmer, Widmer AG
            """)
        #expect(record.roleLines == ["Franziska Aebischer opening-speaker", "Lukas Brunner presenter", "Reto Zimmermann presenter",
                                     "Sabine Widmer moderator"])
        #expect(record.parts.map(\.label) == ["Welcome"])
    }

    /// "Question and Answer Session" heads the floor's part of the programme.
    @Test func aQuestionAndAnswerSessionIsAPart() throws {
        let record = try Self.record("Question and Answer Session\n\nDr. Ana Ruiz asked about the wells.")
        #expect(record.parts.map(\.label) == ["Question and Answer Session"])
    }

    @Test func aSquareBeforeAPartOverItsRosterHeadsThePart() throws {
        let record = try Self.record("""
            ■ Session 1: Security in Europe

            Moderator: Dr. PARK Ji-won (Senior Research Fellow, KINAP)
            Presenters:
             · Dr. Tomasz Nowicki (Head of Security Programme, PISA)

            ■ Session 2: Defence Industry

            Moderator: Dr. Pawel Grabowski (Deputy Director, PISA)
            """)
        let held = record.participations.compactMap { p in p.personId.map { "\($0) \(p.partId ?? "-")" } }
        #expect(held == ["park-ji-won session-1", "tomasz-nowicki session-1", "pawel-grabowski session-2"])
    }

    @Test func aListThatTookPartIsOfParticipants() throws {
        let record = try Self.record("""
            Participants
            The following experts took part in the discussion:
            - Dr. Fatima Hashemi, Senior Fellow, GCSF
            - Prof. Jonathan Whitcombe, King's College London
            """)
        #expect(record.roleLines == ["Fatima Hashemi participant", "Jonathan Whitcombe participant"])
    }

    @Test func bareNamesListedWithTheLastTwoJoinedByAnd() throws {
        let record = try Self.record("""
            Session 4: Nordic model
            Participants: Jane Gingrich-Moore, Grete Aas, Heikki Virtanen and Christoffer Pedersen.
            """)
        #expect(record.roleLines == ["Jane Gingrich-Moore participant", "Grete Aas participant", "Heikki Virtanen participant",
                                     "Christoffer Pedersen participant"])
    }

    /// A day's programme opened by a welcome, with `slots` after it.
    static func programme(_ slots: String) throws -> Record {
        try Invented.record("Symposium on Rivers\n\n9 November 2023\n\nProgramme\n10:00  Welcome – Prof. Marjolein Kramer, Dean of the Faculty\n" + slots)
    }

    /// "10:15  Presentation: 'Title' – prof. dr. X": the slot's label, the talk's title, then who gave it; "Awards and closing –
    /// X" closes the day; letters of a degree after a name are no part of it.
    @Test func aLabelledSlotWithItsTitleAndAClosingSlot() throws {
        let record = try Self.programme("""
            10:15  Presentation: 'Sand as a scarce resource' – prof. dr. ir. Anneke van Dam
            12:30  Lunch
            15:00  Awards and closing – Prof. Henk Bakker MSc
            """)
        #expect(record.roleLines == ["Marjolein Kramer opening-speaker", "Anneke van Dam presenter", "Henk Bakker closing-speaker"])
    }

    /// "11:00  Flash talks by PhD candidates (chair: X)": a slot that names who presides is a part of its own.
    @Test func aSlotWithItsChairInBrackets() throws {
        let record = try Self.programme("""
            11:00  Flash talks by PhD candidates (chair: Sanne Kuipers MSc)
            12:30  Lunch
            """)
        #expect(record.roleLines == ["Marjolein Kramer opening-speaker", "Sanne Kuipers chair"])
        let part = try #require(record.parts.last)
        #expect(part.label == "Flash talks by PhD candidates")
        #expect(record.participations.first { $0.role == .chair }?.partId == part.id)
    }
}

