import ArgumentParser
import Foundation
import ProceedingsKit

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case xml, csv, ttl, nt, nq

    /// Linked-data formats are written by serd; the others have exporters of their own.
    var rdfSyntax: RDFSyntax? { RDFSyntax(rawValue: rawValue) }
}

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert plain-text summaries into interchange XML, CSV tables and linked data.",
        discussion: """
            Writes DIR/<record-id>.xml per input and one table group for the whole run in DIR/csv/. \
            With one of --to xml, ttl, nt or nq, one input and no -o, the output goes to standard \
            output. Files are replaced atomically; converting twice gives byte-identical files.

            --to ttl, nt and nq write linked data, DIR/<record-id>.ttl|.nt|.nq, with IRIs minted under \
            --base; no time is written unless --timestamp asks for it. Inputs may be linked data \
            written by this tool: --from ttl|nt|nq, or by file extension or content.

            With --authorities FILE.csv, persons and organisations named in the librarian's authority \
            table carry its Wikidata, VIAF, ISNI, ORCID and ROR identifiers, and the names that matched \
            nothing are listed in DIR/authorities-report.csv.

            Exit status: 0 every input converted (warnings are printed), 1 some input could not be \
            read as a summary, or the authority table has errors (the rest is still converted), 2 bad \
            usage, an unreadable authority table, or output not writable.
            """)

    @Option(name: .customLong("to"), parsing: .singleValue,
            help: "Formats, comma-separated: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")) (default: all).",
            transform: Convert.formats)
    var formatLists: [[OutputFormat]] = []

    @Option(name: .shortAndLong, help: "Output directory.")
    var output: String?

    @Option(name: .customLong("authorities"), help: ArgumentHelp(
        "Authority table (CSV: name, kind, wikidata, viaf, isni, orcid, ror).", valueName: "file.csv"))
    var authorityFile: String?

    @Flag(help: "Treat every line that could not be classified as an error: such an input is not converted.")
    var strict = false

    @OptionGroup var linkedData: LinkedDataOptions

    @Argument(help: "Plain-text summaries; - reads standard input.")
    var inputs: [String]

    static func formats(_ text: String) throws -> [OutputFormat] {
        try text.split(separator: ",").map { name in
            guard let format = OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("unknown format '\(name)'; choose from \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return format
        }
    }

    var formats: [OutputFormat] {
        let chosen = formatLists.flatMap { $0 }
        return chosen.isEmpty ? OutputFormat.allCases : OutputFormat.allCases.filter(chosen.contains)
    }

    func validate() throws {
        if output == nil, formats.count != 1 || formats == [.csv] {
            throw ValidationError("give an output directory with -o: only --to xml, ttl, nt or nq can write to standard output")
        }
        try linkedData.validate()
        if output == nil, inputs.count != 1 {
            throw ValidationError("give an output directory with -o to convert several inputs")
        }
    }

    func run() throws {
        var authorities: AuthorityTable?
        var authorityErrors = false
        if let authorityFile {
            guard let data = FileManager.default.contents(atPath: authorityFile) else {
                Terminal.error("\(authorityFile): error: cannot read the authority table")
                throw ExitCode(2)
            }
            let (table, findings) = AuthorityTable.parse([UInt8](data), fileName: authorityFile)
            for finding in findings { Terminal.error(finding.description) }
            authorityErrors = findings.hasErrors
            authorities = table
        }
        var inputsRead: [BatchInput] = []
        var unreadable = false
        for path in inputs {
            do {
                let (bytes, name) = try InputFile.read(path)
                inputsRead.append(BatchInput(name: name, bytes: bytes))
            } catch {
                Terminal.error("\(path): error: cannot read file")
                unreadable = true
            }
        }
        let result = Batch.importAll(inputsRead, authorities: authorities, strict: strict, reader: linkedData.reader(strict: strict))
        for finding in result.findings { Terminal.error(finding.description) }

        guard let output else {
            if let record = result.records.first {
                do {
                    FileHandle.standardOutput.write(Data(try formats[0].rdfSyntax.map {
                        try LinkedData.export(record, syntax: $0, base: linkedData.base, generatedAt: linkedData.generatedAt)
                    } ?? InterchangeXML.export(record)))
                } catch {
                    Terminal.error("proceedings: \(error)")
                    throw ExitCode(2)
                }
            }
            if let report = result.authorityReport { Terminal.error(report.summary(reportPath: nil)) }
            if unreadable || !result.failed.isEmpty || authorityErrors { throw ExitCode(1) }
            return
        }
        let directory = URL(fileURLWithPath: output)
        let generatedAt = linkedData.generatedAt
        do {
            if formats.contains(.xml) {
                for record in result.records {
                    try AtomicFile.write(InterchangeXML.export(record),
                                         to: directory.appendingPathComponent("\(record.id).xml"))
                }
            }
            for syntax in formats.compactMap(\.rdfSyntax) {
                for record in result.records {
                    try AtomicFile.write(try LinkedData.export(record, syntax: syntax, base: linkedData.base, generatedAt: generatedAt),
                                         to: directory.appendingPathComponent("\(record.id).\(syntax.fileExtension)"))
                }
            }
            if formats.contains(.csv), !result.records.isEmpty {
                for table in try CSVTables.export(result.records) {
                    try AtomicFile.write(table.bytes, to: directory.appendingPathComponent("csv").appendingPathComponent(table.file))
                }
            }
            if let report = result.authorityReport {
                let url = directory.appendingPathComponent(AuthorityReport.fileName)
                try AtomicFile.write(try report.csv(), to: url)
                Terminal.error(report.summary(reportPath: (output as NSString).appendingPathComponent(AuthorityReport.fileName)))
            }
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
        let converted = result.records.count
        Terminal.error("converted \(converted) of \(inputs.count) input\(inputs.count == 1 ? "" : "s") into \(output)")
        if unreadable || !result.failed.isEmpty || authorityErrors { throw ExitCode(1) }
    }
}
