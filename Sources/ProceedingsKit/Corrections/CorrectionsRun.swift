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
