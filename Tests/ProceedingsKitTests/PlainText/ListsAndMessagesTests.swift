import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Lists whose items close with a semicolon after a relative clause, a panel named by a noun after a word
/// of time, a rank noted as retired, a message read out by another, and a meeting that closed with
/// remarks. Invented lines.
@Suite struct ListsAndMessagesTests {
    @Test func aListsLabelHoldsOverItemsClosedBySemicolons() {
        let facts = Invented.explain(Invented.header + """
            Among the presenters were Dr Ana Vidal of the University of Porto, who presented research on ports; Dr Mei Lin of Fudan University, who spoke on shipping; and Dr Ola Berg from Lund University, whose paper examined canals.
            """)
        #expect(facts.contains { $0.hasPrefix("7: presenter \"Ana Vidal\"") })
        #expect(facts.contains { $0.hasPrefix("7: presenter \"Mei Lin\"") })
        #expect(facts.contains { $0.hasPrefix("7: presenter \"Ola Berg\"") })
    }

    @Test func itBroughtTogetherAfterAClosingRoundtable() {
        let facts = Invented.explain(Invented.header + """
            A closing roundtable on ports was chaired by Professor Ian Moor. It brought together Tove Lie, a former envoy; Sara Obi of the Port Forum; and Major General (retd) Tom Hale, a former commander.
            """)
        #expect(facts.contains { $0.hasPrefix("7: chair \"Ian Moor\"") })
        #expect(facts.contains { $0.hasPrefix("7: panelist \"Tove Lie\"") })
        #expect(facts.contains { $0.hasPrefix("7: panelist \"Sara Obi\"") })
        #expect(facts.contains { $0.hasPrefix("7: panelist \"Tom Hale\"") })
    }

    @Test func aMessageReadByAnotherIsItsAuthorsAndTheReaderSpoke() {
        let facts = Invented.explain(Invented.header + """
            Dr Per Holm, long-time co-author of the late professor at the Institute in Oslo, was unable to travel because of illness, but sent a message which was read to the audience by Dr Eva Roos, a lecturer at the Centre.
            """)
        #expect(facts.contains { $0.hasPrefix("7: message-author \"Per Holm\"") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Eva Roos\" by cue role.speaker.delivered-message") })
    }

    @Test func aMeetingClosedWithRemarksBySomeone() {
        let facts = Invented.explain(Invented.header + """
            The symposium closed with remarks by Dr Rui Sousa, chair of the Council, who announced a prize.
            """)
        #expect(facts.contains { $0.hasPrefix("7: closing-speaker \"Rui Sousa\" by cue role.closing.verb") })
    }

    @Test func anOrganiserInThePresentTense() {
        let facts = Invented.explain(Invented.header + """
            The Organization of Andean States (OAS), through its Department for River Basins, is holding from 9 to 11 October the Regional Symposium on Glaciers, in the Hall of the Andes at its headquarters in Quito.
            """)
        #expect(facts.contains { $0.hasPrefix("7: organizer \"Organization of Andean States (OAS)\"") })
        #expect(facts.contains { $0.hasPrefix("7: venue \"Hall of the Andes") })
    }

    @Test func aSecondPassiveWithItsAuxiliaryAndAnOpeningPrayer() {
        let facts = Invented.explain(Invented.header + """
            The workshop was jointly organised by the Arctic Research Council (ARC), and was hosted by Tundra College at its campus in Inuvik. The workshop began with an opening prayer offered by Elder Mary Kaye of the Gwich'in Council.
            """)
        #expect(facts.contains { $0.hasPrefix("7: organizer \"Arctic Research Council (ARC)\"") })
        #expect(facts.contains { $0.hasPrefix("7: organizer \"Tundra College\"") })
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Mary Kaye\"") })
    }

    @Test func theModeratorOfTheRoundTableWas() {
        let facts = Invented.explain(Invented.header + """
            The moderator of the round table was Mr. Petar IVANOV, journalist at the National Radio.
            """)
        #expect(facts.contains { $0.hasPrefix("7: moderator \"Petar IVANOV\"") })
    }
}

