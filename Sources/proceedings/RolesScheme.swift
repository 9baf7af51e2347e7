import ArgumentParser
import Foundation
import ProceedingsKit

/// Writes `Schemas/roles.ttl` from the controlled list of roles, so that the scheme never drifts
/// from the code; `make samples` runs it and a test compares the committed file.
struct RolesScheme: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles-scheme",
        abstract: "Write the SKOS scheme of the roles (Schemas/roles.ttl).",
        shouldDisplay: false)

    @Option(name: .shortAndLong, help: "Output file.")
    var output: String

    func run() throws {
        do {
            try AtomicFile.write(try LinkedData.roleSchemeTurtle(), to: URL(fileURLWithPath: output))
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
    }
}
