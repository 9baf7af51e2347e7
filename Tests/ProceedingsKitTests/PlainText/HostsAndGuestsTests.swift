import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who hosted and who came: organisers named after "held by" and co-hosts named a sentence later,
/// a person who organised the meeting, guests by abbreviated or lower-case titles, and the places
/// that are not the venue. Invented pages, read end to end.
@Suite struct HostsAndGuestsTests {

    /// 'jointly held by A (ACR) and B in ...', 'Chargé d'affaires X', 'Assoc. Professor X', a guest who later spoke.
    @Test func seminarJointlyHeldWithGuests() {
        let page = """
            Seminar on Coastal Resilience

            On 3 June 2014, the Coastal Resilience Seminar was jointly held by the Pacific Trade Agency (PTA) and NIRA in the agency's main hall.
            More than 80 people attended. Guests included Samoa Chargé d'affaires Leota and Mr. Hamada, Director of the Fisheries Division.
            The panel discussion was moderated by Assoc. Professor Kenta Mori from Osaka University.
            In closing, Director Hamada thanked the guest speech by Director Leota.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Seminar on Coastal Resilience\" by cue title.line",
            "3: organizer \"Pacific Trade Agency (PTA)\" by cue organizer.by (\"jointly held by\")",
            "3: organizer \"NIRA\" by cue organizer.by (\"jointly held by\")",
            "3: start-date \"2014-06-03\" by cue date.held",
            "4: participant \"Leota\" by cue mention.default",
            "4: participant \"Hamada\" by cue mention.default",
            // "The panel discussion was moderated by": the discussion is a part of the programme, named by its kind.
            "5: part \"Panel discussion\" by cue part.named-in-text",
            "5: moderator \"Kenta Mori\" in session-1 by cue role.moderator (\"moderated\")",
            "6: closing-speaker \"Hamada\" in session-1 by cue role.closing.noun (\"In closing\")",
            "6: speaker \"Leota\" in session-1 by cue role.speaker.noun-by (\"speech by\")",
        ])
    }

    /// A host, then co-hosts in the next sentence; a theme printed without quotation marks is no venue.
    @Test func coHostsNamedLater() {
        let page = """
            Forum on Urban Water

            The forum was held on the theme of citizens' participation in the United Nations and beyond on 4 May 2012.
            Japan hosted the event. The event was co-hosted by Kenya, Peru, the World Bank and UNICEF.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Forum on Urban Water\" by cue title.line",
            "3: start-date \"2012-05-04\" by cue date.held",
            "4: organizer \"Japan\" by cue organizer.subject (\"hosted\")",
            "4: organizer \"Kenya\" by cue organizer.by (\"co-hosted by\")",
            "4: organizer \"Peru\" by cue organizer.by (\"co-hosted by\")",
            "4: organizer \"World Bank\" by cue organizer.by (\"co-hosted by\")",
            "4: organizer \"UNICEF\" by cue organizer.by (\"co-hosted by\")",
        ])
    }

    /// A minister who organised the dialogue, her verb printed after a relative clause.
    @Test func ministerOrganisedTheDialogue() {
        let page = """
            Press Release
            12 March 2019

            On 11 March, Ms. TANAKA Emi, Minister for Health of Japan, who is visiting Nairobi, Kenya to attend the Health Assembly, organized a dialogue with experts titled "Care at Home".
            """
        let explained = Invented.explain(page)
        #expect(explained.contains("4: organizer \"TANAKA Emi\" by cue role.organizer.verb (\"organized a dialogue\")"))
        #expect(explained.contains("4: start-date \"2019-03-11\" by cue date.held"))
    }

    /// "convened by Associate Professor X ... and Dr Y": people who organised it; "moderated by the journalist X".
    @Test func peopleWhoConvenedIt() {
        let page = """
            Workshop on Data

            It was convened by Associate Professor Hemi Parata of the Faculty of Law and Dr Lucia Ferreyra of the Andean University. A panel moderated by the journalist Camila Ortega Ruiz brought together Gabriela Andrade, Deputy Mayor of Quito; and Kenji Morimoto, Director of Sanko Systems.
            """
        #expect(Invented.explain(page) == [
            "1: title \"Workshop on Data\" by cue title.line",
            "3: organizer \"Hemi Parata\" by cue role.organizer.by (\"convened by\")",
            "3: organizer \"Lucia Ferreyra\" by cue role.organizer.by (\"convened by\")",
            "3: part \"Panel\" by cue part.named-in-text",
            "3: moderator \"Camila Ortega Ruiz\" in panel-1 by cue role.moderator (\"moderated\")",
            "3: panelist \"Gabriela Andrade\" in panel-1 by cue label.panelist.subject (\"panel\")",
            "3: panelist \"Kenji Morimoto\" in panel-1 by cue label.panelist.subject (\"panel\")",
        ])
    }

    /// "organised by the university's Institute ... in collaboration with ...", "with the support of" (no organiser),
    /// "was organised jointly with X" (the partner of an organiser the page leaves unnamed).
    @Test func partnersAndSupporters() {
        let first = Invented.explain("""
            Workshop on Mangroves

            The workshop was organised by the university's Institute of Coastal Studies (ICS) in collaboration with the Mangrove Network (MN).
            """)
        #expect(first.filter { $0.contains("organizer") } == [
            "3: organizer \"Institute of Coastal Studies (ICS)\" by cue organizer.by (\"organised by\")",
            "3: organizer \"Mangrove Network (MN)\" by cue organizer.by (\"organised by\")",
        ])
        let second = Invented.explain("""
            Seminar on Floods

            The seminar, organized by the Disaster Risk Commission (DRC) with the support of the Planning Agency of Bangkok, brought together planners.
            """)
        #expect(second.filter { $0.contains("organizer") } == ["3: organizer \"Disaster Risk Commission (DRC)\" by cue organizer.by (\"organized by\")"])
        let third = Invented.explain("""
            Seminar on Fiscal Rules

            The seminar was organised jointly with the Humboldt Institute for Economics and was attended by 120 people.
            """)
        #expect(third.filter { $0.contains("organizer") } == ["3: organizer \"Humboldt Institute for Economics\" by cue organizer.partner (\"jointly with\")"])
    }

    /// "a business mission to be held in Majuro": an event still to come gives no venue.
    @Test func aFutureEventIsNoVenue() {
        let page = """
            Seminar on Pacific Trade

            The seminar was organised by the Pacific Trade Agency. Companies were invited to join a mission to be held in Majuro next year.
            """
        #expect(!Invented.explain(page).contains { $0.contains("venue") })
    }

    /// A Latin American release: a host described between hyphens, as Spanish prints an aside, and a speaker who spoke
    /// "during the inauguration".
    @Test func aHostDescribedBetweenHyphensAndWordsAtTheInauguration() throws {
        let record = try Invented.record(body: """
            The Forum on Coastal Cities 2024, organized by CAF -development bank of Latin America and the Caribbean- and the Municipality of Punta del Este, took place on March 19 at the Convention Centre.

            "Adaptation is a condition for development," said Andrés Keller-Montaño, Vice President of CAF, during the inauguration.
            """)
        #expect(record.organizers == ["CAF", "Municipality of Punta del Este"])
        #expect(record.roleLines == ["Andrés Keller-Montaño opening-speaker"])
    }
}
