import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct LanguageMappingTests {
    /// The CSV tables give `dcterms:language` the resource the linked data gives, for a regional tag too.
    @Test(arguments: [("en-GB", "http://id.loc.gov/vocabulary/iso639-1/en"), ("EN", "http://id.loc.gov/vocabulary/iso639-1/en"),
                      ("haw-US", "http://id.loc.gov/vocabulary/iso639-2/haw"), ("tlhxx", nil)])
    func csvAgreesWithTheLinkedData(_ tag: String, _ expected: String?) throws {
        var record = RecordFixture.rich
        record.document.language = tag
        let statements = try LinkedData.statements(record)
        let language = try #require(statements.first { $0.predicate == NS.dcterms + "language" }?.object)
        #expect(language == (expected.map(RDFTerm.iri) ?? .literal(tag, datatype: NS.xsd + "language")))
        let rows = CSVTableGroupWriter.rows(of: record).first { $0.0 == "documents.csv" }!.1
        #expect(rows[0]["language_iri"] == expected ?? "")
        #expect(rows[0]["language"] == tag)
        let column = try #require(CSVSchema.table("documents.csv").columns.first { $0.name == "language_iri" })
        #expect(column.propertyUrl == "dcterms:language" && column.valueUrl == "{+language_iri}")
    }
}
