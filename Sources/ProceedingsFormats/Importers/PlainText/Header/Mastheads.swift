import Foundation

/// What stands around the title and is not it: a masthead's columns (the body, its symbol, its distribution), the site's
/// section a page is filed in, a title read too early and given back to the masthead, a headline printed twice.
extension HeaderReader {
    /// A line of two columns set far apart whose right one is a document's symbol, its distribution, its
    /// language or its date.
    static func masthead(columns text: String) -> (String, String)? {
        guard let gap = text.firstRange(of: "      ") else { return nil }
        let left = text[..<gap.lowerBound].trimming(.whitespaces), right = text[gap.upperBound...].trimming(.whitespaces)
        guard !left.isEmpty, !right.isEmpty, !left.contains("      "), !right.contains("      "), left.wordCount <= 8 else { return nil }
        let isFact = right.wholeMatch(of: symbol) != nil || Residue.matches(right) || Dates.dateline(right).map { $0.rest.isEmpty } ?? false
            || left.wholeMatch(of: symbol) != nil && right.wordCount <= 4 && !right.contains(where: \.isNumber)
        return isFact ? (left, right) : nil
    }

    /// The type of document a site's section names as its last cell: "Press Releases" → "Press Release",
    /// "News". Another section ("Events", "Publications") names none.
    static func sectionType(_ text: String, _ lexicon: GenreLexicon) -> String? {
        let cells = [" › ", " > ", " / ", " | ", " » ", " · "].first(where: text.includes).map { text.components(separatedBy: $0) } ?? [text]
        guard let last = cells.last?.trimming(.init(charactersIn: " []")), last.wordCount <= 3, !last.isEmpty else { return nil }
        let normal = inTitleCase(last)
        if normal.lowercased() == "news" { return normal }
        guard normal.hasSuffix("s"), let type = DocumentTypes.line(String(normal.dropLast()), lexicon, beforeTitle: true) else { return nil }
        return type
    }

    /// Whether `line` is the first printed line of the page: a site's name stands there, over its menu.
    static func opensThePage(_ line: Int, _ lines: [SourceLine]) -> Bool {
        lines.first(where: { !$0.isBlank })?.number == line
    }

    /// The lines read as the title were the page's masthead: they become residue, and the title is still to come.
    static func demoteTitle(_ header: inout Header, _ lines: [SourceLine]) {
        for number in [header.titleSpan.first] + header.subtitleLines {
            header.residue.append(TextLine(text: lines[number - 1].text, line: number))
        }
        header.title = nil
        header.subtitle = nil
        header.subtitleLines = []
    }

    static func isKeywordHeading(_ shape: LineShape, _ lexicon: GenreLexicon) -> Bool {
        guard let heading = Headings.heading(shape, lexicon) else { return false }
        if case .section(.other) = heading.target { return false }
        return true
    }

    static func isRepeatedTitle(_ text: String, _ header: Header) -> Bool {
        guard let title = header.title?.lowercased(), text.count >= 12 else { return false }
        return title.contains(text.lowercased())
    }

    /// `"Title"`, `-- Title --` and `- Title -` print a title; the decoration is not part of it.
    /// "Theme: “Seeds of Resilience”": the label of a meeting's theme, which the theme printed under a title carries.
    nonisolated(unsafe) private static let themeLabel = /(?i)^(?:theme|sub-?theme|motto)\s*[:–—]\s*(?=["“])/

    static func unquoted(_ text: String) -> String {
        var value = text.trimming(.whitespaces)
        if let label = value.prefixMatch(of: themeLabel) { value = String(value[label.range.upperBound...]) }
        for (open, close) in [("\"", "\""), ("“", "”"), ("--", "--"), ("–", "–"), ("-", "-")] {
            if value.hasPrefix(open), value.hasSuffix(close), value.count > open.count + close.count {
                let inner = value.dropFirst(open.count).dropLast(close.count)
                if open == "\"", inner.contains("\"") { continue }
                value = inner.trimming(.whitespaces)
            }
        }
        return value
    }
}
