import Testing
@testable import ProceedingsKit

@Suite struct InputFormatTests {
    @Test func theRootNamespaceDecides() {
        #expect(InputFormat.detect(InterchangeXML.export(RecordFixture.minimal)) == .xml)
        #expect(InputFormat.detect(TEI.export(RecordFixture.minimal)) == .tei)
        #expect(InputFormat.detect(Array("\u{FEFF}\n  <TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>".utf8)) == .tei)
        #expect(InputFormat.detect(Array("<html><body>Symposium</body></html>".utf8)) == .text)
        #expect(InputFormat.detect(Array("<Not XML> Seminar on Water\n".utf8)) == .text)
        #expect(InputFormat.detect(Array("Seminar on Water\n\nSession 1: Rivers\n".utf8)) == .text)
        #expect(InputFormat.detect([]) == .text)
    }

    @Test func eachFormatUsesItsImporter() {
        let tei = TEI.export(RecordFixture.rich)
        #expect(InputFormat.tei.importRecord(tei, fileName: "r.tei.xml").record?.statements == RecordFixture.rich.statements)
        // Declared as interchange XML, a TEI file is refused rather than guessed at.
        let asXML = InputFormat.xml.importRecord(tei, fileName: "r.tei.xml")
        #expect(asXML.record == nil)
        #expect(asXML.findings.first?.message.hasPrefix("expected <record> in namespace") == true)
    }
}
