import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who issued a summary and where it was published: read from the text where it prints them,
/// given by the archivist's catalogue, and carried by every format.
@Suite struct PrintedSourceFactTests {
    private func read(_ text: String, name: String = "w.txt") -> ImportResult {
        PlainTextImporter.importRecord(Array(text.utf8), fileName: name)
    }

    static let printed = """
        Source: https://www.example.org/water/summary.html
        Seminar on Water

        March 2003

        1. Summary

        The seminar was held in Tokyo.

        Back to Index
        Issued by the Ministry of Water.

        """

    @Test func aURLAboveTheTitleAndAnIssuerBelowTheTextAreRead() throws {
        let result = read(Self.printed)
        let record = try #require(result.record)
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(record.event.title == "Seminar on Water")
        #expect(record.document.sourceURL == SourceFact(printed: TextLine(text: "https://www.example.org/water/summary.html", line: 1)))
        #expect(record.document.issuer == SourceFact(printed: TextLine(text: "Ministry of Water", line: 11)))
        #expect(record.document.issuer?.value == "Ministry of Water")
        #expect(record.residue.map(\.text) == ["Back to Index"])
        #expect(result.lines.filter { [1, 11].contains($0.line) }.map(\.category) == [.header, .header])
    }

    @Test(arguments: [
        ("https://www.example.org/a.html", "https://www.example.org/a.html"),
        ("<http://example.org/a?b=1&c=2>", "http://example.org/a?b=1&c=2"),
        ("URL: https://www.example.org/a.html.", "https://www.example.org/a.html"),
        ("Available at: https://www.example.org/a", "https://www.example.org/a"),
    ])
    func aURLLineInItsForms(_ line: String, _ url: String) throws {
        let record = try #require(read("Seminar on Water\n\(line)\n\nMarch 2003\n\n1. Summary\n\nThe seminar was held.\n").record)
        #expect(record.document.sourceURL?.printed == TextLine(text: url, line: 2))
        #expect(record.event.subtitle == nil)
    }

    @Test(arguments: [
        ("Issued by the Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of Japan"),
        ("Published by: Press Office, Ministry of Water.", "Press Office, Ministry of Water"),
        ("Publisher: United Nations", "United Nations"),
    ])
    func anIssuerLineInItsForms(_ line: String, _ issuer: String) throws {
        let record = try #require(read("Seminar on Water\n\nMarch 2003\n\(line)\n\n1. Summary\n\nThe seminar was held.\n").record)
        #expect(record.document.issuer?.printed == TextLine(text: issuer, line: 4))
    }

    /// Inside the text a URL points elsewhere and "published by" is a sentence: they mean what they did.
    @Test func aURLOrAnIssuerInsideTheTextKeepsItsMeaning() throws {
        let text = """
            Seminar on Water

            1. Summary

            The report of the seminar was published by the Ministry of Water in March.
            https://www.example.org/report.html
            Issued by the Ministry of Water

            The seminar closed at noon.

            """
        let result = read(text)
        let record = try #require(result.record)
        #expect(record.document.sourceURL == nil)
        #expect(record.document.issuer == nil)
        #expect(result.lines.filter { [5, 6, 7].contains($0.line) }.allSatisfy { $0.category != .header })
    }

    @Test func aSecondURLIsKeptAsANoteAndReported() throws {
        let result = read(Self.printed + "https://www.example.org/water/other.html\n")
        let record = try #require(result.record)
        #expect(record.document.sourceURL?.printed?.line == 1)
        #expect(record.document.notes == [TextLine(text: "https://www.example.org/water/other.html", line: 12)])
        #expect(result.findings.map(\.description) == [
            "w.txt:12:1: warning: another source URL, kept as a note; the document's is the one on line 1",
        ])
    }

    /// None of the real summaries prints a URL or an issuer: the UN press release's masthead
    /// ("Department of Public Information • News and Media Division • New York") names a
    /// department and a city, not "United Nations", and is page furniture, as before.
    @Test func theSeedsAndTheCorpusPrintNeither() throws {
        var files = try Paths.seeds.map { ($0, try Paths.bytes(Paths.sample($0))) }
        for expected in CorpusTests.expectations {
            files.append((expected.file, try Paths.bytes(CorpusTests.corpus.appendingPathComponent(expected.file))))
        }
        for (name, bytes) in files {
            let record = try #require(PlainTextImporter.importRecord(bytes, fileName: name).record)
            #expect(record.document.issuer == nil, "\(name)")
            #expect(record.document.sourceURL == nil, "\(name)")
        }
    }
}

@Suite struct CatalogueTests {
    private func parse(_ text: String) -> (Catalogue, [String]) {
        let (catalogue, findings) = Catalogue.parse(Array(text.utf8), fileName: "c.csv")
        return (catalogue, findings.map(\.description))
    }

    @Test func rowsGiveEachFileItsURLAndIssuer() {
        let (catalogue, findings) = parse("""
            \u{FEFF}File,URL,Issuer
            corpus/020_un-press.txt,https://press.un.org/en/2008/pko186.doc.htm,United   Nations
            a.txt,,

            b.txt,http://example.org/b,
            """)
        #expect(findings.isEmpty)
        #expect(catalogue.entries.map(\.file) == ["020_un-press.txt", "a.txt", "b.txt"])
        #expect(catalogue.entries.map(\.url) == ["https://press.un.org/en/2008/pko186.doc.htm", nil, "http://example.org/b"])
        #expect(catalogue.entries.map(\.issuer) == ["United Nations", nil, nil])
        #expect(catalogue.entries.map(\.line) == [2, 3, 5])
    }

    @Test func problemsAreReportedWithLineAndColumn() {
        let (catalogue, findings) = parse("""
            file,url,notes,issuer
            a.txt,www.example.org/a.html,seen,Ministry
            b.txt,https://example.org/b c,,
            a.txt,https://example.org/a,,
            ,https://example.org/x,,
            c.txt,ftp://example.org/c,,
            """)
        #expect(findings == [
            "c.csv:1:3: warning: column \"notes\" is not one of file, url, issuer, key; ignored",
            "c.csv:2:2: error: not an http or https URL: \"www.example.org/a.html\"",
            "c.csv:3:2: error: not an http or https URL: \"https://example.org/b c\"",
            "c.csv:4:1: error: file \"a.txt\" is already described on line 2; row ignored",
            "c.csv:5:1: error: row has no file",
            "c.csv:6:2: error: not an http or https URL: \"ftp://example.org/c\"",
        ])
        // A bad URL is left out; the rest of its row still counts.
        #expect(catalogue.entries.map(\.file) == ["a.txt", "b.txt", "c.txt"])
        #expect(catalogue.entries[0].url == nil && catalogue.entries[0].issuer == "Ministry")
    }

    @Test func aCatalogueWithoutAFileColumnOrNotReadableDescribesNothing() {
        #expect(parse("name,url\nx.txt,https://example.org/\n").1 == [
            "c.csv:1:1: warning: column \"name\" is not one of file, url, issuer, key; ignored",
            "c.csv:1: error: catalogue has no file column; the header row is \"name,url\"",
        ])
        #expect(parse("").1 == ["c.csv: error: catalogue is empty; expected a header row with a file column"])
        let (catalogue, findings) = Catalogue.parse([0x66, 0xFF, 0x0A], fileName: "c.csv")
        #expect(findings.map(\.description) == ["c.csv: error: catalogue is not UTF-8"])
        #expect(catalogue.entries.isEmpty)
    }

    @Test func theCatalogueIsPreferredAndTheTextKept() throws {
        let text = PrintedSourceFactTests.printed
        let record = try #require(PlainTextImporter.importRecord(Array(text.utf8), fileName: "water/w.txt").record)
        let (catalogue, _) = parse("""
            file,url,issuer
            w.txt,https://www.example.org/catalogue/w.html,Ministry of Water
            """)
        let description = catalogue.describe([record])
        #expect(description.findings.isEmpty)
        #expect(description.summary(catalogue: "c.csv") == "catalogue: 1 of 1 record described by c.csv")
        let document = try #require(description.records.first?.document)
        #expect(document.sourceURL == SourceFact(printed: TextLine(text: "https://www.example.org/water/summary.html", line: 1),
                                                 catalogued: "https://www.example.org/catalogue/w.html"))
        #expect(document.sourceURL?.value == "https://www.example.org/catalogue/w.html")
        #expect(document.issuer == SourceFact(printed: TextLine(text: "Ministry of Water", line: 11), catalogued: "Ministry of Water"))
        // Described twice, as when an export is converted again with the catalogue: nothing changes.
        #expect(catalogue.describe(description.records).records == description.records)
    }

    /// Rows for other files are the rest of the collection while every input has its row; once an
    /// input has none, they may be a misspelt name, and are reported.
    @Test func rowsThatNameNoInputAreReportedWhenAnInputHasNone() throws {
        let (catalogue, _) = parse("file,url\na.txt,https://example.org/a\nb.txt,https://example.org/b\n")
        let a = RecordFixture.minimal, c = { var r = RecordFixture.minimal; r.document.sourceFile = "c.txt"; return r }()
        var named = a
        named.document.sourceFile = "a.txt"
        #expect(catalogue.describe([named]).findings.isEmpty)
        let description = catalogue.describe([named, c])
        #expect(description.described == 1)
        #expect(description.findings.map(\.description) == [
            "c.csv:3:1: warning: no input of this run has the source file \"b.txt\"; row not used",
        ])
        #expect(description.records[1] == c)
    }

    /// The corpus README's table of sources, as a catalogue, gives each real summary its URL.
    @Test func theCorpusCatalogueGivesEveryFileItsSource() throws {
        let path = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/corpus-catalogue.csv")
        let (catalogue, findings) = Catalogue.parse(try Paths.bytes(path), fileName: "corpus-catalogue.csv")
        #expect(findings.isEmpty)
        let inputs = try CorpusTests.expectations.map { expected in
            BatchInput(name: expected.file, bytes: try Paths.bytes(CorpusTests.corpus.appendingPathComponent(expected.file)))
        }
        let description = catalogue.describe(Batch.importAll(inputs).records)
        #expect(description.findings.isEmpty && description.described == 8)
        let urls = Dictionary(uniqueKeysWithValues: description.records.map { ($0.document.sourceFile, $0.document.sourceURL) })
        #expect(urls["020_un-press-peacekeeping-seminar-tokyo-2008.txt"]
            == SourceFact(catalogued: "https://press.un.org/en/2008/pko186.doc.htm"))
        #expect(urls["022_ah-community-asian-human-security-symposium-2006-session1.txt"]??.value
            == "http://ah-community.jp/sy06022501.html")
        #expect(description.records.allSatisfy { $0.document.issuer == nil })
    }
}

/// Every combination of the two sources, through every format and back, and again byte for byte.
@Suite struct SourceFactRoundTripTests {
    static let records = RecordFixture.described + [RecordFixture.rich]

    @Test(arguments: records)
    func interchangeXML(_ record: Record) throws {
        let bytes = InterchangeXML.export(record)
        let (back, findings) = InterchangeXML.importRecord(bytes, fileName: "r.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == record)
        #expect(back.map(InterchangeXML.export) == bytes)
        let validator = try XMLSchemaValidator.load(path: try SchemaLocator.locate(InterchangeXML.schemaFileName))
        #expect(validator.validate(bytes, fileName: "r.xml").isEmpty)
    }

    @Test(arguments: records)
    func tei(_ record: Record) throws {
        let bytes = TEI.export(record)
        let (back, findings) = TEI.importRecord(bytes, fileName: "r.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back?.document == record.document)
        #expect(back == record)
        #expect(back.map { TEI.export($0) } == bytes)
    }

    @Test(arguments: RDFSyntax.allCases)
    func linkedData(_ syntax: RDFSyntax) throws {
        for record in Self.records {
            let bytes = try LinkedData.export(record, syntax: syntax)
            let (back, findings) = LinkedData.importRecord(bytes, syntax: syntax, fileName: "r")
            #expect(findings.isEmpty, "\(findings)")
            #expect(back == record)
            #expect(try back.map { try LinkedData.export($0, syntax: syntax) } == bytes)
        }
    }

    @Test(arguments: CSVProfile.allCases)
    func csvTables(_ profile: CSVProfile) throws {
        let records = RecordFixture.described
        let directory = try CSVTableGroupTests.write(records, profile: profile)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (back, findings) = CSVTableGroupImporter.importGroup(at: directory)
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == records)
        let documents = try String(contentsOf: directory.appendingPathComponent("documents.csv"), encoding: .utf8)
        #expect(documents.contains(",Ministry of Foreign Affairs of Japan,2,Ministry of Foreign Affairs of Japan,"
            + "http://www.mofa.go.jp/policy/human_secu/sympo0302_s.html,30,https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html,"))
    }

    @Test func theLinkedDataGivesTheValuesInEffectInCommonVocabularies() throws {
        let record = RecordFixture.described[2]
        let text = String(decoding: try LinkedData.export(record, syntax: .ntriples), as: UTF8.self)
        let document = "<https://w3id.org/proceedings/id/described-2/document>"
        let issuer = "<https://w3id.org/proceedings/id/described-2/issuer>"
        #expect(text.contains("\(document) <http://purl.org/dc/terms/publisher> \(issuer) "))
        // The issuer is an organisation, named in its document's language (issue 16).
        #expect(text.contains("\(issuer) <http://xmlns.com/foaf/0.1/name> \"Ministry of Foreign Affairs of Japan\"@en "))
        #expect(!text.contains("\(issuer) <http://xmlns.com/foaf/0.1/name> \"Ministry of Foreign Affairs of Japan\" "))
        #expect(text.contains("\(document) <http://schema.org/url> <https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html> "))
        #expect(text.contains("\(document) <https://w3id.org/proceedings/ns/vocab#sourceURLPrinted> "
            + "\"http://www.mofa.go.jp/policy/human_secu/sympo0302_s.html\"^^<http://www.w3.org/2001/XMLSchema#anyURI> "))
        #expect(text.contains("\(document) <https://w3id.org/proceedings/ns/vocab#sourceURLLine> \"30\"^^<http://www.w3.org/2001/XMLSchema#integer> "))
    }

    /// The TEI says which value came from where: @source for the text's, @resp for the catalogue's,
    /// and a choice of reg and orig when they differ.
    @Test func theTEIMarksEachSource() throws {
        let tei = RecordFixture.described.map { String(decoding: TEI.export($0), as: UTF8.self) }
        #expect(tei[0].contains(#"<publisher source="text:1,2">Ministry of Foreign Affairs</publisher>"#))
        #expect(tei[0].contains(##"<ref target="https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html" resp="#catalogue">https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html</ref>"##))
        #expect(tei[0].contains(#"<name xml:id="catalogue" type="catalogue">"#))
        #expect(tei[1].contains(##"<publisher resp="#catalogue">United Nations Department of Public Information</publisher>"##))
        #expect(tei[2].contains(##"<publisher resp="#catalogue" source="text:1,2">Ministry of Foreign Affairs of Japan</publisher>"##))
        #expect(tei[2].contains("""
                      <ref target="https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html">
                        <choice>
                          <reg resp="#catalogue">https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html</reg>
                          <orig source="text:29,30">http://www.mofa.go.jp/policy/human_secu/sympo0302_s.html</orig>
                        </choice>
                      </ref>
            """))
        let printedOnly = TEI.export(RecordFixture.minimal.with(issuer: SourceFact(printed: TextLine(text: "MOFA", line: 2))))
        #expect(!String(decoding: printedOnly, as: UTF8.self).contains("respStmt xml:id"))
    }

    /// A catalogue-fed record of a real summary, whose text prints a URL the catalogue corrects,
    /// is valid against TEI All (jing) and the profile (xmllint), and a dangling @resp is caught.
    @Test func aCatalogueFedRecordIsValidTEI() throws {
        let text = "Seminar on Water\nhttp://www.example.org/water.html\n\nMarch 2003\n\n1. Summary\n\nThe seminar was held.\n"
        let record = try #require(PlainTextImporter.importRecord(Array(text.utf8), fileName: "w.txt").record)
        let (catalogue, _) = Catalogue.parse(Array("file,url,issuer\nw.txt,https://www.example.org/water.html,Ministry of Water\n".utf8),
                                             fileName: "c.csv")
        let described = try #require(catalogue.describe([record]).records.first)
        let bytes = TEI.export(described)
        #expect(String(decoding: bytes, as: UTF8.self).contains("<orig source=\"text:1,2\">http://www.example.org/water.html</orig>"))
        let (directory, files) = try TEITools.write([("catalogued.tei.xml", bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        let xmllint = try TEITools.xmllint(schema: try SchemaLocator.locate(TEI.schemaFileName), files)
        #expect(xmllint.status == 0, "\(xmllint.output)")
        let validator = try SubmissionValidator()
        #expect(validator.validate(bytes, name: "c.tei.xml").status(strict: false) == .valid)
        let dangling = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: ##"<reg resp="#catalogue">"##, with: ##"<reg resp="#catalog">"##)
        #expect(validator.validate(Array(dangling.utf8), name: "d.tei.xml").findings.contains {
            $0.rule.rawValue == "tei-reference" && $0.message == ##"<reg> @resp="#catalog": no element has xml:id "catalog""##
        })
    }
}

extension Record {
    func with(issuer: SourceFact?) -> Record {
        var copy = self
        copy.document.issuer = issuer
        return copy
    }
}
