import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Lines of other pages where this stop's rules for cards, agenda labels and minutes first fired wrongly, as a reviewer found
/// them, and the days and place printed under an organiser's line. Invented lines.
@Suite struct ReviewedCardAndMinutesRulesTests {
    @Test func aSentenceOpeningWithByIsRead() throws {
        let record = try Invented.record(body: "By the end of the day, the Minister had thanked her colleagues for their work.\n")
        #expect(record.event.title == "Seminar on Regional Law")
    }

    @Test func openingSpeakersStayOpeningSpeakers() throws {
        let lines = try Invented.roles(of: """
            Opening speakers:
            Ms Amina Yusuf, Minister of Water Resources, Nigeria
            """)
        #expect(lines.contains("Amina Yusuf opening-speaker"))
    }

    @Test func aShortHeadlineOverItsSubtitleStaysTheTitle() throws {
        let record = try Invented.record("""
            Ministers Adopt Lisbon Declaration

            Oceans and Climate: Commitments for the Next Decade Agreed by Thirty Countries

            5 June 2025
            """)
        #expect(record.event.title == "Ministers Adopt Lisbon Declaration")
    }

    @Test func minutesOfASubCommitteeAndAJointMeetingKeepTheirWords() throws {
        let sub = try Invented.record("""
            Committee on Political Affairs and Democracy
            MINUTES
            Meeting of the Sub-Committee on Conflicts between Member States of 5 March 2025, 9.00-10.30

            The meeting opened at 9.05, with Ms Ingrid Larsen (Chair) presiding.
            """)
        #expect(sub.event.title != "Committee on Political Affairs and Democracy")
        let joint = try Invented.record("""
            Committee on Budgets
            MINUTES
            Meeting of 12 May 2025, 14.30-18.30
            Joint meeting with the Committee on Foreign Affairs

            The meeting opened at 14.35, with Ms Ingrid Larsen (Chair) presiding.
            """)
        #expect(joint.event.venue == nil)
        #expect(joint.event.startDate == "2025-05-12")
    }

    @Test func aLabelOverSeveralCardsHeadsThemAll() throws {
        let lines = try Invented.roles(of: """
            In conversation with
            Amina Yusuf
            Minister of Trade, Nigeria

            Carlos Mendes
            Chief Economist, Inter-American Development Bank
            """)
        #expect(lines.filter { $0.hasSuffix(" speaker") }.count == 2)
    }

    @Test func theNextNameOrAnItemIsNoCardsBody() throws {
        let listed = try Invented.record(body: """
            Speakers
            Amina Yusuf
            Minister of Power, Nigeria
            Carlos Mendes

            Helen Park
            """)
        #expect(listed.roles.contains { $0.name == "Carlos Mendes" })
        #expect(listed.roles.first { $0.name == "Amina Yusuf" }?.affiliation == "Minister of Power, Nigeria")
        let item = try Invented.record(body: """
            Opening remarks
            Amina Yusuf
            Minister of Power, Nigeria
            Coffee and networking
            """)
        #expect(item.roles.first { $0.name == "Amina Yusuf" }?.affiliation == "Minister of Power, Nigeria")
    }

    @Test func anIntroductionOverAnEditorsBylineIsTheVolumesSection() throws {
        let record = try Invented.record(body: """
            Introduction
            Anna Kowalska
            Editor, Department of Geography, University of Warsaw

            This volume collects the papers presented at the symposium, which was opened by the Minister of Environment, Mr Lars Holm.
            """)
        #expect(!record.parts.contains { $0.kind == .opening })
    }

    @Test func theChairNamedAgainStaysChair() throws {
        let lines = try Invented.roles(of: """
            4. Any other business
            Chair: Ms Amina Yusuf
            The item was introduced by the chair.
            """)
        #expect(lines.contains("Amina Yusuf chair"))
        #expect(!lines.contains("Amina Yusuf speaker"))
    }

    @Test func onlyThoseWhoPresidedAfterWithShareTheChair() throws {
        let lines = try Invented.roles(of: """
            The Committee heard the Secretary, Mr Kofi Mensah, and then Ms Ingrid Larsen (Norway, EPP/CD), in the Chair, opened the discussion.
            """)
        #expect(!lines.contains("Kofi Mensah chair"))
    }

    @Test func aConferenceRapporteurWhoIsListedAmongSpeakersStaysRapporteur() throws {
        let lines = try Invented.roles(of: """
            Session 3: Labour migration data
            Chair: Ms Amina Yusuf, ILO
            Rapporteur: Dr Helen Park, Korea Development Institute
            Speakers: Mr Carlos Mendes, IOM; Dr Helen Park, Korea Development Institute
            """)
        #expect(lines.contains("Helen Park rapporteur"))
    }

    @Test func aTimedPartOfSeveralCardsIsNoOnesSpeech() throws {
        let lines = try Invented.roles(of: """
            12:30 pm - 1:30 pm
            Breakout session
            Ingrid Larsen
            Ambassador of Norway to Nigeria

            Omar Diallo
            Resident Coordinator, Mali
            """)
        #expect(!lines.contains("Ingrid Larsen speaker"))
    }

    @Test func aDinnersHoursAreNoTerm() {
        #expect(!Residue.matches("1930-2030"))
        #expect(!Residue.matches("2023-2024"))
        #expect(Residue.matches("2024-2029"))
    }

    @Test func theDaysAndPlaceUnderAnOrganisersLine() throws {
        let record = try Invented.record("""
            Food Security in a Warming Region

            Organised by the Centre for Security Studies, School of International Studies

            14–15 November 2024
            Marina Mandarin Singapore

            The two-day conference brought together policymakers from across Southeast Asia to examine food supplies.
            """)
        #expect(record.event.startDate == "2024-11-14")
        #expect(record.event.endDate == "2024-11-15")
        #expect(record.event.venue == "Marina Mandarin Singapore")
    }
}
