import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A caption's present tense ("A and B co-chair the ..."), the author of a study or of lessons that a speaker cites, and the
/// slides a presentation covered, listed in capitals under the sentence that announces them.
@Suite struct CaptionsAndCitedStudiesTests {

    @Test func aCaptionSaysWhoChairsInThePresent() throws {
        let record = try Invented.record(body: """
            Undersecretary Ana Cruz (right) and Undersecretary Maria Lopez (left) co-chair the 6th Bilateral Consultations at the Department on 7 October 2026.

            Dr. Ken Ito chairs the opening session of the forum.
            """)
        #expect(record.roleLines == ["Ana Cruz chair", "Maria Lopez chair", "Ken Ito chair"])
    }

    @Test func theAuthorOfACitedStudyTookNoPart() throws {
        let record = try Invented.record(body: """
            Panellists cited the 2024 study led by Professor Jan Nowak, which found that one nurse in five plans to leave.

            Ms. Anjali Rai, Senior Adviser, shared the experience of graduated countries, drawing on the lessons documented by former Commissioner Omar Haque.
            """)
        let names = record.roles.map(\.name)
        #expect(names == ["Anjali Rai"])
    }

    /// "A and B shared experiences from ...": who shared what they know spoke; "a panel ... brought together A and B" sat on it.
    @Test func sharingExperiencesAndAPanelBroughtTogether() throws {
        let record = try Invented.record(body: """
            Professor Anne Berg of the Arctic University and Dr Olaf Sig of the Marine Institute shared experiences from joint glider missions.

            The second panel brought together Dr. Lena Holm and Dr. Rui Costa, who agreed that data must be shared.
            """)
        #expect(record.roleLines == ["Anne Berg speaker", "Olaf Sig speaker", "Lena Holm panelist", "Rui Costa panelist"])
    }

    /// "... a presentation that covered:" over lines in capitals: its points; the item under which it was given goes on.
    @Test func slidesInCapitalsUnderTheSentenceThatAnnouncesThem() throws {
        let record = try Invented.record("""
            WORK SESSION MINUTES

            February 24, 2026

            6. Discussion: Short-Term Rental Update

            Director Dana Ellis and Planner Kyle Ruiz provided a PowerPoint presentation that covered:

            LICENSING PROGRAM - FIRST YEAR
            COMPLAINTS AND ENFORCEMENT

            Vice Mayor Hargrove asked whether the City could cap licenses near the university.
            """)
        #expect(record.sections.isEmpty)
        #expect(record.participations.filter { $0.partId != nil }.count == 3)
    }
}
