import Foundation

/// The name of an event as prose prints it: "On 5 May, the Third Asia Pacific Forum on Water took
/// place in Geneva" names "Third Asia Pacific Forum on Water". A page that prints no title line is
/// still a summary when its first sentences name the event.
enum EventName {
    private static let inner: Set<String> = ["of", "on", "for", "and", "the", "in", "&", "-", "to", "at"]

    /// The longest capitalised phrase around a head noun, connectors inside it but not at its ends.
    /// Verbs of which the event is the subject ("the Forum took place") or, after them, the object
    /// ("hosted the Forum"): a name beside one is the event's; any other may be one it mentions.
    private static let asSubject: Set<String> = ["took", "was", "were", "met", "opened", "began", "convened", "concluded", "ended", "closed"]
    private static let asObject: Set<String> = ["held", "hosted", "organized", "organised", "co-organized", "co-organised", "convened", "co-hosted", "launched"]

    static func find(in sentence: String, _ lexicon: GenreLexicon) -> String? {
        let tokens = Tokenizer.tokenize(sentence)
        let candidates = names(in: tokens, of: sentence, lexicon)
        // 'organized a dialogue ... titled "WPS + Innovation"': the meeting's own name, quoted.
        for (index, token) in tokens.enumerated() where ["titled", "entitled"].contains(token.lower) {
            guard tokens[max(0, index - 10)..<index].contains(where: { lexicon.eventNouns.contains($0.lower) }),
                  index + 1 < tokens.count, tokens[index + 1].text == "\"" || tokens[index + 1].text == "“" || tokens[index + 1].quoted,
                  let quoted = Self.quotation(after: index, in: tokens, sentence: sentence) else { continue }
            return quoted
        }
        // "hosted the international seminar ‘Migration Compacts and the Rule of Law’": a meeting named in quotes after its noun.
        for (index, token) in tokens.enumerated() where lexicon.eventNouns.contains(token.lower) && !token.quoted {
            if index + 1 < tokens.count, tokens[index + 1].text == "\"" || tokens[index + 1].text == "“",
               let quoted = Self.quotation(after: index, in: tokens, sentence: sentence), quoted.wordCount >= 2 {
                return quoted
            }
            if let quoted = singleQuoted(after: token.range.upperBound, in: sentence), quoted.wordCount >= 2 { return quoted }
        }
        let stated = candidates.first { candidate in
            var after = candidate.tokens.upperBound
            // "the Third Forum (TF) took place": an acronym in brackets may stand between.
            if after < tokens.count, tokens[after].text == "(", let close = tokens[after...].firstIndex(where: { $0.text == ")" }) {
                after = close + 1
            }
            if after < tokens.count, asSubject.contains(tokens[after].lower) { return true }
            var before = candidate.tokens.lowerBound - 1
            while before >= 0, ["the", "a", "an"].contains(tokens[before].lower) { before -= 1 }
            return before >= 0 && asObject.contains(tokens[before].lower)
        }
        return (stated ?? candidates.first)?.text
    }

    /// ‘…’ right after `start`: the closing mark is one no letter follows, so "Law’s" does not close it.
    private static func singleQuoted(after start: String.Index, in sentence: String) -> String? {
        let rest = sentence[start...]
        guard rest.hasPrefix(" ‘") else { return nil }
        let inner = rest.dropFirst(2)
        var index = inner.startIndex
        while let close = inner[index...].firstIndex(of: "’") {
            let next = inner.index(after: close)
            if next == inner.endIndex || !inner[next].isLetter { return String(inner[..<close]) }
            index = next
        }
        return nil
    }

    private static func quotation(after index: Int, in tokens: [Token], sentence: String) -> String? {
        let inner = tokens[(index + 1)...].drop { !$0.quoted }.prefix { $0.quoted }
        guard let first = inner.first, let last = inner.last(where: { $0.isWord || $0.text == ")" }) else { return nil }
        return String(sentence[first.range.lowerBound..<last.range.upperBound])
    }

    private static func names(in tokens: [Token], of sentence: String, _ lexicon: GenreLexicon) -> [(text: String, tokens: Range<Int>)] {
        var found: [(text: String, tokens: Range<Int>)] = []
        for (index, token) in tokens.enumerated() where token.isCapitalised && lexicon.eventNouns.contains(token.bare.lowercased()) {
            if let last = found.last, last.tokens.contains(index) { continue }
            var first = index
            while first > 0, isNamePart(tokens[first - 1], allowConnector: false, lexicon) { first -= 1 }
            var last = index
            var probe = index + 1
            while probe < tokens.count, isNamePart(tokens[probe], allowConnector: true, lexicon) {
                if tokens[probe].isCapitalised || tokens[probe].text.first?.isNumber == true { last = probe }
                probe += 1
            }
            guard last > first || first < index else { continue }
            let phrase = String(sentence[tokens[first].range.lowerBound..<tokens[last].range.upperBound])
            if phrase.wordCount >= 2 { found.append((phrase, first..<(last + 1))) }
        }
        return found
    }

    private static func isNamePart(_ token: Token, allowConnector: Bool, _ lexicon: GenreLexicon) -> Bool {
        if token.quoted { return false }
        if token.isCapitalised, token.isWord { return !lexicon.honorifics.keys.contains(token.lower.trimming(.punctuationCharacters)) }
        if token.text.first?.isNumber == true, token.text.count <= 4 { return true }
        return allowConnector && inner.contains(token.lower)
    }
}
