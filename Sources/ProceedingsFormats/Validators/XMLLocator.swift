/// Where things are in a parsed XML file: the XPath of the element that starts on a line, and
/// the line and XPath of the element with a given id, so that findings point into the file.
struct XMLLocator {
    private var byLine: [Int: String] = [:]
    /// Every element starting on a line, outermost first, by local name.
    private var named: [Int: [(name: String, xpath: String)]] = [:]
    private var byId: [String: (line: Int, xpath: String)] = [:]

    init(_ root: XMLElement) {
        walk(root, path: "/" + root.name)
    }

    private mutating func walk(_ element: XMLElement, path: String) {
        // The deepest element starting on a line is the one a line-numbered message means.
        byLine[element.line] = path
        named[element.line, default: []].append((element.name, path))
        let id = element.attribute("id") ?? element.attribute("id", namespace: "http://www.w3.org/XML/1998/namespace")
        if let id, byId[id] == nil { byId[id] = (element.line, path) }
        var counts: [String: Int] = [:]
        for child in element.elements {
            counts[child.name, default: 0] += 1
            walk(child, path: "\(path)/\(child.name)[\(counts[child.name]!)]")
        }
    }

    func xpath(line: Int?) -> String? { line.flatMap { byLine[$0] } }

    func element(id: String) -> (line: Int, xpath: String)? { byId[id] }

    /// A finding with the XPath of its line's element, where the finding has none: the element a
    /// schema's message names ("Element '{…}affiliation', attribute 'role': …") when it starts on
    /// that line, else the deepest element that does.
    func locate(_ finding: Finding) -> Finding {
        guard finding.xpath == nil, let line = finding.line, var xpath = xpath(line: line) else { return finding }
        if let name = finding.message.firstMatch(of: Self.elementName)?.output.1,
           let element = named[line]?.last(where: { $0.name == name }) {
            xpath = element.xpath
        }
        var copy = finding
        copy.xpath = xpath
        return copy
    }

    nonisolated(unsafe) private static let elementName = /^Element '(?:\{[^}]*\})?([^'{}]+)'/

    /// A schema's finding on an attribute ("Element 'affiliation', attribute 'role': ... The value
    /// 'chief' ..."), which libxml2 gives a line but no column, with the column (1-based, in
    /// characters) where the attribute is written on that line, when the line writes it once (or
    /// writes it once with the value the message names).
    static func attributeColumn(_ finding: Finding, in bytes: [UInt8]) -> Finding {
        guard finding.column == nil, let line = finding.line, line > 0,
              let name = finding.message.firstMatch(of: attributeName)?.output.1 else { return finding }
        var start = 0, current = 1
        while current < line {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return finding }
            start = newline + 1
            current += 1
        }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        var candidates = text.ranges(of: " \(name)=").map { text.index(after: $0.lowerBound) }
        if candidates.count > 1, let value = finding.message.firstMatch(of: attributeValue)?.output.1 {
            candidates = text.ranges(of: " \(name)=\"\(value)\"").map { text.index(after: $0.lowerBound) }
        }
        guard candidates.count == 1 else { return finding }
        var copy = finding
        copy.column = text.unicodeScalars.distance(from: text.startIndex, to: candidates[0]) + 1
        return copy
    }

    nonisolated(unsafe) private static let attributeName = /attribute '([A-Za-z_:][A-Za-z0-9_.:-]*)'/
    nonisolated(unsafe) private static let attributeValue = /[Tt]he value '([^'"]*)'/
}
