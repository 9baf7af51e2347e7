import ArgumentParser
import Foundation
import ProceedingsKit

/// `--schema`: the project's schemas chosen by namespace, or the official TEI All for every file.
enum SchemaChoice: String, CaseIterable, ExpressibleByArgument {
    case project
    case teiAll = "tei-all"
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate files in-process against the project's schemas.",
        discussion: """
            The format is detected from the root element's namespace: interchange XML is checked \
            against proceedings.xsd, TEI against the profile tei-proceedings.xsd (and every #pointer \
            must resolve). With --schema tei-all every file is checked against the official TEI All \
            schema, converted to XSD by `make tei-all`. Each problem is printed on standard error as \
            FILE:LINE:COL: error: MESSAGE.

            Exit status: 0 every file is valid, 1 some file is invalid, 2 validation could not run \
            (a schema or an input could not be read).
            """)

    @Option(help: "Directory holding the schemas (default: $PROCEEDINGS_SCHEMAS, the install prefix, then the source tree).")
    var schemas: String?

    @Option(help: "project (the project's schemas, by namespace) or tei-all (the official TEI All schema).")
    var schema: SchemaChoice = .project

    @Argument(help: "Files to validate, or - for standard input.")
    var files: [String]

    func run() throws {
        let validator: DocumentValidator
        do {
            switch schema {
            case .project: validator = try DocumentValidator(schemaDirectory: schemas)
            case .teiAll: validator = try DocumentValidator(teiAllSchema: try TEIAllSchema.locate())
            }
        } catch {
            Terminal.error("proceedings: \(error)")
            throw ExitCode(2)
        }
        var status: Int32 = 0
        for file in files {
            guard let (bytes, name) = try? InputFile.read(file) else {
                Terminal.error("\(file): error: cannot read file")
                status = 2
                continue
            }
            let findings = validator.validate(bytes, fileName: name)
            for finding in findings { Terminal.error(finding.description) }
            if findings.hasErrors {
                status = max(status, 1)
            } else {
                print("\(name): valid")
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
