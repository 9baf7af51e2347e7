import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A helper read this stop's reader rules on invented lines of other pages and found seventeen misfires; each is kept here.
@Suite struct ReviewedProgrammeRulesTests {

    @Test func thenInALineOfSpeakersOrForTheOfficeOfTheDay() throws {
        let record = try Invented.record(body: """
            The meeting opened with remarks by Minister Ana Ruiz, then Ambassador Jon Berg and finally Dr. Lee Min-ho.

            Speakers included Ms. Eva Lind, then Director of Policy at the Ministry, who recalled the first plan, and Mr. Tom Okafor.
            """)
        let ids = Set(record.participations.compactMap(\.personId))
        #expect(ids.isSuperset(of: ["ana-ruiz", "jon-berg", "lee-min-ho", "eva-lind", "tom-okafor"]))
    }

    @Test func theAuthorAtTheLaunchOfWhatWasJustPublished() throws {
        let record = try Invented.record(body: """
            The report, published this week by Dr. Ana Ruiz and her team, was presented at the launch. Dr. Ana Ruiz said the data were new.
            """)
        #expect(record.participations.contains { $0.personId == "ana-ruiz" })
    }

    @Test func contributorsOverCardsThenTheStory() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            The Forum met in Suva to discuss the relocation of coastal villages and the funds available for it.

            Contributors

            Dr. Ana Ruiz, Lund University
            Dr. Lee Min-ho, KDI

            Dr. Ana Ruiz presented the findings of the survey of forty villages along the coast of Viti Levu. The Chair, Dr. Lee Min-ho, closed the event.
            """)
        #expect(Set(record.participations.compactMap(\.personId)).isSuperset(of: ["ana-ruiz", "lee-min-ho"]))
    }

    @Test func aStormDrawsAttentionAndNamesNoOne() throws {
        let record = try Invented.record(body: """
            Hurricane Maria drew attention to the weakness of island grids. Typhoon Haiyan illustrated the cost of delay.
            """)
        #expect(record.participations.isEmpty)
    }

    @Test func aBodysNameThroughOfTheEndsBeforeAnd() throws {
        let record = try Invented.record(body: """
            Remarks were delivered by Prof. Ana Ruiz of the University of the West Indies and the Minister of Finance, Hon. Jon Berg.
            """)
        #expect(record.roleLines == ["Ana Ruiz speaker", "Jon Berg speaker"])
    }

    @Test func aPossessiveTitleBeforeOneWithAVerbOfTheirOwn() throws {
        let record = try Invented.record(body: """
            The session was chaired by Dr. Ana Ruiz, and Kenya's Minister of Finance, Hon. Jon Berg, delivered the keynote address.
            """)
        #expect(record.roleLines == ["Ana Ruiz chair", "Jon Berg keynote-speaker"])
    }

    @Test func theFirstEditionsPlaceIsNoVenue() throws {
        let record = try Invented.record("""
            Seoul Energy Forum

            SEOUL, 5 May 2024 – The Forum, organised by the Korea Energy Institute, recalled that its first edition, hosted by Japan, took place in Osaka in 2015.
            """)
        #expect(record.event.venue != "Osaka in 2015")
    }

    @Test func anOfficeUnderTheNameOnACardIsNoRole() throws {
        let roles = try Invented.roles(of: """
            Speakers

            Ana Ruiz
            President
            Ruiz Energy Foundation

            Jon Berg
            Senior Fellow, Nordic Energy Institute
            """)
        #expect(roles == ["Ana Ruiz speaker", "Jon Berg speaker"])
    }

    @Test func aJobTitlePrintedLastIsNoRoleOfTheSession() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            Opening Session
            - JANG Hyun-soo, Korea Institute for International Economic Policy, President
            - KIM Ji-won, Korea Development Institute (President)
            """)
        #expect(!record.roles.contains { $0.role == .chair })
    }

    @Test func aSingularLabelInTheLastBracketIsNoListsRole() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            Session 1: Ports
            - Ana Ruiz (KDI), Jon Berg (IMF), Lee Min-ho (KIEP) (Moderator)
            """)
        #expect(record.roles.filter { $0.role == .moderator }.count <= 1)
    }

    @Test func whoWillChairTheNextMeetingOrPresentElsewhere() throws {
        let record = try Invented.record(body: """
            The Committee agreed that Mr Tom Okafor will chair the next meeting on 12 June 2024.

            The follow-up workshop will be held in October, and Prof. Eva Lind will present the final report there.
            """)
        #expect(!record.roles.contains { $0.role == .chair || $0.role == .speaker })
    }

    @Test func aDialogueWithTheFamousIsRecalled() throws {
        let record = try Invented.record(body: """
            Ambassador Ana Ruiz recalled her dialogue with Kofi Annan, Desmond Tutu and Graça Machel.
            """)
        #expect(Set(record.participations.compactMap(\.personId)) == ["ana-ruiz"])
    }

    @Test func theTrailsLastStepMayBeThePagesTitle() throws {
        let record = try Invented.record("""
            Home > Events > Ocean Governance Forum

            Ocean Governance Forum

            Sharing the Pacific's fisheries data

            12 May 2022

            The Forum met in Suva to discuss the sharing of fisheries data among the island states of the region.
            """)
        #expect(record.event.title == "Ocean Governance Forum")
    }

    @Test func aTopicsKindUnderItsCrumbIsTheTitle() throws {
        let record = try Invented.record("""
            Home > Events > Workshops

            Fisheries Data Workshop

            Sharing the Pacific's catch records

            12 May 2022

            The Workshop met in Suva to discuss the sharing of fisheries data among the island states of the region.
            """)
        #expect(record.event.title == "Fisheries Data Workshop")
    }

    @Test func aSentenceOpeningWithAHashtag() throws {
        let record = try Invented.record(body: """
            #BeatPlasticPollution was the theme of this year's seminar, and Minister Ana Ruiz opened the event.
            """)
        #expect(record.roleLines == ["Ana Ruiz opening-speaker"])
    }

    @Test func aPhotosTagInBracketsHeadsNoPart() throws {
        let record = try Invented.record(body: """
            [Panel photo] Dr. Ana Ruiz and Prof. Jon Berg at the seminar

            Dr. Ana Ruiz and Prof. Jon Berg discussed the rules.
            """)
        #expect(!record.parts.contains { $0.label.lowercased().includes("photo") })
    }

    @Test func aNumberedLabelOverATalksTitle() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            Session 1: Blue Economy
            Presenter 1: Blue Carbon
            Presenter 2: Marine Spatial Planning
            """)
        #expect(record.roles.isEmpty)
    }

    @Test func earlAndDukeAreGivenNamesOutsideAPeerage() throws {
        let record = try Invented.record(body: """
            Representative Earl Blumenauer opened the dialogue.
            """)
        #expect(record.roles.map(\.name) == ["Earl Blumenauer"])
    }
}
