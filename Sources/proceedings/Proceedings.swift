import ArgumentParser
import ProceedingsKit

@main
struct Proceedings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proceedings",
        abstract: "Turn summaries of conferences and meetings into archival and linked-data formats, and check them.",
        version: ProceedingsKit.version,
        subcommands: [Convert.self, Validate.self, Inspect.self])
}
