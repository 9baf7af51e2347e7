import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A minister's speech read out by an official, a member who questions how something will work, those a panel's sentence
/// lists after "with:", the place people were brought together, and a chairman who had hoped to come. Invented lines.
@Suite struct SpeechesReadOutAndQuestionsTests {
    static let page = "Workshop on Carbon Markets\n\n5 March 2025\n\nThe workshop was attended by forty members.\n\n"

    static func facts(_ body: String) -> [String] {
        Invented.explain(page + body + "\n\nParticipants agreed to meet again.\n")
    }

    @Test func theMinisterWhoseSpeechWasReadOutWroteIt() {
        let facts = Self.facts("""
            In a speech read on his behalf by the Commissioner for Climate Change, Mr Bob Ssenta, the Minister of Water, \
            Hon. Patrick Kaboy, said the regulations would be gazetted soon.
            """)
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Bob Ssenta\"") })
        #expect(facts.contains { $0.hasPrefix("7: message-author \"Patrick Kaboy\" by cue role.message.read-out") })
    }

    @Test func aMemberWhoQuestionsHowAsksAndOneWhoQuestionsTheNeedSpeaks() {
        let facts = Self.facts("""
            The Woman Representative for Kamuli, Hon. Harriet Nabu, questioned how communities without titles would prove \
            their claims. Hon. Fred Bwamba questioned the need for a new registry.
            """)
        #expect(facts.contains { $0.hasPrefix("7: participant \"Harriet Nabu\" by cue role.participant.question") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Fred Bwamba\" by cue role.speaker.reporting-verb") })
    }

    @Test func thoseAPanelsSentenceListsAfterWithSitOnIt() {
        let facts = Self.facts("""
            A panel discussion on financing was moderated by Dr. Martina Hale, Senior Specialist, GGGI, with:
            - Ms. Bouaphanh Sisa, Deputy Director General, Ministry of Energy
            - Mr. Tran Minh Duc, Chief Executive Officer, VoltRide Co., Ltd.
            - Ms. Khamla Intha, Head of Green Finance, Banque Lao
            """)
        for (line, name) in [(8, "Bouaphanh Sisa"), (9, "Tran Minh Duc"), (10, "Khamla Intha")] {
            #expect(facts.contains { $0.hasPrefix("\(line): panelist \"\(name)\"") }, "\(name)")
        }
    }

    static let note = """
        Is there a future for open trade?

        14 - 16 November 2024

        The Foundation brought together some forty negotiators from fourteen countries at Ditchley Park from Thursday to \
        Saturday. Our Chairman, Lord Harland of Wenlock, had hoped to join us for the opening dinner but was detained in \
        Brussels.
        """

    @Test func wherePeopleWereBroughtTogetherAndOneWhoHadHopedToCome() throws {
        #expect(try Invented.record(Self.note).event.venue == "Ditchley Park")
        #expect(Invented.explain(Self.note).contains { $0.contains("not-a-participant \"Harland of Wenlock\" by cue mention.absent") })
    }
}
