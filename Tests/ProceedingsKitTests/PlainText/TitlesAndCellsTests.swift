import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What a page prints around its headline (cells of type, date and number, a link for screen readers,
/// a kind of meeting over the name it gives in quotes) and titles that end in the country an official
/// serves, with the name after it and no comma. Invented pages.
@Suite struct TitlesAndCellsTests {
    @Test func aTitleEndingInACountryIsFollowedByTheName() {
        let facts = Invented.explain("""
            Ministerial Forum on Fisheries

            4 May 2021

            The heads of delegation - Deputy Minister of Foreign Affairs of Tonga Sione Vaka, Deputy Minister of Foreign Affairs of the Republic of Fiji Ana Rokotuiwai and Ambassador of Samoa to Japan Tui Leota - delivered statements.
            """)
        #expect(facts.contains { $0.hasPrefix("5: speaker \"Sione Vaka\"") })
        #expect(facts.contains { $0.hasPrefix("5: speaker \"Ana Rokotuiwai\"") })
        #expect(facts.contains { $0.hasPrefix("5: speaker \"Tui Leota\"") })
        // The country is where the title ends, never part of the name.
        #expect(!facts.contains { $0.contains("\"Tonga Sione Vaka\"") || $0.contains("\"Japan Tui Leota\"") })
    }

    @Test func aRelativeClauseAddsTheEventsRoleToThePartsOne() {
        let facts = Invented.explain(Invented.header + """
            The second session was chaired by Ambassador for Pacific Affairs KIM Jae-won, who also made closing remarks on the second day.
            """)
        #expect(facts.contains { $0.hasPrefix("7: chair \"KIM Jae-won\" in ") })
        #expect(facts.contains { $0.hasPrefix("7: closing-speaker \"KIM Jae-won\" by cue role.closing") })
    }

    @Test func aLinkForScreenReadersAndTheLastUpdateAreThePages() throws {
        let record = try Invented.record("""
            Skip to main content

            UNESCO

            Home / Articles

            Regional forum in Lomé calls for safer newsrooms

            Last update: 9 December 2022

            Some 80 journalists met in Lomé on 6 and 7 December 2022 for a forum organised by UNESCO.
            """)
        #expect(record.event.title == "Regional forum in Lomé calls for safer newsrooms")
        #expect(record.document.issued == "2022-12-09")
        #expect(record.residue.map(\.text).contains("Skip to main content"))
    }

    @Test func aReleaseNumberAndDateRunInBeforeTheTypeAndTheSubject() throws {
        let record = try Invented.record("""
            No: 75, 12 March 2019, Press Release Regarding the Third Ankara Forum on Water Diplomacy

            The Third Ankara Forum on Water Diplomacy was held on 10-11 March 2019 in Ankara.
            """)
        #expect(record.event.title == "Third Ankara Forum on Water Diplomacy")
        #expect(record.document.documentType == "Press Release")
        #expect(record.document.issued == "2019-03-12")
        #expect(record.event.startDate == "2019-03-10")
    }

    @Test func theKindOfMeetingInACellBeforeTheHeadline() throws {
        let record = try Invented.record("""
            Home / Events / Past events

            Roundtable | Water Security in the Sahel after the Drought

            Event recap
            Posted on 3 March 2023 · 4 min read

            On 28 February 2023, the Centre hosted a roundtable at its offices in Dakar.
            """)
        #expect(record.event.title == "Water Security in the Sahel after the Drought")
        #expect(record.document.documentType == "Event recap")
        #expect(record.document.issued == "2023-03-03")
        #expect(record.residue.map(\.text).contains("Roundtable"))
    }

    @Test func cellsOfTypeLabelledDateAndNumberAboveTheHeadline() throws {
        let record = try Invented.record("""
            Ministry of Foreign Affairs

            Press release | Date: 14/10/2016 | No: 118/16

            Thirty countries meet in Bergen to protect the ocean

            More than 100 participants took part in the second Symposium on Ocean Crime, held in Bergen on 10–11 October 2016.
            """)
        #expect(record.event.title == "Thirty countries meet in Bergen to protect the ocean")
        #expect(record.document.documentType == "Press release")
        #expect(record.document.issued == "2016-10-14")
    }

    @Test func aTypeAfterTheTitlesColonAndAnAcronymBeforeAType() throws {
        let summary = try Invented.record("""
            Second Bonn Roundtable on Climate and Security in the Sahel: Chair’s Summary

            23.11.2021 - Article

            1. On 16 and 17 November 2021, the Ministry convened the Second Bonn Roundtable on Climate and Security in the Sahel.
            """)
        #expect(summary.event.title == "Second Bonn Roundtable on Climate and Security in the Sahel")
        #expect(summary.document.documentType == "Chair’s Summary")
        let report = try Invented.record("""
            ACMS Seminar Report

            “Coastal Radar in the Pacific: Cooperation among Navies”

            Date: Tuesday, 17 July 2018, 15:00–17:00
            Venue: ACMS Conference Room, Tokyo

            The Institute held its 12th Seminar.
            """)
        #expect(report.document.documentType == "ACMS Seminar Report")
        #expect(report.event.title == "Coastal Radar in the Pacific: Cooperation among Navies")
        // A line in capitals is not read as an acronym and a type: "SUMMARY REPORT" stays whole.
        #expect(DocumentTypes.line("EXECUTIVE SUMMARY", .builtIn) == "EXECUTIVE SUMMARY")
    }

    @Test func aBodyNamedForItsDialoguesOverTheTrailAndTheKindOverTheQuotedName() throws {
        let record = try Invented.record("""
            Sakura Foundation for Regional Dialogue

            Activities > Seminars > 2009

            Report of the International Seminar
            "Rivers and Reconciliation in Central Asia"

            14–15 October 2009, Almaty, Kazakhstan

            The Sakura Foundation for Regional Dialogue and the Institute of Water Studies of Almaty University jointly organized an international seminar.
            """)
        #expect(record.event.title == "International Seminar \"Rivers and Reconciliation in Central Asia\"")
        #expect(record.document.documentType == "Report")
        #expect(record.event.startDate == "2009-10-14")
        #expect(record.event.endDate == "2009-10-15")
        #expect(record.organizers == ["Sakura Foundation for Regional Dialogue", "Institute of Water Studies of Almaty University"])
    }

    @Test func aKeynoteLineWithAnEmeritusAndTheTalksTitleInQuotes() {
        let facts = Invented.explain("""
            Seminar on Care

            3 March 2011

            Keynote speech: Professor Emeritus Sir Alan Pryce-Jones, King College, “Care homes are homes”

            Keynote address: Dr. Mary Smith (University of Oslo), "Rights at home"
            """)
        #expect(facts.contains { $0.hasPrefix("5: keynote-speaker \"Alan Pryce-Jones\"") })
        #expect(facts.contains { $0.hasPrefix("7: keynote-speaker \"Mary Smith\"") })
    }

    @Test func thePlaceInPartsBesideTheEventsDates() throws {
        let record = try Invented.record("""
            Conference report

            “Living Well in Later Life”

            Lyon, Palais de l’Europe, Room 1, 7–8 October 2019

            The conference gathered some 140 representatives.
            """)
        #expect(record.event.venue == "Lyon, Palais de l’Europe, Room 1")
        #expect(record.event.startDate == "2019-10-07")
        #expect(record.event.endDate == "2019-10-08")
    }

    /// "Third Session: Wrap-up" is a part by its ordinal; "the final session" in its prose is that part, no new one.
    @Test func sessionsByOrdinalAndTheFinalSessionNamedUnderThem() {
        let facts = Invented.explain("""
            Seminar on Rivers

            3 March 2011

            First Session: Voices from the Ground

            Dr. Anna Berg described the situation.

            Second Session: Dialogue and Peace

            Dr. Carl Holm described the situation.

            Third Session: Wrap-up and Recommendations

            The final session was co-chaired by Dr. Anna Berg and Mr. Tom Hale.
            """)
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Anna Berg\" in session-1") })
        #expect(facts.contains { $0.hasPrefix("11: speaker \"Carl Holm\" in session-2") })
        #expect(facts.contains { $0.hasPrefix("15: chair \"Tom Hale\" in session-3") })
        #expect(!facts.contains { $0.contains("part.named-in-text") })
    }

    @Test func clergyAndTeachersOfReligionByTheirTitles() {
        let facts = Invented.explain(Invented.header + """
            Ustadz Harun Ali Basri, of the Regional Council, spoke on the madaris, and the Most Rev. Felipe B. Santos, DD, Auxiliary Bishop, reviewed the dialogue.
            """)
        #expect(facts.contains { $0.contains("\"Harun Ali Basri\"") })
        #expect(facts.contains { $0.contains("\"Felipe B. Santos\"") })
        #expect(!facts.contains { $0.contains("\"Auxiliary Bishop\"") || $0.contains("\"Regional Council\"") })
    }

    @Test func theFirstTechnicalSessionNamedInProse() {
        let facts = Invented.explain(Invented.header + """
            The first technical session, on "Ports and Pepper", was chaired by Prof. Meera Iyer of Delhi University.
            """)
        #expect(facts.contains { $0.hasPrefix("7: part \"First technical session\"") })
        #expect(facts.contains { $0.hasPrefix("7: chair \"Meera Iyer\" in session-1") })
    }

    /// The region a workshop's name ends in is its subject; the hotel after it is where it met.
    @Test func theBuildingAfterTheRegionOfTheMeetingsName() throws {
        let record = try Invented.record("""
            Workshop on Fishers

            3 March 2022

            Yogyakarta – Indonesia and Malaysia jointly organised the Regional Workshop on the Protection of Fishers in Southeast Asia on 18–19 August 2022 at the Royal Garden Hotel, Yogyakarta.

            The first panel, moderated by Ms. Ni Luh Putu Ayu Laksmi of the Migrant Workers Agency (BP2MI), heard presentations.
            """)
        #expect(record.event.venue == "Royal Garden Hotel")
        #expect(record.persons.map(\.name).contains("Ni Luh Putu Ayu Laksmi"))
    }

    @Test func theFollowingCaseStudiesWerePresentedAndDegreesAfterNames() {
        let facts = Invented.explain("""
            Seminar on Cities

            3 March 2011

            IV. PRESENTATION OF CASE STUDIES

            The following case studies were presented:

            (1) Bangkok (Thailand)  --  Dr. Suwat Phongsiri, Asian Institute of Technology
            (2) Surabaya (Indonesia)  --  Ir. Bambang Hariyanto, M.Sc., Institut Teknologi Sepuluh Nopember

            V. MAIN CONCLUSIONS

            The session heard Dr. Tomas Berg, Ph.D., Institut Pasteur, who presented a case study.
            """)
        #expect(facts.contains { $0.hasPrefix("9: presenter \"Suwat Phongsiri\"") })
        #expect(facts.contains { $0.hasPrefix("10: presenter \"Bambang Hariyanto\"") })
        #expect(facts.contains { $0.hasPrefix("14: presenter \"Tomas Berg\"") })
        #expect(!facts.contains { $0.contains("\"Sc\"") || $0.contains("\"Institut") })
    }

    /// "07-03-2014" can be 7 March or 3 July; the page reporting a consultation of 3-4 March was dated the first.
    @Test func aDateInNumbersReadByTheEventItReportsAndChairsConclusions() throws {
        let record = try Invented.record("""
            WHO > News

            07-03-2014

            The second consultation on migrant health took place in Almaty, Kazakhstan, on 3-4 March 2014.
            """)
        #expect(record.document.issued == "2014-03-07")
        #expect(PlainTextReader.pageDay("07-03-2014", onOrAfter: "2014-07-01") == "2014-07-03")
        #expect(PlainTextReader.pageDay("05-06-2014", onOrAfter: "2014-01-01") == nil)
        let conclusions = try Invented.record("""
            Helsinki Conference on Water Diplomacy

            Chair's Conclusions

            Helsinki, 4 October 2021

            1. The Conference was convened by the Ministry on 4 October 2021.
            """)
        #expect(conclusions.document.documentType == "Chair's Conclusions")
    }

    @Test func aListsLabelOverARelativeClauseOnOneOfItsMembers() {
        let facts = Invented.explain(Invented.header + """
            Speakers included Dr. Nimali Perera of the University of Colombo, who presented research on ship emissions, and Mr. Bambang Suryo, Director of Sea Transport.
            """)
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Nimali Perera\"") && $0.contains("label.speaker") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Bambang Suryo\"") && $0.contains("label.speaker") })
    }

    @Test func thoseListedUnderAPanelAndThoseItBroughtTogether() {
        let listed = Invented.explain("""
            Conference on Care

            3 March 2011

            Panel I – Autonomy and consent

            Moderator: Ms Ana Ferreira, member of the Committee

            • Mr Pieter-Jan van den Bossche, Flemish Ombudsman Service, Belgium
            • Ms Siobhán Ní Bhriain, Age Action Ireland
            """)
        #expect(listed.contains { $0.hasPrefix("9: panelist \"Pieter-Jan van den Bossche\"") })
        #expect(listed.contains { $0.hasPrefix("10: panelist \"Siobhán Ní Bhriain\"") })
        let prose = Invented.explain(Invented.header + """
            A panel on online harassment was moderated by Ms Fatou Sow, an editor. It brought together Ms Ada Obi, an officer at the Press Institute; Mr Lamine Diop, a regulator; and Ms Awa Traoré, a journalist.
            """)
        #expect(prose.contains { $0.hasPrefix("7: panelist \"Ada Obi\"") })
        #expect(prose.contains { $0.hasPrefix("7: panelist \"Awa Traoré\"") })
    }

    /// A rapporteur reports a part's or the meeting's discussions back to it: a role of its own.
    @Test func rapporteursInEveryForm() {
        let facts = Invented.explain(Invented.header + """
            Dr. Anna Berg served as rapporteur of the first session. The rapporteurs of the working groups, Dr. Li Wei and Ms. Sara Kim, reported back to the plenary.

            Rapporteurs: Dr. Ivo Petrov and Ms. Jana Novak

            Mr. Omar Khan (Rapporteur) summarised the discussion. Dr. Maria Costa, Chair of the Session, said the meeting would start.

            Co-Chair Ogata summarized the main points.
            """)
        for name in ["Anna Berg", "Li Wei", "Sara Kim", "Ivo Petrov", "Jana Novak", "Omar Khan"] {
            #expect(facts.contains { $0.contains("rapporteur \"\(name)\"") }, "\(name)")
        }
        #expect(facts.contains { $0.contains("chair \"Maria Costa\" by cue label.chair.described") })
        // A title before the name is one the person holds elsewhere, not a role at this meeting.
        #expect(!facts.contains { $0.contains("\"Ogata\"") && $0.contains("described") })
    }

    @Test func aDatelineWithItsPeriodAndTheVenueInAClauseOnTheEvent() throws {
        let record = try Invented.record("""
            Inicio / Sala de Prensa / Noticias

            Santiago, 8 June 2018.

            From 4 to 6 June, the Ministry of Foreign Affairs hosted the International Seminar on Ice in Latin America, which took place in the Salón Azul of the Foreign Ministry building in Santiago.

            The opening ceremony was headed by the Undersecretary of Foreign Affairs, Ximena Fuentes, who welcomed the delegations.

            The first day continued with a panel on cooperation, moderated by the journalist Paula Lagos, in which Dr. Brigitte Haas of the Polar Institute and Dr. Martín Pozzi of the Antarctic Institute discussed joint research. On the second day, the logistics of cooperation were addressed by Commander Felipe Rojas of the Navy.
            """)
        #expect(record.document.issued == "2018-06-08")
        #expect(record.event.title == "International Seminar on Ice in Latin America")
        #expect(record.event.venue == "Salón Azul of the Foreign Ministry building in Santiago")
        #expect(record.roles.contains { $0.name == "Ximena Fuentes" && $0.role == .openingSpeaker })
        #expect(record.roles.contains { $0.name == "Brigitte Haas" && $0.role == .panelist })
        #expect(record.roles.contains { $0.name == "Martín Pozzi" && $0.role == .panelist })
        #expect(record.roles.contains { $0.name == "Felipe Rojas" && $0.role == .speaker })
    }

    @Test func anHonoraryDoctorateAModerationLabelAndAnInputFrom() {
        let facts = Invented.explain(Invented.header + """
            In his welcome address, the Chairman of the Foundation, Prof. Dr. Dr. h.c. Wolfgang Reinhardt, reminded participants of the stakes. He was followed by a scientific input from Prof. Dr. Katharina Ebert of the Ocean Centre.

            Moderation: Dr. Clara Weiss, Head of the Global Issues Team
            """)
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Wolfgang Reinhardt\"") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Katharina Ebert\"") })
        #expect(facts.contains { $0.hasPrefix("9: moderator \"Clara Weiss\"") })
    }

    /// A degree without periods in a line without any (a list item) is blanked like one with them.
    @Test func aDegreeWithoutPeriodsInALineWithoutAny() {
        let mentions = MentionFinder(registry: Registry(), lexicon: .builtIn)
            .mentions(in: "Dr Ana Ruiz, MPH, Institut Pasteur, and Mr Tom Hale, Ministry of Health")
        #expect(mentions.map(\.printed.name) == ["Ana Ruiz", "Tom Hale"])
        #expect(mentions.first?.affiliation == "Institut Pasteur")
    }
}
