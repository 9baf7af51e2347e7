import ArgumentParser
import Foundation
import ProceedingsKit

/// `--base` and `--timestamp`, shared by convert and publish.
struct LinkedDataOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Base of minted IRIs; an absolute IRI ending with /, without a fragment.", valueName: "iri"))
    var base: String = LinkedData.defaultBase

    @Flag(help: "Record the time of generation in the linked data (prov:generatedAtTime) and the TEI (revisionDesc/change/@when); without it the same input gives the same bytes.")
    var timestamp = false

    /// Taken once, so that every graph of a run names the same time.
    var generatedAt: Date? { timestamp ? Date() : nil }

    func validate() throws {
        do {
            try LinkedData.checkBase(base)
        } catch {
            throw ValidationError("--base: \(error)")
        }
    }
}
