import Foundation

/// A word or punctuation mark of a sentence, with where it stands in the text.
/// What the stages ask of a token, many times each, is worked out once when it is made.
struct Token: Sendable {
    let text: String
    let range: Range<String.Index>
    /// Inside a quotation: titles of talks and works, never people or roles.
    let quoted: Bool
    let isWord: Bool
    let isCapitalised: Bool
    let lower: String
    /// The word without a possessive or abbreviation period: "Rubin's" → "Rubin".
    let bare: String

    init(text: String, range: Range<String.Index>, quoted: Bool) {
        self.text = text
        self.range = range
        self.quoted = quoted
        // A nickname printed in quotes within a name ("Jose “Joey” Reyes") is one word, read by its first letter.
        let first = Tokenizer.isQuote(text.unicodeScalars.first) && text.unicodeScalars.count > 2 || text.unicodeScalars.first == "ʻ"
            ? text.unicodeScalars.dropFirst().first : text.unicodeScalars.first
        if let first, first.isASCII {
            let byte = UInt8(first.value)
            isWord = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            isCapitalised = byte >= 0x41 && byte <= 0x5A
        } else {
            let character = first.map(Character.init)
            isWord = character.map { $0.isLetter || $0.isNumber } ?? false
            isCapitalised = character.map { $0.isUppercase } ?? false
        }
        lower = text.utf8.allSatisfy { $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) } ? text : text.lowercased()
        var bare = text
        for suffix in ["'s", "’s"] where bare.hasSuffix(suffix) { bare.removeLast(2) }
        self.bare = bare
    }
}

extension Token {
    /// "of the African Forum on Debt and Development Justice in Accra said", "of the Bundesverband (BVAI) said", "of the alliance
    /// Schuldenwende said": where a person works, printed after the name without commas; the index of the first word past it,
    /// no further than `limit`.
    static func pastBody(_ tokens: ArraySlice<Token>, limit: Int) -> Int {
        var k = tokens.startIndex
        while k < tokens.endIndex, k < limit {
            if tokens[k].isCapitalised && tokens[k].isWord || ["the", "of", "for", "and", "&"].contains(tokens[k].lower) {
                k += 1
            } else if ["on", "in", "für", "und"].contains(tokens[k].lower), k + 1 < tokens.endIndex, tokens[k + 1].isCapitalised,
                      !Dates.opensWithDayOrMonth(tokens[k + 1].text) {
                // A word of the body's name, or its town.
                k += 2
            } else if tokens[k].text == "(", let close = tokens[k...].prefix(6).firstIndex(where: { $0.text == ")" }) {
                // The body's short name.
                k = close + 1
            } else if k > tokens.startIndex, tokens[k - 1].lower == "the", tokens[k].isWord, k + 1 < tokens.endIndex, tokens[k + 1].isCapitalised {
                // What kind of body it is, in lower case, before its name.
                k += 1
            } else {
                break
            }
        }
        return k
    }
}

enum Tokenizer {
    static let abbreviations: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "amb.", "st.", "rev.", "jr.", "sr.", "no.", "vol.", "m.", "mme.", "h.e.",
        "inc.", "ltd.", "co.", "corp.", "gen.", "lt.", "col.", "sen.", "rep.", "gov.", "hon.",
        // Abbreviated titles and words of an affiliation: "Assoc. Professor X", "Dept. of Law".
        "assoc.", "asst.", "adm.", "capt.", "maj.", "sgt.", "cmdr.", "cdr.", "brig.", "eng.", "adv.", "univ.", "dept.", "govt.", "approx.",
        // "Md. Shafiqul Islam", "Ir. Joost Brandsma": a given name or a title cut short.
        "ma.", "md.", "mohd.", "mg.", "econ.", "dra.", "lic.", "arq.", "enf.", "pe.", "sra.", "srta.", "mtro.", "mtra.", "dott.", "muh.", "ir.", "ing.", "mag.", "drs.", "ch.", "sh.", "ts.", "kh.", "zh.",
    ]

    /// Word characters, with ASCII answered without a lookup of Unicode properties: nearly every
    /// character of the genre is ASCII, and these tests run on every character of every sentence.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let properties = s.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    static func isUpperScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase
    }

    static func isLetterScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) : s.properties.isAlphabetic
    }

    /// Guillemets quote as “ and ” do, in the pages of French, Spanish and Italian publishers.
    private static let punctuation: Set<Unicode.Scalar> = [",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "«", "»", ".", "!", "?", "–", "—"]

    static func isQuote(_ scalar: Unicode.Scalar?) -> Bool { scalar == "\"" || scalar == "“" }

    /// 'Margaret "Peggy" Thornton-Hayes': one capitalised word in quotes between a word and another
    /// capitalised word is a nickname, part of the name; where it ends, if it is one.
    static func nicknameEnd(_ scalars: String.UnicodeScalarView, from start: String.Index, after previous: Token?) -> String.Index? {
        let open = scalars[start]
        guard let previous, previous.isCapitalised, !previous.quoted, previous.isWord, isQuote(open) else { return nil }
        let close: Unicode.Scalar = open == "“" ? "”" : "\""
        var i = scalars.index(after: start)
        guard i < scalars.endIndex, isUpperScalar(scalars[i]) else { return nil }
        var letters = 0
        while i < scalars.endIndex, isLetterScalar(scalars[i]) || scalars[i] == "-" { i = scalars.index(after: i); letters += 1 }
        guard letters <= 12, i < scalars.endIndex, scalars[i] == close else { return nil }
        let end = scalars.index(after: i)
        guard end < scalars.endIndex, scalars[end] == " " else { return nil }
        let next = scalars.index(after: end)
        guard next < scalars.endIndex, isUpperScalar(scalars[next]) else { return nil }
        return end
    }

    /// Words (with inner apostrophes, `&` and hyphens), initialisms such as `H.E.`, and
    /// punctuation. Hand-written rather than a regular expression: it runs on every sentence.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var inQuote = false
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            var end: String.Index?
            if c.isASCII, isUpperScalar(c), let initialism = initialismEnd(scalars, from: i) {
                end = initialism
            } else if !inQuote, isQuote(c), let nickname = nicknameEnd(scalars, from: i, after: tokens.last) {
                tokens.append(Token(text: String(text[i..<nickname]), range: i..<nickname, quoted: false))
                i = nickname
                continue
            } else if isWordScalar(c) {
                var j = scalars.index(after: i)
                while j < scalars.endIndex {
                    let d = scalars[j]
                    if isWordScalar(d) || d == "'" || d == "’" || d == "&" {
                        j = scalars.index(after: j)
                    } else if d == "-", scalars.index(after: j) < scalars.endIndex, isLetterScalar(scalars[scalars.index(after: j)]) {
                        j = scalars.index(after: j)
                    } else if d == "/", scalars.distance(from: i, to: j) == 1, scalars.index(after: j) < scalars.endIndex,
                              scalars[scalars.index(after: j)].properties.isLowercase {
                        // "W/ro Selamawit": an Amharic honorific printed with a slash; "Suresh a/l Krishnan", "s/o": a
                        // Malaysian or Indian "son of".
                        j = scalars.index(after: j)
                    } else {
                        break
                    }
                }
                if j < scalars.endIndex, scalars[j] == "." {
                    j = scalars.index(after: j)
                    // "Prof.ª Dr.ª Edna Brandão": a Portuguese title in the feminine ends in its ordinal mark.
                    if j < scalars.endIndex, scalars[j] == "ª" { j = scalars.index(after: j) }
                    // "Dipl.-Ing. Katrin Wöhrle", "Univ.-Prof.": a German title joins two abbreviations with a hyphen.
                    if j < scalars.endIndex, scalars[j] == "-", case let after = scalars.index(after: j), after < scalars.endIndex,
                       isUpperScalar(scalars[after]) {
                        var k = scalars.index(after: after)
                        while k < scalars.endIndex, isLetterScalar(scalars[k]) { k = scalars.index(after: k) }
                        if k < scalars.endIndex, scalars[k] == "." { j = scalars.index(after: k) }
                    }
                }
                end = j
            } else if c == "-", scalars.index(after: i) < scalars.endIndex, isUpperScalar(scalars[scalars.index(after: i)]) {
                end = scalars.index(after: i)
            } else if c == "-", i > scalars.startIndex, scalars[scalars.index(before: i)] == " ",
                      scalars.index(after: i) < scalars.endIndex, scalars[scalars.index(after: i)] == " " {
                // "Dr. Tigist BEKELE - AU Commission": a hyphen between spaces is a dash, and ends a name.
                end = scalars.index(after: i)
            } else if punctuation.contains(c) {
                end = scalars.index(after: i)
            }
            guard var upper = end else {
                i = scalars.index(after: i)
                continue
            }
            var value = String(text[i..<upper])
            // A word-final period ends the sentence unless the word is a known abbreviation.
            if value.utf8.count > 1, value.utf8.last == UInt8(ascii: "."), !abbreviations.contains(value.lowercased()),
               !value.contains(".-"),
               !(value.unicodeScalars.count == 2 && isUpperScalar(value.unicodeScalars.first!)), !isInitialism(value) {
                value.removeLast()
                upper = scalars.index(before: upper)
            }
            let range = i..<upper
            i = end!
            switch value {
            case "\"":
                inQuote.toggle()
                tokens.append(Token(text: value, range: range, quoted: false))
                continue
            // French pages open with « and German ones with »: either guillemet opens a quotation outside one, closes it inside.
            case "«", "»": inQuote.toggle()
            case "“": inQuote = true
            case "”": inQuote = false
            default: break
            }
            tokens.append(Token(text: value, range: range, quoted: inQuote && value != "“" && value != "«" && value != "»"))
        }
        return tokens
    }

    /// `H.E.`, `U.N.`: two or more capital letters each followed by a period.
    private static func initialismEnd(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index? {
        var i = start, pairs = 0
        while i < scalars.endIndex, scalars[i].isASCII, isUpperScalar(scalars[i]) {
            let dot = scalars.index(after: i)
            guard dot < scalars.endIndex, scalars[dot] == "." else { break }
            pairs += 1
            i = scalars.index(after: dot)
        }
        return pairs >= 2 ? i : nil
    }

    private static func isInitialism(_ value: String) -> Bool {
        value.utf8.count >= 4 && initialismEnd(value.unicodeScalars, from: value.startIndex) == value.endIndex
    }

    /// Sentences of a paragraph, split at `.`, `!` or `?` followed by a space and a capital.
    /// One pass: where the current word began is carried along rather than searched back for,
    /// which made long paragraphs quadratic.
    /// `honorifics`: the lexicon's, so that a librarian's own ("Avv.") ends no sentence either.
    /// "Rhodri Ll. Evans", "Ma. Lourdes Cruz", "Md. Rahman": given names that Welsh, Filipino and Bengali names print
    /// shortened to two letters and a stop, as an initial is.
    static let shortenedGivenNames: Set<String> = ["Ll", "Ma", "Md", "Wm"]

    static func sentences(_ text: String, honorifics: [String: String] = [:]) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var wordStart = scalars.startIndex
        var quoteDepth = 0
        // A sentence does not end inside brackets: "(Head, SRA Inc. Frontier Laboratory)".
        var bracketDepth = 0, bracketRun = 0
        var index = scalars.startIndex
        func isTerminal(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" }
        /// The scalar after the space at `next`: "... end. The next": a capital begins a sentence.
        func followedByCapital(_ next: String.Index, orOpener: Bool) -> Bool {
            guard next < scalars.endIndex, scalars[next] == " " else { return false }
            let after = scalars.index(after: next)
            guard after < scalars.endIndex else { return false }
            let c = scalars[after]
            return isUpperScalar(c) || orOpener && (c == "\"" || c == "(" || c == "«" || c == "“")
        }
        func isAbbreviation(_ from: String.Index, _ to: String.Index) -> Bool {
            let length = scalars.distance(from: from, to: to)
            if length < 8, Tokenizer.abbreviations.contains(String(scalars[from...to]).lowercased())
                || !honorifics.isEmpty && honorifics[String(scalars[from..<to]).lowercased()]?.hasSuffix(".") == true {
                return true
            }
            // "H.E.Mrs.", "Prof.Dr.": honorifics run together end with one; "Dipl.-Ing." joins them with a hyphen.
            guard length < 16, !honorifics.isEmpty, let dot = scalars[from..<to].lastIndex(of: ".") else { return false }
            let last = String(String(scalars[scalars.index(after: dot)..<to]).lowercased().trimmingPrefix("-"))
            return honorifics[last]?.hasSuffix(".") == true || Tokenizer.abbreviations.contains(last + ".")
        }
        /// "T" or "N.S" before the stop at `to`.
        func isInitials(_ from: String.Index, _ to: String.Index) -> Bool {
            let word = scalars[from..<to]
            if Tokenizer.shortenedGivenNames.contains(String(word)) { return true }
            return [1, 3, 5].contains(word.count) && word.enumerated().allSatisfy { $0.offset % 2 == 0 ? isUpperScalar($0.element) : $0.element == "." }
        }
        while index < scalars.endIndex {
            let character = scalars[index]
            let next = scalars.index(after: index)
            if character == " " {
                wordStart = next
                index = next
                continue
            }
            let closesQuote = character == "”" || ("\"«»".unicodeScalars.contains(character) && quoteDepth > 0)
            if "\"«»".unicodeScalars.contains(character) { quoteDepth = quoteDepth == 0 ? 1 : 0 }
            if character == "“" { quoteDepth += 1 }
            if character == "”" { quoteDepth = max(0, quoteDepth - 1) }
            // 'as "... efforts." The symposium': a quotation that ends a sentence ends it too.
            if closesQuote, quoteDepth == 0, index > start, isTerminal(scalars[scalars.index(before: index)]),
               followedByCapital(next, orOpener: false) {
                result.append(text[start...index])
                start = scalars.index(after: next)
            }
            if character == "(" { bracketDepth += 1; bracketRun = 0 }
            if character == ")" { bracketDepth = max(0, bracketDepth - 1) }
            // A bracket left open by a slip must not join the rest of the paragraph into one sentence.
            if bracketDepth > 0 { bracketRun += 1; if bracketRun > 400 { bracketDepth = 0 } }
            if isTerminal(character), quoteDepth == 0, bracketDepth == 0 {
                let wordFrom = max(wordStart, start)
                if next == scalars.endIndex {
                    break
                } else if followedByCapital(next, orOpener: true), !isAbbreviation(wordFrom, index),
                          // "Kelly T. Clements", "Mr N.S. Masipa": initials do not end a sentence.
                          !isInitials(wordFrom, index) {
                    result.append(text[start...index])
                    start = scalars.index(after: next)
                }
            }
            index = next
        }
        if start < scalars.endIndex { result.append(text[start...]) }
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

extension StringProtocol {
    /// `trimmingCharacters(in:)` without Foundation's bridge to NSString, which on Linux copies every
    /// line to UTF-16 and back; the reader trims every line and affiliation it reads.
    func trimming(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        // The sets trimmed here hold spaces and punctuation, never an ASCII letter or digit: those are
        // answered without asking the set, which on Linux is slow.
        func trimmed(_ s: Unicode.Scalar) -> Bool {
            if s.isASCII, Tokenizer.isWordScalar(s) { return false }
            return set.contains(s)
        }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, trimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, trimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        // Scalar indices are indices of the string: the slice is copied once, as bytes.
        return String(self[start..<end])
    }
}
