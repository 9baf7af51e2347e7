/// A phrase of the lexicon, matched word by word: "served as [the] coordinator|moderator" matches
/// "served as the coordinator" and "served as moderator"; "remarks|speech ... by" lets up to twelve
/// words stand between "remarks" and "by". Words are compared in lower case, whole; "#year" stands for a year of four
/// digits ("in her #year report": "in her 2022 report").
struct CuePhrase: Sendable {
    enum Slot: Sendable {
        case word(Set<String>, optional: Bool)
        case gap(Int)
    }

    let text: String
    let slots: [Slot]

    private static let determiners: Set<String> = ["a", "an", "the", "his", "her", "their", "our", "its"]

    static let maximumGap = 12
    static let year = "#year"
    static let maximumGaps = 2

    struct Problem: Error {
        var reason: String
    }

    static func compile(_ phrase: String) -> Result<CuePhrase, Problem> {
        var slots: [Slot] = []
        for part in phrase.lowercased().words {
            if part == "..." {
                slots.append(.gap(maximumGap))
                continue
            }
            var word = Substring(part)
            let optional = word.hasPrefix("[") && word.hasSuffix("]")
            if optional { word = word.dropFirst().dropLast() }
            let alternatives = word.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard !alternatives.contains(where: \.isEmpty), !alternatives.contains(where: { $0.contains("[") || $0.contains("]") }) else {
                return .failure(Problem(reason: "an empty alternative or a stray bracket in \"\(part)\""))
            }
            // "closed with remarks|words|a speech": alternatives are single words, so "a" there stands for a word
            // of its own and the phrase can never match as its writer meant.
            if alternatives.contains(where: determiners.contains), !alternatives.allSatisfy(determiners.contains) {
                return .failure(Problem(reason: "\"\(part)\" puts an article among other words; each alternative is one word: write \"with remarks|words\" and \"with a|an speech|address\" as two phrases"))
            }
            slots.append(.word(Set(alternatives), optional: optional))
        }
        // Each gap multiplies the ways a phrase can match; two keep matching cheap on any sentence.
        guard slots.filter({ if case .gap = $0 { true } else { false } }).count <= maximumGaps else {
            return .failure(Problem(reason: "at most \(maximumGaps) gaps (...) in a phrase"))
        }
        guard case .word(_, false)? = slots.first, case .word? = slots.last else {
            return .failure(Problem(reason: "a phrase starts with a word that is not optional and ends with a word"))
        }
        return .success(CuePhrase(text: phrase, slots: slots))
    }

    /// The words one of which any match starts with.
    var firstWords: [String] {
        if case .word(let words, _) = slots[0] { return Array(words) }
        return []
    }

    /// Whether the phrase may match a sentence of these words: its first word is among them. Asked before `matches`, which
    /// tries every position of the sentence.
    func mayMatch(_ words: Set<String>) -> Bool {
        guard case .word(let first, _) = slots[0] else { return true }
        return first.contains(where: words.contains)
    }

    /// Every place the phrase matches, as ranges of word positions, leftmost and shortest first.
    func matches(in words: [String]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for start in words.indices {
            if let end = match(slot: 0, at: start, in: words) { found.append(start..<end) }
        }
        return found
    }

    static func isYear(_ word: String) -> Bool {
        word.utf8.count == 4 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (word.hasPrefix("19") || word.hasPrefix("20"))
    }

    static let gapStops: Set<String> = ["attended", "chaired", "co-chaired", "moderated", "hosted", "organised", "organized", "sponsored",
                                        "funded", "followed", "introduced", "opened", "closed"]

    private func match(slot: Int, at position: Int, in words: [String]) -> Int? {
        guard slot < slots.count else { return position }
        switch slots[slot] {
        case .word(let alternatives, let optional):
            if position < words.count, alternatives.contains(words[position]) || alternatives.contains(Self.year) && Self.isYear(words[position]),
               let end = match(slot: slot + 1, at: position + 1, in: words) {
                return end
            }
            return optional ? match(slot: slot + 1, at: position, in: words) : nil
        case .gap(let limit):
            for skip in 0...limit where position + skip <= words.count {
                // "the lecture was attended by X", "the speech was chaired by Y": a gap never runs over a verb that gives
                // the name after it a role of its own.
                if skip > 0, Self.gapStops.contains(words[position + skip - 1]) { return nil }
                if let end = match(slot: slot + 1, at: position + skip, in: words) { return end }
            }
            return nil
        }
    }
}
