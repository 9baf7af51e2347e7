import ArgumentParser
import Foundation
import ProceedingsKit

/// Writes the profile's share of TEI All's Schematron rules (`Schemas/tei-proceedings.sch`) from the
/// official tei_all.rng, so that the default validation applies TEI's rules without the rng at hand.
/// `make tei-profile-schematron` runs it and a test compares the committed file.
struct TEISchematronCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tei-schematron",
        abstract: "Write the TEI rules that concern the profile's elements (Schemas/tei-proceedings.sch) from tei_all.rng.",
        shouldDisplay: false)

    @Option(help: "The official tei_all.rng (default: $PROCEEDINGS_TEI_RNG, else .tools/tei/tei_all.rng).")
    var rng: String?

    @Option(help: "The profile's XSD, whose elements select the rules (default: the installed profile, found as validate finds it).")
    var profile: String?

    @Option(name: .shortAndLong, help: "The Schematron schema to write.")
    var output: String

    func run() throws {
        do {
            let bytes = try TEISchematron.profileSchema(rng: try rng ?? TEISchematron.locateRNG(), profileXSD: try profile ?? SchemaLocator.locate(TEI.schemaFileName))
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: output))
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
    }
}
