import ArgumentParser
import Foundation

enum InputFile {
    /// The bytes of a named file, or of standard input for `-`.
    static func read(_ path: String) throws -> ([UInt8], String) {
        if path == "-" {
            return ([UInt8](FileHandle.standardInput.readDataToEndOfFile()), "<stdin>")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read file")
        }
        return ([UInt8](data), path)
    }
}

enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

enum TableGroupInput {
    /// A directory, or a CSVW metadata file, is a table group rather than a summary.
    static func isTableGroup(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix("csv-metadata.json")
            || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
