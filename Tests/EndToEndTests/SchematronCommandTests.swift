import Foundation
import Testing

/// `validate --schematron` and `--schema tei-all` with TEI's rules, run as a user would, and the
/// same schema behind `serve`.
@Suite struct SchematronCommandTests {
    static let partner = """
        <?xml version="1.0" encoding="UTF-8"?>
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt" defaultPhase="delivery">
          <ns prefix="b" uri="urn:example:books"/>
          <phase id="delivery"><active pattern="years"/></phase>
          <phase id="titles"><active pattern="titles"/></phase>
          <pattern id="years">
            <rule context="b:book">
              <assert id="book-year" test="@year">Book <value-of select="@id"/> has no year.</assert>
            </rule>
          </pattern>
          <pattern id="titles">
            <rule context="b:title">
              <assert id="book-title" test="normalize-space()">The <name/> of <value-of select="../@id"/> is empty.</assert>
            </rule>
          </pattern>
        </schema>

        """

    static let books = """
        <books xmlns="urn:example:books">
          <book id="a" year="2003"><title>Human Security Now</title></book>
          <book id="b"><title/></book>
        </books>

        """

    /// Any books element: the grammar is not what these tests are about.
    static let xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:books" elementFormDefault="qualified">
          <xs:element name="books"><xs:complexType><xs:sequence>
            <xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>

        """

    static func files(_ files: [String: String]) throws -> URL {
        let directory = try Tool.temporaryDirectory()
        try Data(xsd.utf8).write(to: directory.appendingPathComponent("books.xsd"))
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    @Test func aPartnersSchemaInItsDefaultPhaseAndAnother() throws {
        let directory = try Self.files(["partner.sch": Self.partner, "books.xml": Self.books,
                                        "good.xml": "<books xmlns=\"urn:example:books\"><book id=\"a\" year=\"1\"/></books>\n"])
        let schema = directory.appendingPathComponent("partner.sch").path
        let books = directory.appendingPathComponent("books.xml").path, good = directory.appendingPathComponent("good.xml").path
        let run = try Tool.run(["validate", "--schema", directory.appendingPathComponent("books.xsd").path, "--schematron", schema, books, good])
        #expect(run.status == 1)
        #expect(run.stdout == "\(good): valid\n")
        #expect(run.stderr.hasPrefix("\(books):3: error: Book b has no year. [schematron-book-year]\n"), "\(run.stderr)")
        let titles = try Tool.run(["validate", "--schema", directory.appendingPathComponent("books.xsd").path, "--schematron", schema, "--phase", "titles", books])
        #expect(titles.status == 1)
        #expect(titles.stderr.hasPrefix("\(books):3: error: The title of b is empty. [schematron-book-title]\n"), "\(titles.stderr)")
        let json = try Tool.run(["validate", "--schema", directory.appendingPathComponent("books.xsd").path, "--schematron", schema, "--report", "json", books])
        #expect(json.stdout.contains(#""xpath" : "/books/book[2]""#), "\(json.stdout)")
        let alone = try Tool.run(["validate", "--phase", "titles", books])
        #expect(alone.status == 2)
        #expect(alone.stderr.hasPrefix("Error: --phase needs a schema: give it with --schematron FILE.sch\n"), "\(alone.stderr)")
        let unknown = try Tool.run(["validate", "--schematron", schema, "--phase", "authors", books])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "proceedings: Schematron schema \(schema) has no phase \"authors\"; its phases: #ALL, delivery, titles\n")
    }

    @Test func anExpressionThatCannotBeEvaluatedIsAFindingOnTheSchema() throws {
        let schema = Self.partner.replacingOccurrences(of: #"test="@year""#, with: #"test="@year castable as xs:gYear""#)
        let directory = try Self.files(["partner.sch": schema, "good.xml": "<books xmlns=\"urn:example:books\"><book id=\"a\" year=\"1\"/></books>\n"])
        let path = directory.appendingPathComponent("partner.sch").path, good = directory.appendingPathComponent("good.xml").path
        let run = try Tool.run(["validate", "--schema", directory.appendingPathComponent("books.xsd").path, "--schematron", path, good])
        #expect(run.status == 1)
        #expect(run.stdout == "\(good): valid\n")
        // The rule applies to the book but cannot be evaluated: the document is told it was not checked against it.
        #expect(run.stderr == """
            \(path):8: error: assert test not evaluated: XPath 2.0 syntax (castable as) that libxml2's XPath 1.0 cannot parse: @year castable as xs:gYear [schematron-schema]
            \(good):1: warning: rule "b:book" (\(path):7) applies to 1 node here, but its checks cannot be evaluated (see the note on the schema): the document is not checked against it [schematron-schema]
            1 file: 1 valid, 0 invalid, 0 unreadable; 1 schema: 0 valid, 1 invalid; 1 error, 1 warning

            """)
        let sarif = try Tool.run(["validate", "--schema", directory.appendingPathComponent("books.xsd").path, "--schematron", path, "--report", "sarif", good])
        #expect(sarif.stdout.contains(#""ruleId" : "schematron-schema""#))
    }

    @Test func aRemoteIncludeIsRefusedAndNothingIsFetched() throws {
        let schema = Self.partner.replacingOccurrences(of: "<ns prefix", with: "<include href=\"http://127.0.0.1:9/rules.sch\"/>\n  <ns prefix")
        let directory = try Self.files(["partner.sch": schema, "books.xml": Self.books])
        let path = directory.appendingPathComponent("partner.sch").path
        let run = try Tool.run(["validate", "--schematron", path, "--report", "junit", directory.appendingPathComponent("books.xml").path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("include of http://127.0.0.1:9/rules.sch refused: only local files are read, never the network"))
        #expect(run.stdout.contains("[schematron-book-year]"))
    }

    @Test func tEIAllsRulesRejectWhatItsGrammarLetsThrough() throws {
        let out = try Tool.temporaryDirectory()
        #expect(try Tool.run(["convert", "--to", "tei", "-o", out.path, Tool.seed(1)]).status == 0)
        let file = out.appendingPathComponent("2010-02-23-symposium-human-security-asia.tei.xml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let planted = text.replacingOccurrences(of: #"<date when="2010-02-23" source="text:9,10">23rd February, 2010</date>"#,
                                                with: #"<date when="2010-02-23" from="2010-02-23" source="text:9,10">23rd February, 2010</date>"#)
        #expect(planted != text)
        try planted.write(to: file, atomically: true, encoding: .utf8)
        let line = planted.components(separatedBy: "\n").firstIndex { $0.contains("from=\"2010-02-23\"") }! + 1
        let run = try Tool.run(["validate", "--schema", "tei-all", file.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(file.path):\(line): error: The @when attribute cannot be used with any other att.datable.w3c attributes. [tei-att-datable-w3c-att-datable-w3c-when]\n"),
                "\(run.stderr)")
        #expect(run.stderr.hasSuffix("1 file: 0 valid, 1 invalid, 0 unreadable; 1 schema: 1 valid, 0 invalid; 1 error, 0 warnings\n"), "\(run.stderr)")
        // TEI All's rules that are not evaluated are notes on tei_all.rng, once per run.
        #expect(run.stderr.components(separatedBy: ": note: ").count - 1 == 26)
    }

    @Test func theServiceAppliesThePartnersSchema() async throws {
        let directory = try Self.files(["partner.sch": Self.partner.replacingOccurrences(of: "<phase id=\"delivery\">", with: "<let name=\"range\" value=\"1 to 3\"/>\n  <phase id=\"delivery\">")])
        let service = try RunningService(["--schematron", directory.appendingPathComponent("partner.sch").path])
        defer { service.stop() }
        let answer = try await service.request("POST", "/api/validate", body: Data(Self.books.utf8), headers: ["X-Filename": "books.xml"])
        #expect(answer.status == 200)
        let files = answer.json["files"] as? [[String: Any]] ?? []
        let findings = files.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        #expect(findings.map { $0["rule"] as? String } == ["schematron-schema", "format", "schematron-book-year"], "\(answer.text)")
        // The schema is named, never where the server keeps it.
        #expect(files.first?["path"] as? String == "partner.sch")
        #expect(!answer.text.contains(directory.path))

        let (body, type) = RunningService.multipart([("books.xml", Data(Self.books.utf8))])
        let page = try await service.request("POST", "/validate", body: body, headers: ["Content-Type": type])
        let html = page.text
        let schemaSection = try #require(html.range(of: "<h2>partner.sch"))
        let booksSection = try #require(html.range(of: "<h2>books.xml"))
        #expect(schemaSection.lowerBound < booksSection.lowerBound)
        #expect(html.contains(#"<span class="hit"><span class="ln">3</span>  &lt;book id=&quot;b&quot;&gt;&lt;title/&gt;&lt;/book&gt;</span>"#), "\(html)")
        #expect(!html.contains(directory.path))
        #expect(findings.last?["xpath"] as? String == "/books/book[2]")
    }
}

/// The partner's schema the README shows, on what `convert` writes and on a broken delivery.
@Suite struct SamplePartnerSchemaTests {
    @Test func theSamplesPassAndABrokenSpeakerIsFound() throws {
        let out = try Tool.temporaryDirectory()
        #expect(try Tool.run(["convert", "-o", out.path, "--to", "tei", Tool.seed(0), Tool.seed(1)]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().map { out.appendingPathComponent($0).path }
        let schema = Tool.samples.appendingPathComponent("partner.sch").path
        let run = try Tool.run(["validate", "--schematron", schema] + files)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == files.map { "\($0): valid\n" }.joined())

        let file = URL(fileURLWithPath: files[0])
        let text = try String(contentsOf: file, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "<persName>Sadako Ogata</persName>", with: "<persName> </persName>")
        #expect(broken != text)
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let speech = try Tool.run(["validate", "--schematron", schema, "--phase", "speech", "--report", "json", file.path])
        #expect(speech.status == 0, "the speech phase does not check names: \(speech.stdout)")
        let delivery = try Tool.run(["validate", "--schematron", schema, file.path])
        #expect(delivery.status == 1)
        #expect(delivery.stderr.contains("error: The person person.sadako-ogata has no name. [schematron-has-a-name]"), "\(delivery.stderr)")
    }
}
