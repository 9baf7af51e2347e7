import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Rule ids are a contract with reports, CI filters and the README: typed in the code, the same
/// strings outside it.
@Suite struct RuleTests {
    @Test func everyRuleIsDocumentedInTheREADME() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardized, encoding: .utf8)
        let undocumented = Rule.allCases.filter { !readme.contains("`\($0.rawValue)`") }
        #expect(undocumented.isEmpty, "not in the README: \(undocumented.map(\.rawValue))")
    }

    @Test func idsAreUniqueAndSpelledAsReportsShowThem() {
        #expect(Set(Rule.allCases.map(\.rawValue)).count == Rule.allCases.count)
        #expect(Rule.allCases.allSatisfy { $0.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } })
        #expect(Rule.allCases.allSatisfy { !$0.summary.isEmpty && !$0.hint.isEmpty })
    }

    /// A check's id names its constraint and takes its family's hint; a listed rule's id is itself.
    @Test func schematronChecksBelongToTheirFamily() throws {
        let partner = RuleID.schematron(constraint: "Date has Year")
        #expect(partner.rawValue == "schematron-date-has-year" && partner.rule == .schematron)
        let tei = try #require(RuleID.tei(patternId: "tei_all-att.datable.w3c-att-datable-w3c-when-constraint-rule-5"))
        #expect(tei.rawValue == "tei-att-datable-w3c-att-datable-w3c-when" && tei.rule == .teiSchematron)
        #expect(RuleID.tei(patternId: "tei_all--constraint") == nil)
        #expect(RuleID(rawValue: "schematron-date-has-year")?.rule == .schematron)
        #expect(RuleID(rawValue: "tei-att-datable-w3c-att-datable-w3c-when")?.rule == .teiSchematron)
        #expect(RuleID(rawValue: "tei-header")?.rule == .teiHeader)
        #expect(RuleID(rawValue: "no-such-rule") == nil)
    }

    /// A finding made with a rule takes its severity, and its hint when it reaches a report; JSON
    /// carries the id as the string it always was.
    @Test func aFindingCarriesItsRule() throws {
        let finding = Finding(file: "a.txt", rule: .unclassifiedLine, message: "m")
        #expect(finding.severity == .warning)
        #expect(finding.explained.hint == Rule.unclassifiedLine.hint)
        let json = try JSONEncoder().encode(finding)
        #expect(String(decoding: json, as: UTF8.self).contains(#""rule":"unclassified-line""#))
        #expect(try JSONDecoder().decode(Finding.self, from: json) == finding)
    }
}
