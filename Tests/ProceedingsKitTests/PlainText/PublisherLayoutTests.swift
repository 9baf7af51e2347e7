import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Three invented pages in the layouts of three kinds of publisher (a think tank's event page, a
/// UN press release, a university's news item), read end to end: every fact with its cue.
@Suite struct PublisherLayoutTests {

    /// A site section over the title, a labelled venue, organisers 'in partnership with', a panel whose subject names its members' role.
    @Test func thinkTankEventPage() {
        let page = """
            Events

            Regional Security Outlook 2019: Launch Event

            Wednesday, 14 November 2018
            09:30 - 11:00
            Venue: Conference Room 2, Marina Centre, Singapore

            Organised by the Institute of Strategic Studies in partnership with the Embassy of Norway.

            The Institute hosted the launch of its annual Regional Security Outlook. Welcome remarks were delivered by Dr. Peter Lim, Director of the Institute. Ambassador Kari Holm of Norway gave the opening address.

            The panel, moderated by Ms. Sara Tan, Senior Fellow, featured Professor David Wong (National University), Dr. Amina Yusuf (Centre for Peace Studies) and Mr. Hiro Sato (Asia Policy Forum).

            Panellists agreed that maritime tensions would persist. In the question-and-answer session, participants asked about cyber security.
            """
        #expect(Invented.explain(page) == [
            "3: title \"Regional Security Outlook 2019: Launch Event\" by cue title.line",
            "5: issued \"2018-11-14\" by cue date.page",
            "5: start-date \"2018-11-14\" by cue date.page",
            "7: venue \"Conference Room 2, Marina Centre, Singapore\" by cue venue.labelled",
            "9: organizer \"Institute of Strategic Studies\" by cue organizer.by (\"Organised by\")",
            "9: organizer \"Embassy of Norway\" by cue organizer.by (\"Organised by\")",
            "11: opening-speaker \"Peter Lim\" by cue role.opening.noun (\"Welcome remarks\")",
            "11: opening-speaker \"Kari Holm\" by cue role.opening.noun (\"opening address\")",
            "13: part \"Panel\" by cue part.named-in-text",
            "13: moderator \"Sara Tan\" in panel-1 by cue role.moderator (\"moderated\")",
            "13: panelist \"David Wong\" in panel-1 by cue label.panelist.subject (\"panel\")",
            "13: panelist \"Amina Yusuf\" in panel-1 by cue label.panelist.subject (\"panel\")",
            "13: panelist \"Hiro Sato\" in panel-1 by cue label.panelist.subject (\"panel\")",
        ])
    }

    /// A symbol run into the type, a headline in capitals, 'Opening the ... Conference', the place where it was held over the dateline's town.
    @Test func pressRelease() {
        let page = """
            Press Release SG/SM/1234

            DEPUTY SECRETARY-GENERAL URGES ACTION ON DESERTIFICATION AT NAIROBI CONFERENCE

            NAIROBI, 3 March -- Opening the Second Regional Conference on Drylands today, Deputy Secretary-General Amina Mohammed said that land degradation threatened millions.

            The two-day conference, held at the United Nations Office at Nairobi from 3 to 4 March 2015, was co-organized by the United Nations Environment Programme (UNEP) and the Government of Kenya.

            Speaking after her, Kenya's Cabinet Secretary for the Environment, Judi Wakhungu, welcomed delegates. The afternoon session was chaired by Ibrahim Thiaw, Deputy Executive Director of UNEP.
            """
        #expect(Invented.explain(page) == [
            "1: document-type \"Press Release\" by cue document-type.line",
            "3: title \"DEPUTY SECRETARY-GENERAL URGES ACTION ON DESERTIFICATION AT NAIROBI CONFERENCE\" by cue title.line",
            "5: opening-speaker \"Amina Mohammed\" by cue role.opening.verb (\"Opening the Second Regional Conference\")",
            "7: organizer \"United Nations Environment Programme (UNEP)\" by cue organizer.by (\"co-organized by\")",
            "7: organizer \"Government of Kenya\" by cue organizer.by (\"co-organized by\")",
            "7: start-date \"2015-03-03\" by cue date.held",
            "7: end-date \"2015-03-04\" by cue date.held",
            "7: venue \"United Nations Office at Nairobi\" by cue venue.held-at",
            "9: opening-speaker \"Judi Wakhungu\" by cue role.opening.verb (\"welcomed delegates\")",
            "9: part \"Afternoon session\" by cue part.named-in-text",
            "9: chair \"Ibrahim Thiaw\" in session-1 by cue role.chair (\"chaired\")",
        ])
    }

    /// A section label over a headline naming the workshop, a day range, a keynote lecture, a roster with 'Assoc. Prof.' and people split at a semicolon.
    @Test func universityNews() {
        let page = """
            University News

            Graduate School Hosts International Workshop on Migration

            On 12-13 June 2017, the Graduate School of Global Studies held the International Workshop on Migration and Labour at its Kyoto campus. About 80 researchers attended.

            In his keynote lecture, Professor Stephen Castles of the University of Sydney examined migration governance. Professor Keiko Yamada, Dean of the School, delivered the closing remarks.

            Session 1: Labour Markets
            Chair: Assoc. Prof. Ken Ito (Kyoto University)
            Speakers: Dr. Maria Gomez (El Colegio de México); Dr. Li Wei (Fudan University)
            """
        #expect(Invented.explain(page) == [
            "3: title \"Graduate School Hosts International Workshop on Migration\" by cue title.line",
            "5: organizer \"Graduate School of Global Studies\" by cue organizer.subject (\"held\")",
            "5: start-date \"2017-06-12\" by cue date.held",
            "5: end-date \"2017-06-13\" by cue date.held",
            // "at its Kyoto campus": the host's own grounds.
            "5: venue \"Kyoto campus\" by cue venue.held-at",
            "7: keynote-speaker \"Stephen Castles\" by cue role.keynote (\"keynote\")",
            "7: closing-speaker \"Keiko Yamada\" by cue role.closing.noun (\"closing remarks\")",
            "10: chair \"Ken Ito\" in session-1 by cue label.chair (\"Chair\")",
            "11: speaker \"Maria Gomez\" in session-1 by cue label.speaker (\"Speakers\")",
            "11: speaker \"Li Wei\" in session-1 by cue label.speaker (\"Speakers\")",
        ])
    }
}
