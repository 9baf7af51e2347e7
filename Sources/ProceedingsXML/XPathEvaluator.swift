internal import CLibXML2
internal import Foundation
public import ProceedingsModel

/// A node of the document an `XPathDocument` holds, by its place in that document's node table:
/// the libxml2 pointer stays in the document, so that no C pointer leaves `XML/`.
public struct XPathNode: Sendable, Hashable {
    let index: Int
}

/// What an XPath 1.0 expression evaluates to.
public enum XPathValue: Sendable, Hashable {
    case nodes([XPathNode])
    case boolean(Bool)
    case number(Double)
    case string(String)
}

/// Why an expression could not be compiled or evaluated: libxml2's words, or the budget's.
public struct XPathProblem: Error, Sendable, Hashable {
    public var message: String
    /// The evaluation ran out of its operation budget (a runaway expression).
    public var exhausted: Bool
}

/// One parsed document and an XPath context over it, alive only inside `XPathEvaluator.withDocument`.
///
/// Expressions are compiled per document rather than shared: libxml2 caches function lookups in a
/// compiled expression while evaluating it, so one compiled expression is not safe on two threads.
public final class XPathDocument {
    private let document: xmlDocPtr
    private let context: xmlXPathContextPtr
    private let collector: LibXML2ErrorCollector
    private var nodes: [xmlNodePtr] = []
    private var indices: [xmlNodePtr: Int] = [:]
    private var compiled: [String: xmlXPathCompExprPtr] = [:]
    /// `matches()` patterns compiled once per document, not once per node; nil for one ICU cannot take.
    var patterns: [String: NSRegularExpression?] = [:]
    /// The node `current()` answers: the context node of the rule being checked.
    var currentNode: xmlNodePtr?
    /// libxml2 operations allowed for one evaluation, and for the whole document.
    private let budget: XPathEvaluator.Budget
    private var spent = 0

    fileprivate init(document: xmlDocPtr, context: xmlXPathContextPtr, collector: LibXML2ErrorCollector,
                     budget: XPathEvaluator.Budget) {
        self.document = document
        self.context = context
        self.collector = collector
        self.budget = budget
        context.pointee.user = Unmanaged.passUnretained(self).toOpaque()
        XPathFunctions.register(in: context)
    }

    fileprivate func close() {
        for expression in compiled.values { xmlXPathFreeCompExpr(expression) }
        compiled = [:]
        context.pointee.user = nil
    }

    /// The document node, `/`.
    public var root: XPathNode {
        document.withMemoryRebound(to: xmlNode.self, capacity: 1) { node(for: $0) }
    }

    public func registerNamespace(prefix: String, uri: String) {
        _ = xmlXPathRegisterNs(context, prefix, uri)
    }

    /// Binds `$name` for the following evaluations; nil unbinds it.
    public func setVariable(_ name: String, _ value: XPathValue?) {
        _ = xmlXPathRegisterVariable(context, name, value.flatMap(object))
    }

    /// The value of `expression` with `node` as context node and `current()`.
    public func evaluate(_ expression: String, at node: XPathNode, current: XPathNode? = nil) -> Result<XPathValue, XPathProblem> {
        if spent >= budget.perDocument {
            return .failure(XPathProblem(message: "the document's budget of \(budget.perDocument) XPath operations is spent",
                                         exhausted: true))
        }
        let before = collector.findings.count
        func problem(_ fallback: String) -> XPathProblem {
            let said = collector.findings.dropFirst(before).map(\.message)
            let exhausted = context.pointee.opCount >= context.pointee.opLimit
            let message = exhausted
                ? "stopped after \(context.pointee.opLimit) XPath operations (a runaway expression)"
                : said.isEmpty ? fallback : said.joined(separator: "; ")
            return XPathProblem(message: message, exhausted: exhausted)
        }
        let expressionPointer: xmlXPathCompExprPtr
        if let known = compiled[expression] {
            expressionPointer = known
        } else {
            guard let made = xmlXPathCtxtCompile(context, expression) else { return .failure(problem("cannot compile the expression")) }
            compiled[expression] = made
            expressionPointer = made
        }
        context.pointee.node = nodes[node.index]
        context.pointee.contextSize = 1
        context.pointee.proximityPosition = 1
        context.pointee.opLimit = UInt(max(1, min(budget.perEvaluation, budget.perDocument - spent)))
        context.pointee.opCount = 0
        currentNode = nodes[(current ?? node).index]
        defer { spent += Int(context.pointee.opCount) }
        guard let result = xmlXPathCompiledEval(expressionPointer, context) else {
            return .failure(problem("the expression could not be evaluated"))
        }
        defer { xmlXPathFreeObject(result) }
        if collector.findings.count > before { return .failure(problem("the expression could not be evaluated")) }
        return .success(value(result))
    }

    // MARK: - Nodes

    public func string(_ node: XPathNode) -> String {
        guard let characters = xmlXPathCastNodeToString(nodes[node.index]) else { return "" }
        defer { proceedings_xmlFree(characters) }
        return String(cString: characters)
    }

    /// XPath's `string()` of a value; of a node set, its first node's string value.
    public func string(_ value: XPathValue) -> String {
        switch value {
        case .nodes(let nodes): nodes.first.map(string) ?? ""
        case .boolean(let value): value ? "true" : "false"
        case .string(let value): value
        case .number(let value): Self.format(value)
        }
    }

    public func boolean(_ value: XPathValue) -> Bool {
        switch value {
        case .nodes(let nodes): !nodes.isEmpty
        case .boolean(let value): value
        case .string(let value): !value.isEmpty
        case .number(let value): value != 0 && !value.isNaN
        }
    }

    /// XPath's `name()`: the qualified name as written in the document.
    public func name(_ node: XPathNode) -> String {
        let pointer = nodes[node.index]
        guard let name = pointer.pointee.name.map({ String(cString: $0) }) else { return "" }
        guard pointer.pointee.type == XML_ELEMENT_NODE || pointer.pointee.type == XML_ATTRIBUTE_NODE,
              let prefix = pointer.pointee.ns?.pointee.prefix.map({ String(cString: $0) }) else { return name }
        return prefix + ":" + name
    }

    /// The line of the node, or of the element that holds it.
    public func line(_ node: XPathNode) -> Int? {
        var pointer: xmlNodePtr? = nodes[node.index]
        if pointer?.pointee.type == XML_ATTRIBUTE_NODE { pointer = pointer?.pointee.parent }
        guard let pointer else { return nil }
        let line = Int(xmlGetLineNo(pointer))
        return line > 0 ? line : nil
    }

    /// The node's XPath in the form of `XMLLocator`: `/TEI/text[1]/body[1]/p[2]/@rend`, the
    /// position counted among siblings of the same name and namespace.
    public func path(_ node: XPathNode) -> String {
        var steps: [String] = []
        var pointer: xmlNodePtr? = nodes[node.index]
        while let current = pointer, current.pointee.type != XML_DOCUMENT_NODE {
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            switch current.pointee.type {
            case XML_ATTRIBUTE_NODE:
                let prefix = current.pointee.ns?.pointee.prefix.map { String(cString: $0) + ":" } ?? ""
                steps.append("@" + prefix + name)
            case XML_ELEMENT_NODE:
                if current.pointee.parent?.pointee.type == XML_DOCUMENT_NODE {
                    steps.append(name)
                } else {
                    steps.append("\(name)[\(position(current) { $0.pointee.type == XML_ELEMENT_NODE && Self.sameName($0, current) })]")
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                steps.append("text()[\(position(current) { $0.pointee.type == XML_TEXT_NODE || $0.pointee.type == XML_CDATA_SECTION_NODE })]")
            case XML_COMMENT_NODE:
                steps.append("comment()[\(position(current) { $0.pointee.type == XML_COMMENT_NODE })]")
            default:
                steps.append("node()[\(position(current) { _ in true })]")
            }
            pointer = current.pointee.parent
        }
        return "/" + steps.reversed().joined(separator: "/")
    }

    /// Sorts nodes into document order, as libxml2 orders them.
    public func documentOrder(_ a: XPathNode, _ b: XPathNode) -> Bool {
        a != b && xmlXPathCmpNodes(nodes[a.index], nodes[b.index]) == 1
    }

    /// A stable id for the node within this document, for `generate-id()`.
    func generatedId(_ pointer: xmlNodePtr) -> String { "d1n\(node(for: pointer).index)" }

    private func position(_ node: xmlNodePtr, _ counts: (xmlNodePtr) -> Bool) -> Int {
        var position = 1
        var sibling = node.pointee.prev
        while let current = sibling {
            if counts(current) { position += 1 }
            sibling = current.pointee.prev
        }
        return position
    }

    private static func sameName(_ a: xmlNodePtr, _ b: xmlNodePtr) -> Bool {
        guard let x = a.pointee.name, let y = b.pointee.name, xmlStrEqual(x, y) != 0 else { return false }
        let first = a.pointee.ns?.pointee.href, second = b.pointee.ns?.pointee.href
        if first == nil || second == nil { return first == nil && second == nil }
        return xmlStrEqual(first, second) != 0
    }

    private func node(for pointer: xmlNodePtr) -> XPathNode {
        if let index = indices[pointer] { return XPathNode(index: index) }
        nodes.append(pointer)
        indices[pointer] = nodes.count - 1
        return XPathNode(index: nodes.count - 1)
    }

    // MARK: - Values

    private func value(_ object: xmlXPathObjectPtr) -> XPathValue {
        switch object.pointee.type {
        case XPATH_NODESET, XPATH_XSLT_TREE:
            guard let set = object.pointee.nodesetval, let table = set.pointee.nodeTab else { return .nodes([]) }
            // Namespace nodes are copies that die with the set: no rule context can hold one.
            return .nodes((0..<Int(set.pointee.nodeNr)).compactMap { index in
                table[index].flatMap { $0.pointee.type == XML_NAMESPACE_DECL ? nil : node(for: $0) }
            })
        case XPATH_BOOLEAN: return .boolean(object.pointee.boolval != 0)
        case XPATH_NUMBER: return .number(object.pointee.floatval)
        case XPATH_STRING: return .string(object.pointee.stringval.map { String(cString: $0) } ?? "")
        default:
            // libxml2's cast allocates: the string is ours to free, and it may fail.
            guard let characters = xmlXPathCastToString(object) else { return .string("") }
            defer { proceedings_xmlFree(characters) }
            return .string(String(cString: characters))
        }
    }

    /// A value as libxml2's object, or nil when libxml2 cannot allocate one (the variable is then
    /// unbound, and an expression that reads it fails as any undefined variable does).
    private func object(_ value: XPathValue) -> xmlXPathObjectPtr? {
        switch value {
        case .nodes(let list):
            guard let set = xmlXPathNewNodeSet(nil) else { return nil }
            for node in list { _ = xmlXPathNodeSetAdd(set.pointee.nodesetval, nodes[node.index]) }
            return set
        case .boolean(let value): return xmlXPathNewBoolean(value ? 1 : 0)
        case .number(let value): return xmlXPathNewFloat(value)
        case .string(let value): return xmlXPathNewString(value)
        }
    }

    /// XPath's number-to-string: integers without a fraction, NaN and the infinities by name.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

/// The door to libxml2's XPath: parses with `SafeXMLParser`'s settings and evaluates expressions
/// over the document, with an operation budget that stops runaway expressions.
public enum XPathEvaluator {
    public struct Budget: Sendable {
        /// libxml2 operations one expression may take (its `opLimit`).
        public var perEvaluation: Int
        /// ... and all the expressions of one document together.
        public var perDocument: Int

        public static let standard = Budget(perEvaluation: 5_000_000, perDocument: 200_000_000)

        /// At least one operation each: libxml2 reads an `opLimit` of 0 as no limit at all.
        public init(perEvaluation: Int, perDocument: Int) {
            self.perEvaluation = max(1, perEvaluation)
            self.perDocument = max(1, perDocument)
        }
    }

    /// Parses `bytes` as `SafeXMLParser` does and runs `body` on the document; nil, with the parser's
    /// findings, when the document is not acceptable. Nothing of the document may escape `body`.
    public static func withDocument<T>(_ bytes: [UInt8], fileName: String, budget: Budget = .standard,
                                       _ body: (XPathDocument) -> T) -> (T?, [Finding]) {
        let collector = LibXML2ErrorCollector(fileName: fileName, rule: .xmlSyntax)
        let result = SafeXMLParser.withSafeDocument(bytes, collector: collector) { document -> T? in
            collector.rule = .xpath
            return evaluate(document, collector: collector, budget: budget, body)
        }
        return (result ?? nil, collector.findings.filter { $0.rule.rule != .xpath })
    }

    /// `body` over a document already parsed, which it may share with other checks: XPath only reads it.
    public static func withDocument<T>(_ parsed: SafeXMLDocument, budget: Budget = .standard,
                                       _ body: (XPathDocument) -> T) -> T? {
        let collector = LibXML2ErrorCollector(fileName: parsed.fileName, rule: .xpath)
        return collector.capture { evaluate(parsed.document, collector: collector, budget: budget, body) }
    }

    /// Under `collector`'s capture.
    private static func evaluate<T>(_ document: xmlDocPtr, collector: LibXML2ErrorCollector, budget: Budget,
                                    _ body: (XPathDocument) -> T) -> T? {
        guard let context = xmlXPathNewContext(document) else { return nil }
        defer { xmlXPathFreeContext(context) }
        let session = XPathDocument(document: document, context: context, collector: collector, budget: budget)
        defer { session.close() }
        return body(session)
    }

    /// nil when libxml2 compiles `expression`, else what it said. libxml2 resolves prefixes,
    /// variables and functions only when evaluating, so callers check those themselves.
    public static func compileProblem(_ expression: String) -> String? {
        let collector = LibXML2ErrorCollector(fileName: "expression", rule: .xpath)
        return collector.capture { () -> String? in
            guard let context = xmlXPathNewContext(nil) else { return "libxml2 could not create an XPath context" }
            defer { xmlXPathFreeContext(context) }
            guard let compiled = xmlXPathCtxtCompile(context, expression) else {
                return collector.findings.map(\.message).joined(separator: "; ").nonEmpty ?? "cannot compile the expression"
            }
            xmlXPathFreeCompExpr(compiled)
            return nil
        }
    }

    /// Functions libxml2's XPath 1.0 knows, and the XPath 2.0 and XSLT ones registered here.
    public static let functions: Set<String> = Set([
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat",
        "starts-with", "contains", "substring-before", "substring-after", "substring", "string-length",
        "normalize-space", "translate", "boolean", "not", "true", "false", "lang", "number", "sum", "floor",
        "ceiling", "round",
    ]).union(XPathFunctions.names)
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
