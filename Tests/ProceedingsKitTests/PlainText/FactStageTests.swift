import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Facts: what the body says about the event (when, where, who organised it) and who held which role.
@Suite struct FactStageTests {
    /// The page's date on line 3; the body starts on line 7.
    private func peace(_ body: String) -> String {
        "Seminar on Peace\n\n19 September 1996\n\n1. Discussions\n\n" + body + "\n"
    }

    private func reader(_ texts: String...) -> PlainTextReader {
        let lines = texts.enumerated().map { SourceLine(number: $0.offset + 1, indent: 0, text: $0.element) }
        return PlainTextReader(lines: lines, lexicon: .builtIn, fileName: "x.txt", sourceName: "x.txt", sha256: "")
    }

    // MARK: - The reader's parts

    @Test func organizerNamesOfAList() {
        #expect(PlainTextReader.organizerNames("the Acme Institute, the Kyoto Council and the River Foundation")
                == ["Acme Institute", "Kyoto Council", "River Foundation"])
        #expect(PlainTextReader.organizerNames("Acme Institute; Kyoto Council") == ["Acme Institute", "Kyoto Council"])
    }

    @Test func organizationNameIsShapedLikeOne() {
        let lexicon = GenreLexicon.builtIn
        #expect(PlainTextReader.isOrganizationName("Ministry of Foreign Affairs of Japan", lexicon))
        #expect(PlainTextReader.isOrganizationName("River Council (RC)", lexicon))
        #expect(!PlainTextReader.isOrganizationName("This meeting was co-chaired by Japan", lexicon))
        // A meeting, people and a person are not organisations.
        #expect(!PlainTextReader.isOrganizationName("The Symposium", lexicon))
        #expect(!PlainTextReader.isOrganizationName("Participants", lexicon))
        #expect(!PlainTextReader.isOrganizationName("Minister Kenji Mori", lexicon))
    }

    @Test func heldSentenceGivesDateVenueAndOrganizer() throws {
        var reader = reader("The Acme Institute held a seminar on 16 September 1996 at Kyoto Hall.")
        reader.readEventFacts(reader.lines[0].text, lower: reader.lines[0].text.lowercased(), line: 1)
        #expect(reader.eventDate?.date.iso == "1996-09-16")
        #expect(reader.eventDate?.cue == "date.held")
        #expect(reader.venue?.text == "Kyoto Hall")
        #expect(reader.venue?.cue == "venue.held-at")
        #expect(reader.participations.map(\.role) == [.organizer])
        #expect(reader.registry.organizations.map(\.name) == ["Acme Institute"])
    }

    @Test func dateWithoutYearTakesThePagesYearAndIsMarked() throws {
        var reader = reader("x")
        reader.headerDateline = try #require(Dates.all(in: "19 September 1996").first)
        reader.setEventDate(try #require(Dates.all(in: "16 September").first), line: 5, strength: 2, cue: "date.held")
        #expect(reader.eventDate?.date.iso == "1996-09-16")
        #expect(reader.yearInferred == 5)
    }

    @Test func weakerDateDoesNotReplaceAStrongerOne() throws {
        var reader = reader("x")
        reader.setEventDate(try #require(Dates.all(in: "16 September 1996").first), line: 2, strength: 3, cue: "date.labelled")
        reader.setEventDate(try #require(Dates.all(in: "20 September 1996").first), line: 4, strength: 2, cue: "date.held")
        #expect(reader.eventDate?.date.iso == "1996-09-16")
        #expect(reader.eventDate?.line == 2)
        #expect(reader.eventDate?.cue == "date.labelled")
    }

    // MARK: - Dates end to end

    @Test func heldOnAWeekdayUnderThePagesDate() throws {
        let result = Invented.read(peace("The seminar on peace was held on Monday (16 September) at the University headquarters."))
        let record = try #require(result.record)
        #expect(record.event.startDate == "1996-09-16")
        #expect(record.event.dateLine == 7)
        #expect(record.document.issued == "1996-09-19")
        #expect(record.document.issuedLine == 3)
    }

    @Test func yearTakenFromThePageIsAWarning() throws {
        let result = Invented.read(peace("The seminar was held on 16 September in Kyoto."))
        #expect(result.record?.event.startDate == "1996-09-16")
        #expect(result.findings.map(\.rule.rawValue) == ["inferred-year"])
        #expect(result.findings.first?.severity == .warning)
        #expect(result.findings.first?.line == 7)
    }

    @Test func strictRefusesAYearTakenFromThePage() {
        let result = Invented.read(peace("The seminar was held on 16 September in Kyoto."), strict: true)
        #expect(result.record == nil)
        #expect(result.findings.map(\.rule.rawValue) == ["inferred-year"])
        #expect(result.findings.first?.severity == .error)
    }

    @Test func printedYearIsNoInference() throws {
        let result = Invented.read(peace("The seminar was held on 16 September 1996 in Kyoto."))
        #expect(result.record?.event.startDate == "1996-09-16")
        #expect(result.record?.event.venue == "Kyoto")
        #expect(result.findings.isEmpty)
    }

    // MARK: - Roles end to end

    @Test func panelListClosedByARelativeClause() throws {
        let record = try Invented.record(body: "The panel included Ann Lee (Kyoto University), Bob Stone (Osaka Institute) and Carl Marsh (Nagoya Centre), who served as coordinator.")
        #expect(record.roles == [
            Invented.Role(name: "Ann Lee", role: .panelist, printed: "panel included", affiliation: "Kyoto University"),
            Invented.Role(name: "Bob Stone", role: .panelist, printed: "panel included", affiliation: "Osaka Institute"),
            Invented.Role(name: "Carl Marsh", role: .moderator, printed: "served as coordinator", affiliation: "Nagoya Centre"),
        ])
    }

    @Test func keynoteSpeechDeliveredBy() throws {
        let record = try Invented.record(body: "The keynote speech was delivered by Professor Ann Lee.")
        #expect(record.roles == [Invented.Role(name: "Ann Lee", role: .keynoteSpeaker, printed: "keynote")])
        #expect(record.persons.first?.honorific == "Professor")
    }

    @Test func inHisSpeechTheTitledSpeaker() throws {
        let record = try Invented.record(body: "In his speech, the Ambassador of Japan to Latvia, Taro Sato, said that ties are strong.")
        #expect(record.roles == [Invented.Role(name: "Taro Sato", role: .speaker, printed: "In his speech", affiliation: "Ambassador of Japan to Latvia")])
    }

    @Test func subjectOfAVerbOfSpeechSpoke() throws {
        let record = try Invented.record(body: "Gerd Maier, Director of the Kyoto Institute, outlined the basis of cooperation.")
        #expect(record.roles == [Invented.Role(name: "Gerd Maier", role: .speaker, affiliation: "Director of the Kyoto Institute")])
    }

    @Test func personNamedWithoutACueOutsideAnyPartIsAParticipant() throws {
        let record = try Invented.record(body: "Dr. Ann Lee visited the river basin with the delegation.")
        #expect(record.roles == [Invented.Role(name: "Ann Lee", role: .participant)])
    }
}
