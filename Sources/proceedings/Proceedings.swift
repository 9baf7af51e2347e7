import ArgumentParser
import ProceedingsKit

@main
struct Proceedings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proceedings",
        abstract: "Turn summaries of conferences and meetings into archival and linked-data formats, and check them.",
        discussion: """
            Exit status of every command: 0 success, 1 a problem in the input (reported as \
            FILE:LINE:COL: error: MESSAGE), 2 the command could not run (bad usage, a missing \
            schema, an unwritable output directory).
            """,
        version: ProceedingsKit.version,
        subcommands: [Convert.self, Validate.self, Inspect.self, Publish.self, VocabularyCommand.self, TEISchematronCommand.self, Serve.self, Diff.self])

    /// ArgumentParser exits with 64 on bad usage; this tool promises 2 for anything that kept it from running.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.error(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
