import ArgumentParser
import Foundation
import ProceedingsKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate submissions: every format, recognised by content, against schemas and content rules.",
        discussion: """
            Files and folders (walked recursively) may hold interchange XML, TEI, Turtle, N-Triples, \
            N-Quads, CSV table groups (a folder with csv-metadata.json) or plain-text summaries; the \
            format is recognised from the content. XML is checked against its XSD in-process (the \
            project's schemas, TEI All with --schema tei-all, or any XSD with --schema PATH), TEI also \
            against TEI's Schematron rules (TEI All's with --schema tei-all, the profile's otherwise), \
            every XML file against each --schematron schema, and every record against content rules no \
            schema can express. An expression of a Schematron schema that cannot be evaluated is a \
            finding on the schema.

            Reports: text (FILE:LINE:COL: SEVERITY: MESSAGE [RULE], then a summary line), json \
            (Schemas/report.schema.json), sarif (SARIF 2.1.0) and junit (one test case per file). \
            Without --report, problems and the summary go to standard error and valid files are listed \
            on standard output.

            Exit status: 0 every file is valid, 1 some file is invalid or unreadable, 2 validation \
            could not run (bad usage, a schema that cannot be loaded). Warnings fail only with --strict.
            """)

    @Option(help: ArgumentHelp("project (the project's schemas, by namespace), tei-all (the official TEI All), or the path of any XSD.",
                               valueName: "schema"))
    var schema: SchemaArgument = .project

    @OptionGroup var schematron: SchematronOptions

    @Option(name: .customLong("report"), help: ArgumentHelp("text, json, sarif or junit; FORMAT=PATH writes it to a file. Repeatable.",
                                                            valueName: "format[=path]"))
    var reports: [ReportArgument] = []

    @Flag(help: "Warnings make a file invalid too.")
    var strict = false

    @OptionGroup var lexicon: LexiconOption

    @Option(help: ArgumentHelp("Copy each file that fails, with its report, into this directory.", valueName: "dir"))
    var quarantine: String?

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Largest file read, in bytes (suffixes K, M, G; default 64M).", valueName: "size"))
    var maxSize: String = "64M"

    @OptionGroup var work: JobsOptions

    @Argument(help: "Files or folders to validate, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if reports.filter({ $0.path == nil }).count > 1 {
            throw ValidationError("only one --report can go to standard output; give the others a path: --report json=report.json")
        }
        guard ByteSize.parse(maxSize) != nil else { throw ValidationError("--max-size: not a size: \(maxSize)") }
    }

    func run() throws {
        let lexicon = try self.lexicon.load()
        let validator: SubmissionValidator
        do {
            validator = try SubmissionValidator(schema: schema.choice(schemas: schematron.schemas), schematrons: schematron.schematrons,
                                                phase: schematron.phase, limits: .init(maxSize: ByteSize.parse(maxSize)!), lexicon: lexicon)
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
        let standardInput = inputs.contains("-") ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : nil
        let items = SubmissionValidator.expand(inputs.filter { $0 != "-" })
        let progress = Progress(total: items.count, label: "validating", enabled: !work.quiet)
        var files = Parallel.map(items, jobs: work.jobs) { item in
            defer { progress.step() }
            return validator.validate(item)
        }
        progress.finish()
        if let standardInput {
            files.insert(validator.validate(standardInput, name: "<stdin>"), at: inputs.firstIndex(of: "-")!)
        }
        // Findings on a Schematron schema come first: they say what was not checked in any file.
        let report = ValidationReport(files: validator.schemaReports + files, strict: strict)
        do {
            try write(report)
            if let quarantine { try Quarantine.write(report, strict: strict, into: URL(fileURLWithPath: quarantine)) }
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
        if report.files.contains(where: { $0.status(strict: strict) != .valid }) { throw ExitCode(1) }
    }

    private func write(_ report: ValidationReport) throws {
        if reports.isEmpty {
            for file in report.files {
                for finding in file.findings { Terminal.error("\(finding.description) [\(finding.rule)]") }
                if file.status(strict: strict) == .valid, file.format != SubmissionValidator.schematronFormat { print("\(file.path): valid") }
            }
            Terminal.error(report.summary)
            return
        }
        for choice in reports {
            let bytes = try report.render(choice.format)
            if let path = choice.path {
                try AtomicFile.write(bytes, to: URL(fileURLWithPath: path))
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }
}
