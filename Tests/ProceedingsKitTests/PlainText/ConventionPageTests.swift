import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Conventions of the genre on invented pages, read end to end: every fact with its cue.
@Suite struct ConventionPageTests {

    /// Co-chairs named in prose, a session moderated and presented in, a given name that is also an English word ('Nguyen Van An').
    @Test func coChairsSummaryWithSessions() {
        let page = """
            Japan-ASEAN Seminar on Disaster Risk Reduction
            (Co-Chairs' Summary)

            1. The Japan-ASEAN Seminar on Disaster Risk Reduction was held in Bangkok, Thailand, on 27-28 June 2011. The Seminar was co-chaired by Mr. Somchai Wongsawat, Director-General, Department of Disaster Prevention, and Ms. Yuko TANAKA, Deputy Director-General, Ministry of Foreign Affairs of Japan.

            2. Representatives of the ten ASEAN Member States, the ASEAN Secretariat and Japan attended the Seminar.

            3. In his opening remarks, Mr. Somchai emphasised the importance of early warning systems.

            4. Session I: Early Warning
            The session was moderated by Dr. Lee Min-ho of the Asian Disaster Preparedness Center. Presentations were made by Mr. Nguyen Van An (Viet Nam) and Ms. Siti Rahmah (Indonesia).
            """
        #expect(Invented.explain(page) == [
            "1: title \"Japan-ASEAN Seminar on Disaster Risk Reduction\" by cue title.line",
            "2: document-type \"Co-Chairs' Summary\" by cue document-type.line",
            "4: chair \"Somchai Wongsawat\" by cue role.chair (\"co-chaired\")",
            "4: chair \"Yuko TANAKA\" by cue role.chair (\"co-chaired\")",
            "4: start-date \"2011-06-27\" by cue date.held",
            "4: end-date \"2011-06-28\" by cue date.held",
            "4: venue \"Bangkok\" by cue venue.held-at",
            "11: moderator \"Lee Min-ho\" in session-1 by cue role.moderator (\"moderated\")",
            "11: presenter \"Nguyen Van An\" in session-1 by cue role.presenter (\"Presentations\")",
            "11: presenter \"Siti Rahmah\" in session-1 by cue role.presenter (\"Presentations\")",
        ])
    }

    /// Labelled date and place, 'convened by ... and chaired by', a 'Participants' heading over bullets, a sentence-case heading over a list.
    @Test func roundtableWithAParticipantList() {
        let page = """
            Summary of the Expert Roundtable on Food Security

            Date: 9 February 2012
            Place: Rome, Italy

            The Roundtable brought together 25 experts. It was convened by the Food Policy Institute and chaired by Professor Jean-Luc Moreau (Sorbonne University).

            Participants

            - Ms. Grace Mensah, Ministry of Agriculture, Ghana
            - Dr. Rajiv Kumar, Indian Council of Agricultural Research
            - Mr. Tomás Herrera, FAO

            Key points

            - Participants noted that prices remain volatile.
            - Dr. Kumar argued for more public stocks.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Expert Roundtable on Food Security\" by cue title.line",
            "1: document-type \"Summary\" by cue document-type.before-title",
            "3: start-date \"2012-02-09\" by cue date.labelled",
            "4: venue \"Rome, Italy\" by cue venue.labelled",
            "6: organizer \"Food Policy Institute\" by cue organizer.by (\"convened by\")",
            "6: chair \"Jean-Luc Moreau\" by cue role.chair (\"chaired\")",
            "10: participant \"Grace Mensah\" by cue label.participants (\"Participants\")",
            "11: participant \"Rajiv Kumar\" by cue label.participants (\"Participants\")",
            "12: participant \"Tomás Herrera\" by cue label.participants (\"Participants\")",
        ])
    }

    /// A type after the title, a day without a year under the page's date, a roster of mayors with their titles and cities.
    @Test func forumOutlineWithAPanel() {
        let page = """
            Third Tokyo Forum on Cities (Outline)

            October 2, 2014

            1. On October 1, the Third Tokyo Forum on Cities took place in Tokyo. The Forum was attended by about 200 people, including mayors from 12 countries.

            2. Mr. Hiroshi Nakata, Parliamentary Vice-Minister for Foreign Affairs, delivered the opening address. This was followed by a keynote speech by Dr. Joan Clos, Executive Director of UN-Habitat.

            3. Panel discussion
            Moderator: Professor Saskia Sassen, Columbia University
            Panelists: Mayor Park Won-soon (Seoul), Mayor Anne Hidalgo (Paris)
            """
        #expect(Invented.explain(page) == [
            "1: title \"Third Tokyo Forum on Cities\" by cue title.line",
            "1: document-type \"Outline\" by cue document-type.after-title",
            "3: issued \"2014-10-02\" by cue date.page",
            "5: start-date \"2014-10-01\" by cue date.held",
            "5: venue \"Tokyo\" by cue venue.held-at",
            "7: opening-speaker \"Hiroshi Nakata\" by cue role.opening.noun (\"opening address\")",
            "7: keynote-speaker \"Joan Clos\" by cue role.keynote (\"keynote\")",
            "10: moderator \"Saskia Sassen\" in session-1 by cue label.moderator (\"Moderator\")",
            "11: panelist \"Park Won-soon\" in session-1 by cue label.panelist (\"Panelists\")",
            "11: panelist \"Anne Hidalgo\" in session-1 by cue label.panelist (\"Panelists\")",
        ])
    }

    /// 'Co-Chairs: A and B', 'The participants were:' over bullets, a person only recalled, a later cue naming a role.
    @Test func rostersInClausesAndPersonsOnlyMentioned() {
        let page = """
            International Seminar on Coastal Cities

            Co-Chairs: Dr. Ana Ruiz and Prof. Kenji Mori

            The participants were:
            - Dr. Lena Berg, Professor, Lund University
            - Mr. Omar Haddad, Director, Arab Water Council

            Recalling the visit of Mr. Paul Grant, the President of the Bank, last year, Dr. Ruiz opened the seminar.
            The second session was chaired by Prof. Kenji Mori. Dr. Berg delivered a keynote speech on floods.
            Co-Chair Ana Ruiz thanked the speakers.
            """
        #expect(Invented.explain(page) == [
            "1: title \"International Seminar on Coastal Cities\" by cue title.line",
            "3: chair \"Ana Ruiz\" by cue label.chair (\"Co-Chairs\")",
            "3: chair \"Kenji Mori\" by cue label.chair (\"Co-Chairs\")",
            "6: participant \"Lena Berg\" by cue label.participants (\"participants\")",
            "7: participant \"Omar Haddad\" by cue label.participants (\"participants\")",
            "9: not-a-participant \"Paul Grant\" by cue mention.recalled",
            "10: part \"Second session\" by cue part.named-in-text",
            "10: chair \"Kenji Mori\" in session-2 by cue role.chair (\"chaired\")",
            "10: keynote-speaker \"Lena Berg\" in session-2 by cue role.keynote (\"delivered a keynote speech\")",
            "11: speaker \"Ana Ruiz\" in session-2 by cue role.speaker.reporting-verb",
        ])
    }

    /// A name over its description, a role at the end of the description.
    @Test func speakersRosterWithNameBlocks() {
        let page = """
            Trilateral Dialogue on Seas

            This public symposium explored how three states can cooperate on seas.

            Speakers

            Ambassador Joseph Lim
            Senior Advisor, Institute of Peace

            Frank Aum
            Senior Expert, Northeast Asia, Institute of Peace, Moderator
            """
        #expect(Invented.explain(page) == [
            "1: title \"Trilateral Dialogue on Seas\" by cue title.line",
            "7: speaker \"Joseph Lim\" by cue label.speaker (\"Speakers\")",
            "10: moderator \"Frank Aum\" by cue label.moderator.after-description (\"Moderator\")",
        ])
    }

    /// 'A joined B in hosting'; 'Co-Chair X' names an office (as in the 2003 seed: Co-Chair of a commission), so only the verb of speech gives a role.
    @Test func joinedInHostingAndATitleThatIsAnOffice() {
        let page = """
            Forum on Seas

            On 4 May 2012, Kyoto University joined the Ministry of the Environment in hosting the Forum on Seas. Co-Chair Ana Ruiz said the seas were warming.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Forum on Seas\" by cue title.line",
            "3: organizer \"Kyoto University\" by cue organizer.joined-in (\"joined ... in hosting\")",
            "3: organizer \"Ministry of the Environment\" by cue organizer.joined-in (\"joined ... in hosting\")",
            "3: speaker \"Ana Ruiz\" by cue role.speaker.reporting-verb",
            "3: start-date \"2012-05-04\" by cue date.held",
        ])
    }

    /// 'said Jessica T. Mathews, president of ...', 'Rep.'.
    @Test func quotedSpeakerAndAbbreviatedTitles() {
        let page = """
            Seminar on Rivers

            The seminar was held in Oslo on 3 May 2011. "We need water," said Jessica T. Mathews, president of the Carnegie Endowment. Rep. Jane Harman spoke too.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Seminar on Rivers\" by cue title.line",
            "3: speaker \"Jessica T. Mathews\" by cue role.speaker.reporting-verb",
            "3: speaker \"Jane Harman\" by cue role.speaker.noun-by (\"spoke\")",
            "3: start-date \"2011-05-03\" by cue date.held",
            "3: venue \"Oslo\" by cue venue.held-at",
        ])
    }

    /// '(Chair: X)', ', chaired by X' and 'moderated by X' in the headings of parts.
    @Test func rolesPrintedInSessionHeadings() {
        let page = """
            Forum on Water

            The forum was held in Kyoto on 5 May 2010.

            Session 1: Water and Cities (Chair: Prof. Kenji Mori, Kyoto University)

            The session discussed cities.

            Session 2 - Financing Water, chaired by Dr. Ana Ruiz

            The session discussed money.

            Panel discussion moderated by Mr. Taro Sato

            The panel agreed.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Forum on Water\" by cue title.line",
            "3: start-date \"2010-05-05\" by cue date.held",
            "3: venue \"Kyoto\" by cue venue.held-at",
            "5: chair \"Kenji Mori\" in session-1 by cue label.chair.in-heading (\"Chair\")",
            "9: chair \"Ana Ruiz\" in session-2 by cue role.chair.in-heading (\"chaired by\")",
            "13: moderator \"Taro Sato\" in session-3 by cue role.moderator.in-heading (\"moderated by\")",
        ])
    }

    /// 'from 30 November to 2 December 2010'; a later date in the text is not the event's.
    @Test func rangeAcrossTwoMonths() {
        let page = """
            Forum on Seas

            The Forum took place in Lisbon from 30 November to 2 December 2010. A later forum is due on the 5th of May 2011.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Forum on Seas\" by cue title.line",
            "3: start-date \"2010-11-30\" by cue date.held",
            "3: end-date \"2010-12-02\" by cue date.held",
            "3: venue \"Lisbon\" by cue venue.held-at",
        ])
    }

    /// Names recalled or quoted (Jean Monnet, Henry Kissinger) and countries are no participants; 'from Peking University' describes the person before it.
    @Test func historicalFiguresAndCountriesAreNoParticipants() {
        let page = """
            Symposium on Regional Cooperation in Northeast Asia
            (Summary)

            March 12, 2012

            1. The symposium was held at the Hotel Okura Tokyo on March 10, 2012, under the auspices of the Ministry of Foreign Affairs of Japan. More than 150 people attended, including diplomats from Member States, scholars and journalists.

            2. In her keynote speech, Professor Mary Collins of Harvard University recalled the legacy of Jean Monnet and the Schuman Declaration of 1950, and argued that Northeast Asia could learn from the European Coal and Steel Community. She quoted Henry Kissinger, who once wrote that order requires legitimacy.

            3. Session 1, entitled "Trade and Investment", was chaired by Ambassador Hiroshi Tanaka, former Permanent Representative of Japan to the WTO. Dr. Kim Soo-jin, Senior Fellow at the Korea Development Institute, pointed out that the Trans-Pacific Partnership and the Regional Comprehensive Economic Partnership were complementary. Mr. Wang Lei from Peking University stressed the role of Hong Kong and Singapore as financial hubs.

            4. During the General Debate, delegates from Costa Rica and Sri Lanka asked about development aid.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Symposium on Regional Cooperation in Northeast Asia\" by cue title.line",
            "2: document-type \"Summary\" by cue document-type.line",
            "4: issued \"2012-03-12\" by cue date.page",
            "6: start-date \"2012-03-10\" by cue date.held",
            "6: venue \"Hotel Okura Tokyo\" by cue venue.held-at",
            "8: keynote-speaker \"Mary Collins\" by cue role.keynote (\"keynote\")",
            "10: part \"Session 1\" by cue part.named-in-text",
            "10: chair \"Hiroshi Tanaka\" in session-1 by cue role.chair (\"chaired\")",
            "10: speaker \"Kim Soo-jin\" in session-1 by cue role.speaker.reporting-verb",
            "10: speaker \"Wang Lei\" in session-1 by cue role.speaker.reporting-verb",
        ])
    }

    /// A chair named with H.E., presentations by two people, a minister introduced by his office first ('The Minister of Finance of Fiji, Hon. X').
    @Test func ministerialChairsSummary() {
        let page = """
            Chair's Summary of the Ministerial Meeting on Climate Finance

            Tokyo, 20 April 2016

            1. The Ministerial Meeting on Climate Finance was held in Tokyo on 19 April 2016. It was chaired by H.E. Mr. Taro Yamada, Minister for the Environment of Japan, and attended by ministers and senior officials from 25 countries, the World Bank and the Green Climate Fund.

            2. In his opening remarks, the Chair welcomed the entry into force of the Paris Agreement.

            3. Ms. Laura Perez, Vice-President of the World Bank, and Mr. Ahmed Diallo, Executive Director of the Green Climate Fund, made presentations on the mobilisation of private finance.

            4. Participants from Germany, Brazil, India and South Africa shared their experience. The Minister of Finance of Fiji, Hon. Aiyaz Sayed-Khaiyum, underlined the vulnerability of small island states.

            5. The Chair concluded that the discussion would feed into the G7 meetings in May.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Ministerial Meeting on Climate Finance\" by cue title.line",
            "1: document-type \"Chair's Summary\" by cue document-type.before-title",
            "3: issued \"2016-04-20\" by cue date.page",
            "5: chair \"Taro Yamada\" by cue role.chair (\"chaired\")",
            "5: start-date \"2016-04-19\" by cue date.held",
            "5: venue \"Tokyo\" by cue venue.held-at",
            "9: presenter \"Laura Perez\" by cue role.presenter (\"presentations\")",
            "9: presenter \"Ahmed Diallo\" by cue role.presenter (\"presentations\")",
            "11: speaker \"Aiyaz Sayed-Khaiyum\" by cue role.speaker.reporting-verb",
        ])
    }

    /// 'organised jointly by', 'opened by X, Head of Unit', 'A keynote presentation was given by', 'facilitated by A and B' with bare names.
    @Test func workshopReportWithBareNamesAfterRoleVerbs() {
        let page = """
            Workshop Report: Digital Skills for the Public Sector

            Brussels, 14-15 March 2019

            Background

            The workshop, organised jointly by the Directorate-General for Employment and the OECD Public Governance Directorate, brought together 60 participants from 22 Member States.

            Day 1

            The workshop was opened by Maria Schmidt, Head of Unit at the Directorate-General for Employment, who stressed that skills are the key to the digital transition. A keynote presentation was given by Professor Jan de Vries (Delft University of Technology).

            Breakout groups were facilitated by Anna Kowalska and Pedro Alves. The rapporteur, Dr. Sophie Martin, summarised the findings in the final plenary.

            Day 2

            Participants visited the Digital Lab. The closing remarks were delivered by Thomas Berger, Director for Skills.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Digital Skills for the Public Sector\" by cue title.line",
            "1: document-type \"Workshop Report\" by cue document-type.before-title",
            "3: start-date \"2019-03-14\" by cue date.dateline-range",
            "3: end-date \"2019-03-15\" by cue date.dateline-range",
            "3: venue \"Brussels\" by cue venue.dateline",
            "7: organizer \"Directorate-General for Employment\" by cue organizer.by (\"organised by\")",
            "7: organizer \"OECD Public Governance Directorate\" by cue organizer.by (\"organised by\")",
            "11: opening-speaker \"Maria Schmidt\" in day-1 by cue role.opening.by (\"opened by\")",
            "11: keynote-speaker \"Jan de Vries\" in day-1 by cue role.keynote (\"keynote\")",
            "13: moderator \"Anna Kowalska\" in day-1 by cue role.moderator (\"facilitated by\")",
            "13: moderator \"Pedro Alves\" in day-1 by cue role.moderator (\"facilitated by\")",
            "13: rapporteur \"Sophie Martin\" in day-1 by cue role.rapporteur (\"rapporteur\")",
            "17: closing-speaker \"Thomas Berger\" in day-2 by cue role.closing.noun (\"closing remarks\")",
        ])
    }

    /// Labelled date range, venue and organisers; 'Welcome remarks:' and 'Keynote address:' as roster labels in the opening; a session's moderator and speakers over bullets.
    @Test func conferenceProgrammeWithLabels() {
        let page = """
            International Conference on Ocean Governance
            Summary Report

            Date: 7-8 September 2017
            Venue: National Convention Centre, Hanoi, Viet Nam
            Organizers: Diplomatic Academy of Viet Nam; Konrad Adenauer Foundation

            Opening Session

            Welcome remarks: Dr. Nguyen Hung Son, Deputy Director-General, Diplomatic Academy of Viet Nam
            Keynote address: H.E. Pham Binh Minh, Deputy Prime Minister and Minister of Foreign Affairs

            Session 1: Maritime Security in the South China Sea
            Moderator: Prof. Carlyle Thayer, University of New South Wales
            Speakers:
            - Dr. Ian Storey, ISEAS-Yusof Ishak Institute
            - Ms. Bonnie Glaser, Center for Strategic and International Studies
            - Prof. Shinji Yamaguchi, National Institute for Defense Studies

            Discussion

            Participants raised questions about the Code of Conduct. Dr. Storey replied that negotiations were slow.
            """
        #expect(Invented.explain(page) == [
            "1: title \"International Conference on Ocean Governance\" by cue title.line",
            "2: document-type \"Summary Report\" by cue document-type.line",
            "4: start-date \"2017-09-07\" by cue date.labelled",
            "4: end-date \"2017-09-08\" by cue date.labelled",
            "5: venue \"National Convention Centre, Hanoi, Viet Nam\" by cue venue.labelled",
            "6: organizer \"Diplomatic Academy of Viet Nam\" by cue organizer.labelled",
            "6: organizer \"Konrad Adenauer Foundation\" by cue organizer.labelled",
            "10: opening-speaker \"Nguyen Hung Son\" in opening by cue label.opening (\"Welcome remarks\")",
            "11: keynote-speaker \"Pham Binh Minh\" in opening by cue label.keynote (\"Keynote address\")",
            "14: moderator \"Carlyle Thayer\" in session-1 by cue label.moderator (\"Moderator\")",
            "16: speaker \"Ian Storey\" in session-1 by cue label.speaker (\"Speakers\")",
            "17: speaker \"Bonnie Glaser\" in session-1 by cue label.speaker (\"Speakers\")",
            "18: speaker \"Shinji Yamaguchi\" in session-1 by cue label.speaker (\"Speakers\")",
            "22: speaker \"Ian Storey\" by cue role.speaker.reporting-verb",
        ])
    }

    /// A date after a comma on the title line, 'A and UNDP jointly organised', 'Welcoming the participants, X'.
    @Test func dateAfterTheTitleAndJointOrganisers() {
        let page = """
            International Symposium on Oceans, 5 May 2010

            The Water Institute and UNDP jointly organised the symposium in Lima. Welcoming the participants, Dr. Ana Ruiz spoke of the sea.
            """
        #expect(Invented.explain(page) == [
            "1: title \"International Symposium on Oceans\" by cue title.line",
            "1: start-date \"2010-05-05\" by cue date.bracketed",
            "3: organizer \"Water Institute\" by cue organizer.subject (\"organised\")",
            "3: organizer \"UNDP\" by cue organizer.subject (\"organised\")",
            "3: opening-speaker \"Ana Ruiz\" by cue role.opening.verb (\"Welcoming the participants\")",
            "3: venue \"Lima\" by cue venue.held-at",
        ])
    }

    /// 'In the first session, X presented ...' starts a part; 'The first session of the General Assembly' is another body's.
    @Test func partNamedInTheProse() {
        let page = """
            Forum on Seas

            The first session of the General Assembly was held in 1946. The forum was held in Oslo on 3 May 2011.

            In the first session, Dr. Ana Ruiz presented the data.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Forum on Seas\" by cue title.line",
            "3: start-date \"2011-05-03\" by cue date.held",
            "3: venue \"Oslo\" by cue venue.held-at",
            "5: part \"First session\" by cue part.named-in-text",
            "5: presenter \"Ana Ruiz\" in session-1 by cue role.presenter (\"presented\")",
        ])
    }

    /// 'Speakers included A of the Carnegie Endowment, B of Johns Hopkins University and C from the Washington Post'; a country or a bank 'of' a country is no person.
    @Test func pressReleaseSpeakersOfInstitutions() {
        let page = """
            Conference on Power

            The conference was held in Washington on 20 June 2006. Speakers included Robert Kagan of the Carnegie Endowment, Francis Fukuyama of Johns Hopkins University and Anne Applebaum from the Washington Post. The Republic of Korea and Bank of Japan sent observers.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Conference on Power\" by cue title.line",
            "3: speaker \"Robert Kagan\" by cue label.speaker.subject (\"Speakers\")",
            "3: speaker \"Francis Fukuyama\" by cue label.speaker.subject (\"Speakers\")",
            "3: speaker \"Anne Applebaum\" by cue label.speaker.subject (\"Speakers\")",
            "3: start-date \"2006-06-20\" by cue date.held",
            "3: venue \"Washington\" by cue venue.held-at",
        ])
    }

    /// 'Japan co-hosted a side event with the WHO, the World Bank and UNICEF in New York': all of them organised it; the place is not part of the last name.
    @Test func coHostsAfterTheVerb() {
        let page = """
            Side Event on Health

            On 28 September 2015, Japan co-hosted a side event with the World Health Organization, the World Bank and UNICEF in New York. In 2016 the Government of Kenya hosted a follow-up meeting together with the African Union.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Side Event on Health\" by cue title.line",
            "3: organizer \"Japan\" by cue organizer.subject (\"co-hosted\")",
            "3: organizer \"World Health Organization\" by cue organizer.subject (\"co-hosted\")",
            "3: organizer \"World Bank\" by cue organizer.subject (\"co-hosted\")",
            "3: organizer \"UNICEF\" by cue organizer.subject (\"co-hosted\")",
            "3: start-date \"2015-09-28\" by cue date.held",
            "3: venue \"New York\" by cue venue.held-at",
        ])
    }

    /// A heading that names no part but has a roster under it is a session titled by its theme.
    @Test func themedSessionsWithRosters() {
        let page = """
            Dialogue on Seas

            The dialogue was held in Oslo on 3 May 2011.

            Regional Security and Cooperation
            Moderator: Dr. Ana Ruiz, Oslo University
            Speakers: Dr. Kenji Mori (Kyoto University); Ms. Lena Berg (Lund University)

            Ocean Science
            Chair: Prof. Omar Haddad, Cairo University
            """
        #expect(Invented.explain(page) == [
            "1: title \"Dialogue on Seas\" by cue title.line",
            "3: start-date \"2011-05-03\" by cue date.held",
            "3: venue \"Oslo\" by cue venue.held-at",
            "6: moderator \"Ana Ruiz\" in session-1 by cue label.moderator (\"Moderator\")",
            "7: speaker \"Kenji Mori\" in session-1 by cue label.speaker (\"Speakers\")",
            "7: speaker \"Lena Berg\" in session-1 by cue label.speaker (\"Speakers\")",
            "10: chair \"Omar Haddad\" in session-2 by cue label.chair (\"Chair\")",
        ])
    }

    /// 'Featuring:' over 'Name, Title' lines, 'Moderated by X', and 'opened by noting' is no opening.
    @Test func thinkTankPanelWithFeaturing() {
        let page = """
            The Future of Arms Control

            Event Summary

            On June 3, the Center for Strategic Policy hosted a panel discussion on the future of arms control.

            Featuring:
            Rose Gottemoeller, Former Deputy Secretary General, NATO
            Thomas Countryman, Chair, Arms Control Association
            Moderated by Daryl Kimball, Executive Director, Arms Control Association

            Gottemoeller opened by noting that the New START treaty expires in 2026. Countryman argued that Congress must act. In response to a question from the audience, Kimball said verification remains possible.
            """
        #expect(Invented.explain(page) == [
            "1: title \"The Future of Arms Control\" by cue title.line",
            "3: document-type \"Event Summary\" by cue document-type.line",
            "5: organizer \"Center for Strategic Policy\" by cue organizer.subject (\"hosted\")",
            "8: speaker \"Rose Gottemoeller\" by cue label.speaker.continued (\"Featuring\")",
            "9: speaker \"Thomas Countryman\" by cue label.speaker.continued (\"Featuring\")",
            "10: moderator \"Daryl Kimball\" by cue label.moderator.by (\"Moderated\")",
        ])
    }
}
