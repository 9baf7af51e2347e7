import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Pages of parliaments and of the bodies that hold hearings: the committee that holds, will hold or hears is the organiser
/// ("Foreign Affairs, Defence and Trade Committee" is still read as two names: a rule that joined fields before a head was
/// quadratic on long lines and merged lists of bodies, and was withdrawn);
/// a hearing's programme names lead discussants and video messages; the site's menu runs down to its trail above the title.
@Suite struct CommitteeHearingPagesTests {

    @Test(arguments: [
        "The Committee on Foreign Affairs is holding a public hearing on peacebuilding on Thursday 21 March 2024.",
        "The Standing Committee on Foreign Affairs and Defence will hold an open hearing on the white paper.",
        "The Foreign Affairs, Defence and Trade Committee will hear oral submissions on its inquiry next week.",
        "The Standing Committee on Foreign Affairs and International Development met at 3:34 p.m. this day, in Room 415.",
        "The Committee on Political Affairs and Democracy, meeting in Paris on 20 and 21 March 2024, held a hearing on 21 March.",
    ])
    func theCommitteeThatSitsOrganises(_ sentence: String) throws {
        let record = try Invented.record(body: sentence)
        #expect(record.organizers.last?.hasSuffix("Committee") == true || record.organizers.last?.hasPrefix("Committee") == true
                    || record.organizers.last?.hasPrefix("Standing Committee") == true)
    }

    @Test func membersOfACommitteeWhoMetAreNoBody() throws {
        let record = try Invented.record(body: "Members of the Committee met with the Minister of Trade on Tuesday.")
        #expect(record.organizers.isEmpty)
    }

    @Test func theCommitteeHearingFromNoOneInParticularIsNoVerbOfHolding() throws {
        let record = try Invented.record(body: "The Finance Committee will hear that the budget is late.")
        #expect(record.organizers.isEmpty)
    }

    @Test func leadDiscussantsSitOnThePanelAndAVideoMessageIsAMessage() throws {
        let record = try Invented.record(body: """
            10:00 – 11:00 Opening session
            Ms. Ingrid MORALES VEGA, President of the Union
            Video message: H.E. Ms. Amara JALLOH, Permanent Representative of Sierra Leone

            15:00 – 18:00 Session 2: Climate and displacement
            Moderator: Mr. Jonas EKLUND, Member of the Riksdag
            Lead discussants:
            Ms. Makerita TUIVAGA, Speaker of the Parliament, Fiji
            Mr. Oumar DIALLO, Deputy Director, OCHA
            """)
        #expect(record.role(of: "amara-jalloh") == .messageAuthor)
        #expect(record.role(of: "makerita-tuivaga") == .panelist)
        #expect(record.role(of: "oumar-diallo") == .panelist)
    }

    @Test func aSitesMenuRunningDownToItsTrailIsNoPartOfTheTitle() throws {
        let record = try Invented.record("""
            Skip to main content
            Inter-Regional Union
            For parliaments. For everyone.
            English | Français | Español
            About us
            Our impact
            Parliaments
            Events

            Home / Events / Parliamentary Hearing on Oceans

            2024 Parliamentary Hearing on Oceans
            Towards a new agenda for the seas

            Date: 8 February 2024
            Venue: Trusteeship Council Chamber, New York

            The annual hearing brings members of parliament together with experts.
            """)
        #expect(record.event.title == "2024 Parliamentary Hearing on Oceans")
        #expect(record.event.subtitle == "Towards a new agenda for the seas")
    }

    @Test func membersPresentUnderTheLastPanelSatThroughTheMeeting() throws {
        let record = try Invented.record(body: """
            Witnesses

            Panel 2 (at 11.00am)
            Rt Hon Marcus Hale MP, Minister for Development
            Joanna Sefton, Director General, Humanitarian Office

            Uncorrected transcript of oral evidence taken in public.

            Members present: Lucinda Marr (Chair); Fiona McAllister; Ayo Okonjo.
            """)
        #expect(record.roles(of: "fiona-mcallister") == [.participant])
        #expect(record.participations.first { $0.personId == "ayo-okonjo" }?.partId == nil)
    }

    @Test func anHourAloneOnItsLineBeginsTheNextSlotAndWhoItNamesSpeaks() throws {
        let record = try Invented.record(body: """
            Programme

            10:00–10:05
            Opening by the chair of the committee, Ine Marie Sletten (H)

            10:05–10:25
            Ministry of Defence
            Minister of Defence Håkon Løvås

            10:25–10:45
            Oslo Centre for Security Studies
            Senior Researcher Karim Haddad
            """)
        let opening = try #require(record.parts.first { $0.kind == .opening })
        #expect(record.participations.contains { $0.personId == "ine-marie-sletten" && $0.role == .openingSpeaker && $0.partId == opening.id })
        #expect(record.role(of: "hakon-lovas") == .speaker || record.roles.contains { $0.name == "Håkon Løvås" && $0.role == .speaker })
        #expect(record.roles.contains { $0.name == "Karim Haddad" && $0.role == .speaker })
        #expect(!record.participations.contains { $0.partId == opening.id && $0.role == .openingSpeaker && $0.personId != "ine-marie-sletten" })
    }

    @Test func aSpeechByTheOfficeAloneNamesNoOne() throws {
        let record = try Invented.record(body: """
            Programme

            13:10–13:15
            Closing remarks by the chair of the committee
            """)
        #expect(record.participations.isEmpty)
    }

    /// A hearing's news story names each expert by where they work, without commas, and a verb of saying.
    @Test(arguments: [
        ("Kofi Mensah-Bruce of the African Forum on Debt and Development Justice in Accra described the cost of interest.", "kofi-mensah-bruce"),
        ("Thorsten Gebauer of the Bundesverband Aussenhandel und Investitionen (BVAI) argued for export guarantees.", "thorsten-gebauer"),
        ("Johanna Weil of the alliance Schuldenwende said that Germany should lead by example.", "johanna-weil"),
    ])
    func anExpertOfTheirBodyWhoSaid(_ sentence: String, _ id: String) throws {
        let record = try Invented.record(body: "The committee heard experts on debt relief on Wednesday afternoon.\n\n" + sentence)
        #expect(record.role(of: id) == .speaker)
    }

    @Test func aStormOfASeasonIsNoOne() throws {
        let record = try Invented.record(body: "Hurricane Maria of the Caribbean season in October said nothing of the kind.")
        #expect(record.participations.isEmpty)
    }

    @Test func aHearingsTableOfSubmittersAndWhoAppearedForThem() throws {
        let record = try Invented.record(body: """
            Time       | Submitter                          | Appearing
            9.00 am    | Pacific Climate Collective          | Mele Fifita, Sione Latu
            9.20 am    | Dr Hannah Whitcombe                 | Individual
            9.35 am    | Aid Alliance                        | Ropata Henare, Executive Director
            10.00 am   | Morning break                       |
            10.15 am   | Ministry of Trade (briefing)        | Angela Moorhouse, Divisional Manager
            """)
        #expect(Set(record.roles.map(\.name)) == ["Mele Fifita", "Sione Latu", "Hannah Whitcombe", "Ropata Henare", "Angela Moorhouse"])
        #expect(record.roles.allSatisfy { $0.role == .speaker })
        #expect(record.parts.isEmpty)
        #expect(record.roles.first { $0.name == "Ropata Henare" }?.affiliation == "Executive Director, Aid Alliance")
    }
}
