import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Every TEI file the tests produce is valid against the official TEI All (jing) and against the
/// profile (xmllint and in-process); broken variants of real outputs are rejected by both.
@Suite(.serialized) struct TEIValidationTests {
    /// Every TEI document the tests produce: the seeds as `make samples` writes them, the
    /// committed samples, and the fixtures.
    static func producedDocuments() throws -> [(String, [UInt8])] {
        let seeds = try SeedExportTests.seedRun().records.map { ("\($0.id).tei.xml", TEI.export($0)) }
        let committed = try FileManager.default.contentsOfDirectory(atPath: Paths.samples.appendingPathComponent("out").path)
            .filter { $0.hasSuffix(".tei.xml") }.sorted()
            .map { ("committed-\($0)", try Paths.bytes(Paths.samples.appendingPathComponent("out").appendingPathComponent($0))) }
        let fixtures = ([("rich", RecordFixture.rich), ("minimal", RecordFixture.minimal), ("nested", RecordFixture.nested)]
            + RecordFixture.described.map { ($0.id, $0) })
            .map { ("fixture-\($0.0).tei.xml", TEI.export($0.1)) }
        // The seeds as the librarian's corrections leave them: every kind of fact, each removal, the samples' file.
        let corrected = [("every-fact", try CorrectionPointerTests.corrected()),
                         ("removals", try CorrectionPointerTests.corrected(CorrectionPointerTests.removals)),
                         ("samples", try CorrectionEncodingTests.corrected())]
            .map { ("corrected-\($0.0).tei.xml", TEI.export($0.1)) }
        return seeds + committed + fixtures + corrected
    }

    private static var profilePath: String {
        get throws { try SchemaLocator.locate(TEI.schemaFileName) }
    }

    @Test func jingWithTheOfficialSchemaAcceptsEveryProducedFile() throws {
        let documents = try Self.producedDocuments()
        #expect(documents.filter { $0.0.hasPrefix("committed-") }.count == 2)
        let (directory, files) = try TEITools.write(documents)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try TEITools.jing(files)
        #expect(run.status == 0 && run.output.isEmpty, "\(run.output)")
    }

    @Test func xmllintWithTheProfileAcceptsEveryProducedFile() throws {
        let documents = try Self.producedDocuments()
        let (directory, files) = try TEITools.write(documents)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try TEITools.xmllint(schema: try Self.profilePath, files)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.components(separatedBy: " validates\n").count == files.count + 1, "\(run.output)")
    }

    @Test func theProfileAcceptsEveryProducedFileInProcess() throws {
        let validator = try SubmissionValidator()
        for (name, bytes) in try Self.producedDocuments() {
            // A fixture without venue, date or participants may lack them in the header: a warning, not an error.
            let findings = validator.validate(bytes, name: name).findings
            #expect(findings.allSatisfy { $0.severity == .warning && $0.rule.rawValue == "tei-header" }, "\(name): \(findings)")
            #expect(validator.validate(bytes, name: name).status(strict: false) == .valid)
        }
    }

    /// Broken variants of a real output: each edit must apply, and each result must be invalid
    /// for TEI All; the profile must reject every one of them too.
    static func invalidVariants() throws -> [(String, [UInt8])] {
        let run = try SeedExportTests.seedRun()
        let record = try #require(run.records.first { $0.id == "2010-02-23-symposium-human-security-asia" })
        let text = String(decoding: TEI.export(record), as: UTF8.self)
        let edits: [(String, String, String)] = [
            ("no-title-statement", #"<titleStmt>"#, #"<titleStmtX>"#),
            ("no-source-description", "<sourceDesc>", "<sourceDescription>"),
            ("header-out-of-order", "<teiHeader>\n    <fileDesc>", "<teiHeader>\n    <revisionDesc><change/></revisionDesc>\n    <fileDesc>"),
            ("no-text", "<text>", "<textX>"),
            ("speech-not-a-truth-value", #"direct="false""#, #"direct="perhaps""#),
            ("unknown-attribute", ##"<persName ref="#person.nishimura""##, ##"<persName speaker="nishimura" ref="#person.nishimura""##),
            ("unknown-element", #"<head source="text:7,8">1. Summary</head>"#, #"<head source="text:7,8">1. Summary</head><session/>"#),
            ("date-not-iso", #"<date when="2010-02-23" source="text:9,10">23rd February, 2010</date>"#, #"<date when="23 February 2010" source="text:9,10">23rd February, 2010</date>"#),
            ("id-not-a-name", #"xml:id="person.nishimura""#, #"xml:id="person nishimura""#),
            ("duplicate-id", #"xml:id="person.tanaka""#, #"xml:id="person.nishimura""#),
            ("paragraph-in-person-list", "<listPerson>", "<listPerson>\n<p>x</p>"),
            ("said-outside-a-paragraph", "<div type=\"part\" subtype=\"opening\" n=\"1\" corresp=\"#part.opening\">",
             "<div type=\"part\" subtype=\"opening\" n=\"1\" corresp=\"#part.opening\"><said direct=\"false\">x</said>"),
            ("wrong-namespace", #"xml:lang="en" xmlns="http://www.tei-c.org/ns/1.0">"#, #"xml:lang="en" xmlns="http://www.tei-c.org/ns/2.0">"#),
            ("url-target-empty", #"<ref target="https://www.mofa.go.jp/policy/human_secu/sympo1002_summary.html""#, #"<ref target="""#),
            ("issuer-resp-empty", ##"<publisher resp="#catalogue">"##, #"<publisher resp="">"#),
            ("issuer-with-a-date", ##"<publisher resp="#catalogue">"##, #"<publisher when="2010-02-23">"#),
            ("publisher-in-title-statement", "<titleStmt>", "<titleStmt>\n<publisher>Ministry of Foreign Affairs</publisher>"),
        ]
        return try edits.map { name, old, new in
            let count = text.components(separatedBy: old).count - 1
            try #require(count >= 1, "edit \(name) does not apply")
            var changed = text
            if let range = changed.range(of: old) { changed.replaceSubrange(range, with: new) }
            // The first occurrence only; for a closing tag the matching end tag follows it.
            if old.hasPrefix("<"), !old.contains(" "), old.hasSuffix(">"), new.hasPrefix("<"), !new.contains(" "),
               let end = changed.range(of: "</" + old.dropFirst()) {
                changed.replaceSubrange(end, with: "</" + new.dropFirst())
            }
            return ("\(name).tei.xml", Array(changed.utf8))
        }
    }

    @Test func theOfficialSchemaAndTheProfileRejectEveryBrokenVariant() throws {
        let variants = try Self.invalidVariants()
        let (directory, files) = try TEITools.write(variants)
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status != 0)
        let profile = try XMLSchemaValidator.load(path: try Self.profilePath)
        for (file, (name, bytes)) in zip(files, variants) {
            #expect(jing.output.contains(file.path + ":"), "TEI All accepts \(name); it does not belong in the invalid set")
            #expect(profile.validate(bytes, fileName: name).hasErrors, "the profile accepts \(name), which TEI All rejects")
        }
        let xmllint = try TEITools.xmllint(schema: try Self.profilePath, files)
        for file in files {
            #expect(xmllint.output.contains("\(file.path) fails to validate"), "\(file.lastPathComponent)")
        }
    }

    /// What the profile adds to TEI All: a complete header and pointers that resolve.
    @Test func theProfileIsStricterThanTEIAll() throws {
        let record = try #require(try SeedExportTests.seedRun().records.last)
        let text = String(decoding: TEI.export(record), as: UTF8.self)
        let missingRevision = text.replacingOccurrences(of: #"<revisionDesc>\n      <change>.*</change>\n    </revisionDesc>\n"#,
                                                        with: "", options: .regularExpression)
        #expect(missingRevision != text)
        let dangling = text.replacingOccurrences(of: ##"active="#person.konuma""##, with: ##"active="#person.kunuma""##)
        #expect(dangling != text)
        let line = try #require(dangling.components(separatedBy: "\n").firstIndex { $0.contains("#person.kunuma") }) + 1

        let (directory, files) = try TEITools.write([("missing-revision.tei.xml", Array(missingRevision.utf8)),
                                                     ("dangling.tei.xml", Array(dangling.utf8))])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0, "\(jing.output)")

        let validator = try SubmissionValidator()
        let revision = validator.validate(Array(missingRevision.utf8), name: "m.tei.xml").findings
        #expect(revision.contains { $0.rule.rawValue == "xsd" && $0.message.contains("revisionDesc") }, "\(revision)")
        #expect(validator.validate(Array(dangling.utf8), name: "d.tei.xml").findings.map(\.description) == [
            ##"d.tei.xml:\##(line): error: <relation> @active="#person.kunuma": no element has xml:id "person.kunuma""##,
        ])
    }
}
