import Foundation

/// A word or punctuation mark of a sentence, with where it stands in the text.
struct Token: Sendable {
    let text: String
    let range: Range<String.Index>
    /// Inside a quotation: titles of talks and works, never people or roles.
    let quoted: Bool

    var isWord: Bool { text.first.map { $0.isLetter || $0.isNumber } ?? false }
    var isCapitalised: Bool { text.first.map { $0.isUppercase } ?? false }
    var lower: String { text.lowercased() }
    /// The word without a possessive or abbreviation period: "Rubin's" → "Rubin".
    var bare: String {
        var t = text
        for suffix in ["'s", "’s"] where t.hasSuffix(suffix) { t.removeLast(2) }
        return t
    }
}

enum Tokenizer {
    private static let abbreviations: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "amb.", "st.", "rev.", "jr.", "sr.", "no.", "vol.", "m.", "mme.", "h.e.",
        "inc.", "ltd.", "co.", "corp.", "gen.", "lt.", "col.", "sen.", "rep.", "gov.", "hon.",
        // Abbreviated titles and words of an affiliation: "Assoc. Professor X", "Dept. of Law".
        "assoc.", "asst.", "adm.", "capt.", "maj.", "sgt.", "cmdr.", "univ.", "dept.", "govt.", "approx.",
    ]

    private static let punctuation: Set<Character> = [",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", ".", "!", "?"]

    /// Words (with inner apostrophes, `&` and hyphens), initialisms such as `H.E.`, and
    /// punctuation. Hand-written rather than a regular expression: it runs on every sentence.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var inQuote = false
        var i = text.startIndex
        func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        while i < text.endIndex {
            let c = text[i]
            var end: String.Index?
            if c.isASCII, c.isUppercase, let initialism = initialismEnd(text, from: i) {
                end = initialism
            } else if isWordCharacter(c) {
                var j = text.index(after: i)
                while j < text.endIndex {
                    let d = text[j]
                    if isWordCharacter(d) || d == "'" || d == "’" || d == "&" {
                        j = text.index(after: j)
                    } else if d == "-", text.index(after: j) < text.endIndex, text[text.index(after: j)].isLetter {
                        j = text.index(after: j)
                    } else {
                        break
                    }
                }
                if j < text.endIndex, text[j] == "." { j = text.index(after: j) }
                end = j
            } else if c == "-", text.index(after: i) < text.endIndex, text[text.index(after: i)].isUppercase {
                end = text.index(after: i)
            } else if punctuation.contains(c) {
                end = text.index(after: i)
            }
            guard var upper = end else {
                i = text.index(after: i)
                continue
            }
            var value = String(text[i..<upper])
            // A word-final period ends the sentence unless the word is a known abbreviation.
            if value.count > 1, value.hasSuffix("."), !abbreviations.contains(value.lowercased()),
               !(value.count == 2 && value.first!.isUppercase), !isInitialism(value) {
                value.removeLast()
                upper = text.index(before: upper)
            }
            let range = i..<upper
            i = end!
            switch value {
            case "\"":
                inQuote.toggle()
                tokens.append(Token(text: value, range: range, quoted: false))
                continue
            case "“": inQuote = true
            case "”": inQuote = false
            default: break
            }
            tokens.append(Token(text: value, range: range, quoted: inQuote && value != "“"))
        }
        return tokens
    }

    /// `H.E.`, `U.N.`: two or more capital letters each followed by a period.
    private static func initialismEnd(_ text: String, from start: String.Index) -> String.Index? {
        var i = start, pairs = 0
        while i < text.endIndex, text[i].isASCII, text[i].isUppercase {
            let dot = text.index(after: i)
            guard dot < text.endIndex, text[dot] == "." else { break }
            pairs += 1
            i = text.index(after: dot)
        }
        return pairs >= 2 ? i : nil
    }

    private static func isInitialism(_ value: String) -> Bool {
        value.count >= 4 && initialismEnd(value, from: value.startIndex) == value.endIndex
    }

    /// Sentences of a paragraph, split at `.`, `!` or `?` followed by a space and a capital.
    /// One pass: where the current word began is carried along rather than searched back for,
    /// which made long paragraphs quadratic.
    static func sentences(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var wordStart = text.startIndex
        var quoteDepth = 0
        // A sentence does not end inside brackets: "(Head, SRA Inc. Frontier Laboratory)".
        var bracketDepth = 0, bracketRun = 0
        var index = text.startIndex
        func isTerminal(_ c: Character) -> Bool { c == "." || c == "!" || c == "?" }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == " " {
                wordStart = next
                index = next
                continue
            }
            let closesQuote = character == "”" || (character == "\"" && quoteDepth > 0)
            if character == "\"" { quoteDepth = quoteDepth == 0 ? 1 : 0 }
            if character == "“" { quoteDepth += 1 }
            if character == "”" { quoteDepth = max(0, quoteDepth - 1) }
            // 'as "... efforts." The symposium': a quotation that ends a sentence ends it too.
            if closesQuote, quoteDepth == 0, index > start, isTerminal(text[text.index(before: index)]) {
                if next < text.endIndex, text[next] == " ",
                   text[next...].dropFirst().first.map({ $0.isUppercase }) ?? false {
                    result.append(text[start...index])
                    start = text.index(after: next)
                }
            }
            if character == "(" { bracketDepth += 1; bracketRun = 0 }
            if character == ")" { bracketDepth = max(0, bracketDepth - 1) }
            // A bracket left open by a slip must not join the rest of the paragraph into one sentence.
            if bracketDepth > 0 { bracketRun += 1; if bracketRun > 400 { bracketDepth = 0 } }
            if isTerminal(character), quoteDepth == 0, bracketDepth == 0 {
                if next == text.endIndex {
                    break
                } else if text[next] == " ",
                          text[next...].dropFirst().first.map({ $0.isUppercase || $0 == "\"" || $0 == "(" }) ?? false,
                          !Tokenizer.abbreviations.contains(text[max(wordStart, start)...index].lowercased()),
                          // "Kelly T. Clements": an initial does not end a sentence.
                          !(text.distance(from: max(wordStart, start), to: index) == 1 && text[max(wordStart, start)].isUppercase) {
                    result.append(text[start...index])
                    start = text.index(after: next)
                }
            }
            index = next
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result.compactMap { sentence in
            // What `CharacterSet.whitespaces` trims, without bridging every sentence to NSString.
            func isSpace(_ c: Character) -> Bool { c == " " || (c.isWhitespace && !c.isNewline) }
            let trimmed = sentence.drop(while: isSpace)
            let end = trimmed.lastIndex(where: { !isSpace($0) })
            return end.map { trimmed[...$0] }
        }
    }
}

extension String {
    /// Whether `needle` occurs, compared byte for byte in UTF-8: the keyword tests that guard the
    /// reader's expressions run on every sentence, and Foundation's `contains` bridged each one.
    /// The needles are short words, so a plain scan is enough.
    func includes(_ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard h.count >= n.count else { return false }
                let first = n[0]
                var i = 0
                while i <= h.count - n.count {
                    if h[i] == first {
                        var j = 1
                        while j < n.count, h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
