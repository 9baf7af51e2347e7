import ArgumentParser
import Foundation
import ProceedingsKit

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert summaries into interchange XML, TEI, linked data and CSV tables.",
        discussion: """
            Writes DIR/<record-id>.xml, .tei.xml, .ttl, .nt and .nq per input and one table group for \
            the whole run in DIR/csv/; --to tei-corpus writes the whole run as one teiCorpus, \
            DIR/tei-corpus/corpus.tei.xml, titled by --dataset-title. With one per-record format, one input and no -o, the file goes \
            to standard output. Files are replaced atomically; converting twice gives byte-identical files.

            Inputs are plain-text summaries, interchange XML, TEI, linked data written by this tool \
            (Turtle, N-Triples, N-Quads) and CSV table groups (a directory, or its csv-metadata.json), \
            recognised by content (and, for linked data, by extension) unless --from says which.

            Linked data names resources with IRIs minted under --base; no time is written unless \
            --timestamp asks for it. With -o, DIR/dataset/description.ttl describes the run's linked data in VoID \
            and DCAT (--dataset-title, --license, --publisher).

            With --authorities FILE.csv, persons, organisations, venues and issuers named in the \
            librarian's authority table carry its Wikidata, VIAF, ISNI, ORCID, ROR and GeoNames \
            identifiers, and the names that matched nothing are listed in DIR/authorities-report.csv.

            With --catalogue FILE.csv, each summary whose source file the archivist's catalogue names \
            (columns file, url, issuer, key) carries the catalogue's URL and issuing organisation, which are \
            preferred to those the text prints (the text's own are kept beside them), and is named by \
            the row's key, if it has one, instead of its file name.

            With --corrections FILE.csv, the librarian's corrections (columns file, sha256, line, fact, \
            old, new, by, date, note) are applied to each record after it is read; each row is reported \
            as applied, already true or no longer applies, and every format records what was corrected.

            Exit status: 0 every input converted (warnings are printed), 1 some input could not be \
            read, or the authority table, the catalogue or the corrections file has errors (the rest is still converted), 2 bad \
            usage, an unreadable authority table or catalogue, or output not writable.
            """)

    @Option(name: .customLong("to"), parsing: .singleValue, help: ArgumentHelp(stringLiteral: OutputFormats.help),
            transform: OutputFormats.parse)
    var formatLists: [[Format]] = []

    @Option(name: .shortAndLong, help: "Output directory.")
    var output: String?

    @OptionGroup var tables: LibrarianTablesOptions

    @Option(name: .customLong("from"), help: ArgumentHelp(
        "Input format: \(FormatArgument.allValueStrings.joined(separator: ", ")) (default: recognised; a directory or csv-metadata.json is a CSV table group).",
        valueName: "format"))
    var inputFormat: FormatArgument?

    @Option(name: .customLong("csv-profile"), help: "CSV layout: rfc4180 (the default) or excel (byte-order mark, CRLF, formula-like cells guarded).")
    var csvProfile: CSVProfileArgument = .rfc4180

    @Flag(help: "Treat every line that could not be classified, and every inference the text does not print, as an error: such an input is not converted.")
    var strict = false

    @OptionGroup var lexicon: LexiconOption

    @OptionGroup var corrections: CorrectionsOption

    @OptionGroup var linkedData: LinkedDataOptions

    @OptionGroup var dataset: DatasetOptions

    @OptionGroup var work: JobsOptions

    @Argument(help: "Summaries, exports of this tool or CSV table groups; - reads standard input.")
    var inputs: [String]

    var formats: [Format] { OutputFormats.chosen(formatLists) }

    func validate() throws {
        if output == nil, formats.count != 1 || formats[0].exporter?.isPerRecord != true {
            throw ValidationError("give an output directory with -o: only one of --to \(OutputFormats.perRecord.listed) can write to standard output")
        }
        if output == nil, inputs.count != 1 {
            throw ValidationError("give an output directory with -o to convert several inputs")
        }
        try inputFormat?.check(inputs)
    }

    func run() throws {
        let lexicon = try self.lexicon.load()
        let tables = try self.tables.load()
        let (corrections, correctionErrors) = try self.corrections.load()
        // A table group is an input like any other: its records go through the run's catalogue and identity.
        let sources = SourceLocations(inputs: inputs)
        let batch = InputFile.batch(inputs, isTableGroup: { inputFormat?.readsFolders == true || TableGroupInput.isTableGroup($0) },
                                    onRead: sources.read)
        let options = ExportOptions(base: linkedData.base, generatedAt: linkedData.generatedAt, publication: dataset.publication,
                                    title: dataset.title, csvProfile: csvProfile.profile)

        // Records stream through: each window of inputs is imported and written before the next is
        // read, into every per-record format and the collections, or, for one input, to standard output.
        let folder = output.map {
            RunFolder(URL(fileURLWithPath: $0), formats: formats, options: options, description: dataset.description(base: linkedData.base),
                      jobs: work.jobs, source: { sources.reference(for: $0, from: $1) })
        }
        let progress = Progress(total: batch.count * 2, label: "converting", enabled: !work.quiet && folder != nil)
        var printed = false
        let summary: BatchSummary
        do {
            summary = try Batch.stream(batch, authorities: tables.authorities, catalogue: tables.catalogue, corrections: corrections,
                                       strict: strict, lexicon: lexicon,
                                       format: inputFormat?.fileFormat, jobs: work.jobs, progress: progress.step) { (records, findings) throws(any Error) in
                for finding in findings { Terminal.error(finding.description) }
                if let folder {
                    try folder.write(records, step: progress.step)
                } else if !printed, let record = records.first {
                    // On standard output the TEI is seen from the current folder, where a redirection writes it.
                    let source = sources.reference(for: record, from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                    FileHandle.standardOutput.write(Data(try formats[0].export(record, options: options, source: source)))
                    printed = true
                }
            }
            progress.finish()
            try folder?.finish(authorityReport: summary.authorityReport)
            for finding in summary.catalogue?.findings ?? [] { Terminal.error(finding.description) }
            if let report = summary.authorityReport {
                Terminal.error(report.summary(reportPath: output.map { ($0 as NSString).appendingPathComponent(AuthorityReport.fileName) }))
            }
            if let catalogue = summary.catalogue { Terminal.error(catalogue.summary) }
            if let run = summary.corrections { Terminal.error(run.summary) }
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
        if let output, let folder {
            Terminal.error("converted \(folder.count) record\(folder.count == 1 ? "" : "s") from \(inputs.count) input\(inputs.count == 1 ? "" : "s") into \(output)")
        }
        if !summary.failed.isEmpty || !summary.incomplete.isEmpty || tables.hasErrors || correctionErrors {
            throw ExitCode(1)
        }
    }
}
