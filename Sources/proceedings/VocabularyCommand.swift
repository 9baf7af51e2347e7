import ArgumentParser
import Foundation
import ProceedingsKit

/// Writes what the code defines of the linked data's vocabulary, so that no file drifts from it:
/// the ontology of the project's terms, its page, the SKOS scheme of the roles and the shapes' list
/// of them. `make samples` runs it and tests compare the committed files.
struct VocabularyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocabulary",
        abstract: "Write the ontology (Schemas/proceedings-vocab.ttl), its page, the roles scheme (Schemas/roles.ttl) and the shapes' roles.",
        shouldDisplay: false)

    @Option(name: .shortAndLong, help: "The ontology, in Turtle.")
    var output: String

    @Option(help: "The page documenting the terms, in Markdown.")
    var markdown: String?

    @Option(help: "The SKOS scheme of the roles, in Turtle.")
    var roles: String?

    @Option(help: "The SHACL shapes, whose list of roles is written from the roles scheme.")
    var shapes: String?

    func run() throws {
        do {
            try AtomicFile.write(try LinkedData.vocabularyTurtle(), to: URL(fileURLWithPath: output))
            if let markdown {
                try AtomicFile.write(Array(LinkedData.vocabularyMarkdown().utf8), to: URL(fileURLWithPath: markdown))
            }
            if let roles { try AtomicFile.write(try LinkedData.roleSchemeTurtle(), to: URL(fileURLWithPath: roles)) }
            if let shapes {
                let url = URL(fileURLWithPath: shapes)
                guard let written = LinkedData.shapes(withRolesOf: try String(contentsOf: url, encoding: .utf8)) else {
                    throw ValidationError("\(shapes) has no line of roles after \"\(LinkedData.shapesRolesMarker)\"")
                }
                try AtomicFile.write(Array(written.utf8), to: url)
            }
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
    }
}
