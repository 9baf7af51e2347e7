import ArgumentParser
import Foundation
import ProceedingsKit

/// What `convert` says of the dataset it writes (`DIR/dataset/description.ttl`, VoID and DCAT).
struct DatasetOptions: ParsableArguments {
    @Option(name: .customLong("dataset-title"), help: ArgumentHelp("Title of the dataset in DIR/dataset/description.ttl, and of the TEI corpus (--to tei-corpus).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Licence of the dataset, an IRI (e.g. https://creativecommons.org/licenses/by/4.0/); also the TEI's (publicationStmt/availability/licence).", valueName: "iri"))
    var license: String?

    @Option(help: ArgumentHelp("Who publishes the dataset, by name; also the TEI's publisher.", valueName: "name"))
    var publisher: String?

    func validate() throws {
        if let license {
            do { try IRI.check(license) } catch { throw ValidationError("--license: \(error)") }
        }
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--dataset-title: a title is never empty") }
    }

    /// The TEI's publicationStmt says the same of every file as the dataset's description says of the run.
    var publication: TEI.Publication { TEI.Publication(publisher: publisher, licence: license) }

    func description(base: String, generatedAt: Date?) -> DatasetDescription {
        DatasetDescription(base: base, title: title ?? DatasetDescription.defaultTitle, license: license, publisher: publisher,
                           generatedAt: generatedAt)
    }
}
