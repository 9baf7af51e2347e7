import ArgumentParser
import Foundation
import ProceedingsKit

/// Writes what the code defines of the linked data's vocabulary, so that no file drifts from it:
/// the ontology of the project's terms, its page, and the SKOS scheme of the roles. `make samples`
/// runs it and tests compare the committed files.
struct VocabularyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocabulary",
        abstract: "Write the ontology (Schemas/proceedings-vocab.ttl), its page and the roles scheme (Schemas/roles.ttl).",
        shouldDisplay: false)

    @Option(name: .shortAndLong, help: "The ontology, in Turtle.")
    var output: String

    @Option(help: "The page documenting the terms, in Markdown.")
    var markdown: String?

    @Option(help: "The SKOS scheme of the roles, in Turtle.")
    var roles: String?

    func run() throws {
        do {
            try AtomicFile.write(try LinkedData.vocabularyTurtle(), to: URL(fileURLWithPath: output))
            if let markdown {
                try AtomicFile.write(Array(LinkedData.vocabularyMarkdown().utf8), to: URL(fileURLWithPath: markdown))
            }
            if let roles { try AtomicFile.write(try LinkedData.roleSchemeTurtle(), to: URL(fileURLWithPath: roles)) }
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
    }
}
