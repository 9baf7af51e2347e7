import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Sentences on which the rules for panels in prose, fronted lists, a meeting's own officers, dates of the story, hearing
/// transcripts and sittings of the house must not misfire, found in review. Invented lines.
@Suite struct ReviewedReaderRulesTests {
    @Test(arguments: [
        ("Dr. Maria Lopez reported on the panel discussions held the previous day.", "Maria Lopez speaker"),
        ("Dr. Maria Lopez said in a panel discussion at Davos last year that water is a right.", "Maria Lopez speaker"),
    ])
    func aPanelSpokenOfIsNoSeatOnIt(_ sentence: String, _ role: String) throws {
        #expect(try Invented.record(body: sentence).roleLines == [role])
    }

    @Test func placesAfterAFrontedPlace() throws {
        let record = try Invented.record(body: "In Brazil, Rio Grande do Sul, Santa Catarina and Minas Gerais shared their experiences.")
        #expect(record.persons.isEmpty)
    }

    @Test(arguments: [
        ("Latin American and Caribbean Regional Consultation ahead of INC-5", "INC Chair Luis Vayas Valdivieso briefed delegates by video."),
        ("Workshop on the Protection of Marine Biodiversity (BBNJ)", "BBNJ Co-Chair Rena Lee recalled the treaty's history."),
    ])
    func anotherBodysChair(_ title: String, _ sentence: String) throws {
        let record = try Invented.record(title + "\n\n" + sentence + "\n")
        #expect(!record.roles.contains { $0.role == .chair })
    }

    @Test func aCommissionsCoChairAfterTheMeetingsOwn() throws {
        let record = try Invented.record("""
            Second Session of the Working Group on Aquifers (OEWG-2)

            OEWG Co-Chair Ana Ferreyra opened the session. Later, Co-Chair Sadako Ogata of the Commission on Human Security said the work mattered.
            """)
        #expect(record.roles.filter { $0.role == .chair }.map(\.name) == ["Ana Ferreyra"])
    }

    @Test func aDayTheMinistersFirstMetIsNotThisMeetings() throws {
        let record = try Invented.record("""
            Nordic ministers agree on water plan

            Date: 04.12.2025

            The ministers, who first met in Oslo on 12 November, signed the regional water plan in Copenhagen today.
            """)
        #expect(record.event.startDate == "2025-12-04")
    }

    @Test(arguments: ["5 June 2025, World Environment Day – The Ministry hosted a youth forum.", "12 May 2025, Tuesday – The Ministry hosted a youth forum."])
    func aDatelineNamesNoVenueAfterTheDate(_ sentence: String) throws {
        let record = try Invented.record("Youth forum on water\n\n" + sentence + "\n")
        #expect(record.event.venue == nil)
    }

    @Test func theDaysOfAProgrammeDateNoPage() throws {
        let record = try Invented.record("""
            Workshop on drylands

            The two-day workshop brought together 40 experts in Nairobi.

            12 March 2025

            Experts reviewed the draft indicators.

            13 March 2025

            Experts agreed on a work plan.
            """)
        // The first day's heading is no date of the page (the last line's date at the foot is read by another rule).
        #expect(record.document.issued != "2025-03-12")
    }

    @Test(arguments: ["Dr Ana Ruiz, Coordinator, Regional Water Programme, Ministry of Water", "Mr John Smith, Chair, Executive Board, Nile Basin Initiative"])
    func anOfficeInAnotherBodyIsNoRoleHere(_ item: String) throws {
        let record = try Invented.record(body: "Participants:\n" + item + "\n")
        #expect(record.roles.map(\.role) == [.participant])
    }

    @Test func theStateOfTheRecordIsNoVenue() throws {
        let record = try Invented.record("""
            Water Amendment Bill 2025

            TRANSCRIPT OF PROCEEDINGS

            Thursday, 5 March 2026

            Uncorrected Proof

            CHAIR: Good morning. I open this hearing.
            """)
        #expect(record.event.venue == nil)
    }

    @Test func theRecordsOwnNarrativeUnderATurn() throws {
        let record = try Invented.record("""
            Ordinary meeting of the council

            Minutes

            Mayor Jane Doe: I declare the meeting open and welcome everyone.

            Cr Peter Lang moved and Cr Sue Allen seconded that the minutes of the previous meeting be confirmed. Carried.
            """)
        #expect(record.persons.contains { $0.name == "Peter Lang" } && record.persons.contains { $0.name == "Sue Allen" })
        #expect(Residue.opensSittingOfTheHouse("The Council met in Brussels on 12 May 2025.") == false)
    }

    @Test(arguments: [
        "The workshop took place in Nairobi on 3 May 2025. It built on the Food and Agriculture Organization’s 2023 conference on water scarcity.",
        "The workshop took place in Nairobi on 3 May 2025. Participants reviewed the outcomes of the African Union’s 2024 conference.",
    ])
    func anotherBodysMeetingInPassing(_ text: String) throws {
        #expect(try Invented.record(body: text).organizers.isEmpty)
    }

    @Test func aPrayerReadInTheOpeningOpensIt() {
        let facts = Invented.explain("""
            Regional Meeting on Water

            1. Opening session

            The opening prayer was read by Rev. John Mensah.

            2. Technical session

            Dr Ana Ruiz presented the regional strategy.
            """)
        #expect(facts.contains { $0.hasPrefix("5: opening-speaker \"John Mensah\"") })
    }

    @Test(arguments: [
        ("Prof. John Smith presented the findings. In closing, Prof. John Smith thanked the donors.", ["John Smith presenter"]),
        ("The keynote speech, which the Minister praised as visionary, was given by Prof. John Smith.", ["John Smith keynote-speaker"]),
    ])
    func wordsWithinATalk(_ text: String, _ roles: [String]) throws {
        #expect(try Invented.record(body: text).roleLines == roles)
    }
}
