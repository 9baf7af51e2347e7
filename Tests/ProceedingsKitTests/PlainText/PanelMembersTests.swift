import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who sat on a panel when no label says so: those a verb of discussion has as its subject together,
/// those a panel "brought together" after a phrase of time, and those the next sentence calls the
/// panelists. Invented lines.
@Suite struct PanelMembersTests {
    static func page(_ body: String) -> String {
        "Forum on Coastal Towns\n\n12 May 2022\n\n" + body + "\n"
    }

    @Test func subjectsOfADiscussionTogether() throws {
        let record = try Invented.record(Self.page("""
            In the second session, Ambassador Lena Hart of Sweden and Ambassador Piotr Nowak of Poland discussed how embassies answer false reports.
            """))
        #expect(record.roleLines == ["Lena Hart panelist", "Piotr Nowak panelist"])
        // Outside a part of the programme, two who discussed something only spoke.
        let sidelines = try Invented.record(Self.page("""
            On the sidelines, Minister Ana Ruiz and Minister Tom Reed discussed bilateral trade.
            """))
        #expect(sidelines.roleLines == ["Ana Ruiz speaker", "Tom Reed speaker"])
    }

    /// One subject discussing a subject spoke; "said" with two subjects is still speech.
    @Test func oneSubjectOrAVerbOfSayingIsSpeech() throws {
        let record = try Invented.record(Self.page("""
            Dr. Mara Lind of the Coast Office discussed the cost of sea walls. Mr. Tomas Berg and Ms. Ida Sol said that towns must plan together.
            """))
        #expect(record.roleLines == ["Mara Lind speaker", "Tomas Berg speaker", "Ida Sol speaker"])
    }

    @Test func aPanelBroughtTogetherAfterAPhraseOfTime() throws {
        let record = try Invented.record(Self.page("""
            On the second day, a panel chaired by Dr. Ana Ferreyra brought together Dr. Kalani Akana of the Data Trust, Sione Vaipulu, a software engineer, and Dr. Ngozi Eze, a statistician.
            """))
        #expect(record.roleLines == ["Ana Ferreyra chair", "Kalani Akana panelist", "Sione Vaipulu panelist", "Ngozi Eze panelist"])
    }

    @Test func calledPanelistsInTheNextSentence() throws {
        let text = Self.page("""
            The first exchange, on early warning, was moderated by Ms. Leilani Kahale and featured Dr. Tesfaye Alemu (Climate Institute) and Ms. Rosa Quispe (Drought Observatory). Panelists agreed that forecasts help only when money follows.
            """)
        let record = try Invented.record(text)
        #expect(record.roleLines == ["Leilani Kahale moderator", "Tesfaye Alemu panelist", "Rosa Quispe panelist"])
        // Those a moderated exchange featured sat on its panel already; without a moderator, the next sentence says so.
        #expect(Invented.explain(text).contains("5: panelist \"Tesfaye Alemu\" by cue label.panelist.featured (\"featured\")"))
        let unmoderated = Self.page("""
            The first exchange, on early warning, featured Dr. Tesfaye Alemu (Climate Institute) and Ms. Rosa Quispe (Drought Observatory). Panelists agreed that forecasts help only when money follows.
            """)
        #expect(try Invented.record(unmoderated).roleLines == ["Tesfaye Alemu panelist", "Rosa Quispe panelist"])
        #expect(Invented.explain(unmoderated).contains("5: panelist \"Tesfaye Alemu\" by cue role.panelist.named-after"))
    }

    /// One person who asked a question, and then "the panelists": no panel of one.
    @Test func oneQuestionerIsNoPanel() throws {
        let record = try Invented.record(Self.page("""
            Ms. Jane Doe of Oxfam asked about financing. The panelists agreed that more funds were needed.
            """))
        #expect(!record.roleLines.contains { $0.hasSuffix("panelist") })
    }

    /// Someone withdrawn as absent between the two sentences leaves the others' roles to settle, and no crash.
    @Test func absentBetweenTheSentences() throws {
        let record = try Invented.record(Self.page("""
            Mr. Tom Reed was listed.

            Ms. Ann Lee and Dr. Omar Said came; Mr. Tom Reed was unable to attend. The panelists agreed.
            """))
        #expect(record.roles.map(\.name) == ["Ann Lee", "Omar Said"])
    }

    /// Only the sentence right before: people named earlier keep their roles.
    @Test func onlyTheSentenceBefore() throws {
        let record = try Invented.record(Self.page("""
            Mr. Omar Haddad said the roads were closed. The meeting then turned to finance. The panelists agreed that more was needed.
            """))
        #expect(!record.roleLines.contains { $0.hasSuffix("panelist") })
    }
}

/// Who opened a meeting, as the genre says it besides "opening remarks": opened the summit or the
/// afternoon, officiated, welcomed some 150 guests, addressed the opening session, an opening ceremony
/// that featured remarks by. Invented lines.
@Suite struct OpeningWordsTests {
    @Test(arguments: [
        "Mayor Juan Restrepo opened the summit by recalling the city's first cable car.",
        "The Dean of Law, Professor Simon Halloway, opened the afternoon by recalling the founders.",
        "Officiating the event, Vice-Chancellor Prof. Rahimah Latif said mangroves were a defence.",
        "The foundation's Executive Director, Dr. Friederike Baumgärtner, welcomed around 150 guests.",
        "New Zealand’s Ambassador in Santiago, Ms. Fiona McAllister, also addressed the opening session.",
        "The opening ceremony featured remarks by the Ambassador of Brazil, Mr. Paulo Cavalcanti.",
    ])
    func opened(_ sentence: String) throws {
        let record = try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\n" + sentence + "\n")
        #expect(record.roles.map(\.role) == [.openingSpeaker])
    }

    /// "welcomed the proposal": no one was welcomed to the meeting.
    @Test func welcomedAProposalOpensNothing() throws {
        let record = try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\nDr. Ana Ruiz welcomed the proposal of the delegates.\n")
        #expect(record.roles.map(\.role) != [.openingSpeaker])
    }
}

/// Who spoke, as the genre says it besides "said": those a session heard from, those who joined the
/// discussion or the panel, a subject past a relative clause, a description of work with its employer,
/// an aspect covered by someone; and who only asked from the floor. Invented lines.
@Suite struct SpokeInOtherWordsTests {
    @Test func heardFromAndJoinedIn() throws {
        #expect(try Invented.roles(of: "A session on land protocols, moderated by Mr. Emmanuel Tembo of the Land Alliance, heard from Ms. Halima Abdi (Pastoral Network) and Ms. Josefina Cumbe (Rede Camponesa).")
            == ["Emmanuel Tembo moderator", "Halima Abdi speaker", "Josefina Cumbe speaker"])
        #expect(try Invented.roles(of: "Dr. Ana Ruiz commented on the survey. She was joined in the discussion by Mr. Armando Sitoe of Banco Rural.")
            == ["Ana Ruiz speaker", "Armando Sitoe speaker"])
        #expect(try Invented.roles(of: "She was joined on the panel by Hon. Desmond Clarke, former finance minister of Grenada.")
            == ["Desmond Clarke panelist"])
    }

    @Test func pastAClauseAndAnEmployer() throws {
        #expect(try Invented.roles(of: "Mr. Samuel Mutua, Publishing Director of Savanna Press, which published the book, announced a second edition.")
            == ["Samuel Mutua speaker"])
        #expect(try Invented.roles(of: "Ms Rebecca Ashdown, an underwriter with Northgate Marine Insurance, stressed that premiums would rise.")
            == ["Rebecca Ashdown speaker"])
        #expect(try Invented.roles(of: "Legal aspects were covered by Prof. Ricardo Nhamussua of Eduardo Mondlane University.")
            == ["Ricardo Nhamussua speaker"])
    }

    /// A question from the floor is no speech at the meeting's table.
    @Test func askedFromTheFloor() throws {
        #expect(try Invented.roles(of: "Valdis Krūmiņš, a former chairman of the energy regulator, asked from the floor why plans were national.")
            == ["Valdis Krūmiņš participant"])
    }
}

/// Those who speak "in the discussion that followed" or "from the floor" took part; they did not speak
/// from the table. Invented lines.
@Suite struct FloorDiscussionTests {
    @Test func discussionThatFollowed() throws {
        let record = try Invented.record(body: """
            In the discussion that followed, Ms Zuzana Kováčiková (Slovakia) and Mr Aurel Cebotari (Moldova) stressed the need for civil protection services.
            """)
        #expect(record.roles.map(\.role) == [.participant, .participant])
    }

    /// A panel's discussion is the panel's: its people speak as panelists.
    @Test func panelDiscussionIsNoFloor() throws {
        let record = try Invented.record(body: """
            In the panel discussion, Dr. Ana Ruiz noted that the dykes held.
            """)
        #expect(record.roles.map(\.role) != [.participant])
    }
}
