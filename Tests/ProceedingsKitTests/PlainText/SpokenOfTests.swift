import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// People a summary speaks of who were not at the meeting: cited by their work or example, recalled
/// with a past title, a patron, a predecessor, someone who could not come or was only scheduled, and
/// someone who spoke in a statement elsewhere. Invented lines; each sentence names one present person
/// too, so that the test sees the absent one left out rather than nothing read.
@Suite struct SpokenOfTests {
    static func present(_ sentence: String) throws -> [String] {
        try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\n" + sentence + "\n").roles.map(\.name)
    }

    @Test(arguments: [
        "Dr. Ana Ruiz said several delegations referred to the recent assessment by Professor Ruth Abernethy.",
        "Dr. Ana Ruiz said several speakers cited the example of Governor Bambang Wicaksono, whose city adopted a levy.",
        "Dr. Ana Ruiz spoke of the 2015 judgment of Dame Miriama Kotuku, then Chief Justice.",
        "Dr. Ana Ruiz chaired the dialogue, as had her predecessor, Ms. Reiko Hashimoto.",
        "Dr. Ana Ruiz opened the symposium under the patronage of H.E. Sultan Al-Dhaheri.",
        "Dr. Ana Ruiz recalled a much-quoted remark by former Commissioner Hans Reuter.",
        "Dr. Ana Ruiz recalled what our late founder Dr. Peter Mwangi used to say.",
        "Dr. Ana Ruiz welcomed the guests on behalf of Prof. Hans Weber, who was unable to travel to Lublin.",
        "Dr. Ana Ruiz moderated; Prof. Kwesi Appiah, who was to have spoken on the plenary, sent a paper.",
        "Dr. Ana Ruiz opened the event. Senator Margaret Ellingsworth, originally scheduled to speak, is no longer able to participate.",
        "Dr. Ana Ruiz spoke at the seminar. Foreign Minister Markus Leht said in a statement that support would continue.",
    ])
    func onlySpokenOf(_ sentence: String) throws {
        #expect(try Self.present(sentence) == ["Ana Ruiz"])
    }

    /// A colleague named with no such words took part.
    @Test func presentWithoutACue() throws {
        #expect(try Self.present("Dr. Ana Ruiz and her colleague Prof. Hans Weber presented the report.") == ["Ana Ruiz", "Hans Weber"])
    }
}
