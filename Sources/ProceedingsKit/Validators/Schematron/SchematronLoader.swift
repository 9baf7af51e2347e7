internal import Foundation

/// The schema could not be read at all: a failure to run, not a finding.
public struct SchematronLoadError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "cannot load Schematron schema \(path): \(reason)" }
}

/// Reads ISO Schematron from a `.sch` file, or the rules embedded in a RELAX NG schema (TEI's
/// `tei_all.rng`), into a `SchematronSchema`: local includes read, abstract patterns and
/// abstract rules expanded. Nothing is fetched: an include that names a URL is refused.
public enum SchematronLoader {
    /// How the checks' rule ids are made.
    public enum Naming: Sendable {
        /// A partner's schema: `schematron-` and the id of the assert, its rule or its pattern.
        case partner
        /// TEI's rules: `tei-` and the constraint the pattern's id names.
        case tei
    }

    /// Deeper includes than this are taken for a runaway and refused.
    static let maximumIncludeDepth = 16
    /// An included file is read only up to this size.
    static let maximumIncludeSize = 16 * 1024 * 1024

    public static func load(path: String, naming: Naming = .partner) throws(SchematronLoadError) -> SchematronSchema {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SchematronLoadError(path: path, reason: "the file cannot be read")
        }
        let (root, findings) = SafeXMLParser.parse([UInt8](data), fileName: path)
        guard let root else {
            throw SchematronLoadError(path: path, reason: findings.map(\.description).joined(separator: "; "))
        }
        let reader = Reader(naming: naming, root: path)
        let embedded = root.name != "schema" || root.namespace != SchematronSchema.namespace
        if embedded, naming == .partner {
            throw SchematronLoadError(path: path, reason: "the root element is <\(root.name)> in \(root.namespace ?? "no namespace"), not <schema> in \(SchematronSchema.namespace)")
        }
        return embedded ? reader.embedded(root, file: path) : reader.schema(root, file: path)
    }

    /// `Abc.Def_x` → `abc-def-x`: the form of the report's rule ids.
    static func kebab(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result
    }
}

private final class Reader {
    typealias Location = SchematronSchema.Location

    enum Item {
        case let_(SchematronSchema.Let)
        case check(SchematronSchema.Check)
        case extends(String, Location)
    }

    struct RawRule {
        var id: String?
        var abstract: Bool
        var context: String?
        var items: [Item]
        var location: Location
    }

    struct RawPattern {
        var id: String?
        var abstract: Bool
        var isA: String?
        var parameters: [(name: String, value: String)]
        var lets: [SchematronSchema.Let]
        var rules: [RawRule]
        var location: Location
    }

    let naming: SchematronLoader.Naming
    let root: String
    var problems: [Finding] = []
    var namespaces: [SchematronSchema.Namespace] = []
    var lets: [SchematronSchema.Let] = []
    var phases: [SchematronSchema.Phase] = []
    var patterns: [RawPattern] = []
    var abstractRules: [String: RawRule] = [:]
    /// Files being included, innermost last: a file that includes itself again is a loop.
    var including: [String] = []

    init(naming: SchematronLoader.Naming, root: String) {
        self.naming = naming
        self.root = root
    }

    func problem(_ location: Location, _ message: String) {
        problems.append(Finding(file: location.file, line: location.line, severity: .error,
                                rule: .schematronSchema, message: message))
    }

    private func isSchematron(_ element: XMLElement, _ name: String? = nil) -> Bool {
        element.namespace == SchematronSchema.namespace && (name == nil || element.name == name)
    }

    // MARK: - Reading

    func schema(_ element: XMLElement, file: String) -> SchematronSchema {
        including = [Self.canonical(file)]
        for node in resolve(element, file: file) { node.children.forEach(top) }
        return finish(queryBinding: element.attribute("queryBinding"), defaultPhase: element.attribute("defaultPhase"))
    }

    /// Schematron inside another vocabulary: every `ns` and `pattern`, wherever they stand.
    func embedded(_ element: XMLElement, file: String) -> SchematronSchema {
        including = [Self.canonical(file)]
        func walk(_ element: XMLElement) {
            if isSchematron(element, "ns") || isSchematron(element, "pattern") {
                resolve(element, file: file).forEach(top)
                return
            }
            element.elements.forEach(walk)
        }
        walk(element)
        return finish(queryBinding: "xslt2", defaultPhase: nil)
    }

    private func top(_ node: Node) {
        let element = node.element, file = node.file
        guard isSchematron(element) else { return }
        let location = Location(file: file, line: element.line)
        switch element.name {
        case "ns":
            let namespace = SchematronSchema.Namespace(prefix: element.attribute("prefix") ?? "", uri: element.attribute("uri") ?? "")
            if !namespaces.contains(namespace) { namespaces.append(namespace) }
        case "let": lets.append(let_(element, location))
        case "phase":
            guard let id = element.attribute("id") else { return problem(location, "a phase without an id") }
            var active: [String] = [], phaseLets: [SchematronSchema.Let] = []
            for childNode in node.children where isSchematron(childNode.element) {
                let child = childNode.element
                if child.name == "active", let pattern = child.attribute("pattern") { active.append(pattern) }
                if child.name == "let" { phaseLets.append(let_(child, Location(file: childNode.file, line: child.line))) }
            }
            phases.append(SchematronSchema.Phase(id: id, active: active, lets: phaseLets))
        case "pattern": patterns.append(pattern(node))
        case "rules":
            for child in node.children where isSchematron(child.element, "rule") {
                let raw = rule(child)
                if let id = raw.id { abstractRules[id] = raw }
            }
        case "schema":
            // An included file whose root is a whole schema: its parts join this one.
            node.children.forEach(top)
        default: break
        }
    }

    private func let_(_ element: XMLElement, _ location: Location) -> SchematronSchema.Let {
        SchematronSchema.Let(name: element.attribute("name") ?? "", value: element.attribute("value"), location: location)
    }

    private func pattern(_ node: Node) -> RawPattern {
        let element = node.element, file = node.file
        var raw = RawPattern(id: element.attribute("id"), abstract: element.attribute("abstract") == "true",
                             isA: element.attribute("is-a"), parameters: [], lets: [], rules: [],
                             location: Location(file: file, line: element.line))
        for childNode in node.children where isSchematron(childNode.element) {
            let child = childNode.element
            let location = Location(file: childNode.file, line: child.line)
            switch child.name {
            case "let": raw.lets.append(let_(child, location))
            case "param":
                guard let name = child.attribute("name"), let value = child.attribute("value") else {
                    problem(location, "a param needs a name and a value")
                    continue
                }
                raw.parameters.append((name, value))
            case "rule":
                let rule = rule(childNode)
                if rule.abstract {
                    if let id = rule.id { abstractRules[id] = rule } else { problem(location, "an abstract rule without an id") }
                } else {
                    raw.rules.append(rule)
                }
            default: break
            }
        }
        return raw
    }

    private func rule(_ node: Node) -> RawRule {
        let element = node.element, file = node.file
        let location = Location(file: file, line: element.line)
        var raw = RawRule(id: element.attribute("id"), abstract: element.attribute("abstract") == "true",
                          context: element.attribute("context"), items: [], location: location)
        for childNode in node.children where isSchematron(childNode.element) {
            let child = childNode.element
            let childLocation = Location(file: childNode.file, line: child.line)
            switch child.name {
            case "let": raw.items.append(.let_(let_(child, childLocation)))
            case "extends":
                guard let name = child.attribute("rule") else {
                    problem(childLocation, "extends without a rule attribute (extends href is not supported)")
                    continue
                }
                raw.items.append(.extends(name, childLocation))
            case "assert", "report":
                guard let test = child.attribute("test") else {
                    problem(childLocation, "<\(child.name)> without a test")
                    continue
                }
                raw.items.append(.check(SchematronSchema.Check(
                    kind: child.name == "assert" ? .assert : .report, id: child.attribute("id"), test: test,
                    role: child.attribute("role") ?? child.attribute("flag"), message: message(child), rule: RuleID(.schematron),
                    location: childLocation)))
            default: break
            }
        }
        return raw
    }

    private func message(_ element: XMLElement) -> [SchematronSchema.MessagePart] {
        element.children.flatMap { node -> [SchematronSchema.MessagePart] in
            switch node {
            case .text(let text): return [.text(text)]
            case .element(let child):
                if isSchematron(child, "value-of") { return [.valueOf(child.attribute("select") ?? "")] }
                if isSchematron(child, "name") { return [.name(child.attribute("path"))] }
                return message(child)
            }
        }
    }

    // MARK: - Includes

    /// An element of the schema with the file it was read from, its includes already replaced by
    /// what they include: they are resolved while the chain of includes is known, so that a loop
    /// is seen however deep it is.
    struct Node {
        var element: XMLElement
        var file: String
        var children: [Node]
    }

    private func resolve(_ element: XMLElement, file: String) -> [Node] {
        if isSchematron(element, "include") { return include(element, file: file) }
        return [Node(element: element, file: file, children: element.elements.flatMap { resolve($0, file: file) })]
    }

    private func include(_ element: XMLElement, file: String) -> [Node] {
        let location = Location(file: file, line: element.line)
        guard let href = element.attribute("href"), !href.isEmpty else {
            problem(location, "an include without href")
            return []
        }
        let (reference, fragment) = Self.split(href)
        if let scheme = Self.scheme(reference), scheme != "file" {
            problem(location, "include of \(href) refused: only local files are read, never the network")
            return []
        }
        let localPath = reference.hasPrefix("file:") ? (URL(string: reference)?.path ?? reference) : reference
        let base = URL(fileURLWithPath: file).deletingLastPathComponent()
        let path = localPath.hasPrefix("/") ? localPath : base.appendingPathComponent(localPath).path
        let canonical = Self.canonical(path)
        if including.contains(canonical) {
            problem(location, "include of \(href) refused: it includes itself (\((including + [canonical]).map { ($0 as NSString).lastPathComponent }.joined(separator: " → ")))")
            return []
        }
        if including.count >= SchematronLoader.maximumIncludeDepth {
            problem(location, "include of \(href) refused: includes nested more than \(SchematronLoader.maximumIncludeDepth) deep")
            return []
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= SchematronLoader.maximumIncludeSize, let data = FileManager.default.contents(atPath: path) else {
            problem(location, size > SchematronLoader.maximumIncludeSize
                ? "include of \(href) refused: larger than \(SchematronLoader.maximumIncludeSize) bytes"
                : "include of \(href): cannot read \(path)")
            return []
        }
        let (included, findings) = SafeXMLParser.parse([UInt8](data), fileName: path)
        guard var target = included else {
            problem(location, "include of \(href): " + findings.map(\.description).joined(separator: "; "))
            return []
        }
        if let fragment {
            guard let found = Self.element(in: target, id: fragment) else {
                problem(location, "include of \(href): no element has the id \(fragment)")
                return []
            }
            target = found
        }
        including.append(canonical)
        defer { including.removeLast() }
        return resolve(target, file: path)
    }

    private static func split(_ href: String) -> (String, String?) {
        guard let hash = href.firstIndex(of: "#") else { return (href, nil) }
        return (String(href[..<hash]), String(href[href.index(after: hash)...]))
    }

    /// `http`, `https`, `ftp`, `file`...: the scheme of a URI reference, if it has one.
    private static func scheme(_ reference: String) -> String? {
        guard let colon = reference.firstIndex(of: ":") else { return nil }
        let scheme = reference[..<colon]
        guard let first = scheme.first, first.isLetter, scheme.count > 1,
              scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else { return nil }
        return scheme.lowercased()
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func element(in root: XMLElement, id: String) -> XMLElement? {
        if root.attribute("id") == id || root.attribute("id", namespace: "http://www.w3.org/XML/1998/namespace") == id { return root }
        for child in root.elements { if let found = element(in: child, id: id) { return found } }
        return nil
    }

    // MARK: - Expansion

    private func finish(queryBinding: String?, defaultPhase: String?) -> SchematronSchema {
        let abstractPatterns = Dictionary(patterns.filter(\.abstract).compactMap { p in p.id.map { ($0, p) } }) { first, _ in first }
        var result: [SchematronSchema.Pattern] = []
        for (index, raw) in patterns.enumerated() where !raw.abstract {
            var source = raw
            if let isA = raw.isA {
                guard let abstract = abstractPatterns[isA] else {
                    problem(raw.location, "pattern \(raw.id ?? "") is-a \"\(isA)\", which no abstract pattern is")
                    continue
                }
                let parameters = raw.parameters.sorted { $0.name.count > $1.name.count }
                source = abstract
                source.rules = abstract.rules.map { rule in
                    var rule = rule
                    rule.context = rule.context.map { Self.substitute($0, parameters) }
                    rule.items = rule.items.map { item in
                        switch item {
                        case .let_(var value):
                            value.value = value.value.map { Self.substitute($0, parameters) }
                            return .let_(value)
                        case .check(var check):
                            check.test = Self.substitute(check.test, parameters)
                            check.message = check.message.map { part in
                                switch part {
                                case .valueOf(let select): .valueOf(Self.substitute(select, parameters))
                                case .name(let path): .name(path.map { Self.substitute($0, parameters) })
                                case .text: part
                                }
                            }
                            return .check(check)
                        case .extends: return item
                        }
                    }
                    return rule
                }
                source.id = raw.id
                source.lets = raw.lets + abstract.lets.map { var l = $0; l.value = l.value.map { Self.substitute($0, parameters) }; return l }
                source.location = raw.location
            }
            var rules: [SchematronSchema.Rule] = []
            for (ruleIndex, rule) in source.rules.enumerated() {
                guard let context = rule.context else {
                    problem(rule.location, "a rule without a context")
                    continue
                }
                var lets: [SchematronSchema.Let] = [], checks: [SchematronSchema.Check] = []
                expand(rule.items, into: &lets, &checks, seen: [])
                for (checkIndex, _) in checks.enumerated() {
                    checks[checkIndex].rule = ruleId(pattern: source.id, rule: rule.id, check: checks[checkIndex].id,
                                                     position: [index + 1, ruleIndex + 1, checkIndex + 1])
                }
                rules.append(SchematronSchema.Rule(id: rule.id, context: context, lets: lets, checks: checks, location: rule.location))
            }
            result.append(SchematronSchema.Pattern(id: source.id, lets: source.lets, rules: rules, location: source.location))
        }
        return SchematronSchema(file: root, queryBinding: queryBinding, namespaces: namespaces, lets: lets, phases: phases,
                                defaultPhase: defaultPhase, patterns: result, problems: problems)
    }

    private func expand(_ items: [Item], into lets: inout [SchematronSchema.Let], _ checks: inout [SchematronSchema.Check],
                        seen: Set<String>) {
        for item in items {
            switch item {
            case .let_(let value): lets.append(value)
            case .check(let check): checks.append(check)
            case .extends(let name, let location):
                guard let abstract = abstractRules[name] else {
                    problem(location, "extends rule \"\(name)\", which no abstract rule is")
                    continue
                }
                guard !seen.contains(name) else {
                    problem(location, "extends rule \"\(name)\", which extends itself")
                    continue
                }
                expand(abstract.items, into: &lets, &checks, seen: seen.union([name]))
            }
        }
    }

    /// `$name` replaced by the parameter's value, where `$name` is not the start of a longer name.
    static func substitute(_ text: String, _ parameters: [(name: String, value: String)]) -> String {
        guard !parameters.isEmpty, text.contains("$") else { return text }
        var result = ""
        var index = text.startIndex
        outer: while index < text.endIndex {
            if text[index] == "$" {
                let rest = text[text.index(after: index)...]
                for (name, value) in parameters where rest.hasPrefix(name) {
                    let end = rest.index(rest.startIndex, offsetBy: name.count)
                    if end == rest.endIndex || !Self.isNameCharacter(rest[end]) {
                        result += value
                        index = end
                        continue outer
                    }
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }

    static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-" || character == "." || character == ":"
    }

    private func ruleId(pattern: String?, rule: String?, check: String?, position: [Int]) -> RuleID {
        switch naming {
        case .tei:
            return pattern.flatMap(RuleID.tei(patternId:))
                ?? RuleID.tei(constraint: position.map(String.init).joined(separator: "-"))
        case .partner:
            let named = [check, rule, pattern].compactMap { $0 }.first { !SchematronLoader.kebab($0).isEmpty }
            let stem = ((root as NSString).lastPathComponent as NSString).deletingPathExtension
            return RuleID.schematron(constraint: named ?? ([stem] + position.map(String.init)).joined(separator: "-"))
        }
    }
}
