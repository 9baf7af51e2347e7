import Foundation
import Testing
@testable import ProceedingsKit

/// "Outline of the 2nd Meeting of the Council": the type before the title, and which meeting, which is the title's.
/// Invented lines.
@Suite struct OutlineTitlesTests {
    @Test(arguments: ["2nd", "Second", "12th"])
    func whichMeetingBelongsToTheTitle(_ ordinal: String) throws {
        let record = try Invented.record("""
            Outline of the \(ordinal) Meeting of the Council for Multicultural Coexistence

            1. Date and time
            Tuesday, October 21, 2025, 14:00-16:00
            """)
        #expect(record.event.title == "\(ordinal) Meeting of the Council for Multicultural Coexistence")
        #expect(record.document.documentType == "Outline")
    }
}
