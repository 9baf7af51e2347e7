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

/// A senate committee's hearing as its press office reports it: the chairperson named by apposition, and a secretary
/// abroad who sent an under-secretary to represent the department. Invented lines.
@Suite struct CommitteeHearingReleasesTests {
    static let release = """
        Senate panel grills agency over stalled rural electrification funds

        March 12, 2025

        "These households have waited decades," said Sen. Ramon Villar, chairperson of the committee, during the hearing \
        held at the Recto Room of the Senate on March 11. Energy Secretary Antonio Beltran, who was in Singapore for a \
        meeting of energy ministers, sent Undersecretary Corazon Malig to represent the department.
        """

    @Test func theChairpersonOfTheCommitteeChairsAndTheSecretaryAbroadWasNotThere() {
        let facts = Invented.explain(Self.release)
        #expect(facts.contains { $0.contains("chair \"Ramon Villar\" by cue label.chair.described") })
        #expect(facts.contains { $0.contains("not-a-participant \"Antonio Beltran\" by cue mention.absent") })
        #expect(facts.contains { $0.contains("participant \"Corazon Malig\" by cue mention.default") })
        // The one sent may be named by a post first; "the former Chair of the Committee" still chairs nothing.
        let deputy = Invented.explain(Self.release + "\n\nThe Minister, Dr. Ana Ruiz, sent her deputy, Mr. Tom Lee, to represent the ministry.\n")
        #expect(deputy.contains { $0.contains("not-a-participant \"Ana Ruiz\" by cue mention.absent") })
        #expect(deputy.contains { $0.contains("participant \"Tom Lee\"") })
    }
}

/// A session that "heard presentations by" three people, each described by a clause before the next "by". Invented lines.
@Suite struct PresentationsByManyTests {
    @Test func theAgentsByRepeatedAfterAClauseOnTheOneBefore() throws {
        let record = try Invented.record(body: """
            The first session heard presentations by Dr Ayu Karti (Universitas Gadjah Mada), who compared pledged and disbursed \
            amounts, by Nguyen Thi Ha (Hanoi University) on the role of utilities, and by Marcus Feldmann (KfW), who described \
            policy-based lending.
            """)
        for name in ["Ayu Karti", "Nguyen Thi Ha", "Marcus Feldmann"] {
            #expect(record.roles.contains { $0.name == name && $0.role == .presenter }, "\(name)")
        }
        // "(KfW)": a body's short name with a small letter among its capitals.
        #expect(MentionFinder.isAcronym("KfW") && MentionFinder.isAcronym("CSIS") && !MentionFinder.isAcronym("McKay"))
        // "who was introduced by": the clause's own agent is no item of the list.
        let introduced = try Invented.record(body: "The keynote was given by Dr Ana Ruiz, who was introduced by Mr Tom Lee.")
        #expect(!introduced.roles.contains { $0.name == "Tom Lee" && $0.role == .keynoteSpeaker })
    }
}
