import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An academy's round table: the speaker first in a timed line, the talk after a dash that no bracket encloses; the ranks
/// of Central and Eastern European academies ("Chief Assist. Prof. Dr.", "Corr. Mem. Prof. DSc"); a greeting read out on
/// another's behalf. Invented lines.
@Suite struct AcademyProgrammesTests {
    static let page = """
        Round Table on Digital Archives

        29.11.2024

        The round table was opened by the Director of IEFSEM – BAS, Assoc. Prof. Dr. Elena Marinova. A greeting address from the Vice-President of the Academy, Corr. Mem. Prof. DSc Nikolay Stoyanov, was read by the Scientific Secretary, Chief Assist. Prof. Dr. Petya Dimitrova.

        Morning session
        Chair: Prof. DSc Rumyana Georgieva
        10:30 – Assoc. Prof. Dr. Ivan Kolev (IEFSEM – BAS) – The Folklore Archive: a century of recordings
        11:00 – Tsvetelina Ivanova, PhD student (IEFSEM – BAS) – Children's games in the archive
        12:00 – Discussion
        """

    @Test func theSpeakerFirstThenTheTalk() throws {
        let record = try Invented.record(Self.page)
        let kolev = try #require(record.roles.first { $0.name == "Ivan Kolev" })
        #expect(kolev.role == .presenter)
        #expect(kolev.affiliation == "IEFSEM – BAS")
        #expect(record.roles.first { $0.name == "Tsvetelina Ivanova" }?.role == .presenter)
        #expect(record.roles.first { $0.name == "Rumyana Georgieva" }?.role == .chair)
    }

    @Test func theOpeningAndTheGreetingReadOut() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.first { $0.name == "Elena Marinova" }?.role == .openingSpeaker)
        #expect(record.roles.first { $0.name == "Nikolay Stoyanov" }?.role == .messageAuthor)
        #expect(record.roles.first { $0.name == "Petya Dimitrova" }?.role == .speaker)
    }

    @Test func aDashInsideBracketsSplitsNothing() {
        let text = "Dr. X (Institute – Academy) – Sound archives"
        let dash = PlainTextReader.dashOutsideBrackets(text)
        #expect(dash.map { String(text[..<$0.lowerBound]) } == "Dr. X (Institute – Academy)")
        #expect(PlainTextReader.dashOutsideBrackets("Dr. X (Institute – Academy)") == nil)
    }
}
