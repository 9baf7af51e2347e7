import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who spoke, as a summary's prose says it without a label: the subject of a verb of saying, statements
/// delivered by a list, thanks for an address; who wrote the page or its report; and people named only as
/// predecessors, principals or visitors. Invented lines.
@Suite struct SpeakersInProseTests {
    static let page = "Forum on Coastal Towns\n\n12 May 2022\n\nThe forum was attended by forty experts.\n\n"

    static func facts(_ body: String) -> [String] {
        Invented.explain(page + body + "\n\nParticipants agreed to meet again.\n")
    }

    @Test func aBareNameThatSaysSomethingIsASpeaker() {
        let facts = Self.facts("""
            In the session on data, Lena Marsh cautioned that surveys stop at 74. Tomas Okonjo-Berg, of Grey Voices Ghana, \
            said that volunteers bridge the gap. Ines Carvalho of the Office for Statistics of Portugal argued for new panels.
            """)
        // "In the session on data": the part the prose names holds what is said in it.
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Lena Marsh\" in session-1 by cue role.speaker.reporting-verb") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Tomas Okonjo-Berg\"") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Ines Carvalho\"") })
    }

    @Test func oneNamedWithNoRoleWhomTheTextThenReportsSpeakingSpoke() {
        let facts = Self.facts("""
            The Vice-Chairs were Mr Piet Vos (Employers, Netherlands) and Ms Ana Sosa (Workers, Uruguay).

            For the employers, Mr Vos said that firms needed guidance. Ms Sosa thanked the Office.
            """)
        #expect(facts.contains { $0.hasPrefix("7: participant \"Piet Vos\" by cue mention.default") })
        #expect(facts.contains { $0.hasPrefix("9: speaker \"Piet Vos\" by cue role.speaker.reporting-verb") })
        // One present by a label stays as the label says; a member who "indicated" asked the chair for the floor.
        let listed = Self.facts("Participants included Ms Ida Berg (FAO).\n\nMs Berg said that the plan was fine.")
        #expect(listed.contains { $0.hasPrefix("7: participant \"Ida Berg\" by cue label.participants") })
        #expect(!listed.contains { $0.contains("speaker \"Ida Berg\"") })
        let indicated = Self.facts("Those present were welcomed by the clerk, and Ms Ida Berg attended.\n\nMs Berg indicated first.")
        #expect(indicated.contains { $0.hasPrefix("7: participant \"Ida Berg\" by cue mention.default") })
        #expect(!indicated.contains { $0.contains("speaker \"Ida Berg\"") })
    }

    @Test func theSpeakersAnnouncedWhoeverSpokeOrPresentedAndWhateverLinksTheSentences() {
        let facts = Self.facts("""
            Three keynote speakers delivered their presentations. Prof. Ken Nakamura of Kyoto University shared his experience. \
            Dr. Maria Ortega from UNDRR spoke on early warning. Meanwhile, Dr. Ratna Kusuma presented research results.
            """)
        for name in ["Ken Nakamura", "Maria Ortega", "Ratna Kusuma"] {
            #expect(facts.contains { $0 == "7: keynote-speaker \"\(name)\" by cue label.keynote.announced" })
        }
    }

    /// "Session 2: From data to decisions – panel discussion": a heading that says so after its theme seats a panel.
    @Test func aSessionThatIsAPanelDiscussionAfterItsTheme() {
        let facts = Invented.explain("""
            Workshop on Heat in Cities

            15 May 2025

            09:00  Session 2: From data to decisions – panel discussion
                   Moderation: Dr. Kata Bohm, IOER
                   Anja Rossler, City of Dresden
                   Dr. Piotr Nowak, City of Poznan
            """)
        #expect(facts.contains { $0.hasPrefix("7: panelist \"Anja Rossler\"") })
        #expect(facts.contains { $0.hasPrefix("8: panelist \"Piotr Nowak\"") })
    }

    @Test func aCountryOrABodyThatSaysSomethingIsNoPerson() {
        let facts = Self.facts("Costa Rica stressed the need for data. The Statistics Office noted the gaps. Dr. Ana Ruiz agreed.")
        #expect(!facts.contains { $0.contains("Costa Rica") || $0.contains("Statistics Office") })
    }

    @Test func statementsDeliveredByAListClosedBySemicolons() {
        let facts = Self.facts("""
            Statements were then delivered by Ms Aya Mensah, Director, Regional Commission; Mr Piet Kramer, Deputy \
            Director-General, Directorate for Fisheries; and Ms Rana Aziz, Representative, Refugee Office.
            """)
        for name in ["Aya Mensah", "Piet Kramer", "Rana Aziz"] {
            #expect(facts.contains { $0.hasPrefix("7: speaker \"\(name)\" by cue role.speaker.noun-gap-by") })
        }
    }

    @Test func aTitleSetApartBeforeTheNextHonorificKeepsTheList() {
        let facts = Self.facts("""
            Also addressing the inauguration were the Head of Office of the Agency, Mr. Luis Pardo Ortega, and the Director \
            of the Naval Academy, Ambassador Rosa Quispe Huaman.
            """)
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Luis Pardo Ortega\" by cue role.opening.verb") })
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Rosa Quispe Huaman\" by cue role.opening.verb") })
    }

    @Test func thanksForAnAddressSayWhoGaveIt() {
        let facts = Self.facts("""
            We thank Mr. Goran Petkov, Deputy Minister of Transport, for his opening address, and Ms. Vesna Ilic, \
            Resident Representative, for her remarks.
            """)
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Goran Petkov\"") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Vesna Ilic\" by cue role.speaker.noun-by (\"for her remarks\")") })
    }

    @Test func givenNamesThatAreAlsoWords() {
        let facts = Self.facts("Mr. Christian Holm said the port would expand. Ms. June Tanaka added that it would not.")
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Christian Holm\"") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"June Tanaka\"") })
    }

    @Test func aTitleEndingInABodysAcronymBeforeTheName() throws {
        let facts = Self.facts("Rector of UNAK Aigerim Bekova informed the participants about the new courses.")
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Aigerim Bekova\"") })
        let record = try Invented.record(Self.page + "Rector of UNAK Aigerim Bekova informed the participants about the courses.\n")
        #expect(record.participations.contains { $0.affiliation == "Rector of UNAK" })
    }

    @Test func aCatalanNameKeepsItsParticle() {
        let facts = Self.facts("The session was closed by the President of the Council, Mr Pere Roca i Vidal.")
        #expect(facts.contains { $0.contains("\"Pere Roca i Vidal\"") })
    }

    @Test func thePagesWriterTookNoPart() {
        let facts = Self.facts("""
            12 May 2022 · 4 min read · By Lena Fors, Communications Officer

            Conference Report
            by Tomas Berg (Research Fellow)

            Dr. Ana Ruiz opened the forum.
            """)
        #expect(facts.contains { $0.hasPrefix("7: not-a-participant \"Lena Fors\" by cue mention.byline") })
        #expect(facts.contains { $0.hasPrefix("10: not-a-participant \"Tomas Berg\" by cue mention.byline") })
        #expect(facts.contains { $0.hasPrefix("12: opening-speaker \"Ana Ruiz\"") })
    }

    @Test func aWrappedSentenceGoingOnWithByIsNoByline() {
        let facts = Self.facts("""
            The second session of the forum on the future of the harbour towns was chaired
            by Dr. Ana Ruiz, Director of the Port Institute
            """)
        #expect(!facts.contains { $0.contains("mention.byline") })
    }

    @Test func whoPreparedTheReportIsItsRapporteur() {
        let facts = Self.facts("Report prepared by Kenji Morita, Research Associate.")
        #expect(facts.contains { $0.hasPrefix("7: rapporteur \"Kenji Morita\" by cue role.rapporteur") })
    }

    @Test func whoFacilitatedAndWhoReadOutAMessage() {
        let facts = Self.facts("""
            Ms. Lina Haddad, Chief of the Section, facilitated the discussion. Mr. Omar Said read out a message from the \
            Secretary-General, Ms. Rita Alves.
            """)
        #expect(facts.contains { $0.hasPrefix("7: moderator \"Lina Haddad\" by cue role.moderator (\"facilitated the discussion\")") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Omar Said\" by cue role.speaker.delivered-message") })
        #expect(facts.contains { $0.hasPrefix("7: message-author \"Rita Alves\"") })
    }

    @Test func aLabelBeforeAColonNamesTheRoleOfTheListAfterIt() {
        let facts = Self.facts("""
            Youth panel: Ms. Asha Rao (India), Mr. Kofi Mensah (Ghana) and Ms. Lia Paredes (Bolivia), members of the \
            Network, described their own experiences.
            """)
        for name in ["Asha Rao", "Kofi Mensah", "Lia Paredes"] {
            #expect(facts.contains { $0.hasPrefix("7: panelist \"\(name)\" by cue label.panelist.in-sentence") })
        }
    }

    @Test func theAgentsByPrintedAgainGoesOnTheList() {
        let facts = Self.facts("""
            The session heard presentations by Dr. Bolat Iskakov (Institute of Geosciences) on glacier loss in the Tien Shan \
            and by Dr. Awa Traore (University of Bamako) on migration.
            """)
        #expect(facts.contains { $0.hasPrefix("7: presenter \"Awa Traore\"") })
    }

    @Test func whoSpokeInAPanelSatOnIt() {
        let facts = Invented.explain("""
            Forum on Coastal Towns

            12 May 2022

            Panel 2: Ports and People

            The second panel was chaired by Dr. Hugo Mena. Mr. Luis Quispe spoke of the harbour towns.
            """)
        #expect(facts.contains { $0.hasPrefix("7: panelist \"Luis Quispe\"") })
    }

    @Test func theFloorAQuestionAndAMessageDeliveredByAnother() {
        let facts = Self.facts("""
            Then the floor was given to the Deputy Minister of Planning of Chad Idriss Mahamat, who thanked the hosts. \
            Mr. K. ASANTE-MENSAH (Ghana) asked whether budgets could be amended. Ambassador Liisa Kallio, speaking on \
            behalf of the Nordic embassies, noted the goal of neutrality. A message from H.E. Mrs. Thandi Mokoena, \
            Commissioner of the Union, who could not travel, was delivered by Mr. Jean Ilunga, Senior Officer.
            """)
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Idriss Mahamat\" by cue role.speaker.noun-by (\"floor was given to\")") })
        #expect(facts.contains { $0.hasPrefix("7: participant \"K. ASANTE-MENSAH\" by cue role.participant.question") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Liisa Kallio\" by cue role.speaker.reporting-verb") })
        #expect(facts.contains { $0.hasPrefix("7: message-author \"Thandi Mokoena\"") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Jean Ilunga\" by cue role.speaker.delivered-message") })
    }

    @Test func philippineHonorificsAndAnOpeningOnADay() {
        let facts = Self.facts("""
            Asec. Ramon Dizon of the Department of Energy and Atty. Rosa Lim, director of the Bank, also spoke as resource \
            persons. The Undersecretary, Mr. Tomas Vial, opened on Friday, 14 March, the international seminar.
            """)
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Ramon Dizon\"") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Rosa Lim\"") })
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Tomas Vial\" by cue role.opening.verb") })
    }

    @Test func aLabelledNameWithItsCountryThenItsDescription() throws {
        let record = try Invented.record("""
            Seminar on Regional Law

            3 March 2011

            Moderator: Dr. Tomas Aranda Vial (Chile), Chair of the Working Group on Cyber-Crime
            Speakers: Mr. Hyun-woo Bae (Korea Institute), Ms. Julia Costa Lima (FGV Law School, Sao Paulo) and Mr. Tom Hale (Ofcom)
            """)
        #expect(record.roleLines == ["Tomas Aranda Vial moderator", "Hyun-woo Bae speaker", "Julia Costa Lima speaker", "Tom Hale speaker"])
        #expect(record.participations.first?.affiliation == "Chair of the Working Group on Cyber-Crime (Chile)")
    }

    @Test func aGivenNameThatIsAWordInsideAName() {
        let facts = Invented.explain("""
            Seminar on Regional Law

            3 March 2011

            14:00  Welcome
                   Ole Christian Rasmussen-Vik, Director, NIFS
            """)
        #expect(facts.contains { $0.contains("\"Ole Christian Rasmussen-Vik\"") })
    }

    @Test(arguments: [
        "Dr. Ana Ruiz thanked the previous Co-Chairs, Mr. Somchai Boonyarat of Thailand and Mr. Hiro SATO of Japan, for their work.",
        "Dr. Ana Ruiz recalled the visit to Suva in May 2019 of Dato' Sri Kamal bin Osman, Minister of Works.",
        "Dr. Ana Ruiz thanked Professor Liam Doyle-Hart, who helped to plan the forum but was unable to attend.",
        "Dr. Ana Ruiz paid tribute to the former chair, Mr. Jonas Lindberg, who had led the network.",
    ])
    func onlySpokenOf(_ sentence: String) throws {
        #expect(try Invented.record(Self.page + sentence + "\n").roles.map(\.name) == ["Ana Ruiz"])
    }

    /// Full names with no title, listed before one verb of saying, are people even after a phrase of time fronted before them;
    /// a particle in lower case goes on with the name.
    @Test func aListOfSpeakersAfterAFrontedPhrase() throws {
        let record = try Invented.record(body: """
            During the first day, Ana Lucía Tenesaca, Matías Covarrubias Lenz, and Tereza Bezerra de Menezes shared their experiences with the delegates.
            """)
        #expect(record.roles.map(\.name) == ["Ana Lucía Tenesaca", "Matías Covarrubias Lenz", "Tereza Bezerra de Menezes"])
        // A fronted phrase that names places, and then places: no one.
        let places = try Invented.record(body: """
            During the first day, Costa Rica, Puerto Rico and Sierra Leone shared their experiences with the delegates.
            """)
        #expect(places.roles.isEmpty)
    }

    /// Verbs of saying that answer or doubt another: their subject spoke.
    @Test(arguments: ["countered", "doubted whether", "conceded", "questioned whether", "retorted", "disputed"])
    func verbsOfAnsweringAndDoubting(_ verb: String) throws {
        let record = try Invented.record(body: """
            Ulrike Marquardt-Seidel, managing director of the storage association INES, \(verb) that approval took eight years.
            """)
        #expect(record.roleLines == ["Ulrike Marquardt-Seidel speaker"])
    }
}
