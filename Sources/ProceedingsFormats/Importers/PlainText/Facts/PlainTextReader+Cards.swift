import Foundation

/// A programme's cards of speakers: a label in the singular over one person's lines, the body's name closing a card, and the
/// hours a part gives, which say that its one person speaks.
extension PlainTextReader {
    /// "Moderator" / "A" / "Director, X" / "" / "B" / "Chief Economist, Y": a label in the singular names one person, and the
    /// blank line that closes that person's lines closes it.
    mutating func closeSingleLabel(before line: SourceLine) {
        // Only an office one person holds: "Speaker" or "In conversation with" over several cards heads them all.
        guard let label = rosterLabel, !label.plural, label.rest.isEmpty, [.moderator, .chair].contains(label.role), line.number >= 3,
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

    /// The card at `line` is the only one part `part` lists: no one before it in the part, and no name after it.
    func listsOneCard(_ part: Int, from line: Int) -> Bool {
        guard !participations.contains(where: { $0.partId == parts[part].id }) else { return false }
        var index = line
        while index < lines.count, !lines[index].isBlank { index += 1 }
        guard let next = lines[index...].first(where: { !$0.isBlank }) else { return true }
        return nameBlock(at: next) == nil && RosterLines.person(next.text, lexicon) == nil
    }

    /// The last line of a speaker's card: a body's short name, each word in capitals but its small words, with a blank line or
    /// the page's end under it; not a programme's item ("Coffee and networking"), and not the first of a list of names
    /// ("Carlos Mendes" over "" / "Helen Park"): a line that reads as a name closes a card only where no name follows it.
    func closesCard(_ line: SourceLine) -> Bool {
        let text = line.text.trimming(.whitespaces)
        let small: Set<String> = ["of", "and", "the", "for", "&", "de", "du", "des", "la", "on", "in"]
        let next = lines[line.number...].first(where: { !$0.isBlank })
        // A name's line, asked plainly: asking whether a card follows would walk every card after it, each asking the same.
        let nameFollows = next.map { !isRosterLabel($0.text) && Names.parse($0.text.trimming(.whitespaces), lexicon) != nil } ?? false
        return (1...6).contains(text.wordCount) && text.words.allSatisfy({ $0.first?.isUppercase == true || small.contains($0.lowercased()) })
            && (Names.parse(text, lexicon) == nil || Patterns.namesInstitution(text) || !nameFollows) && !text.hasSuffix(":") && !text.hasSuffix(".")
            && !isRosterLabel(text) && LineShape(line).markers.isEmpty && Dates.all(in: text).isEmpty
            && (line.number == lines.count || lines[line.number].isBlank)
    }

    /// "Tom X" / "Chair" / "Deputy Director, Y": a card that prints the person's part in the meeting right under the name, over the
    /// title. Not a label that heads the next card ("Dr A" / "Moderator" / "Dr B"): under the card's role stands a title or nothing.
    /// Not "President" either: an office the person holds at home.
    func cardRole(_ line: SourceLine) -> GenreLexicon.RosterLabel? {
        let text = line.text.trimming(.whitespaces)
        guard text.first?.isUppercase == true, let label = lexicon.rosterLabels[text.lowercased()], label.role != .participant,
              !RosterLines.namesAnOffice(text) else { return nil }
        guard line.number < lines.count, !lines[line.number].isBlank else { return label }
        return isDescription(lines[line.number].text) ? label : nil
    }
}
