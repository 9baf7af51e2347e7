import ArgumentParser
import Foundation
import ProceedingsKit

/// `--schema`: the project's schemas chosen by namespace, the official TEI All, or any XSD.
enum SchemaArgument: ExpressibleByArgument {
    case project
    case teiAll
    case path(String)

    init?(argument: String) {
        switch argument {
        case "project": self = .project
        case "tei-all": self = .teiAll
        default: self = .path(argument)
        }
    }

    static let allValueStrings = ["project", "tei-all", "PATH"]
}

/// `--report FORMAT` (standard output) or `--report FORMAT=PATH`.
struct ReportArgument: ExpressibleByArgument {
    var format: ValidationReport.Format
    var path: String?

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard let format = ValidationReport.Format(rawValue: parts[0]) else { return nil }
        self.format = format
        self.path = parts.count > 1 ? parts[1] : nil
    }
}

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

    @Option(help: "Directory holding the project's schemas (default: $PROCEEDINGS_SCHEMAS, the install prefix, then the source tree).")
    var schemas: String?

    @Option(name: .customLong("schematron"), help: ArgumentHelp("An ISO Schematron schema applied to every XML file (local includes only). Repeatable.", valueName: "file.sch"))
    var schematrons: [String] = []

    @Option(help: ArgumentHelp("The Schematron phase to run (default: each schema's defaultPhase, else #ALL).", valueName: "name"))
    var phase: String?

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

    @Option(help: "Files validated at once (default: the number of cores). The report is the same whatever the number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress bar on a terminal.")
    var quiet = false

    @Argument(help: "Files or folders to validate, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if reports.filter({ $0.path == nil }).count > 1 {
            throw ValidationError("only one --report can go to standard output; give the others a path: --report json=report.json")
        }
        guard Self.bytes(maxSize) != nil else { throw ValidationError("--max-size: not a size: \(maxSize)") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        // A phase names patterns of a schema: without one it would be silently ignored.
        if phase != nil, schematrons.isEmpty { throw ValidationError("--phase needs a schema: give it with --schematron FILE.sch") }
    }

    static func bytes(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        if let unit = text.last.flatMap({ units[Character($0.uppercased())] }) {
            return Int(text.dropLast()).map { $0 * unit }
        }
        return Int(text)
    }

    func run() throws {
        let lexicon = try self.lexicon.load()
        let validator: SubmissionValidator
        do {
            let choice: SubmissionValidator.Schema = switch schema {
            case .project: .project(directory: schemas)
            case .teiAll: .teiAll
            case .path(let path): .custom(path: path)
            }
            validator = try SubmissionValidator(schema: choice, schematrons: schematrons, phase: phase, limits: .init(maxSize: Self.bytes(maxSize)!), lexicon: lexicon)
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
        let standardInput = inputs.contains("-") ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : nil
        let items = SubmissionValidator.expand(inputs.filter { $0 != "-" })
        let progress = Progress(total: items.count, label: "validating", enabled: !quiet)
        var files = Parallel.map(items, jobs: jobs) { item in
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
            if let quarantine { try self.quarantine(report, into: quarantine) }
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

    /// Each failing file, and its findings beside it, under a name the submission cannot choose a
    /// path with: the path as given, with separators and dots made harmless.
    private func quarantine(_ report: ValidationReport, into directory: String) throws {
        let target = URL(fileURLWithPath: directory)
        // A partner's Schematron schema with findings is no submission: it stays where it is.
        for file in report.files where file.status(strict: strict) != .valid && file.format != SubmissionValidator.schematronFormat {
            let name = Quarantine.safeName(file.path)
            let source = URL(fileURLWithPath: file.path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               let data = FileManager.default.contents(atPath: source.path) {
                try AtomicFile.write([UInt8](data), to: target.appendingPathComponent(name))
            } else if isDirectory.boolValue {
                for entry in (try? FileManager.default.contentsOfDirectory(atPath: source.path)) ?? [] where !entry.hasPrefix(".") {
                    if let data = FileManager.default.contents(atPath: source.appendingPathComponent(entry).path) {
                        try AtomicFile.write([UInt8](data), to: target.appendingPathComponent(name).appendingPathComponent(entry))
                    }
                }
            }
            let single = ValidationReport(files: [file], strict: strict)
            try AtomicFile.write(Array(single.text().utf8), to: target.appendingPathComponent(name + ".report.txt"))
        }
    }
}

enum Quarantine {
    static func safeName(_ path: String) -> String {
        let cleaned = path.unicodeScalars.map { scalar -> String in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" || scalar == "." ? String(scalar) : "_"
        }.joined()
        let trimmed = cleaned.drop { $0 == "." || $0 == "_" }
        return trimmed.isEmpty ? "input" : String(trimmed)
    }
}
