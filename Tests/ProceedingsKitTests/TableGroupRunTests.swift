import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A run's table group is the run: read back, every record gives the bytes the summaries gave, in
/// interchange XML, TEI and linked data, whatever the persons several documents share, and its
/// records get the run's identity as records of any other input do.
@Suite struct TableGroupRunTests {
    /// Every summary of the shared corpus (this package's copy of a part of it when the package is
    /// not checked out beside it) and the seeds, in one run.
    static func inputs() throws -> [BatchInput] {
        let corpus = FileManager.default.fileExists(atPath: Paths.sharedCorpus.path) ? Paths.sharedCorpus : CorpusTests.corpus
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { BatchInput(name: $0, bytes: try Paths.bytes(corpus.appendingPathComponent($0))) }
            + Paths.seeds.map { BatchInput(name: $0, bytes: try Paths.bytes(Paths.sample($0))) }
    }

    /// Persons and organisations that several summaries name, so that their rows in several
    /// documents share one IRI; the identifiers are made up for the test.
    static func authorities() throws -> AuthorityTable {
        let text = try String(contentsOf: Paths.sample("authorities.csv"), encoding: .utf8) + """
            Yukio Takasu,person,Q900000001,,,,,
            Claude Heller,person,Q900000002,,,,,
            Masahiko Koumura,person,Q900000003,,,,,
            Yozo Yokota,person,Q900000004,,,,,
            Junichiro Koizumi,person,Q900000005,,,,,
            Ministry of Foreign Affairs of Japan,organization,Q900000006,,,,,
            Ministry of Foreign Affairs,organization,Q900000006,,,,,

            """
        let (table, findings) = AuthorityTable.parse(Array(text.utf8), fileName: "authorities.csv")
        #expect(findings.isEmpty, "\(findings)")
        return table
    }

    /// URLs for the corpus, issuers for the seeds, and a key that renames a record.
    static func catalogue() throws -> Catalogue {
        let corpusRows = try String(contentsOf: CorpusTests.corpus.deletingLastPathComponent()
            .appendingPathComponent("corpus-catalogue.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { $0 + ",," }
        let text = (["file,url,issuer,key"] + corpusRows + [
            "2003-02-25_international-symposium-human-security.txt,,Ministry of Foreign Affairs of Japan,",
            "2010-02-23_symposium-human-security-asia.txt,,Ministry of Foreign Affairs of Japan,2010-02-23-human-security-asia",
        ]).joined(separator: "\n")
        let (catalogue, findings) = Catalogue.parse(Array(text.utf8), fileName: "catalogue.csv")
        #expect(findings.isEmpty, "\(findings)")
        return catalogue
    }

    static func write(_ records: [Record], profile: CSVProfile) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("run-csv-\(UUID().uuidString)")
        let writer = try CSVTableGroupWriter(destination: .directory(directory), profile: profile)
        for record in records { try writer.append(record) }
        try writer.finish()
        return directory
    }

    /// The record in every per-record format, by file extension.
    static func files(_ record: Record) throws -> [String: [UInt8]] {
        ["xml": InterchangeXML.export(record), "tei.xml": TEI.export(record),
         "nt": try LinkedData.export(record, syntax: .ntriples), "ttl": try LinkedData.export(record, syntax: .turtle),
         "nq": try LinkedData.export(record, syntax: .nquads)]
    }

    /// Each record of `back` gives the bytes its record of `direct` gives; each difference is
    /// named by record and format.
    static func expectSameFiles(_ back: [Record], _ direct: [Record], _ comment: String) throws {
        #expect(back.map(\.id) == direct.map(\.id), "\(comment)")
        var differing: [String] = []
        for (one, other) in zip(back, direct) {
            let (mine, theirs) = (try files(one), try files(other))
            differing += mine.keys.sorted().filter { mine[$0] != theirs[$0] }.map { "\(one.id).\($0)" }
        }
        #expect(differing.isEmpty, "\(comment): \(differing.count) files differ: \(differing)")
    }

    @Test(arguments: CSVProfile.allCases)
    func everyRecordOfARunReadsBackFromItsTablesByteForByte(_ profile: CSVProfile) throws {
        let (authorities, catalogue) = (try Self.authorities(), try Self.catalogue())
        let direct = Batch.importAll(try Self.inputs(), authorities: authorities, catalogue: catalogue)
        #expect(direct.failed.isEmpty)
        #expect(direct.records.count >= 10)
        let directory = try Self.write(direct.records, profile: profile)
        defer { try? FileManager.default.removeItem(at: directory) }

        let (read, findings) = CSVTableGroupImporter.importGroup(at: directory)
        #expect(findings.isEmpty, "\(findings)")
        try Self.expectSameFiles(read, direct.records, "read as written")
        #expect(read == direct.records)
        // Read again as a run with the same librarian's tables, as `convert` reads a group: linking
        // what is linked already changes nothing.
        let again = Batch.importAll([.tableGroup(at: directory)], authorities: authorities, catalogue: catalogue)
        #expect(again.failed.isEmpty && again.incomplete.isEmpty)
        try Self.expectSameFiles(again.records, direct.records, "read in a run")
        #expect(again.authorityReport == direct.authorityReport)
    }

    @Test func aTableGroupGetsTheRunsIdentity() throws {
        let (authorities, catalogue) = (try Self.authorities(), try Self.catalogue())
        let plain = Batch.importAll(try Self.inputs())
        let directory = try Self.write(plain.records, profile: .rfc4180)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Tables written without the librarian's tables, read with them, are the summaries read with them.
        let direct = Batch.importAll(try Self.inputs(), authorities: authorities, catalogue: catalogue)
        let back = Batch.importAll([.tableGroup(at: directory)], authorities: authorities, catalogue: catalogue)
        #expect(back.records.contains { $0.persons.contains { $0.id == "wikidata-q900000001" } })
        #expect(back.records.contains { $0.id == "2010-02-23-human-security-asia" })
        try Self.expectSameFiles(back.records, direct.records, "linked on the way back")
        #expect(back.authorityReport == direct.authorityReport)
        #expect(back.catalogue?.summary == direct.catalogue?.summary)
    }

    @Test func aRecordOfAGroupWhoseIdTheRunHasIsRefusedAndTheGroupMarked() throws {
        let inputs = try Self.inputs()
        let seeds = Array(inputs.suffix(2))
        let directory = try Self.write(Batch.importAll(seeds).records, profile: .rfc4180)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = Batch.importAll([seeds[0], .tableGroup(at: directory, name: "tables")])
        #expect(run.records.count == 2)
        #expect(run.incomplete == ["tables"] && run.failed.isEmpty)
        #expect(run.findings.contains { $0.rule == RuleID(.duplicateRecord) && $0.file == "tables" })
        // A group with nothing wrong is neither failed nor incomplete; one with nothing readable failed.
        #expect(Batch.importAll([.tableGroup(at: directory)]).incomplete.isEmpty)
        let nothing = Batch.importAll([.tableGroup(files: ["documents.csv": Array("document_id\r\n".utf8)], name: "empty")])
        #expect(nothing.failed == ["empty"] && nothing.records.isEmpty)
    }
}
