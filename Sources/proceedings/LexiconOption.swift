import ArgumentParser
import Foundation
import ProceedingsKit

/// `--lexicon FILE`: a librarian's own cues, in the form of the built-in lexicon, added to it for
/// reading plain-text summaries. A file that cannot be read or holds a bad entry stops the command
/// with status 2, each problem named by line and column.
struct LexiconOption: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "Cues of your own for reading summaries (JSON, in the form of Resources/genre-lexicon.json), added to the built-in ones.",
        valueName: "file.json"))
    var file: String?

    func load() throws -> GenreLexicon {
        guard let file else { return .builtIn }
        guard let data = FileManager.default.contents(atPath: file) else {
            Terminal.error("\(file): error: cannot read the lexicon")
            throw ExitCode(2)
        }
        let (lexicon, findings) = GenreLexicon.extended(with: [UInt8](data), fileName: file)
        for finding in findings { Terminal.error(finding.description) }
        guard let lexicon else { throw ExitCode(2) }
        return lexicon
    }
}
