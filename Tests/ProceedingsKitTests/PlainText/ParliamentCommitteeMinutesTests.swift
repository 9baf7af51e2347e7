import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliament's committee minutes in English translation: the house and its term over the committee, "MINUTES" over "of the
/// 12th meeting", those present on one line with family names in capitals (a given name may be a country's), items headed by
/// their ordinal, questions put by members and a reply. Invented lines.
@Suite struct ParliamentCommitteeMinutesTests {
    static let minutes = """
        NATIONAL ASSEMBLY
        15th PARLIAMENTARY TERM - SESSION C

        STANDING COMMITTEE ON ECONOMIC AFFAIRS

        MINUTES
        of the 12th meeting
        Wednesday 9 April 2025

        In the capital, today, 9 April 2025, at 10.00, the Standing Committee on Economic Affairs met under the chairmanship of \
        its Chairman, Mr Petros ALEXIOU.

        Present: Petros ALEXIOU (Chairman), Georgia NIKOLAIDOU (Vice-Chair), Jordan MAKRIS, Elena SOTIRIOU.

        FIRST ITEM ON THE AGENDA

        The Deputy Minister, Mr Andreas KOSTAS, briefed the Committee. Questions were then put by Ms Georgia NIKOLAIDOU and \
        Mr Jordan MAKRIS, to which the Deputy Minister replied.

        SECOND ITEM ON THE AGENDA

        Ms Elena SOTIRIOU replied to questions on the draft law.
        """

    @Test func theCommitteeOverItsMinutesAndTheMeetingUnderThem() throws {
        let record = try Invented.record(Self.minutes)
        #expect(record.event.title.lowercased() == "standing committee on economic affairs")
        #expect(record.event.subtitle == "12th meeting")
        #expect(record.document.documentType == "MINUTES")
    }

    @Test func thoseThereItemsAndQuestions() throws {
        let record = try Invented.record(Self.minutes)
        // "Georgia" and "Jordan" are given names here, before family names in capitals.
        #expect(record.roles.contains { $0.name == "Georgia NIKOLAIDOU" })
        #expect(record.roles.contains { $0.name == "Jordan MAKRIS" })
        #expect(record.parts.map(\.label) == ["FIRST ITEM ON THE AGENDA", "SECOND ITEM ON THE AGENDA"])
        #expect(record.roles.contains { $0.name == "Jordan MAKRIS" && $0.role == .speaker })
        // A reply is speech, not a respondent's office.
        #expect(record.roles.contains { $0.name == "Elena SOTIRIOU" && $0.role == .speaker })
    }
}
