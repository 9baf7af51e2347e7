import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct XSDValidationTests {
    private let ns = InterchangeXML.namespace

    private func validator() throws -> XMLSchemaValidator {
        try XMLSchemaValidator.load(path: SchemaLocator.locate(InterchangeXML.schemaFileName))
    }

    @Test(arguments: [RecordFixture.rich, RecordFixture.minimal])
    func exportValidates(record: Record) throws {
        #expect(try validator().validate(InterchangeXML.export(record), fileName: "r.xml") == [])
    }

    @Test func danglingReferenceIsReportedWithItsLine() throws {
        var record = RecordFixture.rich
        record.participations[1].personId = "nobody"
        let bytes = InterchangeXML.export(record)
        let line = try #require(String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("person=\"nobody\"") }) + 1
        let findings = try validator().validate(bytes, fileName: "r.xml")
        #expect(findings.map(\.description) == [
            "r.xml:\(line): error: Element '{\(ns)}participation': No match found for key-sequence ['nobody'] of keyref '{\(ns)}participation-person'.",
        ])
        #expect(findings.allSatisfy { $0.rule.rawValue == "xsd" })
    }

    @Test func badValuesAreReported() throws {
        var record = RecordFixture.minimal
        record.document.issued = "March 2003"
        record.statements = [Statement(id: "St 1", kind: .remark, ordinal: 1, text: "x", reportedSpeech: false,
                                       span: SourceSpan(2))]
        let findings = try validator().validate(InterchangeXML.export(record), fileName: "r.xml")
        #expect(findings.first?.description == "r.xml:5: error: Element '{\(ns)}issued': [facet 'pattern'] The value 'March 2003' is not accepted by the pattern '[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?'.")
        #expect(findings.contains { $0.line == 17 && $0.message.contains("The value 'St 1' is not accepted") })
        #expect(findings.allSatisfy { $0.rule.rawValue == "xsd" && $0.severity == .error })
    }

    @Test func unsafeAndMalformedInstancesAreRefusedBeforeValidation() throws {
        let entity = try validator().validate(Array(#"<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>"#.utf8),
                                              fileName: "e.xml")
        #expect(entity.map(\.description) == ["e.xml:1:52: error: entity declarations are not accepted"])
        let malformed = try validator().validate(Array("<record>\n  <a>\n</record>".utf8), fileName: "m.xml")
        #expect(malformed.first?.description == "m.xml:3:10: error: Opening and ending tag mismatch: a line 2 and record")
        #expect(malformed.allSatisfy { $0.rule.rawValue == "xml-syntax" })
    }

    @Test func validatesConcurrentlyWithOneCompiledSchema() async throws {
        let validator = try validator()
        #expect(try XMLSchemaValidator.load(path: SchemaLocator.locate(InterchangeXML.schemaFileName)) === validator)
        var broken = RecordFixture.rich
        broken.statements[0].speakerId = "nobody"
        let inputs = [RecordFixture.rich, broken, RecordFixture.minimal].map(InterchangeXML.export)
        let counts = await withTaskGroup(of: (Int, Int).self) { group in
            for round in 0..<60 {
                group.addTask { (round % 3, validator.validate(inputs[round % 3], fileName: "c.xml").count) }
            }
            return await group.reduce(into: Set<[Int]>()) { $0.insert([$1.0, $1.1]) }
        }
        #expect(counts == [[0, 0], [1, 1], [2, 0]])
    }

    @Test func schemaEnumerationsMatchTheModel() throws {
        let path = try SchemaLocator.locate(InterchangeXML.schemaFileName)
        let (schema, findings) = SafeXMLParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))),
                                                     fileName: path)
        #expect(findings.isEmpty)
        let types = try #require(schema).elements(named: "simpleType")
        func values(_ name: String) -> [String] {
            types.first { $0.attribute("name") == name }?.elements.flatMap { $0.elements(named: "enumeration") }
                .compactMap { $0.attribute("value") } ?? []
        }
        #expect(values("role") == Role.allCases.map(\.rawValue))
        #expect(values("event-kind") == EventKind.allCases.map(\.rawValue))
        #expect(values("part-kind") == PartKind.allCases.map(\.rawValue))
        #expect(values("section-kind") == SectionKind.allCases.map(\.rawValue))
        #expect(values("statement-kind") == StatementKind.allCases.map(\.rawValue))
        #expect(values("block-form") == BlockForm.allCases.map(\.rawValue))
    }

    @Test func schemaProblemsAreThrown() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xsd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.xsd").path
        #expect(FileManager.default.createFile(atPath: broken, contents: Data(#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element/></xs:schema>"#.utf8)))

        #expect { try XMLSchemaValidator.load(path: broken) } throws: { error in
            guard let error = error as? XMLSchemaError else { return false }
            return error.code == .invalid && error.findings.first?.line == 1
        }
        #expect { try XMLSchemaValidator.load(path: directory.appendingPathComponent("missing.xsd").path) } throws: {
            ($0 as? XMLSchemaError)?.code == .unreadable
        }
    }

    /// An independent check by a validator nobody here wrote.
    @Test func xmllintAcceptsTheExport() throws {
        let xmllint = try #require(
            (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
                .map { "\($0)/xmllint" }.first { FileManager.default.isExecutableFile(atPath: $0) },
            "xmllint is required (apt-get install libxml2-utils)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("record-\(UUID().uuidString).xml")
        try Data(InterchangeXML.export(RecordFixture.rich)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--schema", try SchemaLocator.locate(InterchangeXML.schemaFileName), file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }
}
