import Foundation

/// A programme's talks numbered within their part, each over the line that names who gives it.
extension PlainTextReader {
    /// "Presentation 1: "Mapping Critical Input Dependencies"" over "CHOI Min-ho (Research Fellow, KIEP)", in a table's
    /// cells or not: the talk, then who gave it, who presented it.
    mutating func readNumberedTalk(_ shape: LineShape) -> Bool {
        let line = shape.line
        let body = shape.body.trimming(.init(charactersIn: "| \t"))
        guard let first = body.first, first.isUppercase, let match = body.prefixMatch(of: Self.numberedTalk),
              !body[match.range.upperBound...].trimming(.whitespaces).isEmpty,
              let next = lines[line.number...].first(where: { !$0.isBlank }), next.number == line.number + 1,
              let (printed, affiliation) = RosterLines.person(next.text.trimming(.init(charactersIn: "| \t")), lexicon)
        else { return false }
        categories[line.number] = .heading
        categories[next.number] = .participant
        consumed.insert(next.number)
        let id = registry.person(printed, line: next.number, introduction: true)
        participate(id, role: .presenter, printed: String(match.output.1), cue: "roster.numbered-talk", affiliation: affiliation, line: next.number)
        if let index = currentPart { parts[index].span.last = next.number }
        return true
    }

    nonisolated(unsafe) static let numberedTalk = /(?i)(presentation|paper|talk|lecture|case study)\s+\d{1,2}\s*[:.–-]\s*/
}
