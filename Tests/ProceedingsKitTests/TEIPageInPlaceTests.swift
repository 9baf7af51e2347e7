import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The page's furniture where the page prints it (issue 15, expert review M4, M6, L8): residue is
/// `fw` in its place, a photo's caption the `head` of a `figure`, the page's date printed with a
/// place a `dateline` whose `date` holds the date alone, and a date printed at the head of the
/// title line a `docDate` beside the title. Records built by hand, lines invented.
@Suite struct TEIPageInPlaceTests {
    static func record(residue: [TextLine], printed: [TextLine], titleLine: Int, issuedLine: Int?) -> Record {
        Record(id: "freeland-seminar",
               document: Document(sourceFile: "freeland.txt", sha256: String(repeating: "ab", count: 32),
                                  issued: "2005-10-06", issuedLine: issuedLine),
               event: Event(kind: .seminar, title: "Freeland Seminar on Coastal Trade", titleSpan: SourceSpan(titleLine)),
               statements: [
                   Statement(id: "s-1", kind: .narrative, ordinal: 1, text: "The seminar opened in the morning.",
                             reportedSpeech: false, span: SourceSpan(5)),
                   Statement(id: "s-2", kind: .narrative, ordinal: 2, text: "The seminar closed in the evening.",
                             reportedSpeech: false, span: SourceSpan(7)),
               ],
               residue: residue, printed: printed)
    }

    /// The TEI of a record, and whether it reads back into the same TEI.
    static func exported(_ record: Record) throws -> (tei: String, readsBack: Bool) {
        let tei = TEI.export(record)
        let (back, findings) = TEI.importRecord(tei, fileName: "freeland.tei.xml")
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
        let again = try #require(back)
        #expect(Set(again.residue) == Set(record.residue))
        return (String(decoding: tei, as: UTF8.self), TEI.export(again) == tei)
    }

    static func offset(of needle: String, in text: String) -> Int? {
        text.range(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
    }

    @Test func residueAndCaptionsStandWhereThePagePrintsThem() throws {
        let record = Self.record(
            residue: [TextLine(text: "Site News", line: 1), TextLine(text: "(Photo) The minister opens the seminar", line: 4),
                      TextLine(text: "Share this page", line: 6), TextLine(text: "Back to Index", line: 8)],
            printed: [TextLine(text: "Freeland Seminar on Coastal Trade", line: 2),
                      TextLine(text: "Tokyo, Freeland, 6 October 2005", line: 3)],
            titleLine: 2, issuedLine: 3)
        let (tei, readsBack) = try Self.exported(record)
        #expect(readsBack)
        let order = [
            #"<fw type="residue" source="text:0,1">Site News</fw>"#,
            #"<titlePart type="main" source="text:1,2">Freeland Seminar on Coastal Trade</titlePart>"#,
            #"<dateline source="text:2,3">"#,
            #"<date when="2005-10-06">6 October 2005</date></dateline>"#,
            #"<head source="text:3,4">(Photo) The minister opens the seminar</head>"#,
            "The seminar opened in the morning.",
            #"<fw type="residue" source="text:5,6">Share this page</fw>"#,
            "The seminar closed in the evening.",
            #"<fw type="residue" source="text:7,8">Back to Index</fw>"#,
        ].map { Self.offset(of: $0, in: tei) }
        #expect(!order.contains(nil), "\(tei)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(tei)")
        // One title page, and the words around the date are not the date's.
        #expect(tei.components(separatedBy: "<titlePage>").count == 2)
        #expect(!tei.contains("<docDate"), "the page's date printed with a place is no docDate")
    }

    /// "19960919 Secretary-General Leads ...": the reader keeps the date as residue and the title as
    /// the event's; the text shows the line whole, the date a docDate with @when, then the title.
    @Test func aDateAtTheHeadOfTheTitleLineIsTheDocumentsDate() throws {
        let record = Self.record(residue: [TextLine(text: "19960919", line: 3)], printed: [], titleLine: 3, issuedLine: nil)
        let (tei, readsBack) = try Self.exported(record)
        #expect(readsBack)
        let date = try #require(Self.offset(of: #"<docDate when="1996-09-19" source="text:2,3">19960919</docDate>"#, in: tei), "\(tei)")
        let title = try #require(Self.offset(of: #"<titlePart type="main" source="text:2,3">Freeland Seminar on Coastal Trade</titlePart>"#, in: tei))
        #expect(date < title)
        #expect(!tei.contains("<fw"))
        // Not a date: kept as residue.
        let other = Self.record(residue: [TextLine(text: "19961340", line: 3)], printed: [], titleLine: 3, issuedLine: nil)
        #expect(try Self.exported(other).tei.contains(#"<fw type="residue" source="text:2,3">19961340</fw>"#))
    }

    @Test(arguments: [("(Photo) A minister", true), ("(photo: Cabinet Office)", true), ("(Photographs)", false), ("Photo gallery", false)])
    func captions(_ text: String, _ isCaption: Bool) {
        #expect(TEIWriter.isCaption(text) == isCaption)
    }
}
