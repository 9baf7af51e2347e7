/// How the TEI encodes a statement that a summary attributes to a speaker. The words are the
/// summariser's, so only the content of what was said is `said` (`direct="false"`): the that-clause
/// after a verb of saying ("Dr. Surin pointed out that ..."). The reporting clause stays prose, and
/// the speaker's name in it is a `persName` that points at the person. A sentence of narration
/// ("made a lead-off presentation") has no `said` at all. `editorialDecl/quotation` declares this.
enum TEISpeech {
    enum Segment: Equatable {
        case prose(String)
        /// The speaker's name as printed, with a title before it ("Dr. Surin").
        case speaker(String)
        /// The reported content: the rest of a sentence after "said that".
        case reported(String)
    }

    /// Verbs whose that-clause reports what someone said; "pointed out" is matched as "pointed" + "out".
    static let verbsOfSaying: Set<String> = [
        "said", "stated", "noted", "stressed", "emphasized", "emphasised", "explained", "added", "remarked",
        "argued", "observed", "mentioned", "underlined", "highlighted", "reiterated", "concluded",
        "suggested", "indicated", "insisted", "affirmed", "reaffirmed", "acknowledged", "recalled",
        "warned", "cautioned", "asserted", "underscored", "maintained", "agreed", "replied", "responded",
        "answered", "commented", "announced", "reported", "proposed", "claimed", "believed", "felt",
        "hoped", "urged", "confirmed", "declared", "predicted", "recognized", "recognised", "admitted",
        "addressed", "analyzed", "analysed", "introduced", "reported",
    ]

    /// Words before a full stop that do not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "nos", "gen", "gov", "rep", "sen", "hon",
        "amb", "h.e", "e.g", "i.e", "etc", "vs", "u.s", "u.n", "u.k", "dept", "co", "inc", "ltd", "vol",
    ]

    /// A title printed before a name (the lexicon's honorifics), kept inside its `persName`.
    static func isTitle(_ word: String) -> Bool {
        NameVocabulary.builtIn.honorific(word) != nil
    }

    /// The statement's text cut into prose, the speaker's name and reported content; their
    /// concatenation is the text. No `.speaker` and no `.reported` when the text names neither.
    static func segments(_ text: String, speakerNames: [String]) -> [Segment] {
        let characters = Array(text)
        let sentences = sentenceRanges(characters)
        var reported: [Range<Int>] = []
        for sentence in sentences {
            // "... analyzed that there might be two reasons for this. One was that ... The other was that ...": a sentence
            // that gives one of the things just reported goes on with the report, however many sentences it takes.
            if let last = reported.last, last.upperBound == sentence.lowerBound,
               String(characters[sentence]).prefixMatch(of: continuation) != nil {
                reported[reported.count - 1] = last.lowerBound..<sentence.upperBound
                continue
            }
            reported += reportedContent(characters, in: sentence, speakerNames: speakerNames)
        }
        // The speaker is named in the first sentence, before anything reported.
        let limit = reported.first?.lowerBound ?? sentences.first?.upperBound ?? characters.count
        let mention = speakerMention(characters, names: speakerNames, before: limit)

        var segments: [Segment] = []
        var position = 0
        func prose(upTo end: Int) {
            if end > position { segments.append(.prose(String(characters[position..<end]))) }
            position = max(position, end)
        }
        if let mention {
            prose(upTo: mention.lowerBound)
            segments.append(.speaker(String(characters[mention])))
            position = mention.upperBound
        }
        for range in reported {
            // Trailing spaces between sentences stay prose.
            var end = range.upperBound
            while end > range.lowerBound, characters[end - 1] == " " { end -= 1 }
            guard end > range.lowerBound else { continue }
            prose(upTo: range.lowerBound)
            segments.append(.reported(String(characters[range.lowerBound..<end])))
            position = end
        }
        prose(upTo: characters.count)
        return segments
    }

    /// Sentences end at `.`, `?` or `!` (and a closing quotation mark after it) before a space and a
    /// capital or a quotation mark, unless the word before the stop is a title, an initial or a usual
    /// abbreviation.
    static func sentenceRanges(_ characters: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            // Characters compared in a switch, not looked up in a string: this runs on every character of every statement.
            guard isStop(character) else { index += 1; continue }
            // `Thailand." He explained`: the quotation closes inside the sentence.
            var end = index + 1
            while end < characters.count, isClosingQuote(characters[end]) { end += 1 }
            if end + 1 < characters.count, characters[end] == " ",
               characters[end + 1].isUppercase || isOpening(characters[end + 1]),
               character != "." || !isAbbreviation(characters, endingAt: index) {
                ranges.append(start..<(end + 1))
                start = end + 1
                index = end
            }
            index += 1
        }
        if start < characters.count { ranges.append(start..<characters.count) }
        return ranges
    }

    private static func isStop(_ character: Character) -> Bool {
        switch character { case ".", "?", "!": true; default: false }
    }

    private static func isClosingQuote(_ character: Character) -> Bool {
        switch character { case "\"", "”", "’", "'": true; default: false }
    }

    private static func isOpening(_ character: Character) -> Bool {
        switch character { case "\"", "“", "‘", "'", "(": true; default: false }
    }

    private static func isAbbreviation(_ characters: [Character], endingAt stop: Int) -> Bool {
        var start = stop
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        let word = String(characters[start..<stop]).lowercased()
        if word.count == 1, characters[start].isUppercase { return true }
        return abbreviations.contains(word)
    }

    /// Pronouns by which a summary names the speaker again as the subject of a verb of saying.
    static let pronouns: Set<String> = ["he", "she", "they"]

    nonisolated(unsafe) private static let continuation =
        /(?:One|Another|The (?:other|first|second|third|last|latter|former))(?: (?:one|reason|point|issue))? (?:was|is) that\b/

    /// What a sentence reports: the content after "VERB that" when the verb's subject is the speaker
    /// (named, or "he", "she", "they"), so that a point that itself quotes someone ("it has been
    /// pointed out that ...") is not cut. "He reaffirmed that A and pointed out that B" reports A
    /// and B, the reporting clause between them prose.
    private static func reportedContent(_ characters: [Character], in sentence: Range<Int>, speakerNames: [String]) -> [Range<Int>] {
        guard let clauses = sayingClauses(characters, in: sentence) else { return [] }
        let subject = String(characters[clauses.subject])
        let subjectWords = subject.lowercased().split { !$0.isLetter }
        // "In this regard, he concluded that": a phrase set off by a comma before the pronoun.
        let afterPhrase = subject.split(separator: ",").last { !$0.allSatisfy(\.isWhitespace) }?
            .lowercased().split { !$0.isLetter }.filter { !["also", "then", "further"].contains($0) } ?? []
        guard subjectWords.count <= 30,
              pronouns.contains(subjectWords.first.map(String.init) ?? "")
                || afterPhrase.count == 1 && pronouns.contains(String(afterPhrase[0]))
                || speakerNames.contains(where: { $0.count > 1 && subject.contains($0) }) else { return [] }
        return contentRanges(characters, in: sentence, clauses)
    }

    /// The clauses of saying of a sentence ("VERB that"), and its subject: the words before the first verb.
    struct SayingClauses {
        var words: [Range<Int>]
        /// Indices into `words`: each verb of saying and the first word of what it reports.
        var clauses: [(verb: Int, content: Int)]
        var subject: Range<Int>
    }

    static func sayingClauses(_ characters: [Character], in sentence: Range<Int>) -> SayingClauses? {
        let words = wordRanges(characters, in: sentence)
        var clauses: [(verb: Int, content: Int)] = []
        for (index, range) in words.enumerated() where index > 0 && index + 1 < words.count {
            // "pointed out that, although ...": the comma opens the content.
            guard ["that", "that,"].contains(word(characters, range)) else { continue }
            let previous = word(characters, words[index - 1])
            let pointedOut = previous == "out" && index > 1 && word(characters, words[index - 2]) == "pointed"
            // "that" must follow the verb directly: "noted, however, that" is not matched.
            guard verbsOfSaying.contains(previous) || pointedOut, characters[words[index - 1].upperBound] == " " else { continue }
            clauses.append((pointedOut ? index - 2 : index - 1, index + 1))
        }
        guard let first = clauses.first else { return nil }
        return SayingClauses(words: words, clauses: clauses, subject: sentence.lowerBound..<words[first.verb].lowerBound)
    }

    /// The reported content of a sentence's clauses of saying, whose first clause's subject is the speaker.
    static func contentRanges(_ characters: [Character], in sentence: Range<Int>, _ found: SayingClauses) -> [Range<Int>] {
        let words = found.words
        guard let first = found.clauses.first else { return [] }
        var ranges: [Range<Int>] = []
        var start = words[first.content].lowerBound
        for clause in found.clauses.dropFirst() {
            // Only "and [also] VERB that" joins a second clause; a that-clause deeper in the content is part of it.
            var joint = clause.verb - 1
            if joint > 0, ["also", "further", "then"].contains(word(characters, words[joint])) { joint -= 1 }
            // "and he concluded that": the speaker again, as the subject of the second clause.
            if joint > 0, pronouns.contains(word(characters, words[joint])) { joint -= 1 }
            guard joint > first.verb, ["and", "but"].contains(word(characters, words[joint])) else { continue }
            var end = words[joint].lowerBound
            while end > start, characters[end - 1] == " " || characters[end - 1] == "," { end -= 1 }
            if end > start { ranges.append(start..<end) }
            start = words[clause.content].lowerBound
        }
        ranges.append(start..<sentence.upperBound)
        return ranges.map { narrationCut(characters, words, $0) }
    }

    /// A report ends where the summary goes on with a clause of its own about the speaker, "and he"
    /// or "and she" and a verb in the past ("..., and he expressed Japan's intention to ..."): what
    /// follows is narration, not what was said. "and he would ..." stays within the report.
    static func narrationCut(_ characters: [Character], _ words: [Range<Int>], _ range: Range<Int>) -> Range<Int> {
        let inside = words.indices.filter { words[$0].lowerBound >= range.lowerBound && words[$0].upperBound <= range.upperBound }
        for index in inside.dropFirst() where index + 2 < words.count && words[index + 2].upperBound <= range.upperBound {
            guard ["and", "but"].contains(word(characters, words[index])), ["he", "she"].contains(word(characters, words[index + 1])) else { continue }
            let verb = word(characters, words[index + 2])
            guard verb.count > 3, verb.hasSuffix("ed"), verb.allSatisfy(\.isLetter) else { continue }
            var end = words[index].lowerBound
            while end > range.lowerBound, characters[end - 1] == " " || characters[end - 1] == "," { end -= 1 }
            return end > range.lowerBound ? range.lowerBound..<end : range
        }
        return range
    }

    static func wordRanges(_ characters: [Character], in range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, characters[index].isWhitespace { index += 1 }
            let start = index
            while index < range.upperBound, !characters[index].isWhitespace { index += 1 }
            if index > start { words.append(start..<index) }
        }
        return words
    }

    static func word(_ characters: [Character], _ range: Range<Int>) -> String {
        String(characters[range]).lowercased()
    }

    /// Where the text first prints one of the names, with a title printed just before it.
    static func mention(of names: [String], in text: String) -> Range<Int>? {
        let characters = Array(text)
        return speakerMention(characters, names: names, before: characters.count)
    }

    /// The first printing of one of the speaker's names before `limit`, at word boundaries, the
    /// longest where several start at one place, with a title printed just before it.
    static func speakerMention(_ characters: [Character], names: [String], before limit: Int) -> Range<Int>? {
        var best: Range<Int>?
        for name in Set(names) where name.count > 1 {
            let needle = Array(name)
            var start = 0
            while start + needle.count <= limit {
                if characters[start..<(start + needle.count)].elementsEqual(needle),
                   start == 0 || !isWordCharacter(characters[start - 1]),
                   start + needle.count == characters.count || !isWordCharacter(characters[start + needle.count]) {
                    let found = start..<(start + needle.count)
                    if best == nil || found.lowerBound < best!.lowerBound
                        || (found.lowerBound == best!.lowerBound && found.count > best!.count) {
                        best = found
                    }
                    break
                }
                start += 1
            }
        }
        return best.map { withTitle($0, in: characters) }
    }

    /// "Dr. Surin": the title printed just before a name belongs to the name as printed.
    static func withTitle(_ mention: Range<Int>, in characters: [Character]) -> Range<Int> {
        guard mention.lowerBound >= 2, characters[mention.lowerBound - 1] == " " else { return mention }
        var start = mention.lowerBound - 1
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        return isTitle(String(characters[start..<(mention.lowerBound - 1)])) ? start..<mention.upperBound : mention
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-"
    }
}
