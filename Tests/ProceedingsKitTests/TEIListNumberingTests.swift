import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A point's `@n` is the number the page prints, without its punctuation; the printed form stays in
/// the text as `label`, and a list whose points all print their numbers tells a renderer (through
/// `@rendition`) to add none. Import reads the statements in the order of their lines. Points invented.
@Suite struct TEIListNumberingTests {
    static func record(_ shapes: [(BlockForm, String?, String)]) -> Record {
        var record = RecordFixture.minimal
        record.parts = [EventPart(id: "session-1", kind: .session, ordinal: 1, label: "Session 1", span: SourceSpan(2, 30))]
        record.statements = shapes.enumerated().map { index, shape in
            Statement(id: "st-\(index + 1)", partId: "session-1", kind: .statement, form: shape.0, level: 0,
                      ordinal: index + 1, text: shape.2, reportedSpeech: false, span: SourceSpan(3 + index), enumerator: shape.1)
        }
        return record
    }

    static let printed = record([(.numbered, "(1)", "Harbours"), (.numbered, "2.", "Roads"), (.numbered, "iii)", "Rail"),
                                 (.paragraph, nil, "Then the chair spoke."), (.numbered, "(b)", "Ferries"), (.numbered, nil, "Bridges")])

    static func text(_ record: Record) -> String { String(decoding: TEI.export(record), as: UTF8.self) }

    @Test(arguments: [("(1)", "1"), ("1.", "1"), ("(a)", "a"), ("iii)", "iii"), ("b)", "b"), ("3.", "3"), ("[4]", "4"), ("12.)", "12"), ("1. (1)", "1"), ("1. 1)", "1")])
    func theValueOfAPrintedNumberHasNoPunctuation(printed: String, value: String) {
        #expect(TEI.enumeratorValue(printed) == value)
    }

    @Test func aLineStartsWithANumberOnlyWhenItIsPrintedAsOne() {
        #expect(TEI.printedEnumerator("1. Bronislaw Geremek, commissioner") == "1.")
        #expect(TEI.printedEnumerator("(b) Sonia Picado") == "(b)")
        #expect(TEI.printedEnumerator("iv) Surin Pitsuwan") == "iv)")
        // An initial, a year, a bare word: no number.
        #expect(TEI.printedEnumerator("J. Smith, commissioner") == nil)
        #expect(TEI.printedEnumerator("2003 was the year") == nil)
        #expect(TEI.printedEnumerator("Moderator: A") == nil)
        #expect(TEI.printedEnumerator("(1 Sadako") == nil)
    }

    /// `@n` is the printed number, the label keeps it as printed, and only the list whose points
    /// all print a number points at the rendition that numbers nothing; a statement that prints no
    /// number has no `@n`.
    @Test func nIsThePrintedNumberAndTheListIsNotNumberedTwice() {
        let tei = Self.text(Self.printed)
        #expect(tei.contains(##"<list rend="numbered" rendition="#printed-numbers">"##))
        #expect(tei.contains(##"<item xml:id="statement.st-1" n="1" ana="#kind.statement" source="text:2,3"><label>(1)</label> Harbours</item>"##))
        #expect(tei.contains(##"<item xml:id="statement.st-2" n="2" ana="#kind.statement" source="text:3,4"><label>2.</label> Roads</item>"##))
        #expect(tei.contains(##"<item xml:id="statement.st-3" n="iii" ana="#kind.statement" source="text:4,5"><label>iii)</label> Rail</item>"##))
        #expect(tei.contains(##"<p xml:id="statement.st-4" ana="#kind.statement" source="text:5,6">Then the chair spoke.</p>"##))
        // "(b)" and an unnumbered point: a renderer must number the second, so it numbers the list.
        #expect(tei.contains(/<list rend="numbered">\s*<item xml:id="statement.st-5" n="b"/), "\(tei)")
        #expect(tei.contains(##"<item xml:id="statement.st-6" ana="#kind.statement" source="text:7,8">Bridges</item>"##))
        #expect(tei.matches(of: /rendition="#printed-numbers"/).count == 1)
        #expect(tei.contains(##"<tagsDecl>"## + "\n" + ##"        <rendition xml:id="printed-numbers" scheme="css">list-style-type: none;</rendition>"##))
    }

    /// The TEI reads back into the record (the printed numbers from the labels, the order from the
    /// lines) and writes the same bytes; it is valid for TEI All's grammar and rules and for the profile.
    @Test func printedNumbersReadBackAndAreValid() throws {
        let bytes = TEI.export(Self.printed)
        let (back, findings) = TEI.importRecord(bytes, fileName: "n.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        let read = try #require(back)
        #expect(read.statements == Self.printed.statements)
        #expect(TEI.export(read) == bytes)
        let (directory, files) = try TEITools.write([("printed-numbers.tei.xml", bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        #expect(try TEITools.schematronReference(schema: try TEITools.rng(), files)[files[0].path] == [])
        #expect(try SubmissionValidator().validate(bytes, name: "n.tei.xml").status(strict: false) == .valid)
    }

    /// A part printed under a section whose paragraphs go on after it stands after the section's
    /// `div` (TEI allows no paragraph after a nested `div`); import still numbers the statements in
    /// the order of their lines, as the record does.
    @Test func importReadsStatementsInTheOrderOfTheirLines() throws {
        var record = RecordFixture.minimal
        record.sections = [Section(id: "discussions", kind: .discussions, ordinal: 1, heading: "II. Discussions", line: 2)]
        record.parts = [EventPart(id: "session-1", kind: .session, ordinal: 1, label: "Session 1", span: SourceSpan(3, 5))]
        record.statements = [
            Statement(id: "in-part", partId: "session-1", kind: .narrative, ordinal: 1, text: "The session opened.",
                      reportedSpeech: false, span: SourceSpan(4)),
            Statement(id: "in-section", sectionId: "discussions", kind: .narrative, ordinal: 2, text: "The discussions went on.",
                      reportedSpeech: false, span: SourceSpan(8)),
        ]
        let tei = Self.text(record)
        let section = try #require(tei.range(of: "statement.in-section"))
        let part = try #require(tei.range(of: "statement.in-part"))
        #expect(section.lowerBound < part.lowerBound, "the part's div follows the section's")
        let (back, findings) = TEI.importRecord(Array(tei.utf8), fileName: "o.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back?.statements == record.statements)
        #expect(back.map(Self.text) == tei)
    }

    /// The corpus's summaries: their statements come back in the record's order, with its ordinals,
    /// and the TEI written again is the same.
    @Test func theCorpusSummariesReadBackInTheirOrder() throws {
        let folder = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 8)
        for file in files {
            let record = try #require(PlainTextImporter.importRecord(try Paths.bytes(folder.appendingPathComponent(file)), fileName: file).record)
            let bytes = TEI.export(record)
            let (back, _) = TEI.importRecord(bytes, fileName: file)
            #expect(back?.statements == record.statements, "\(file)")
            #expect(back.map { TEI.export($0) } == bytes, "\(file)")
        }
    }

    /// "1. (1) reviewing ...": a point printed with two numbers keeps both, from the page to the
    /// label; `@n` is the outer one, and the TEI reads back into the same record.
    @Test func aPointPrintedWithTwoNumbersKeepsBoth() throws {
        let record = try Invented.record(body: """
            The participants discussed the following:
              1. (1) reviewing the history of regional law;
              2. 2) examining the courts of the region.
            """)
        let points = record.statements.filter { $0.form == .numbered }
        #expect(points.map(\.enumerator) == ["1. (1)", "2. 2)"], "\(record.statements)")
        #expect(points.map(\.text) == ["reviewing the history of regional law;", "examining the courts of the region."])
        let tei = Self.text(record)
        #expect(tei.contains(#"n="1""#) && tei.contains("<label>1. (1)</label> reviewing the history"), "\(tei)")
        #expect(tei.contains("<label>2. 2)</label> examining"), "\(tei)")
        let (back, _) = TEI.importRecord(Array(tei.utf8), fileName: "two.tei.xml")
        #expect(back?.statements == record.statements)
        #expect(back.map(Self.text) == tei)
    }

    /// TEI from elsewhere gives no lines: its paragraphs are read in the document's order, whatever their `@n`.
    @Test func withoutLinesTheDocumentsOrderIsTheReadingOrder() throws {
        let tei = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Forum</title></titleStmt>
            <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
            <text><body><p n="9">First.</p><p n="2">Second.</p></body></text></TEI>
            """
        let (back, _) = TEI.importRecord(Array(tei.utf8), fileName: "elsewhere.xml")
        let record = try #require(back)
        #expect(record.statements.map(\.text) == ["First.", "Second."])
        #expect(record.statements.map(\.ordinal) == [1, 2])
    }
}
