import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An outline numbers its facts ("1. Date: ...") or prints each label over its value; a numeric
/// date is read in the order its weekday allows. Invented lines.
@Suite struct OutlineFactsTests {

    @Test func numberedFactsOnTheirLabelsLine() throws {
        let record = try Invented.record("""
            Outline of the Seminar on Water

            1. Date: 3 September 2016
            2. Venue: Hotel Plaza, Rua Lacerda, 410, São Paulo, Brazil
            3. Organizers: Water Institute (WI) and Andean Network (AN)

            Dr. Ann Lee chaired the seminar.
            """)
        #expect(record.event.startDate == "2016-09-03")
        #expect(record.event.venue == "Hotel Plaza, Rua Lacerda, 410, São Paulo, Brazil")
        #expect(record.organizations.map(\.name) == ["Water Institute (WI)", "Andean Network (AN)"])
    }

    @Test func labelsOverTheirValues() throws {
        let page = """
            Outline of the Seminar on Water

            1. Date
            03/09/2016 (Saturday), 08:30–17:30

            2. Venue
            Hotel Plaza, São Paulo

            Organizers:
            Water Institute

            Programme
            Dr. Ann Lee chaired the seminar.
            """
        let record = try Invented.record(page)
        #expect(record.event.startDate == "2016-09-03")
        #expect(record.event.venue == "Hotel Plaza, São Paulo")
        #expect(record.organizations.map(\.name) == ["Water Institute"])
        // A line with its value is no bare label.
        #expect(LabelledFact.label("Date/Time:Feb 25 2006 10:00") == nil)
        #expect(LabelledFact.label("Venue:") == [.venue])
        #expect(LabelledFact.label("Programme") == nil)
    }

    /// "03/09/2016" is 3 September or 9 March: the weekday printed beside it decides, or nothing does.
    @Test func numericDatesAndTheirWeekday() {
        #expect(Dates.all(in: "03/09/2016 (Saturday)").first?.iso == "2016-09-03")
        #expect(Dates.all(in: "Wednesday, 03/09/2016").first?.iso == "2016-03-09")
        #expect(Dates.all(in: "03/09/2016").first?.iso == nil)
        #expect(Dates.all(in: "18/10/2024").first?.iso == "2024-10-18")
        #expect(DateScanner.weekday(year: 2016, month: 9, day: 3) == 6)
        #expect(DateScanner.weekday(year: 2000, month: 1, day: 1) == 6)
    }

    /// Spanish and Portuguese honorifics of a roster.
    @Test func iberianHonorifics() throws {
        let record = try Invented.record(body: """
            Panelists:
            – Dra. María José de la Fuente (Universidad del Sur)
            – Enf. Thaís Brandão (Hospital Municipal)
            – Pe. Antônio Viegas, hospital chaplain
            """)
        #expect(record.roles.map(\.name) == ["María José de la Fuente", "Thaís Brandão", "Antônio Viegas"])
        #expect(Set(record.roles.map(\.role)) == [.panelist])
    }
}
