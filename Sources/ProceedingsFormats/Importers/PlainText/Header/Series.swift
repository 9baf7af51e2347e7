/// A page about one event of a series prints the series' name first: "The Harcourt Lectures on
/// Science and Society" / "2019 Lecture" / "Oceans Without Ice". The event's own title is the last
/// of those lines, and the series' name and the edition are its subtitle.
extension HeaderReader {
    static func titleOneEventOfASeries(_ header: inout Header, _ lines: [SourceLine], _ lexicon: GenreLexicon) {
        guard let series = header.title, namesSeries(series, lexicon), let last = header.subtitleLines.last,
              header.eventDate == nil, header.documentType == nil,
              // "Public Hearings on Water Tariffs" over a deck is one event: a series prints which of its events this is.
              series.lowercased().includes("series") || header.subtitleLines.dropLast().contains(where: { isEdition(lines[$0 - 1].text, lexicon) })
        else { return }
        let text = lines[last - 1].text
        // The last line must read as a title, not as the edition ("2019 Lecture") or a note.
        guard !isEdition(text, lexicon), text.first?.isUppercase ?? false || text.first == "\u{201C}" || text.first == "\"",
              !text.hasSuffix("."), text.wordCount >= 2 else { return }
        let above = header.subtitleLines.dropLast().map { lines[$0 - 1].text }
        header.subtitle = ([series] + above).joined(separator: ", ")
        header.subtitleLines = Array(header.titleSpan.first...header.titleSpan.last) + header.subtitleLines.dropLast()
        header.title = unquoted(text)
        header.titleSpan = SourceSpan(last)
    }

    /// "Regional Policy Dialogue — Fiscal Management Network" / "Fourth Meeting of Vice-Ministers of Finance ...:" /
    /// "Fiscal Rules and ...": the programme's name over the meeting it held, which a number names. The meeting is the
    /// title, the lines under it the subtitle, and the programme's name a note of the header.
    static func titleTheNumberedMeeting(_ header: inout Header, _ lines: [SourceLine], _ lexicon: GenreLexicon) {
        guard let above = header.title, let first = header.subtitleLines.first, first == header.titleSpan.first + 1,
              above.wordCount <= 8, !startsWithOrdinal(above) else { return }
        let text = lines[first - 1].text
        let words = text.words.map { $0.lowercased().trimming(.punctuationCharacters) }
        guard words.count >= 5, startsWithOrdinal(text),
              let noun = words.prefix(4).firstIndex(where: { lexicon.eventNouns.contains($0) || $0 == "session" }),
              noun + 1 < words.count, ["of", "on", "for"].contains(words[noun + 1]) else { return }
        header.notes.append(TextLine(text: above, line: header.titleSpan.first))
        header.title = unquoted(text.hasSuffix(":") ? String(text.dropLast()) : text)
        header.titleSpan = SourceSpan(first)
        header.subtitleLines.removeFirst()
        header.subtitle = header.subtitleLines.isEmpty ? nil : header.subtitleLines.map { unquoted(lines[$0 - 1].text) }.joined(separator: ": ")
    }

    /// "Fourth Meeting", "12th Annual Conference", "XI Congress": a line that begins by saying which edition it is.
    static func startsWithOrdinal(_ text: String) -> Bool {
        guard let first = text.words.first.map({ $0.lowercased() }) else { return false }
        return Ordinals.ordinalWords.contains(first) || first.prefixMatch(of: Ordinals.inFigures) != nil
            || first.count >= 2 && first.uppercased().allSatisfy({ "IVXL".contains($0) }) && text.words.first!.allSatisfy(\.isUppercase)
    }

    /// "The Harcourt Lectures on Science and Society", "Lecture Series on Global Health", "Policy Dialogues":
    /// the head noun of a series is a plural event noun or "series".
    static func namesSeries(_ title: String, _ lexicon: GenreLexicon) -> Bool {
        let words = title.letterRuns.map { $0.lowercased() }
        return words.contains { word in
            word == "series" || word.hasSuffix("s") && lexicon.eventNouns.contains(String(word.dropLast()))
                && !["conferences", "meetings", "talks"].contains(word)
        }
    }

    /// "2019 Lecture", "Lecture 12", "The 40th Lecture": which event of the series, and nothing else.
    static func isEdition(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        let words = text.words.map { $0.lowercased() }
        guard (1...4).contains(words.count), words.contains(where: { $0.first?.isNumber ?? false }) else { return false }
        return words.allSatisfy { word in
            word.first?.isNumber ?? false || word == "the" || lexicon.eventNouns.contains(word) || word == "edition"
        }
    }
}
