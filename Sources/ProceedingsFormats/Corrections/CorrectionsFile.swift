import Foundation

/// The librarian's corrections file (`--corrections`): CSV in UTF-8 with a header row, one
/// correction a row, in the columns `file, sha256, line, fact, old, new, by, by_id, date, note`.
/// Column names are case-insensitive; `sha256`, `by_id` and `note` may be left out. `by_id` is an
/// identifier of the corrector, an ORCID iD or any IRI, which every format names her by.
///
/// A row that cannot be read as a correction is an error with its line and column, and is left
/// out; the other rows still count.
public struct CorrectionsFile: Sendable, Hashable {
    /// One row: a correction, the source it is for, and where it stands in the file.
    public struct Row: Sendable, Hashable {
        /// The source file's name without its directory, as a record names its source.
        public var file: String
        /// When given, the row applies only to the source with this digest (lower-case hex).
        public var sha256: String?
        public var correction: Correction
        /// For a participation's fact: the holder named in `old` or `new` ("Name: value").
        public var holder: String?
        /// The line of the row in the corrections file, and the 1-based column of each cell.
        public var line: Int
        public var columns: [Column: Int]

        /// The column of `column`'s cell, or of the first cell when the file has no such column.
        public func column(_ column: Column) -> Int { columns[column] ?? 1 }
    }

    public enum Column: String, Sendable, Hashable, CaseIterable {
        case file, sha256, line, fact, old, new, by
        case byId = "by_id"
        case date, note

        static let required: [Column] = [.file, .line, .fact, .old, .new, .by, .date]
    }

    public var fileName: String
    public var rows: [Row]

    public init(fileName: String, rows: [Row]) {
        self.fileName = fileName
        self.rows = rows
    }

    /// Problems are findings with the file's line and the 1-based column of the cell (rule
    /// `corrections`); a bad row is left out and the rest is still read.
    public static func parse(_ bytes: [UInt8], fileName: String) -> (CorrectionsFile, [Finding]) {
        var findings: [Finding] = []
        func problem(_ severity: Finding.Severity, _ line: Int?, _ column: Int?, _ message: String) {
            findings.append(Finding(file: fileName, line: line, column: column, severity: severity, rule: .corrections,
                                    message: message))
        }
        let empty = CorrectionsFile(fileName: fileName, rows: [])
        guard let table = LibrarianTable.read(bytes, what: "corrections file",
                                              expecting: Column.required.map(\.rawValue).joined(separator: ", "),
                                              report: { problem(.error, $0, nil, $1) }) else {
            return (empty, findings)
        }
        var columns: [Column: Int] = [:]
        for (index, raw) in table.header.cells.enumerated() {
            if let column = Column(rawValue: raw.trimmingCharacters(in: .whitespaces).lowercased()), columns[column] == nil {
                columns[column] = index
            } else {
                problem(.warning, table.header.line, index + 1,
                        "column \"\(raw)\" is not one of \(Column.allCases.map(\.rawValue).joined(separator: ", ")); ignored")
            }
        }
        let missing = Column.required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            problem(.error, table.header.line, nil, "the corrections file has no column \(missing.map(\.rawValue).joined(separator: ", ")); "
                    + "the header row is \"" + table.header.cells.joined(separator: ",") + "\"")
            return (empty, findings)
        }
        let positions = columns.mapValues { $0 + 1 }
        var rows: [Row] = []
        for (line, cells) in table.rows {
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func cell(_ column: Column) -> String {
                guard let index = columns[column], index < cells.count else { return "" }
                return cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            var bad = false
            func reject(_ column: Column, _ message: String) {
                problem(.error, line, positions[column], message + "; row not applied")
                bad = true
            }
            let file = cell(.file).split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
            if file.isEmpty { reject(.file, "row has no file") }
            let digest = cell(.sha256).lowercased()
            if !digest.isEmpty, digest.count != 64 || !digest.allSatisfy(\.isHexDigit) {
                reject(.sha256, "sha256 \"\(cell(.sha256))\" is not 64 hexadecimal digits")
            }
            let lineNumber = Int(cell(.line))
            if lineNumber == nil || lineNumber! < 1 { reject(.line, "line \"\(cell(.line))\" is not a line number (1, 2, ...)") }
            let fact = FactKind(rawValue: cell(.fact).lowercased())
            if fact == nil {
                reject(.fact, "fact \"\(cell(.fact))\" is not one of \(FactKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let by = cell(.by).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if by.isEmpty { reject(.by, "row does not say who made the correction (by)") }
            let byId = Self.correctorId(cell(.byId))
            if case .failure(let reason) = byId { reject(.byId, reason.message) }
            let date = cell(.date)
            if !DateText.isCorrectionDate(date) {
                reject(.date, "date \"\(date)\" is not a day (YYYY-MM-DD) or a day and time (YYYY-MM-DDThh:mm:ssZ)")
            }
            var old = cell(.old), new = cell(.new)
            var holder: String?
            if let fact {
                if let reason = valueProblem(fact, old: &old, new: &new, holder: &holder) {
                    reject(reason.column, reason.message)
                }
            }
            guard !bad, let fact, let lineNumber else { continue }
            let note = cell(.note)
            rows.append(Row(file: file, sha256: digest.isEmpty ? nil : digest,
                            correction: Correction(fact: fact, line: lineNumber, old: old, new: new, by: by,
                                                   byId: try? byId.get(), date: date,
                                                   note: note.isEmpty ? nil : note),
                            holder: holder, line: line, columns: Dictionary(uniqueKeysWithValues: positions.map { ($0, $1) })))
        }
        return (CorrectionsFile(fileName: fileName, rows: rows), findings)
    }

    struct IdentifierProblem: Error { var message: String }

    /// The corrector's identifier as every format gives it: an ORCID iD, bare or as its IRI, in
    /// the IRI's normal form, its check digit verified; any other identifier an absolute IRI. Nil
    /// for an empty cell.
    static func correctorId(_ text: String) -> Result<String?, IdentifierProblem> {
        guard !text.isEmpty else { return .success(nil) }
        let orcid = AuthorityScheme.orcid.prefixes.contains { text.lowercased().hasPrefix($0) }
            || text.wholeMatch(of: /[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9Xx]/) != nil
        if orcid {
            return AuthorityLink.parse(text, scheme: .orcid).map(\.iri).mapError { IdentifierProblem(message: "by_id: \($0)") }
        }
        do throws(InvalidIRI) {
            try IRI.check(text)
            return .success(text)
        } catch {
            return .failure(IdentifierProblem(message: "by_id \"\(text)\" is not an ORCID iD or an absolute IRI (\(error.reason))"))
        }
    }

    /// What is wrong with a row's values for its kind of fact. A participation's fact may name its
    /// holder before a colon ("Yozo Yokota: moderator"), in `old`, or in `new` when `old` is
    /// empty; the holder is taken out of the values.
    static func valueProblem(_ fact: FactKind, old: inout String, new: inout String, holder: inout String?)
        -> (column: Column, message: String)? {
        if fact.isOfParticipation {
            for (value, column) in [(old, Column.old), (new, Column.new)] {
                guard let colon = value.range(of: ": ") else { continue }
                let name = String(value[..<colon.lowerBound]).trimmingCharacters(in: .whitespaces)
                if let holder, holder != name {
                    return (column, "old and new name two holders, \"\(holder)\" and \"\(name)\"")
                }
                holder = name
                let rest = String(value[colon.upperBound...]).trimmingCharacters(in: .whitespaces)
                if column == .old { old = rest } else { new = rest }
            }
        }
        if old == new {
            return (.new, "new is the same as old: the row changes nothing")
        }
        switch fact {
        case .title:
            if new.isEmpty { return (.new, "a record keeps its title: give the right title in new") }
            if old.isEmpty { return (.old, "a record always has a title: give the importer's title in old") }
        case .notAParticipant:
            if !new.isEmpty { return (.new, "not-a-participant takes the person's name in old and leaves new empty") }
            if old.isEmpty { return (.old, "not-a-participant takes the person's name in old") }
        case .role:
            for (value, column) in [(old, Column.old), (new, Column.new)] where !value.isEmpty && Role(rawValue: value) == nil {
                return (column, "role \"\(value)\" is not one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if old.isEmpty, holder == nil { return (.new, "a role added names its holder: \"Name: role\"") }
        case .affiliation:
            if old.isEmpty, holder == nil { return (.new, "an affiliation added names its holder: \"Name: affiliation\"") }
        case .startDate, .endDate, .issued:
            if !new.isEmpty, !ContentRules.isRealDate(new) {
                return (.new, "\(fact.rawValue) \"\(new)\" is not a date: YYYY, YYYY-MM or YYYY-MM-DD")
            }
        case .statementSpeaker:
            break
        case .subtitle, .documentType, .venue, .organizer, .person:
            break
        }
        return nil
    }
}
