import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who made a correction, as a mature catalogue names her: by an identifier when the corrections
/// file gives one (`by_id`, an ORCID iD or any IRI), in every format; by a digest of her name only
/// when it gives none.
@Suite struct CorrectorIdentifierTests {
    static let orcid = "https://orcid.org/0000-0002-1825-0097"

    static func row(_ byId: String) -> (CorrectionsFile, [Finding]) {
        CorrectionsTests.corrections("""
            file,line,fact,old,new,by,by_id,date
            \(CorrectionsTests.seedName),74,role,respondent,commentator,Jane Doe,\(byId),2024-05-01
            """)
    }

    @Test func anIdentifierIsAnORCIDiDOrAnIRI() {
        for (text, expected) in [("0000-0002-1825-0097", Self.orcid), (Self.orcid, Self.orcid), ("orcid:0000-0002-1825-0097", Self.orcid),
                                 ("https://staff.example.org/librarians/jd", "https://staff.example.org/librarians/jd"), ("", nil)] {
            let (file, findings) = Self.row(text)
            #expect(findings.isEmpty, "\(text): \(findings)")
            #expect(file.rows.first?.correction.byId == expected, "\(text)")
        }
        for text in ["0000-0002-1825-0098", "jane doe", "https://orcid.org/0000-0002-1825"] {
            let (file, findings) = Self.row(text)
            #expect(file.rows.isEmpty, "\(text)")
            #expect(findings.count == 1 && findings[0].severity == .error && findings[0].line == 2 && findings[0].column == 7, "\(text): \(findings)")
        }
    }

    /// The file is written back with the identifier in its column, as the review page's download is.
    @Test func theIdentifierIsWrittenBackInItsColumn() throws {
        let (file, _) = Self.row(Self.orcid)
        let row = try #require(file.rows.first)
        #expect(CorrectionsFile.Column.allCases.map(\.rawValue).contains("by_id"))
        #expect(row.cells[CorrectionsFile.Column.allCases.firstIndex(of: .byId)!] == Self.orcid)
    }

    /// Every format names the corrector by her identifier: TEI in the name's `@ref` and the
    /// respStmt's id, the linked data as the agent's IRI, the tables in `by_id` and `corrector_iri`,
    /// the interchange XML in `by-id`. Ann Lee, who gave none, is named by the digest of her name.
    @Test func everyFormatNamesTheCorrectorByHerIdentifier() throws {
        let record = try CorrectionsTests.run(try CorrectionsTests.everyFactFile()).record
        let janeDoe = try #require(record.corrections.first { $0.by == "Jane Doe" })
        let annLee = try #require(record.corrections.first { $0.by == "Ann Lee" })
        #expect(janeDoe.byId == Self.orcid && annLee.byId == nil)

        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        let key = Correction.correctorKey(Self.orcid)
        #expect(tei.contains("<respStmt xml:id=\"corrector.\(key)\">"))
        #expect(tei.contains(#"<name type="corrector" ref="\#(Self.orcid)">Jane Doe</name>"#), "\(tei.prefix(3000))")
        #expect(tei.contains(#"<name type="corrector">Ann Lee</name>"#))
        #expect(tei.contains("who=\"#corrector.\(key)\""))

        let statements = try LinkedData.statements(record)
        let agents = Set(statements.filter { $0.predicate == NS.prov + "wasAssociatedWith" }.compactMap(\.object.iriValue))
        #expect(agents == [Self.orcid, LinkedData.defaultBase + "corrector/" + Correction.correctorKey("Ann Lee")])
        #expect(CorrectionEncodingTests.values(statements, Self.orcid, NS.foaf + "name") == ["Jane Doe"])

        let table = try #require(try CSVTables.export([record]).first { $0.file == "corrections.csv" })
        let csv = String(decoding: table.bytes, as: UTF8.self)
        #expect(csv.contains(",Jane Doe,\(Self.orcid),2024-05-01,"))
        // corrector_iri: her identifier as it is, not under the base.
        #expect(csv.contains(",\(Self.orcid),\(janeDoe.id),"))
        #expect(String(decoding: InterchangeXML.export(record), as: UTF8.self).contains("by=\"Jane Doe\" by-id=\"\(Self.orcid)\""))
    }
}
