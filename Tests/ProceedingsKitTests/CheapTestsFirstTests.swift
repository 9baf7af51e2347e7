import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Issue 19: the work saved must not change what is found. A file validated is parsed once for all its checks, and the
/// reader's expressions run only behind cheap tests of what they need printed; these are the edges of those tests.
@Suite struct CheapTestsFirstTests {
    @Test func oneParseGivesTheSameSchemaFindingsAsTwo() throws {
        var record = RecordFixture.rich
        record.participations[1].personId = "nobody"
        let bytes = InterchangeXML.export(record)
        let validator = try XMLSchemaValidator.load(path: SchemaLocator.locate(InterchangeXML.schemaFileName))
        let (document, syntax) = SafeXMLDocument.parse(bytes, fileName: "r.xml")
        let parsed = try #require(document)
        #expect(syntax.isEmpty)
        let shared = validator.validate(parsed)
        #expect(shared.count == 1 && shared[0].rule.rawValue == "xsd")
        #expect(shared == validator.validate(bytes, fileName: "r.xml"))
        // The tree the readers use is the one the schema saw.
        #expect(parsed.root == SafeXMLParser.parse(bytes, fileName: "r.xml").0)
    }

    @Test func aDocumentThatIsNotAcceptedHasNoTree() {
        let (document, findings) = SafeXMLDocument.parse(Array(#"<!DOCTYPE r [<!ENTITY x "y">]><r>&x;</r>"#.utf8), fileName: "e.xml")
        #expect(document == nil)
        #expect(findings.map(\.message) == ["entity declarations are not accepted"])
    }

    @Test func schematronOnTheSharedDocumentFindsWhatItFindsOnBytes() throws {
        let schema = """
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
              <pattern><rule context="item"><assert test="@n">an item has a number</assert></rule></pattern>
            </schema>
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cheap-\(UUID().uuidString).sch")
        try Data(schema.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let program = try SchematronCompiler.compile(try SchematronLoader.load(path: file.path), phase: nil)
        let bytes = Array("<list>\n<item n=\"1\"/>\n<item/>\n</list>".utf8)
        let document = try #require(SafeXMLDocument.parse(bytes, fileName: "l.xml").0)
        let shared = SchematronRunner.run(program, on: document)
        #expect(shared.map(\.line) == [3])
        #expect(shared == SchematronRunner.run(program, on: bytes, fileName: "l.xml"))
    }

    @Test(arguments: [
        ("Q& A session", PartKind.session), ("Q & A Session", .session), ("Q&A session", .session), ("Morning session: Diagnosis", .session),
        ("Hands-on session", .session), ("Break-out group 2", .session), ("Side event: Youth and water", .session),
        ("Fireside chat with the Minister", .session), ("AGENDA ITEM 3 Budget", .session), ("Day 2 – Field visit", .other),
        ("High-level panel on finance", .session), ("Wrap-up", .concluding), ("Keynote address", .keynote),
    ])
    func aPartIsNamedWhateverItsFirstWord(text: String, kind: PartKind) {
        #expect(Headings.partKind(text) == kind)
    }

    @Test(arguments: ["Twenty-third session of the Assembly", "Sessions were held in the morning", "R&D session", "1st session", "Ministers met"])
    func noPartIsNamed(text: String) {
        #expect(Headings.partKind(text) == nil)
    }

    @Test func aPointerAfterWhiteSpaceThatIsNotASCIIIsStillChecked() {
        let tei = XMLElement(name: "TEI", namespace: TEI.namespace, children: [
            .element(XMLElement(name: "p", attributes: [XMLAttribute(localName: "who", value: "#a\u{00A0}#b")], line: 2)),
            .element(XMLElement(name: "person", attributes: [XMLAttribute(localName: "id", namespace: "http://www.w3.org/XML/1998/namespace",
                                                                          value: "a")], line: 3)),
        ], line: 1)
        #expect(TEIReferences.check(tei, fileName: "t.xml").map(\.message) == ["<p> @who=\"#a\u{00A0}#b\": no element has xml:id \"b\""])
    }

    @Test func portfoliosAreKeptWhereTheirHeadIsPrinted() {
        let comma = PlainTextReader.portfolioComma
        #expect(PlainTextReader.keepingPortfolios("Ministry of Economy, Trade and Industry, JICA", countries: [])
            == "Ministry of Economy\(comma)Trade and Industry, JICA")
        #expect(PlainTextReader.keepingPortfolios("Economy, Trade and Industry", countries: []) == "Economy, Trade and Industry")
    }
}
