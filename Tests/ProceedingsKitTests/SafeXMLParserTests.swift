import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct SafeXMLParserTests {
    private func parse(_ text: String, maxDepth: Int = SafeXMLParser.defaultMaxDepth) -> (XMLElement?, [Finding]) {
        SafeXMLParser.parse(Array(text.utf8), fileName: "in.xml", maxDepth: maxDepth)
    }

    @Test func buildsTreeWithNamespacesLinesAndText() throws {
        let (root, findings) = parse("""
            <?xml version="1.0"?>
            <r xmlns="urn:a" xmlns:b="urn:b" id="x" b:flag="yes">
              <item>one &amp; <![CDATA[<two>]]></item>
              <b:item>three</b:item>
              <!-- dropped -->
            </r>
            """)
        #expect(findings.isEmpty)
        let r = try #require(root)
        #expect(r.name == "r" && r.namespace == "urn:a" && r.line == 2)
        #expect(r.attribute("id") == "x")
        #expect(r.attribute("flag", namespace: "urn:b") == "yes")
        #expect(r.attribute("flag") == nil)
        #expect(r.elements(named: "item").count == 2)
        #expect(r.elements(named: "item", namespace: "urn:b").map(\.textContent) == ["three"])
        let first = try #require(r.firstElement(named: "item", namespace: "urn:a"))
        #expect(first.children == [.text("one & <two>")] && first.line == 3)
    }

    @Test func malformedDocumentIsAFindingWithLineAndColumn() {
        let (root, findings) = parse("<r>\n  <a></b>\n</r>\n")
        #expect(root == nil)
        #expect(findings.map(\.description) == ["in.xml:2:10: error: Opening and ending tag mismatch: a line 2 and b"])
        #expect(findings.allSatisfy { $0.rule.rawValue == "xml-syntax" })
    }

    @Test func emptyInputIsAFinding() {
        let (root, findings) = parse("")
        #expect(root == nil)
        #expect(findings.map(\.description) == ["in.xml:1:1: error: document is empty"])
    }

    @Test func externalEntityIsRefusedWithoutReadingTheFile() {
        let (root, findings) = parse(#"<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>"#)
        #expect(root == nil)
        #expect(findings.map(\.description) == ["in.xml:1:52: error: entity declarations are not accepted"])
        #expect(!findings.map(\.description).joined().contains("root:"))
    }

    @Test func billionLaughsIsRefused() {
        var doctype = #"<!DOCTYPE lolz [<!ENTITY lol "lol">"#
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let (root, findings) = parse(doctype + "]>\n<lolz>&lol9;</lolz>")
        #expect(root == nil)
        #expect(findings.map(\.description) == ["in.xml:1:35: error: entity declarations are not accepted"])
    }

    @Test func undeclaredEntityFromAnExternalSubsetIsRefused() {
        let (root, findings) = parse(#"<!DOCTYPE r SYSTEM "http://example.invalid/r.dtd"><r>&x;</r>"#)
        #expect(root == nil)
        #expect(findings.map(\.description) == ["in.xml:1:57: error: Entity 'x' not defined"])
    }

    @Test func nestingDepthIsBounded() {
        let (shallow, shallowFindings) = parse(String(repeating: "<a>", count: 5) + String(repeating: "</a>", count: 5), maxDepth: 4)
        #expect(shallow == nil)
        #expect(shallowFindings.map(\.description) == ["in.xml:1: error: elements are nested more than 4 deep"])

        let deep = 100_000
        let (root, findings) = parse(String(repeating: "<a>", count: deep) + String(repeating: "</a>", count: deep))
        #expect(root == nil)
        #expect(findings.map(\.description) == ["in.xml:1:772: error: Excessive depth in document: 256 use XML_PARSE_HUGE option"])
    }
}
