import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A select committee's report as a parliament's site prints it: its type over the title ("Select committee report"), the
/// body whose report it is under it, the day it was presented to the House; and those whose submissions were read but who did
/// not appear.
@Suite struct CommitteeReportsTests {

    static let page = """
        New Zealand Parliament

        Home > Parliamentary business > Select committees > Reports

        Select committee report

        Inquiry into climate finance in the Pacific

        Report of the Foreign Affairs Committee

        Presented to the House of Representatives: 2 May 2024

        Hearing of evidence

        We heard oral evidence at hearings held at Parliament in Wellington on 6 March 2024. On 6 March we heard first from Professor Kiri Waitoa of the University of Otago, who told us that the commitment was well regarded.

        We note the written submission of the Rt Hon Sir Wiremu Harawira, a former Minister of Foreign Affairs, who did not wish to be heard, and the submission of Ms Priya Lal, who was unable to appear on the day.
        """

    @Test func theTypeTheTitleAndTheDayPresented() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("5: document-type \"Select committee report\" by cue document-type.line"))
        #expect(facts.contains("7: title \"Inquiry into climate finance in the Pacific\" by cue title.line"))
        #expect(facts.contains("11: issued \"2024-05-02\" by cue date.page"))
    }

    @Test func theBodyWhoseReportItIs() {
        let read = Invented.read(Self.page)
        #expect(Invented.explain(Self.page).contains("9: organizer \"Foreign Affairs Committee\" by cue organizer.report-of"))
        #expect(read.findings.contains { $0.line == 9 && $0.message.contains("whose report this is") })
    }

    @Test func submissionsOfThoseWhoDidNotAppear() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("17: not-a-participant \"Wiremu Harawira\" by cue mention.absent"))
        #expect(facts.contains("17: not-a-participant \"Priya Lal\" by cue mention.absent"))
        #expect(facts.contains { $0.hasPrefix("15: speaker \"Kiri Waitoa\"") })
    }
}
