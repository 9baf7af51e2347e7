internal import Foundation

/// Includes: read from local files only, their loops and runaways refused.
extension SchematronLoader.Reader {
    /// An element of the schema with the file it was read from, its includes already replaced by
    /// what they include: they are resolved while the chain of includes is known, so that a loop
    /// is seen however deep it is.
    struct Node {
        var element: XMLElement
        var file: String
        var children: [Node]
    }

    func resolve(_ element: XMLElement, file: String) -> [Node] {
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

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func element(in root: XMLElement, id: String) -> XMLElement? {
        if root.attribute("id") == id || root.attribute("id", namespace: "http://www.w3.org/XML/1998/namespace") == id { return root }
        for child in root.elements { if let found = element(in: child, id: id) { return found } }
        return nil
    }
}
