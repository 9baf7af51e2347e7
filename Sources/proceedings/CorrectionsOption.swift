import ArgumentParser
import Foundation
import ProceedingsKit

/// `--corrections FILE.csv`, shared by convert, publish and inspect: the librarian's corrections,
/// applied to each record after its importer. A file that cannot be read stops the command
/// (exit 2); a bad row is printed and marks the run (exit 1), the other rows still apply.
struct CorrectionsOption: ParsableArguments {
    @Option(name: .customLong("corrections"), help: ArgumentHelp(
        "The librarian's corrections (CSV: file, sha256, line, fact, old, new, by, date, note), applied after reading each input.",
        valueName: "file.csv"))
    var file: String?

    func load() throws -> (file: CorrectionsFile?, hasErrors: Bool) {
        try LibrarianInput.load(file, naming: "corrections file") { CorrectionsFile.parse($0, fileName: $1) }
    }
}
