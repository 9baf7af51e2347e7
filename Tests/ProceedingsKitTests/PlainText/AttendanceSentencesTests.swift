import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An attendance printed as sentences under its label: "Members present:" over "Deputies A, B and C." and "Senators D and E.",
/// each name under the office in the plural; a name of four words too, and none of them left out.
@Suite struct AttendanceSentencesTests {

    @Test func officeHoldersListedUnderTheLabel() throws {
        let record = try Invented.record(body: """
            Members present:

            Deputies Niamh Doyle, Eamon Dervan, Seosamh Mac Giolla Easpaig and Colm Reilly.

            Senators Gerard Casey and Roisin Kehoe.

            In attendance: Deputy Tom Murphy.
            """)
        #expect(record.roleLines == ["Niamh Doyle participant", "Eamon Dervan participant", "Seosamh Mac Giolla Easpaig participant",
                                     "Colm Reilly participant", "Gerard Casey participant", "Roisin Kehoe participant", "Tom Murphy participant"])
        let bare = Invented.explain(Invented.header + "Members present:\n\nNiamh Hayes, Eamon Pyle and Colm Ruane.\n\nThe Committee met.\n")
        #expect(bare.filter { $0.contains("participant") }.count == 3)
        let facts = Invented.explain(Invented.header + "Members present:\n\nDrs. Anna Berg and Paul Lund.\n")
        #expect(facts.filter { $0.contains("participant") } == [
            "9: participant \"Anna Berg\" by cue label.participants.continued (\"Members present\")",
            "9: participant \"Paul Lund\" by cue label.participants.continued (\"Members present\")",
        ])
    }
}

/// "held a public hearing on the accounts for the year ended 31st December, 2022": the end of a period the meeting examined
/// is no date of the meeting; the day printed before "held" is.
@Suite struct PeriodsExaminedTests {

    @Test func theEndOfAnExaminedPeriodIsNotTheMeetingsDay() {
        let facts = Invented.explain("""
            PAC QUERIES WATER COMPANY OVER UNPAID BILLS

            Posted on: 07 March 2024

            The Public Accounts Committee of Parliament on Wednesday, 6th March, 2024 held a public hearing on the Report of the Auditor-General on the Public Accounts for the year ended 31st December, 2022.
            """)
        #expect(facts.contains("5: start-date \"2024-03-06\" by cue date.held"))
    }

    /// "was held ... today" under the page's date, and "the last round of consultations held in Tashkent in May 2023": the
    /// meeting is the page's day; the last round is another meeting; whom a delegate "will call on" tomorrow was not there.
    @Test func todayTheLastRoundAndTomorrowsCall() {
        let facts = Invented.explain("""
            Pakistan and Uzbekistan hold 6th Round of Consultations

            Press Release No. 142/2024
            Islamabad
            23 April 2024
            The 6th Round of Consultations between Pakistan and Uzbekistan was held at the Ministry of Foreign Affairs in Islamabad today.
            The two sides expressed satisfaction at the decisions taken during the last round of consultations held in Tashkent in May 2023.
            The First Deputy Minister will call on the Deputy Prime Minister and Foreign Minister, Senator Ishaq Durran, tomorrow.
            """)
        #expect(facts.contains("6: start-date \"2024-04-23\" by cue date.today"))
        #expect(!facts.contains { $0.contains("2023-05") })
        #expect(facts.contains("8: not-a-participant \"Ishaq Durran\" by cue mention.absent"))
    }
}
