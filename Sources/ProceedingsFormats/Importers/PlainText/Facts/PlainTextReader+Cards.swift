import Foundation

/// A programme's cards of speakers: a label in the singular over one person's lines, the body's name closing a card, and the
/// hours a part gives, which say that its one person speaks.
extension PlainTextReader {
    /// "Moderator" / "A" / "Director, X" / "" / "B" / "Chief Economist, Y": a label in the singular names one person, and the
    /// blank line that closes that person's lines closes it.
    mutating func closeSingleLabel(before line: SourceLine) {
        guard let label = rosterLabel, !label.plural, label.rest.isEmpty, label.role != .participant, line.number >= 3,
              lines[line.number - 2].isBlank, let above = lines[..<(line.number - 1)].last(where: { !$0.isBlank }),
              categories[above.number] == .participant, RosterLines.label(above.text.trimming(.whitespaces), lexicon) == nil else { return }
        rosterLabel = nil
        lastLineWasRoster = false
    }

    /// "10:05 am - 10:35 am" / "Fireside chat": a part of a programme that gives its hours, on its heading's line or over it.
    func isTimed(_ part: Int) -> Bool {
        let first = parts[part].span.first
        return Times.opensWithTime(lines[first - 1].text)
            || lines[..<(first - 1)].last(where: { !$0.isBlank }).map { Times.range($0.text.trimming(.whitespaces)) != nil } == true
    }

    /// The last line of a speaker's card: a short name in capitals with a blank line or the page's end under it.
    func closesCard(_ line: SourceLine) -> Bool {
        let text = line.text.trimming(.whitespaces)
        return (1...6).contains(text.wordCount) && text.first?.isUppercase == true && !text.hasSuffix(":") && !text.hasSuffix(".")
            && !isRosterLabel(text) && LineShape(line).markers.isEmpty && Dates.all(in: text).isEmpty
            && (line.number == lines.count || lines[line.number].isBlank)
    }
}
