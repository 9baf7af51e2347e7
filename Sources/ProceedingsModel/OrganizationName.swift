/// The forms in which a page prints one organisation's name: in full with its abbreviation, and in
/// the other of the British and American spellings. The reader merges an organisation printed both
/// ways, and the exporters mark each printed form as the same body, so both ask here.
package enum OrganizationName {
    /// "United Nations Development Programme (UNDP)" is "United Nations Development Programme" and
    /// "UNDP": a name followed by one space and, in parentheses, an abbreviation of two or more
    /// capitals, so that the name is given back exactly as "full (abbreviation)".
    package static func abbreviated(_ name: String) -> (full: String, abbreviation: String)? {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) else { return nil }
        let full = String(name[..<open.lowerBound])
        let abbreviation = String(name[open.upperBound..<name.index(before: name.endIndex)])
        guard !full.isEmpty, !full.contains("("), (2...15).contains(abbreviation.count),
              abbreviation.filter(\.isUppercase).count >= 2,
              abbreviation.allSatisfy({ $0.isLetter || $0.isNumber || "&-.".contains($0) }) else { return nil }
        return (full, abbreviation)
    }

    /// The endings of a word in British and in American spelling ("Programme" and "Program",
    /// "Organisation" and "Organization", "Centre" and "Center", "Labour" and "Labor", "Defence" and
    /// "Defense"), each read both ways.
    package static let spellingEndings: [(String, String)] = [
        ("isation", "ization"), ("ised", "ized"), ("gramme", "gram"), ("tre", "ter"), ("our", "or"), ("ence", "ense"),
    ]

    /// `name` with each of its words of five letters or more in its other spelling; nil when no word
    /// has one. Running text that spells a listed body's name the other way names that body, and a
    /// shorter name at its start ("United Nations" of "United Nations Development Program") is not
    /// marked instead.
    package static func otherSpelling(of name: String) -> String? {
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
