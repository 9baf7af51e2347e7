import Foundation

extension Residue {
    /// "[Translation]", "[English]", "(1105)": a Hansard's notes of the language spoken and of the clock, between turns.
    /// `lower`: the line in lower case.
    /// "15th Assembly", "Fifty-Seventh Parliament": the term of the house a record belongs to, under its name.
    static func isSittingNote(_ lower: String) -> Bool {
        if lower.utf8.count <= 32, ["assembly", "parliament", "legislature", "congress"].contains(where: lower.hasSuffix),
           lower.wholeMatch(of: termOfHouse) != nil { return true }
        guard let first = lower.first, "[(".contains(first), lower.last == (first == "[" ? "]" : ")") else { return false }
        let inner = lower.dropFirst().dropLast()
        return interpretationNotes.contains(String(inner)) || first == "(" && inner.count == 4 && inner.allSatisfy(\.isNumber)
    }

    nonisolated(unsafe) private static let termOfHouse =
        /(?:\d{1,3}(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth)) (?:legislative )?(?:assembly|parliament|legislature|congress)/
    private static let interpretationNotes: Set<String> = ["translation", "english", "french", "français", "traduction", "interpretation",
                                                           "recorded by electronic apparatus", "enregistrement électronique"]

    /// "[The Speaker (Hon. Kiprotich) in the Chair]", "The House met at 2.30 p.m.": the record of a sitting of the whole house,
    /// where the members who take the floor speak in the debate, not as a committee that questions its witnesses.
    static func opensSittingOfTheHouse(_ text: String) -> Bool {
        let lower = text.trimming(.whitespaces).lowercased()
        if lower.hasPrefix("["), lower.hasSuffix("in the chair]"), lower.includes("speaker") || lower.includes("president") { return true }
        // "The Council met in Brussels": the Council of the EU's releases open so, a meeting of ministers and no house.
        return ["the house met", "the senate met", "the assembly met", "the house assembled", "the senate assembled"].contains(where: lower.hasPrefix)
    }
}
