import ArgumentParser
import ProceedingsKit
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

    /// The inputs of a run, each read when the run comes to it. Standard input is read now: it
    /// can be read only once. A file that cannot be read is reported in its turn and the others go on.
    /// A path that `isTableGroup` is read as a CSV table group, records of the run like any other's.
    /// `onRead` sees each file's bytes as they are read (`convert` notes where TEI says its sources are).
    static func batch(_ paths: [String], isTableGroup: (String) -> Bool = { _ in false },
                      onRead: (@Sendable ([UInt8], String) -> Void)? = nil) -> [BatchInput] {
        paths.map { path in
            if path == "-" {
                return BatchInput(name: "<stdin>", bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
            }
            if isTableGroup(path) { return .tableGroup(at: URL(fileURLWithPath: path), name: path) }
            return BatchInput(name: path) {
                guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadUnknown) }
                let bytes = [UInt8](data)
                onRead?(bytes, path)
                return bytes
            }
        }
    }
}

/// A table the librarian gives beside the inputs (the authority table, the catalogue), its
/// findings printed: one that cannot be read at all stops the command (exit 2); errors in it
/// only mark the run.
enum LibrarianInput {
    static func load<Table>(_ path: String?, naming what: String,
                            _ parse: ([UInt8], String) -> (Table, [Finding])) throws -> (Table?, hasErrors: Bool) {
        guard let path else { return (nil, false) }
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.error("\(path): error: cannot read the \(what)")
            throw ExitCode(2)
        }
        let (table, findings) = parse([UInt8](data), path)
        for finding in findings { Terminal.error(finding.description) }
        return (table, findings.hasErrors)
    }
}

enum AuthorityInput {
    static func load(_ path: String?) throws -> (table: AuthorityTable?, hasErrors: Bool) {
        try LibrarianInput.load(path, naming: "authority table") { AuthorityTable.parse($0, fileName: $1) }
    }
}

enum CatalogueInput {
    static func load(_ path: String?) throws -> (catalogue: Catalogue?, hasErrors: Bool) {
        try LibrarianInput.load(path, naming: "catalogue") { Catalogue.parse($0, fileName: $1) }
    }

    /// The catalogue's rows that described no record of the run join the run's findings. Returns
    /// the summary line to print at the end, or nil without a catalogue.
    static func finish(_ result: inout BatchResult) -> String? {
        guard let run = result.catalogue else { return nil }
        result.findings += run.findings
        return run.summary
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
        return path.hasSuffix(Format.csv.folderMarker!)
            || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}


import Synchronization

/// A progress bar on standard error for batches: files done, rate and time left. Only on a
/// terminal; in a pipe or a log nothing is printed.
final class Progress: Sendable {
    private struct State {
        var done = 0
        var lastDrawn = 0.0
    }

    private let total: Int
    private let label: String
    private let enabled: Bool
    private let started = Date()
    private let state = Mutex(State())

    init(total: Int, label: String, enabled: Bool) {
        self.total = total
        self.label = label
        self.enabled = enabled && isatty(STDERR_FILENO) == 1 && total > 1
    }

    @Sendable func step() {
        guard enabled else { return }
        let now = Date().timeIntervalSince(started)
        let line: String? = state.withLock { state in
            // A table group is one input of many records, each a step when written: past the total, the bar is full.
            guard state.done < total else { return nil }
            state.done += 1
            // A few redraws a second are enough; more would cost time of their own.
            guard now - state.lastDrawn > 0.1 || state.done == total else { return nil }
            state.lastDrawn = now
            let rate = Double(state.done) / max(now, 0.001)
            let left = Double(total - state.done) / max(rate, 0.001)
            let width = 30, filled = width * state.done / total
            return "\r\(label) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] "
                + "\(state.done * 100 / total)%  \(String(format: "%.0f", rate / 2)) files/s  \(String(format: "%.0f", left))s left "
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
