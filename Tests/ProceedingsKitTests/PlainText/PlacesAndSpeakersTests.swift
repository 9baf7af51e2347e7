import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Where it was held and who spoke, in the forms the genre prints them: a place followed by its
/// date, an unnamed building in a town, the town a host was visiting, a building at the end of the
/// title, a year printed only above the text; speeches made, messages read out, verbs of speech
/// coordinated with another verb, long names with particles, sessions numbered after their noun.
@Suite struct PlacesAndSpeakersTests {

    @Test func aPlaceEndsBeforeItsDate() {
        #expect(PlainTextReader.place("Nairobi in October 4 and 5, 2011") == "Nairobi")
        #expect(PlainTextReader.place("a hotel in Nairobi") == "Nairobi")
        #expect(PlainTextReader.place("a UN conference room") == "UN conference room")
        #expect(PlainTextReader.place("the Grand Hall") == "Grand Hall")
        #expect(PlainTextReader.place("the agency's hall") == nil)
    }

    @Test func aTitleNamesItsBuildingOnlyWhenItIsOne() {
        #expect(PlainTextReader.venue(inTitle: "Round Table on Trade at the Estonian Foreign Ministry") == "Estonian Foreign Ministry")
        #expect(PlainTextReader.venue(inTitle: "Lecture at Carlton House") == "Carlton House")
        #expect(PlainTextReader.venue(inTitle: "Europe at the Crossroads") == nil)
        #expect(PlainTextReader.venue(inTitle: "The Convention at 50") == nil)
        #expect(PlainTextReader.venue(inTitle: "Round table in Tallinn: experts map the next phase") == "Tallinn")
        #expect(PlainTextReader.venue(inTitle: "Seminar in Memory of Dr. Ruiz") == nil)
    }

    /// A town from 'visiting', a year printed in a foreign-language line above the text.
    @Test func theTownAHostWasVisiting() {
        let page = """
            Round Table on Trade at the Estonian Foreign Ministry

            Tõlge, esimene poolaasta 2017, avaldatud reedel.

            On 9 March, the Estonian Foreign Ministry hosted a round table on trade.
            """
        let explained = Invented.explain(page)
        #expect(explained.contains("5: start-date \"2017-03-09\" by cue date.held"))
        #expect(explained.contains("1: venue \"Estonian Foreign Ministry\" by cue venue.title"))
        let read = Invented.read(page)
        #expect(read.findings.contains { $0.rule.rawValue == "inferred-year" && $0.message.hasSuffix("2017 is taken from the year printed on line 3") })

        let visiting = """
            Press Release
            12 March 2019

            On 11 March, Ms. TANAKA Emi, Minister for Health, who is visiting Nairobi to attend the Health Assembly, organized a dialogue with experts.
            """
        #expect(Invented.explain(visiting).contains("4: venue \"Nairobi\" by cue venue.visiting"))
    }

    /// 'made a speech', 'delivered the message of', 'represented ... and introduced', a five-word name with particles, 'In the session 2'.
    @Test func speechesMessagesAndNumberedSessions() {
        let page = """
            Seminar on Maritime Law

            The seminar was held in Lisbon on 3 May 2016.
            At the end of the first day, Mr. Paulo ALVES, Minister of Justice, hosted a reception and made a speech on the law of the sea.
            Amina Diallo, United Nations Under-Secretary-General for Legal Affairs, delivered the message of Secretary-General Jan Novak.
            Mr. Ravi Menon, Chef de Cabinet, represented the Secretariat and introduced its programme.
            The panel included Mr. Omar bin Abdullah Al Harbi, Director of Ports, and Dr. Lena Berg, Professor of Law.
            In the session 2, the following experts made remarks: Dr. Ana Sousa, Lisbon University; Mr. Tomas Ek, Uppsala University.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Seminar on Maritime Law\" by cue title.line",
            "3: start-date \"2016-05-03\" by cue date.held",
            "3: venue \"Lisbon\" by cue venue.held-at",
            "4: speaker \"Paulo ALVES\" by cue role.speaker.noun-by (\"made a speech\")",
            "5: speaker \"Amina Diallo\" by cue role.speaker.delivered-message (\"delivered the message\")",
            "5: message-author \"Jan Novak\" by cue role.message (\"message\")",
            "6: speaker \"Ravi Menon\" by cue role.speaker.reporting-verb",
            "7: panelist \"Omar bin Abdullah Al Harbi\" by cue role.panelist (\"panel included\")",
            "7: panelist \"Lena Berg\" by cue role.panelist (\"panel included\")",
            "8: part \"Session 2\" by cue part.named-in-text",
            "8: speaker \"Ana Sousa\" in session-2 by cue role.speaker.noun-by (\"made remarks\")",
            "8: speaker \"Tomas Ek\" in session-2 by cue role.speaker.noun-by (\"made remarks\")",
        ])
    }

    /// "at its Kisumu CBD Campus": the host's own grounds, named; "at its headquarters in Paris": the town of a building
    /// the text does not name.
    @Test func theHostsOwnGroundsAndItsHeadquarters() throws {
        let campus = try Invented.record(body: "The University on Tuesday, 18 February 2025 hosted a two-day workshop on aquaculture at its Kisumu CBD Campus.")
        #expect(campus.event.venue == "Kisumu CBD Campus")
        let town = try Invented.record(body: "The Agency convened a Ministerial Roundtable at its headquarters in Paris on 20 February 2025.")
        #expect(town.event.venue == "Paris")
    }

    /// A press release's parts, named where someone spoke at them; a style with its possessive after the office; someone of
    /// another year whose given name is a known speaker's surname.
    @Test func partsWhereSomeoneSpokeAndAStyleAfterTheOffice() {
        let facts = Invented.explain("""
            Workshop on Reef Adaptation

            7 April 2026

            The workshop was inaugurated by the Minister of Foreign Affairs, His Excellency Ali Rasheed Moosa.

            The keynote address was delivered by Honourable Aishath Zuhura Ibrahim. Mr. Kofi Mensah also addressed the opening ceremony.

            Speaking at the closing session, Ms. Aminath Ali recalled the plan proposed by former Minister Ibrahim Hameed Latheef at the 2014 Summit in Apia.
            """)
        #expect(facts.contains { $0.hasPrefix("5: opening-speaker \"Ali Rasheed Moosa\" by cue role.opening.by (\"inaugurated by\")") })
        #expect(facts.contains { $0.hasPrefix("7: part \"Opening ceremony\" by cue part.named-in-text") })
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Kofi Mensah\" in opening") })
        #expect(facts.contains { $0.hasPrefix("9: part \"Closing session\" by cue part.named-in-text") })
        #expect(facts.contains { $0.hasPrefix("9: closing-speaker \"Aminath Ali\" in closing") })
        #expect(facts.contains { $0.hasPrefix("9: not-a-participant \"Ibrahim Hameed Latheef\" by cue mention.another-year") })
        #expect(!facts.contains { $0.hasPrefix("9:") && $0.contains("Aishath") })
    }

    /// After a programme of headed sessions, a closing session the headings never gave; a story told of someone, a body that
    /// someone "currently" presides over: neither of them was there.
    @Test func aClosingSessionAfterTheProgrammeAndPeopleSpokenOf() {
        let facts = Invented.explain("""
            Symposium on Sea Ice

            20 February 2026

            Session 1: Observing the Arctic
            Chair: Prof. Kenji Kono (Institute of Low Temperature Science)

            At the closing session, Dr. Kenta Saito, Director-General of the Institute, summarized the discussions.

            Participants also heard the story of Mrs. Lan Nong, 71, who cares for two grandchildren.

            The conclusions go to the Navigation Commission, currently presided by Mr. Ken Morisawa, for its next session.

            Judge Ada Okafor returned to the majority opinion written by Chief Justice John Roberts.
            """)
        #expect(facts.contains { $0.hasPrefix("8: part \"Closing session\" by cue part.named-in-text") })
        #expect(facts.contains { $0.hasPrefix("8: closing-speaker \"Kenta Saito\" in closing") })
        #expect(facts.contains { $0.hasPrefix("10: not-a-participant \"Lan Nong\" by cue mention.recalled") })
        #expect(facts.contains { $0.hasPrefix("12: not-a-participant \"Ken Morisawa\" by cue mention.office-elsewhere") })
        #expect(facts.contains { $0.hasPrefix("14: not-a-participant \"John Roberts\" by cue mention.recalled") })
    }

    /// A country after the subject's "on" is the subject's, not where the meeting was; the minister who "opened the round
    /// table" opened it.
    @Test func aCountryOfTheSubjectAndARoundTableOpened() {
        let facts = Invented.explain("""
            Round Table on Registries

            13 November 2026

            On 12 November, the Ministry hosted a round table on digital reconstruction and resilient public services in Ukraine.

            Minister of Foreign Affairs Mart Korvits opened the round table by stressing that support would remain.
            """)
        #expect(!facts.contains { $0.contains("venue \"Ukraine\"") })
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Mart Korvits\" by cue role.opening.verb (\"opened the round table\")") })
    }
}
