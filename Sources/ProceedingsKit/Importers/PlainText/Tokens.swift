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
    nonisolated(unsafe) private static let pattern =
        /(?:[A-Z]\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}'’&]|-(?=\p{L}))*\.?|-(?=General|[A-Z])|[,;:()\[\]"“”]|[.!?]/

    private static let abbreviations: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "amb.", "st.", "rev.", "jr.", "sr.", "no.", "vol.", "m.", "mme.", "h.e.",
    ]

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var inQuote = false
        for match in text.matches(of: pattern) {
            var value = String(match.output)
            var range = match.range
            // A word-final period ends the sentence unless the word is a known abbreviation.
            if value.count > 1, value.hasSuffix("."), !abbreviations.contains(value.lowercased()),
               !(value.count == 2 && value.first!.isUppercase) {
                value.removeLast()
                range = range.lowerBound..<text.index(before: range.upperBound)
            }
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

    /// Sentences of a paragraph, split at `.`, `!` or `?` followed by a space and a capital.
    static func sentences(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var quoteDepth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let closesQuote = character == "”" || (character == "\"" && quoteDepth > 0)
            if character == "\"" { quoteDepth = quoteDepth == 0 ? 1 : 0 }
            if character == "“" { quoteDepth += 1 }
            if character == "”" { quoteDepth = max(0, quoteDepth - 1) }
            // 'as "... efforts." The symposium': a quotation that ends a sentence ends it too.
            if closesQuote, quoteDepth == 0, index > start, ".!?".contains(text[text.index(before: index)]) {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == " ",
                   text[next...].dropFirst().first.map({ $0.isUppercase }) ?? false {
                    result.append(text[start...index])
                    start = text.index(after: next)
                }
            }
            if ".!?".contains(character), quoteDepth == 0 {
                let next = text.index(after: index)
                let wordStart = text[..<index].lastIndex(where: { $0 == " " }).map { text.index(after: $0) } ?? start
                let word = text[wordStart...index].lowercased()
                if next == text.endIndex {
                    break
                } else if text[next] == " ", !Tokenizer.abbreviations.contains(word),
                          text[next...].dropFirst().first.map({ $0.isUppercase || $0 == "\"" || $0 == "(" }) ?? false {
                    result.append(text[start...index])
                    start = text.index(after: next)
                }
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result.map { $0.trimmingCharacters(in: .whitespaces)[...] }.filter { !$0.isEmpty }
    }
}
