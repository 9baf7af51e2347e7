import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliament's story of a public hearing: dated by the day the experts told the committee, with the list of the experts
/// heard under the story.
@Suite struct HearingStoriesTests {

    @Test func theDayTheCommitteeWasToldAndItsListOfExperts() throws {
        let record = try Invented.record("""
            Experts urge faster debt restructuring for low-income countries

            Lengthy negotiations between creditors are pushing indebted countries to cut spending on health, experts told the Committee on Economic Cooperation and Development on Wednesday, 12 June 2024.

            List of experts

            Prof. Dr Katharina Brenninkmeyer, Hertie School, Berlin
            Dr Samuel Osei-Bonsu, African Forum and Network on Debt and Development (AFRODAD), Harare
            """)
        #expect(record.event.startDate == "2024-06-12")
        #expect(record.roleLines == ["Katharina Brenninkmeyer speaker", "Samuel Osei-Bonsu speaker"])
    }

    @Test func aDayToldOfAnotherBodyInPassingIsNoDateOfAnEventAlreadyDated() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            The Minister recalled that she had told the Council on 3 March 2021 that the harbour would be rebuilt.
            """)
        #expect(record.event.startDate == "2022-05-12")
    }
}
