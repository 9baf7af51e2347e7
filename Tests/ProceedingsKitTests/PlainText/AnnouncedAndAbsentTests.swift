import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who was there, said the way the genre says it: roles announced before the names ("Two lead-off
/// speakers ..."), OSCE introducers, a retired officer's rank, names with particles joined or apart,
/// a double surname used alone, a guest who could not come and a press contact who took no part,
/// a body that acts through its office, a date the event runs until.
@Suite struct AnnouncedAndAbsentTests {

    @Test func rolesAnnouncedThenNamed() {
        let page = """
            Roundtable on Peace Operations

            The roundtable took place in Brussels on 14 November 2022. Two lead-off speakers introduced the discussion. Colonel (ret.) Ousmane Diallo, former Chief of Staff of a standby force, argued that mandates outstrip means. Prof. Anna Berg of the Nordic Peace Institute stressed legitimacy. Dr. Karl Weiss, Senior Fellow, Peace Institute, noted the cost.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Roundtable on Peace Operations\" by cue title.line",
            "3: lead-off-speaker \"Ousmane Diallo\" by cue label.lead-off.announced",
            "3: lead-off-speaker \"Anna Berg\" by cue label.lead-off.announced",
            "3: speaker \"Karl Weiss\" by cue role.speaker.reporting-verb",
            "3: start-date \"2022-11-14\" by cue date.held",
            "3: venue \"Brussels\" by cue venue.held-at",
        ])
    }

    /// 'Introducers:' over bullets; 'al-' joined to a name; 'van den' before it, then the family name alone.
    @Test func introducersAndParticles() {
        let page = """
            Conference on Supply Chains

            Session 1: Due Diligence

            Introducers:
            - Ms. Olga Koval, Director, Labour Rights Centre
            - Mr. Tariq al-Rashid, Adviser, Ministry of Labour

            Mr. Pieter van den Berg, Head of the Rivers Unit, said audits stop too early. Mr. van den Berg added that buyers must pay.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Conference on Supply Chains\" by cue title.line",
            "6: lead-off-speaker \"Olga Koval\" in session-1 by cue label.lead-off (\"Introducers\")",
            "7: lead-off-speaker \"Tariq al-Rashid\" in session-1 by cue label.lead-off (\"Introducers\")",
            "9: speaker \"Pieter van den Berg\" in session-1 by cue role.speaker.reporting-verb",
        ])
        let record = Invented.read(page).record
        #expect(record?.persons.count == 3)
        #expect(record?.persons.first { $0.name == "Pieter van den Berg" }?.familyName == "van den Berg")
    }

    /// A guest who was unable to attend, a contact for the press, a double surname used alone with its honorific.
    @Test func absentGuestAndPressContact() {
        let page = """
            Retreat of Women Mediators

            The retreat was held in Naivasha from 5 to 7 September 2022. Ms. Amina Odhiambo, Executive Director, welcomed participants. The Principal Secretary, Ms. Grace Ngugi, who had been expected to open the retreat, was unable to attend. Panelists included Soledad Ortiz Benítez, mediator, and Rahel Haile, lawyer. Ms. Ortiz Benítez recalled the talks of 2019.

            For more information, please contact Ruth Achieng, Communications Officer.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Retreat of Women Mediators\" by cue title.line",
            "3: opening-speaker \"Amina Odhiambo\" by cue role.opening.verb (\"welcomed participants\")",
            "3: not-a-participant \"Grace Ngugi\" by cue mention.absent",
            "3: panelist \"Soledad Ortiz Benítez\" by cue role.panelist (\"Panelists\")",
            "3: panelist \"Rahel Haile\" by cue role.panelist (\"Panelists\")",
            "3: start-date \"2022-09-05\" by cue date.held",
            "3: end-date \"2022-09-07\" by cue date.held",
            "3: venue \"Naivasha\" by cue venue.held-at",
            "5: not-a-participant \"Ruth Achieng\" by cue mention.contact",
        ])
    }

    /// 'The Organization, through its Secretariat and in partnership with X, held today ...'; 'runs until 13 March'.
    @Test func bodyThroughItsOfficeAndAnEndDate() {
        let page = """
            Press Release
            12 March 2021

            Dialogue on Cyber Resilience

            The Organization of Coastal States (OCS), through the Secretariat of its Committee on Ports and in partnership with the Harbour Safety Alliance, held today the Dialogue on Cyber Resilience. The dialogue, which runs until 13 March, is open to the press.
            """
        let explained = Invented.explain(page)
        #expect(explained.contains("6: organizer \"Organization of Coastal States (OCS)\" by cue organizer.subject (\"held\")"))
        #expect(explained.contains("6: organizer \"Harbour Safety Alliance\" by cue organizer.subject (\"held\")"))
        #expect(!explained.contains { $0.contains("Secretariat") })
        #expect(!explained.contains { $0.contains("2021-03-13") && $0.contains("start-date") })
    }

    /// "by the moderator, Peter Lang" and "Ambassador M. Ito": a role noun set apart by a comma, an initial after an honorific.
    @Test func moderatorInAppositionAndAnInitial() {
        let page = """
            Symposium on Trade

            The afternoon session considered barriers to trade. The core question put to panelists by the moderator, Peter Lang from the Trade Institute, was simple. Ambassador M. Ito, special assistant to the Minister, served as the chairperson of most sessions.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Symposium on Trade\" by cue title.line",
            "3: part \"Afternoon session\" by cue part.named-in-text",
            "3: moderator \"Peter Lang\" in session-1 by cue role.moderator (\"moderator\")",
            "3: chair \"M. Ito\" in session-1 by cue role.chair (\"as the chairperson\")",
        ])
    }

    /// "UNU Rector Ana Silva opened ... The second panel, moderated by the Rector, ...": the one whose title it heads.
    @Test func actorNamedByTitle() {
        let page = """
            Symposium on the UN at 70

            Rector Ana Silva opened the proceedings. The first panel was moderated by Omar Haddad, Special Adviser to the Rector. The second panel, moderated by the Rector, looked at "Perspectives from the UN".
            """
        let explained = Invented.explain(page)
        #expect(explained.contains("3: moderator \"Ana Silva\" in panel-2 by cue role.moderator.by-title (\"moderated\")"))
        #expect(!explained.contains { $0.contains("Omar Haddad") && $0.contains("panel-2") })
    }

    /// Plain lines under the title, then one framed in dashes: the framed line is the subtitle.
    @Test func subtitleFramedInDashes() {
        let page = """
            Symposium on Water
            Its Past and Future
            -- Toward the Goals of 2030 --

            The symposium was held in Lima on 3 May 2010.
            """
        let explained = Invented.explain(page)
        #expect(explained.contains("1: title \"Symposium on Water: Its Past and Future\" by cue title.line"))
        #expect(explained.contains("3: subtitle \"Toward the Goals of 2030\" by cue subtitle.line"))
    }

    /// "Under the coordination of X, the following panelists discussed ...:" over bullets; co-moderators each with a bracketed title.
    @Test func coordinationAndCoModerators() {
        let page = """
            Symposium on Forests

            Panel Discussion
            Under the coordination of Mr. FUJIWARA Shin, Professor Emeritus, the following panelists discussed the role of villages:
            - Ms. NGUYEN Thi Lan, Deputy Director, Forest Department
            - Mr. Emil Dela Cruz BAUTISTA, Forestry Officer, Leyte

            Discussion
            Ms. Yuki Ito (Senior Water Specialist) and Mr. Bo Olawale (Lead Economist) served as co-moderators.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Symposium on Forests\" by cue title.line",
            "4: moderator \"FUJIWARA Shin\" in session-1 by cue role.moderator (\"Under the coordination of\")",
            "5: panelist \"NGUYEN Thi Lan\" in session-1 by cue label.panelist (\"panelists\")",
            "6: panelist \"Emil Dela Cruz BAUTISTA\" in session-1 by cue label.panelist (\"panelists\")",
            "9: moderator \"Yuki Ito\" by cue role.moderator (\"served as co-moderators\")",
            "9: moderator \"Bo Olawale\" by cue role.moderator (\"served as co-moderators\")",
        ])
    }

    /// A committee's page: "chaired by the committee chairperson, X", "X concluded the meeting", letters after names, a list of members.
    @Test func committeeMembersWithPostNominals() {
        let page = """
            Roundtable on Climate Finance

            The roundtable was chaired by the committee chairperson, Rachel Ngata MP.

            Ms Ngata concluded the meeting.

            Committee members: Rachel Ngata MP (Chairperson), Tom Kerr MP, Mele Havili MP
            """
        #expect(Invented.explain(page) == [
            "1: title \"Roundtable on Climate Finance\" by cue title.line",
            "3: chair \"Rachel Ngata\" by cue role.chair (\"chaired\")",
            "7: participant \"Tom Kerr\" by cue label.participants (\"Committee members\")",
            "7: participant \"Mele Havili\" by cue label.participants (\"Committee members\")",
        ])
        #expect(Invented.read(page).record?.persons.count == 3)
    }

    /// "opened by the Institute's director, X"; "Argentine economist X, of the Centre ...".
    @Test func directorInAppositionAndAnEconomist() {
        let page = """
            Seminar on Fiscal Rules

            The seminar was opened by the Institute's director, María Fernanda Restrepo Gaviria, who recalled the rule. Argentine economist Luciana Paz Etchegaray, of the Buenos Aires Centre for Public Finance, was more sceptical.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Seminar on Fiscal Rules\" by cue title.line",
            "3: opening-speaker \"María Fernanda Restrepo Gaviria\" by cue role.opening.by (\"opened by\")",
            "3: participant \"Luciana Paz Etchegaray\" by cue mention.default",
        ])
        let record = Invented.read(page).record
        #expect(record?.participations.first?.affiliation == "Institute's director")
    }

    @Test func institutionsAreWholeWords() {
        #expect(Patterns.namesInstitution("International Rivers Unit"))
        #expect(Patterns.namesInstitution("United Nations Organizations"))
        #expect(!Patterns.namesInstitution("Secretary-General of the United Nations"))
        #expect(!Patterns.namesInstitution("The Guardian Angel"))
    }
}
