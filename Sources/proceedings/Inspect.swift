import ArgumentParser
import Foundation
import ProceedingsKit

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what was extracted from a plain-text summary, and every line that was not understood.")

    @Option(name: .customLong("coverage"), help: "List every input line with what it became, and the share classified.")
    var coverage = false

    @Argument(help: "A plain-text summary, or - for standard input.")
    var input: String

    func run() throws {
        let (bytes, name) = try InputFile.read(input)
        let result = PlainTextImporter.importRecord(bytes, fileName: name)
        if let record = result.record { print(Outline.render(record), terminator: "") }
        for finding in result.findings { Terminal.error(finding.description) }
        if result.record == nil { throw ExitCode(1) }
    }
}
