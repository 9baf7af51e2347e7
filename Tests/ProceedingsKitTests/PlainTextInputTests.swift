import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Bad and awkward input: clear findings with file, line and column, never a crash.
@Suite struct PlainTextInputTests {
    private func read(_ text: String, _ name: String = "in.txt") -> ImportResult {
        PlainTextImporter.importRecord(Array(text.utf8), fileName: name)
    }

    @Test func emptyFileIsAnError() {
        let result = PlainTextImporter.importRecord([], fileName: "empty.txt")
        #expect(result.record == nil)
        #expect(result.findings.map(\.description) == ["empty.txt: error: file is empty"])
    }

    @Test func blankFileIsAnError() {
        #expect(read(" \n\t\r\n", "blank.txt").findings.map(\.description) == ["blank.txt: error: file holds only blank lines"])
    }

    @Test func binaryDataIsAnErrorWithItsPosition() {
        let result = PlainTextImporter.importRecord(Array("Title\nab\u{0}c".utf8), fileName: "bin.txt")
        #expect(result.record == nil)
        #expect(result.findings.map(\.description) == ["bin.txt:2:3: error: binary data (byte 0x00), not a text summary"])
    }

    @Test func invalidUTF8IsAnErrorWithItsPosition() {
        let bytes = Array("Symposium on Peace\nOn Ōsaka ".utf8) + [0xC3, 0x28] + Array(" more\n".utf8)
        let result = PlainTextImporter.importRecord(bytes, fileName: "latin1.txt")
        #expect(result.record == nil)
        #expect(result.findings.map(\.description) == ["latin1.txt:2:10: error: invalid UTF-8 (byte 0xC3)"])
    }

    @Test func textAboutNoMeetingWithoutTitleIsAnError() {
        let result = read("\n\n1. Summary\n\nIt rained in Tokyo on 3 May 2004 and the trains stopped for many hours.\n", "notitle.txt")
        #expect(result.record == nil)
        #expect(result.findings.map(\.description) == ["notitle.txt:3:1: error: no recognisable title: a summary starts with the event's title"])
    }

    /// A page that prints no title but reports a meeting is read; its first sentence stands for the title, and says so.
    @Test func meetingWithoutTitleTakesItsFirstSentence() throws {
        let result = read("\n\n1. Summary\n\nThe meeting was held in Tokyo on 3 May 2004 with many participants from abroad.\n", "notitle.txt")
        let record = try #require(result.record)
        #expect(record.event.title == "The meeting was held in Tokyo on 3 May 2004 with many participants from abroad")
        #expect(record.event.startDate == "2004-05-03")
        #expect(result.findings.map(\.description) == [
            "notitle.txt:5:1: warning: no title line; the event's name is taken from the text: \"The meeting was held in Tokyo on 3 May 2004 with many participants from abroad\"",
        ])
    }

    @Test func lineEndingsByteOrderMarkAndSpacesDoNotChangeTheRecord() throws {
        let name = Paths.seeds[1]
        let plain = try String(contentsOf: Paths.sample(name), encoding: .utf8)
        let awkward = "\u{FEFF}" + plain.replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "Session Two", with: "Session\u{00A0}Two")
            .replacingOccurrences(of: "  • ", with: "\t• ")
        let reference = try #require(read(plain, name).record)
        var record = try #require(read(awkward, name).record)
        #expect(record.document.sha256 != reference.document.sha256)
        record.document.sha256 = reference.document.sha256
        #expect(record == reference)
    }

    @Test func unknownLinesAreKeptAndReported() throws {
        let text = """
            Seminar on Water Security

            12 March 2009

            The Ministry of Foreign Affairs organized a seminar at the Mita Conference Hall on 12 March 2009.

            Projector Room B
            """
        let result = read(text, "odd.txt")
        let record = try #require(result.record)
        #expect(record.statements.last?.text == "Projector Room B")
        #expect(result.findings.map(\.description) == ["odd.txt:7:1: warning: line not understood, kept as narrative: \"Projector Room B\""])
        #expect(result.lines.first { $0.line == 7 }?.category == .unclassified)
        #expect(record.event.venue == "Mita Conference Hall")
        #expect(record.event.kind == .seminar)
        #expect(record.id == "odd")
        // Without a file name the date and the title name the record.
        #expect(PlainTextImporter.importRecord(Array(text.utf8), fileName: "<stdin>").record?.id == "2009-03-12-seminar-on-water-security")
    }

    @Test func hardWrappedParagraphIsOneStatement() throws {
        let text = """
            Symposium on Ocean Governance

            1. Summary

            The symposium was opened by the organisers and the
            participants discussed the law of the sea at some
            length.
            """
        let record = try #require(read(text).record)
        let statement = try #require(record.statements.first)
        #expect(record.statements.count == 1)
        #expect(statement.span == SourceSpan(5, 7))
        #expect(statement.text == "The symposium was opened by the organisers and the participants discussed the law of the sea at some length.")
    }

    @Test func fileThatEndsMidWordIsRead() throws {
        let text = "Symposium on Human Security\n\n1. Summary\n\nOn 15th July, 2010, the Ministry of Foreign Affairs organized a sympos"
        let record = try #require(read(text).record)
        #expect(record.statements.last?.text.hasSuffix("a sympos") == true)
    }

    @Test func citedAuthorIsNotAParticipant() throws {
        let text = """
            Symposium on Human Security

            (1) Session One

            Ms. Noda, Deputy Resident Representative, UNDP Mongolia, introduced a project. Quoting "Blessing or Scourge?" by Shahrbanou Tadjbakhsh, former Professor at Sciences Po, she showed her apprehension.
            """
        let record = try #require(read(text).record)
        #expect(record.persons.map(\.name) == ["Noda"])
        #expect(record.participations.map(\.affiliation) == ["Deputy Resident Representative, UNDP Mongolia"])
    }

    @Test func capitalisedFamilyNameComesFirst() throws {
        let text = """
            Seminar on Disaster Risk

            Session 1: Early warning

            Moderator: KAI Noritake, Professor, Tohoku University
            Panelists: Dr. Maria Ōgata-Reyes, Director, Asian Disaster Reduction Center
            """
        let record = try #require(read(text).record)
        let kai = try #require(record.persons.first)
        #expect(kai.familyName == "KAI")
        #expect(kai.givenName == "Noritake")
        #expect(kai.id == "kai-noritake")
        let maria = try #require(record.persons.last)
        #expect(maria.id == "maria-ogata-reyes")
        #expect(maria.honorific == "Dr.")
        #expect(record.participations.map(\.role) == [.moderator, .panelist])
        #expect(record.organizations.map(\.name) == ["Tohoku University", "Asian Disaster Reduction Center"])
    }
}

@Suite struct StrictModeTests {
    @Test func unclassifiedLinesBecomeErrorsAndNoRecord() {
        let text = "Seminar on Water Security\n\n1. Summary\n\nThe seminar was held in Tokyo on 12 March 2009.\n\nProjector Room B\n"
        let lenient = PlainTextImporter.importRecord(Array(text.utf8), fileName: "odd.txt")
        #expect(lenient.record != nil)
        let strict = PlainTextImporter.importRecord(Array(text.utf8), fileName: "odd.txt", strict: true)
        #expect(strict.record == nil)
        #expect(strict.findings.map(\.description) == ["odd.txt:7:1: error: line not understood: \"Projector Room B\" (--strict)"])
    }

    @Test func strictAcceptsAFullyClassifiedSummary() throws {
        let name = Paths.seeds[1]
        let result = PlainTextImporter.importRecord(try Paths.bytes(Paths.sample(name)), fileName: name, strict: true)
        #expect(result.record != nil)
        #expect(result.findings.isEmpty)
    }

    /// "March 2003" above "On February 25, the Ministry ... organized": the year is the page's, an inference.
    @Test func strictRefusesAnInferredYear() throws {
        let name = Paths.seeds[0]
        let lenient = PlainTextImporter.importRecord(try Paths.bytes(Paths.sample(name)), fileName: name)
        #expect(lenient.record?.event.startDate == "2003-02-25")
        #expect(lenient.findings.map(\.description)
            == ["\(name):10:1: warning: the event's date prints no year; 2003 is taken from the page's own date"])
        let strict = PlainTextImporter.importRecord(try Paths.bytes(Paths.sample(name)), fileName: name, strict: true)
        #expect(strict.record == nil)
        #expect(strict.findings.map(\.severity) == [.error])
    }
}
