import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who a page names without their having been there: the ministry's spokesperson who reports the meeting, a minister whose
/// greetings were conveyed, the author of a study quoted or referred to, members who sent apologies; and a UN report's
/// lettered subsection that heads a session.
@Suite struct ReportedAndAbsentTests {

    @Test func theSpokespersonReportsTheMeeting() throws {
        let record = try #require(Invented.read("""
            Cairo hosts second round of trilateral consultations

            Monday, 17 February 2025

            Ambassador Tarek Hamdi, Official Spokesperson of the Ministry of Foreign Affairs, stated that the Ministry hosted on Sunday, 16 February 2025, the second round of consultations.

            The consultations were co-chaired by Ambassador Nermine Abdel-Aziz and Mr. Konstantinos Vlachakis.

            Assistant Minister Abdel-Aziz opened the consultations by conveying the greetings of Foreign Minister Dr. Hossam Mansour to his counterparts.
            """).record)
        let ids = Set(record.participations.compactMap(\.personId))
        #expect(ids == ["nermine-abdel-aziz", "konstantinos-vlachakis"])
    }

    @Test func whoBringsGreetingsOrSpeaksOfAReportIsThere() throws {
        // A spokesperson's words that are no report of the meeting, greetings from one who then welcomed, a report presented.
        let record = try Invented.record(body: """
            The conference opened with greetings from Rector Prof. Anna Berg, who welcomed the participants.

            Government spokesperson Lena Vogt said that trust in institutions depends on plain language.

            Dr Jane Roe, in her presentation of the Institute's new report, said that costs had doubled.
            """)
        let ids = Set(record.participations.compactMap(\.personId))
        #expect(ids == ["anna-berg", "lena-vogt", "jane-roe"])
    }

    @Test func atTheirOwnBriefingTheSpokespersonSpeaks() throws {
        let record = try #require(Invented.read("""
            Regular press briefing by the Official Spokesperson

            Monday, 17 February 2025

            Ambassador Tarek Hamdi, Official Spokesperson of the Ministry of Foreign Affairs, stated that the Minister would travel to Rome.
            """).record)
        #expect(record.participations.contains { $0.personId == "tarek-hamdi" })
    }

    @Test func authorsOfWhatIsQuotedOrReferredTo() throws {
        let record = try Invented.record(body: """
            "The burden is heaviest before the worker has earned a single rupee," wrote the study's lead author, Dr. Meera Pillai, in its foreword.

            Several participants referred to the 2023 report of the Independent Expert on climate mobility, Mr. Ioane Leavasa, which found that relocation is rarely measured.
            """)
        #expect(record.participations.isEmpty)
    }

    @Test func membersWhoSentApologies() throws {
        let record = try Invented.record(body: """
            Committee members who took part in the meeting:
            Sanna Virtanen (Centre Group, Finland), chair
            Ingrid Solbakken (Conservative Group, Norway)

            Sent apologies:
            Elin Karlsson (Conservative Group, Sweden)
            """)
        let ids = Set(record.participations.compactMap(\.personId))
        #expect(ids.contains("ingrid-solbakken"))
        #expect(!ids.contains("elin-karlsson"))
    }

    @Test func aLetteredSubsectionHeadsASession() throws {
        let record = try Invented.record(body: """
            II. Proceedings

            A. Session 1: Defining what to measure

            5. Session 1 was moderated by Ms. Salote Havili (Tonga).

            B. Session 2: Data, capacity and reporting

            7. Session 2, moderated by Mr. Omar Diallo (Senegal), took place in three breakout groups.
            """)
        #expect(record.parts.map(\.title) == ["Defining what to measure", "Data, capacity and reporting"])
        // An initial before a name is no letter of a subsection.
        let initial = try Invented.record(body: "A. Smith Presented The Findings")
        #expect(initial.parts.isEmpty)
    }

    @Test func aStreetIsNoPerson() throws {
        let record = try Invented.record(body: "Senate of the Philippines\nGSIS Building, Financial Center, Diokno Blvd., Pasay City")
        #expect(record.persons.isEmpty)
    }
}

/// A parliament's news of a hearing labels its day as "Time:", with the hour after it.
@Suite struct TimeLabelledDayTests {
    @Test func aTimeLabelThatPrintsTheDay() throws {
        let record = try Invented.record("""
            Experts urge faster approval procedures for hydrogen storage

            Time: Monday, 4 March 2024, 2 pm
            Venue: Berlin, Paul-Löbe-Haus, room E.600

            The Committee on Climate Action and Energy held a public hearing on Monday on the draft act on hydrogen storage.
            """)
        #expect(record.event.startDate == "2024-03-04")
        #expect(LabelledFact("Time: Monday, 4 March 2024, 2 pm")?.kinds == [.date, .time])
        #expect(LabelledFact("Time: 2 pm to 4 pm")?.kinds == [.time])
    }
}

/// A recap of a roundtable: one whose relative clause holds commas of its own took part; one whose report made a point the
/// participants returned to did not.
@Suite struct RoundtableRecapTests {
    @Test func aRelativeClauseWithCommasAndAReportsAuthor() throws {
        let record = try Invented.record(body: """
            Owen Castellanos, who leads early-career programs at a regional bank, Harborview Financial, said the challenge was mentors.

            Participants repeatedly returned to a point made by Gwendolyn Archer in her 2022 report for the Aspen Skills Lab: that employers underinvest in training.
            """)
        let ids = Set(record.participations.compactMap(\.personId))
        #expect(ids == ["owen-castellanos"])
    }
}
