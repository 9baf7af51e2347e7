import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The Schematron engine on small schemas written here: each feature, each refusal, each limit.
@Suite struct SchematronTests {
    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <books xmlns="urn:example:books">
          <book id="a" year="2003">
            <title>Human Security Now</title>
            <author>Ogata</author>
          </book>
          <book id="b">
            <title></title>
          </book>
          <book id="c" year="1999">
            <title>Freedom from Fear</title>
            <author>Sen</author>
            <author>Annan</author>
          </book>
        </books>

        """

    /// Writes `files` (name → text) into a fresh directory and returns its URL.
    static func directory(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("schematron-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return directory
    }

    static func schema(_ body: String, attributes: String = "") -> String {
        """
        <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt"\(attributes)>
          <ns prefix="b" uri="urn:example:books"/>
        \(body)
        </schema>

        """
    }

    /// The program of `schema.sch` in a directory holding `files` too, and the findings on `document`.
    static func run(_ text: String, files: [String: String] = [:], phase: String? = nil,
                    document: String = document, budget: XPathEvaluator.Budget = .standard) throws -> (SchematronProgram, [Finding]) {
        let directory = try directory(files.merging(["schema.sch": text]) { first, _ in first })
        defer { try? FileManager.default.removeItem(at: directory) }
        let program = try SchematronCompiler.compile(try SchematronLoader.load(path: directory.appendingPathComponent("schema.sch").path),
                                                     phase: phase)
        let findings = SchematronRunner.run(program, on: Array(document.utf8), fileName: "books.xml", budget: budget)
        return (program, findings)
    }

    static func line(of text: String, in document: String = document) -> Int {
        (document.components(separatedBy: "\n").firstIndex { $0.contains(text) } ?? -1) + 1
    }

    @Test func assertAndReportGiveFindingsWithMessageLineXPathAndRule() throws {
        let (program, findings) = try Self.run(Self.schema("""
              <pattern id="books">
                <rule context="b:book">
                  <assert id="has-year" test="@year">A book needs a year.</assert>
                  <report id="many-authors" test="count(b:author) &gt; 1" role="warning">More than one author.</report>
                </rule>
              </pattern>
            """))
        #expect(program.findings.isEmpty)
        #expect(findings == [
            Finding(file: "books.xml", line: Self.line(of: "id=\"b\""), severity: .error, rule: .schematron(constraint: "has-year"),
                    message: "A book needs a year.", hint: Rule.schematron.hint, xpath: "/books/book[2]"),
            Finding(file: "books.xml", line: Self.line(of: "id=\"c\""), severity: .warning, rule: .schematron(constraint: "many-authors"),
                    message: "More than one author.", hint: Rule.schematron.hint, xpath: "/books/book[3]"),
        ])
    }

    @Test func valueOfAndNameAreExpandedInMessages() throws {
        let (_, findings) = try Self.run(Self.schema("""
              <pattern>
                <rule context="b:title[. = '']">
                  <report test="true()">The <name/> of book <value-of select="../@id"/> in <name path=".."/> is empty; <value-of select="count(//b:book)"/> books.</report>
                </rule>
              </pattern>
            """))
        #expect(findings.map(\.message) == ["The title of book b in book is empty; 3 books."])
        #expect(findings.map(\.xpath) == ["/books/book[2]/title[1]"])
    }

    @Test func letsAtEveryLevelAndShadowing() throws {
        let (program, findings) = try Self.run(Self.schema("""
              <let name="earliest" value="2000"/>
              <pattern id="years">
                <let name="count" value="count(//b:book[@year])"/>
                <rule context="b:book[@year]">
                  <let name="year" value="number(@year)"/>
                  <let name="earliest" value="$earliest + 1"/>
                  <assert id="recent" test="$year &gt;= $earliest">Book <value-of select="@id"/> (<value-of select="$year"/>) is older than <value-of select="$earliest"/>, one of <value-of select="$count"/>.</assert>
                </rule>
              </pattern>
              <pattern id="global-is-back">
                <rule context="b:books">
                  <report id="earliest" test="$earliest = 2000">Earliest is <value-of select="$earliest"/> again.</report>
                </rule>
              </pattern>
            """))
        #expect(program.findings.isEmpty)
        #expect(findings.map(\.message) == ["Book c (1999) is older than 2001, one of 2.", "Earliest is 2000 again."])
    }

    @Test func phasesChooseThePatterns() throws {
        let body = """
              <phase id="titles"><active pattern="titles"/></phase>
              <phase id="years"><active pattern="years"/></phase>
              <pattern id="titles"><rule context="b:title"><assert id="title" test="normalize-space()">Empty title.</assert></rule></pattern>
              <pattern id="years"><rule context="b:book"><assert id="year" test="@year">No year.</assert></rule></pattern>
            """
        #expect(try Self.run(Self.schema(body)).1.map(\.rule.rawValue) == ["schematron-title", "schematron-year"])
        #expect(try Self.run(Self.schema(body), phase: "years").1.map(\.rule.rawValue) == ["schematron-year"])
        #expect(try Self.run(Self.schema(body, attributes: " defaultPhase=\"titles\"")).1.map(\.rule.rawValue) == ["schematron-title"])
        #expect(try Self.run(Self.schema(body, attributes: " defaultPhase=\"titles\""), phase: "#ALL").1.count == 2)
        #expect(throws: SchematronPhaseError.self) { try Self.run(Self.schema(body), phase: "authors") }
    }

    @Test func abstractPatternsAreInstantiatedWithTheirParameters() throws {
        let (program, findings) = try Self.run(Self.schema("""
              <pattern abstract="true" id="required">
                <rule context="$parent">
                  <assert test="$child">A <name/> needs <value-of select="'$child'"/>.</assert>
                </rule>
              </pattern>
              <pattern is-a="required" id="book-author">
                <param name="parent" value="b:book"/>
                <param name="child" value="b:author"/>
              </pattern>
              <pattern is-a="required" id="books-title">
                <param name="parent" value="b:books"/>
                <param name="child" value="b:title"/>
              </pattern>
            """))
        #expect(program.findings.isEmpty)
        #expect(findings.map(\.message) == ["A book needs b:author.", "A books needs b:title."])
        #expect(findings.map(\.rule.rawValue) == ["schematron-book-author", "schematron-books-title"])
    }

    @Test func abstractRulesAreFoldedIntoTheRulesThatExtendThem() throws {
        let (program, findings) = try Self.run(Self.schema("""
              <pattern id="p">
                <rule abstract="true" id="identified">
                  <assert id="has-id" test="@id">No id.</assert>
                  <report id="short-id" test="string-length(@id) = 1">One-letter id <value-of select="@id"/>.</report>
                </rule>
                <rule context="b:book[@year]">
                  <extends rule="identified"/>
                </rule>
              </pattern>
            """))
        #expect(program.findings.isEmpty)
        #expect(findings.map(\.message) == ["One-letter id a.", "One-letter id c."])
        let (_, missing) = try Self.run(Self.schema("<pattern><rule context=\"b:book\"><extends rule=\"nothing\"/></rule></pattern>"))
        #expect(missing.isEmpty)
    }

    @Test func theFirstMatchingRuleOfAPatternWinsForEachNode() throws {
        let (_, findings) = try Self.run(Self.schema("""
              <pattern id="p">
                <rule context="b:book[@id = 'a']"><report id="first" test="true()">first</report></rule>
                <rule context="b:book"><report id="second" test="true()">second</report></rule>
              </pattern>
            """))
        #expect(findings.map(\.message) == ["first", "second", "second"])
        #expect(findings.map(\.xpath) == ["/books/book[1]", "/books/book[2]", "/books/book[3]"])
    }

    @Test func namespacesMustBeDeclared() throws {
        let (program, findings) = try Self.run("""
            <schema xmlns="http://purl.oclc.org/dsdl/schematron">
              <pattern><rule context="x:book"><assert test="@year">No year.</assert></rule></pattern>
            </schema>
            """)
        #expect(findings.isEmpty)
        #expect(program.findings.map(\.message) == [##"rule context "x:book" not evaluated: namespace prefix x is not declared with <ns>: //x:book"##])
        #expect(program.findings.map(\.line) == [2])
    }

    @Test func xpath2IsAFindingOnTheSchemaNeverASilentPass() throws {
        let (program, findings) = try Self.run(Self.schema("""
              <pattern id="p">
                <rule context="b:book">
                  <assert id="year" test="@year castable as xs:integer">Not a year.</assert>
                  <assert id="every" test="every $a in b:author satisfies string-length($a) gt 2">Short author.</assert>
                  <assert id="sequence" test="@id = ('a', 'b')">Unknown id.</assert>
                  <assert id="tokens" test="count(tokenize(@id, ' ')) = 1">Several ids.</assert>
                </rule>
              </pattern>
            """))
        // The document is not checked against the rule, and is told so where the rule applies.
        #expect(findings.map { "\($0.severity) \($0.line ?? 0)" } == ["warning 3"], "\(findings)")
        #expect(findings.first?.message.contains("applies to 3 nodes here, but its checks cannot be evaluated") == true)
        #expect(program.evaluatedRules == 0 && program.unevaluatedRules == 1)
        #expect(program.findings.map { "\($0.file.hasSuffix("/schema.sch")):\($0.line!):\($0.severity):\($0.rule)" }
            == ["true:5:error:schematron-schema", "true:6:error:schematron-schema", "true:7:error:schematron-schema", "true:8:error:schematron-schema"])
        #expect(program.findings.map(\.message) == [
            "assert test not evaluated: XPath 2.0 syntax (castable as) that libxml2's XPath 1.0 cannot parse: @year castable as xs:integer",
            "assert test not evaluated: XPath 2.0 syntax (every … satisfies) that libxml2's XPath 1.0 cannot parse: every $a in b:author satisfies string-length($a) gt 2",
            "assert test not evaluated: XPath 2.0 syntax (a sequence (a, b)) that libxml2's XPath 1.0 cannot parse: @id = ('a', 'b')",
            "assert test not evaluated: function tokenize() is not XPath 1.0 nor one this engine provides: count(tokenize(@id, ' ')) = 1",
        ])
    }

    @Test func xpath2FunctionsThatLibxml2IsGiven() throws {
        let (program, findings) = try Self.run(Self.schema("""
              <pattern id="p">
                <rule context="b:book">
                  <report id="ends" test="ends-with(b:title, 'Fear')">ends-with</report>
                  <report id="matches" test="matches(@year, '^19[0-9]{2}$')">matches</report>
                  <report id="case" test="lower-case(b:author[1]) = 'ogata' and upper-case(@id) = 'A'">case</report>
                  <report id="join" test="string-join(b:author, '+') = 'Sen+Annan'">string-join</report>
                  <report id="empty" test="empty(b:author) and not(exists(b:author))">empty</report>
                  <report id="current" test="//b:book[@id = current()/@id]/@year = 2003">current</report>
                </rule>
              </pattern>
            """))
        #expect(program.findings.isEmpty)
        #expect(findings.map { "\($0.xpath!) \($0.message)" } == [
            "/books/book[1] case", "/books/book[1] current", "/books/book[2] empty",
            "/books/book[3] ends-with", "/books/book[3] matches", "/books/book[3] string-join",
        ])
    }

    /// ICU would read XML Schema's name classes and class subtraction otherwise than XPath does.
    @Test func regularExpressionsICUWouldMisreadAreNotEvaluated() throws {
        let (program, findings) = try Self.run(Self.schema("""
              <pattern id="p">
                <rule context="b:book"><assert id="name" test="matches(@id, '^\\i\\c*$')">Not a name.</assert></rule>
                <rule context="b:books"><assert id="vowels" test="matches(@id, '[a-z-[aeiou]]')">No vowel.</assert></rule>
              </pattern>
            """))
        #expect(findings.map(\.severity) == [.warning, .warning], "\(findings)")
        #expect(program.findings.count == 2)
        #expect(program.findings.allSatisfy { $0.message.contains("matches() with the XML Schema name classes") }, "\(program.findings)")
    }

    /// A pattern that only the document gives, and that is no regular expression, cannot be
    /// checked: the schema gets one finding for it, not one for each node it fails on.
    @Test func aPatternFromTheDocumentThatIsNoRegularExpressionIsReportedOnce() throws {
        let (_, findings) = try Self.run(Self.schema("""
              <pattern id="p">
                <rule context="b:book"><assert id="id" test="matches(@id, concat('(', @id))">Bad id.</assert></rule>
              </pattern>
            """))
        #expect(findings.map(\.rule.rawValue) == ["schematron-schema"], "\(findings)")
        #expect(findings.first?.message.contains("not evaluated on books.xml at /books/book[1]") == true, "\(findings)")
    }

    @Test func localIncludesAreReadAndRemoteOnesRefused() throws {
        let included = """
            <pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="included">
              <rule context="b:book"><assert id="year" test="@year">No year.</assert></rule>
            </pattern>
            """
        let (program, findings) = try Self.run(Self.schema("""
              <include href="parts/year.sch"/>
              <include href="https://example.org/rules.sch"/>
              <include href="http://127.0.0.1:9/rules.sch"/>
            """), files: ["parts/year.sch": included])
        #expect(findings.map(\.rule.rawValue) == ["schematron-year"])
        #expect(program.findings.map(\.message) == [
            "include of https://example.org/rules.sch refused: only local files are read, never the network",
            "include of http://127.0.0.1:9/rules.sch refused: only local files are read, never the network",
        ])
        #expect(program.findings.map(\.line) == [4, 5])
    }

    @Test func anIncludeLoopIsRefused() throws {
        let (program, _) = try Self.run(Self.schema("<include href=\"a.sch\"/>"), files: [
            "a.sch": "<pattern xmlns=\"http://purl.oclc.org/dsdl/schematron\"><include href=\"b.sch\"/></pattern>",
            "b.sch": "<pattern xmlns=\"http://purl.oclc.org/dsdl/schematron\"><include href=\"a.sch\"/></pattern>",
        ])
        #expect(program.findings.count == 1)
        #expect(program.findings.first?.message == "include of a.sch refused: it includes itself (schema.sch → a.sch → b.sch → a.sch)")
        #expect(program.findings.first?.file.hasSuffix("/b.sch") == true)
    }

    @Test func aRunawayExpressionIsStoppedWithAFinding() throws {
        let books = (1...400).map { "<book id=\"x\($0)\"><title>t</title></book>" }.joined()
        let document = "<books xmlns=\"urn:example:books\">\(books)</books>"
        let started = Date()
        let (program, findings) = try Self.run(Self.schema("""
              <pattern id="p">
                <rule context="b:books">
                  <assert id="runaway" test="count(//*[count(//*[count(//*) &gt; 0]) &gt; 0]) &gt; 0">never</assert>
                </rule>
              </pattern>
              <pattern id="q"><rule context="b:book"><assert id="year" test="@year">No year.</assert></rule></pattern>
            """), document: document)
        #expect(program.findings.isEmpty)
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(findings.count == 1)
        #expect(findings.first?.rule.rawValue == "schematron-schema")
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.contains("stopped after 5000000 XPath operations (a runaway expression)") == true, "\(findings)")
        #expect(findings.first?.line == 5)
    }

    @Test func aDocumentBudgetBoundsTheWholeRun() throws {
        let (_, findings) = try Self.run(Self.schema("""
              <pattern id="p"><rule context="b:book"><assert id="year" test="@year or true()">never</assert></rule></pattern>
            """), budget: XPathEvaluator.Budget(perEvaluation: 1_000, perDocument: 20))
        #expect(findings.map(\.rule.rawValue) == ["schematron-schema"])
        #expect(findings.first?.message.contains("XPath operations") == true, "\(findings)")
    }

    @Test func aSchemaThatIsNotSchematronCannotBeLoaded() throws {
        let directory = try Self.directory(["not.sch": "<schema xmlns=\"http://www.w3.org/2001/XMLSchema\"/>", "broken.sch": "<schema"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: SchematronLoadError.self) { try SchematronLoader.load(path: directory.appendingPathComponent("not.sch").path) }
        #expect(throws: SchematronLoadError.self) { try SchematronLoader.load(path: directory.appendingPathComponent("broken.sch").path) }
        #expect(throws: SchematronLoadError.self) { try SchematronLoader.load(path: directory.appendingPathComponent("missing.sch").path) }
    }

    @Test func matchPatternsBecomeSelectionsFromTheRoot() {
        #expect(SchematronCompiler.select("tei:p") == "//tei:p")
        #expect(SchematronCompiler.select("/tei:TEI | tei:div[@type = 'a|b'] |@when") == "/tei:TEI | //tei:div[@type = 'a|b'] | //@when")
        #expect(SchematronCompiler.select("tei:elementSpec[@module]|tei:classSpec[@module]") == "//tei:elementSpec[@module] | //tei:classSpec[@module]")
    }
}
