import Foundation
import Testing
@testable import ProceedingsKit

/// A speaker's heading over the speaker's points is the `head` of a division that holds them, as the
/// page prints it; a role line stays a line. Summary invented.
@Suite(.serialized) struct TEIContributionTests {
    static let summary = """
        Forum on River Basins
        2 June 2018

        Session 1: Shared rivers
        Moderator: Dr. Lena Holt, Director, Basin Institute

        (1) Dr. Lena Holt opened the session.
        (2) Next there were statements by commissioners Omar Haddad and Grace Mbeki.
          1. Omar Haddad, commissioner
            - Upstream dams must be agreed with the states downstream.
            - Data on flows should be public.
          2. Grace Mbeki, commissioner
            - Farmers need water rights that last.
        (3) In the question-and-answer session, there were questions on fisheries.

        """

    static func record() throws -> Record {
        let result = PlainTextImporter.importRecord(Array(summary.utf8), fileName: "2018-06-02_river-basins.txt")
        return try #require(result.record, "\(result.findings)")
    }

    /// The part's division as an outline: each child's name, a contribution with its heading's text
    /// and the statements inside it.
    static func outline(_ part: XMLElement) -> [String] {
        part.elements.map { child in
            guard child.name == "div", child.attribute("type") == "contribution" else {
                return child.name + (child.attribute("type").map { "[\($0)]" } ?? "")
            }
            let head = child.elements.first.map { "\($0.name): \($0.textContent)" } ?? "none"
            let items = child.elements.dropFirst().flatMap { $0.elements(named: "item") }.count
            return "contribution(\(head); \(items) items)"
        }
    }

    @Test func aSpeakersHeadingHeadsTheSpeakersDivision() throws {
        let bytes = TEI.export(try Self.record())
        let (root, findings) = SafeXMLParser.parse(bytes, fileName: "c.tei.xml")
        let tei = try #require(root, "\(findings)")
        let part = try #require(tei.firstElement(named: "text", namespace: TEI.namespace)?
            .firstElement(named: "body", namespace: TEI.namespace)?.firstElement(named: "div", namespace: TEI.namespace))
        #expect(Self.outline(part) == [
            "head", "ab", "list",
            "contribution(head: 1. Omar Haddad, commissioner; 2 items)",
            "contribution(head: 2. Grace Mbeki, commissioner; 1 items)",
            "div[qa]",
        ])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(##"<head source="text:8,9">1. <persName ref="#person.omar-haddad">Omar Haddad</persName>, commissioner</head>"##))
        // The moderator speaks next, but "Moderator: ..." says who chaired: a role line, not a heading.
        #expect(text.contains(##"<ab source="text:4,5">Moderator: <persName ref="#person.lena-holt">"##))
    }

    /// Text → TEI → model → TEI gives the same bytes, the headings back among the printed lines;
    /// the TEI is valid for TEI All's grammar and rules, and for the profile.
    @Test func contributionsReadBackAndAreValid() throws {
        let record = try Self.record()
        let bytes = TEI.export(record)
        let (back, findings) = TEI.importRecord(bytes, fileName: "c.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.printed == record.printed)
        #expect(TEI.export(read) == bytes)
        let (directory, files) = try TEITools.write([("contributions.tei.xml", bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        #expect(try TEITools.schematronReference(schema: try TEITools.rng(), files)[files[0].path] == [])
        #expect(try SubmissionValidator().validate(bytes, name: "c.tei.xml").status(strict: false) == .valid)
    }
}
