import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What an expert reading of the TEI of the real summaries (`Tests/Fixtures/corpus`) found, kept
/// found: `<text>` holds no heading the page does not print, a name printed in capitals in the list
/// of participants is found in mixed case in the text, and each file reads back to its bytes.
@Suite(.serialized) struct TEICorpusReadingTests {
    static let files = (try? FileManager.default.contentsOfDirectory(atPath: CorpusTests.corpus.path))?
        .filter { $0.hasSuffix(".txt") }.sorted() ?? []

    static func tei(_ file: String) throws -> (record: Record, bytes: [UInt8], text: String) {
        let result = PlainTextImporter.importRecord(try Paths.bytes(CorpusTests.corpus.appendingPathComponent(file)), fileName: file)
        let record = try #require(result.record, "\(result.findings)")
        let bytes = TEI.export(record)
        return (record, bytes, String(decoding: bytes, as: UTF8.self))
    }

    /// Every `head` in `<text>` prints a line of the page (`@source`): a part the page names only in
    /// prose ("the opening session was chaired by ...") has none, and reads back all the same.
    @Test func everyHeadIsPrintedAndEachFileReadsBack() throws {
        #expect(Self.files.count >= 8)
        var parts = 0
        for file in Self.files {
            let (record, bytes, text) = try Self.tei(file)
            let body = text[text.range(of: "<text")!.lowerBound...]
            #expect(!body.contains("<head>"), "\(file)")
            // A part the page neither heads nor prints a line of has no division: an empty one prints nothing.
            #expect(body.firstMatch(of: /<div type="part"[^>]*\/>/) == nil, "\(file)")
            parts += record.parts.count
            let read = try TEITools.readBack(bytes, name: file)
            #expect(read.parts == record.parts, "\(file)")
        }
        #expect(parts > 0)
    }

    static let capitals = """
        Dialogue on Harbour Safety
        12 May 2019

        Keynote speaker: Ms. LENTO Mara, Minister for Harbours
        1. Minister Lento stated that ferries would run in spring.

        """

    /// "Ms. LENTO Mara" is listed; the text says "Minister Lento stated that ...": the reporting
    /// clause is prose, her name `persName`, what she said `said`, never the clause (names invented).
    @Test func aNameInCapitalsIsFoundInMixedCase() throws {
        let result = PlainTextImporter.importRecord(Array(Self.capitals.utf8), fileName: "2019-05-12_harbour-safety.txt")
        let record = try #require(result.record, "\(result.findings)")
        let person = try #require(record.persons.first { $0.familyName == "LENTO" }, "\(record.persons)")
        let text = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(text.contains(##"Minister <persName ref="#person.\##(person.id)">Lento</persName> stated that <said who="#person.\##(person.id)" direct="false">ferries would run in spring.</said>"##), "\(text)")
        _ = try TEITools.readBack(TEI.export(record), name: "capitals.tei.xml")
    }
}
