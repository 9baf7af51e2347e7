import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// People spoken of with a description between the phrase and the name: "the late former Executive Secretary Mr. X",
/// "referred to the engineer X". Invented lines.
@Suite struct DescribedInPassingTests {
    @Test func theLateAndThoseReferredToTookNoPart() throws {
        let record = try Invented.record(body: """
            Recalling the words of the late former ECA Executive Secretary Mr. Kofi Mensah, who called integration "the only road", she urged States to act.

            Quoting the late Nobel laureate Prof. Wanjiru Maina, she challenged participants to focus on practical steps.

            Opening the meeting, Minister Van der Berg referred to the engineer Johan van Dam, whose warnings laid the groundwork.

            Participants referred several times to the Swedish writer Sara Lind, whose novels were quoted.
            """)
        #expect(record.roleLines == ["Van der Berg opening-speaker"])
    }

    /// A verb, a comma or a conjunction between them ends the description: the one named after it is there.
    @Test func aVerbBetweenEndsTheDescription() throws {
        let record = try Invented.record(body: """
            The Chair referred the question to the committee, and Dr. Ann Berg answered it.

            A minute of silence was held in memory of the late founder, and then Dr. Per Lund presented the report.
            """)
        #expect(record.roleLines.contains("Ann Berg respondent"))
        #expect(record.roleLines.contains("Per Lund presenter"))
    }
}
