import ArgumentParser
import Foundation
import ProceedingsKit

/// Writes the ontology of the project's terms and its page from their one definition, so that
/// neither drifts from the code; `make samples` runs it and a test compares the committed files.
struct VocabularyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocabulary",
        abstract: "Write the ontology of the proceedings: vocabulary (Schemas/proceedings-vocab.ttl) and its page.",
        shouldDisplay: false)

    @Option(name: .shortAndLong, help: "The ontology, in Turtle.")
    var output: String

    @Option(help: "The page documenting the terms, in Markdown.")
    var markdown: String?

    func run() throws {
        do {
            try AtomicFile.write(try LinkedData.vocabularyTurtle(), to: URL(fileURLWithPath: output))
            if let markdown {
                try AtomicFile.write(Array(LinkedData.vocabularyMarkdown().utf8), to: URL(fileURLWithPath: markdown))
            }
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
    }
}
