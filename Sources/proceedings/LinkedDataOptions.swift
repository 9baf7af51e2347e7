import ArgumentParser
import Foundation
import ProceedingsKit

/// `--base` and `--from ttl|nt|nq`, shared by convert and publish.
struct LinkedDataOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Base of minted IRIs; an absolute IRI ending with / or #.", valueName: "iri"))
    var base: String = LinkedData.defaultBase

    @Option(name: .customLong("from"), help: ArgumentHelp(
        "Input format: text, ttl, nt or nq (default: by file extension, .ttl .nt .nq, then by content, else text).",
        valueName: "format"))
    var inputFormat: InputFormat?

    @Flag(help: "Record the time of generation in the linked data (prov:generatedAtTime); without it the same input gives the same bytes.")
    var timestamp = false

    /// Taken once, so that every graph of a run names the same time.
    var generatedAt: Date? { timestamp ? Date() : nil }

    enum InputFormat: String, CaseIterable, ExpressibleByArgument {
        case text, ttl, nt, nq
    }

    func validate() throws {
        do {
            try LinkedData.checkBase(base)
        } catch {
            throw ValidationError("--base: \(error)")
        }
    }

    /// Linked data is read back by the RDF importer; anything else by the plain-text one.
    func reader(strict: Bool) -> Batch.Reader {
        { [inputFormat] input in
            let syntax: RDFSyntax? = switch inputFormat {
            case .text?: nil
            case let format?: RDFSyntax(rawValue: format.rawValue)
            case nil: LinkedData.syntax(forFileName: input.name) ?? LinkedData.sniff(input.bytes)
            }
            guard let syntax else {
                let result = PlainTextImporter.importRecord(input.bytes, fileName: input.name, strict: strict)
                return (result.record, result.findings)
            }
            return LinkedData.importRecord(input.bytes, syntax: syntax, fileName: input.name)
        }
    }
}
