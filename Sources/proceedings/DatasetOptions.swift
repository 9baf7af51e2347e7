import ArgumentParser
import Foundation
import ProceedingsKit

/// What `convert` says of the dataset it writes (`DIR/dataset/description.ttl`, VoID and DCAT).
struct DatasetOptions: ParsableArguments {
    @Option(name: .customLong("dataset-title"), help: ArgumentHelp("Title of the dataset in DIR/dataset/description.ttl, and of the TEI corpus (--to tei-corpus).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Licence of the dataset, an IRI (e.g. https://creativecommons.org/licenses/by/4.0/).", valueName: "iri"))
    var license: String?

    @Option(help: ArgumentHelp("Who publishes the dataset, by name.", valueName: "name"))
    var publisher: String?

    func validate() throws {
        if let license {
            do { try IRI.check(license) } catch { throw ValidationError("--license: \(error)") }
        }
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--dataset-title: a title is never empty") }
    }

    func description(base: String) -> DatasetDescription {
        DatasetDescription(base: base, title: title ?? DatasetDescription.defaultTitle, license: license, publisher: publisher)
    }
}
