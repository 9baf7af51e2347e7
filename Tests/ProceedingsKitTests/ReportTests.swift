import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct ReportTests {
    static let report = ValidationReport(files: [
        FileReport(path: "good.xml", format: "interchange-xml", findings: []),
        FileReport(path: "bad.xml", format: "tei", findings: [
            Finding(file: "bad.xml", line: 12, column: 3, severity: .error, rule: .xsd, message: "Element 'x': not expected.",
                    xpath: "/TEI/teiHeader[1]/x[1]"),
            Finding(file: "bad.xml", line: 40, severity: .warning, rule: .duplicatePerson, message: "two persons"),
        ]),
        FileReport(path: "dir", format: nil, findings: [Finding(file: "dir", severity: .error, rule: .input, message: "is a directory")],
                   unreadable: true),
    ], strict: false)

    @Test func textIsCompilerStyleWithRuleAndSummary() throws {
        #expect(Self.report.text() == """
            bad.xml:12:3: error: Element 'x': not expected. [xsd]
            bad.xml:40: warning: two persons [duplicate-person]
            dir: error: is a directory [input]
            3 files: 1 valid, 1 invalid, 1 unreadable; 2 errors, 1 warning

            """)
    }

    @Test func warningsFailOnlyWhenStrict() {
        let file = FileReport(path: "w.xml", format: "tei", findings: [Finding(file: "w.xml", severity: .warning, rule: .date, message: "m")])
        #expect(file.status(strict: false) == .valid)
        #expect(file.status(strict: true) == .invalid)
    }

    @Test func jsonCarriesEveryFindingWithItsHint() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.report.render(.json))) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["status"] as? String } == ["valid", "invalid", "unreadable"])
        let finding = try #require((files[1]["findings"] as? [[String: Any]])?.first)
        #expect(finding["xpath"] as? String == "/TEI/teiHeader[1]/x[1]")
        #expect(finding["hint"] as? String == Rule.xsd.hint)
        #expect((object["summary"] as? [String: Int])?["invalid"] == 1)
    }

    @Test func sarifNamesRulesAndLocations() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.report.render(.sarif))) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["xsd", "duplicate-person", "input"])
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(Set(rules.compactMap { $0["id"] as? String }) == ["xsd", "duplicate-person", "input"])
    }

    @Test func junitHasOneTestCasePerFile() throws {
        let (root, findings) = SafeXMLParser.parse(try Self.report.render(.junit), fileName: "junit.xml")
        #expect(findings.isEmpty)
        let suite = try #require(root?.firstElement(named: "testsuite"))
        let cases = suite.elements(named: "testcase")
        #expect(cases.map { $0.attribute("name") } == ["good.xml", "bad.xml", "dir"])
        #expect(cases[1].firstElement(named: "failure")?.attribute("type") == "xsd")
        #expect(cases[2].firstElement(named: "error") != nil)
        #expect(suite.attribute("failures") == "1" && suite.attribute("errors") == "1")
    }
}

@Suite struct ContentRuleTests {
    static func seed() throws -> Record {
        try #require(PlainTextImporter.importRecord(try Paths.bytes(Paths.sample(Paths.seeds[0])), fileName: "seed.txt").record)
    }

    @Test func aSeedBreaksNoRule() throws {
        #expect(ContentRules.check(try Self.seed(), file: "seed.xml").isEmpty)
    }

    @Test func brokenReferencesDatesAndDuplicatesAreFound() throws {
        var record = try Self.seed()
        record.participations[1].personId = "nobody"
        record.statements[3].sectionId = "nowhere"
        record.event.startDate = "2003-02-30"
        record.document.issued = "2003-13"
        record.persons[1].name = record.persons[0].name.uppercased()
        let findings = ContentRules.check(record, file: "r.xml") { entity in
            entity == .participation(1) ? ContentRules.Location(line: 7, xpath: "/record/participations/participation[2]") : nil
        }
        #expect(findings.map(\.description) == [
            "r.xml:7: error: participation 2 names person \"nobody\", which the record does not declare",
            "r.xml: error: statement \(record.statements[3].id) names section \"nowhere\", which the record does not declare",
            "r.xml: error: start date \"2003-02-30\" is not a real date",
            "r.xml: error: date of issue \"2003-13\" is not a real date",
            "r.xml: error: persons \"shinako-tuchiya\" and \"kofi-annan\" have the same name, \"SHINAKO TUCHIYA\"",
        ])
        #expect(findings.map(\.rule.rawValue) == ["reference", "reference", "date", "date", "duplicate-person"])
        #expect(findings[0].xpath == "/record/participations/participation[2]")
    }

    @Test func realDates() {
        #expect(ContentRules.isRealDate("2008-02-29"))
        #expect(!ContentRules.isRealDate("2007-02-29"))
        #expect(ContentRules.isRealDate("2007-12"))
        #expect(ContentRules.isRealDate("2007"))
        #expect(!ContentRules.isRealDate("07-12-01"))
    }

    @Test func eventEndingBeforeItStarts() throws {
        var record = try Self.seed()
        record.event.endDate = "2003-02-24"
        #expect(ContentRules.check(record, file: "r").map(\.message) == ["the event ends (2003-02-24) before it starts (2003-02-25)"])
    }
}
