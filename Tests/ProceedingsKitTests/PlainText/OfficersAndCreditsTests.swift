import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A meeting elects its officers and then calls them by office ("moderated by the Chair"); a university's story prints its
/// date beside its credits ("14 November 2024 | Story X. Photos Y. Read time 5 min."); a building named where the event was
/// held says more than the campus or town a deck named.
@Suite struct OfficersAndCreditsTests {

    @Test func theChairTheMeetingElected() {
        let facts = Invented.explain("""
            Second Meeting of the Expert Group on Documentary Heritage

            Paris, 6-7 March 2023

            Election of the Bureau

            The experts elected by acclamation Dr. Mira Kostova (Bulgaria) as Chair, Professor Hamid Farahani (Iran) as Vice-Chair, and Ms. Ana Carvalho (Brazil) as Rapporteur.

            Session 1: Lessons from recent emergencies

            The session, moderated by the Chair, was introduced by two case studies.
            """)
        #expect(facts.contains("7: chair \"Mira Kostova\" by cue role.chair (\"as Chair\")"))
        // "the Chair" is the one elected Chair, not the Vice-Chair.
        #expect(facts.contains("11: moderator \"Mira Kostova\" in session-1 by cue role.moderator.by-title (\"moderated\")"))
        #expect(!facts.contains { $0.hasPrefix("11: moderator \"Hamid Farahani\"") })
    }

    static let story = """
        UCT News

        Symposium puts climate data in African hands

        Researchers and policymakers gathered at UCT for three days to ask who owns the continent's climate data.

        14 November 2024 | Story Lerato Mokoena. Photos Jacques Fourie. Read time 5 min.

        More than 200 delegates attended the African Climate Data Symposium, held from 11 to 13 November in the Neville Alexander Building on the upper campus.
        """

    @Test func theDateBesideThePagesCredits() {
        let facts = Invented.explain(Self.story)
        #expect(facts.contains("7: issued \"2024-11-14\" by cue date.page"))
        #expect(facts.contains("9: start-date \"2024-11-11\" by cue date.held"))
        // Those credited wrote and shot the page.
        #expect(!facts.contains { $0.contains("Mokoena") || $0.contains("Fourie") })
        #expect(HeaderReader.isCredits("Story Lerato Mokoena. Photos Jacques Fourie. Read time 5 min."))
        #expect(!HeaderReader.isCredits("Researchers gathered at UCT for three days"))
    }

    @Test func aBuildingSaysMoreThanTheCampus() {
        let facts = Invented.explain(Self.story)
        #expect(facts.contains("9: venue \"Neville Alexander Building\" by cue venue.held-at"))
        // A town named later does not displace the building.
        let town = Invented.explain(Self.story + "\n\nThe symposium was held in Cape Town.\n")
        #expect(town.contains("9: venue \"Neville Alexander Building\" by cue venue.held-at"))
    }
}
