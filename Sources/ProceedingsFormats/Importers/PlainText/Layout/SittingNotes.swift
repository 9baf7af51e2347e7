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

    /// "[The Speaker (Hon. Kiprotich) in the Chair]", "The House met at 2.30 p.m.": the record of a sitting of the whole house,
    /// where the members who take the floor speak in the debate, not as a committee that questions its witnesses.
    static func opensSittingOfTheHouse(_ text: String) -> Bool {
        let lower = text.trimming(.whitespaces).lowercased()
        if lower.hasPrefix("["), lower.hasSuffix("in the chair]"), lower.includes("speaker") || lower.includes("president") { return true }
        return ["the house met", "the senate met", "the assembly met", "the house assembled", "the senate assembled", "the council met"]
            .contains(where: lower.hasPrefix)
    }
}
