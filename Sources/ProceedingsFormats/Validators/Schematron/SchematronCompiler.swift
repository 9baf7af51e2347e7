/// A schema ready to run: the active patterns, each rule's context as an XPath 1.0 expression,
/// and what could not be evaluated, found before any document is read.
public struct SchematronProgram: Sendable {
    public struct Rule: Sendable {
        public var source: SchematronSchema.Rule
        /// The rule's match pattern as an expression from the root; nil when it cannot be evaluated.
        public var select: String?
        /// False when an expression of the rule cannot be evaluated: its nodes are still claimed, so
        /// that later rules of the pattern do not fire in its place, but nothing is checked on them.
        public var evaluable: Bool
    }

    public struct Pattern: Sendable {
        public var source: SchematronSchema.Pattern
        public var lets: [SchematronSchema.Let]
        public var rules: [Rule]
    }

    public var schema: SchematronSchema
    public var phase: String?
    public var lets: [SchematronSchema.Let]
    public var patterns: [Pattern]
    /// Findings on the schema: reading problems and every expression that cannot be evaluated.
    public var findings: [Finding]
    /// Severity of a finding on the schema: an error for a partner's schema, which must not pass
    /// silently; a note for TEI's rules, whose unevaluated ones are known and documented.
    public var severity: Finding.Severity
}

/// The phase named on the command line is not one of the schema's: bad usage, not a finding.
public struct SchematronPhaseError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var phase: String
    public var phases: [String]

    public var description: String {
        "Schematron schema \(file) has no phase \"\(phase)\"; its phases: \((["#ALL"] + phases).joined(separator: ", "))"
    }
}

/// Checks every expression of a schema statically: libxml2 must compile it, and every function,
/// namespace prefix and variable it names must be known. What fails becomes a finding on the
/// schema, with its file, line and expression.
public enum SchematronCompiler {
    public static func compile(_ schema: SchematronSchema, phase requested: String? = nil,
                               severity: Finding.Severity = .error) throws(SchematronPhaseError) -> SchematronProgram {
        // XPath 2.0's value comparisons that XPath 1.0 decides alike are rewritten before anything is checked or run.
        let schema = XPathLowering.lowered(schema)
        let phase = requested ?? schema.defaultPhase
        guard let active = schema.patterns(phase: phase) else {
            throw SchematronPhaseError(file: schema.file, phase: phase ?? "", phases: schema.phases.map(\.id))
        }
        var findings = schema.problems
        let prefixes = Set(schema.namespaces.map(\.prefix)).union(["xml"])
        func problem(_ location: SchematronSchema.Location, _ what: String, _ expression: String, _ why: String) {
            findings.append(Finding(file: location.file, line: location.line, severity: severity,
                                    rule: .schematronSchema,
                                    message: "\(what) not evaluated: \(why): \(expression.split(whereSeparator: \.isWhitespace).joined(separator: " "))"))
        }
        /// Whether `expression` can be evaluated with these variables in scope.
        func check(_ expression: String?, _ what: String, _ location: SchematronSchema.Location, variables: Set<String>) -> Bool {
            guard let expression, !expression.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                problem(location, what, "\"\"", "no expression")
                return false
            }
            if let why = XPathCheck.problem(expression, prefixes: prefixes, variables: variables) {
                problem(location, what, expression, why)
                return false
            }
            return true
        }
        func bind(_ lets: [SchematronSchema.Let], _ what: String, into variables: inout Set<String>) -> [SchematronSchema.Let] {
            lets.filter { value in
                guard value.value != nil else {
                    problem(value.location, "\(what) let $\(value.name)", "(element content)", "a let without a value attribute")
                    return false
                }
                guard check(value.value, "\(what) let $\(value.name)", value.location, variables: variables) else { return false }
                variables.insert(value.name)
                return true
            }
        }

        let binding = (schema.queryBinding ?? "xslt").lowercased()
        if !["xslt", "xslt1", "xpath", "xslt2", "xslt3", "xpath2", "xpath3"].contains(binding) {
            findings.append(Finding(file: schema.file, line: 1, severity: severity, rule: .schematronSchema,
                                    message: "queryBinding \"\(binding)\" is not XPath: the schema's expressions are read as XPath 1.0"))
        }
        var globals: Set<String> = []
        var lets = bind(schema.lets, "schema", into: &globals)
        if let phase, let found = schema.phases.first(where: { $0.id == phase }) {
            lets += bind(found.lets, "phase \(phase)", into: &globals)
        }
        var patterns: [SchematronProgram.Pattern] = []
        for pattern in active {
            var patternVariables = globals
            let patternLets = bind(pattern.lets, "pattern \(pattern.id ?? "")", into: &patternVariables)
            var rules: [SchematronProgram.Rule] = []
            for rule in pattern.rules {
                let select = Self.select(rule.context)
                let selectable = check(select, "rule context \"\(rule.context)\"", rule.location, variables: patternVariables)
                var evaluable = selectable
                var variables = patternVariables
                for value in rule.lets {
                    let ok = value.value != nil && check(value.value, "let $\(value.name)", value.location, variables: variables)
                    if value.value == nil { problem(value.location, "let $\(value.name)", "(element content)", "a let without a value attribute") }
                    if ok { variables.insert(value.name) }
                    evaluable = evaluable && ok
                }
                for item in rule.checks {
                    evaluable = check(item.test, "\(item.kind.rawValue) test", item.location, variables: variables) && evaluable
                    for part in item.message {
                        switch part {
                        case .valueOf(let expression):
                            evaluable = check(expression, "value-of", item.location, variables: variables) && evaluable
                        case .name(let path?):
                            evaluable = check(path, "name path", item.location, variables: variables) && evaluable
                        case .name(nil), .text: break
                        }
                    }
                }
                rules.append(SchematronProgram.Rule(source: rule, select: selectable ? select : nil, evaluable: evaluable))
            }
            patterns.append(SchematronProgram.Pattern(source: pattern, lets: patternLets, rules: rules))
        }
        return SchematronProgram(schema: schema, phase: phase, lets: lets, patterns: patterns, findings: findings, severity: severity)
    }

    /// An XSLT match pattern as an expression selecting what it matches: each `|` branch that is not
    /// absolute is matched anywhere below the root (`//branch`).
    static func select(_ pattern: String) -> String {
        XPathCheck.topLevelBranches(pattern).map { branch in
            let trimmed = branch.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.hasPrefix("/") ? trimmed : "//" + trimmed
        }.joined(separator: " | ")
    }
}

/// The static checks of one expression, over its tokens.
enum XPathCheck {
    /// Node tests and operators that are written like a function call.
    private static let notFunctions: Set<String> = ["node", "text", "comment", "processing-instruction", "and", "or", "div", "mod"]
    /// XPath 2.0 operators that read like a function call before a parenthesis.
    private static let xpath2Operators: Set<String> = ["except", "intersect", "return", "satisfies", "then", "else", "to", "eq", "ne", "lt", "le", "gt", "ge", "is"]
    private static let xpath2Words: [(String, String)] = [
        ("if", "if … then … else"), ("for", "for … in … return"), ("some", "some … satisfies"), ("every", "every … satisfies"),
    ]

    static func problem(_ expression: String, prefixes: Set<String>, variables: Set<String>) -> String? {
        let compiled = XPathEvaluator.compileProblem(expression)
        if compiled != nil, let construct = xpath2Construct(expression) {
            return "XPath 2.0 syntax (\(construct)) that libxml2's XPath 1.0 cannot parse"
        }
        if expression.contains("matches"), !XPathRegex.supported(expression, flags: "") {
            return "matches() with the XML Schema name classes (\\i, \\c) or class subtraction, which ICU would read differently"
        }
        let tokens = tokenize(expression)
        for token in tokens {
            switch token {
            case .function(let name):
                if let word = xpath2Words.first(where: { $0.0 == name }) { return "XPath 2.0 syntax (\(word.1))" }
                if xpath2Operators.contains(name) { return "XPath 2.0 syntax (\(name))" }
                if name.contains(":") { return "function \(name)() is not available (no extension functions in other namespaces)" }
                if !XPathEvaluator.functions.contains(name) { return "function \(name)() is not XPath 1.0 nor one this engine provides" }
            case .variable(let name):
                if !variables.contains(name) {
                    if let word = xpath2Words.first(where: { expression.contains("\($0.0) $\(name)") }) {
                        return "XPath 2.0 syntax (\(word.1))"
                    }
                    return "variable $\(name) is not defined by a let in scope"
                }
            case .prefix(let prefix):
                if !prefixes.contains(prefix) { return "namespace prefix \(prefix) is not declared with <ns>" }
            }
        }
        return compiled.map { "libxml2 cannot compile it (\($0))" }
    }

    /// A name for the XPath 2.0 construct that made libxml2 fail, for the message.
    private static func xpath2Construct(_ expression: String) -> String? {
        let words = Set(tokenizeWords(expression))
        for (word, name) in [("if", "if … then … else"), ("every", "every … satisfies"), ("some", "some … satisfies"),
                             ("for", "for … return"), ("eq", "value comparison eq"), ("ne", "value comparison ne"), ("lt", "value comparison lt"),
                             ("le", "value comparison le"), ("gt", "value comparison gt"), ("ge", "value comparison ge"),
                             ("instance", "instance of"), ("cast", "cast as"), ("castable", "castable as"),
                             ("treat", "treat as"), ("except", "except"), ("intersect", "intersect"), ("to", "range to"),
                             ("is", "node comparison is"), ("return", "for … return"), ("satisfies", "quantified expression")]
            where words.contains(word) {
            return name
        }
        if topLevelCommas(expression) { return "a sequence (a, b)" }
        return nil
    }

    enum Token: Equatable {
        case function(String)
        case variable(String)
        case prefix(String)
    }

    private static func isNameStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
    private static func isNameCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "-" || c == "." }

    static func tokenize(_ expression: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(expression)
        var i = 0
        func name(from start: Int) -> (String, Int) {
            var end = start
            while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
            return (String(characters[start..<end]), end)
        }
        func skipSpace(_ from: Int) -> Int {
            var j = from
            while j < characters.count, characters[j].isWhitespace { j += 1 }
            return j
        }
        while i < characters.count {
            let c = characters[i]
            if c == "'" || c == "\"" {
                i += 1
                while i < characters.count, characters[i] != c { i += 1 }
                i += 1
            } else if c == "$" {
                var (variable, end) = name(from: i + 1)
                if end + 1 < characters.count, characters[end] == ":", isNameStart(characters[end + 1]) {
                    let (local, after) = name(from: end + 1)
                    variable += ":" + local
                    end = after
                }
                tokens.append(.variable(variable))
                i = end
            } else if isNameStart(c), i == 0 || !(isNameCharacter(characters[i - 1]) || characters[i - 1] == "$") {
                var (qualified, end) = name(from: i)
                var prefix: String?
                if end < characters.count, characters[end] == ":",
                   end + 1 < characters.count, characters[end + 1] != ":" {
                    prefix = qualified
                    if characters[end + 1] == "*" {
                        end += 2
                    } else {
                        let (local, after) = name(from: end + 1)
                        qualified += ":" + local
                        end = after
                    }
                }
                if let prefix { tokens.append(.prefix(prefix)) }
                let next = skipSpace(end)
                let isAxis = next + 1 < characters.count && characters[next] == ":" && characters[next + 1] == ":"
                if !isAxis, next < characters.count, characters[next] == "(", !notFunctions.contains(qualified) {
                    tokens.append(.function(qualified))
                }
                i = end
            } else {
                i += 1
            }
        }
        return tokens
    }

    /// The bare words of an expression, outside string literals.
    /// Names of attributes (`@to`) and variables (`$is`) are left out: they are not operators.
    private static func tokenizeWords(_ expression: String) -> [String] {
        var words: [String] = [], current = "", quote: Character?, sigil = false, previous: Character = " "
        for c in expression {
            defer { previous = c }
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            if c == "'" || c == "\"" { quote = c; continue }
            if isNameCharacter(c) || c == ":" {
                if current.isEmpty { sigil = previous == "@" || previous == "$" }
                current.append(c)
            } else {
                if !current.isEmpty, !sigil { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty, !sigil { words.append(current) }
        return words
    }

    /// A comma outside any function call's parentheses: only XPath 2.0 sequences have one.
    private static func topLevelCommas(_ expression: String) -> Bool {
        var stack: [Bool] = [], quote: Character?, previous: Character = " "
        for c in expression {
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            switch c {
            case "'", "\"": quote = c
            case "(": stack.append(previous.isLetter || previous.isNumber || previous == "_" || previous == "-")
            case ")": _ = stack.popLast()
            case ",": if stack.last != true { return true }
            default: break
            }
            if !c.isWhitespace { previous = c }
        }
        return false
    }

    /// The branches of a union at its top level, outside predicates, parentheses and strings.
    static func topLevelBranches(_ pattern: String) -> [String] {
        var branches: [String] = [], current = "", depth = 0, quote: Character?
        for c in pattern {
            if let q = quote {
                if c == q { quote = nil }
                current.append(c)
                continue
            }
            switch c {
            case "'", "\"": quote = c
            case "[", "(": depth += 1
            case "]", ")": depth -= 1
            case "|" where depth == 0:
                branches.append(current)
                current = ""
                continue
            default: break
            }
            current.append(c)
        }
        branches.append(current)
        return branches
    }
}
