import Foundation

/// What validation found in one file.
public struct FileReport: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case valid, invalid, unreadable
    }

    public var path: String
    /// The format recognised by content, e.g. `interchange-xml`, `tei`, `turtle`; nil if none.
    public var format: String?
    public var findings: [Finding]
    /// Set when the file could not be read at all (a directory, a device, a permission problem).
    public var unreadable: Bool

    public init(path: String, format: String?, findings: [Finding], unreadable: Bool = false) {
        self.path = path
        self.format = format
        self.findings = findings.map(\.explained)
        self.unreadable = unreadable
    }

    /// Warnings alone leave a file valid unless `strict`.
    public func status(strict: Bool) -> Status {
        if unreadable { return .unreadable }
        let failing = findings.contains { $0.severity == .error || strict && $0.severity == .warning }
        return failing ? .invalid : .valid
    }
}

/// The report of one validation run, in the formats people and machines read.
public struct ValidationReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, sarif, junit
    }

    public var files: [FileReport]
    public var strict: Bool

    public init(files: [FileReport], strict: Bool) {
        self.files = files
        self.strict = strict
    }

    public func count(_ status: FileReport.Status) -> Int { files.filter { $0.status(strict: strict) == status }.count }

    private var findings: [Finding] { files.flatMap(\.findings) }

    /// "3 files: 1 valid, 1 invalid, 1 unreadable; 2 errors, 1 warning". The Schematron schemas of
    /// the run are counted apart, so that the files are those the user gave:
    /// "26 files: 26 valid, 0 invalid, 0 unreadable; 1 schema: 1 valid, 0 invalid; 0 errors, 0 warnings".
    public var summary: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let schemas = files.filter { $0.format == SubmissionValidator.schematronFormat }
        let inputs = files.filter { $0.format != SubmissionValidator.schematronFormat }
        func count(_ reports: [FileReport], _ status: FileReport.Status) -> Int {
            reports.filter { $0.status(strict: strict) == status }.count
        }
        var summary = "\(plural(inputs.count, "file")): \(count(inputs, .valid)) valid, \(count(inputs, .invalid)) invalid, "
            + "\(count(inputs, .unreadable)) unreadable; "
        if !schemas.isEmpty {
            summary += "\(plural(schemas.count, "schema")): \(count(schemas, .valid)) valid, \(count(schemas, .invalid)) invalid; "
        }
        return summary + "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }

    public func render(_ format: Format) throws -> [UInt8] {
        switch format {
        case .text: return Array(text().utf8)
        case .json: return try json()
        case .sarif: return try sarif()
        case .junit: return junit()
        }
    }

    /// `file:line:col: severity: message [rule-id]`, then the summary line.
    public func text() -> String {
        var lines = findings.map { "\($0.description) [\($0.rule)]" }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The documented report of `Schemas/report.schema.json`.
    func json() throws -> [UInt8] {
        let object: [String: Any] = [
            "tool": ["name": "proceedings", "version": ProceedingsFormats.version],
            "strict": strict,
            "files": files.map { file -> [String: Any] in
                var entry: [String: Any] = ["path": file.path, "status": file.status(strict: strict).rawValue,
                                            "findings": file.findings.map(Self.jsonFinding)]
                if let format = file.format { entry["format"] = format }
                return entry
            },
            "summary": [
                "files": files.count, "valid": count(.valid), "invalid": count(.invalid), "unreadable": count(.unreadable),
                "errors": findings.filter { $0.severity == .error }.count,
                "warnings": findings.filter { $0.severity == .warning }.count,
            ],
        ]
        return try Self.serialise(object)
    }

    private static func jsonFinding(_ finding: Finding) -> [String: Any] {
        var entry: [String: Any] = ["severity": finding.severity.rawValue, "rule": finding.rule.rawValue, "message": finding.message]
        if let line = finding.line { entry["line"] = line }
        if let column = finding.column { entry["column"] = column }
        if let hint = finding.hint { entry["hint"] = hint }
        if let xpath = finding.xpath { entry["xpath"] = xpath }
        return entry
    }

    /// SARIF 2.1.0, which code-scanning services read.
    func sarif() throws -> [UInt8] {
        let used = Set(findings.map(\.rule.rawValue))
        let rules = Rule.allCases.filter { used.contains($0.rawValue) }.map { rule -> [String: Any] in
            ["id": rule.rawValue, "shortDescription": ["text": rule.summary], "help": ["text": rule.hint]]
        } + used.subtracting(Rule.allCases.map(\.rawValue)).sorted().map { ["id": $0] as [String: Any] }
        let results = findings.map { finding -> [String: Any] in
            var region: [String: Any] = [:]
            if let line = finding.line { region["startLine"] = line }
            if let column = finding.column, column > 0 { region["startColumn"] = column }
            var physical: [String: Any] = ["artifactLocation": ["uri": Self.uri(finding.file)]]
            if !region.isEmpty { physical["region"] = region }
            var location: [String: Any] = ["physicalLocation": physical]
            if let xpath = finding.xpath {
                location["logicalLocations"] = [["fullyQualifiedName": xpath, "kind": "element"]]
            }
            var message = finding.message
            if let hint = finding.hint { message += " — " + hint }
            return ["ruleId": finding.rule.rawValue, "level": finding.severity == .note ? "note" : finding.severity.rawValue,
                    "message": ["text": message], "locations": [location]]
        }
        let object: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "proceedings", "version": ProceedingsFormats.version,
                                    "informationUri": "https://w3id.org/proceedings", "rules": rules]],
                "results": results,
            ]],
        ]
        return try Self.serialise(object)
    }

    /// JUnit XML, one test case per file, for CI systems that show test results.
    func junit() -> [UInt8] {
        let writer = XMLWriter()
        let failures = count(.invalid), errors = count(.unreadable)
        writer.element("testsuites", ["name": "proceedings validate", "tests": String(files.count),
                                      "failures": String(failures), "errors": String(errors)]) {
            writer.element("testsuite", ["name": "proceedings validate", "tests": String(files.count),
                                         "failures": String(failures), "errors": String(errors)]) {
                for file in files {
                    writer.element("testcase", ["name": file.path, "classname": "proceedings.validate." + (file.format ?? "unknown")]) {
                        let details = file.findings.map { "\($0.description) [\($0.rule)]" }.joined(separator: "\n")
                        switch file.status(strict: strict) {
                        case .valid:
                            if !details.isEmpty { writer.element("system-out", text: details) }
                        case .invalid:
                            let first = file.findings.first { $0.severity == .error } ?? file.findings.first
                            writer.element("failure", ["message": first?.message ?? "invalid", "type": first?.rule.rawValue ?? "invalid"],
                                           text: details)
                        case .unreadable:
                            writer.element("error", ["message": file.findings.first?.message ?? "unreadable", "type": "unreadable"],
                                           text: details)
                        }
                    }
                }
            }
        }
        return writer.finish()
    }

    private static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    private static func serialise(_ object: Any) throws -> [UInt8] {
        [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) + [0x0A]
    }
}
