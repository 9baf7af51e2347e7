import Foundation

/// Words of the genre that name a number in a heading: "Session One", "Session I".
enum Ordinals {
    static let words: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    ]

    /// "First" to "Twentieth": an edition's ordinal in words.
    /// "12th", "3rd": an edition's ordinal in figures.
    nonisolated(unsafe) static let inFigures = /\d{1,3}(?:st|nd|rd|th)\b/

    static let ordinalWords: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                            "eighteenth", "nineteenth", "twentieth"]

    static func value(_ token: String) -> Int? {
        let cleaned = token.trimming(.punctuationCharacters)
        if let n = Int(cleaned) { return n }
        if let n = words[cleaned.lowercased()] { return n }
        if cleaned.allSatisfy({ "IVX".contains($0) }), !cleaned.isEmpty { return LineShape.romanValue(cleaned) }
        return nil
    }
}
