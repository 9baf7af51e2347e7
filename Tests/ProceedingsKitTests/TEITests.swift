import Foundation
import Testing
@testable import ProceedingsKit

/// TEI export and import: what goes out comes back, and foreign TEI is read with warnings.
@Suite struct TEITests {
    @Test func bothSeedsRoundTrip() throws {
        for record in try SeedExportTests.seedRun().records {
            let bytes = TEI.export(record)
            let (back, findings) = TEI.importRecord(bytes, fileName: "\(record.id).tei.xml")
            #expect(findings.isEmpty, "\(findings)")
            #expect(back == record)
            #expect(back.map(TEI.export) == bytes)
        }
    }

    /// Participations come back in document order: the event's own first, then part by part.
    static func inDocumentOrder(_ record: Record) -> Record {
        var copy = record
        copy.participations = record.participations.filter { $0.partId == nil }
            + record.parts.sorted { $0.span.first < $1.span.first }.flatMap { part in
                record.participations.filter { $0.partId == part.id }
            }
        return copy
    }

    @Test(arguments: [RecordFixture.rich, RecordFixture.minimal, RecordFixture.nested])
    func fixturesRoundTrip(original: Record) throws {
        let record = Self.inDocumentOrder(original)
        #expect(TEI.export(original) == TEI.export(record))
        let bytes = TEI.export(record)
        let (back, findings) = TEI.importRecord(bytes, fileName: "r.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        let got = try #require(back)
        #expect(got.document == record.document)
        #expect(got.event == record.event)
        #expect(got.parts == record.parts)
        #expect(got.sections == record.sections)
        #expect(got.persons == record.persons)
        #expect(got.organizations == record.organizations)
        #expect(got.participations == record.participations)
        #expect(got.statements == record.statements)
        #expect(got.residue == record.residue)
        #expect(got == record)
    }

    @Test func exportIsDeterministic() throws {
        #expect(TEI.export(RecordFixture.rich) == TEI.export(RecordFixture.rich))
    }
}

extension TEITests {
    @Test func nestedListsAndPlainTextItemsKeepTheirText() throws {
        let xml = String(decoding: TEI.export(RecordFixture.nested), as: UTF8.self)
        #expect(xml.contains(##"<item xml:id="statement.st-2" n="2" ana="#kind.statement" source="line:4">Point 2<list rend="bulleted"><item xml:id="statement.st-3""##))
        #expect(xml.contains(#"<change>Converted by proceedings \#(version) from the source file with SHA-256 <idno type="sha256">"#))
    }
}
