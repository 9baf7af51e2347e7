import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A correction of a title or a date changes the record's value, never what the TEI says the page
/// prints: the title page and the source description read as they do without it, and an element
/// that holds the corrected value keeps the printed words and the lines they were read from.
@Suite struct CorrectedPageTests {
    static let seed = Paths.seeds[1]

    /// The second seed, corrected with `rows` (line,fact,old,new,by,date).
    static func corrected(_ rows: [String]) throws -> Record {
        let (file, problems) = CorrectionsFile.parse(Array((["file,line,fact,old,new,by,date"] + rows.map { seed + "," + $0 })
            .joined(separator: "\n").utf8), fileName: "corrections.csv")
        #expect(problems.isEmpty, "\(problems)")
        let input = BatchInput(name: seed, bytes: try Paths.bytes(Paths.sample(seed)))
        let record = try #require(Batch.importAll([input], corrections: file).records.first)
        #expect(record.corrections.count == rows.count)
        return record
    }

    static func tei(_ rows: [String]) throws -> String { String(decoding: TEI.export(try corrected(rows)), as: UTF8.self) }

    /// The lines of `tei` from the first that contains `start` to the next that contains `end`.
    static func block(_ tei: String, _ start: String, _ end: String) -> [String] {
        let lines = tei.split(separator: "\n").map(String.init)
        guard let first = lines.firstIndex(where: { $0.contains(start) }),
              let last = lines[first...].firstIndex(where: { $0.contains(end) }) else { return [] }
        return Array(lines[first...last])
    }

    static func line(_ tei: String, _ containing: String) -> String? {
        tei.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.contains(containing) }
    }

    @Test func aCorrectedSubtitleLeavesTheTitlePageAndKeepsItsLines() throws {
        let plain = try Self.tei([]), tei = try Self.tei(["2,subtitle,Realizing Human Security in Asia,Realising Human Security in Asia,Jane Doe,2024-05-01"])
        let page = Self.block(tei, "<titlePage>", "</titlePage>")
        #expect(!page.isEmpty && page == Self.block(plain, "<titlePage>", "</titlePage>"), "\(page)")
        #expect(page.contains { $0.contains(#"<titlePart type="sub" source="text:1,2">-- Realizing Human Security in Asia --</titlePart>"#) })
        #expect(Self.line(tei, #"<title type="main""#) == #"<title type="main" source="text:0,1">Symposium on Human Security</title>"#)
        let subtitle = try #require(Self.line(tei, #"<title xml:id="fact.subtitle""#))
        #expect(subtitle.hasPrefix(##"<title xml:id="fact.subtitle" type="sub" source="text:1,2" change="#correction.c-"##)
                && subtitle.hasSuffix(">Realising Human Security in Asia</title>"), "\(subtitle)")
        // The source description describes the page: its subtitle as printed.
        #expect(Self.block(tei, "<sourceDesc>", "</sourceDesc>").contains {
            $0.contains(#"<title type="sub" source="text:1,2">Realizing Human Security in Asia</title>"#)
        })
    }

    /// A subtitle removed leaves the titleStmt, not the page: the source description keeps it on
    /// its lines, so that the title block read back from the TEI spans them still, and the TEI and
    /// the interchange XML made from it are those made from the text.
    @Test func aRemovedSubtitleKeepsTheTitleLinesThroughTheTEI() throws {
        let record = try Self.corrected(["2,subtitle,Realizing Human Security in Asia,,Jane Doe,2024-05-01"])
        #expect(record.event.subtitle == nil && record.event.titleSpan == SourceSpan(1, 2))
        let tei = TEI.export(record), text = String(decoding: tei, as: UTF8.self)
        #expect(Self.block(text, "<titleStmt>", "</titleStmt>").allSatisfy { !$0.contains(#"type="sub""#) })
        #expect(Self.block(text, "<sourceDesc>", "</sourceDesc>").contains {
            $0.contains(#"<title type="sub" source="text:1,2">Realizing Human Security in Asia</title>"#)
        })
        try TEITools.expectAccepted(tei, name: "r.tei.xml")
        let back = try TEITools.readBack(tei, name: "r.tei.xml")
        #expect(back.event.titleSpan == record.event.titleSpan && back.event.subtitle == nil)
        #expect(TEI.export(back) == tei)
        #expect(InterchangeXML.export(back) == InterchangeXML.export(record))
    }

    @Test func aCorrectedTitleLeavesTheTitlePage() throws {
        let plain = try Self.tei([]), tei = try Self.tei(["1,title,Symposium on Human Security,Symposium on Human Security 2010,Jane Doe,2024-05-01"])
        #expect(Self.block(tei, "<titlePage>", "</titlePage>") == Self.block(plain, "<titlePage>", "</titlePage>"))
        let title = try #require(Self.line(tei, #"<title xml:id="fact.title""#))
        #expect(title.hasPrefix(##"<title xml:id="fact.title" type="main" source="text:0,1" change="#correction.c-"##), "\(title)")
        #expect(Self.line(tei, #"<title type="sub""#) == #"<title type="sub" source="text:1,2">Realizing Human Security in Asia</title>"#)
    }

    @Test func aCorrectedIssueDateKeepsThePrintedDateInTheSourceAndItsWordsElsewhere() throws {
        let plain = try Self.tei([]), tei = try Self.tei(["6,issued,2010-02-23,2010-02-24,Jane Doe,2024-05-01"])
        let printed = #"<date when="2010-02-23" source="text:5,6">23 February, 2010</date>"#
        #expect(Self.block(plain, "<sourceDesc>", "</sourceDesc>").contains { $0.contains(printed) })
        #expect(Self.block(tei, "<sourceDesc>", "</sourceDesc>") == Self.block(plain, "<sourceDesc>", "</sourceDesc>"))
        // The corrected date is the file's, in @when alone: "23 February, 2010" does not mean the 24th.
        let creation = try #require(Self.block(tei, "<creation>", "</creation>").dropFirst().first?.trimmingCharacters(in: .whitespaces))
        #expect(creation.hasPrefix(##"<date xml:id="fact.issued" when="2010-02-24" source="text:5,6" change="#correction.c-"##)
                && creation.hasSuffix("\"/>"), "\(creation)")
        let change = try #require(Self.line(tei, #"subtype="issued""#))
        #expect(change.contains(##"target="#fact.issued""##), "\(change)")
        // The title page transcribes the page: its date as printed and read, as the plain conversion gives it.
        #expect(Self.block(tei, "<titlePage>", "</titlePage>") == Self.block(plain, "<titlePage>", "</titlePage>"))
    }

    /// A date's normalised value in `@when`, `@from` and `@to` is the value of the words it holds
    /// (Guidelines 3.6.4): a corrected date, which the printed words do not mean, holds none of them
    /// in the header, and the text, which transcribes the page, keeps them with their reading.
    @Test func correctedEventDatesLeaveThePrintedWordsToTheText() throws {
        let plain = try Self.tei([])
        let tei = try Self.tei(["10,start-date,2010-02-23,2010-02-22,Jane Doe,2024-05-01", "10,end-date,,2010-02-23,Jane Doe,2024-05-01"])
        let date = try #require(Self.line(tei, #"<date xml:id="fact.date""#))
        #expect(date.hasPrefix(##"<date xml:id="fact.date" from="2010-02-22" to="2010-02-23" source="text:9,10" change="#correction.c-"##)
                && date.hasSuffix("\"/>"), "\(date)")
        #expect(Self.line(plain, #"<date when="2010-02-23" source="text:9,10">"#)?.hasSuffix(">23rd February, 2010</date>") == true)
        let printed = #"<date when="2010-02-23">23rd February, 2010</date>"#
        #expect(plain.contains(printed) && tei.contains(printed), "\(tei)")
        let back = try TEITools.readBack(Array(tei.utf8), name: "r.tei.xml")
        #expect(back.event.startDate == "2010-02-22" && back.event.endDate == "2010-02-23")
    }

    /// Read back, the TEI gives the corrected values, though its source description keeps the printed ones.
    @Test func theCorrectedValuesSurviveTheRoundTrip() throws {
        let record = try Self.corrected(["2,subtitle,Realizing Human Security in Asia,Realising Human Security in Asia,Jane Doe,2024-05-01",
                                         "6,issued,2010-02-23,2010-02-24,Jane Doe,2024-05-01",
                                         "10,start-date,2010-02-23,2010-02-22,Jane Doe,2024-05-01"])
        let tei = TEI.export(record)
        let back = try #require(TEI.importRecord(tei, fileName: "r.tei.xml").0)
        #expect(back.document.issued == "2010-02-24" && back.event.startDate == "2010-02-22")
        #expect(back.event.subtitle == "Realising Human Security in Asia" && back.event.titleSpan == record.event.titleSpan)
        #expect(back.corrections.map(\.id) == record.corrections.map(\.id))
        #expect(TEI.export(back) == tei)
    }

    /// A role read from prose is the converter's reading, `@cert="medium"`; one a librarian's
    /// correction changed is hers, which she vouches for: no `@cert`, and its `@change`.
    @Test func aRoleTheLibrarianCorrectedIsNoLongerUncertain() throws {
        let plain = try Self.tei([]), tei = try Self.tei(["74,role,Ueno: respondent,moderator,Jane Doe,2024-05-01"])
        let read = try #require(Self.line(plain, ##"name="respondent" ana="#role.respondent" active="#person.ueno""##))
        #expect(read.contains(#"cert="medium""#), "\(read)")
        let corrected = try #require(Self.line(tei, ##"name="moderator" ana="#role.moderator" active="#person.ueno""##))
        #expect(!corrected.contains("cert=") && corrected.contains(##"change="#correction.c-"##), "\(corrected)")
        // A person added on a line of prose: the role the correction gave is hers too, and points at its change.
        let record = try Self.corrected(["34,person,,Jane Roe,Jane Doe,2024-05-01"])
        let added = try #require(Self.line(String(decoding: TEI.export(record), as: UTF8.self), ##"active="#person.jane-roe""##))
        #expect(!added.contains("cert=") && added.contains("change=\"#correction.\(record.corrections[0].id)\""), "\(added)")
        #expect(try TEITools.readBack(TEI.export(record), name: "r.tei.xml").corrections == record.corrections)
    }
}
