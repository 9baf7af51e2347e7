import Foundation

/// Cues that say a person named in a sentence is only spoken of: absent, recalled, quoted, holding an office elsewhere.
extension CueFinder {
    /// The id of a cue that ends right before a name and says the person is only spoken of.
    /// `apposed`: the name is set off by a comma after it too, as a title's holder is ("in the absence of the
    /// Minister, Dr. X, the statement was read"); a name that opens the clause instead stands in for the title's holder
    /// ("In the absence of the Chairman, Deputy X took the Chair").
    func mentionOnly(before tokens: ArraySlice<Token>, apposed: Bool = true) -> String? {
        let wordTokens = words(tokens)
        let lower = wordTokens.map(\.lower)
        // "on behalf of the Executive Secretary of ECA, Ms. X": the phrase may end before a title set apart by a comma.
        var ends = [lower.count]
        // "apologies were intimated on behalf of Councillors A and B": a plural office before the names is theirs.
        if let last = wordTokens.last, last.isCapitalised, MentionFinder.officePlurals.contains(last.lower) { ends.append(lower.count - 1) }
        // "the lessons documented by former Commissioner X": a word that dates the title may stand between.
        if let last = lower.last, ["former", "late"].contains(last) { ends.append(lower.count - 1) }
        if tokens.last?.text == "," {
            // "the report of the Independent Expert on climate mobility, Mr. X": the office's portfolio in lower case.
            var titleEnd = tokens.endIndex - 1
            if let on = tokens[max(tokens.startIndex, titleEnd - 5)..<titleEnd].lastIndex(where: { ["on", "for", "of"].contains($0.lower) }),
               on > tokens.startIndex, tokens[on - 1].isCapitalised,
               tokens[(on + 1)..<titleEnd].allSatisfy({ $0.isWord && !$0.isCapitalised }) {
                titleEnd = on
            }
            let start = Self.capitalisedRunStart(before: titleEnd, in: tokens, connectors: ["of", "the", "for", "and", "to", "on", "in"])
            if tokens[start..<titleEnd].contains(where: { lexicon.titleWords.contains($0.lower) }) {
                // "of the Executive Secretary": the phrase may take the connectors the title begins with.
                var end = start
                repeat {
                    ends.append(words(tokens[..<end]).count)
                    end += 1
                } while end < tokens.endIndex - 1 && !tokens[end - 1].isCapitalised
            }
        }
        // "Letter from X, Director of Y, regarding Z": a paper the minutes note, whose writer was not at the meeting.
        if case let paper = wordTokens.drop(while: { $0.text.first?.isNumber == true }), paper.first?.isCapitalised == true,
           ["letter from", "letter from the", "correspondence from", "email from", "e-mail from"].contains(paper.map(\.lower).joined(separator: " ")) {
            return "mention.recalled"
        }
        // The longest phrase says most: "apologies were intimated on behalf of" over "on behalf of".
        var best: (start: Int, id: String)?
        let present = Set(lower)
        for cue in lexicon.mentionOnlyCues where !cue.after {
            for phrase in cue.phrases where phrase.mayMatch(present) {
                for match in phrase.matches(in: lower) where (ends.contains(match.upperBound)
                    && (match.upperBound == lower.count || apposed || !lower[match].starts(with: ["in", "the", "absence"]))
                    || describedBetween(match, wordTokens, in: tokens)) && best.map({ match.lowerBound < $0.start }) ?? true {
                    best = (match.lowerBound, cue.id)
                }
            }
        }
        return best?.id
    }

    /// "The Ministry of Science and ICT (Minister X, hereinafter 'MSIT') announced", "the Agency (NIPA, President Y)": a
    /// ministry's release names a body's head in brackets after the body's name, to say whose body it is, not who was there.
    func headOfBodyInBrackets(_ tokens: ArraySlice<Token>) -> Bool {
        guard let open = tokens.lastIndex(where: { $0.text == "(" }), open > tokens.startIndex, case let inside = tokens[(open + 1)...],
              inside.count <= 3, inside.allSatisfy({ $0.text == "," || $0.isWord && ($0.text.allSatisfy { $0.isUppercase || $0.isNumber }
                || $0.isCapitalised && lexicon.titleWords.contains($0.lower)) }),
              // The head's office, not an honorific: "(Dr. X)" after a ministry is who came for it.
              inside.contains(where: { $0.isCapitalised && lexicon.titleWords.contains($0.lower) })
        else { return false }
        let start = Self.capitalisedRunStart(before: open, in: tokens, connectors: ["of", "and", "for", "the", "on"])
        let body = tokens[start..<open].map(\.text).joined(separator: " ")
        return start < open && !lexicon.titleWords.contains(tokens[open - 1].lower) && Patterns.namesInstitution(body)
    }

    /// Where the run of capitalised words, and the small words a name or a title takes, that ends before `end` begins:
    /// "Executive Secretary of ECA" before a comma, "Ministry of Science and ICT" before a bracket.
    static func capitalisedRunStart(before end: Int, in tokens: ArraySlice<Token>, connectors: Set<String>) -> Int {
        var start = end
        while start > tokens.startIndex, tokens[start - 1].isCapitalised && tokens[start - 1].isWord || connectors.contains(tokens[start - 1].lower) {
            start -= 1
        }
        return start
    }

    /// "the late former ECA Executive Secretary Mr. X", "referred to the engineer X": after "the late" or "to the", a few words
    /// that describe the person may stand between the phrase and the name, with no verb, comma or conjunction among them.
    private func describedBetween(_ match: Range<Int>, _ words: [Token], in tokens: ArraySlice<Token>) -> Bool {
        guard match.upperBound < words.count, words.count - match.upperBound <= 5, match.count >= 2,
              words[match.upperBound - 1].lower == "late" || words[match.upperBound - 1].lower == "the"
                && ["to", "commemorated", "commemorating", "mourned", "mourning"].contains(words[match.upperBound - 2].lower)
        else { return false }
        guard let start = tokens.firstIndex(where: { $0.range == words[match.upperBound].range }) else { return false }
        return !tokens[start...].contains { token in
            !token.isWord && token.text != "-" || ["and", "or", "who", "which", "that", "whose", "with", "by"].contains(token.lower)
                || lexicon.reportingVerbs.contains(token.lower) || !token.isCapitalised && token.lower.hasSuffix("ed")
        }
    }

    /// The id of a cue in the words after a name, in its own clause, that says the person was not there:
    /// "X, who had been expected to open the retreat, was unable to attend".
    func mentionOnly(after tokens: ArraySlice<Token>) -> String? {
        var clause = tokens.prefix { $0.text != ";" && $0.text != "." && $0.lower != "but" }
        // The phrase is the person's own predicate, at once ("X noted that delegates were unable to attend" is
        // not), in a relative clause ("X, who was unable to attend, ...") or past one ("X, who had been
        // expected to open it, was unable to attend").
        func predicate(_ part: ArraySlice<Token>) -> String? {
            let lower = words(part).map(\.lower)
            // A match that starts at the first or second word opens with one of them.
            let opening = Set(lower.prefix(2))
            for cue in lexicon.mentionOnlyCues where cue.after {
                for phrase in cue.phrases where phrase.mayMatch(opening) && phrase.matches(in: lower).contains(where: { $0.lowerBound <= 1 }) {
                    return cue.id
                }
            }
            return nil
        }
        if let (who, close) = Self.relativeClause(in: clause) {
            if let id = predicate(clause[(who + 1)..<(close ?? clause.endIndex)]) { return id }
            guard let close else {
                // "X, who helped to plan the symposium but was unable to attend": the clause goes on after "but".
                guard clause.endIndex < tokens.endIndex, tokens[clause.endIndex].lower == "but" else { return nil }
                let rest = tokens[(clause.endIndex + 1)...].prefix { $0.text != ";" && $0.text != "." && $0.text != "," }
                return predicate(rest).flatMap { $0 == "mention.absent" ? $0 : nil }
            }
            clause = clause[(close + 1)...]
        } else if clause.first?.text == ",", let participle = clause.dropFirst().first, participle.lower.hasSuffix("ed"),
                  let close = clause.dropFirst().firstIndex(where: { $0.text == "," }) {
            // "Dr. X, announced earlier as keynote speaker, is unable to attend": past the participle's phrase.
            clause = clause[(close + 1)...]
        } else if clause.first?.text == "," || ["of", "from"].contains(clause.first?.lower ?? ""),
                  let close = clause.dropFirst().firstIndex(where: { $0.text == "," }),
                  close - clause.startIndex <= 16, predicate(clause.dropFirst()) == nil,
                  !clause[clause.startIndex..<close].contains(where: { Self.finiteVerbs.contains($0.lower) || $0.lower == "who" || $0.lower == "which" }) {
            // "Dr X, long-time co-author at the Institute in Oslo, was unable to travel": past the description; "Professor X of
            // the University of Y, was unable to travel" too.
            clause = clause[(close + 1)...]
        }
        if let id = predicate(clause) { return id }
        // "X and Y had confirmed their participation but did not attend": the verb after "but" is theirs too.
        // Not after a role of the person's own: "delivered the keynote but was unable to attend the afternoon" was there.
        guard clause.endIndex < tokens.endIndex, tokens[clause.endIndex].lower == "but", first(in: clause) == nil else { return nil }
        let rest = tokens[(clause.endIndex + 1)...].prefix { $0.text != ";" && $0.text != "." }
        return predicate(rest).flatMap { $0 == "mention.absent" ? $0 : nil }
    }

    private static let finiteVerbs: Set<String> = ["is", "was", "were", "are", "has", "had", "have", "said", "will", "would", "could", "did"]
}
