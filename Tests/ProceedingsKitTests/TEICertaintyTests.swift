import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What the converter inferred says so: a `said` whose speaker the statement does not name names the
/// converter in `@resp`, with `@cert` high under the speaker's own heading and medium elsewhere; a
/// role read from prose has `@cert="medium"`, one read from a label line none. Summary invented.
@Suite(.serialized) struct TEICertaintyTests {
    static let summary = """
        Forum on Mountain Roads
        3 March 2020

        Session 1: Passes
        Moderator: Dr. Lena Holt, Director, Road Institute

        (1) Next there were statements by commissioners Omar Lund and Rita Moss.
          1. Omar Lund, commissioner
            - Tunnels are safer than passes.
          2. Rita Moss, commissioner
            - Villages need a bus.

        Concluding Session

        Co-Chair Lund summarized the discussions as follows:

        (1) Passes must stay open in winter.
        (2) Ms. Moss noted that tolls should fund repairs.

        """

    static func tei() throws -> (Record, [UInt8]) {
        let result = PlainTextImporter.importRecord(Array(summary.utf8), fileName: "2020-03-03_mountain-roads.txt")
        let record = try #require(result.record, "\(result.findings)")
        return (record, TEI.export(record))
    }

    static func elements(_ name: String, in bytes: [UInt8]) throws -> [XMLElement] {
        let (root, findings) = SafeXMLParser.parse(bytes, fileName: "c.tei.xml")
        var found: [XMLElement] = []
        func walk(_ element: XMLElement) {
            if element.name == name { found.append(element) }
            element.elements.forEach(walk)
        }
        walk(try #require(root, "\(findings)"))
        return found
    }

    @Test func anInferredSpeakerIsMarkedWithItsCertainty() throws {
        let (_, bytes) = try Self.tei()
        let said = try Self.elements("said", in: bytes).map {
            [$0.attribute("who") ?? "", $0.attribute("resp") ?? "-", $0.attribute("cert") ?? "-", $0.textContent].joined(separator: " | ")
        }
        #expect(said == [
            "#person.omar-lund | #proceedings | high | Tunnels are safer than passes.",
            "#person.rita-moss | #proceedings | high | Villages need a bus.",
            "#person.omar-lund | #proceedings | medium | Passes must stay open in winter.",
            // A point that names who said it is not the converter's inference.
            "#person.rita-moss | - | - | tolls should fund repairs.",
        ])
        let application = try #require(try Self.elements("application", in: bytes).first)
        #expect(application.attribute("id", namespace: "http://www.w3.org/XML/1998/namespace") == "proceedings")
        let interpretation = try #require(try Self.elements("interpretation", in: bytes).first)
        #expect(interpretation.textContent.contains("@cert"))
    }

    @Test func aRoleReadFromProseIsLessCertainThanALabel() throws {
        let (record, bytes) = try Self.tei()
        let relations = try Self.elements("relation", in: bytes).map {
            "\($0.attribute("name") ?? "") \($0.attribute("active") ?? "") \($0.attribute("passive") ?? "") \($0.attribute("cert") ?? "-")"
        }
        #expect(relations == [
            "moderator #person.lena-holt #part.session-1 -",
            "speaker #person.omar-lund #part.session-1 -",
            "speaker #person.rita-moss #part.session-1 -",
            "speaker #person.omar-lund #part.concluding-session medium",
            "speaker #person.rita-moss #part.concluding-session medium",
        ])
        // The label line and the speakers' headings are printed lines; the last two are a paragraph's and a point's.
        #expect(record.participations.map(\.line) == [5, 8, 10, 15, 18])
    }

    /// Text → TEI → model → TEI gives the same bytes, @resp and @cert included; the TEI is valid for
    /// TEI All's grammar and rules and for the profile, in a file of its own and in a corpus.
    @Test func certaintyReadsBackAndIsValid() throws {
        let (record, bytes) = try Self.tei()
        let (back, findings) = TEI.importRecord(bytes, fileName: "c.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.participations == record.participations && read.statements == record.statements)
        #expect(TEI.export(read) == bytes)
        let corpus = TEI.exportCorpus([record], title: "Roads")
        let (directory, files) = try TEITools.write([("certainty.tei.xml", bytes), ("corpus.tei.xml", corpus)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        let reference = try TEITools.schematronReference(schema: try TEITools.rng(), files)
        #expect(reference[files[0].path] == [] && reference[files[1].path] == [])
        #expect(try SubmissionValidator().validate(bytes, name: "c.tei.xml").status(strict: false) == .valid)
        #expect(try SubmissionValidator().validate(corpus, name: "corpus.tei.xml").status(strict: false) == .valid)
    }
}
