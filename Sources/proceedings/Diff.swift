import ArgumentParser
import Foundation
import ProceedingsKit

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two exports of one collection fact by fact: records added or removed, and each fact added, removed or changed.",
        discussion: """
            OLD and NEW are folders that convert -o wrote, or that hold one of its formats: interchange \
            XML, TEI or a CSV table group (in the folder or in its csv/). Each is read back with the \
            importers, so folders of different formats can be compared; a folder of several formats is \
            read in its interchange XML, else its TEI, else its CSV tables, unless --from says which. \
            Records are matched by id.

            Exit status: 0 nothing changed, 1 something did, 2 the comparison could not be made (bad \
            usage, a folder missing, holding no export, or with a file that cannot be read).
            """)

    @Option(help: ArgumentHelp("Read both folders as xml, tei or csv (default: the first the folder holds of these).", valueName: "format"))
    var from: String?

    @Option(help: ArgumentHelp("text (default) or json (Schemas/diff.schema.json), on standard output.", valueName: "format"))
    var report = "text"

    @Argument(help: "The earlier export's folder.")
    var old: String

    @Argument(help: "The later export's folder.")
    var new: String

    private static func format(_ name: String) -> Format? { ExportFolder.formats.first { $0.name == name } }

    func validate() throws {
        if let from, Self.format(from) == nil { throw ValidationError("--from must be \(ExportFolder.formats.listed), not '\(from)'") }
        if CollectionDiff.Format(rawValue: report) == nil { throw ValidationError("--report must be text or json, not '\(report)'") }
    }

    func run() throws {
        var folders: [ExportFolder] = []
        for path in [old, new] {
            let (folder, findings) = ExportFolder.read(path, format: from.flatMap(Self.format))
            for finding in findings { Terminal.error(finding.description) }
            guard let folder else { continue }
            folders.append(folder)
        }
        guard folders.count == 2 else {
            Terminal.error("proceedings: error: nothing compared")
            throw ExitCode(2)
        }
        let diff = CollectionDiff(old: folders[0], new: folders[1])
        let bytes: [UInt8]
        do { bytes = try diff.render(CollectionDiff.Format(rawValue: report) ?? .text) } catch {
            Terminal.error("proceedings: error: cannot write the report: \(error)")
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(Data(bytes))
        if !diff.isEmpty { throw ExitCode(1) }
    }
}
