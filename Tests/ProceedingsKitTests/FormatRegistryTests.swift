import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct FormatRegistryTests {
    private func read(_ bytes: [UInt8], _ fileName: String = "") -> Format {
        FormatRegistry.standard.recognise(bytes, fileName: fileName)
    }

    @Test func theRootNamespaceDecides() {
        #expect(read(InterchangeXML.export(RecordFixture.minimal)) == .interchangeXML)
        #expect(read(TEI.export(RecordFixture.minimal)) == .tei)
        #expect(read(Array("\u{FEFF}\n  <TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>".utf8)) == .tei)
        #expect(read(Array("<html><body>Symposium</body></html>".utf8)) == .plainText)
        #expect(read(Array("<Not XML> Seminar on Water\n".utf8)) == .plainText)
        #expect(read(Array("Seminar on Water\n\nSession 1: Rivers\n".utf8)) == .plainText)
        #expect(read([]) == .plainText)
    }

    @Test func eachFormatUsesItsImporter() {
        let tei = TEI.export(RecordFixture.rich)
        #expect(Format.tei.importRecord(tei, fileName: "r.tei.xml").record?.statements == RecordFixture.rich.statements)
        // Declared as interchange XML, a TEI file is refused rather than guessed at.
        let asXML = Format.interchangeXML.importRecord(tei, fileName: "r.tei.xml")
        #expect(asXML.record == nil)
        #expect(asXML.findings.first?.message.hasPrefix("expected <record> in namespace") == true)
    }

    @Test func linkedDataIsRecognisedByItsFirstStatementOrItsName() throws {
        let record = RecordFixture.rich
        #expect(read(try LinkedData.export(record, syntax: .turtle)) == .turtle)
        #expect(read(try LinkedData.export(record, syntax: .ntriples)) == .nTriples)
        #expect(read(try LinkedData.export(record, syntax: .nquads)) == .nQuads)
        #expect(read(try Paths.bytes(Paths.sample(Paths.seeds[0]))) == .plainText)
        #expect(read(Array("Seminar on Water\n".utf8), "a/b.TTL") == .turtle)
        #expect(read(Array("Seminar on Water\n".utf8), "a.txt") == .plainText)
        // Validation goes by content alone: a name promises nothing.
        #expect(FormatRegistry.standard.recognise(Array("Seminar on Water\n".utf8), fileName: "a.ttl", for: .validating) == .plainText)
    }

    /// Other XML is validated against a schema given for it, never read into a record.
    @Test func otherXMLIsOnlyValidated() {
        let html = Array("<html><body>Symposium</body></html>".utf8)
        #expect(FormatRegistry.standard.recognise(html, fileName: "a.html", for: .validating) == .otherXML)
        #expect(FormatRegistry.standard.readable.map(\.name) == ["text", "xml", "tei", "ttl", "nt", "nq", "csv"])
        #expect(FormatRegistry.standard.writable.map(\.name) == ["xml", "tei", "ttl", "nt", "nq", "csv", "tei-corpus"])
    }
}
