import ArgumentParser
import Foundation
import ProceedingsKit

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert summaries into interchange XML, TEI, linked data and CSV tables.",
        discussion: Self.discussion)

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
            RunFolder(URL(fileURLWithPath: $0), formats: formats, options: options, description: dataset.description(base: linkedData.base, generatedAt: options.generatedAt),
                      jobs: work.jobs, source: { sources.reference(for: $0, from: $1) })
        }
        let progress = Progress(total: batch.count * 2, label: "converting", enabled: !work.quiet && folder != nil)
        let standardOutput = StandardOutputSink(format: formats[0], options: options, sources: sources)
        let summary: BatchSummary
        do {
            summary = try Batch.stream(batch, authorities: tables.authorities, catalogue: tables.catalogue, corrections: corrections,
                                       strict: strict, lexicon: lexicon,
                                       format: inputFormat?.fileFormat, jobs: work.jobs, progress: progress.step) { (records, findings) throws(any Error) in
                for finding in findings { Terminal.error(finding.description) }
                if let folder { try folder.write(records, step: progress.step) } else { try standardOutput.write(records) }
            }
            progress.finish()
            try folder?.finish(authorityReport: summary.authorityReport)
            summary.reportTables(output: output)
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
