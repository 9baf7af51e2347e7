import Foundation
import Testing

/// Every `@source` of a TEI file that `convert` writes expands, through the header's prefixDef,
/// to lines of the summary it was read from, as seen from where the file is: the check an
/// archivist's tool makes. A summary invented for the test, in a folder apart from the output,
/// with a space in its name.
@Suite struct TEIProvenanceTests {
    static let summary = """
        Symposium on Harbour Roads
        "Ferries and Tolls
        in Winter"

        May 2021

        On 11 May, the Ministry of Transport held a symposium at Lakeside Hall.
        (1) Anna Berg, Chair of the Board, made a lead-off presentation.
        (2) Next there were statements by Tomas Lind.

        """

    /// The file `file` the run wrote, each `TEI` in it with its own prefixDef: every `text:A,B`
    /// names lines that exist in the file the pattern resolves to, and a title or title part has
    /// the text of its own lines.
    static func expectResolves(_ file: URL, to source: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let documents = text.components(separatedBy: "<TEI ").dropFirst()
        #expect(!documents.isEmpty)
        for document in documents {
            let pattern = try #require(document.firstMatch(of: /replacementPattern="([^"]*)"/)?.1)
            var checked = 0
            for match in document.matches(of: /source="([^"]+)"/) {
                for token in match.1.split(separator: " ") {
                    let bounds = try #require(token.wholeMatch(of: /text:([0-9]+),([0-9]+)/), "\(token)")
                    let expanded = pattern.replacingOccurrences(of: "$1", with: bounds.1).replacingOccurrences(of: "$2", with: bounds.2)
                    let parts = expanded.split(separator: "#", maxSplits: 1)
                    #expect(parts.count == 2 && parts[1] == "line=\(bounds.1),\(bounds.2)")
                    let path = try #require(String(parts[0]).removingPercentEncoding)
                    let resolved = URL(fileURLWithPath: path, relativeTo: file.deletingLastPathComponent()).standardizedFileURL
                    #expect(resolved.path == source.standardizedFileURL.path, "\(expanded) from \(file.path)")
                    let lines = try String(contentsOf: resolved, encoding: .utf8).components(separatedBy: "\n")
                    let (from, to) = (Int(bounds.1)!, Int(bounds.2)!)
                    #expect(from < to && to <= lines.count, "\(token)")
                    #expect(lines[from..<min(to, lines.count)].contains { !$0.isEmpty }, "\(token) names blank lines only")
                    checked += 1
                }
            }
            #expect(checked > 5)
            // A title's @source is its own lines: their text, wrapped lines joined, is the title.
            for title in document.matches(of: /<(title|titlePart) type="(main|sub)" source="text:([0-9]+),([0-9]+)">([^<]*)</) {
                let lines = try String(contentsOf: source, encoding: .utf8).components(separatedBy: "\n")
                let printed = lines[Int(title.3)!..<Int(title.4)!].joined(separator: " ")
                let bare = { (text: Substring) in text.replacingOccurrences(of: "&quot;", with: "").replacingOccurrences(of: "\"", with: "") }
                #expect(bare(title.5) == bare(Substring(printed)), "\(title.0)")
            }
        }
    }

    @Test func everySourceResolvesFromWhereTheFileIsWritten() throws {
        let root = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("summaries")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("2021-05-11_harbour roads.txt")
        try Self.summary.write(to: source, atomically: true, encoding: .utf8)

        let out = root.appendingPathComponent("converted/tei")
        let run = try Tool.run(["convert", "--to", "tei,tei-corpus", "-o", out.path, source.path])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".tei.xml") })
        let file = out.appendingPathComponent(written)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("replacementPattern=\"../../summaries/2021-05-11_harbour%20roads.txt#line=$1,$2\""))
        try Self.expectResolves(file, to: source)
        try Self.expectResolves(out.appendingPathComponent("tei-corpus/corpus.tei.xml"), to: source)

        // Read back and written at another depth, the TEI still points at the summary.
        let again = root.appendingPathComponent("elsewhere/a/b")
        let back = try Tool.run(["convert", "--to", "tei", "-o", again.path, file.path])
        #expect(back.status == 0, "\(back.stderr)")
        try Self.expectResolves(again.appendingPathComponent(written), to: source)
        // The same paths give the same bytes, whatever the current folder.
        let first = try Data(contentsOf: again.appendingPathComponent(written))
        let twice = try Tool.run(["convert", "--to", "tei", "-o", again.path, file.path], workingDirectory: folder)
        #expect(twice.status == 0)
        #expect(try Data(contentsOf: again.appendingPathComponent(written)) == first)
    }
}
