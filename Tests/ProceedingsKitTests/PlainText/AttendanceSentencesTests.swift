import Foundation
import Testing
@testable import ProceedingsKit

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
}
