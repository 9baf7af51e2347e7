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
}

extension SchematronLoader {
    /// One load's state: what has been read so far, and the problems found in it.
    final class Reader {
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

        func isSchematron(_ element: XMLElement, _ name: String? = nil) -> Bool {
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
    }
}
