import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct CatalogueKeyTests {
    private let summary = Array("Seminar on Health\n\nDate: 3 March 2009\n\nSession 1: Vaccines\n\nChair: Ken Sato, Professor, Kyoto University\n".utf8)

    private func catalogue(_ text: String) -> Catalogue {
        let (catalogue, findings) = Catalogue.parse(Array(text.utf8), fileName: "catalogue.csv")
        #expect(findings.isEmpty, "\(findings)")
        return catalogue
    }

    @Test func aKeyNamesTheRecordInsteadOfItsFile() throws {
        let text = summary
        let keys = catalogue("file,key\nhealth-final-v2.txt,seminar-health-2009\n")
        let keyed = Batch.importAll([BatchInput(name: "in/health-final-v2.txt", bytes: text)], catalogue: keys)
        #expect(keyed.records.map(\.id) == ["seminar-health-2009"])
        // The librarian renames the file and the catalogue's row with it: no IRI moves.
        let renamed = Batch.importAll([BatchInput(name: "2009-03-03_health.txt", bytes: text)],
                                      catalogue: catalogue("file,key\n2009-03-03_health.txt,seminar-health-2009\n"))
        func subjects(_ record: Record) throws -> Set<RDFTerm> { Set(try LinkedData.statements(record).map(\.subject)) }
        #expect(try subjects(keyed.records[0]) == subjects(renamed.records[0]))
        #expect(try subjects(keyed.records[0]).contains(.iri(LinkedData.defaultBase + "seminar-health-2009/document")))
        #expect(renamed.records[0].document.sourceFile == "2009-03-03_health.txt")
        // Read back from its export, the record keeps its key, with or without the catalogue.
        let turtle = try LinkedData.export(keyed.records[0], syntax: .turtle)
        #expect(LinkedData.importRecord(turtle, syntax: .turtle, fileName: "x.ttl").0?.id == "seminar-health-2009")
    }

    @Test func aKeyTheSlugRulesCannotUseOrThatNamesTwoRecordsIsReported() {
        let (catalogue, findings) = Catalogue.parse(Array("""
            file,url,key
            a.txt,,Seminar Health 2009
            b.txt,,health-2009
            c.txt,,health-2009
            d.txt,,e
            e.txt,,
            f.txt,,person
            g.txt,,wasser-2009-ü
            """.utf8), fileName: "c.csv")
        #expect(findings.map(\.description) == [
            "c.csv:2:3: error: key \"Seminar Health 2009\" is not a record id: lower-case letters and digits, words joined by single hyphens, such as \"seminar-health-2009\"; left out",
            "c.csv:7:3: error: key \"person\" is reserved: the IRIs dataset/, org/, person/, place/ under the base belong to no record; left out",
            "c.csv:8:3: error: key \"wasser-2009-ü\" is not a record id: lower-case letters and digits, words joined by single hyphens, such as \"wasser-2009-u\"; left out",
            "c.csv:4:3: error: key \"health-2009\" is already the key of line 3; left out",
            "c.csv:5:3: error: key \"e\" is the record id of file \"e.txt\" (line 6), which has no key; left out",
        ])
        // A bad key is left out, and the rest of its row still counts.
        #expect(catalogue.entries.map(\.file) == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt"])
        #expect(catalogue.entries.map(\.key) == [nil, "health-2009", nil, nil, nil, nil, nil])
    }

    /// "b.txt" has the key "a", which is also the id that "a.txt"'s name gives: the key wins in
    /// either order and whether or not b.txt is in the run, so the keyed record keeps its IRIs and
    /// the other is refused, with the catalogue's line; ids that clash with nothing stay as alone.
    @Test func aKeyTakenByAnotherFilesNameWinsInEveryOrder() throws {
        let text = summary
        let keys = catalogue("file,key\nb.txt,a\nc.txt,\n")
        func run(_ names: [String]) -> BatchResult {
            Batch.importAll(names.map { BatchInput(name: $0, bytes: text) }, catalogue: keys)
        }
        let refusal = "a.txt: error: record id \"a\" is the key that catalogue.csv gives \"b.txt\" (line 2); "
            + "not converted — give \"a.txt\" a key of its own in the catalogue, or rename it"
        for order in [["a.txt", "b.txt", "c.txt"], ["c.txt", "b.txt", "a.txt"], ["b.txt", "a.txt", "c.txt"]] {
            let result = run(order)
            #expect(Dictionary(uniqueKeysWithValues: result.records.map { ($0.document.sourceFile, $0.id) })
                    == ["b.txt": "a", "c.txt": "c"], "\(order)")
            #expect(result.findings.map(\.description) == [refusal], "\(order)")
            #expect(result.failed == ["a.txt"])
        }
        #expect(run(["b.txt"]).records.map(\.id) == ["a"])
        #expect(run(["c.txt"]).records.map(\.id) == ["c"])
        // Alone too: its IRIs are those of b.txt's record in the collection the catalogue describes.
        #expect(run(["a.txt"]).records.isEmpty)
        #expect(run(["a.txt"]).findings.map(\.description) == [refusal])
        // Without the catalogue nothing is keyed, and a.txt is "a" again.
        #expect(Batch.importAll([BatchInput(name: "a.txt", bytes: text)]).records.map(\.id) == ["a"])
        // The catalogue's own description of records says the same.
        let records = Batch.importAll([BatchInput(name: "a.txt", bytes: text)]).records
        #expect(keys.describe(records).records.isEmpty)
        #expect(keys.describe(records).findings.first?.description == refusal)
    }
}
