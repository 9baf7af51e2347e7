import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The CSV tables as an interchange format: what is written is read back, and a table group
/// from elsewhere gets a finding for each problem.
@Suite struct CSVTableGroupTests {
    static func write(_ records: [Record], profile: CSVProfile = .rfc4180) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        let writer = try CSVTableGroupWriter(destination: .directory(directory), profile: profile)
        for record in records { try writer.append(record) }
        try writer.finish()
        return directory
    }

    @Test(arguments: CSVProfile.allCases)
    func seedsRoundTrip(_ profile: CSVProfile) throws {
        let records = try SeedExportTests.seedRun().records
        let directory = try Self.write(records, profile: profile)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (back, findings) = CSVTableGroupImporter.importGroup(at: directory)
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == records)
        let (viaMetadata, _) = CSVTableGroupImporter.importGroup(at: directory.appendingPathComponent("csv-metadata.json"))
        #expect(viaMetadata == records)
    }

    /// A row of persons.csv is its document's: a person whom no line and no role names comes back,
    /// and persons come back in the record's order, not in the order of their first lines.
    @Test func personsAndOrganisationsReadBackAsTheRecordHasThem() throws {
        var record = RecordFixture.rich
        record.persons[2].name = "Anonymous"
        record.persons.swapAt(0, 1)
        record.organizations.swapAt(0, 1)
        #expect(record.persons[0].lines.first! > record.persons[1].lines.first!)
        let directory = try Self.write([record])
        defer { try? FileManager.default.removeItem(at: directory) }
        let (back, findings) = CSVTableGroupImporter.importGroup(at: directory)
        #expect(findings.isEmpty, "\(findings)")
        #expect(back.first?.persons == record.persons)
        #expect(back.first?.organizations == record.organizations)
    }

    static let formulaLike = """
        Seminar on Market Risk

        1. Summary

        • =HYPERLINK("http://example.invalid","click")
        • -5% growth was forecast for the region.
        • +3 points on the index were reported.
        • @SUM(A1:A2) appeared on a slide.
        • 'Quoted' words stood in the title.
        """

    @Test func excelProfileGuardsFormulaCellsAndUndoesItOnImport() throws {
        let record = try #require(PlainTextImporter.importRecord(Array(Self.formulaLike.utf8), fileName: "risk.txt").record)
        let tables = try CSVTables.export([record], profile: .excel)
        let statements = try #require(tables.first { $0.file == "statements.csv" }?.bytes)
        #expect(statements.starts(with: CSVProfile.byteOrderMark))
        let text = String(decoding: statements.dropFirst(3), as: UTF8.self)
        #expect(text.contains(#",narrative,1,"'=HYPERLINK(""http://example.invalid"",""click"")",FALSE,"#))
        #expect(text.contains(",'-5% growth was forecast for the region.,"))
        #expect(text.contains(",'+3 points on the index were reported.,"))
        #expect(text.contains(",'@SUM(A1:A2) appeared on a slide.,"))
        #expect(text.contains(",''Quoted' words stood in the title.,"))
        let plain = String(decoding: try #require(try CSVTables.export([record]).first { $0.file == "statements.csv" }?.bytes), as: UTF8.self)
        #expect(plain.contains(",-5% growth was forecast for the region.,"))
        let directory = try Self.write([record], profile: .excel)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(CSVTableGroupImporter.importGroup(at: directory).records == [record])
    }

    /// A spreadsheet would save "March 2003" back as 03/01/2003: the Excel profile keeps such text as text.
    @Test func excelProfileKeepsTextThatLooksLikeADateOrANumber() {
        for text in ["March 2003", "23 February 2010", "Feb. 23, 2010", "June 27-28, 2011", "2010", "23/02/2010", "5%"] {
            #expect(CSVProfile.readAsNumberOrDate(text), "\(text)")
            #expect(CSVProfile.excel.cell(text) == "'" + text)
            #expect(CSVProfile.excel.value(CSVProfile.excel.cell(text)) == text)
        }
        for text in ["Session 1: March of the nations", "1. Bronislaw Geremek, commissioner", "May the forum continue", "(Summary) *"] {
            #expect(!CSVProfile.readAsNumberOrDate(text), "\(text)")
            #expect(CSVProfile.excel.value(CSVProfile.excel.cell(text)) == text)
        }
        #expect(CSVProfile.excel.cell("2010", text: false) == "2010")
        #expect(CSVProfile.rfc4180.cell("March 2003") == "March 2003")
    }

    @Test func metadataDescribesEveryTableAndColumn() throws {
        let tables = try CSVTables.export([])
        let metadata = try #require(tables.first { $0.file == "csv-metadata.json" }?.bytes)
        let group = try #require(try JSONSerialization.jsonObject(with: Data(metadata)) as? [String: Any])
        let described = try #require(group["tables"] as? [[String: Any]])
        #expect(described.map { $0["url"] as? String } == CSVSchema.tables.map(\.file))
        for (table, description) in zip(CSVSchema.tables, described) {
            let schema = try #require(description["tableSchema"] as? [String: Any])
            let columns = try #require(schema["columns"] as? [[String: Any]]).filter { $0["virtual"] == nil }
            #expect(columns.map { $0["name"] as? String } == table.header)
            #expect((schema["foreignKeys"] as? [Any])?.count ?? 0 == table.foreignKeys.count)
        }
        let package = try #require(tables.first { $0.file == "datapackage.json" }?.bytes)
        let resources = try #require((try JSONSerialization.jsonObject(with: Data(package)) as? [String: Any])?["resources"] as? [[String: Any]])
        #expect(resources.map { $0["path"] as? String } == CSVSchema.tables.map(\.file))
    }

    /// A record's rows, its persons' and organisations' too, go out when it is appended: the
    /// tables on disk are those in memory, with a row per person of each record and nothing left
    /// beside them.
    @Test func tablesOnDiskAreTheTablesInMemoryAndNothingElse() throws {
        let records = try GenreRunTests.run().records
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = try CSVTableGroupWriter(destination: .directory(directory), profile: .rfc4180)
        for record in records { try writer.append(record) }
        try writer.finish()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == (CSVSchema.tables.map(\.file) + ["csv-metadata.json", "datapackage.json"]).sorted())
        let written = Dictionary(uniqueKeysWithValues: try files.map { ($0, Array(try Data(contentsOf: directory.appendingPathComponent($0)))) })
        let memory = Dictionary(uniqueKeysWithValues: try CSVTables.export(records).map { ($0.file, $0.bytes) })
        #expect(memory == written)
        let persons = String(decoding: written["persons.csv"]!, as: UTF8.self)
        #expect(persons.split(separator: "\r\n").count == records.map(\.persons.count).reduce(0, +) + 1)
    }

    /// A record from elsewhere that names one id twice has one row for it, with the lines of both.
    @Test func anIdTwiceInARecordIsOneRow() throws {
        var record = RecordFixture.rich
        record.persons[1].id = record.persons[0].id
        let persons = String(decoding: try #require(try CSVTables.export([record]).first { $0.file == "persons.csv" }).bytes, as: UTF8.self)
        let rows = persons.split(separator: "\r\n").filter { $0.hasPrefix("\(record.id)/person/sadako-ogata,") }
        #expect(rows.count == 1)
        #expect(rows.first?.contains("\(record.id):12|\(record.id):25|\(record.id):91|\(record.id):30") == true)
    }

    @Test func abandonedRunLeavesNothingBehind() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = try CSVTableGroupWriter(destination: .directory(directory))
        try writer.append(try SeedExportTests.seedRun().records[0])
        writer.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func problemsInAForeignTableGroupAreFindingsWithRowAndColumn() throws {
        let records = try SeedExportTests.seedRun().records
        let directory = try Self.write(records)
        defer { try? FileManager.default.removeItem(at: directory) }
        func edit(_ file: String, _ change: (inout [String]) -> Void) throws {
            let url = directory.appendingPathComponent(file)
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n")
            change(&lines)
            try lines.joined(separator: "\r\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let id = records[0].id
        let firstStatement = records[0].statements[0].id, secondStatement = records[0].statements[1].id
        // A bad date, a duplicate statement, a dangling speaker, and a table without a required column.
        try edit("documents.csv") { $0[1] = $0[1].replacingCharacters(in: $0[1].range(of: ",2003-03,")!, with: ",2003-13,") }
        try edit("statements.csv") { lines in
            lines.insert(lines[1], at: 2)
            lines[3] = lines[3].replacingOccurrences(of: "\(id)/\(secondStatement),\(id),,", with: "\(id)/\(secondStatement),\(id),nobody,")
        }
        try edit("notes.csv") { lines in
            // document_id, kind and text alone: the lines are gone.
            lines = lines.map { $0.components(separatedBy: ",").prefix(3).joined(separator: ",") }
        }
        let (back, findings) = CSVTableGroupImporter.importGroup(at: directory)
        let d = directory.path
        #expect(findings.map(\.description) == [
            "\(d)/documents.csv:2:7: error: not a date: \"2003-13\" in column issued",
            "\(d)/notes.csv:1: error: column source_line is missing",
            "\(d)/notes.csv:1: warning: column iri is missing",
            "\(d)/notes.csv:1: warning: column index is missing",
            "\(d)/statements.csv:3:1: error: duplicate statement_id \"\(id)/\(firstStatement)\"; the row is not read",
            "\(d)/statements.csv:4:3: error: person_id \"nobody\" names no row of persons.csv",
        ])
        // Everything else is still read.
        #expect(back.count == 2)
        #expect(back[0].document.issued == nil)
        #expect(back[0].statements.count == records[0].statements.count)
        #expect(back[0].statements[1].speakerId == nil)
        #expect(back[0].sections == records[0].sections)
        #expect(back[0].residue.isEmpty && back[0].document.notes.isEmpty)
        var second = records[1]
        second.residue = []
        second.printed = []
        #expect(back[1] == second)
    }

    /// A correction's day and time are typed as the linked data types them, and read as such: a
    /// cell that is no day, or a time without its zone, is an error at its cell.
    @Test func aCorrectionsDayAndTimeAreChecked() throws {
        let record = try CorrectionsTests.run(try CorrectionsTests.everyFactFile()).record
        var files = Dictionary(uniqueKeysWithValues: try CSVTables.export([record]).map { ($0.file, $0.bytes) })
        let table = String(decoding: try #require(files["corrections.csv"]), as: UTF8.self)
        let row = try #require(table.components(separatedBy: "\r\n").firstIndex { $0.contains(",2024-05-02,2024-05-02T10:00:00Z,") })
        files["corrections.csv"] = Array(table.replacingOccurrences(of: ",2024-05-02,2024-05-02T10:00:00Z,", with: ",2024-13-02,2024-05-02T10:00:00,").utf8)
        let (back, findings) = CSVTableGroupImporter.importGroup(files: files, name: "csv")
        #expect(findings.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == [
            "\(row + 1):16: not a day: \"2024-13-02\" in column day",
            "\(row + 1):17: not a date and time with its zone: \"2024-05-02T10:00:00\" in column ended_at",
        ], "\(findings)")
        #expect(back.first?.corrections == record.corrections)
    }
}
