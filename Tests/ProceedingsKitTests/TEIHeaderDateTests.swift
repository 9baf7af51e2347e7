import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The header's dates hold the words that print them, their value in `@when` (or `@from` and `@to`),
/// where they were empty elements: "March 2003" as printed is what a reader of the header sees.
@Suite(.serialized) struct TEIHeaderDateTests {
    static let range = """
        Forum on River Basins

        The forum was held from 9 to 11 October 2018 at the Harbour Hall in Tromso.

        Dr. Lena Holt opened the forum.

        """

    @Test func theSeedsHeaderDatesAreAsPrinted() throws {
        let records = try SeedExportTests.seedRun().records
        let tei = try records.map { record in (record.id, String(decoding: TEI.export(record), as: UTF8.self)) }
        let (first, second) = (try #require(tei.first { $0.0.hasPrefix("2003") }).1, try #require(tei.first { $0.0.hasPrefix("2010") }).1)
        // The issue date in sourceDesc and in creation, then the event's in settingDesc.
        #expect(first.matches(of: /<date when="2003-03" source="text:7,8">March 2003<\/date>/).count == 2)
        // "February 25" leaves the year out: the setting says the year is the converter's reading.
        #expect(first.contains(##"<date when="2003-02-25" resp="#proceedings" cert="high" evidence="internal" source="text:9,10">February 25</date>"##))
        #expect(second.matches(of: /<date when="2010-02-23" source="text:5,6">23 February, 2010<\/date>/).count == 2)
        #expect(second.contains(##"<date when="2010-02-23" source="text:9,10">23rd February, 2010</date>"##))
        #expect(!first.contains(/<date[^>]*\/>/) && !second.contains(/<date[^>]*\/>/))
    }

    /// A span of days: `@from` and `@to`, and the words of the span; read back, written again the
    /// same, and valid for TEI All's grammar and rules and for the profile.
    @Test func aRangeIsPrintedWithFromAndTo() throws {
        let result = PlainTextImporter.importRecord(Array(Self.range.utf8), fileName: "2018-10-09_rivers.txt")
        let record = try #require(result.record, "\(result.findings)")
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        #expect(tei.contains(##"<date from="2018-10-09" to="2018-10-11" source="text:2,3">9 to 11 October 2018</date>"##), "\(tei)")
        let (back, findings) = TEI.importRecord(bytes, fileName: "r.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back?.event == record.event)
        #expect(back.map { TEI.export($0) } == bytes)
        let (directory, files) = try TEITools.write([("range.tei.xml", bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        #expect(try TEITools.schematronReference(schema: try TEITools.rng(), files)[files[0].path] == [])
        #expect(try SubmissionValidator().validate(bytes, name: "r.tei.xml").status(strict: false) == .valid)
    }

    /// TEI from elsewhere may give the issue date in words only: read as the date they print.
    @Test func anIssueDateInWordsOnlyIsRead() throws {
        let tei = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Forum</title></titleStmt>
            <publicationStmt><p>x</p></publicationStmt><sourceDesc><bibl><title>Forum</title><date>4 March 2019</date></bibl></sourceDesc></fileDesc></teiHeader>
            <text><body><p>First.</p></body></text></TEI>
            """
        let (back, _) = TEI.importRecord(Array(tei.utf8), fileName: "elsewhere.xml")
        #expect(try #require(back).document.issued == "2019-03-04")
    }

    /// A date that no line of the record prints (a line that is not kept, another date on it) stays
    /// an empty element with its value: nothing is printed that the page does not print.
    @Test func aDateNoLinePrintsStaysEmpty() {
        var record = RecordFixture.minimal
        record.document.issued = "2003-03"
        record.document.issuedLine = 9
        record.printed = [TextLine(text: "April 2003", line: 9)]
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains(##"<date when="2003-03" source="text:8,9"/>"##), "\(tei)")
        record.printed = [TextLine(text: "Tokyo, March 2003", line: 9)]
        #expect(String(decoding: TEI.export(record), as: UTF8.self).contains(##"<date when="2003-03" source="text:8,9">March 2003</date>"##))
    }
}
