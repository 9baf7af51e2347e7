/// What the sniffer shows each format's content test. Each part is worked out when a format first
/// asks for it, and once: most inputs are plain text, which no test should pay to parse as XML,
/// and XML is parsed once for every format that asks (and for the validator after them).
public final class Sample {
    public let bytes: [UInt8]
    public let fileName: String

    public init(_ bytes: [UInt8], fileName: String) {
        self.bytes = bytes
        self.fileName = fileName
    }

    /// The first 4 KiB after a byte order mark: the start tells the formats apart, and a huge
    /// file stays cheap to tell.
    public private(set) lazy var head: [UInt8] = {
        let body = bytes.starts(with: Self.byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
        return Array(body.prefix(4096))
    }()

    /// The head as text, from its first character that is not white space.
    public private(set) lazy var start: Substring = String(decoding: head, as: UTF8.self).drop { $0.isWhitespace }

    /// The tree (nil if not well-formed) and the parser's findings, when the content opens as XML
    /// does: with a declaration, a comment, a doctype, a processing instruction or an element.
    public private(set) lazy var xml: (root: XMLElement?, findings: [Finding])? = xmlDocument.map { ($0.document?.root, $0.findings) }

    /// The parsed document the tree comes from, kept for the checks that work on libxml2's own
    /// tree (an XSD, Schematron), so that a file is parsed once.
    public private(set) lazy var xmlDocument: (document: SafeXMLDocument?, findings: [Finding])? = {
        guard start.hasPrefix("<?") || start.hasPrefix("<!") || start.first == "<" && Self.isNameStart(start.dropFirst().first) else {
            return nil
        }
        return SafeXMLDocument.parse(bytes, fileName: fileName)
    }()

    /// The first statement, when the content opens as linked data does.
    public private(set) lazy var linkedData: LinkedDataStatement? = LinkedDataStatement.first(in: head)

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static func isNameStart(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character == "_"
    }
}

/// The first statement of linked data, which tells Turtle, N-Triples and N-Quads apart.
public enum LinkedDataStatement: Sendable, Hashable {
    /// `@prefix`, `@base`, `PREFIX` or `BASE`: only Turtle opens so.
    case directive
    /// A subject and a predicate IRI and more, up to a final dot: `terms` plain terms (IRIs, blank
    /// nodes, literals), three in N-Triples and four in N-Quads; nil when Turtle abbreviates.
    case statement(terms: Int?)

    /// Only the first line that says something is looked at: Turtle opens with a directive,
    /// N-Triples and N-Quads with an IRI or blank node followed by a predicate IRI, which neither
    /// plain text nor XML ever does.
    static func first(in head: [UInt8]) -> LinkedDataStatement? {
        // An XML declaration, comment or doctype is not linked data: most inputs sniffed are XML.
        let start = head.firstIndex { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } ?? head.endIndex
        if head[start...].starts(with: [0x3C, 0x3F]) || head[start...].starts(with: [0x3C, 0x21]) { return nil }
        // Most inputs are not linked data: the text is not split further than that line.
        var rest = Substring(String(decoding: head, as: UTF8.self))
        var found: Substring?
        while found == nil, !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end].drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            if !line.isEmpty, !line.hasPrefix("#") { found = line }
        }
        guard let first = found else { return nil }
        let lowered = first.lowercased()
        if ["@prefix", "@base", "prefix ", "base "].contains(where: lowered.hasPrefix) { return .directive }
        // A line of prose never runs the expression.
        guard first.first == "<" || first.hasPrefix("_:"),
              first.wholeMatch(of: /(<[^>\s]*>|_:\S+)\s+<[^>\s]*>\s+.*\.\s*/) != nil else { return nil }
        return .statement(terms: terms(in: first))
    }

    /// The terms before the final dot, or nil at anything that is not a plain term.
    private static func terms(in line: Substring) -> Int? {
        var terms = 0
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "<" {
                guard let close = line[index...].firstIndex(of: ">") else { return nil }
                terms += 1
                index = line.index(after: close)
            } else if character == "\"" {
                var end = line.index(after: index)
                while end < line.endIndex, line[end] != "\"" {
                    if line[end] == "\\" { end = line.index(after: end) }
                    if end < line.endIndex { end = line.index(after: end) }
                }
                guard end < line.endIndex else { return nil }
                terms += 1
                // A language tag or a datatype belongs to its literal.
                index = line.index(after: end)
                while index < line.endIndex, !line[index].isWhitespace { index = line.index(after: index) }
            } else if line[index...].hasPrefix("_:") {
                terms += 1
                while index < line.endIndex, !line[index].isWhitespace { index = line.index(after: index) }
            } else if character == "." {
                break
            } else if character.isWhitespace {
                index = line.index(after: index)
            } else {
                return nil
            }
        }
        return terms
    }
}
