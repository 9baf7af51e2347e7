import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A whole run as one teiCorpus: valid for TEI All's grammar and rules, ids unique across it,
/// every pointer resolving inside it, and read back into the records it was written from.
@Suite(.serialized) struct TEICorpusTests {
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The seeds as `make samples` converts them, the fixtures, and the rich fixture again under
    /// another record id: every id of its own collides with the first one's unless scoped.
    static func records() throws -> [Record] {
        var twin = RecordFixture.rich
        twin.id = "twin-of-the-rich-fixture"
        // A run's records have ids of their own (IdentityResolver); the fixtures share some.
        let fixtures = ([RecordFixture.rich, RecordFixture.minimal, RecordFixture.nested] + RecordFixture.described)
            .enumerated().map { index, record in
                var record = record
                record.id = "fixture-\(index)-\(record.id)"
                return record
            }
        return try SeedExportTests.seedRun().records + fixtures + [twin]
    }

    static func corpus() throws -> [UInt8] {
        TEI.exportCorpus(try records(), title: "A corpus for the tests")
    }

    @Test func theCorpusIsValidForTEIAllsGrammarAndRules() throws {
        let bytes = try Self.corpus()
        let (directory, files) = try TEITools.write([("corpus.tei.xml", bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        let reference = try TEITools.schematronReference(schema: try TEITools.rng(), files)
        #expect(reference[files[0].path] == [], "\(reference)")
        let findings = SchematronRunner.run(try TEISchematronTests.teiAll(), on: bytes, fileName: "corpus.tei.xml")
        #expect(findings.filter { $0.severity != .note }.isEmpty, "\(findings)")
    }

    /// The profile accepts the corpus, the seeds' values from the catalogue included: their @resp
    /// names the catalogue's respStmt of their own record, whose id the corpus scopes.
    @Test func theProfileAcceptsTheCorpus() throws {
        let bytes = try Self.corpus()
        #expect(String(decoding: bytes, as: UTF8.self).contains("resp=\"#record.2003-02-25-international-symposium-human-security.catalogue\""))
        let result = try SubmissionValidator().validate(bytes, name: "corpus.tei.xml")
        #expect(result.status(strict: false) == .valid, "\(result.findings)")
    }

    /// Every id once in the corpus, every local pointer naming one of them; a category is
    /// declared once, in the corpus's header, and every record points at it there.
    @Test func idsAreUniqueAndEveryPointerResolves() throws {
        let (root, findings) = SafeXMLParser.parse(try Self.corpus(), fileName: "corpus.tei.xml")
        let corpus = try #require(root, "\(findings)")
        var ids: [String] = []
        var pointers: [(element: String, value: String)] = []
        func walk(_ element: XMLElement) {
            if let id = element.attribute("id", namespace: Self.xmlNamespace) { ids.append(id) }
            for name in ["ref", "who", "corresp", "ana", "active", "passive", "resp", "where", "target", "scheme"] {
                for value in (element.attribute(name) ?? "").split(separator: " ") where value.hasPrefix("#") {
                    pointers.append((element.name, String(value.dropFirst())))
                }
            }
            element.elements.forEach(walk)
        }
        walk(corpus)
        let counted = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(counted.isEmpty, "ids written more than once: \(counted.prefix(10))")
        let known = Set(ids)
        let dangling = pointers.filter { !known.contains($0.value) }
        #expect(dangling.isEmpty, "\(dangling.prefix(10))")
        #expect(pointers.count > 200)
        #expect(ids.filter { $0 == "roles" }.count == 1)
        #expect(corpus.elements.filter { $0.name == "TEI" }.count == (try Self.records()).count)
        // Each record's own ids start with its TEI's id, so that the record is known from any of them.
        for tei in corpus.elements where tei.name == "TEI" {
            let scope = try #require(tei.attribute("id", namespace: Self.xmlNamespace)) + "."
            var own: [String] = []
            func collect(_ element: XMLElement) {
                if let id = element.attribute("id", namespace: Self.xmlNamespace) { own.append(id) }
                element.elements.forEach(collect)
            }
            tei.elements.forEach(collect)
            #expect(!own.isEmpty && own.allSatisfy { $0.hasPrefix(scope) }, "\(own.filter { !$0.hasPrefix(scope) })")
        }
    }

    /// text → teiCorpus → records → TEI of each record is text → TEI of each record, byte for byte.
    @Test func theCorpusReadsBackIntoItsRecords() throws {
        let records = try Self.records()
        let (read, findings, isCorpus) = TEI.importRecords(try Self.corpus(), fileName: "corpus.tei.xml")
        #expect(isCorpus)
        #expect(!findings.hasErrors, "\(findings)")
        try #require(read.count == records.count)
        for (original, back) in zip(records, read) {
            #expect(back.id == original.id)
            #expect(TEI.export(back) == TEI.export(original), "\(original.id)")
        }
    }

    /// The same records give the same bytes, and a record's share does not depend on the others.
    @Test func theCorpusIsDeterministic() throws {
        let records = try Self.records()
        #expect(try Self.corpus() == (try Self.corpus()))
        let whole = String(decoding: TEI.exportCorpus(records, title: "t"), as: UTF8.self)
        let last = String(decoding: TEI.exportCorpus([records.last!], title: "t"), as: UTF8.self)
        let start = try #require(last.range(of: "  <TEI "))
        let share = last[start.lowerBound...].replacingOccurrences(of: "</teiCorpus>\n", with: "")
        #expect(whole.hasSuffix(share + "</teiCorpus>\n"))
    }

    @Test func aDocumentOfOneRecordIsNoCorpus() throws {
        let (read, _, isCorpus) = TEI.importRecords(TEI.export(RecordFixture.rich), fileName: "rich.tei.xml")
        #expect(!isCorpus)
        #expect(read.map(\.id) == [RecordFixture.rich.id])
    }
}
