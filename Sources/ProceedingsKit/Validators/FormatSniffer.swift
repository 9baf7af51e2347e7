/// The formats a submission may arrive in, recognised by content, never by name.
public enum SubmissionFormat: String, Sendable, CaseIterable {
    case text
    case interchangeXML = "interchange-xml"
    case tei
    /// XML in another namespace: only `--schema PATH` can say whether it is valid.
    case xml
    case turtle
    case nTriples = "n-triples"
    case nQuads = "n-quads"
    /// A CSV table group: a directory with `csv-metadata.json`, or that file.
    case csv
}

public enum FormatSniffer {
    public enum Sniffed: Sendable {
        case format(SubmissionFormat)
        /// XML, parsed once to read its root's namespace; the tree (nil if not well-formed) and
        /// the parser's findings come along so that nobody parses it again.
        case xml(SubmissionFormat, XMLElement?, [Finding])
        /// Not anything this toolkit reads, and why.
        case rejected(Finding)
    }

    /// What the bytes are, or why they are not anything this toolkit reads.
    public static func sniff(_ bytes: [UInt8], fileName: String) -> Sniffed {
        func reject(_ rule: Rule, _ message: String) -> Sniffed {
            .rejected(Finding(file: fileName, severity: .error, rule: rule, message: message))
        }
        if bytes.isEmpty { return reject(.input, "file is empty") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return reject(.input, "UTF-16 text is not accepted; save the file as UTF-8")
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return reject(.input, "UTF-32 text is not accepted; save the file as UTF-8")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Looking at the start is enough to tell the formats apart, and keeps a huge file cheap.
        let head = Array(body.prefix(4096))
        if head.contains(0) {
            return reject(.format, "binary data, not a format this toolkit reads")
        }
        let text = String(decoding: head, as: UTF8.self)
        let start = text.drop { $0.isWhitespace }
        // An N-Triples line also opens with "<": a subject IRI and a predicate IRI tell it from XML.
        if LinkedData.sniff(Array(head)) != nil {
            let firstStatement = start.split(separator: "\n").first { !$0.hasPrefix("#") }.map(String.init) ?? ""
            let lower = firstStatement.lowercased()
            let directive = ["@prefix", "@base", "prefix ", "base "].contains { lower.hasPrefix($0) }
            return .format(directive ? .turtle : lineFormat(firstStatement))
        }
        if start.hasPrefix("<?xml") || start.hasPrefix("<!") || start.first == "<" && isXMLName(start.dropFirst().first) {
            let (root, findings) = SafeXMLParser.parse(bytes, fileName: fileName)
            return .xml(xmlFormat(root), root, findings)
        }
        return .format(.text)
    }

    private static func isXMLName(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character == "_"
    }

    /// The root element's namespace tells interchange XML from TEI from anything else.
    private static func xmlFormat(_ root: XMLElement?) -> SubmissionFormat {
        switch root?.namespace {
        case InterchangeXML.namespace?: return .interchangeXML
        case TEI.namespace?: return .tei
        default: return .xml
        }
    }

    /// N-Triples has three terms before the final dot, N-Quads four; Turtle abbreviates.
    private static func lineFormat(_ line: String) -> SubmissionFormat {
        var terms = 0
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "<" {
                guard let close = line[index...].firstIndex(of: ">") else { return .turtle }
                terms += 1
                index = line.index(after: close)
            } else if character == "\"" {
                var end = line.index(after: index)
                while end < line.endIndex, line[end] != "\"" {
                    if line[end] == "\\" { end = line.index(after: end) }
                    if end < line.endIndex { end = line.index(after: end) }
                }
                guard end < line.endIndex else { return .turtle }
                terms += 1
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
                return .turtle
            }
        }
        switch terms {
        case 3: return .nTriples
        case 4: return .nQuads
        default: return .turtle
        }
    }
}
