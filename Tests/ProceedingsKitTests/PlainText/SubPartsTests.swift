import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

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

    /// "Panel Presentations" over "(a) ..." and "(b) ...": the lettered parts are the panel's; the closing after them is
    /// the event's, and a lettered heading under a part that has its own statements is that part's sibling.
    @Test func letteredHeadingsUnderAnEmptyPartAreItsParts() throws {
        let record = try Invented.record("""
            Symposium on Coastal Trade

            Tokyo, 12 March 2024

            Panel Presentations

            (a) Regional Cooperation on Fisheries - Shared Stocks

              • Freeland: Dr. Ana Silva (Professor of Economics, Freeland University)

            (b) Regional Cooperation in the Coastal Economy - The Promise of Ports

              • Riverland: Dr. Karl Mets (Senior Fellow, Centre for Ports)

            Closing Remarks

              • Freeland: Ambassador Ingrid Haug (Chancellor, Freeland Academy)
            """)
        let panel = try #require(record.parts.first { $0.label.contains("Panel") }, "\(record.parts.map(\.label))")
        let lettered = record.parts.filter { $0.label.hasPrefix("(") }
        #expect(lettered.count == 2, "\(record.parts.map(\.label))")
        #expect(lettered.allSatisfy { $0.parentId == panel.id }, "\(record.parts.map { ($0.label, $0.parentId) })")
        #expect(record.parts.filter { !$0.label.hasPrefix("(") }.allSatisfy { $0.parentId == nil })
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains(#/<head source="text:4,5">Panel Presentations</head>\s*<div type="part"/#), "\(tei)")
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
