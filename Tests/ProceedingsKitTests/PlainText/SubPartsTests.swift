import Foundation
import Testing
@testable import ProceedingsKit

/// A part given inside another: the slots of a day's timetable under a session's heading that gives no hour, the matters
/// of minutes numbered under their item's number. Invented lines.
@Suite struct SubPartsTests {
    @Test func timedSlotsUnderASessionsHeadingAreItsParts() throws {
        let record = try Invented.record(SubPartsTests.programme)
        let parents = Dictionary(uniqueKeysWithValues: record.parts.map { ($0.id, $0.parentId ?? "-") })
        #expect(parents == ["session-1": "-", "presentation-of-the-report": "session-1", "comments": "session-1", "session-2": "-"])
        // The session's lines are its heading's and its talks'.
        #expect(record.part("session-1")?.span == SourceSpan(5, 12))
        #expect(record.subParts(of: "session-1").map(\.id) == ["presentation-of-the-report", "comments"])
    }

    @Test func slotsOfATimetableWithItsHoursOnEveryLineStandInTheEvent() throws {
        let record = try Invented.record("""
            Seminar on Water and Cities

            Tokyo, 12 March 2024

            09:00  Opening remarks – Prof. Kenji Mori, University of Tokyo
            10:30  Session 1: Rivers (chair: Dr. Ana Silva)
            11:00  Flash talks by PhD candidates (chair: Dr. Ingrid Haug)
            17:00  Closing remarks – Dr. Karl Mets, Centre for Rivers
            """)
        #expect(!record.parts.isEmpty)
        #expect(record.parts.allSatisfy { $0.parentId == nil }, "\(record.parts.map { ($0.id, $0.parentId) })")
    }

    @Test func mattersOfMinutesNumberedUnderTheirItemAreItsParts() throws {
        let record = try Invented.record(CouncilMotionsTests.page)
        let matter = try #require(record.parts.first { $0.label.hasPrefix("2.1 ") })
        #expect(matter.parentId == record.parts.first { $0.label == "2. Staff Reports" }?.id)
        #expect(record.parts.filter { $0.parentId != nil }.count == 1)
    }

    @Test func aParentThatLoopsOrIsMissingIsTheEvent() {
        var parts = [EventPart(id: "a", kind: .session, ordinal: 1, label: "A", span: SourceSpan(1), parentId: "b"),
                     EventPart(id: "b", kind: .session, ordinal: 2, label: "B", span: SourceSpan(2), parentId: "a"),
                     EventPart(id: "c", kind: .session, ordinal: 3, label: "C", span: SourceSpan(3), parentId: "nowhere")]
        parts.append(EventPart(id: "d", kind: .other, ordinal: 4, label: "D", span: SourceSpan(4), parentId: "c"))
        let record = Record(id: "r", document: Document(sourceFile: "r.txt", sha256: "", language: "en"),
                            event: Event(kind: .seminar, title: "R", titleSpan: SourceSpan(1)), parts: parts)
        #expect(record.subParts(of: nil).map(\.id) == ["a", "b", "c"])
        #expect(record.subParts(of: "c").map(\.id) == ["d"])
    }

    static let programme = """
        Seminar on Water and Cities

        Tokyo, 12 March 2024

        Session 1: Water and cities
        Chair: Prof. Kenji Mori, University of Tokyo

        14:10  Presentation of the report
               Ingrid Haug, Senior Research Fellow, Institute of Waters

        14:40  Comments
               Karl Mets, Head of Research, Centre for Rivers, Tallinn

        Session 2: Rivers and law
        Moderator: Dr. Ana Silva, Law Institute

        The session discussed the law of rivers at length and agreed on three points.
        """
}
