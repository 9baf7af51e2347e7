import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// TEI export and import: what goes out comes back, and foreign TEI is read with warnings.
@Suite struct TEITests {
    /// The samples' TEI as the previous release wrote it (roles in `<text>`, every statement of a
    /// speaker one `said`) reads back to the record that release's interchange XML gives.
    @Test(arguments: ["2003-02-25-international-symposium-human-security", "2010-02-23-symposium-human-security-asia"])
    func teiOfThePreviousReleaseReadsBack(name: String) throws {
        let folder = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/previous-release")
        let tei = try Paths.bytes(folder.appendingPathComponent(name + ".tei.xml"))
        #expect(String(decoding: tei, as: UTF8.self).contains("<list type=\"participants\">"))
        let (expected, xmlFindings) = InterchangeXML.importRecord(try Paths.bytes(folder.appendingPathComponent(name + ".xml")),
                                                                  fileName: name + ".xml")
        #expect(xmlFindings.isEmpty, "\(xmlFindings)")
        let (back, findings) = TEI.importRecord(tei, fileName: name + ".tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        let record = try #require(back)
        #expect(record.participations == expected?.participations)
        #expect(record.statements == expected?.statements)
        #expect(record == expected)
    }

    /// TEI of the previous release, whose `@source` gave 1-based lines (`line:30-31`), reads back
    /// to the same record.
    @Test func sourcesOfThePreviousReleaseReadBack() throws {
        let record = try #require(try SeedExportTests.seedRun().records.first)
        var tei = String(decoding: TEI.export(record), as: UTF8.self)
        tei = tei.replacing(/text:([0-9]+),([0-9]+)/) { match in
            let (from, to) = (Int(match.1)! + 1, Int(match.2)!)
            return from == to ? "line:\(from)" : "line:\(from)-\(to)"
        }
        tei = tei.replacing(/<prefixDef ident="text" matchPattern="[^"]+" replacementPattern="[^"]+">/) { _ in
            ##"<prefixDef ident="line" matchPattern="([0-9]+)(-([0-9]+))?" replacementPattern="#source">"##
        }
        #expect(!tei.contains("source=\"text:"))
        let (back, findings) = TEI.importRecord(Array(tei.utf8), fileName: "old.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == record)
    }

    /// Every `@source` expands, through the header's prefixDef, to an RFC 5147 fragment of the source
    /// file, and the lines it names hold what the element says.
    @Test func sourcesResolveToTheLinesOfTheSourceFile() throws {
        let run = try SeedExportTests.seedRun()
        var statements = 0
        for record in run.records {
            let tei = String(decoding: TEI.export(record), as: UTF8.self)
            let prefixDef = try #require(tei.firstMatch(of: /<prefixDef ident="text" matchPattern="([^"]+)" replacementPattern="([^"]+)">/))
            let pattern = try Regex(String(prefixDef.1))
            let replacement = String(prefixDef.2)
            let source = try String(contentsOf: Paths.sample(record.document.sourceFile), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            func expand(_ value: Substring) throws -> (file: String, lines: ArraySlice<String>) {
                let match = try #require(try pattern.wholeMatch(in: String(value)))
                let from = String(try #require(match.output[1].substring)), to = String(try #require(match.output[2].substring))
                let pointer = replacement.replacingOccurrences(of: "$1", with: from).replacingOccurrences(of: "$2", with: to)
                let fragment = try #require(pointer.firstMatch(of: /^(.+)#line=([0-9]+),([0-9]+)$/))
                let (a, b) = (Int(fragment.2)!, Int(fragment.3)!)
                #expect(0 <= a && a < b && b <= source.count, "\(pointer)")
                return (String(fragment.1), source[a..<min(b, source.count)])
            }
            for token in tei.matches(of: /source="([^"]+)"/).flatMap({ $0.1.split(separator: " ") }) {
                #expect(token.hasPrefix("text:"), "\(token)")
                let expanded = try expand(token.dropFirst(5))
                #expect(expanded.file == record.document.sourceFile)
            }
            for statement in record.statements {
                let id = TEI.Prefix.statement + statement.id
                guard let value = tei.firstMatch(of: try Regex("xml:id=\"\(id)\"[^>]* source=\"text:([0-9]+,[0-9]+)\"")) else { continue }
                let lines = try expand(try #require(value.output[1].substring)).lines.joined(separator: " ")
                let words = statement.text.split(whereSeparator: \.isWhitespace).prefix(3).joined(separator: " ")
                #expect(lines.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(words), "\(id): \(words)")
                statements += 1
            }
        }
        #expect(statements > 40)
    }

    @Test func bothSeedsRoundTrip() throws {
        for record in try SeedExportTests.seedRun().records {
            let bytes = TEI.export(record)
            let (back, findings) = TEI.importRecord(bytes, fileName: "\(record.id).tei.xml")
            #expect(findings.isEmpty, "\(findings)")
            #expect(back == record)
            #expect(back.map { TEI.export($0) } == bytes)
        }
    }

    @Test(arguments: [RecordFixture.rich, RecordFixture.minimal, RecordFixture.nested])
    func fixturesRoundTrip(record: Record) throws {
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
        #expect(xml.contains(##"<item xml:id="statement.st-2" ana="#kind.statement" source="text:3,4">Point 2<list rend="bulleted"><item xml:id="statement.st-3""##))
        #expect(xml.contains(#"<change>Converted from the source file with SHA-256 <idno type="sha256">"#))
    }
}
