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

import Synchronization

enum Parallel {
    /// `transform` over `items` on up to `jobs` threads, results in the order of the items, so
    /// that the output does not depend on the number of jobs.
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let results = Mutex<[R?]>(Array(repeating: nil, count: items.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                let result = transform(items[index])
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
