import ArgumentParser
import Foundation
import ProceedingsKit

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what was extracted from a plain-text summary, and every line that was not understood.",
        discussion: "Exit status: 0 the summary was read, 1 it could not be read as a summary, 2 bad usage.")

    @Flag(help: "List every input line with what it became, and the share of non-blank lines classified.")
    var coverage = false

    @Flag(help: "Show each fact with its line and the cue of the lexicon that produced it.")
    var explain = false

    @Flag(help: "Treat every line that could not be classified, and every inference the text does not print, as an error.")
    var strict = false

    @OptionGroup var lexicon: LexiconOption

    @Argument(help: "A plain-text summary, or - for standard input.")
    var input: String

    func run() throws {
        let (bytes, name) = try InputFile.read(input)
        let result = PlainTextImporter.importRecord(bytes, fileName: name, strict: strict, lexicon: try lexicon.load())
        if explain {
            // Shown even when --strict rejects the record: it says why each fact was read.
            for explanation in result.explanations { print(explanation) }
        } else if coverage {
            // Coverage is about the lines, so it is shown even when --strict rejects the record.
            print(Coverage.render(result.lines), terminator: "")
        } else if let record = result.record {
            print(Outline.render(record), terminator: "")
        }
        for finding in result.findings { Terminal.error(finding.description) }
        if result.record == nil { throw ExitCode(1) }
    }
}
