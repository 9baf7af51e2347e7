import Foundation

/// The name of an event as prose prints it: "On 5 May, the Third Asia Pacific Forum on Water took
/// place in Geneva" names "Third Asia Pacific Forum on Water". A page that prints no title line is
/// still a summary when its first sentences name the event.
enum EventName {
    private static let inner: Set<String> = ["of", "on", "for", "and", "the", "in", "&", "-", "to", "at"]

    /// The longest capitalised phrase around a head noun, connectors inside it but not at its ends.
    static func find(in sentence: String, _ lexicon: GenreLexicon) -> String? {
        let tokens = Tokenizer.tokenize(sentence)
        for (index, token) in tokens.enumerated() where token.isCapitalised && lexicon.eventNouns.contains(token.bare.lowercased()) {
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
            if phrase.split(separator: " ").count >= 2 { return phrase }
        }
        return nil
    }

    private static func isNamePart(_ token: Token, allowConnector: Bool, _ lexicon: GenreLexicon) -> Bool {
        if token.quoted { return false }
        if token.isCapitalised, token.isWord { return !lexicon.honorifics.keys.contains(token.lower.trimmingCharacters(in: .punctuationCharacters)) }
        if token.text.first?.isNumber == true, token.text.count <= 4 { return true }
        return allowConnector && inner.contains(token.lower)
    }
}
