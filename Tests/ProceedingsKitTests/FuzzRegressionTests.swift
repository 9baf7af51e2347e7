import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Every input that ever crashed or hung a fuzz target, and the hostile inputs the validator must
/// survive, replayed through the same readers as the targets in Fuzz/: each gives a result or
/// findings, and never a crash.
@Suite struct FuzzRegressionTests {
    static let root = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz-regressions")

    static let readers: [String: @Sendable ([UInt8]) -> [Finding]] = [
        "FuzzPlainText": { PlainTextImporter.importRecord($0, fileName: "fuzz.txt").findings },
        "FuzzInterchangeXML": { InterchangeXML.importRecord($0, fileName: "fuzz.xml").1 },
        "FuzzCSV": { CSVTableGroupImporter.importGroup(files: ["statements.csv": $0], name: "fuzz").findings },
        "FuzzTEI": { TEI.importRecord($0, fileName: "fuzz.tei.xml").1 },
        "FuzzLinkedData": { bytes in
            [RDFSyntax.turtle, .nquads].flatMap { LinkedData.importRecord(bytes, syntax: $0, fileName: "fuzz").1 }
        },
    ]

    static var inputs: [String] {
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(target).path)) ?? [])
                .sorted().map { "\(target)/\($0)" }
        }
    }

    @Test func everyTargetHasItsReader() {
        let targets = Set(Self.inputs.map { String($0.split(separator: "/")[0]) })
        #expect(targets == Set(Self.readers.keys))
    }

    @Test(arguments: inputs)
    func replayGivesFindingsNotACrash(_ input: String) throws {
        let target = String(input.split(separator: "/")[0])
        let reader = try #require(Self.readers[target])
        let bytes = try Paths.bytes(Self.root.appendingPathComponent(input))
        let findings = reader(bytes)
        // Every hostile input here is broken on purpose: the reader must say so.
        #expect(findings.contains { $0.severity == .error }, "\(input): \(findings)")
        #expect(!findings.contains { $0.message.contains("root:") }, "a local file leaked into a finding")
    }

    /// Well-formed summaries whose words once stopped the plain-text reader (a range read backwards): each is read now.
    static let readerCrashes = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/reader-crashes")

    static var crashInputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: readerCrashes.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test(arguments: crashInputs)
    func onceStoppedTheReaderNowRead(_ input: String) throws {
        let result = PlainTextImporter.importRecord(try Paths.bytes(Self.readerCrashes.appendingPathComponent(input)), fileName: input)
        #expect(result.record != nil || result.findings.contains { $0.severity == .error }, "\(input): \(result.findings)")
    }

    @Test func theReaderCrashesAreThere() {
        #expect(Self.crashInputs.count >= 3)
    }
}
