internal import CLibXML2
package import Foundation

/// XPath 2.0 and XSLT functions that Schematron rules use and that libxml2 can give exactly:
/// each takes and returns XPath 1.0 values. `tokenize` is not among them: it returns a sequence
/// of strings, which XPath 1.0 has no value for, so a rule using it is not evaluated.
enum XPathFunctions {
    static let names: Set<String> = ["current", "generate-id", "exists", "empty", "ends-with", "lower-case",
                                     "upper-case", "string-join", "matches"]

    static func register(in context: xmlXPathContextPtr) {
        _ = xmlXPathRegisterFunc(context, "current", current)
        _ = xmlXPathRegisterFunc(context, "generate-id", generateId)
        _ = xmlXPathRegisterFunc(context, "exists", exists)
        _ = xmlXPathRegisterFunc(context, "empty", empty)
        _ = xmlXPathRegisterFunc(context, "ends-with", endsWith)
        _ = xmlXPathRegisterFunc(context, "lower-case", lowerCase)
        _ = xmlXPathRegisterFunc(context, "upper-case", upperCase)
        _ = xmlXPathRegisterFunc(context, "string-join", stringJoin)
        _ = xmlXPathRegisterFunc(context, "matches", matches)
    }

    private static func session(_ parser: xmlXPathParserContextPtr) -> XPathDocument? {
        parser.pointee.context.pointee.user.map { Unmanaged<XPathDocument>.fromOpaque($0).takeUnretainedValue() }
    }

    private static func fail(_ parser: xmlXPathParserContextPtr, _ code: xmlXPathError) {
        xmlXPathErr(parser, Int32(code.rawValue))
    }

    private static func popString(_ parser: xmlXPathParserContextPtr) -> String {
        guard let characters = xmlXPathPopString(parser) else { return "" }
        defer { proceedings_xmlFree(characters) }
        return String(cString: characters)
    }

    /// A node set's strings, or the one string of any other value: XPath 2.0's atomised sequence.
    private static func popStrings(_ parser: xmlXPathParserContextPtr) -> [String] {
        guard let object = valuePop(parser) else { return [] }
        defer { xmlXPathFreeObject(object) }
        if object.pointee.type == XPATH_NODESET || object.pointee.type == XPATH_XSLT_TREE {
            guard let set = object.pointee.nodesetval, let table = set.pointee.nodeTab else { return [] }
            return (0..<Int(set.pointee.nodeNr)).map { index in
                guard let node = table[index], let characters = xmlXPathCastNodeToString(node) else { return "" }
                defer { proceedings_xmlFree(characters) }
                return String(cString: characters)
            }
        }
        guard let characters = xmlXPathCastToString(object) else { return [] }
        defer { proceedings_xmlFree(characters) }
        return [String(cString: characters)]
    }

    private static func popIsEmpty(_ parser: xmlXPathParserContextPtr) -> Bool {
        guard let object = valuePop(parser) else { return true }
        defer { xmlXPathFreeObject(object) }
        guard object.pointee.type == XPATH_NODESET || object.pointee.type == XPATH_XSLT_TREE else { return false }
        return (object.pointee.nodesetval?.pointee.nodeNr ?? 0) == 0
    }

    private static func push(_ parser: xmlXPathParserContextPtr, _ value: String) {
        _ = valuePush(parser, xmlXPathNewString(value))
    }

    private static func push(_ parser: xmlXPathParserContextPtr, _ value: Bool) {
        _ = valuePush(parser, xmlXPathNewBoolean(value ? 1 : 0))
    }

    private static let current: xmlXPathFunction = { parser, arguments in
        guard let parser else { return }
        guard arguments == 0 else { return fail(parser, XPATH_INVALID_ARITY) }
        _ = valuePush(parser, xmlXPathNewNodeSet(session(parser)?.currentNode))
    }

    private static let generateId: xmlXPathFunction = { parser, arguments in
        guard let parser else { return }
        guard arguments <= 1 else { return fail(parser, XPATH_INVALID_ARITY) }
        var node = parser.pointee.context.pointee.node
        if arguments == 1 {
            guard let object = valuePop(parser) else { return fail(parser, XPATH_INVALID_OPERAND) }
            defer { xmlXPathFreeObject(object) }
            guard object.pointee.type == XPATH_NODESET else { return fail(parser, XPATH_INVALID_TYPE) }
            let set = object.pointee.nodesetval
            guard let set, set.pointee.nodeNr > 0 else { return push(parser, "") }
            node = set.pointee.nodeTab[0]
        }
        guard let node, let document = session(parser) else { return push(parser, "") }
        push(parser, document.generatedId(node))
    }

    private static let exists: xmlXPathFunction = { parser, arguments in
        guard let parser else { return }
        guard arguments == 1 else { return fail(parser, XPATH_INVALID_ARITY) }
        push(parser, !popIsEmpty(parser))
    }

    private static let empty: xmlXPathFunction = { parser, arguments in
        guard let parser else { return }
        guard arguments == 1 else { return fail(parser, XPATH_INVALID_ARITY) }
        push(parser, popIsEmpty(parser))
    }

    private static let endsWith: xmlXPathFunction = { parser, arguments in
        guard let parser else { return }
        guard arguments == 2 else { return fail(parser, XPATH_INVALID_ARITY) }
        let suffix = popString(parser), text = popString(parser)
        push(parser, text.unicodeScalars.reversed().starts(with: suffix.unicodeScalars.reversed()))
    }

    private static let lowerCase: xmlXPathFunction = { parser, arguments in
        guard let parser else { return }
        guard arguments == 1 else { return fail(parser, XPATH_INVALID_ARITY) }
        push(parser, popString(parser).lowercased())
    }

    private static let upperCase: xmlXPathFunction = { parser, arguments in
        guard let parser else { return }
        guard arguments == 1 else { return fail(parser, XPATH_INVALID_ARITY) }
        push(parser, popString(parser).uppercased())
    }

    private static let stringJoin: xmlXPathFunction = { parser, arguments in
        guard let parser else { return }
        guard arguments == 1 || arguments == 2 else { return fail(parser, XPATH_INVALID_ARITY) }
        let separator = arguments == 2 ? popString(parser) : ""
        push(parser, popStrings(parser).joined(separator: separator))
    }

    /// XPath 2.0 regular expressions are XML Schema's plus anchors; ICU reads the same syntax but
    /// for the name classes (`\i`, `\c`) and class subtraction (`[a-z-[aeiou]]`), which it would
    /// read differently: those are refused rather than answered wrongly.
    private static let matches: xmlXPathFunction = { parser, arguments in
        guard let parser else { return }
        guard arguments == 2 || arguments == 3 else { return fail(parser, XPATH_INVALID_ARITY) }
        let flags = arguments == 3 ? popString(parser) : ""
        let pattern = popString(parser), text = popString(parser)
        let key = flags + "/" + pattern
        let cached = session(parser)?.patterns[key]
        let compiled = cached ?? XPathRegex.compile(pattern, flags: flags)
        if cached == nil { session(parser)?.patterns[key] = .some(compiled) }
        guard let expression = compiled else { return fail(parser, XPATH_INVALID_OPERAND) }
        let range = NSRange(text.startIndex..., in: text)
        push(parser, expression.firstMatch(in: text, range: range) != nil)
    }
}

/// XPath 2.0's regular expressions through ICU, for the patterns both read alike.
package enum XPathRegex {
    package static func supported(_ pattern: String, flags: String) -> Bool {
        !["\\i", "\\I", "\\c", "\\C", "-["].contains { pattern.contains($0) } && flags.allSatisfy { "smix".contains($0) }
    }

    package static func compile(_ pattern: String, flags: String) -> NSRegularExpression? {
        guard supported(pattern, flags: flags) else { return nil }
        var options: NSRegularExpression.Options = []
        if flags.contains("s") { options.insert(.dotMatchesLineSeparators) }
        if flags.contains("m") { options.insert(.anchorsMatchLines) }
        if flags.contains("i") { options.insert(.caseInsensitive) }
        if flags.contains("x") { options.insert(.allowCommentsAndWhitespace) }
        return try? NSRegularExpression(pattern: pattern, options: options)
    }
}
