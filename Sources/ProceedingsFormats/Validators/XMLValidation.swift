/// How `SubmissionValidator` checks a file of an XML format, in this order: the schema (the
/// project's of the format, or the one `--schema` gives every XML file) with the project's own
/// checks, `checks`, the content rules of its records once nothing so far is an error, and last
/// Schematron, so that its findings never keep a record from its content rules.
public struct XMLValidation: Sendable {
    public typealias Check = @Sendable (_ root: XMLElement, _ fileName: String) -> [Finding]
    public typealias RecordReader = @Sendable (_ root: XMLElement, _ bytes: [UInt8], _ fileName: String) -> [XMLRecord]

    /// The file name of the format's XSD among the project's schemas (`SchemaLocator`); nil for
    /// XML the project has no schema of.
    public var projectSchema: String?
    /// What the project checks beside its schema, which a schema given with `--schema` replaces.
    public var projectChecks: Check?
    /// What is checked whatever the schema.
    public var checks: Check?
    /// The records of the tree, read once nothing before them found an error.
    public var records: RecordReader?
    /// TEI's Schematron rules apply: the profile's share of them, or TEI All's with `--schema tei-all`,
    /// which applies them to every XML file.
    public var teiRules: Bool

    public init(projectSchema: String? = nil, projectChecks: Check? = nil, checks: Check? = nil,
                records: RecordReader? = nil,
                teiRules: Bool = false) {
        self.projectSchema = projectSchema
        self.projectChecks = projectChecks
        self.checks = checks
        self.records = records
        self.teiRules = teiRules
    }
}

/// A record read from an XML tree, and where the tree has its entities, so that a content rule's
/// finding points at the element it is about.
public struct XMLRecord: Sendable {
    public var record: Record?
    public var findings: [Finding]
    /// What the xml:ids of its persons and of its statements start with.
    public var personPrefix: String
    public var statementPrefix: String
    /// The xml:id of the record's element when it is not the root (a `TEI` of a `teiCorpus`).
    public var elementId: String?

    public init(record: Record?, findings: [Finding], personPrefix: String = "", statementPrefix: String = "",
                elementId: String? = nil) {
        self.record = record
        self.findings = findings
        self.personPrefix = personPrefix
        self.statementPrefix = statementPrefix
        self.elementId = elementId
    }
}
