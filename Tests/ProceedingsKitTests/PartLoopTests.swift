import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Parts given in each other, in a file from elsewhere: each importer reports every part of the
/// loop (rule part-parent, at its element, row or resource), reads it as a part of the event, and
/// goes on with the rest of the record.
@Suite struct PartLoopTests {
    /// The fixture with session-1 given in the opening, so that a file of it needs one edit to loop.
    static var nested: Record {
        var record = RecordFixture.rich
        record.parts[1].parentId = "opening"
        return record
    }

    /// `findings` are those of the file without the loop (`plain`) and a warning for each part of the loop.
    private func expectRead(_ record: Record?, _ findings: [Finding], plain: [Finding], file: String) {
        let loops = findings.filter { $0.rule == RuleID(.partParent) }
        #expect(loops.count == 2, "\(findings)")
        #expect(loops.allSatisfy { $0.severity == .warning && $0.file == file }, "\(loops)")
        #expect(findings.filter { $0.rule != RuleID(.partParent) }.map(\.description) == plain.map(\.description))
        #expect(record?.parts.map(\.id) == RecordFixture.rich.parts.map(\.id))
        #expect(record?.parts.allSatisfy { $0.parentId == nil } == true, "\(record?.parts.map(\.parentId) ?? [])")
        #expect(record?.partsInLoops == [])
        #expect(record?.statements == RecordFixture.rich.statements)
    }

    @Test func interchangeXML() throws {
        let text = String(decoding: InterchangeXML.export(Self.nested), as: UTF8.self)
        let looped = text.replacingOccurrences(of: "id=\"opening\"", with: "id=\"opening\" parent=\"session-1\"")
        #expect(looped != text)
        let (record, findings) = InterchangeXML.importRecord(Array(looped.utf8), fileName: "loop.xml")
        expectRead(record, findings, plain: InterchangeXML.importRecord(Array(text.utf8), fileName: "loop.xml").1, file: "loop.xml")
        // At the line of each part's element.
        let lines = looped.split(separator: "\n", omittingEmptySubsequences: false)
        let partLines = Set(lines.indices.filter { lines[$0].contains("<part ") }.map { $0 + 1 })
        let reported = Set(findings.filter { $0.rule == RuleID(.partParent) }.compactMap(\.line))
        #expect(reported.count == 2 && reported.isSubset(of: partLines), "\(reported) \(partLines)")
        // Written again, the record carries no loop.
        #expect(InterchangeXML.importRecord(InterchangeXML.export(record!), fileName: "again.xml").1.isEmpty)
    }

    @Test func csvTableGroup() throws {
        var files = Dictionary(uniqueKeysWithValues: try CSVTables.export([Self.nested]).map { ($0.file, $0.bytes) })
        let id = Self.nested.id
        let events = String(decoding: try #require(files["events.csv"]), as: UTF8.self)
        let looped = events.replacingOccurrences(of: "\(id)/opening,\(id),\(id),", with: "\(id)/opening,\(id),\(id)/session-1,")
        #expect(looped != events)
        let plain = CSVTableGroupImporter.importGroup(files: files, name: "group").findings
        files["events.csv"] = Array(looped.utf8)
        let (records, findings) = CSVTableGroupImporter.importGroup(files: files, name: "group")
        #expect(records.count == 1)
        expectRead(records.first, findings, plain: plain, file: "group/events.csv")
        let loops = findings.filter { $0.rule == RuleID(.partParent) }
        #expect(loops.allSatisfy { $0.column == CSVSchema.table("events.csv").header.firstIndex(of: "parent_id").map { $0 + 1 } })
        #expect(Set(loops.compactMap(\.line)) == [3, 4], "the rows of the opening and session 1, after the header and the event: \(loops)")
    }

    @Test func linkedData() throws {
        let text = String(decoding: try LinkedData.export(Self.nested, syntax: .ntriples), as: UTF8.self)
        let part = "<\(LinkedData.defaultBase)\(Self.nested.id)/part/"
        let link = "<https://w3id.org/scholarlydata/ontology/conference-ontology.owl#isSubEventOf>"
        let looped = text.replacingOccurrences(of: "\(part)opening> \(link) <\(LinkedData.defaultBase)\(Self.nested.id)/event>",
                                               with: "\(part)opening> \(link) \(part)session-1>")
        #expect(looped != text)
        let (record, findings) = LinkedData.importRecord(Array(looped.utf8), syntax: .ntriples, fileName: "loop.nt")
        expectRead(record, findings, plain: LinkedData.importRecord(Array(text.utf8), syntax: .ntriples, fileName: "loop.nt").1, file: "loop.nt")
        #expect(findings.filter { $0.rule == RuleID(.partParent) }.allSatisfy { $0.message.hasPrefix(part) }, "\(findings)")
    }

    @Test func theRecordsOwnLoopsAreTheParts() {
        var record = Self.nested
        #expect(record.partsInLoops == [])
        record.parts[0].parentId = "session-1"
        #expect(record.partsInLoops == ["opening", "session-1"])
        record.parts[2].parentId = "session-1"
        #expect(record.partsInLoops == ["opening", "session-1"], "a part given in a loop is not in it")
        let (kept, looped) = record.withoutPartLoops()
        #expect(looped == ["opening", "session-1"] && kept.parts.map(\.parentId) == [nil, nil, "session-1"])
    }
}
