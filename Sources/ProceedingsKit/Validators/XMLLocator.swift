/// Where things are in a parsed XML file: the XPath of the element that starts on a line, and
/// the line and XPath of the element with a given id, so that findings point into the file.
struct XMLLocator {
    private var byLine: [Int: String] = [:]
    private var byId: [String: (line: Int, xpath: String)] = [:]

    init(_ root: XMLElement) {
        walk(root, path: "/" + root.name)
    }

    private mutating func walk(_ element: XMLElement, path: String) {
        // The deepest element starting on a line is the one a line-numbered message means.
        byLine[element.line] = path
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

    /// A finding with the XPath of its line's element, where the finding has none.
    func locate(_ finding: Finding) -> Finding {
        guard finding.xpath == nil, let xpath = xpath(line: finding.line) else { return finding }
        var copy = finding
        copy.xpath = xpath
        return copy
    }
}
