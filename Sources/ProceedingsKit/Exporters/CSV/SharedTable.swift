import Foundation

/// A table whose rows the whole run shares (persons, organisations): a row is known at its
/// entity's first mention, its source lines only at the end of the run. Rows and lines go to
/// spill files as they come, so that memory holds the ids and not the rows; `finish` reads them
/// back a slice of entities at a time.
final class SharedTable {
    let file: String
    private let header: [String]
    private var index: [String: Int] = [:]
    private let rows: Spill
    private let lines: Spill
    /// Entities whose lines are gathered in one pass over the spilled lines.
    static let defaultSlice = 4096
    static let rowsPerWrite = 128
    static let bytesPerWrite = 1 << 18
    private let slice: Int

    init(file: String, spillDirectory: URL?, slice: Int) throws {
        self.file = file
        self.slice = slice
        header = CSVSchema.table(file).header
        rows = try Spill(name: file + ".rows", directory: spillDirectory)
        lines = try Spill(name: file + ".lines", directory: spillDirectory)
    }

    /// The entity's row is made only at its first mention; later mentions add their lines.
    func mention(_ id: String, lines printed: [String], row: () -> [String: String]) throws {
        let entity: Int
        if let known = index[id] {
            entity = known
        } else {
            entity = index.count
            index[id] = entity
            let cells = row()
            try rows.append(header.map { $0 == "source_lines" ? "" : cells[$0] ?? "" })
        }
        for line in printed { try lines.append(entity: entity, line) }
    }

    /// Rows in order of first mention, `source_lines` filled in, handed over a slice at a time.
    func finish(_ emit: ([[String]]) throws -> Void) throws {
        let column = header.firstIndex(of: "source_lines")!
        var rowReader = try rows.reader()
        var start = 0
        while start < index.count {
            let end = min(start + slice, index.count)
            // Each cell is joined as its lines are read: an organisation named in every summary has
            // as many lines as the run has summaries, and an array of them was the peak of a run.
            var gathered = [String](repeating: "", count: end - start)
            var lineReader = try lines.reader()
            while let (entity, line) = try lineReader.nextLine() {
                guard (start..<end).contains(entity) else { continue }
                if !gathered[entity - start].isEmpty { gathered[entity - start] += CSVSchema.separator }
                gathered[entity - start] += line
            }
            // Handed over a few rows, or a few hundred kilobytes, at a time: encoding a whole slice
            // at once was the peak of a run too.
            var batch: [[String]] = []
            var batchBytes = 0
            for offset in 0..<(end - start) {
                guard var cells = try rowReader.nextRow(count: header.count) else { break }
                cells[column] = gathered[offset]
                gathered[offset] = ""
                batchBytes += cells.reduce(0) { $0 + $1.utf8.count }
                batch.append(cells)
                if batch.count == Self.rowsPerWrite || batchBytes >= Self.bytesPerWrite {
                    try emit(batch)
                    batch.removeAll(keepingCapacity: true)
                    batchBytes = 0
                }
            }
            if !batch.isEmpty { try emit(batch) }
            start = end
        }
        rows.remove()
        lines.remove()
    }

    func abandon() {
        rows.remove()
        lines.remove()
    }
}

/// Strings appended to a file beside the tables that is never committed (or kept in memory when
/// the tables are), read back in order as many times as needed. Each string is its UTF-8 length as four
/// bytes, then its bytes; a line of a shared table is preceded by its entity number.
private final class Spill {
    private var buffer: [UInt8] = []
    private let file: AtomicFile.Pending?
    static let flushAt = 1 << 18

    init(name: String, directory: URL?) throws {
        file = try directory.map { try AtomicFile.Pending($0.appendingPathComponent(name)) }
    }

    func append(_ strings: [String]) throws {
        for string in strings { put(string) }
        try flushIfFull()
    }

    func append(entity: Int, _ string: String) throws {
        put(UInt32(entity))
        put(string)
        try flushIfFull()
    }

    private func put(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
    }

    private func put(_ string: String) {
        put(UInt32(string.utf8.count))
        buffer.append(contentsOf: string.utf8)
    }

    private func flushIfFull() throws {
        if file != nil, buffer.count >= Self.flushAt { try flush() }
    }

    private func flush() throws {
        guard let file, !buffer.isEmpty else { return }
        try file.append(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func reader() throws -> Reader {
        try flush()
        guard let file else { return Reader(memory: buffer) }
        return Reader(file: try file.readBack())
    }

    func remove() { file?.abandon() }

    /// Reads what was appended, from memory or the file a quarter of a megabyte at a time.
    struct Reader {
        private var bytes: [UInt8]
        private var position = 0
        private let file: FileHandle?

        init(memory: [UInt8]) {
            bytes = memory
            file = nil
        }

        init(file: FileHandle) {
            bytes = []
            self.file = file
        }

        private mutating func ensure(_ count: Int) throws -> Bool {
            while bytes.count - position < count {
                guard let file, let more = try file.read(upToCount: Spill.flushAt), !more.isEmpty else { return false }
                bytes.removeFirst(position)
                position = 0
                bytes.append(contentsOf: more)
            }
            return true
        }

        private mutating func number() throws -> UInt32? {
            guard try ensure(4) else { return nil }
            var value: UInt32 = 0
            for i in 0..<4 { value |= UInt32(bytes[position + i]) << (8 * UInt32(i)) }
            position += 4
            return value
        }

        private mutating func string() throws -> String? {
            guard let length = try number(), try ensure(Int(length)) else { return nil }
            defer { position += Int(length) }
            return String(decoding: bytes[position..<(position + Int(length))], as: UTF8.self)
        }

        mutating func nextRow(count: Int) throws -> [String]? {
            var cells: [String] = []
            for _ in 0..<count {
                guard let cell = try string() else { return nil }
                cells.append(cell)
            }
            return cells
        }

        mutating func nextLine() throws -> (Int, String)? {
            guard let entity = try number(), let line = try string() else {
                try file?.close()
                return nil
            }
            return (Int(entity), line)
        }
    }
}
