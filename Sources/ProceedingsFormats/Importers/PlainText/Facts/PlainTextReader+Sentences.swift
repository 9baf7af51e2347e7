import Foundation

/// What one sentence says of the people it names: the role of the list it announces, whether a person
/// is its subject, the theme it gives a part.
extension PlainTextReader {
    /// "the following panelists", "the following speakers": the role of the list a sentence announces.
    func followingLabel(_ sentence: String) -> RosterLines.Label? {
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
        guard let following = words.firstIndex(of: "following"), following + 1 < words.count else { return nil }
        // "The following case studies were presented:", "The following papers were presented:": what was presented
        // names no role, the verb does.
        let works: Set<String> = ["papers", "presentations", "studies", "reports", "cases", "contributions", "talks", "lectures"]
        if words[(following + 1)...].prefix(2).contains(where: { works.contains(String($0)) }),
           words[(following + 2)...].prefix(3).contains(where: { ["presented", "delivered", "given", "made"].contains(String($0)) }),
           let entry = lexicon.rosterLabels["presenters"] {
            return RosterLines.Label(role: entry.role, cue: entry.id + ".following", printed: "presented", plural: true, rest: "")
        }
        guard let entry = lexicon.rosterLabels[String(words[following + 1])] else { return nil }
        return RosterLines.Label(role: entry.role, cue: entry.id, printed: String(words[following + 1]), plural: true, rest: "")
    }

    /// "The first day's panel, moderated by X, brought together three voices:": the people listed below sit on the
    /// panel that the sentence's subject names.
    func subjectLabel(_ sentence: String) -> RosterLines.Label? {
        let words = sentence.lowercased().letterRuns
        guard words.contains(where: { MentionFinder.listOpeners.contains(String($0)) }) else { return nil }
        // "Among the resource persons were": a label of two words, read before either word alone.
        let lead = Array(words.prefix(5)).map(String.init)
        for candidate in zip(lead, lead.dropFirst()).map({ $0 + " " + $1 }) + lead {
            if let entry = lexicon.rosterLabels[candidate], [.panelist, .speaker, .presenter].contains(entry.role) {
                return RosterLines.Label(role: entry.role, cue: entry.id + ".subject", printed: candidate, plural: true, rest: "")
            }
        }
        return nil
    }

    /// "Mr. Konuma, ..., introduced ..." or "(1) Sadako Ogata, ..., made ...": the person is the subject.
    func startsWithSubject(_ sentence: Substring, mention: Mention) -> Bool {
        let tokens = Tokenizer.tokenize(String(sentence))
        var start = 0
        // "Opening the panel, Dr. X of Y traced ...": a participle's clause before the subject.
        if let first = tokens.first, first.lower.hasSuffix("ing"), first.lower != "according", first.isCapitalised,
           tokens.count > 1, !tokens[1].isCapitalised,
           let comma = tokens[..<mention.tokens.lowerBound].firstIndex(where: { $0.text == "," }), comma <= 4 {
            start = comma + 1
        }
        // "Meanwhile, Dr. X presented": a word that links the sentence to the one before.
        if tokens.count > 2, ["meanwhile", "then", "next", "finally", "lastly", "subsequently", "thereafter", "afterwards", "additionally"].contains(tokens[0].lower),
           tokens[1].text == "," {
            start = 2
        }
        // "Co-Chair Ogata", "Commissioners Surin Pitsuwan and ...": titles before the subject.
        while start < mention.tokens.lowerBound, lexicon.titleWords.contains(tokens[start].lower) || tokens[start].text == "(" || tokens[start].text == ")" || Int(tokens[start].text) != nil {
            start += 1
        }
        guard start == mention.tokens.lowerBound else { return false }
        // "Sadako Ogata and Sonia Picado made ...": several subjects, no single speaker.
        let next = mention.extent.upperBound < tokens.count ? tokens[mention.extent.upperBound] : nil
        if let next, next.lower == "and" || next.text == "&" { return false }
        if mention.extent.upperBound < tokens.count, tokens[mention.extent.upperBound].text == "," {
            return tokens.count > mention.extent.upperBound + 1 && !tokens[mention.extent.upperBound + 1].isCapitalised
        }
        return next.map { !$0.isCapitalised && $0.isWord } ?? false
    }

    /// `under the theme of "..."` names a part's theme.
    func theme(in sentence: String, lower: String) -> String? {
        guard lower.includes(" the t"),
              let match = sentence.firstMatch(of: Patterns.theme) else { return nil }
        var theme = String(match.output.1).trimming(.whitespaces)
        while let last = theme.last, ".,".contains(last) { theme.removeLast() }
        return theme
    }

    nonisolated(unsafe) private static let leadingBracket = /\s*(?:\([^)]*\))?\s*/

    /// Whether the name is the agent of a deed dated to a year other than the meeting's (or the page's): the year
    /// shortly before the name with "by" or "under" between ("the 2023 evaluation ..., carried out by Dr. X", "endorsed in
    /// 2023 under the chairmanship of ..., X"), or "in" a year shortly after it, where the name is an agent ("proposed by
    /// former Secretary X in 2019"), opens a relative clause ("X, who launched the series in 2019") or a participle
    /// dates what it did ("the report by X (Romania), adopted in 2023", "X launched the programme in 2023").
    func deedOfAnotherYear(_ sentence: String, name: String) -> Bool {
        guard let at = sentence.range(of: name) else { return false }
        let known = Set([eventDate?.date.year, yearContext].compactMap { $0 })
        guard !known.isEmpty else { return false }
        let before = sentence[..<at.lowerBound]
        if let year = before.matches(of: Self.yearWord).last, let value = Int(year.output), !known.contains(value),
           case let words = before[year.range.upperBound...].words.map({ $0.lowercased() }), words.count <= 12,
           !before[year.range.upperBound...].contains(";"), words.contains(where: { ["by", "under"].contains($0) }) {
            return true
        }
        let after = sentence[at.upperBound...].prefix { $0 != ";" }
        guard let dated = after.firstMatch(of: Self.inYear), let value = Int(dated.output.1), !known.contains(value),
              after[..<dated.range.lowerBound].words.count <= 8 else { return false }
        let lead = after[..<dated.range.lowerBound].trimmingPrefix(Self.leadingBracket)
        // "proposed by the then Secretary (West), Smt. X, during her visit to Oslo in 2022": a title may stand between.
        let agentBefore = before.words.suffix(8).contains { ["by", "under"].contains($0.lowercased()) }
        return agentBefore || lead.hasPrefix(", who ") || lead.prefixMatch(of: Self.datedParticiple) != nil
    }

    /// "in 2019", "at the 2014 SIDS Conference": the year of the deed, or of the meeting it was done at.
    nonisolated(unsafe) static let inYear = /\b(?:in|at the|during the) ((?:19|20)\d\d)\b/
    /// ", adopted", ", published", ", launched the programme": a verb in the past after the name, dating what was done.
    nonisolated(unsafe) static let datedParticiple = /^,?\s*[a-z]+ed\b/
    nonisolated(unsafe) static let yearWord = /\b(?:19|20)\d\d\b/

    /// "Head of Bureau of Communication, Public Information Services and Cooperation" over "Rina Handayani (SF)": a release
    /// signed under its last paragraph by the officer who issued it, an office over a name with no verb, and no prose after it.
    func signsOff(_ text: String, span: SourceSpan) -> Bool {
        guard span.last > span.first, text.wordCount <= 24, !text.hasSuffix("."),
              text.words.allSatisfy({ word in
                  let letters = word.trimming(.punctuationCharacters)
                  return letters.isEmpty || letters.first?.isUppercase == true || ["of", "and", "for", "the", "&"].contains(letters)
              }) else { return false }
        return !lines[span.last...].contains { $0.text.hasSuffix(".") && $0.text.wordCount >= 8 }
    }
}
