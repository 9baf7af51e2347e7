internal import Foundation

/// Pointers, ids, lines and findings: what every part of the reader uses.
extension TEIReader {
    func children(of element: XMLElement) -> [XMLElement] {
        element.elements.filter { child in
            if child.namespace == TEI.namespace { return true }
            unmapped(child, in: element)
            return false
        }
    }

    /// An empty element records a line whose value is missing.
    func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    /// `#x` names the element with `xml:id="x"` in this document.
    func pointer(_ value: String) -> String {
        unscoped(value.hasPrefix("#") ? String(value.dropFirst()) : value)
    }

    /// The id as the record's own, without the corpus's scope.
    func unscoped(_ id: String) -> String {
        guard let scope, id.hasPrefix(scope) else { return id }
        return String(id.dropFirst(scope.count))
    }

    /// The model's id of a TEI id: without its kind prefix, and as a slug if it is none yet
    /// (TEI from elsewhere), so that every format accepts it.
    func local(_ scopedId: String, _ prefix: String) -> String {
        let id = unscoped(scopedId)
        let bare = id.hasPrefix(prefix) ? String(id.dropFirst(prefix.count)) : id
        if Self.isSlug(bare) { return bare }
        let slug = Ids.slug(bare, maxWords: 32)
        return slug.isEmpty ? "id" : slug
    }

    /// `^[a-z0-9]+(-[a-z0-9]+)*$`, checked by hand: every id of a document passes here.
    static func isSlug(_ text: String) -> Bool {
        var previousWasHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen: previousWasHyphen = true
            default: return false
            }
        }
        return !previousWasHyphen
    }

    /// The spans in `@source`: `text:A,B` (RFC 5147 positions), or `line:N`, `line:N-M` as the
    /// previous release wrote them.
    func spans(_ element: XMLElement) -> [SourceSpan] {
        guard let source = element.attribute("source") else { return [] }
        return source.split(whereSeparator: \.isWhitespace).compactMap { token in
            let parts = token.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0] == TEI.textPrefix {
                if let span = SourceSpan(positions: parts[1]) { return span }
            } else if parts.count == 2, parts[0] == TEI.linePrefix {
                let bounds = parts[1].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
                if (1...2).contains(bounds.count), let first = bounds[0], let last = bounds.last!, first >= 1, first <= last {
                    return SourceSpan(first, last)
                }
            }
            problem(.warning, element, "@source \"\(token)\" is not text:A,B (RFC 5147 positions) or line:N, line:N-M; ignored")
            return nil
        }
    }

    func span(_ element: XMLElement) -> SourceSpan {
        if let span = spans(element).first { return span }
        missingLines = missingLines ?? element
        return SourceSpan(element.line)
    }

    func line(_ element: XMLElement) -> Int { span(element).first }

    func optionalLine(_ element: XMLElement) -> Int? { spans(element).first?.first }

    func lines(_ element: XMLElement) -> [Int] { spans(element).map(\.first) }

    func unmapped(_ element: XMLElement, in parent: XMLElement?) {
        problem(.warning, element, "<\(element.name)>"
            + (element.namespace == TEI.namespace ? "" : " in namespace \(element.namespace ?? "none")")
            + (parent.map { " in <\($0.name)>" } ?? "") + " does not map onto the model; ignored")
    }

    func problem(_ severity: Finding.Severity, _ element: XMLElement, _ message: String) {
        findings.append(Finding(file: fileName, line: element.line, severity: severity, rule: .tei, message: message))
    }
}
