import ArgumentParser
import ProceedingsKit

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

