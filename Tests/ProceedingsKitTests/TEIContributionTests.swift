import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A speaker's heading over the speaker's points is printed either as a point under a numbered
/// point ("(2) Next there were statements by ...", then "1. Omar Haddad, commissioner"), and is then a
/// point of a list in that point's item, or on its own, and is then the `head` of a division that
/// holds the speaker's statements; a role line stays a line. Summaries invented.
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

    /// The speakers' headings under a paragraph, not a numbered point, and a paragraph after them.
    static let underParagraph = """
        Forum on River Basins
        2 June 2018

        Session 1: Shared rivers
        Moderator: Dr. Lena Holt, Director, Basin Institute

        Next there were statements by commissioners Omar Haddad and Grace Mbeki.
          1. Omar Haddad, commissioner
            - Upstream dams must be agreed with the states downstream.
            - Data on flows should be public.
          2. Grace Mbeki, commissioner
            - Farmers need water rights that last.

        In the question-and-answer session, there were questions on fisheries.

        """

    static func record(_ text: String = summary) throws -> Record {
        let result = PlainTextImporter.importRecord(Array(text.utf8), fileName: "2018-06-02_river-basins.txt")
        return try #require(result.record, "\(result.findings)")
    }

    static func part(_ bytes: [UInt8]) throws -> XMLElement {
        let (root, findings) = SafeXMLParser.parse(bytes, fileName: "c.tei.xml")
        let tei = try #require(root, "\(findings)")
        return try #require(tei.firstElement(named: "text", namespace: TEI.namespace)?
            .firstElement(named: "body", namespace: TEI.namespace)?.firstElement(named: "div", namespace: TEI.namespace))
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

    /// "(1) ... (2) ... 1. Omar Haddad ... 2. Grace Mbeki ... (3) ...": one list of three points, the
    /// speakers' headings a list inside the second point's item, each with the speaker's points; no
    /// division, and no list of one point, that the page does not print.
    @Test func aSpeakersHeadingUnderANumberedPointIsAPointOfItsList() throws {
        let bytes = TEI.export(try Self.record())
        let part = try Self.part(bytes)
        #expect(Self.outline(part) == ["head", "ab", "list"])
        let list = try #require(part.firstElement(named: "list", namespace: TEI.namespace))
        #expect(list.elements.map { $0.attribute("n") ?? "-" } == ["1", "2", "3"])
        let second = list.elements[1]
        let headings = try #require(second.firstElement(named: "list", namespace: TEI.namespace))
        #expect(headings.attribute("rendition") == "#printed-numbers")
        #expect(headings.elements.map { $0.attribute("n") ?? "-" } == ["1", "2"])
        #expect(headings.elements.map { $0.elements.first?.textContent ?? "" } == ["1. Omar Haddad, commissioner", "2. Grace Mbeki, commissioner"])
        #expect(headings.elements.map { $0.elements.last?.elements.count ?? 0 } == [2, 1])
        let text = String(decoding: bytes, as: UTF8.self)
        // The heading's number is a label, as a point's is (expert review L3); the line reads back whole.
        #expect(text.contains(##"<item n="1"><ab source="text:8,9"><label>1.</label> <persName ref="#person.omar-haddad">Omar Haddad</persName>, commissioner</ab><list rend="bulleted"><item xml:id=""##))
        // Under the heading that names her, the speaker's points are hers with high certainty.
        #expect(text.contains(##"<said who="#person.grace-mbeki" direct="unknown" resp="#proceedings" cert="high">Farmers need water rights that last.</said>"##))
        #expect(!text.contains("<div type=\"qa\"") && !text.contains("<div type=\"statements\""))
        // The moderator speaks next, but "Moderator: ..." says who chaired: a role line, not a heading.
        #expect(text.contains(##"<ab source="text:4,5">Moderator: <persName ref="#person.lena-holt">"##))
    }

    /// Headings under a paragraph head divisions of their own; the paragraph after them is in a
    /// division of statements, as TEI allows no paragraph after a nested division, and no Q&A division.
    @Test func aSpeakersHeadingOnItsOwnHeadsTheSpeakersDivision() throws {
        let bytes = TEI.export(try Self.record(Self.underParagraph))
        #expect(Self.outline(try Self.part(bytes)) == [
            "head", "ab", "p",
            "contribution(head: 1. Omar Haddad, commissioner; 2 items)",
            "contribution(head: 2. Grace Mbeki, commissioner; 1 items)",
            "div[statements]",
        ])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(##"<head source="text:7,8">1. <persName ref="#person.omar-haddad">Omar Haddad</persName>, commissioner</head>"##))
    }

    /// Text → TEI → model → TEI gives the same bytes, the headings back among the printed lines;
    /// the TEI is valid for TEI All's grammar and rules, and for the profile.
    @Test(arguments: [summary, underParagraph])
    func contributionsReadBackAndAreValid(text: String) throws {
        let record = try Self.record(text)
        let bytes = TEI.export(record)
        let (back, findings) = TEI.importRecord(bytes, fileName: "c.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.printed == record.printed)
        #expect(read.statements == record.statements)
        #expect(TEI.export(read) == bytes)
        let (directory, files) = try TEITools.write([("contributions.tei.xml", bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        #expect(try TEITools.schematronReference(schema: try TEITools.rng(), files)[files[0].path] == [])
        #expect(try SubmissionValidator().validate(bytes, name: "c.tei.xml").status(strict: false) == .valid)
    }
}
