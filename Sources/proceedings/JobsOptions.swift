import ArgumentParser
import Foundation

/// `--jobs` and `--quiet`, shared by convert and validate: how many inputs are worked on at once,
/// and whether a terminal shows their progress. Neither changes what the command writes.
struct JobsOptions: ParsableArguments {
    @Option(help: "Inputs worked on at once (default: the number of cores). What is written is the same whatever the number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress bar on a terminal.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}
