import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Tables whose header row names what each column holds: the role each person held, the part they held it in, the day; and
/// a programme table's rows that continue the row above.
@Suite struct TablesWithNamedColumnsTests {

    @Test func aRoleAndASessionColumnGiveEachRowItsPartAndRole() throws {
        let record = try Invented.record("""
            Dialogue on Orbital Safety 2023

            2 May 2023

            Day\tSession\tRole\tName\tAffiliation
            May 2\tOpening\tWelcome\tDr. Ana Ruiz\tDirector, Space Programme, Lund Institute
            May 2\tPanel 1: Defining proximity\tChair\tTom Berg\tSenior Fellow, Lund Institute
            May 2\tPanel 1: Defining proximity\tDiscussant\tProf. Lee Min-ho\tKDI
            May 3\tPanel 2: Notification\tPanelist\tCarla Monte\tMission of Chile
            May 2–3\tAll sessions\tRapporteur\tTheo Aquino\tResearch Associate, Lund Institute
            """)
        #expect(record.parts.map(\.label) == ["Opening", "Panel 1", "Panel 2"])
        #expect(record.parts.map(\.title) == [nil, "Defining proximity", "Notification"])
        let byPerson = Dictionary(record.participations.compactMap { p in p.personId.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        #expect(byPerson["ana-ruiz"]?.role == .openingSpeaker)
        #expect(byPerson["tom-berg"]?.role == .chair)
        #expect(byPerson["tom-berg"]?.partId == record.parts[1].id)
        #expect(byPerson["lee-min-ho"]?.role == .commentator)
        #expect(byPerson["carla-monte"]?.partId == record.parts[2].id)
        #expect(byPerson["theo-aquino"]?.role == .rapporteur)
        #expect(byPerson["theo-aquino"]?.partId == nil)
        // Neither the day nor the role is where someone comes from.
        #expect(byPerson["tom-berg"]?.affiliation == "Senior Fellow, Lund Institute")
    }

    @Test func aRoleColumnWithoutPartsGivesRolesAtTheEvent() throws {
        let roles = try Invented.roles(of: """
            Speakers
            Name\tDesignation\tRole
            Lim Cheng Hock\tVice Dean, School of Policy\tWelcome Remarks; Fireside Chat
            Priya Raman\tAssociate Professor, School of Policy\tModerator
            """)
        #expect(roles == ["Lim Cheng Hock opening-speaker", "Priya Raman moderator"])
    }

    @Test func aRoleCellThatNamesNoRoleLeavesTheRowAParticipant() throws {
        let record = try Invented.record(body: """
            Name\tRole\tInstitution
            Dr. Ana Ruiz\tObserver\tLund University
            """)
        #expect(record.role(of: "ana-ruiz") == .participant)
    }

    @Test func aRosterLabelFlushLeftUnderATabbedRowNamesThatPartsPeople() throws {
        let record = try Invented.record(body: """
            Time\tSession\tSpeaker(s)
            10:00 AM\tPanel 1: Digital Identity\tModerator: Dr Priya Raman, School of Policy
            Panellists: Ms Ayu Wibisono, Digital Office, Indonesia; Dr Nguyen Thi Ha, Hanoi Institute
            11:30 AM\tPanel 2: Payments\tModerator: Dr Chua Mei, Centre for Governance
            """)
        let panel1 = try #require(record.parts.first { $0.label == "Panel 1" })
        #expect(record.participations.filter { $0.partId == panel1.id && $0.role == .panelist }.compactMap(\.personId) == ["ayu-wibisono", "nguyen-thi-ha"])
    }

    @Test func aHeadingFlushLeftAfterTheRowsEndsTheTableAndItsSpeech() throws {
        let record = try Invented.record(body: """
            Time\tSession\tSpeaker(s)
            9:00 AM\tWelcome Remarks\tProfessor Lim Cheng Hock, Vice Dean
            5:00 PM\tClosing Remarks\tDr Chua Mei, Centre for Governance
            Key takeaways
            Speakers agreed that public infrastructure is an institutional project as much as a technical one, and Ms Wibisono described the enrolment of island communities.
            """)
        let closing = try #require(record.parts.first { $0.label == "Closing Remarks" })
        #expect(closing.title == nil)
        #expect(!record.participations.contains { $0.role == .closingSpeaker && $0.personId == "wibisono" })
        #expect(record.role(of: "chua-mei") == .closingSpeaker)
    }

    @Test func aNameFlushLeftUnderATabbedRowIsStillTheRowsSpeaker() throws {
        let record = try Invented.record(body: """
            Time\tSession\tSpeaker(s)
            9:00 AM\tKeynote address\t
            Dr. Tomas Echeverri, Minister of Finance
            10:00 AM\tPanel 1: Rules\tModerator: Dr Ana Ruiz, Lund University
            """)
        #expect(record.roles(of: "tomas-echeverri").contains(.keynoteSpeaker))
    }
}
