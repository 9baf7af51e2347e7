import Foundation

/// Validates what partners submit: any file or folder, whatever format it is in, recognised by
/// content. Every problem is a finding in the file's report; only a failure to run at all (a
/// schema that cannot be loaded) is thrown. Schemas are compiled once and shared by every file.
public final class SubmissionValidator: Sendable {
    public enum Schema: Sendable {
        /// The project's schemas, chosen by the root element's namespace.
        case project(directory: String?)
        /// The official TEI All, converted to XSD by `make tei-all`, for every XML file.
        case teiAll
        /// Any XSD, for every XML file; its includes are resolved next to it, never over the network.
        case custom(path: String)
    }

    public struct Limits: Sendable {
        /// Larger files are not read: a finding says so. Raise it for very large submissions.
        public var maxSize: Int

        public static let defaultMaxSize = 64 * 1024 * 1024

        public init(maxSize: Int = defaultMaxSize) {
            self.maxSize = maxSize
        }
    }

    /// What a path named on the command line turned out to be.
    public enum Item: Sendable, Hashable {
        case file(String)
        case tableGroup(String)
        case unreadable(String, reason: String)

        public var path: String {
            switch self {
            case .file(let path), .tableGroup(let path), .unreadable(let path, _): path
            }
        }
    }

    /// The formats submissions are recognised among, and checked as.
    public let formats: FormatRegistry
    /// The project's schema of each XML format that has one, by format name; none with `single`.
    private let schemas: [String: XMLSchemaValidator]
    /// The schema of every XML file, when the run gives one (`--schema`).
    private let single: XMLSchemaValidator?
    /// TEI's Schematron rules: the profile's share for TEI files, or all of TEI All's with `.teiAll`.
    private let teiRules: SchematronProgram?
    /// Partners' schemas (`--schematron`), for every XML file.
    private let schematrons: [SchematronProgram]
    public let limits: Limits
    /// The genre's words that plain-text submissions are read with.
    public let lexicon: GenreLexicon
    /// Findings on the Schematron schemas themselves (what was not evaluated, refused includes),
    /// one report per schema that has any; the same for every file, so given once per run.
    public let schemaReports: [FileReport]
    /// The format of a schema's report in `schemaReports`.
    public static let schematronFormat = "schematron"

    /// `schematrons` are paths of ISO Schematron schemas, run in `phase` (else each one's default phase).
    public init(schema: Schema = .project(directory: nil), schematrons: [String] = [], phase: String? = nil,
                limits: Limits = Limits(), lexicon: GenreLexicon = .builtIn, formats: FormatRegistry = .standard) throws {
        self.limits = limits
        self.lexicon = lexicon
        self.formats = formats
        switch schema {
        case .project(let directory):
            var schemas: [String: XMLSchemaValidator] = [:]
            for format in formats.formats {
                guard case .xml(let xml)? = format.validation, let file = xml.projectSchema else { continue }
                schemas[format.name] = try XMLSchemaValidator.load(path: try SchemaLocator.locate(file, directory: directory))
            }
            self.schemas = schemas
            single = nil
            teiRules = try TEISchematron.program(path: try SchemaLocator.locate(TEISchematron.profileFileName, directory: directory))
        case .teiAll:
            schemas = [:]
            single = try XMLSchemaValidator.load(path: try TEIAllSchema.locate())
            teiRules = try TEISchematron.program(path: try TEISchematron.locateRNG())
        case .custom(let path):
            schemas = [:]
            single = try XMLSchemaValidator.load(path: path)
            teiRules = nil
        }
        self.schematrons = try schematrons.map { path in
            try SchematronCompiler.compile(try SchematronLoader.load(path: path), phase: phase)
        }
        schemaReports = ([teiRules].compactMap { $0 } + self.schematrons).filter { !$0.findings.isEmpty }.map {
            FileReport(path: $0.schema.file, format: Self.schematronFormat, findings: $0.findings)
        }
    }

    // MARK: - Inputs

    /// Files and folders as named, folders walked recursively in name order. A folder holding a
    /// `csv-metadata.json` is one table group; hidden files (`.DS_Store`, `.git`) are skipped.
    public static func expand(_ paths: [String]) -> [Item] {
        var items: [Item] = []
        var visited: Set<String> = []
        let marker = Format.csv.folderMarker!
        func visit(_ path: String, named: Bool) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                items.append(.unreadable(path, reason: "no such file or directory"))
                return
            }
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard visited.insert(resolved).inserted else { return }
            if isDirectory.boolValue {
                if FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(marker)) {
                    items.append(.tableGroup(path))
                    return
                }
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    items.append(.unreadable(path, reason: "cannot list the directory"))
                    return
                }
                let before = items.count
                for entry in entries.sorted() where !entry.hasPrefix(".") {
                    visit((path as NSString).appendingPathComponent(entry), named: false)
                }
                // A folder named on the command line that holds nothing is worth saying so.
                if named, items.count == before { items.append(.unreadable(path, reason: "the directory holds no file to validate")) }
                return
            }
            let type = (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) ?? nil
            if type != .typeRegular {
                // A device or a pipe could be endless; it is reported, never read.
                items.append(.unreadable(path, reason: "not a regular file"))
            } else if (path as NSString).lastPathComponent == marker {
                items.append(.tableGroup((path as NSString).deletingLastPathComponent))
            } else {
                items.append(.file(path))
            }
        }
        for path in paths { visit(path, named: true) }
        return items
    }

    // MARK: - Validation

    public func validate(_ item: Item) -> FileReport {
        switch item {
        case .unreadable(let path, let reason):
            return FileReport(path: path, format: nil, findings: [Finding(file: path, severity: .error, rule: .input, message: reason)],
                              unreadable: true)
        case .tableGroup(let path):
            let imported = Format.csv.readFolder(URL(fileURLWithPath: path))
            let rules = imported.records.flatMap { ContentRules.check($0, file: path) }
            return FileReport(path: path, format: Format.csv.reportName, findings: imported.findings + rules)
        case .file(let path):
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > limits.maxSize {
                return FileReport(path: path, format: nil, findings: [tooLarge(path, size)])
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return FileReport(path: path, format: nil, findings: [Finding(file: path, severity: .error, rule: .input,
                                                                              message: "cannot read the file")],
                                  unreadable: true)
            }
            return validate([UInt8](data), name: path)
        }
    }

    /// Bytes that arrived some other way: standard input, an upload.
    public func validate(_ bytes: [UInt8], name: String) -> FileReport {
        if bytes.count > limits.maxSize {
            return FileReport(path: name, format: nil, findings: [tooLarge(name, bytes.count)])
        }
        let sample = Sample(bytes, fileName: name)
        if let refusal = Self.refusal(sample) { return FileReport(path: name, format: nil, findings: [refusal]) }
        let format = formats.recognise(sample, for: .validating)
        let findings: [Finding]
        switch format.validation! {
        case .xml(let checks):
            // A format may be recognised without its tree: it is parsed here then.
            let (document, syntax) = sample.xmlDocument ?? SafeXMLDocument.parse(bytes, fileName: name)
            findings = validateXML(bytes, document: document, syntax: syntax, name: name, format: format, checks: checks)
        case .check(let check):
            findings = check(bytes, name, ImportOptions(lexicon: lexicon))
        }
        return FileReport(path: name, format: format.reportName, findings: findings)
    }

    /// What is no format this toolkit reads, whatever its content would say.
    private static func refusal(_ sample: Sample) -> Finding? {
        let bytes = sample.bytes
        func refuse(_ rule: Rule, _ message: String) -> Finding {
            Finding(file: sample.fileName, severity: .error, rule: rule, message: message)
        }
        if bytes.isEmpty { return refuse(.input, "file is empty") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return refuse(.input, "UTF-16 text is not accepted; save the file as UTF-8")
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return refuse(.input, "UTF-32 text is not accepted; save the file as UTF-8") }
        if sample.head.contains(0) { return refuse(.format, "binary data, not a format this toolkit reads") }
        return nil
    }

    private func tooLarge(_ name: String, _ size: Int) -> Finding {
        Finding(file: name, severity: .error, rule: .tooLarge,
                message: "the file has \(size) bytes, more than the limit of \(limits.maxSize) (--max-size)")
    }

    /// One parse of the file serves every check: the schema and Schematron work on libxml2's tree,
    /// the rest on the Swift tree made from it.
    private func validateXML(_ bytes: [UInt8], document: SafeXMLDocument?, syntax: [Finding], name: String,
                             format: Format, checks: XMLValidation) -> [Finding] {
        guard let document else { return syntax }
        let root = document.root
        let locator = LazyLocator(root)
        var findings = syntax
        if let single {
            findings += single.validate(document)
        } else {
            findings += (schemas[format.name]?.validate(document) ?? []) + (checks.projectChecks?(root, name) ?? [])
        }
        findings += checks.checks?(root, name) ?? []
        // Content rules need a record; a file its schema rejects is not read further.
        if !findings.hasErrors {
            for read in checks.records?(root, bytes, name) ?? [] {
                findings += read.findings
                guard let record = read.record else { continue }
                findings += ContentRules.check(record, file: name, locate: locate(in: root, locator, read))
            }
        }
        // TEI's rules: TEI All's for every file with `.teiAll`, the profile's for TEI files.
        if let teiRules, single != nil || checks.teiRules {
            findings += SchematronRunner.run(teiRules, on: document)
        }
        for program in schematrons { findings += SchematronRunner.run(program, on: document) }
        // A finding on a schema points into the schema, not into this file.
        return findings.isEmpty ? findings : findings.map { $0.file == name ? XMLLocator.attributeColumn(locator.value.locate($0), in: bytes) : $0 }
    }

    /// Where an entity of the record stands in the XML it was read from.
    private func locate(in root: XMLElement, _ lazy: LazyLocator, _ read: XMLRecord) -> (ContentRules.Entity) -> ContentRules.Location? {
        { entity in
            let locator = lazy.value
            let found: (line: Int, xpath: String)?
            switch entity {
            case .person(let id): found = locator.element(id: read.personPrefix + id)
            case .statement(let id): found = locator.element(id: read.statementPrefix + id)
            case .participation(let index):
                let elements = root.firstElement(named: "participations")?.elements(named: "participation") ?? []
                found = index < elements.count ? (elements[index].line, "/\(root.name)/participations[1]/participation[\(index + 1)]") : nil
            case .event, .document: found = read.elementId.flatMap(locator.element(id:)) ?? (root.line, "/\(root.name)")
            }
            return found.map { ContentRules.Location(line: $0.line, xpath: $0.xpath) }
        }
    }
}

/// The locator of a document, made only when a finding needs placing: a valid file has none.
private final class LazyLocator {
    private let root: XMLElement
    private(set) lazy var value = XMLLocator(root)

    init(_ root: XMLElement) { self.root = root }
}
