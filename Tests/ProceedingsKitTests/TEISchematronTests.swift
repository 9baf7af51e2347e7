import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// TEI's own Schematron rules: how many of TEI All's this engine evaluates, the produced TEI
/// passing them here and in the reference (Saxon running the ISO skeleton), and planted
/// violations that jing accepts rejected by both, rule by rule and node by node.
@Suite(.serialized) struct TEISchematronTests {
    static func teiAll() throws -> SchematronProgram { try TEISchematron.program(path: try TEITools.rng()) }

    /// Measured on tei_all.rng 4.3.0 and stated in the README: 85 rules in 83 patterns.
    @Test func theRulesOfTEIAllThatAreEvaluatedAreCounted() throws {
        let program = try Self.teiAll()
        #expect(program.patterns.count == 83)
        #expect(program.evaluatedRules + program.unevaluatedRules == 85)
        // XPath 2.0's value comparisons are evaluated as the XPath 1.0 comparisons that decide them alike.
        #expect(program.evaluatedRules == 73, "evaluated: \(program.evaluatedRules)")
        #expect(program.unevaluatedRules == 12, "not evaluated: \(program.unevaluatedRules)")
        #expect(program.findings.count == 26, "\(program.findings.map(\.description).joined(separator: "\n"))")
        #expect(program.findings.allSatisfy { $0.severity == .note && $0.rule.rule == .schematronSchema && $0.line != nil })
        #expect(program.findings.allSatisfy { $0.file == (try? TEITools.rng()) })
    }

    @Test func everyProducedFilePassesTEIsRulesHereAndInTheReference() throws {
        let documents = try TEIValidationTests.producedDocuments()
        let program = try Self.teiAll()
        for (name, bytes) in documents {
            let findings = SchematronRunner.run(program, on: bytes, fileName: name)
            #expect(findings.isEmpty, "\(name): \(findings)")
        }
        let (directory, files) = try TEITools.write(documents)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reference = try TEITools.schematronReference(schema: try TEITools.rng(), files)
        #expect(reference.count == files.count)
        for file in files {
            #expect(reference[file.path] == [], "\(file.lastPathComponent): \(reference[file.path] ?? [])")
        }
    }

    /// Edits of a real output, each breaking one of TEI All's rules that this engine evaluates and
    /// that the grammar alone (jing) lets through; the rule id each one must be reported under.
    static func plantedViolations() throws -> [(name: String, rule: String, bytes: [UInt8])] {
        let run = try SeedExportTests.seedRun()
        let record = try #require(run.records.first { $0.id == "2010-02-23-symposium-human-security-asia" })
        let text = String(decoding: TEI.export(record), as: UTF8.self)
        let url = "https://www.mofa.go.jp/policy/human_secu/sympo1002_summary.html"
        let edits: [(String, String, String, String)] = [
            ("date-when-and-from", "tei-att-datable-w3c-att-datable-w3c-when",
             #"<date when="2010-02-23" source="text:9,10">23rd February, 2010</date>"#, #"<date when="2010-02-23" from="2010-02-23" source="text:9,10">23rd February, 2010</date>"#),
            ("date-from-and-not-before", "tei-att-datable-w3c-att-datable-w3c-from",
             #"<date when="2010-02-23" source="text:5,6">23 February, 2010</date>"#, #"<date from="2010-02-23" notBefore="2010-02-01" source="text:5,6">23 February, 2010</date>"#),
            ("date-to-and-not-after", "tei-att-datable-w3c-att-datable-w3c-to",
             #"<date when="2010-02-23" source="text:5,6">23 February, 2010</date>"#, #"<date to="2010-02-23" notAfter="2010-03-01" source="text:5,6">23 February, 2010</date>"#),
            ("subtype-without-type", "tei-att-typed-subtypetyped",
             #"<div type="part" subtype="opening""#, #"<div subtype="opening""#),
            ("ref-with-target-and-cref", "tei-ref-refatts",
             #"<ref target="\#(url)""#, #"<ref cRef="1" target="\#(url)""#),
            ("target-language-without-target", "tei-att-pointing-targetlang-targetlang",
             #"<ref target="\#(url)""#, #"<ref targetLang="ja""#),
            ("gloss-list-without-labels", "tei-list-gloss-list-must-have-labels",
             #"<list rend="bulleted">"#, #"<list rend="bulleted" type="gloss">"#),
            // An XPath 2.0 test ("string-length(.) gt 0") that the engine evaluates as XPath 1.0 decides it alike.
            ("calendar-without-content", "tei-att-datable-calendar-calendar",
             ##"<date when="2010-02-23" source="text:9,10">23rd February, 2010</date>"##, ##"<date when="2010-02-23" calendar="#gregorian" source="text:9,10"/>"##),
            ("catchwords-outside-a-manuscript", "tei-catchwords-catchword-in-msdesc",
             "remain with its issuer.</p>",
             "remain with its issuer.<catchwords>issuer</catchwords></p>"),
        ]
        return try edits.map { name, rule, old, new in
            let range = try #require(text.range(of: old), "edit \(name) does not apply")
            var changed = text
            changed.replaceSubrange(range, with: new)
            return (name, rule, Array(changed.utf8))
        }
    }

    /// XPath 2.0's value comparisons as the XPath 1.0 comparisons that decide them alike; `lt` and the
    /// like only beside a number, where both compare numbers; names and strings that read "eq" untouched.
    @Test func valueComparisonsAreLowered() {
        #expect(XPathLowering.valueComparisons("string-length(.) gt 0") == "string-length(.) > 0")
        #expect(XPathLowering.valueComparisons("//tei:desc[ @type eq 'deprecationInfo']") == "//tei:desc[ @type = 'deprecationInfo']")
        #expect(XPathLowering.valueComparisons("$firstX eq $lastX and $firstY ne $lastY") == "$firstX = $lastX and $firstY != $lastY")
        #expect(XPathLowering.valueComparisons("@a lt @b") == "@a lt @b")
        #expect(XPathLowering.valueComparisons("child::eq/gt[. = 'x eq y'] or count(*) ge 2") == "child::eq/gt[. = 'x eq y'] or count(*) >= 2")
    }

    /// A rule whose checks cannot be evaluated is no silent pass where it applies: the document gets a warning.
    @Test func aRuleThatAppliesButCannotBeEvaluatedWarns() throws {
        let schema = """
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
              <pattern><rule context="item"><assert test="tokenize(., ' ')[2]">two words</assert></rule></pattern>
            </schema>
            """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("unevaluated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("two.sch").path
        try Data(schema.utf8).write(to: URL(fileURLWithPath: path))
        let program = try SchematronCompiler.compile(try SchematronLoader.load(path: path))
        #expect(program.findings.contains { $0.message.contains("tokenize") })
        let findings = SchematronRunner.run(program, on: Array("<list><item>one</item><item>a b</item></list>".utf8), fileName: "l.xml")
        #expect(findings.map(\.severity) == [.warning], "\(findings)")
        #expect(findings.first?.message.contains("applies to 2 nodes here") == true, "\(findings)")
        #expect(SchematronRunner.run(program, on: Array("<list/>".utf8), fileName: "e.xml").isEmpty)
    }

    @Test func plantedViolationsAreRejectedAlikeHereAndByTheReferenceRuleByRule() throws {
        let planted = try Self.plantedViolations()
        let (directory, files) = try TEITools.write(planted.map { ("\($0.name).tei.xml", $0.bytes) })
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0, "the grammar alone must accept the planted violations: \(jing.output)")
        let reference = try TEITools.schematronReference(schema: try TEITools.rng(), files)
        // What `validate --schema tei-all` runs: TEI All's grammar, TEI's rules and the content rules.
        let validator = try SubmissionValidator(schema: .teiAll)
        var agreed = 0
        for (file, violation) in zip(files, planted) {
            let all = validator.validate(violation.bytes, name: file.path).findings
            // The grammar accepts them: every error is one of TEI's rules, whose ids are no fixed rule's.
            #expect(all.filter { $0.severity == .error }.allSatisfy { Rule(rawValue: $0.rule.rawValue) == nil }, "\(violation.name): \(all)")
            let ours = all.filter { Rule(rawValue: $0.rule.rawValue) == nil }
            #expect(ours.allSatisfy { $0.severity == .error && $0.line != nil }, "\(violation.name): \(ours)")
            let mine = Set(ours.map { "\($0.rule) \($0.xpath ?? "")" })
            let theirs = Set((reference[file.path] ?? []).map { "\($0.pattern.flatMap(RuleID.tei(patternId:))?.rawValue ?? "") \($0.location)" })
            #expect(mine.contains { $0.hasPrefix(violation.rule + " ") }, "\(violation.name): \(mine)")
            #expect(mine == theirs, "\(violation.name): here \(mine.sorted()), reference \(theirs.sorted())")
            let messages = Set(ours.map(\.message)), referenceMessages = Set((reference[file.path] ?? []).map(\.text))
            #expect(messages == referenceMessages, "\(violation.name)")
            if mine == theirs, !mine.isEmpty { agreed += 1 }
        }
        #expect(agreed == planted.count)
        // TEI's rules the engine cannot evaluate, each a note on the schema (value comparisons are evaluated).
        #expect(validator.schemaReports.map(\.findings.count) == [26])
    }

    @Test func theProfileAppliesTEIsRulesOnItsElements() throws {
        let planted = try Self.plantedViolations()
        let validator = try SubmissionValidator()
        let dated = try #require(planted.first { $0.name == "date-when-and-from" })
        let findings = validator.validate(dated.bytes, name: "dated.tei.xml").findings
        #expect(findings.map(\.rule.rawValue) == ["tei-att-datable-w3c-att-datable-w3c-when"], "\(findings)")
        #expect(findings.first?.message == "The @when attribute cannot be used with any other att.datable.w3c attributes.")
        #expect(findings.first?.xpath == "/TEI/teiHeader[1]/profileDesc[1]/settingDesc[1]/setting[1]/date[1]")
    }

    /// `make tei-profile-schematron` writes it; it must be what tei_all.rng gives today.
    @Test func theProfilesSchematronIsCurrent() throws {
        let committed = try Paths.bytes(Paths.packageRoot.appendingPathComponent("Schemas/\(TEISchematron.profileFileName)"))
        let fresh = try TEISchematron.profileSchema(rng: try TEITools.rng(),
                                                    profileXSD: Paths.packageRoot.appendingPathComponent("Schemas/tei-proceedings.xsd").path)
        #expect(committed == fresh, "Schemas/tei-proceedings.sch is stale: run make tei-profile-schematron")
        let program = try TEISchematron.program(path: Paths.packageRoot.appendingPathComponent("Schemas/\(TEISchematron.profileFileName)").path)
        #expect(program.findings.isEmpty)
        #expect(program.patterns.count == 24)
    }
}
