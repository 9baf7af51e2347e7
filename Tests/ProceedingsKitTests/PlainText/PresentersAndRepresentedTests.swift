import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Lists of presenters whose members each have a topic, a verb closed by a semicolon, an election to two
/// offices in one sentence, the one who was represented, excused or absent, and the one whose words another
/// read out or who spoke on a screen. Invented lines.
@Suite struct PresentersAndRepresentedTests {
    static let page = "Workshop on Coastal Towns\n\n12 May 2022\n\nSession 1: Ports\n\n"

    static func facts(_ body: String) -> [String] {
        Invented.explain(page + body + "\n\nParticipants agreed to meet again.\n")
    }

    @Test func eachPresenterOfAListHasATopic() {
        let semicolons = Self.facts("""
            Papers were presented by Dr. Ana Ruiz (Coastal Institute) on dredging; Captain Tomas Vidal (Port Authority) on \
            pilotage; and Dr. Lena Marsh, Harbour Trust, on tariffs.
            """)
        for name in ["Ana Ruiz", "Tomas Vidal", "Lena Marsh"] {
            #expect(semicolons.contains { $0.contains("presenter \"\(name)\"") }, "\(name)")
        }
        let andFrom = Self.facts("""
            The session heard presentations from Prof. Ines Carvalho (Maritime University) on dry docks and from \
            Mr. Kofi Mensah (Tema Port) on cranes.
            """)
        #expect(andFrom.contains { $0.contains("presenter \"Kofi Mensah\"") })
        let and = Self.facts("Presentations were made by Dr. Ana Ruiz (Coastal Institute) on sand and Dr. Lena Marsh (Harbour Trust) on silt.")
        #expect(and.contains { $0.contains("presenter \"Lena Marsh\"") })
        // A topic has no verb of its own, and one cut by commas goes on only to a semicolon.
        #expect(MentionFinder.topicItemEnds("on sand and"))
        #expect(MentionFinder.topicItemEnds("on sand, silt and gravel;"))
        #expect(!MentionFinder.topicItemEnds("on sand that was dredged and"))
        #expect(!MentionFinder.topicItemEnds("on sand, silt and"))
        #expect(!MentionFinder.topicItemEnds("of sand;"))
    }

    @Test func aVerbClosedByASemicolonIsTheNamesBeforeIt() {
        let facts = Self.facts("Dr. Ana Ruiz (Coastal Institute) presented; Prof. Tomas Vidal, Port Authority, chaired.")
        #expect(facts.contains { $0.contains("presenter \"Ana Ruiz\"") })
        #expect(facts.contains { $0.contains("chair \"Tomas Vidal\"") })
    }

    @Test func theSecondNameOfTwoClausesHasItsOwnVerb() {
        let own = Self.facts("Dr. Ana Ruiz presented on sand and Dr. Lena Marsh chaired the session.")
        #expect(own.contains { $0.contains("chair \"Lena Marsh\"") })
        // With no verb of its own, the second shares the first one's: "A presented on sand and B on silt".
        let shared = Self.facts("Dr. Ana Ruiz presented on sand and Dr. Lena Marsh on silt.")
        #expect(shared.contains { $0.contains("presenter \"Lena Marsh\"") })
    }

    @Test func anElectionToTwoOfficesInOneSentence() {
        let facts = Self.facts("Dr. Ana Ruiz (Coastal Institute) was elected Chairperson and Ms. Lena Marsh Rapporteur.")
        #expect(facts.contains { $0.contains("chair \"Ana Ruiz\"") })
    }

    @Test func whoWasRepresentedExcusedOrAbsentDidNotTakePart() {
        let represented = Self.facts("""
            Mr. Kofi Mensah, Governor of the Central Bank, represented by Ms. Ama Owusu, Deputy Governor, opened the workshop.
            """)
        #expect(represented.contains { $0.contains("not-a-participant \"Kofi Mensah\"") })
        #expect(represented.contains { $0.contains("opening-speaker \"Ama Owusu\"") })
        let excused = Self.facts("The session was chaired by Dr. Ana Ruiz, who conveyed the apologies of the Minister, Mr. Tomas Vidal.")
        #expect(excused.contains { $0.contains("not-a-participant \"Tomas Vidal\"") })
        #expect(excused.contains { $0.contains("chair \"Ana Ruiz\"") })
        // The statement read out in the Minister's absence was hers: she wrote it, as a message's author does.
        let absence = Self.facts("In the absence of the Minister, Dr. Lena Marsh, the statement was read by Mr. Kofi Mensah.")
        #expect(absence.contains { $0.contains("message-author \"Lena Marsh\"") })
        #expect(!absence.contains { $0.contains("not-a-participant \"Kofi Mensah\"") })
    }

    @Test func introductoryStatementsLeadOffTheDiscussion() {
        let label = Self.facts("Introductory statements: Ibrahim Diallo, Researcher, Coastal Institute; Dr. Lena Marsh, Harbour Trust")
        #expect(label.contains { $0.contains("lead-off-speaker \"Ibrahim Diallo\"") })
        #expect(label.contains { $0.contains("lead-off-speaker \"Lena Marsh\"") })
        // In a session, those who make introductory statements lead off its discussion; the meeting's own opens it.
        let prose = Self.facts("Mr. Kofi Mensah, Director, and Dr. Ana Ruiz, Fellow, made introductory statements on tariffs.")
        #expect(prose.contains { $0.contains("lead-off-speaker \"Kofi Mensah\"") })
        #expect(prose.contains { $0.contains("lead-off-speaker \"Ana Ruiz\"") })
        let meeting = Invented.explain("Workshop on Coastal Towns\n\n12 May 2022\n\nMr. Kofi Mensah, Director, made an introductory statement.\n")
        #expect(meeting.contains { $0.contains("opening-speaker \"Kofi Mensah\"") })
    }

    @Test func wordsReadOutOnSomeonesBehalfOrSentOnVideoAreTheirs() {
        let statement = Self.facts("Dr. Ana Ruiz, Director of the Partnership, delivered a statement on behalf of the Director General, Dr. Tomas Vidal.")
        #expect(statement.contains { $0.contains("message-author \"Tomas Vidal\"") })
        #expect(statement.contains { $0.contains("speaker \"Ana Ruiz\"") })
        let titled = Self.facts("Dr. Ana Ruiz read a statement on behalf of the Executive Secretary of the Commission, Ms. Amara Obi-Nwosu.")
        #expect(titled.contains { $0.contains("message-author \"Amara Obi-Nwosu\"") })
        let video = Self.facts("A video message was delivered by Ms. Lena Marsh, Executive Secretary of the Convention.")
        #expect(video.contains { $0.contains("message-author \"Lena Marsh\"") })
        // A message read out by someone present: the reader spoke.
        let read = Self.facts("A message from the Minister was delivered by Mr. Kofi Mensah.")
        #expect(read.contains { $0.contains("speaker \"Kofi Mensah\"") })
        // On behalf of a body: no author.
        #expect(!Self.facts("Dr. Ana Ruiz spoke on behalf of the Bank.").contains { $0.contains("message-author") })
    }

    @Test func anItemThatOpensWithATalksQuotedTitleNamesItsSpeaker() throws {
        let record = try Invented.record("""
            Meeting of the Committees

            12 May 2022

            6. The Committees received the following communications:
               a) "Independence of electoral bodies" by Mr. Kofi MENSAH, Executive Secretary of the Network;
               b) "Women in elections" by Mrs. Ama OWUSU-DIALLO, Peace Network, Accra.

            7. Dr. Ana Ruiz discussed "The Sea" by Dr. Tomas Vidal.
            """)
        let roles = Dictionary(record.roles.map { ($0.name, $0.role) }, uniquingKeysWith: { first, _ in first })
        #expect(roles["Kofi MENSAH"] == .presenter)
        #expect(roles["Ama OWUSU-DIALLO"] == .presenter)
        // A book's author named after its title in a sentence did not present it.
        #expect(roles["Tomas Vidal"] != .presenter)
        // Under a keynote part, the quoted title says what was delivered, the part in what capacity.
        let keynote = try Invented.record("""
            Forum on Landscapes

            12 May 2022

            Keynote lectures

            Two keynote lectures followed:
            - "Landscapes after 2020" by Prof. Kenji Hara, President, Institute for Strategies;
            - "Peoples and the new targets" by Ms. Rosa Bautista, Forest Programme.
            """)
        #expect(keynote.roles.filter { $0.role == .keynoteSpeaker }.map(\.name) == ["Kenji Hara", "Rosa Bautista"])
    }
}
