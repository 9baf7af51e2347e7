import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The independent TEI checkers: jing with the official tei_all.rng, and xmllint. `make test`
/// provides both; a test that needs them fails, never skips, when they are missing.
enum TEITools {
    /// `PROCEEDINGS_TEI_RNG` (set by the Makefile), else where `make tei-schemas` puts it: as
    /// `validate --schema tei-all` finds it.
    static func rng() throws -> String {
        let found = Result { try TEISchematron.locateRNG() }
        return try #require(try? found.get(), "\(found): run make test (or make tei-schemas) once")
    }

    static func executable(_ name: String, package: String) throws -> String {
        try #require((ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) },
                     "\(name) is required (apt-get install \(package), or make test)")
    }

    struct Run {
        var status: Int32
        var output: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return Run(status: process.terminationStatus, output: String(decoding: try Data(contentsOf: output), as: UTF8.self))
    }

    static func jing(_ files: [URL]) throws -> Run {
        try run(try executable("jing", package: "jing"), [try rng()] + files.map(\.path))
    }

    static func xmllint(schema: String, _ files: [URL]) throws -> Run {
        try run(try executable("xmllint", package: "libxml2-utils"), ["--noout", "--nonet", "--schema", schema] + files.map(\.path))
    }

    /// A failed assert or successful report of the reference Schematron run.
    struct ReferenceFinding: Hashable {
        var pattern: String?
        var kind: String
        var role: String?
        var location: String
        var text: String
    }

    /// The reference Schematron run (scripts/schematron-reference.py: lxml's ISO skeleton under
    /// Saxon-HE, from .tools/schematron-venv, which `make test` installs): file path → findings.
    static func schematronReference(schema: String, _ files: [URL]) throws -> [String: [ReferenceFinding]] {
        let python = Paths.packageRoot.appendingPathComponent(".tools/schematron-venv/bin/python").path
        try #require(FileManager.default.isExecutableFile(atPath: python),
                     "the Schematron reference is missing at \(python): run make test (scripts/install-deps) once")
        let script = Paths.packageRoot.appendingPathComponent("scripts/schematron-reference.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, schema] + files.map(\.path)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString).json")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        try #require(process.terminationStatus == 0, "the Schematron reference failed")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: [[String: Any]]])
        return json.mapValues { list in
            list.map { ReferenceFinding(pattern: $0["pattern"] as? String, kind: $0["kind"] as? String ?? "",
                                        role: $0["role"] as? String, location: $0["location"] as? String ?? "",
                                        text: $0["text"] as? String ?? "") }
        }
    }

    /// Writes `documents` (file name → bytes) into a fresh directory.
    static func write(_ documents: [(String, [UInt8])]) throws -> (URL, [URL]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tei-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let urls = try documents.map { name, bytes in
            let url = directory.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url
        }
        return (directory, urls)
    }

    /// TEI → model → TEI: the record read back without a finding, which is written again the same.
    static func readBack(_ bytes: [UInt8], name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Record {
        let (back, findings) = TEI.importRecord(bytes, fileName: name)
        let read = try #require(back, "\(findings)", sourceLocation: sourceLocation)
        #expect(findings.isEmpty, "\(findings)", sourceLocation: sourceLocation)
        #expect(TEI.export(read) == bytes, sourceLocation: sourceLocation)
        return read
    }

    /// One TEI file checked by the tools outside the toolkit: jing with TEI All, its Schematron
    /// rules under the reference run, and xmllint with the project's profile.
    static func expectAccepted(_ bytes: [UInt8], name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (directory, files) = try write([(name, bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)", sourceLocation: sourceLocation)
        #expect(try schematronReference(schema: try rng(), files)[files[0].path] == [], sourceLocation: sourceLocation)
        let profile = try xmllint(schema: Paths.packageRoot.appendingPathComponent("Schemas/tei-proceedings.xsd").path, files)
        #expect(profile.status == 0, "\(profile.output)", sourceLocation: sourceLocation)
    }
}

extension SchematronProgram {
    /// Rules whose every expression is evaluated, and those that are not, which the README counts.
    var evaluatedRules: Int { patterns.flatMap(\.rules).filter(\.evaluable).count }
    var unevaluatedRules: Int { patterns.flatMap(\.rules).filter { !$0.evaluable }.count }
}

extension TEI {
    /// A corpus held whole in memory, which the tests compare and validate at once; the tool itself
    /// streams one through `CorpusWriter`.
    static func exportCorpus(_ records: [Record], title: String, convertedAt: Date? = nil,
                             publication: Publication = Publication()) -> [UInt8] {
        let corpus = CorpusWriter(title: title, convertedAt: convertedAt, publication: publication)
        var bytes = records.flatMap { corpus.append($0) }
        bytes += corpus.finish()
        return bytes
    }
}
