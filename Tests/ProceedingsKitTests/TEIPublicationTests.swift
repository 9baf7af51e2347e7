import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// `publicationStmt` says who makes the file available, which record it is, and on what terms: the
/// publisher and licence the run gives (`convert --publisher`, `--license`, `availability[@status="free"]`);
/// where it gives no publisher, prose that says so, and where no licence, that none is known: neither
/// is invented, nor stood in for by a placeholder that would read as a name.
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
                    <p>The publisher was not given: the conversion that wrote this file was not told who makes it available (convert --publisher), and the converter does not know.</p>
                    <p>The record is <idno type="record">\(record.id)</idno>.</p>
                    <p>No licence is known for this file: whoever publishes it decides on what terms. The rights in the printed summary remain with its issuer.</p>
                  </publicationStmt>
            """)
        #expect(!tei.contains("<authority>"))
    }

    /// A licence without a publisher is said in the prose, with a link to it: TEI has availability
    /// only after an agency. TEI All, the profile and the reference Schematron accept all three forms.
    @Test func aLicenceWithoutAPublisherIsSaidInProse() throws {
        let record = try #require(try SeedExportTests.seedRun().records.first)
        let licensed = TEI.export(record, publication: TEI.Publication(licence: Self.given.licence))
        let statement = try Self.publicationStmt(String(decoding: licensed, as: UTF8.self))
        #expect(statement.contains(##"<p>The file is licensed under <ref target="https://creativecommons.org/licenses/by/4.0/">https://creativecommons.org/licenses/by/4.0/</ref>. The rights"##))
        #expect(!statement.contains("<availability"))
        let published = TEI.export(record, publication: TEI.Publication(publisher: "Archive of Human Security Meetings"))
        #expect(try Self.publicationStmt(String(decoding: published, as: UTF8.self)).contains(##"<availability status="unknown">"##))
        let (directory, files) = try TEITools.write([("licensed.tei.xml", licensed), ("published.tei.xml", published),
                                                     ("corpus.tei.xml", TEI.exportCorpus([record], title: "Meetings"))])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        let profile = try TEITools.xmllint(schema: Paths.packageRoot.appendingPathComponent("Schemas/tei-proceedings.xsd").path, files)
        #expect(profile.status == 0, "\(profile.output)")
        for file in files.dropLast() {
            let (back, findings) = TEI.importRecord(try Paths.bytes(file), fileName: file.lastPathComponent)
            #expect(findings.isEmpty, "\(findings)")
            #expect(back == record)
        }
        let corpus = TEI.importRecords(try Paths.bytes(files[2]), fileName: "corpus.tei.xml")
        #expect(corpus.records == [record] && !corpus.findings.hasErrors, "\(corpus.findings)")
    }

    @Test func thePublisherAndLicenceOfTheRunAreTheFilesAndReadBack() throws {
        let record = try #require(try SeedExportTests.seedRun().records.first)
        let bytes = TEI.export(record, publication: Self.given)
        let tei = String(decoding: bytes, as: UTF8.self)
        let statement = try Self.publicationStmt(tei)
        #expect(statement.contains("<publisher>Archive of Human Security Meetings</publisher>"))
        #expect(statement.contains(##"<availability status="free">"##))
        #expect(statement.contains(##"<licence target="https://creativecommons.org/licenses/by/4.0/">https://creativecommons.org/licenses/by/4.0/</licence>"##))
        #expect(statement.contains(##"<idno type="record">\##(record.id)</idno>"##))
        // The publisher ran the conversion: the encoding is its responsibility (expert review L7); without one, no one's.
        #expect(tei.contains(#"<name type="publisher">Archive of Human Security Meetings</name></respStmt>"#) || tei.contains(
            "<name type=\"publisher\">Archive of Human Security Meetings</name>\n"), "\(tei)")
        #expect(!String(decoding: TEI.export(record), as: UTF8.self).contains(#"type="publisher""#))
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
