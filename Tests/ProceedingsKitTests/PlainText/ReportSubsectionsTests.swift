import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A report numbers its parts as subsections of its proceedings ("2.1 Opening session", "2.2 Session 1: Ports"),
/// or names them in its paragraphs with a number in words and what each was about. Invented lines.
@Suite struct ReportSubsectionsTests {
    @Test func aNumberedSubsectionNamesAPart() throws {
        let record = try Invented.record("""
            Workshop on Coastal Towns

            12 May 2022

            1. INTRODUCTION

            The workshop was held in Lima.

            1.2 Objectives
            To review the ports.

            2. PROCEEDINGS

            2.1 Opening session
            Dr Ana Ruiz opened the workshop.

            2.2. Session 1: Ports and harbours
            The session was chaired by Dr Lena Marsh.

            2.3 Closing session
            Mr Tomas Vidal closed the workshop.
            """)
        #expect(record.parts.map(\.id) == ["opening", "session-1", "closing"])
        #expect(record.parts.first { $0.id == "session-1" }?.title == "Ports and harbours")
        let chair = record.participations.first { $0.role == .chair }
        #expect(chair?.partId == "session-1")
    }

    @Test func aNumberedSubsectionThatNamesNoPartIsText() throws {
        let record = try Invented.record("""
            Workshop on Coastal Towns

            12 May 2022

            The workshop was held in Lima.

            3.1 Findings on the harbours
            Dr Lena Marsh said that the harbours silt up.
            """)
        #expect(record.parts.isEmpty)
    }

    @Test func aPartNamedInAParagraphWithItsNumberInWordsAndItsTopic() throws {
        let record = try Invented.record("""
            Workshop on Coastal Towns

            12 May 2022

            4. Technical session one, "Ports and harbours", was facilitated by Dr Lena Marsh.

            5. The second session, on the financing of sea walls, was chaired by Mr Tomas Vidal.

            6. The third session focused on fisheries. It was moderated by Dr Ana Ruiz.
            """)
        #expect(record.parts.map(\.ordinal) == [1, 2, 3])
        #expect(record.parts.map(\.title) == ["Ports and harbours", "the financing of sea walls", "fisheries"])
    }
}
