import Foundation
import Testing
@testable import ProceedingsKit

/// `publicationStmt` says who makes the file available, which record it is, and on what terms: the
/// publisher and licence the run gives (`convert --publisher`, `--license`), and where it gives none,
/// an agency described but not named and `availability[@status="unknown"]`: no licence is invented.
@Suite(.serialized) struct TEIPublicationTests {
    static let given = TEI.Publication(publisher: "Archive of Human Security Meetings",
                                       licence: "https://creativecommons.org/licenses/by/4.0/")

    static func publicationStmt(_ tei: String) throws -> String {
        let start = try #require(tei.range(of: "<publicationStmt>"))
        let end = try #require(tei.range(of: "</publicationStmt>"))
        return String(tei[start.lowerBound..<end.upperBound])
    }

    @Test func withoutAPublisherOrLicenceNothingIsAssumed() throws {
        let record = try #require(try SeedExportTests.seedRun().records.first)
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(try Self.publicationStmt(tei) == """
            <publicationStmt>
                    <authority>the archive that ran the conversion</authority>
                    <idno type="record">\(record.id)</idno>
                    <availability status="unknown">
                      <p>No licence is known for this file: the archive that ran the conversion decides whether and how to publish it. The rights in the printed summary remain with its issuer.</p>
                    </availability>
                  </publicationStmt>
            """)
    }

    @Test func thePublisherAndLicenceOfTheRunAreTheFilesAndReadBack() throws {
        let record = try #require(try SeedExportTests.seedRun().records.first)
        let bytes = TEI.export(record, publication: Self.given)
        let tei = String(decoding: bytes, as: UTF8.self)
        let statement = try Self.publicationStmt(tei)
        #expect(statement.contains("<publisher>Archive of Human Security Meetings</publisher>"))
        #expect(statement.contains(##"<availability>"##) && !statement.contains("status="))
        #expect(statement.contains(##"<licence target="https://creativecommons.org/licenses/by/4.0/">https://creativecommons.org/licenses/by/4.0/</licence>"##))
        #expect(statement.contains(##"<idno type="record">\##(record.id)</idno>"##))
        // The publication is the run's, not the record's: it reads back into the same record.
        let (back, findings) = TEI.importRecord(bytes, fileName: "p.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == record)
        #expect(back.map { TEI.export($0, publication: Self.given) } == bytes)
        let corpus = TEI.exportCorpus([record], title: "Meetings", publication: Self.given)
        let corpusText = String(decoding: corpus, as: UTF8.self)
        #expect(corpusText.matches(of: /<publisher>Archive of Human Security Meetings<\/publisher>/).count == 2)
        #expect(corpusText.matches(of: /<idno type="record">/).count == 1, "only the record's header names a record")
        let (directory, files) = try TEITools.write([("published.tei.xml", bytes), ("corpus.tei.xml", corpus),
                                                     ("unpublished.tei.xml", TEI.export(record))])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        let reference = try TEITools.schematronReference(schema: try TEITools.rng(), files)
        #expect(files.allSatisfy { reference[$0.path] == [] }, "\(reference)")
        for file in files {
            let result = try SubmissionValidator().validate(try Paths.bytes(file), name: file.lastPathComponent)
            #expect(result.status(strict: false) == .valid, "\(file.lastPathComponent): \(result.findings)")
        }
    }
}
