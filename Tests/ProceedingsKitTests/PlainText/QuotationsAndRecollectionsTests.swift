import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A story quotes its speakers in paragraphs of their own: "Opening the meeting, the Secretary-General said:" is the sentence
/// that leads into the quotation below it, never a heading; and a founder whom a speaker "recalled" was not at the meeting.
@Suite struct QuotationsAndRecollectionsTests {

    @Test func aSentenceEndingInSaidColonIsNoHeading() {
        let facts = Invented.explain(Invented.header + """
            Opening the meeting, the Secretary-General, the Rt Hon. Dr Ama Boateng-Lyle KC, said:

            "We must put the agenda to work."

            She recalled the first Secretary-General, Arnold Penn, who saw the network as a bridge.
            """)
        // The opening speaker of the meeting, not of a part "Opening the meeting" that the line would head.
        #expect(facts.contains("7: opening-speaker \"Ama Boateng-Lyle\" by cue role.opening.verb (\"Opening the meeting\")"))
        #expect(facts.contains("11: not-a-participant \"Arnold Penn\" by cue mention.recalled"))
    }

    @Test func aLabelOverAListStillHeadsIt() {
        let facts = Invented.explain(Invented.header + """
            Opening session:

            Welcome remarks by Dr Ama Boateng-Lyle.
            """)
        #expect(facts.contains("9: opening-speaker \"Ama Boateng-Lyle\" in opening by cue role.opening.noun (\"Welcome remarks\")"))
    }
}

/// Titles as ministries and German institutes print them before a name: an office whose portfolios are listed with commas
/// ("Director-General for Climate, Environment and Science Diplomacy Baek Jun-seo"), a German degree of two abbreviations
/// ("Dipl.-Ing."); and the officer who signs a release under its last paragraph, who took no part.
@Suite struct OfficesAndSignaturesTests {

    @Test func anOfficeWithItsPortfoliosBeforeTheName() {
        let facts = Invented.explain(Invented.header + """
            Director-General for Climate, Environment and Science Diplomacy Baek Jun-seo made closing remarks.

            Vice Minister of Digital Development, Innovation and Industry of Kazakhstan Aidos Nurtayev gave a speech.
            """)
        #expect(facts.contains("7: closing-speaker \"Baek Jun-seo\" by cue role.closing.noun (\"closing remarks\")"))
        #expect(facts.contains("9: speaker \"Aidos Nurtayev\" by cue role.speaker.noun-by (\"gave a speech\")"))
    }

    @Test func aGermanDegreeOfTwoAbbreviations() {
        let facts = Invented.explain(Invented.header + """
            Session I: The grid

            The session looked at the grid. Dipl.-Ing. Katrin Wohlfahrt, energy expert of the consultancy Nord, compared it with the north. Univ.-Prof. Hans Maier agreed.
            """)
        #expect(facts.contains("9: speaker \"Katrin Wohlfahrt\" in session-1 by cue mention.default"))
        #expect(facts.contains { $0.hasPrefix("9: speaker \"Hans Maier\" in session-1") })
    }

    @Test func theOfficerWhoSignsTheReleaseTookNoPart() {
        let facts = Invented.explain(Invented.header + """
            The Minister of Energy, Ir. Bambang Sutrisno, opened the workshop on geothermal use in Bandung.
            Head of Bureau of Communication, Public Information and Cooperation
            Rina Hartati (SF)
            Share:
            """)
        #expect(facts.contains("9: not-a-participant \"Rina Hartati\" by cue mention.byline"))
        // Above a paragraph of the report, an office over a name is a person of the meeting.
        let above = Invented.explain(Invented.header + """
            Head of Bureau of Communication, Public Information and Cooperation
            Rina Hartati (SF)

            The workshop on geothermal use in Bandung was opened by the Minister of Energy and closed by her.
            """)
        #expect(above.contains("8: participant \"Rina Hartati\" by cue mention.default"))
    }
}


/// A New Zealand evening opens with a mihi whakatau led by a kaumātua, an elder whose title is printed in lower case, and
/// is closed by its host: "closed the evening" is a closing as "closed the seminar" is.
@Suite struct WelcomesAndClosingsTests {

    @Test func anEldersWelcomeOpensAndTheHostClosesTheEvening() {
        let facts = Invented.explain(Invented.header + """
            The evening opened with a mihi whakatau led by kaumātua Rawiri Tane, after which Professor Mere Hollis introduced the speaker.

            Professor Hollis closed the evening by thanking the panel.
            """)
        #expect(facts.contains("7: opening-speaker \"Rawiri Tane\" by cue role.opening.verb (\"opened with a mihi\")"))
        #expect(facts.contains { $0.hasPrefix("9: closing-speaker \"Mere Hollis\" by cue role.closing.verb") })
    }
}

/// Named for what someone did elsewhere or will do later: the President whose directives a minister carries out, the
/// minister who set out a programme, whoever led a review, the minister a committee resolved to invite. None was there.
@Suite struct DeedsElsewhereTests {

    @Test func directivesProgrammesReviewsAndInvitations() {
        let facts = Invented.explain(Invented.header + """
            In his speech, Ambassador Karim Fawzi said that, in implementation of the directives of President Adel Mansour, no boat had left.

            The Chair recalled the priorities, as set out by the Minister for Foreign Affairs, Mr. Jan Ostrowicz, in January.

            She noted that the review of the Minerals Centre led by Sir Malcolm Hendon had recommended a stockpile.

            The Committee resolved to invite the sector Minister for Water, Hon. Abena Owusu-Darko, to appear before it.
            """)
        #expect(facts.contains("7: not-a-participant \"Adel Mansour\" by cue mention.recalled"))
        #expect(facts.contains("9: not-a-participant \"Jan Ostrowicz\" by cue mention.recalled"))
        #expect(facts.contains("11: not-a-participant \"Malcolm Hendon\" by cue mention.recalled"))
        #expect(facts.contains("13: not-a-participant \"Abena Owusu-Darko\" by cue mention.recalled"))
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Karim Fawzi\"") })
    }

    /// What a speaker reports as done before the meeting ("noted that X had approved"), the sponsor of a resolution the
    /// committee considered, and the one a speaker stood in for.
    @Test func earlierDeedsSponsorsAndThoseRepresented() {
        let facts = Invented.explain(Invented.header + """
            Dean Vasquez reported on applications. She noted that Provost Daniel Harkin had approved two new faculty lines.

            He recalled that the Director-General, Mr Gilbert F. Hounsou, had placed a just transition at the heart of the work.

            The Committee considered Proposed Senate Resolution No. 812, introduced by Senator Wilfredo S. Ocampo, on onion prices.

            "It is time," said Prof. Langat, who represented the Vice-Chancellor, Prof. Grace Njeri Kamau.
            """)
        #expect(facts.contains("7: not-a-participant \"Daniel Harkin\" by cue mention.recalled"))
        #expect(facts.contains("9: not-a-participant \"Gilbert F. Hounsou\" by cue mention.recalled"))
        #expect(facts.contains("11: not-a-participant \"Wilfredo S. Ocampo\" by cue mention.recalled"))
        #expect(facts.contains("13: not-a-participant \"Grace Njeri Kamau\" by cue mention.absent"))
        // Said in the speaker's own words at the meeting, the deed is the speaker's: "X said that she had prepared".
        let own = Invented.explain(Invented.header + "Ms Ana Ruiz presented the report and said that she had prepared it with Dr Paul Lund.\n")
        #expect(own.contains { $0.hasPrefix("7: presenter \"Ana Ruiz\"") })
    }
}

/// Who held the meeting, as stories say it: a committee and its parent body with the day between subject and verb; a
/// workshop described in a relative clause before "was organised by"; the panel a page calls a centre's own.
@Suite struct OrganisersInTheirSentencesTests {
    /// A story under its headline, as a ministry or a parliament prints it.
    static func story(_ body: String) -> [String] { Invented.explain("Committee news\n\n" + body + "\n") }

    @Test func theSubjectEndsWhereTheDayBegins() {
        let facts = Self.story("The Public Works Committee (PWC) of Parliament on Wednesday, 6th March, 2024 held a public hearing on the roads.")
        #expect(facts.contains("3: organizer \"Public Works Committee (PWC)\" by cue organizer.subject (\"held\")"))
    }

    @Test func aClauseAboutTheWorkshopLeavesItTheSubject() {
        let facts = Self.story("""
            Riverside University on Tuesday, 18th February 2025 hosted a workshop on fish farming. The workshop, which brought together farmers and researchers, was organised by the Department of Animal Sciences.
            """)
        #expect(facts.contains("3: organizer \"Riverside University\" by cue organizer.subject (\"hosted\")"))
        #expect(facts.contains("3: organizer \"Department of Animal Sciences\" by cue organizer.by (\"organised by\")"))
    }

    @Test func thePanelOfACentreWhenOthersOnlyCoSponsored() {
        let facts = Self.story("""
            Over 100 students filled the hall for "Chips and Allies," the spring flagship panel of the Center for Technology and Security (CTS). The event was co-sponsored by the Institute for Tech Diplomacy.
            """)
        #expect(facts.contains("3: organizer \"Center for Technology and Security (CTS)\" by cue organizer.event-of (\"the spring flagship panel of\")"))
        // Named by a sentence that says who organised it, the event is no longer only the body's in passing; and the month it
        // took place in is no place.
        let organised = Self.story("The annual conference of the Society for Water Law took place in May. It was organised by the Water Institute.")
        #expect(organised.contains("3: organizer \"Water Institute\" by cue organizer.by (\"organised by\")"))
        #expect(!organised.contains { $0.contains("organizer.event-of") || $0.contains("venue") })
        // A side event is held on the margins of another body's session, not by that body.
        let margins = Self.story("A side event was held on the margins of the sixty-fifth session of the General Assembly.")
        #expect(!margins.contains { $0.contains("organizer") })
    }
}

/// Bodies that read like people: a national body named for its country after a person and a comma ("GeoSphere Austria",
/// "Police Scotland"), a body's name after its article that goes on with "of", and the links to the stories either side of a
/// ministry's page ("Previous    Minister Meets with ...").
@Suite struct BodiesThatReadLikePeopleTests {

    @Test func aNationalBodyAfterThePerson() {
        let facts = Invented.explain("""
            Alpine Water Symposium

            Session 1: Snow

            Seasonal snow as a reservoir
            Mag. Dr. Lukas Grosswang, GeoSphere Austria

            Inspector Gillian Nicol presented the report of Police Scotland. (Reference: Report by Divisional Commander, Police Scotland.)
            """)
        #expect(facts.contains("6: speaker \"Lukas Grosswang\" in session-1 by cue mention.default"))
        #expect(!facts.contains { $0.contains("\"GeoSphere Austria\"") || $0.contains("\"Scotland\"") || $0.contains("\"Police Scotland\"") })
    }

    @Test func aBodysNameAfterItsArticle() {
        let facts = OrganisersInTheirSentencesTests.story("""
            The panel featured Farrukh Abdullaev, Chairman of the Management Board of the National Electric Grid of Uzbekistan.
            """)
        #expect(!facts.contains { $0.contains("Electric Grid\"") })
        #expect(facts.contains { $0.contains("\"Farrukh Abdullaev\"") })
    }

    @Test func theNeighbouringStoriesAreLinks() {
        let facts = OrganisersInTheirSentencesTests.story("""
            Foreign Minister Park Jin opened the seminar on maritime security.

            Previous    Vice Foreign Minister Meets with Director-General of IAEA
            Next        Foreign Minister Holds Phone Talks with Foreign Minister of New Zealand
            """)
        #expect(facts.filter { $0.contains("participant") || $0.contains("speaker") }.count == 1)
        #expect(!facts.contains { $0.contains("Meets") || $0.contains("Holds") })
    }
}

/// Names said again by their first words, as Icelandic, Malay and Singaporean pages do: "Jóhanna Sif" for "Jóhanna Sif
/// Björnsdóttir", "Dr Siti Aishah" for "Siti Aishah binti Mohd Yusof", "Minister Rachel Ong" for "Rachel Ong Sze Min".
@Suite struct NamesByTheirFirstWordsTests {

    @Test func theFirstWordsOfAKnownNameAreThatPerson() throws {
        let record = try Invented.record(body: """
            Speakers:
            Dr Siti Aishah binti Mohd Yusof, Senior Lecturer, Universiti Malaya
            Ms Rachel Ong Sze Min, Minister of State

            In her speech, Minister of State Rachel Ong said that caregiving mattered. Dr Siti Aishah cautioned that data differed.
            """)
        #expect(record.roleLines.filter { $0.hasPrefix("Siti Aishah") || $0.hasPrefix("Rachel Ong") }.count == 2)
        #expect(record.persons.count == 2)
    }
}

/// The members of a panel a sentence lists: after where the one before works ("of the Institute of Teacher Education and
/// Mr B"), after the panel's chair ("a panel discussion chaired by X brought together A and B"), and after a description
/// of the first member in lower case ("brought together Valais cantonal geologist A").
@Suite struct PanelListsInSentencesTests {

    @Test func eachMemberOfTheListSatOnThePanel() {
        let listed = OrganisersInTheirSentencesTests.story("""
            The panellists were Ms Merina Rua of the Vanuatu Institute of Teacher Education and Mr Daniel Kauhiona.
            """)
        #expect(listed.contains("3: panelist \"Daniel Kauhiona\" by cue role.panelist (\"panellists\")"))
        let chaired = OrganisersInTheirSentencesTests.story("""
            On the second day, a panel discussion chaired by the journalist Martina Aebischer brought together Valais cantonal geologist Jean-Luc Perrenoud, Urs Kanzig of the Swiss Insurance Association and Daniela Ruegg-Caduff, mayor of Bondo.

            A panel discussion chaired by Eva Roth brought together Anna Berg and Paul Lund.
            """)
        #expect(chaired.filter { $0.hasPrefix("3: panelist") }.count == 3)
        #expect(chaired.filter { $0.hasPrefix("5: panelist") }.count == 2)
        #expect(chaired.contains { $0.hasPrefix("3: chair \"Martina Aebischer\"") })
    }
}

/// "Summary by the Chair, H.E. Ms. X, Minister of Energy", "The Chair, Ms. Y, Minister": the meeting's own office, named with
/// its article before the name set apart by commas, is the person's role, when no verb after the name says another.
@Suite struct OfficesOfTheMeetingTests {

    @Test func theChairNamedWithItsArticle() {
        let facts = OrganisersInTheirSentencesTests.story("""
            The roundtable discussed supply chains.

            The Chair, Ms. Anna Berg, Minister of Energy.
            """)
        #expect(facts.contains("5: chair \"Anna Berg\" by cue label.chair.apposed (\"The Chair\")"))
        // A chair of another body is no office of the meeting's: "the Chair of the Board, Ms. X".
        let board = OrganisersInTheirSentencesTests.story("The report of the Chair of the Board, Ms. Eva Roth, was noted.")
        #expect(!board.contains { $0.contains("chair \"Eva Roth\"") })
    }
}


/// Where a recap or minutes say the meeting was without a verb of holding: the room its audience filled or came to, the room
/// it was called to order in, the town a fronted participle names ("Meeting in Paris today, the Committee held").
@Suite struct RoomsInPassingTests {

    @Test func theRoomTheAudienceFilledOrTheMeetingWasCalledToOrderIn() {
        let filled = OrganisersInTheirSentencesTests.story("More than 400 people filled the Burns Lecture Theatre on Thursday evening for this year's lecture.")
        #expect(filled.contains("3: venue \"Burns Lecture Theatre\" by cue venue.room-filled"))
        let drawn = OrganisersInTheirSentencesTests.story("The Center hosted a roundtable, drawing more than 80 students to the Pyle Center.")
        #expect(drawn.contains("3: venue \"Pyle Center\" by cue venue.room-filled"))
        let minutes = OrganisersInTheirSentencesTests.story("""
            The meeting was called to order by Chairperson Lisa Hart at 9:00 a.m. on Tuesday, February 11, 2025, in Room 218-N of the Capitol.
            """)
        #expect(minutes.contains("3: venue \"Room 218-N of the Capitol\" by cue venue.called-to-order"))
        let fronted = OrganisersInTheirSentencesTests.story("""
            Meeting in Paris today under the chairmanship of Helga Vester, the Committee on Legal Affairs held a hearing on repression.
            """)
        #expect(fronted.contains("3: venue \"Paris\" by cue venue.meeting-in"))
        // What a proposal drew is no audience in a room: "drew criticism from the House Committee" names no venue.
        let drew = OrganisersInTheirSentencesTests.story("The proposal drew criticism from the House Committee on Water.")
        #expect(!drew.contains { $0.contains("venue") })
    }
}

/// "24. 4. 2025 | 16:00 – 18:00": Czech, Slovak and German pages print a space after each dot of a numeric date, and a range
/// of days before the month they share.
@Suite struct SpacedNumericDatesTests {

    @Test func aDateWithASpaceAfterEachDot() {
        let facts = Invented.explain("""
            Round table: Cooperation in the energy transition
            24. 4. 2025 | 16:00 – 18:00
            Place: Zitna 608/27, Praha 1

            The round table discussed energy.
            """)
        #expect(facts.contains("2: start-date \"2025-04-24\" by cue date.page"))
        // "7–8.5.2024", "07.-08.05.2024", "28.2.–1.3.2024": days with dots, the month and the year printed once; "7 Mei 2024",
        // "12 maart 2024": months in Indonesian and Dutch; "May 7 through 9, 2024": an American range.
        for (printed, first, last) in [("7–8.5.2024", "2024-05-07", "2024-05-08"), ("07.-08.05.2024", "2024-05-07", "2024-05-08"),
                                       ("28.2.–1.3.2024", "2024-02-28", "2024-03-01"), ("7 Mei 2024", "2024-05-07", nil),
                                       ("12 maart 2024", "2024-03-12", nil), ("May 7 through 9, 2024", "2024-05-07", "2024-05-09"),
                                       ("May 30 through June 1, 2024", "2024-05-30", "2024-06-01")] {
            let dated = Invented.explain("Round table on the energy transition\n\(printed)\n\nThe round table discussed energy.\n")
            #expect(dated.contains { $0.hasPrefix("2: start-date \"\(first)\"") }, "\(printed)")
            #expect(dated.contains { $0.hasPrefix("2: end-date") } == (last != nil), "\(printed)")
            if let last { #expect(dated.contains { $0.hasPrefix("2: end-date \"\(last)\"") }, "\(printed)") }
        }
        // A list's numbers are no date: "1. 2. 3." has no year.
        let list = Invented.explain(Invented.header + "Items 1. 2. 3. were adopted.\n")
        #expect(!list.contains { $0.contains("start-date") && !$0.contains("2011-03-03") })
    }
}

