/// An ISO Schematron schema as the runner uses it: includes read, abstract patterns instantiated,
/// abstract rules folded into the rules that extend them. Every part keeps its file and line, so
/// that a finding on the schema names where it was written.
public struct SchematronSchema: Sendable {
    public static let namespace = "http://purl.oclc.org/dsdl/schematron"

    /// Where a part of the schema was written.
    public struct Location: Sendable, Hashable {
        public var file: String
        public var line: Int
    }

    public struct Namespace: Sendable, Hashable {
        public var prefix: String
        public var uri: String
    }

    /// `<let name value>`; a let without `value` is kept so that the compiler can report it.
    public struct Let: Sendable, Hashable {
        public var name: String
        public var value: String?
        public var location: Location
    }

    public enum MessagePart: Sendable, Hashable {
        case text(String)
        /// `<value-of select>`
        case valueOf(String)
        /// `<name/>` (the context node) or `<name path>`
        case name(String?)
    }

    public struct Check: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case assert, report
        }

        public var kind: Kind
        public var id: String?
        public var test: String
        public var role: String?
        public var message: [MessagePart]
        /// The finding's rule id: it names the constraint (`RuleID.schematron`, `RuleID.tei`).
        public var rule: RuleID
        public var location: Location
    }

    public struct Rule: Sendable, Hashable {
        public var id: String?
        public var context: String
        public var lets: [Let]
        public var checks: [Check]
        public var location: Location
    }

    public struct Pattern: Sendable, Hashable {
        public var id: String?
        public var lets: [Let]
        public var rules: [Rule]
        public var location: Location
    }

    public struct Phase: Sendable, Hashable {
        public var id: String
        public var active: [String]
        public var lets: [Let]
    }

    /// The file the schema was read from, as findings name it.
    public var file: String
    public var queryBinding: String?
    public var namespaces: [Namespace]
    public var lets: [Let]
    public var phases: [Phase]
    public var defaultPhase: String?
    public var patterns: [Pattern]
    /// What was wrong with the schema itself while reading it: a refused include, an include loop,
    /// an `is-a` or `extends` that names nothing. Rule `schematron-schema`.
    public var problems: [Finding]

    /// The patterns a phase activates; `#ALL` (or no phase) is every pattern.
    public func patterns(phase: String?) -> [Pattern]? {
        guard let phase, phase != "#ALL" else { return patterns }
        guard let found = phases.first(where: { $0.id == phase }) else { return nil }
        let active = Set(found.active)
        return patterns.filter { $0.id.map(active.contains) ?? false }
    }
}
