import ArgumentParser
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

    /// The validator's schema; the project's are looked for in `schemas` when it is given.
    func choice(schemas: String?) -> SubmissionValidator.Schema {
        switch self {
        case .project: .project(directory: schemas)
        case .teiAll: .teiAll
        case .path(let path): .custom(path: path)
        }
    }
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

/// `--max-size`, `--max-upload`: bytes, with K, M or G for powers of 1,024.
enum ByteSize {
    static func parse(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        if let unit = text.last.flatMap({ units[Character($0.uppercased())] }) {
            return Int(text.dropLast()).map { $0 * unit }
        }
        return Int(text)
    }
}
