import ArgumentParser
import Foundation
import ProceedingsKit

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Put the linked data of summaries into a store through the SPARQL 1.1 Graph Store Protocol.",
        discussion: """
            Each document's graph is sent whole in one PUT to ENDPOINT?graph=<graph>, which replaces \
            the graph: publishing twice changes nothing, and a failed request leaves that graph as it \
            was. Graphs are named as in N-Quads, <base><record-id>/graph; with --graph IRI, all \
            documents of the run go into that one graph in one request. Then the run's description of \
            the dataset (VoID and DCAT, as convert writes it in DIR/dataset/) goes into a graph of its \
            own, <base>dataset/<version>/description, named by what the run published.

            Exit status: 0 every document published, 1 some input could not be read (the others are \
            published) or the authority table, the catalogue or the corrections file has errors, 2 bad usage, or the store is down, refused a graph or did not answer in time \
            (the documents not published are listed).
            """)

    @Option(help: ArgumentHelp("The store's Graph Store endpoint, e.g. http://127.0.0.1:7878/store.", valueName: "url"))
    var endpoint: String

    @Option(help: ArgumentHelp("Put every document into this one graph.", valueName: "iri"))
    var graph: String?

    @Option(help: ArgumentHelp("Seconds to wait for the store, for each request.", valueName: "seconds"))
    var timeout: Double = 30

    @OptionGroup var tables: LibrarianTablesOptions

    @Flag(help: "Treat every line that could not be classified as an error: such an input is not published.")
    var strict = false

    @OptionGroup var lexicon: LexiconOption

    @OptionGroup var corrections: CorrectionsOption

    @Option(name: .customLong("from"), help: ArgumentHelp(
        "Input format: \(FormatRegistry.standard.readable.listed) (default: recognised from the content and, for linked data, the extension; a directory or csv-metadata.json is a CSV table group).",
        valueName: "format"))
    var inputFormat: FormatArgument?

    @OptionGroup var linkedData: LinkedDataOptions

    @OptionGroup var dataset: DatasetOptions

    @Argument(help: "Summaries, exports of this tool or CSV table groups; - reads standard input.")
    var inputs: [String]

    func validate() throws {
        try inputFormat?.check(inputs)
        // IRIs that go into a store are for keeps: under the shared default, two libraries' records
        // of one file name would be one resource, and nobody can make them dereference.
        guard linkedData.base != LinkedData.defaultBase else {
            throw ValidationError("publish needs --base: the IRI namespace your IRIs will live under, one you control "
                + "(e.g. https://w3id.org/YOUR-PROJECT/id/ or https://data.example.org/proceedings/); the default "
                + "\(LinkedData.defaultBase) is for trying the tool, and no one answers for it")
        }
        guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout must be between 0 and 3600 seconds") }
        do {
            _ = try GraphStore(endpoint: endpoint, timeout: timeout)
            if let graph { try IRI.check(graph) }
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let tables = try self.tables.load()
        let (corrections, correctionErrors) = try self.corrections.load()
        // As in convert: a table group's records go through the run's catalogue and identity.
        let batch = InputFile.batch(inputs) { inputFormat?.readsFolders == true || TableGroupInput.isTableGroup($0) }
        var result = Batch.importAll(batch, authorities: tables.authorities, catalogue: tables.catalogue, corrections: corrections, strict: strict,
                                     lexicon: try lexicon.load(), format: inputFormat?.fileFormat)
        let catalogueSummary = CatalogueInput.finish(&result)
        for finding in result.findings { Terminal.error(finding.description) }
        if let catalogueSummary { Terminal.error(catalogueSummary) }
        if let run = result.corrections { Terminal.error(run.summary) }

        let store = try GraphStore(endpoint: endpoint, timeout: timeout)
        let uploads: [GraphUpload]
        do {
            let generatedAt = linkedData.generatedAt
            uploads = try LinkedData.uploads(result.records, base: linkedData.base, graph: graph, generatedAt: generatedAt,
                                             description: dataset.description(base: linkedData.base, generatedAt: generatedAt))
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
        for (index, upload) in uploads.enumerated() {
            do {
                try store.put(graph: upload.graph, body: upload.body, mediaType: upload.mediaType)
                Terminal.error("published \(upload.recordIds.isEmpty ? "the dataset's description" : upload.recordIds.joined(separator: ", ")) into <\(upload.graph)>")
            } catch {
                Terminal.error("proceedings: error: \(error)")
                let left = uploads[index...].flatMap(\.recordIds)
                Terminal.error("not published: \(left.joined(separator: ", "))")
                throw ExitCode(2)
            }
        }
        let published = uploads.flatMap(\.recordIds).count
        // A table group is one input of many records, so records and inputs are counted apart, as convert does.
        Terminal.error("published \(published) record\(published == 1 ? "" : "s") from \(inputs.count) input\(inputs.count == 1 ? "" : "s") to \(endpoint)")
        if !result.failed.isEmpty || tables.hasErrors || correctionErrors {
            throw ExitCode(1)
        }
    }
}
