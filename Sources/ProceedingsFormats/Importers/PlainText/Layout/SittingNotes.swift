import Foundation

extension Residue {
    /// "[Translation]", "[English]", "(1105)": a Hansard's notes of the language spoken and of the clock, between turns.
    /// `lower`: the line in lower case.
    static func isSittingNote(_ lower: String) -> Bool {
        guard let first = lower.first, "[(".contains(first), lower.last == (first == "[" ? "]" : ")") else { return false }
        let inner = lower.dropFirst().dropLast()
        return interpretationNotes.contains(String(inner)) || first == "(" && inner.count == 4 && inner.allSatisfy(\.isNumber)
    }

    private static let interpretationNotes: Set<String> = ["translation", "english", "french", "français", "traduction", "interpretation",
                                                           "recorded by electronic apparatus", "enregistrement électronique"]
}
