extension CorrectionsFile {
    /// One run's use of the corrections file, record by record, so that records can stream
    /// through: each row for a record's source file is applied in the file's order, and reported.
    public struct Run: Sendable {
        public let file: CorrectionsFile
        private let byFile: [String: [Row]]
        private var used: Set<String> = []
        public private(set) var applied = 0
        public private(set) var alreadyTrue = 0
        public private(set) var recorded = 0
        public private(set) var noLongerApplies = 0

        public init(_ file: CorrectionsFile) {
            self.file = file
            byFile = Dictionary(grouping: file.rows, by: \.file)
        }

        /// The record with the rows for its source file applied, and a finding per row: applied and
        /// already true are notes, no longer applies a warning at the cell that no longer holds.
        public mutating func apply(_ original: Record) -> (record: Record, findings: [Finding]) {
            guard let rows = byFile[original.document.sourceFile] else { return (original, []) }
            used.insert(original.document.sourceFile)
            var applier = CorrectionApplier(original)
            var findings: [Finding] = []
            for row in rows {
                let c = row.correction
                let source = original.document.sourceFile
                let fact = "\(c.fact.rawValue) of line \(c.line)"
                func note(_ rule: Rule, _ column: CorrectionsFile.Column, _ message: String) {
                    findings.append(Finding(file: file.fileName, line: row.line, column: row.column(column), rule: rule, message: message))
                }
                switch applier.apply(row) {
                case .applied:
                    applied += 1
                    note(.correctionApplied, .new, "applied to \(source): \(fact), \(Self.quoted(c.old)) → \(Self.quoted(c.new))")
                    // What a row adds takes the row's line as its source, which every format gives: a line that
                    // does not print the name would send a reader to the wrong words.
                    let added = !c.old.isEmpty ? nil : c.fact == .role ? row.holder : [.person, .organizer].contains(c.fact) ? c.new : nil
                    if let added, !applier.record.prints(added, on: c.line) {
                        note(.correctionNotPrinted, .line, "line \(c.line) of \(source) does not print \"\(added)\"; applied, with that line as its source")
                    }
                case .alreadyTrue:
                    alreadyTrue += 1
                    note(.correctionAlreadyTrue, .new,
                         "already true in \(source): the \(fact) is \(Self.quoted(c.new)) as read; the row can go")
                case .recorded:
                    recorded += 1
                    note(.correctionRecorded, .new, "already recorded in \(source): the \(fact) was corrected to \(Self.quoted(c.new))")
                case .noLongerApplies(let column, let reason):
                    noLongerApplies += 1
                    note(.correctionNoLongerApplies, column, "no longer applies to \(source): \(reason); not applied")
                }
            }
            // An export read back carries its corrections; one the file no longer has was edited or
            // removed since, and the file's rows alone no longer say what the record is.
            let rowIds = Set(rows.map(\.correction.id))
            for c in original.corrections where !rowIds.contains(c.id) {
                findings.append(Finding(file: file.fileName, rule: .correctionNotInFile,
                                        message: "\(original.document.sourceFile) carries correction \(c.id) (\(c.fact.rawValue) of line \(c.line),"
                                            + " \(Self.quoted(c.old)) → \(Self.quoted(c.new))), which no row of the file gives; the record keeps it"))
            }
            return (applier.record, findings)
        }

        static func quoted(_ value: String) -> String { value.isEmpty ? "nothing" : "\"\(value)\"" }

        /// One line for the terminal.
        public var summary: String {
            let unused = file.rows.filter { !used.contains($0.file) }.count
            return "corrections: \(applied) applied, \(alreadyTrue) already true, \(noLongerApplies) no longer appl"
                + (noLongerApplies == 1 ? "ies" : "y") + (recorded > 0 ? ", \(recorded) already recorded" : "")
                + (unused > 0 ? ", \(unused) row\(unused == 1 ? "" : "s") for files not in this run" : "")
                + " (\(file.fileName))"
        }
    }
}

extension Record {
    /// Whether the words the record keeps of `line` (every non-blank line is kept once: printed,
    /// a statement's, a heading, a note, residue) name `name`, whole or by its last word, as a
    /// summary names a person again by surname ("Ms. Roe").
    func prints(_ name: String, on line: Int) -> Bool {
        let texts = printed.filter { $0.line == line }.map(\.text) + residue.filter { $0.line == line }.map(\.text)
            + document.notes.filter { $0.line == line }.map(\.text) + sections.filter { $0.line == line }.map(\.heading)
            + statements.filter { $0.span.first <= line && line <= $0.span.last }.map(\.text)
        let last = name.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? name
        return texts.contains { $0.localizedCaseInsensitiveContains(name) || (last.count > 1 && $0.localizedCaseInsensitiveContains(last)) }
    }
}
