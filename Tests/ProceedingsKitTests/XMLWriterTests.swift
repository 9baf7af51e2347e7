import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct XMLWriterTests {
    @Test func writesIndentedEscapedUTF8() {
        let writer = XMLWriter()
        writer.startElement("root", namespace: "urn:example")
        writer.attribute("note", "a \"quoted\" & <tagged> value")
        writer.attribute("absent", nil)
        writer.comment("made by a test")
        writer.element("name", text: "Ōgata & Gómez <x>")
        writer.element("empty")
        writer.element("omitted", text: nil)
        writer.startElement("item", prefix: "q", namespace: "urn:other")
        writer.endElement()
        let xml = String(decoding: writer.finish(), as: UTF8.self)
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <root note="a &quot;quoted&quot; &amp; &lt;tagged&gt; value" xmlns="urn:example">
              <!--made by a test-->
              <name>Ōgata &amp; Gómez &lt;x&gt;</name>
              <empty/>
              <q:item xmlns:q="urn:other"/>
            </root>

            """)
    }

    @Test func outputParsesBack() {
        let writer = XMLWriter()
        writer.element("r", ["a": "1\n2\t3"]) { writer.text("line\r\nbreak ]]> end") }
        let (root, findings) = SafeXMLParser.parse(writer.finish(), fileName: "w.xml")
        #expect(findings.isEmpty)
        #expect(root?.attribute("a") == "1\n2\t3")
        #expect(root?.textContent == "line\r\nbreak ]]> end")
    }

    @Test func mixedContentIsNotIndentedAndTheRestIs() {
        let writer = XMLWriter()
        writer.startElement("root")
        writer.startElement("group")
        writer.startElement("item")
        writer.suspendIndentation()
        writer.text("text ")
        writer.element("b", text: "bold")
        writer.element("list") { writer.element("item", text: "nested") }
        writer.endElement()
        writer.resumeIndentation()
        writer.endElement()
        writer.element("after")
        writer.endElement()
        #expect(String(decoding: writer.finish(), as: UTF8.self) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <root>
              <group>
                <item>text <b>bold</b><list><item>nested</item></list></item>
              </group>
              <after/>
            </root>

            """)
    }
}
