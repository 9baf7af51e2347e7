import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A paragraph that is no one's statement but reports what people said (a question-and-answer
/// session) marks each person's words with that person's `@who`, sentence by sentence, says so in
/// its `@ana` (`speech.narrated`), and reads back as a paragraph without a speaker, though one
/// person alone speaks in it. Lines invented.
@Suite(.serialized) struct TEIVoicesTests {
    typealias V = TEISpeech.Voiced
    static let people = [
        TEISpeech.Person(id: "ana-ruiz", names: ["Ana Ruiz", "Ruiz", "Ana"]),
        TEISpeech.Person(id: "paul-berg", names: ["Paul Berg", "Berg", "Paul"]),
    ]

    @Test func eachNamedSubjectGetsItsSentence() {
        let text = "A participant asked about ferries. Dr. Ruiz replied that ferries would run in spring."
            + " In turn, Mr. Berg, the mayor, also noted that the pier was closed and added that it would open."
        #expect(TEISpeech.voices(text, people: Self.people) == [
            .prose("A participant asked about ferries. "), .speaker("Dr. Ruiz", person: "ana-ruiz"),
            .prose(" replied that "), .reported("ferries would run in spring.", person: "ana-ruiz"),
            .prose(" In turn, "), .speaker("Mr. Berg", person: "paul-berg"), .prose(", the mayor, also noted that "),
            .reported("the pier was closed", person: "paul-berg"), .prose(" and added that "),
            .reported("it would open.", person: "paul-berg"),
        ])
    }

    /// "He", two people, or a name that is not the subject: the paragraph cannot say whose words they are.
    @Test func unresolvedSubjectsStayProse() {
        let text = "Dr. Ruiz replied that ferries would run. He noted that costs rose."
            + " Dr. Ruiz and Mr. Berg agreed that fares should fall."
            + " Following Mr. Berg's remarks, a trader said that ports were busy. Mr. Berg stated that walls were low."
        let voiced = TEISpeech.voices(text, people: Self.people)
        #expect(voiced.compactMap { if case .reported(let words, let person) = $0 { "\(person): \(words)" } else { nil } } == [
            "ana-ruiz: ferries would run.", "paul-berg: walls were low.",
        ])
        #expect(voiced.map { switch $0 { case .prose(let t), .speaker(let t, _), .reported(let t, _): t } }.joined() == text)
    }

    /// A position's title before the name ("Prime Minister"), an apposition the name closes, an
    /// adverb after it: the name is still the subject; a name in the possessive is none.
    @Test func titlesAppositionsAndPossessives() {
        let people = Self.people + [TEISpeech.Person(id: "kamikawa-yoko", names: TEINames.withMixedCase(["KAMIKAWA Yoko", "KAMIKAWA"]))]
        func reported(_ text: String) -> [String] {
            TEISpeech.voices(text, people: people).compactMap { if case .reported(let words, let person) = $0 { "\(person): \(words)" } else { nil } }
        }
        #expect(reported("Foreign Minister Kamikawa stated that piers matter.") == ["kamikawa-yoko: piers matter."])
        #expect(reported("State Secretary Berg said that ports were busy.") == ["paul-berg: ports were busy."])
        #expect(reported("In the opening session, Prime Minister Paul Berg stated that ports were busy.") == ["paul-berg: ports were busy."])
        #expect(reported("The town's Mayor for Harbour Affairs, Paul Berg, noted that fares rose.") == ["paul-berg: fares rose."])
        #expect(reported("Following Mr. Berg's remarks, Dr. Ruiz then stated that fares fell.") == ["ana-ruiz: fares fell."])
        // Lower-case words before the name are no title: "the ferry operator Paul Berg" is not the subject's name alone.
        #expect(reported("A friend of Paul Berg noted that fares rose.") == [])
        #expect(TEINames.withMixedCase(["KAMIKAWA Yoko", "Louis XIV", "Ana Ruiz"]) == ["KAMIKAWA Yoko", "Kamikawa Yoko", "Louis XIV", "Ana Ruiz"])
    }

    /// One person alone is marked as two are.
    @Test func onePersonAloneIsMarked() {
        #expect(TEISpeech.voices("A trader asked about fares. Dr. Ruiz replied that fares would fall.", people: Self.people) == [
            .prose("A trader asked about fares. "), .speaker("Dr. Ruiz", person: "ana-ruiz"), .prose(" replied that "),
            .reported("fares would fall.", person: "ana-ruiz"),
        ])
        #expect(TEISpeech.voices("A trader asked about fares. He was told that they would fall.", people: Self.people) == [])
    }

    static let oneVoice = """
        Workshop on Coastal Towns
        12 May 2019

        Dr. Ana Ruiz, Director, Coast Institute, opened the workshop.
        Mr. Paul Berg, Mayor of Lenton, spoke about harbours.
        In the question-and-answer session, a participant asked about ferries. Mr. Berg explained that ferries would run in spring. A year later, the ferries ran.

        """

    /// A paragraph of no one's in which one person alone speaks: the said is that person's, the
    /// paragraph's @ana says it narrates, and read back it is still no one's statement.
    @Test func aQAParagraphWithOneSpeakerIsNoOnesStatementReadBack() throws {
        let result = PlainTextImporter.importRecord(Array(Self.oneVoice.utf8), fileName: "2019-05-12_coastal-towns.txt")
        let record = try #require(result.record, "\(result.findings)")
        let qa = try #require(record.statements.first { $0.text.hasPrefix("In the question") })
        #expect(qa.speakerId == nil && !qa.reportedSpeech)
        let bytes = TEI.export(record)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(##"ana="#kind.discussion #speech.narrated""##), "\(text)")
        #expect(text.contains(##"<persName ref="#person.paul-berg">Mr. Berg</persName> explained that <said who="#person.paul-berg" direct="false">ferries would run in spring.</said> A year later, the ferries ran.</p>"##), "\(text)")
        #expect(text.contains(##"<category xml:id="speech.narrated">"##))

        let (back, findings) = TEI.importRecord(bytes, fileName: "one.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.statements == record.statements)
        #expect(TEI.export(read) == bytes)
        try TEITools.expectAccepted(bytes, name: "one.tei.xml")
        #expect(try SubmissionValidator().validate(bytes, name: "one.tei.xml").status(strict: false) == .valid)
    }

    static let summary = """
        Workshop on Coastal Towns
        12 May 2019

        Session 1: Harbours
        Moderator: Dr. Ana Ruiz, Director, Coast Institute

        Mr. Paul Berg, Mayor of Lenton, spoke about harbours.
        In the question-and-answer session, a participant asked about ferries. Mr. Berg replied that ferries would run in spring. Dr. Ruiz added that the institute would publish "a survey of every pier on the coast". He also noted that costs were rising.

        """

    static func record() throws -> Record {
        let result = PlainTextImporter.importRecord(Array(summary.utf8), fileName: "2019-05-12_coastal-towns.txt")
        return try #require(result.record, "\(result.findings)")
    }

    @Test func aQAParagraphMarksEachSpeakerAndReadsBack() throws {
        let record = try Self.record()
        let qa = try #require(record.statements.first { $0.text.hasPrefix("In the question") })
        #expect(qa.speakerId == nil && !qa.reportedSpeech)
        let bytes = TEI.export(record)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(##"<persName ref="#person.paul-berg">Mr. Berg</persName> replied that <said who="#person.paul-berg" direct="false">ferries would run in spring.</said>"##))
        #expect(text.contains(##"<persName ref="#person.ana-ruiz">Dr. Ruiz</persName> added that <said who="#person.ana-ruiz" direct="false">the institute would publish &quot;<q who="#person.ana-ruiz">a survey of every pier on the coast</q>&quot;.</said> He also noted that costs were rising."##))

        let (back, findings) = TEI.importRecord(bytes, fileName: "v.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.statements == record.statements)
        #expect(TEI.export(read) == bytes)
        let (directory, files) = try TEITools.write([("voices.tei.xml", bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        #expect(try TEITools.schematronReference(schema: try TEITools.rng(), files)[files[0].path] == [])
        #expect(try SubmissionValidator().validate(bytes, name: "v.tei.xml").status(strict: false) == .valid)
    }

    /// TEI from elsewhere: a paragraph with two people's said is no one's, without a warning; one with
    /// a said and another person's name still warns and takes the said's speaker.
    @Test func teiWithSeveralSaidIsNoOnesStatement() throws {
        let tei = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Ports</title></titleStmt>
            <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
            <profileDesc><particDesc><listPerson><person xml:id="person.a"><persName>Ann Lo</persName></person>
            <person xml:id="person.b"><persName>Bo Yi</persName></person></listPerson></particDesc></profileDesc></teiHeader>
            <text><body><p>Ann Lo said that <said who="#person.a" direct="false">ports were busy.</said> Bo Yi said that <said who="#person.b" direct="false">they were not.</said></p>
            <p>Ann Lo said that <said who="#person.a" direct="false">Bo Yi was right.</said> <persName ref="#person.b">Bo Yi</persName> smiled.</p></body></text></TEI>
            """
        let (record, findings) = TEI.importRecord(Array(tei.utf8), fileName: "ports.tei.xml")
        let statements = try #require(record?.statements)
        #expect(statements.map(\.speakerId) == [nil, "a"])
        #expect(statements.first?.text == "Ann Lo said that ports were busy. Bo Yi said that they were not.")
        #expect(findings.filter { $0.message.contains("several speakers") }.map(\.line) == [6])
    }
}
