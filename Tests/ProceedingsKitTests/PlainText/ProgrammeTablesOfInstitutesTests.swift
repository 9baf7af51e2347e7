import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A programme table as Korean institutes print it: a session's label in the time's column, its presentations and its panel
/// discussion in the rows under it, several people in one cell apart by commas or slashes; and the board's line of fields
/// apart by bars.
@Suite struct ProgrammeTablesOfInstitutesTests {

    private let page = """
        Institute Hosts International Conference on Supply Chains

        No. 287 | Date 2024.11.22 | Hits 1,045 | Writer Public Relations Team

        The Institute co-hosted the conference on November 20 at the Grand Ballroom of the Lotte Hotel Seoul.

        Time | Program | Speaker
        10:00-10:10 | Opening Remarks | CHO Young-seok, President, KIET
        Session 1 | Rebuilding Supply Chains | Moderator: PARK Sun-young, Vice President, KIET
        11:00-11:25 | Presentation 1 "Import Concentration" | KIM Do-hyun, Senior Research Fellow, KIET
        11:50-12:30 | Panel Discussion | LEE Ji-eun (KCCI), HAN Seung-woo (Korea University)
        12:30-14:00 | Luncheon |
        Session 2 | Coordinating Industrial Policy | Moderator: SONG Tae-ho, Director, KIET
        14:50-15:40 | Panel Discussion | CHOI Min-ho (Korea International Trade Association) / Sarah LINDQVIST (Embassy of Sweden)
        """

    @Test func theSessionsOfTheTableAndTheirPeople() throws {
        let record = try Invented.record(page)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [
            "Opening Remarks | ", "Session 1 | Rebuilding Supply Chains", "Session 2 | Coordinating Industrial Policy",
        ])
        let session2 = try #require(record.parts.last?.id)
        #expect(record.participations.filter { $0.partId == session2 }.map { "\($0.personId ?? "") \($0.role.rawValue)" } == [
            "song-tae-ho moderator", "choi-min-ho panelist", "sarah-lindqvist panelist",
        ])
        let session1 = record.parts[1].id
        #expect(record.participations.filter { $0.partId == session1 }.map { "\($0.personId ?? "") \($0.role.rawValue)" } == [
            "park-sun-young moderator", "kim-do-hyun presenter", "lee-ji-eun panelist", "han-seung-woo panelist",
        ])
    }

    @Test func theBoardsDateAmongItsFieldsApartByBars() throws {
        let record = try Invented.record(page)
        #expect(record.document.issued == "2024-11-22")
        #expect(record.event.startDate == "2024-11-20")
    }

    @Test func eachPersonsPartInTheLastBracket() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            10:50~12:20  Session 1. Pension Reform and Long-term Fiscal Risks
              - KIM Hyun-jung, Senior Fellow, KIPF (Chair)
              - PARK Joon-young, Research Fellow, KIPF (Presenter)
              - OH Se-ra (Ministry of Economy and Finance) / Rafael MENDES (ADB) (Discussants)

            11:10~12:00  Panel Discussion: Policy Priorities
              - SONG Kyung-ho, President, KIPF (Moderator)
              - KIM Hyun-jung (KIPF), Gita RAMAN (IMF), HWANG Sung-min (Ministry of Economy and Finance) (Panelists)
            """)
        #expect(record.roles.map(\.description) == [
            "KIM Hyun-jung chair Chair [Senior Fellow, KIPF]",
            "PARK Joon-young presenter Presenter [Research Fellow, KIPF]",
            "OH Se-ra commentator Discussants [Ministry of Economy and Finance]",
            "Rafael MENDES commentator Discussants [ADB]",
            "SONG Kyung-ho moderator Moderator [President, KIPF]",
            "KIM Hyun-jung panelist Panelists [KIPF]",
            "Gita RAMAN panelist Panelists [IMF]",
            "HWANG Sung-min panelist Panelists [Ministry of Economy and Finance]",
        ])
    }

    @Test func numberedLabelsAndPeopleApartBySlashes() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            Panel 1: Data Sharing and Early Warning
            Presenter 1: YAMADA Sho, Research Fellow, IDE-JETRO
            Presenter 2: Dr. Siti RAHMAWATI, Lecturer, Universitas Gadjah Mada
            Discussant(s): Dr. Clara MEIER / KONDO Emi / MIYAGAWA Rie, Sustainability Department, Hinode Apparel
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["Panel 1: | Data Sharing and Early Warning"])
        #expect(record.roles.map(\.description) == [
            "YAMADA Sho presenter Presenter [Research Fellow, IDE-JETRO]",
            "Siti RAHMAWATI presenter Presenter [Lecturer, Universitas Gadjah Mada]",
            "Clara MEIER commentator Discussant(s) [-]",
            "KONDO Emi commentator Discussant(s) [-]",
            "MIYAGAWA Rie commentator Discussant(s) [Sustainability Department, Hinode Apparel]",
        ])
    }
}
