import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A programme printed as a run of timed lines, as an agenda or a video's chapters are, then the report in prose. Invented lines.
@Suite struct TimedRunsTests {
    static let page = """
        Securing the Supply Chain

        May 9, 2025

        Video chapters
        00:00 Welcome and introduction – Daniel Harrow
        03:12 Keynote remarks – Hon. Marcus Whitby
        21:40 Moderated conversation
        1:27:02 Closing remarks – Landon Pryce

        On May 9, the Centre hosted a public event on how allies can coordinate investment in mining and processing.

        The panel that followed was moderated by Jennifer Okafor. Dr. Alicia Romero argued that allies should pool their finance.
        """

    /// "Closing remarks – Landon Pryce": after a speech's label, a name alone is its speaker's.
    @Test func aNameAloneAfterASpeechsLabel() throws {
        let roles = try Invented.record(Self.page).roleLines
        #expect(roles.starts(with: ["Daniel Harrow opening-speaker", "Marcus Whitby keynote-speaker", "Landon Pryce closing-speaker"]))
    }

    /// The prose under the run reports the whole event: nobody in it holds a role in the run's last item.
    @Test func theProseAfterTheRunIsNoPartOfItsLastItem() throws {
        let record = try Invented.record(Self.page)
        let closing = try #require(record.parts.last)
        #expect(record.participations.filter { $0.partId == closing.id }.count == 1)
        #expect(record.roleLines.contains("Alicia Romero speaker"))
    }

    /// A timed heading with its own paragraph keeps it: one timed line is no run.
    @Test func aTimedHeadingKeepsItsParagraph() throws {
        let record = try Invented.record(body: """
            09:30 Panel 1: Coastal Cities

            The first panel was moderated by Dr. Ann Berg, who asked the mayors about their budgets and plans for the coming years.
            """)
        let part = try #require(record.parts.first)
        #expect(record.participations.contains { $0.partId == part.id && $0.role == .moderator })
    }

    /// "Keynote – Water Futures": a speech's title after the dash names no one.
    @Test func aSpeechsTitleIsNoName() throws {
        let record = try Invented.record(body: "09:00 Keynote – Water Futures\n09:30 Coffee break\n")
        #expect(record.persons.isEmpty)
    }
}
