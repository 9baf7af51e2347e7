import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An intergovernmental meeting's page with its programme: the meeting's code under a label, the site's tabs under the
/// dateline, the programme's own symbol, and its topics as parts. Invented lines.
@Suite struct MeetingPagesTests {
    static let page = """
        Home > Meetings > ABC/IP/XYZ/25
        Sub-Regional Seminar on the Transfer of University Research
        Tbilisi, May 20 to 21, 2025
        Meeting code: ABC/IP/XYZ/25
        Documents

        ABC/IP/XYZ/25/INF/1 Prov.

        PROVISIONAL PROGRAM

        10.15 – 11.30\tTopic 1:\tInstitutional Policies: Why Universities Need Them

        Speaker:\tMr. Tomas Wierzba, Senior Counsellor, Technology Transfer Section
        """

    @Test func theCodeTheTabsAndTheProgrammesSymbol() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "Sub-Regional Seminar on the Transfer of University Research")
        #expect(record.event.subtitle == nil)
        #expect(record.event.venue == "Tbilisi")
        #expect(record.event.startDate == "2025-05-20")
    }

    /// "Topic 1:" heads a part of the programme; the speaker under it speaks in it.
    @Test func aTopicIsAPart() throws {
        let record = try Invented.record(Self.page)
        let part = try #require(record.parts.first { $0.label.hasPrefix("Topic 1") })
        #expect(record.participations.contains { $0.partId == part.id && $0.role == .speaker })
    }

    @Test func aLabelledSymbol() {
        #expect(HeaderReader.labelledSymbol("Meeting code: ABC/IP/XYZ/25") == "ABC/IP/XYZ/25")
        #expect(HeaderReader.labelledSymbol("Theme: Water and Cities") == nil)
    }
}
