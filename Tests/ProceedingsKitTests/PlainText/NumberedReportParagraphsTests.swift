import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An international organisation's meeting report: numbered paragraphs under the headings of the meeting's order of business,
/// where the first paragraphs under "Opening" still speak of the whole meeting, and delegations are listed by country with
/// the person who spoke for each in brackets.
@Suite struct NumberedReportParagraphsTests {

    static let page = """
        Report of the Regional Workshop on Irrigated Rice

        Hanoi, Viet Nam, 5–7 March 2024

        OPENING OF THE WORKSHOP
        1. The Regional Workshop on Irrigated Rice was held in Hanoi from 5 to 7 March 2024. The workshop was jointly organized by FAO and the International Water Management Institute (IWMI). It was attended by 30 participants.
        2. Mr Ravi Sharma, Assistant Director-General, FAO, delivered the opening address.

        SESSION 2: COUNTRY EXPERIENCES
        3. Country presentations were made by Bangladesh (Mr Abdul Karim Bhuiyan, Department of Agricultural Extension), Indonesia (Ms Dewi Kartika, Ministry of Agriculture) and Cambodia (Mr Sok Vannak, General Directorate of Agriculture).
        """

    @Test func theWholeMeetingsFactsUnderItsOpening() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("6: organizer \"FAO\" by cue organizer.by (\"organized by\")"))
        #expect(facts.contains("6: organizer \"International Water Management Institute (IWMI)\" by cue organizer.by (\"organized by\")"))
        // The session's own host is the session's: "The session was organized by" names no organiser of the meeting.
        let session = Invented.explain("""
            Report of the Regional Workshop on Irrigated Rice

            Hanoi, Viet Nam, 5–7 March 2024

            SESSION 2: COUNTRY EXPERIENCES
            3. The session was organized by the Asian Development Bank.
            """)
        #expect(!session.contains { $0.contains("organizer \"Asian Development Bank\"") })
    }

    @Test func delegationsWithTheirSpeakersInBrackets() throws {
        let record = try #require(Invented.read(Self.page).record)
        let presenters = record.participations.filter { $0.role == .presenter }.compactMap { p in
            record.persons.first { $0.id == p.personId }.map { "\($0.name) — \(p.affiliation ?? "")" }
        }
        #expect(presenters == ["Abdul Karim Bhuiyan — Department of Agricultural Extension", "Dewi Kartika — Ministry of Agriculture",
                               "Sok Vannak — General Directorate of Agriculture"])
    }

    @Test func officersElectedInOneSentenceAndNamedByTheirOffice() {
        let facts = Invented.explain("""
            Report of the Regional Workshop on Irrigated Rice

            Hanoi, Viet Nam, 5–7 March 2024

            ELECTION OF OFFICERS
            4. Ms Maria Santos (Philippines) was elected Chairperson of the workshop and Mr Nguyen Van Tuan (Viet Nam) Vice-Chairperson. Mr Tevita Naulu (Fiji) was appointed Rapporteur.

            SESSION 2: COUNTRY EXPERIENCES
            5. Session 2 was chaired by the Vice-Chairperson.
            """)
        #expect(facts.contains("6: chair \"Maria Santos\" by cue role.chair (\"elected Chairperson\")"))
        #expect(facts.contains("6: chair \"Nguyen Van Tuan\" by cue role.chair.elected (\"Vice-Chairperson\")"))
        #expect(facts.contains("6: rapporteur \"Tevita Naulu\" by cue role.rapporteur (\"Rapporteur\")"))
        #expect(facts.contains("9: chair \"Nguyen Van Tuan\" in session-2 by cue role.chair.by-title (\"chaired\")"))
        // Without a verb of electing, a name and an office after "and" are nothing of the kind.
        let met = Invented.explain("""
            Regional Workshop on Irrigated Rice

            Hanoi, 5 March 2024

            Ms Maria Santos met the Minister and Mr Nguyen Van Tuan Vice-Chairperson.
            """)
        #expect(!met.contains { $0.contains("role.chair.elected") })
    }

    @Test func theAnnexedListIsTheWholeMeetings() {
        let facts = Invented.explain("""
            Report of the Technical Consultation on Heat and Health

            Manila, Philippines, 10–12 June 2024

            2.2 Session 1: Early warning
            Dr Kenji Sato, Temporary Adviser, presented on early warning systems.

            ANNEX 1. LIST OF PARTICIPANTS

            1. PARTICIPANTS

            CAMBODIA
            Dr Sok Chan, Deputy Director, Department of Communicable Disease Control, Ministry of Health, Phnom Penh

            2. TEMPORARY ADVISERS

            Dr Kenji Sato, Professor, School of Public Health, Kyoto University, Kyoto, Japan

            3. OBSERVERS

            Ms Laura Bennett, Programme Manager, Red Cross Climate Centre, The Hague, Netherlands
            """)
        #expect(facts.contains { $0.hasPrefix("13: participant \"Sok Chan\" by cue label.participants.list-heading") })
        #expect(facts.contains { $0.hasPrefix("17: participant \"Kenji Sato\" by cue label.participants.list-heading") })
        #expect(facts.contains { $0.hasPrefix("21: participant \"Laura Bennett\" by cue label.participants.list-heading") })
    }
}

/// A news story's list of panellists: the last name printed bare after a body's name and "and", vouched for by the rank and
/// office in lower case after it.
@Suite struct BareNamesAfterABodyTests {

    @Test func theLastPanellistAfterTheBodyOfTheOneBefore() throws {
        let record = try #require(Invented.read("""
            Arctic Symposium

            Toronto, 5 March 2024

            Panellists included Professor Henrik Solberg of UiT The Arctic University of Norway and Mark Delorme, assistant deputy minister at Northern Affairs Canada.
            """).record)
        let panelists = record.participations.filter { $0.role == .panelist }.compactMap { p in
            record.persons.first { $0.id == p.personId }.map { "\($0.name) — \(p.affiliation ?? "")" }
        }
        #expect(panelists == ["Henrik Solberg — UiT The Arctic University of Norway",
                              "Mark Delorme — assistant deputy minister at Northern Affairs Canada"])
    }

    @Test func aRankAloneVouchesForNoName() {
        // "New York, said the minister": a lower-case word that is no rank before the office.
        let facts = Invented.explain("""
            Arctic Symposium

            Toronto, 5 March 2024

            The delegation travelled to New York, said the minister of trade, before the symposium.
            """)
        #expect(!facts.contains { $0.contains("\"New York\"") && !$0.contains("venue") })
    }
}

/// The cover of an organisation's meeting report: the office's symbol alone over the title, a title wrapped over two lines
/// whatever its words, "Report of the" over a body's numbered session, and the organisation's imprint under it.
@Suite struct ReportCoversTests {

    @Test func theSymbolAndTheWrappedTitle() {
        let facts = Invented.explain("""
            SEA-NUT-12

            Regional Meeting of National Nutrition
            Programme Managers

            Colombo, Sri Lanka, 21–23 August 2023

            Meeting report

            1. Introduction
            The WHO Regional Office organized the Regional Meeting of National Nutrition Programme Managers in Colombo.
            """)
        #expect(facts.contains("3: title \"Regional Meeting of National Nutrition Programme Managers\" by cue title.line"))
        #expect(HeaderReader.isNumbered("SEA-HIV-HEP-31"))
        #expect(!HeaderReader.isNumbered("COVID-19"))
        #expect(!HeaderReader.isNumbered("ASIA-PACIFIC-FORUM"))
    }

    @Test func aBodysNumberedSessionIsTheMeeting() {
        let facts = Invented.explain("""
            Report of the
            TWENTY-FIRST SESSION OF THE REGIONAL FORESTRY COMMISSION
            Suva, Fiji, 11–13 September 2024

            FOOD AND AGRICULTURE ORGANIZATION OF THE UNITED NATIONS
            Bangkok, 2024

            OPENING OF THE SESSION
            1. The twenty-first session of the Regional Forestry Commission was held in Suva from 11 to 13 September 2024.
            """)
        #expect(facts.contains("2: title \"TWENTY-FIRST SESSION OF THE REGIONAL FORESTRY COMMISSION\" by cue title.line"))
        #expect(HeaderReader.numbersItsSession("the 76th session of the Regional Committee"))
        #expect(!HeaderReader.numbersItsSession("Session of the Regional Committee"))
    }
}
