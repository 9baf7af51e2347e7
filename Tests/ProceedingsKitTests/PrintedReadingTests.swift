import Foundation
import Testing
@testable import ProceedingsKit

/// A correction of the venue, the document type, the title or the subtitle changes the record's
/// reading, never the words the formats keep "as printed": the linked data's `proceedings:venue`,
/// `proceedings:documentType`, `proceedings:titleAsPrinted` and `proceedings:subtitleAsPrinted`,
/// the CSV's `venue`, `document_type`, `title_as_printed` and `subtitle_as_printed` (docs/vocabulary.md).
@Suite struct PrintedReadingTests {
    static let seedName = Paths.seeds[1]

    static func run(_ rows: String) throws -> Record {
        let (file, findings) = CorrectionsFile.parse(Array("file,line,fact,old,new,by,date\n\(rows)".utf8), fileName: "c.csv")
        #expect(findings.isEmpty, "\(findings)")
        let input = BatchInput(name: seedName, bytes: try Paths.bytes(Paths.sample(seedName)))
        return try #require(Batch.importAll([input], corrections: file).records.first)
    }

    /// The cells of a table's rows by column, read as RFC 4180 reads them.
    static func table(_ record: Record, _ name: String) throws -> [[String: String]] {
        let bytes = try #require(try CSVTables.export([record]).first { $0.file == name }).bytes
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = String(decoding: bytes, as: UTF8.self).makeIterator()
        while let c = characters.next() {
            if quoted {
                if c == "\"" { quoted = false } else { cell.append(c) }
            } else if c == "\"" {
                if !cell.isEmpty { cell.append(c) }
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else if c != "\r" {
                cell.append(c)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        let header = try #require(rows.first)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The record read back from its CSV tables and from its Turtle.
    static func readBack(_ record: Record) throws -> [Record] {
        let files = Dictionary(uniqueKeysWithValues: try CSVTables.export([record]).map { ($0.file, $0.bytes) })
        let fromCSV = try #require(CSVTableGroupImporter.importGroup(files: files, name: "csv").records.first)
        let (fromRDF, _) = LinkedData.importRecord(try LinkedData.export(record, syntax: .turtle), syntax: .turtle, fileName: "r.ttl")
        return [fromCSV, try #require(fromRDF)]
    }

    static func values(_ statements: [RDFStatement], _ subject: String, _ predicate: String) -> [String] {
        statements.filter { $0.subject.iriValue == subject && $0.predicate == predicate }.compactMap { $0.object.lexicalForm }
    }

    @Test func theVenueAndTheDocumentTypeAsPrintedSurviveTheirCorrection() throws {
        let record = try Self.run("""
            \(Self.seedName),10,venue,Komaba Campus of the University of Tokyo,Komaba Campus,J,2024-05-01
            \(Self.seedName),10,venue,Komaba Campus,"Komaba Campus, University of Tokyo",J,2024-05-02
            \(Self.seedName),4,document-type,Summary and Evaluation,Summary and evaluation,J,2024-05-01
            """)
        #expect(record.event.venue == "Komaba Campus, University of Tokyo")
        #expect(record.document.documentType == "Summary and evaluation")

        let statements = try LinkedData.statements(record)
        let base = LinkedData.defaultBase + record.id + "/"
        #expect(Self.values(statements, base + "event", NS.pro + "venue") == ["Komaba Campus of the University of Tokyo"])
        #expect(Self.values(statements, base + "document", NS.pro + "documentType") == ["Summary and Evaluation"])
        // The corrected venue is the place's name; each correction states the value it gave.
        #expect(Self.values(statements, base + "place", NS.schema + "name") == ["Komaba Campus, University of Tokyo"])
        let given = Set(statements.filter { $0.predicate == NS.pro + "newValue" }.compactMap { $0.object.lexicalForm })
        #expect(given.isSuperset(of: ["Komaba Campus", "Komaba Campus, University of Tokyo", "Summary and evaluation"]))

        let documents = try Self.table(record, "documents.csv"), events = try Self.table(record, "events.csv")
        #expect(documents.map { $0["document_type"] } == ["Summary and Evaluation"])
        #expect(events.first { $0["event_id"] == record.id }?["venue"] == "Komaba Campus of the University of Tokyo")

        // Read back, each format gives the corrected reading again.
        for read in try Self.readBack(record) {
            #expect(read.event.venue == record.event.venue && read.document.documentType == record.document.documentType)
        }
    }

    /// A venue a correction removed: the page's words stay as printed, and no place is stated.
    @Test func aRemovedVenueKeepsItsPrintedWords() throws {
        let (record, statements, back) = try Self.removal("\(Self.seedName),10,venue,Komaba Campus of the University of Tokyo,,J,2024-05-01")
        let event = LinkedData.defaultBase + record.id + "/event"
        #expect(record.event.venue == nil && back.event.venue == nil)
        #expect(Self.values(statements, event, NS.pro + "venue") == ["Komaba Campus of the University of Tokyo"])
        #expect(!statements.contains { $0.subject.iriValue == event && $0.predicate == NS.schema + "location" })
    }

    /// The record a row that removes a fact gives, its statements, and the record its Turtle reads back as.
    static func removal(_ row: String) throws -> (record: Record, statements: [RDFStatement], back: Record) {
        let record = try run(row)
        let (back, findings) = LinkedData.importRecord(try LinkedData.export(record, syntax: .turtle), syntax: .turtle, fileName: "r.ttl")
        #expect(!findings.hasErrors, "\(findings)")
        return (record, try LinkedData.statements(record), try #require(back))
    }

    /// A corrected title and subtitle are the record's: the document's dcterms:title, the event's
    /// name and proceedings:subtitle, the tables' title and subtitle. The printed words stay beside
    /// them, in the linked data and in the tables, whose CSVW metadata says so.
    @Test func theTitleAndTheSubtitleAsPrintedSurviveTheirCorrection() throws {
        let record = try Self.run("""
            \(Self.seedName),1,title,Symposium on Human Security,Symposium on Human Security 2010,J,2024-05-01
            \(Self.seedName),2,subtitle,Realizing Human Security in Asia,Realising Human Security in Asia,J,2024-05-01
            """)
        #expect(record.event.title == "Symposium on Human Security 2010" && record.event.subtitle == "Realising Human Security in Asia")

        let statements = try LinkedData.statements(record)
        let (document, event) = (LinkedData.defaultBase + record.id + "/document", LinkedData.defaultBase + record.id + "/event")
        #expect(Self.values(statements, document, NS.dcterms + "title") == ["Symposium on Human Security 2010"])
        #expect(Self.values(statements, event, NS.pro + "subtitle") == ["Realising Human Security in Asia"])
        #expect(Self.values(statements, document, NS.pro + "titleAsPrinted") == ["Symposium on Human Security"])
        #expect(Self.values(statements, document, NS.pro + "subtitleAsPrinted") == ["Realizing Human Security in Asia"])

        let documents = try Self.table(record, "documents.csv")
        #expect(documents.map { $0["title"] } == ["Symposium on Human Security 2010"])
        #expect(documents.map { $0["subtitle"] } == ["Realising Human Security in Asia"])
        #expect(documents.map { $0["title_as_printed"] } == ["Symposium on Human Security"])
        #expect(documents.map { $0["subtitle_as_printed"] } == ["Realizing Human Security in Asia"])
        let columns = try #require(CSVSchema.table("documents.csv").columns)
        #expect(columns.first { $0.name == "title_as_printed" }?.propertyUrl == "vocab:titleAsPrinted")
        #expect(columns.first { $0.name == "subtitle_as_printed" }?.propertyUrl == "vocab:subtitleAsPrinted")

        for read in try Self.readBack(record) {
            #expect(read.event.title == record.event.title && read.event.subtitle == record.event.subtitle)
        }
    }

    /// A subtitle a correction removed keeps its printed words; an uncorrected title is as printed.
    @Test func aRemovedSubtitleKeepsItsPrintedWords() throws {
        let (record, statements, back) = try Self.removal("\(Self.seedName),2,subtitle,Realizing Human Security in Asia,,J,2024-05-01")
        let document = LinkedData.defaultBase + record.id + "/document"
        #expect(record.event.subtitle == nil && back.event.subtitle == nil)
        #expect(Self.values(statements, LinkedData.defaultBase + record.id + "/event", NS.pro + "subtitle") == [])
        #expect(Self.values(statements, document, NS.pro + "subtitleAsPrinted") == ["Realizing Human Security in Asia"])
        #expect(Self.values(statements, document, NS.pro + "titleAsPrinted") == ["Symposium on Human Security"])
        let documents = try Self.table(record, "documents.csv")
        #expect(documents.map { $0["subtitle"] } == [""] && documents.map { $0["subtitle_as_printed"] } == ["Realizing Human Security in Asia"])
    }
}
