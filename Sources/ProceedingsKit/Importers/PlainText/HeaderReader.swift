import Foundation

/// What the lines above the body say about the document and the event.
struct Header {
    var title: String?
    var titleSpan = SourceSpan(1)
    var subtitle: String?
    var documentType: String?
    var documentTypeLine: Int?
    var dateline: PrintedDate?
    var datelineLine: Int?
    /// A place printed on the dateline ("Tokyo, Japan, 6 October 2005").
    var place: String?
    var placeLines: [Int] = []
    var notes: [TextLine] = []
    var residue: [TextLine] = []
    var unclassified: [Int] = []
    /// Index of the first body line.
    var bodyStart = 0
}

enum HeaderReader {
    nonisolated(unsafe) private static let documentType =
        /(?i)^\(?((?:co-?)?chair(?:man|person)?(?:'s|’s|s'|s’)? (?:summary|report)|summary(?: and evaluation| report| of (?:the )?discussions?)?|report|overview|outline|record of (?:the )?(?:meeting|discussions?)|minutes|press release)\)?\s*\*?$/
    nonisolated(unsafe) private static let trailingType =
        /(?i)\s*\((summary(?: and evaluation)?|(?:co-?)?chair(?:'s|’s)? summary|report|overview|outline)\)\s*\*?$/
    nonisolated(unsafe) private static let note = /^(?:\*+\s*|\(?note\)?:?\s+|disclaimer:?\s+)(.+)$/

    static func read(_ lines: [SourceLine]) -> Header {
        var header = Header()
        var index = 0
        var sawBlankAfterTitle = false
        while index < lines.count {
            let line = lines[index]
            let text = line.text
            if line.isBlank {
                if header.title != nil { sawBlankAfterTitle = true }
                index += 1
                continue
            }
            if Residue.matches(text) {
                header.residue.append(TextLine(text: text, line: line.number))
            } else if header.documentType == nil, text.wholeMatch(of: documentType) != nil {
                header.documentType = text.trimmingCharacters(in: .init(charactersIn: "()* "))
                header.documentTypeLine = line.number
            } else if let match = text.wholeMatch(of: note), header.title != nil || text.hasPrefix("*") {
                header.notes.append(TextLine(text: String(match.output.1), line: line.number))
            } else if header.dateline == nil, let (date, rest) = Dates.dateline(text), header.title != nil || isShortLine(text) {
                header.dateline = date
                header.datelineLine = line.number
                if !rest.isEmpty { header.place = rest }
            } else if header.title == nil {
                let shape = LineShape(line)
                if !shape.markers.isEmpty || isProse(text) {
                    // A numbered heading or a paragraph where the title should be: there is no title.
                    break
                } else if isCategoryLabel(at: index, in: lines) {
                    header.residue.append(TextLine(text: text, line: line.number))
                } else {
                    index = readTitle(at: index, lines: lines, into: &header)
                    continue
                }
            } else if header.dateline != nil, isPlaceLine(LineShape(line)) {
                // Under the dateline: "Millennium United Nations Plaza Hotel", "New York".
                header.place = header.place.map { "\($0), \(text)" } ?? text
                header.placeLines.append(line.number)
            } else if startsBody(LineShape(line)) || sawBlankAfterTitle && !isShortLine(text) {
                break
            } else if isShortLine(text), !sawBlankAfterTitle || looksLikeHeaderFact(text) {
                // Times, cities and the like under the dateline: kept, but not understood.
                header.unclassified.append(line.number)
            } else {
                break
            }
            index += 1
        }
        header.bodyStart = index
        return header
    }

    /// The title, and the subtitle lines printed right under it, possibly quoted over several lines.
    private static func readTitle(at start: Int, lines: [SourceLine], into header: inout Header) -> Int {
        var title = lines[start].text
        if let match = title.firstMatch(of: trailingType) {
            header.documentType = String(match.output.1)
            header.documentTypeLine = lines[start].number
            title.removeSubrange(match.range)
        }
        header.title = unquoted(title)
        var subtitleParts: [String] = []
        var last = start
        var index = start + 1
        var openQuote = false
        while index < lines.count, !lines[index].isBlank {
            let text = lines[index].text
            let decorated = unquoted(text) != text
            if !openQuote, !decorated, text.wholeMatch(of: documentType) != nil || Dates.dateline(text) != nil
                || startsBody(LineShape(lines[index])) || Residue.matches(text) || text.hasPrefix("*") {
                break
            }
            if openQuote, let previous = subtitleParts.popLast() {
                subtitleParts.append(previous + " " + text)
            } else {
                subtitleParts.append(text)
            }
            openQuote = (subtitleParts.last!.filter { $0 == "\"" }.count % 2 == 1)
                || (subtitleParts.last!.contains("“") && !subtitleParts.last!.contains("”"))
            last = index
            index += 1
        }
        header.titleSpan = SourceSpan(lines[start].number, lines[last].number)
        if !subtitleParts.isEmpty {
            header.subtitle = subtitleParts.map(unquoted).joined(separator: ": ")
        }
        return index
    }

    /// `"Title"`, `-- Title --` and `- Title -` print a title; the decoration is not part of it.
    static func unquoted(_ text: String) -> String {
        var value = text.trimmingCharacters(in: .whitespaces)
        for (open, close) in [("\"", "\""), ("“", "”"), ("--", "--"), ("–", "–"), ("-", "-")] {
            if value.hasPrefix(open), value.hasSuffix(close), value.count > open.count + close.count {
                let inner = value.dropFirst(open.count).dropLast(close.count)
                if open == "\"", inner.contains("\"") { continue }
                value = inner.trimmingCharacters(in: .whitespaces)
            }
        }
        return value
    }

    /// A short line directly above the document type ("Global Issues & ODA") is a site's section label.
    private static func isCategoryLabel(at index: Int, in lines: [SourceLine]) -> Bool {
        guard index + 1 < lines.count, isShortLine(lines[index].text) else { return false }
        return lines[index + 1].text.wholeMatch(of: documentType) != nil
    }

    static func isProse(_ text: String) -> Bool {
        text.split(separator: " ").count >= 10 && text.last.map { ".!?".contains($0) } ?? false
    }

    /// A short unnumbered line in title case that is no heading word: a place.
    private static func isPlaceLine(_ shape: LineShape) -> Bool {
        let words = shape.body.split(separator: " ")
        guard shape.markers.isEmpty, (1...8).contains(words.count), !shape.body.hasSuffix("."),
              !shape.body.contains(":") else { return false }
        if case .part = Headings.heading(shape)?.target { return false }
        if let heading = Headings.heading(shape), case .section(let kind) = heading.target, kind != .other { return false }
        return words.allSatisfy { word in
            word.first.map { $0.isUppercase || $0.isNumber } ?? false || ["of", "the", "and", "de", "on"].contains(word)
        }
    }

    static func isShortLine(_ text: String) -> Bool {
        text.split(separator: " ").count <= 8 && !text.hasSuffix(".")
    }

    private static func looksLikeHeaderFact(_ text: String) -> Bool {
        text.range(of: #"\d{1,2}[:.]\d{2}"#, options: .regularExpression) != nil
    }

    /// A numbered heading, a known heading word, or a sentence of prose ends the header.
    static func startsBody(_ shape: LineShape) -> Bool {
        if Headings.heading(shape) != nil { return true }
        let words = shape.body.split(separator: " ").count
        return words >= 10 || (!shape.markers.isEmpty && words >= 3)
    }
}
