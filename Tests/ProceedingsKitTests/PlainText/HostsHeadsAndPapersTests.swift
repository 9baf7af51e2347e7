import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who held a meeting and who is only named in its record: a board's counter over the labelled facts, hosts named after
/// the body that held the meeting, organisers in the present tense, a body's head in brackets after its name, papers
/// and writings noted in minutes, and those a legislature's record lists as registered only.
@Suite struct HostsHeadsAndPapersTests {

    /// "Views: 412" under the post's date is the board's counter; the labelled facts under it are still the header's.
    @Test func aBoardCounterDoesNotEndTheLabelledFacts() {
        let page = """
            Home > Events > Reports

            [Event Report] 2025 Baltic Roundtable on Port Security

            Posted: 2025-11-04
            Views: 412

            Date: 2025/10/15 (Wed.) 09:30–17:00
            Venue: Room 2, Institute of Maritime Studies
            Organizer: Institute of Maritime Studies
            Co-organizer: Nordic Ports Association

            The Institute held the roundtable on October 15, 2025, with some forty experts.
            """
        #expect(Invented.explain(page).filter { $0.contains("organizer") } == [
            "10: organizer \"Institute of Maritime Studies\" by cue organizer.labelled",
            "11: organizer \"Nordic Ports Association\" by cue organizer.labelled",
        ])
    }

    /// "3.2 Letter from X, Director of Y, regarding Z": each numbered point of an item is a line of its own, so the letter's
    /// writer is read as the point's, not as the words of the point above.
    @Test func numberedPointsOfAnItemAreLinesOfTheirOwn() {
        let page = """
            Minutes of the Culture Committee

            Date: 14 October 2026

            3 Papers to note
            3.1 The Committee noted the papers.
            3.2 Letter from the Cabinet Secretary for Culture
            3.3 Letter from Gwen Parry, Director of Radio Cymru, regarding funding
            """
        #expect(Invented.explain(page).contains("8: not-a-participant \"Gwen Parry\" by cue mention.recalled"))
    }

    /// "X held its meeting ... The meeting, hosted by Y, ...": the host the event itself is said to have had organised it too.
    @Test func theHostOfTheEventJoinsTheBodyThatHeldIt() {
        let page = """
            Meeting of the Coastal Working Group

            12 September 2024

            The Coastal Working Group (CWG) held its second meeting in Bodø, Norway, on 10-11 September 2024. The meeting, hosted by the Ministry of Fisheries at the Polar Centre, brought together delegations of eight states.
            """
        #expect(Invented.explain(page).filter { $0.contains("organizer") } == [
            "5: organizer \"Coastal Working Group (CWG)\" by cue organizer.subject (\"held\")",
            "5: organizer \"Ministry of Fisheries\" by cue organizer.by (\"hosted by\")",
        ])
    }

    /// "A and B organise the international seminar": an announcement says who organises it in the present.
    @Test func organisersInThePresentTense() {
        let page = """
            Cities at Risk: Heritage and Climate

            12 September 2024

            The Centre for Heritage Studies (CHS) and the Faculty of Arts of the University of Évora organise the international seminar "Cities at Risk", which brings together researchers from three countries.
            """
        #expect(Invented.explain(page).filter { $0.contains("organizer") } == [
            "5: organizer \"Centre for Heritage Studies (CHS)\" by cue organizer.subject (\"organise\")",
            "5: organizer \"Faculty of Arts of the University of Évora\" by cue organizer.subject (\"organise\")",
        ])
    }

    /// Partners named past a place ("at the University in partnership with B"), a body after what kind of body it is ("the
    /// Romanian think tank X"), and a body that a relative clause says hosted the event with another.
    @Test func organisersPastAPlaceADescriptionOrInAClause() {
        let partner = Invented.explain(Invented.header + """
            The symposium was organised by the Irish Language Academy at the University in partnership with the Centre for Irish Language Research, and took place in the Aula Maxima.
            """)
        #expect(partner.filter { $0.contains("organizer") } == [
            "7: organizer \"Irish Language Academy\" by cue organizer.by (\"organised by\")",
            "7: organizer \"Centre for Irish Language Research\" by cue organizer.by (\"organised by\")",
        ])
        let described = Invented.explain("""
            Black Sea Security Conference

            3 March 2011

            On 12 February, the Institute hosted an international conference on security in the Black Sea region, co-organised with the Romanian think tank New Strategy Center and supported by the Embassy of Romania in Warsaw.
            """)
        #expect(described.filter { $0.contains("organizer") } == [
            "5: organizer \"Institute\" by cue organizer.subject (\"hosted\")",
            "5: organizer \"New Strategy Center\" by cue organizer.subject (\"hosted\")",
        ])
        let relative = Invented.explain("""
            Hocken Public Lecture

            3 March 2011

            Professor Jane Alister closed the evening by thanking the panel and the Hocken Collections, which co-hosted the event with the Faculty of Law.
            """)
        #expect(relative.filter { $0.contains("organizer") } == [
            "5: organizer \"Hocken Collections\" by cue organizer.relative (\"which co-hosted\")",
            "5: organizer \"Faculty of Law\" by cue organizer.relative (\"which co-hosted\")",
        ])
    }

    /// "A of X and Dr. B of Y, who both described the programme": those a relative clause says spoke, spoke; one recalled
    /// by a participle that opens the sentence is still only recalled, whatever the clause says of him.
    @Test func aRelativeClauseThatReportsSpeech() {
        let facts = Invented.explain(Invented.header + """
            Guests included Kaare Mortensen of the Danish Institute and Dr. Anna Riikonen of the Finnish Institute, who both described the joint programme.

            Recalling the words of the late former Executive Secretary Mr. Kwabena Ofori, who described integration as "the only road", he urged members to act.
            """)
        #expect(facts.filter { $0.contains("participant") || $0.contains("speaker") } == [
            "7: speaker \"Kaare Mortensen\" by cue role.speaker.reporting-verb",
            "7: speaker \"Anna Riikonen\" by cue role.speaker.reporting-verb",
            "9: not-a-participant \"Kwabena Ofori\" by cue mention.recalled",
        ])
    }

    /// "The Ministry of X (Minister Y, hereinafter 'MOF')": a ministry's release names the body's head to say whose body it
    /// is; "(Dr. Z)" after a body, no office printed, is who came for it.
    @Test func aBodysHeadInBracketsAfterItsName() {
        let facts = Invented.explain(Invented.header + """
            The Ministry of Oceans and Fisheries (Minister Han Ji-woo, hereinafter 'MOF') announced that it hosted the forum together with the Korea Fisheries Agency (KFA, President Kim Do-yun). Representatives of the Ministry of Health (Dr. Anna Berg) presented the health plan.
            """)
        #expect(facts.contains("7: not-a-participant \"Han Ji-woo\" by cue mention.head-of-body"))
        #expect(facts.contains("7: not-a-participant \"Kim Do-yun\" by cue mention.head-of-body"))
        #expect(facts.contains { $0.hasPrefix("7: presenter \"Anna Berg\"") })
    }

    /// Those the record names as the source of words or papers the meeting had before it: a predecessor, a statement
    /// referred to, a letter sent, a comment received in writing, and one the meeting commemorated.
    @Test func writersOfPapersAndStatementsReferredTo() {
        let facts = Invented.explain(Invented.header + """
            The rapporteur recalled the report by her predecessor, Ioana Vasile (Romania). Participants referred repeatedly to the Partnership and to a statement by Deputy Minister of Industry Lương Văn Tâm, who had called for faster implementation. Members will have seen the letter that the Cabinet Secretary for Transport, Neil Baird, sent to the committee last week. The DFO reported that one written public comment had been received, from Mr. Gary Lund of the Engineers Association. The conference commemorated the investigative journalist Ján Kovac and all media workers who lost their lives.
            """)
        #expect(facts.filter { $0.contains("participant") } == [
            "7: not-a-participant \"Ioana Vasile\" by cue mention.recalled",
            "7: not-a-participant \"Lương Văn Tâm\" by cue mention.recalled",
            "7: not-a-participant \"Neil Baird\" by cue mention.recalled",
            "7: not-a-participant \"Gary Lund\" by cue mention.absent",
            "7: not-a-participant \"Ján Kovac\" by cue mention.recalled",
        ])
    }

    /// "Registrations For" / "Registrations Against": a legislature's record lists who registered a position without
    /// appearing; those it lists under "Appearances For" spoke.
    @Test func registrationsAreNoAppearances() {
        let page = """
            Record of Committee Proceedings

            Committee on Natural Resources

            Senate Bill 114

            March 12, 2025\tPUBLIC HEARING HELD
            Present:\t(3)\tSenator Hale; Senators Lund and Vang.

            Appearances For
            •\tAmy Jordan, Madison - Wisconsin Lakes Partnership

            Registrations For
            •\tNicole Vander, Green Bay - Wisconsin Wildlife Federation
            •\tScott Pfeil, Madison - Wisconsin Counties Association

            Registrations Against
            •\tNone.
            """
        let facts = Invented.explain(page)
        #expect(facts.contains { $0.hasPrefix("11: speaker \"Amy Jordan\"") })
        #expect(facts.contains("14: not-a-participant \"Nicole Vander\" by cue label.absent"))
        #expect(facts.contains("15: not-a-participant \"Scott Pfeil\" by cue label.absent"))
    }
}
