import ArgumentParser
import ProceedingsKit

enum CSVProfileArgument: String, CaseIterable, ExpressibleByArgument {
    case rfc4180, excel

    var profile: CSVProfile { CSVProfile(rawValue: rawValue)! }
}

/// `--from`: a format of the registry that is read, by its name.
struct FormatArgument: ExpressibleByArgument {
    let format: Format

    init?(argument: String) {
        guard let format = FormatRegistry.standard.readable.first(where: { $0.name == argument }) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { FormatRegistry.standard.readable.map(\.name) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    /// The importer of a single file; a folder (a table group) is read as a whole instead.
    var fileFormat: Format? { format.fileReader != nil ? format : nil }

    /// Every input is a folder of the format (a table group).
    var readsFolders: Bool { format.fileReader == nil }

    /// A folder is never standard input.
    func check(_ inputs: [String]) throws {
        if readsFolders, inputs.contains("-") {
            throw ValidationError("--from \(format.name) reads a table group's directory or its csv-metadata.json, not standard input")
        }
    }
}

/// `--to`: formats of the registry that are written, comma-separated, the option repeatable.
enum OutputFormats {
    static var help: String {
        let writable = FormatRegistry.standard.writable
        return "Formats, comma-separated: \(writable.map(\.name).joined(separator: ",")) "
            + "(default: all but \(writable.filter { !$0.isWrittenByDefault }.map(\.name).joined(separator: ", ")))."
    }

    static func parse(_ text: String) throws -> [Format] {
        let writable = FormatRegistry.standard.writable
        return try text.split(separator: ",").map { name in
            guard let format = writable.first(where: { $0.name == name.trimmingCharacters(in: .whitespaces).lowercased() }) else {
                throw ValidationError("unknown format '\(name)'; choose from \(writable.map(\.name).joined(separator: ", "))")
            }
            return format
        }
    }

    /// In the registry's order, whatever the order asked; without any, those written by default.
    static func chosen(_ lists: [[Format]]) -> [Format] {
        let chosen = lists.flatMap { $0 }
        let writable = FormatRegistry.standard.writable
        return chosen.isEmpty ? writable.filter(\.isWrittenByDefault) : writable.filter(chosen.contains)
    }

    /// The formats of a file per record, which one input can send to standard output.
    static var perRecord: [Format] { FormatRegistry.standard.writable.filter { $0.exporter?.isPerRecord == true } }
}
