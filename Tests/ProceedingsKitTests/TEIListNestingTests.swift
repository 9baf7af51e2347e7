import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Bullets printed under a numbered point, at its indentation, are its sub-points: a `list` inside
/// its `item`, not a list of their own beside it. Points invented.
@Suite struct TEIListNestingTests {
    /// (1), two bullets (the second with a bullet indented under it), (2), one bullet; a paragraph;
    /// then a bullet that follows no numbered point.
    static let record: Record = {
        var record = RecordFixture.minimal
        record.parts = [EventPart(id: "session-1", kind: .session, ordinal: 1, label: "Session 1", span: SourceSpan(2, 30))]
        let shapes: [(BlockForm, Int, String?, String)] = [
            (.numbered, 0, "(1)", "Harbours"), (.bullet, 0, nil, "deeper berths"), (.bullet, 0, nil, "winter ferries"),
            (.bullet, 1, nil, "ice-breaking"), (.numbered, 0, "(2)", "Roads"), (.bullet, 0, nil, "mountain passes"),
            (.paragraph, 0, nil, "The chair closed the session."), (.bullet, 0, nil, "a note on tolls"),
        ]
        record.statements = shapes.enumerated().map { index, shape in
            Statement(id: "st-\(index + 1)", partId: "session-1", kind: .statement, form: shape.0, level: shape.1,
                      ordinal: index + 1, text: shape.3, reportedSpeech: false, span: SourceSpan(3 + index), enumerator: shape.2)
        }
        return record
    }()

    /// Each list of the part as nested text: a list's items, each with the lists it holds.
    static func outline(_ element: XMLElement) -> String {
        element.elements.compactMap { child -> String? in
            switch child.name {
            case "list":
                return "\(child.attribute("rend") ?? "")[" + child.elements.filter { $0.name == "item" }.map { item in
                    let own = item.children.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
                        .trimmingCharacters(in: .whitespaces)
                    let nested = outline(item)
                    return own + (nested.isEmpty ? "" : " " + nested)
                }.joined(separator: ", ") + "]"
            case "p": return "p"
            default: return nil
            }
        }.joined(separator: " ")
    }

    @Test func bulletsUnderANumberedPointNestInItsItem() throws {
        let bytes = TEI.export(Self.record)
        let (root, findings) = SafeXMLParser.parse(bytes, fileName: "n.tei.xml")
        let tei = try #require(root, "\(findings)")
        let part = try #require(tei.firstElement(named: "text", namespace: TEI.namespace)?
            .firstElement(named: "body", namespace: TEI.namespace)?.firstElement(named: "div", namespace: TEI.namespace))
        #expect(Self.outline(part) == "numbered[Harbours bulleted[deeper berths, winter ferries bulleted[ice-breaking]],"
            + " Roads bulleted[mountain passes]] p bulleted[a note on tolls]")
    }

    /// The TEI reads back into the levels the model gave (bullets under a numbered point at its
    /// level, deeper ones deeper) and writes the same again; it is valid for TEI All and the profile.
    @Test func theNestingReadsBackAndIsValid() throws {
        let bytes = TEI.export(Self.record)
        let (back, findings) = TEI.importRecord(bytes, fileName: "n.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(read.statements.map(\.level) == Self.record.statements.map(\.level))
        #expect(read.statements.map(\.text) == Self.record.statements.map(\.text))
        #expect(TEI.export(read) == bytes)
        let (directory, files) = try TEITools.write([("nested-points.tei.xml", bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        #expect(try SubmissionValidator().validate(bytes, name: "n.tei.xml").status(strict: false) == .valid)
    }

    /// In the 2003 sample, Ogata's three points under "(1) Sadako Ogata ... made a lead-off presentation".
    @Test func theSampleNestsTheSpeakersPointsUnderHerItem() throws {
        let record = try #require(try SeedExportTests.seedRun().records.first { $0.id.hasPrefix("2003") })
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        let item = try #require(tei.range(of: "<label>(1)</label> <persName ref=\"#person.sadako-ogata\">"))
        let end = try #require(tei.range(of: "</item>", range: item.upperBound..<tei.endIndex))
        let inside = tei[item.upperBound..<end.lowerBound]
        #expect(inside.contains("<list rend=\"bulleted\"><item xml:id=\"statement.s-cdb11765\""), "\(inside)")
    }
}
