import Foundation

/// An archivist's catalogue of the summaries: per source file, the URL it was published at, the
/// organisation that issued it and the key that names its record, read from CSV (`convert --catalogue`).
///
/// A header row is required; column names are case-insensitive. `file` is required: the source
/// file's name, as a record names it (`Document.sourceFile`: the name without its directory);
/// `url` (an http or https URL), `issuer` and `key` are optional. The catalogue is the archivist's
/// word: its values are the ones in effect, and the text's own values are kept beside them.
public struct Catalogue: Sendable, Hashable {
    /// One row: what the catalogue says of one file.
    public struct Entry: Sendable, Hashable {
        public var file: String
        public var url: String?
        public var issuer: String?
        /// The record's id, instead of the one its file name gives (`Ids.record`): a file can then
        /// be renamed without moving a single IRI.
        public var key: String?
        /// The catalogue line of the row.
        public var line: Int
        /// The 1-based column of `file`, for findings about the row.
        public var fileColumn: Int
    }

    public var fileName: String
    public var entries: [Entry]

    public init(fileName: String, entries: [Entry]) {
        self.fileName = fileName
        self.entries = entries
    }

    public static let columns = ["file", "url", "issuer", "key"]

    /// Problems are findings with the catalogue's line and the 1-based column of the cell; a bad
    /// URL or key is left out and the rest of its row still counts.
    public static func parse(_ bytes: [UInt8], fileName: String) -> (Catalogue, [Finding]) {
        var findings: [Finding] = []
        func problem(_ severity: Finding.Severity, _ line: Int?, _ column: Int?, _ message: String) {
            findings.append(Finding(file: fileName, line: line, column: column, severity: severity,
                                    rule: .catalogue, message: message))
        }
        let empty = Catalogue(fileName: fileName, entries: [])
        guard let table = LibrarianTable.read(bytes, what: "catalogue", expecting: "a file column",
                                              report: { problem(.error, $0, nil, $1) }) else {
            return (empty, findings)
        }
        var columns: [String: Int] = [:]
        for (index, raw) in table.header.cells.enumerated() {
            let label = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if Self.columns.contains(label), columns[label] == nil {
                columns[label] = index
            } else {
                problem(.warning, table.header.line, index + 1,
                        "column \"\(raw)\" is not one of \(Self.columns.joined(separator: ", ")); ignored")
            }
        }
        guard let fileColumn = columns["file"] else {
            problem(.error, table.header.line, nil, "catalogue has no file column; the header row is \""
                    + table.header.cells.joined(separator: ",") + "\"")
            return (empty, findings)
        }

        var entries: [Entry] = []
        var described: [String: Int] = [:]
        for (line, cells) in table.rows {
            func cell(_ column: Int?) -> String {
                guard let column, column < cells.count else { return "" }
                return cells[column].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            // Records name their source file without its directory; so does the catalogue.
            let file = cell(fileColumn).split(separator: "/").last.map(String.init) ?? ""
            guard !file.isEmpty else {
                problem(.error, line, fileColumn + 1, "row has no file")
                continue
            }
            if let earlier = described[file] {
                problem(.error, line, fileColumn + 1, "file \"\(file)\" is already described on line \(earlier); row ignored")
                continue
            }
            described[file] = line
            var url: String? = cell(columns["url"])
            if let value = url, value.isEmpty {
                url = nil
            } else if let value = url, let reason = SourceURL.problem(value) {
                problem(.error, line, columns["url"]! + 1, reason)
                url = nil
            }
            let issuer = cell(columns["issuer"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var key: String? = cell(columns["key"])
            if let value = key, value.isEmpty {
                key = nil
            } else if let value = key, let reason = Ids.recordKeyProblem(value) {
                problem(.error, line, columns["key"]! + 1, reason + "; left out")
                key = nil
            }
            entries.append(Entry(file: file, url: url, issuer: issuer.isEmpty ? nil : issuer, key: key, line: line,
                                 fileColumn: fileColumn + 1))
        }
        // Two rows may not name one record: by a key, or by a key and the name of a file without one.
        var named: [String: Entry] = [:]
        for entry in entries where entry.key == nil {
            guard let id = Ids.record(fileName: entry.file) else { continue }
            if named[id] == nil { named[id] = entry }
        }
        for index in entries.indices {
            guard let key = entries[index].key else { continue }
            if let other = named[key] {
                let why = other.key == nil ? "the record id of file \"\(other.file)\" (line \(other.line)), which has no key"
                                           : "already the key of line \(other.line)"
                problem(.error, entries[index].line, columns["key"]! + 1, "key \"\(key)\" is \(why); left out")
                entries[index].key = nil
            } else {
                named[key] = entries[index]
            }
        }
        return (Catalogue(fileName: fileName, entries: entries), findings)
    }

    /// What `describe` did for a run.
    public struct Description: Sendable {
        public var records: [Record]
        public var findings: [Finding]
        /// How many of the records a row describes.
        public var described: Int

        /// One line for the terminal.
        public func summary(catalogue: String) -> String {
            Catalogue.summary(described: described, of: records.count, catalogue: catalogue)
        }
    }

    /// The records with what the catalogue says of their source files; see `Run`.
    /// A record whose id is another file's key is left out, with an error (`Run.clash`).
    public func describe(_ records: [Record]) -> Description {
        var run = Run(self)
        var described: [Record] = [], clashes: [Finding] = []
        for record in records.map({ run.describe($0) }) {
            if let clash = run.clash(record) { clashes.append(clash) } else { described.append(record) }
        }
        return Description(records: described, findings: clashes + run.findings, described: run.described)
    }

    static func summary(described: Int, of records: Int, catalogue: String) -> String {
        "catalogue: \(described) of \(records) record\(records == 1 ? "" : "s") described by \(catalogue)"
    }

    /// One run's use of the catalogue, record by record, so that records can stream through.
    ///
    /// Each record whose source file a row names gets the row's URL and issuer as the catalogued
    /// values, beside the values the text printed, which stay, and the row's key as its id. Once the run is over: when some
    /// record had no row, each row that named no record is a warning, since a misspelt file name
    /// looks like that; when every record had its row, the other rows describe other files of the
    /// collection.
    public struct Run: Sendable {
        public let catalogue: Catalogue
        private let byFile: [String: Entry]
        /// The rows that give a key, by key: each key is its row's file's record id, and no other's.
        private let byKey: [String: Entry]
        private var used: Set<String> = []
        public private(set) var records = 0
        public private(set) var described = 0

        public init(_ catalogue: Catalogue) {
            self.catalogue = catalogue
            byFile = Dictionary(catalogue.entries.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
            byKey = Dictionary(catalogue.entries.compactMap { entry in entry.key.map { ($0, entry) } },
                               uniquingKeysWith: { first, _ in first })
        }

        /// A record whose id is the key the catalogue gives another file: the key wins, whatever
        /// the order of the run and whether or not that file is in it, so that the keyed record has
        /// the same IRIs in every run and the other one is never converted under them. Call after
        /// `describe`.
        public func clash(_ record: Record, input: String? = nil) -> Finding? {
            guard let entry = byKey[record.id], entry.file != record.document.sourceFile else { return nil }
            return Finding(file: input ?? record.document.sourceFile, severity: .error, rule: .duplicateRecord,
                           message: "record id \"\(record.id)\" is the key that \(catalogue.fileName) gives "
                               + "\"\(entry.file)\" (line \(entry.line)); not converted — give \"\(record.document.sourceFile)\" "
                               + "a key of its own in the catalogue, or rename it")
        }

        public mutating func describe(_ original: Record) -> Record {
            records += 1
            var record = original
            guard let entry = byFile[record.document.sourceFile] else { return record }
            used.insert(entry.file)
            described += 1
            if let issuer = entry.issuer {
                record.document.issuer = SourceFact(printed: record.document.issuer?.printed, catalogued: issuer)
            }
            if let url = entry.url {
                record.document.sourceURL = SourceFact(printed: record.document.sourceURL?.printed, catalogued: url)
            }
            if let key = entry.key { record.id = key }
            return record
        }

        /// The rows that named no record, when some record had no row.
        public var findings: [Finding] {
            guard described < records else { return [] }
            return catalogue.entries.filter { !used.contains($0.file) }.map { entry in
                Finding(file: catalogue.fileName, line: entry.line, column: entry.fileColumn, severity: .warning,
                        rule: .catalogue, message: "no input of this run has the source file \"\(entry.file)\"; row not used")
            }
        }

        /// One line for the terminal.
        public var summary: String {
            Catalogue.summary(described: described, of: records, catalogue: catalogue.fileName)
        }
    }
}
