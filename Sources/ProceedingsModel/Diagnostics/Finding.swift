/// A problem found in the input. Findings are returned, never thrown: only a failure to run at all
/// (a missing schema, an unwritable directory) is an error.
public struct Finding: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var file: String
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    /// The rule or check, e.g. `xsd`, `xml-syntax`, `unclassified-line`, `schematron-date-has-year`.
    public var rule: RuleID
    public var message: String
    /// What to do about it, in words a librarian understands.
    public var hint: String?
    /// For XML: where the element is, e.g. `/record/participations/participation[3]`.
    public var xpath: String?

    /// `severity` is the rule's own unless given.
    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity? = nil,
                rule: Rule, message: String, hint: String? = nil, xpath: String? = nil) {
        self.init(file: file, line: line, column: column, severity: severity ?? rule.severity, rule: RuleID(rule),
                  message: message, hint: hint, xpath: xpath)
    }

    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity,
                rule: RuleID, message: String, hint: String? = nil, xpath: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.rule = rule
        self.message = message
        self.hint = hint
        self.xpath = xpath
    }

    /// Compiler style, so that editors and CI annotate the line: `file:line:col: error: message`.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Finding {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
