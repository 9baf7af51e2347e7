import ArgumentParser
import Foundation
import ProceedingsKit

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what was extracted from a plain-text summary, and every line that was not understood.",
        discussion: """
            With --corrections FILE.csv, the outline shows the record with the librarian's corrections \
            applied, and each row for the summary is reported as applied, already true or no longer applies.

            Exit status: 0 the summary was read, 1 it could not be read as a summary or the corrections \
            file has errors, 2 bad usage or an unreadable corrections file.
            """)

    @Flag(help: "List every input line with what it became, and the share of non-blank lines classified.")
    var coverage = false

    @Flag(help: "Show each fact with its line and the cue of the lexicon that produced it.")
    var explain = false

    @Flag(help: "Treat every line that could not be classified, and every inference the text does not print, as an error.")
    var strict = false

    @OptionGroup var lexicon: LexiconOption

    @OptionGroup var corrections: CorrectionsOption

    @Argument(help: "A plain-text summary, or - for standard input.")
    var input: String

    func run() throws {
        let (bytes, name) = try InputFile.read(input)
        let (corrections, correctionErrors) = try self.corrections.load()
        let result = PlainTextImporter.importRecord(bytes, fileName: name, strict: strict, lexicon: try lexicon.load())
        var record = result.record
        var correctionFindings: [Finding] = []
        var correctionSummary: String?
        if let corrections, let read = record {
            var run = CorrectionsFile.Run(corrections)
            (record, correctionFindings) = run.apply(read)
            correctionSummary = run.summary
        }
        if explain {
            // Shown even when --strict rejects the record: it says why each fact was read.
            for explanation in result.explanations { print(explanation) }
        } else if coverage {
            // Coverage is about the lines, so it is shown even when --strict rejects the record.
            print(Coverage.render(result.lines), terminator: "")
        } else if let record {
            print(Outline.render(record), terminator: "")
        }
        for finding in result.findings { Terminal.error(finding.description) }
        for finding in correctionFindings { Terminal.error(finding.description) }
        if let correctionSummary { Terminal.error(correctionSummary) }
        if record == nil || correctionErrors { throw ExitCode(1) }
    }
}
