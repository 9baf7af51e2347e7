import Foundation
import ProceedingsKit

/// Where `convert` puts a run that has no output folder: the one record, in the one format asked for, on standard output.
final class StandardOutputSink {
    private var printed = false
    let format: Format
    let options: ExportOptions
    let sources: SourceLocations

    init(format: Format, options: ExportOptions, sources: SourceLocations) {
        (self.format, self.options, self.sources) = (format, options, sources)
    }

    func write(_ records: [Record]) throws {
        guard !printed, let record = records.first else { return }
        // On standard output the TEI is seen from the current folder, where a redirection writes it.
        let source = sources.reference(for: record, from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        FileHandle.standardOutput.write(Data(try format.export(record, options: options, source: source)))
        printed = true
    }
}

extension BatchSummary {
    /// What the librarian's tables made of the run, on standard error: the catalogue's findings, the authority report, and a
    /// line each for the authority table, the catalogue and the corrections file.
    func reportTables(output: String?) {
        for finding in catalogue?.findings ?? [] { Terminal.error(finding.description) }
        if let authorityReport {
            Terminal.error(authorityReport.summary(reportPath: output.map { ($0 as NSString).appendingPathComponent(AuthorityReport.fileName) }))
        }
        if let catalogue { Terminal.error(catalogue.summary) }
        if let corrections { Terminal.error(corrections.summary) }
    }
}
