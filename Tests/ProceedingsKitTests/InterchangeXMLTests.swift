import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct InterchangeXMLTests {
    @Test(arguments: [RecordFixture.rich, RecordFixture.minimal])
    func roundTripsExactly(record: Record) {
        let (imported, findings) = InterchangeXML.importRecord(InterchangeXML.export(record), fileName: "r.xml")
        #expect(findings.isEmpty)
        #expect(imported == record)
    }

    @Test func exportIsDeterministic() {
        let first = InterchangeXML.export(RecordFixture.rich)
        #expect(InterchangeXML.export(RecordFixture.rich) == first)
        let copy = InterchangeXML.importRecord(first, fileName: "r.xml").0
        #expect(copy.map(InterchangeXML.export) == first)
    }

    @Test func exportShape() {
        let xml = String(decoding: InterchangeXML.export(RecordFixture.minimal), as: UTF8.self)
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <record id="record" xmlns="https://w3id.org/proceedings/ns/1.0">
              <document sha256="\(String(repeating: "f", count: 64))" language="en">
                <source-file>x.txt</source-file>
                <notes/>
              </document>
              <event kind="other">
                <title first-line="1" last-line="1">Untitled</title>
              </event>
              <parts/>
              <sections/>
              <persons/>
              <organizations/>
              <participations/>
              <statements/>
              <residue/>
              <printed/>
            </record>

            """)
    }

    @Test func wrongNamespaceIsAFinding() {
        let (record, findings) = InterchangeXML.importRecord(Array("<?xml version=\"1.0\"?>\n<record id=\"x\"/>".utf8),
                                                             fileName: "w.xml")
        #expect(record == nil)
        #expect(findings.map(\.description) == [
            "w.xml:2: error: expected <record> in namespace https://w3id.org/proceedings/ns/1.0, found <record> in no namespace",
        ])
    }

    @Test func missingAndMalformedPiecesAreFindings() {
        let xml = """
            <record xmlns="https://w3id.org/proceedings/ns/1.0" id="r">
              <document language="en" sha256="00">
                <source-file>a.txt</source-file>
                <notes><note line="x">n</note></notes>
              </document>
              <parts><part id="p" kind="plenary" ordinal="1" first-line="1" last-line="2"/></parts>
              <sections/><persons><person id="a"><name>A</name><nickname/></person></persons>
              <organizations/><participations/><statements/><residue/>
            </record>
            """
        let (record, findings) = InterchangeXML.importRecord(Array(xml.utf8), fileName: "m.xml")
        #expect(record == nil)
        #expect(findings.map(\.description) == [
            "m.xml:4: error: attribute line of <note> is not an integer: \"x\"",
            "m.xml:1: error: <record> lacks <event>",
            "m.xml:6: error: attribute kind of <part> has unknown value \"plenary\"; expected one of opening, keynote, session, concluding, closing, other",
            "m.xml:6: error: <part> lacks <label>",
            "m.xml:7: error: unexpected element <nickname> in <person>",
        ])
        #expect(findings.allSatisfy { $0.rule.rawValue == "interchange-xml" })
    }

    @Test func malformedXMLIsReportedByTheParser() {
        let (record, findings) = InterchangeXML.importRecord(Array("<record>\n<oops></record>".utf8), fileName: "b.xml")
        #expect(record == nil)
        #expect(findings.map(\.description) == [
            "b.xml:2:16: error: Opening and ending tag mismatch: oops line 2 and record",
            "b.xml:2:16: error: Premature end of data in tag record line 1",
        ])
    }
}
