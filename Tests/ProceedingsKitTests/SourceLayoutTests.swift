import Foundation
import Testing

/// Issue 17's limits on the shape of the sources, so that a file that outgrows them is split
/// when it does, not in a clean-up later: a file reads as one role, a command as a thin adapter.
@Suite struct SourceLayoutTests {
    private static let sources = Paths.packageRoot.appendingPathComponent("Sources")

    private static func swiftFiles(under folder: URL) -> [(path: String, lines: Int)] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }.compactMap { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            let relative = String(url.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1))
            return (relative, text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0))
        }.sorted { $0.path < $1.path }
    }

    @Test func noSourceFileIsOver400Lines() {
        let files = Self.swiftFiles(under: Self.sources)
        #expect(files.count > 100)
        let long = files.filter { $0.lines > 400 }.map { "\($0.path): \($0.lines) lines" }
        #expect(long.isEmpty, "\(long)")
    }

    /// A target may import any module its dependencies reach, the C libraries too: that only the
    /// wrappers open them is kept here, since Package.swift cannot say it.
    @Test func onlyTheWrappersImportTheCLibraries() throws {
        let doors = ["CLibXML2": "ProceedingsXML/", "CSerd": "ProceedingsRDF/"]
        for file in Self.swiftFiles(under: Self.sources) {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file.path), encoding: .utf8)
            for (library, folder) in doors where !file.path.hasPrefix(folder) {
                let imports = text.split(separator: "\n").contains { line in
                    line.split(separator: " ").last == Substring(library) && line.contains("import ")
                }
                #expect(!imports, "\(file.path) imports \(library)" as Comment)
            }
        }
    }

    @Test func eachCommandIsUnder120Lines() throws {
        let folder = Self.sources.appendingPathComponent("proceedings")
        let commands = try Self.swiftFiles(under: folder).filter { file in
            try String(contentsOf: Self.sources.appendingPathComponent(file.path), encoding: .utf8)
                .contains(": ParsableCommand")
        }
        #expect(commands.count >= 8)
        for command in commands {
            #expect(command.lines < 120, "\(command.path): \(command.lines) lines" as Comment)
        }
    }
}
