/// The other spelling of an organisation's name: British and American spellings of the same words
/// ("Programme" and "Program", "Organisation" and "Organization", "Centre" and "Center", "Labour"
/// and "Labor", "Defence" and "Defense"), by the endings that tell them apart, so that running
/// text that spells a listed body's name the other way names that body, and a shorter name at its
/// start ("United Nations" of "United Nations Development Program") is not marked instead.
extension TEINames {
    /// The endings of a word in one spelling and in the other, each read both ways.
    static let spellingEndings: [(String, String)] = [
        ("isation", "ization"), ("ised", "ized"), ("gramme", "gram"), ("tre", "ter"), ("our", "or"), ("ence", "ense"),
    ]

    /// `name` with each of its words of five letters or more in its other spelling; nil when no word has one.
    static func otherSpelling(of name: String) -> String? {
        var changed = false
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let word = String(word)
            guard word.count >= 5, word.allSatisfy(\.isLetter) else { return word }
            for (british, american) in spellingEndings {
                for (from, to) in [(british, american), (american, british)] where word.hasSuffix(from) {
                    changed = true
                    return String(word.dropLast(from.count)) + to
                }
            }
            return word
        }
        return changed ? words.joined(separator: " ") : nil
    }
}
