/// Runs a compiled schema over one document, the way an XSLT-compiled Schematron does: pattern by
/// pattern, each node in document order checked by the first rule of the pattern whose context
/// matches it; lets bound at the root (schema, phase, pattern) or at the rule's context node.
public enum SchematronRunner {
    public static func run(_ program: SchematronProgram, on bytes: [UInt8], fileName: String,
                           budget: XPathEvaluator.Budget = .standard) -> [Finding] {
        let (findings, parseFindings) = XPathEvaluator.withDocument(bytes, fileName: fileName, budget: budget) { document in
            Run(program: program, document: document, fileName: fileName).all()
        }
        return findings ?? parseFindings
    }

    /// The same over a document already parsed, shared with the file's other checks.
    public static func run(_ program: SchematronProgram, on parsed: SafeXMLDocument,
                           budget: XPathEvaluator.Budget = .standard) -> [Finding] {
        XPathEvaluator.withDocument(parsed, budget: budget) { document in
            Run(program: program, document: document, fileName: parsed.fileName).all()
        } ?? []
    }
}

private struct Stopped: Error {}

private final class Run {
    let program: SchematronProgram
    let document: XPathDocument
    let fileName: String
    var findings: [Finding] = []
    /// What each variable is bound to now, innermost last, so that a rule's let that shadows an
    /// outer one gives it back when the rule is done.
    var bindings: [String: [XPathValue]] = [:]
    /// Expressions already reported as not evaluated in this document.
    var unevaluated: Set<String> = []

    init(program: SchematronProgram, document: XPathDocument, fileName: String) {
        self.program = program
        self.document = document
        self.fileName = fileName
    }

    func all() -> [Finding] {
        for namespace in program.schema.namespaces { document.registerNamespace(prefix: namespace.prefix, uri: namespace.uri) }
        let root = document.root
        do {
            let global = try bind(program.lets, at: root)
            defer { unbind(global) }
            for pattern in program.patterns { try run(pattern, root: root) }
        } catch {
            // A runaway expression stops the document's checks; the finding says where it was.
        }
        return findings
    }

    private func run(_ pattern: SchematronProgram.Pattern, root: XPathNode) throws {
        let lets = try bind(pattern.lets, at: root)
        defer { unbind(lets) }
        var claimed: Set<XPathNode> = []
        var firings: [(node: XPathNode, rule: Int)] = []
        for (index, rule) in pattern.rules.enumerated() {
            guard let select = rule.select else { continue }
            guard case .nodes(let nodes)? = try evaluate(select, at: root, location: rule.source.location,
                                                         what: "rule context \"\(rule.source.context)\"") else { continue }
            for node in nodes where claimed.insert(node).inserted { firings.append((node, index)) }
        }
        firings.sort { document.documentOrder($0.node, $1.node) }
        for (node, index) in firings where pattern.rules[index].evaluable {
            try check(pattern.rules[index].source, at: node)
        }
        // A rule that applies to this document but whose checks cannot be evaluated leaves it unchecked
        // against that rule: a warning on the document, at the first node, never a silent pass.
        var unchecked: Set<Int> = []
        for (node, index) in firings where !pattern.rules[index].evaluable && unchecked.insert(index).inserted {
            let rule = pattern.rules[index].source
            let count = firings.filter { $0.rule == index }.count
            findings.append(Finding(file: fileName, line: document.line(node), severity: .warning, rule: .schematronSchema,
                                    message: "rule \"\(rule.context)\" (\(rule.location.file):\(rule.location.line)) applies to \(count)"
                                        + " node\(count == 1 ? "" : "s") here, but its checks cannot be evaluated (see the note on the"
                                        + " schema): the document is not checked against it",
                                    xpath: document.path(node)))
        }
    }

    private func check(_ rule: SchematronSchema.Rule, at node: XPathNode) throws {
        let lets = try bind(rule.lets, at: node)
        defer { unbind(lets) }
        for check in rule.checks {
            guard let value = try evaluate(check.test, at: node, location: check.location, what: "\(check.kind.rawValue) test") else { continue }
            let holds = document.boolean(value)
            guard check.kind == .assert ? !holds : holds else { continue }
            findings.append(Finding(file: fileName, line: document.line(node), severity: Self.severity(check.role),
                                    rule: check.rule, message: try message(check, at: node), hint: check.rule.rule.hint,
                                    xpath: document.path(node)))
        }
    }

    private func message(_ check: SchematronSchema.Check, at node: XPathNode) throws -> String {
        var text = ""
        for part in check.message {
            switch part {
            case .text(let words): text += words
            case .valueOf(let select):
                if let value = try evaluate(select, at: node, location: check.location, what: "value-of") { text += document.string(value) }
            case .name(nil): text += document.name(node)
            case .name(let path?):
                if case .nodes(let nodes)? = try evaluate(path, at: node, location: check.location, what: "name path"), let first = nodes.first {
                    text += document.name(first)
                }
            }
        }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if !words.isEmpty { return words }
        return check.kind == .assert ? "assertion failed: \(check.test)" : "reported: \(check.test)"
    }

    /// `role` as Schematron users write it: information and warnings are not errors; anything
    /// else, `nonfatal` included (TEI's word for an error that lets processing go on), is one.
    static func severity(_ role: String?) -> Finding.Severity {
        switch role?.lowercased() {
        case "info", "information", "note": .note
        case "warning", "warn": .warning
        default: .error
        }
    }

    private func evaluate(_ expression: String, at node: XPathNode, location: SchematronSchema.Location,
                          what: String) throws -> XPathValue? {
        switch document.evaluate(expression, at: node) {
        case .success(let value): return value
        case .failure(let problem):
            // An expression that fails on one node fails on the others: it is reported once, at the first.
            guard unevaluated.insert("\(location.file):\(location.line):\(what):\(expression)").inserted else {
                if problem.exhausted { throw Stopped() }
                return nil
            }
            let place = document.path(node)
            findings.append(Finding(file: location.file, line: location.line,
                                    severity: problem.exhausted ? .error : program.severity,
                                    rule: .schematronSchema,
                                    message: "\(what) not evaluated on \(fileName) at \(place): \(problem.message): \(expression)",
                                    xpath: nil))
            if problem.exhausted { throw Stopped() }
            return nil
        }
    }

    private func bind(_ lets: [SchematronSchema.Let], at node: XPathNode) throws -> [String] {
        var bound: [String] = []
        for value in lets {
            guard let expression = value.value,
                  let result = try evaluate(expression, at: node, location: value.location, what: "let $\(value.name)") else { continue }
            bindings[value.name, default: []].append(result)
            document.setVariable(value.name, result)
            bound.append(value.name)
        }
        return bound
    }

    private func unbind(_ names: [String]) {
        for name in names.reversed() {
            bindings[name]?.removeLast()
            document.setVariable(name, bindings[name]?.last)
        }
    }
}
