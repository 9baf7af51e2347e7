import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Ranges printed as two whole dates, numeric ranges whose one side says which number is the day, a dateline
/// that carries its dates and place in words, and a town with its country over the date. Invented lines.
@Suite struct DateRangesTests {
    @Test(arguments: [
        ("2019-05-12 to 2019-05-14", "2019-05-12", "2019-05-14"),
        ("December 30, 2018 - January 2, 2019", "2018-12-30", "2019-01-02"),
        ("30 December 2018 – 2 January 2019", "2018-12-30", "2019-01-02"),
        ("12/05/2019 - 14/05/2019", "2019-05-12", "2019-05-14"),
        ("05/12/2019 - 05/14/2019", "2019-05-12", "2019-05-14"),
        ("12.05.2019 – 14.05.2019", "2019-05-12", "2019-05-14"),
    ])
    func aRangeOfTwoWholeDates(_ printed: String, _ first: String, _ last: String) {
        let date = Dates.all(in: printed).first
        #expect(Dates.all(in: printed).count == 1)
        #expect(date?.iso == first)
        #expect(date?.lastIso == last)
    }

    @Test func twoDatesFarApartOrUnorderedStayTwo() {
        #expect(Dates.all(in: "3 March 2019 - 9 October 2019").count == 2)
        #expect(Dates.all(in: "05/06/2019 - 07/08/2019").isEmpty)
    }

    @Test func aDatelineThatSaysFromAndIn() throws {
        let record = try Invented.record("""
            Expert Group Meeting on Ageing

            From 12 to 14 May 2019 in Bangkok

            The meeting was opened by Dr. Ana Ruiz, Director of the Institute.
            """)
        #expect(record.event.startDate == "2019-05-12")
        #expect(record.event.endDate == "2019-05-14")
        #expect(record.event.venue == "Bangkok")
    }

    @Test func aWeekdayOnEitherSideOfARangeIsNoPlace() {
        #expect(Dates.dateline("Sunday–Monday, 4–5 March 2018")?.rest == "")
    }

    @Test func aRegionInTheSubjectIsNoVenue() throws {
        func venue(_ sentence: String) throws -> String? {
            try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\n" + sentence + "\n").event.venue
        }
        #expect(try venue("The Institute organised a symposium on migration and urban resilience in Southern Africa.") == nil)
        #expect(try venue("""
            Chile and Norway held a Regional Workshop on Women in Mediation in Southeast Asia on 27 August 2019 at The \
            Palm Resort Nusa Dua, Bali.
            """) == "The Palm Resort Nusa Dua")
        #expect(try venue("The Institute held a seminar on trade at the Hotel Himalaya, Lalitpur.") == "Hotel Himalaya")
        // An earlier meeting's place.
        #expect(try venue("The Speaker recalled that the first conference had been convened in Reykjavik in 2010.") == nil)
    }

    @Test func aTownAndItsCountryOverTheDate() throws {
        let record = try Invented.record("""
            Expert Group Meeting on Ageing
            Bangkok, Thailand
            12-14 May 2019

            The meeting was opened by Dr. Ana Ruiz, Director of the Institute.
            """)
        #expect(record.event.venue == "Bangkok, Thailand")
        #expect(record.event.subtitle == nil)
    }
}
