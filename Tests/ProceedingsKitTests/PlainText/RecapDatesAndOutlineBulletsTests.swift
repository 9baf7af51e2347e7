import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A recap's labelled date is the day it was posted when its story says the event was held before; a word processor's
/// second-level bullet, a small "o", marks an item like any other bullet.
@Suite struct RecapDatesAndOutlineBulletsTests {

    static let recap = """
        Event Recap

        Water, Power and Peace: Managing Shared Rivers in the Mekong

        Date
        April 11, 2024

        On April 3, 2024, the Southeast Asia Program hosted a panel discussion in Washington, D.C. on transboundary rivers.
        """

    @Test func aDayHeldBeforeTheLabelledDayDatesTheEvent() throws {
        let facts = Invented.explain(Self.recap)
        #expect(facts.contains { $0.hasPrefix("8: start-date \"2024-04-03\" by cue date.held") })
        #expect(facts.contains("6: issued \"2024-04-11\" by cue date.labelled-page"))
        let record = try #require(Invented.read(Self.recap).record)
        #expect(record.event.startDate == "2024-04-03")
        #expect(record.document.issued == "2024-04-11")
    }

    @Test func aMeetingHeldBeforeInPassingLeavesTheLabelledDay() {
        let facts = Invented.explain(Self.recap.replacingOccurrences(
            of: "On April 3, 2024, the Southeast Asia Program hosted a panel discussion in Washington, D.C. on transboundary rivers.",
            with: "This panel follows the workshop held on March 20, 2024 in Geneva."))
        #expect(facts.contains { $0.contains("start-date \"2024-04-11\"") })
        #expect(!facts.contains { $0.contains("issued") })
    }

    @Test func aLabelledDayStandsWhenTheStoryHoldsNothingBefore() {
        // The event page of a meeting still to come: its labelled day is the meeting's.
        let facts = Invented.explain(Self.recap.replacingOccurrences(of: "On April 3, 2024, the Southeast Asia Program hosted",
                                                                      with: "On April 11, 2024, the Southeast Asia Program hosted"))
        #expect(facts.contains { $0.contains("start-date \"2024-04-11\"") })
        #expect(!facts.contains { $0.contains("issued") })
    }

    @Test func aSmallOMarksAnItem() throws {
        let page = """
            Korea-Central Asia Water Seminar

            The seminar was held in Seoul on 14 May 2024. The seminar consisted of two sessions.

            o In Session 1, "Transboundary Water Cooperation," chaired by Professor Lee Hye-rin of Seoul National University, Dr. Rustam Karimov presented.

            o In Session 2, "Smart Water Technologies," moderated by Ambassador Kwon Tae-sik, Ms. Nodira Yusupova presented.
            """
        let record = try #require(Invented.read(page).record)
        #expect(record.parts.map(\.label) == ["Session 1", "Session 2"])
        #expect(LineShape(SourceLine(number: 1, indent: 0, text: "o In Session 1, chaired by X")).isBullet)
        // A word "o" in the middle of a language is no marker: "o lado" begins with a small letter.
        #expect(!LineShape(SourceLine(number: 1, indent: 0, text: "o lado sul da cidade")).isBullet)
    }
}
