import Foundation

/// "Representatives Kessler, Brandt-Lowry and Oduya", "Senators Hale and Vang": an office in the plural over the surnames
/// of those who hold it, as legislatures' minutes print members. Each name is a person with the office in the singular.
extension MentionFinder {
    static let pluralOffices: [String: String] = [
        "representatives": "Representative", "reps.": "Rep.", "senators": "Senator", "sens.": "Sen.", "councillors": "Councillor",
        "councilors": "Councilor", "councilmembers": "Councilmember", "assemblymembers": "Assemblymember", "messrs.": "Mr.",
        "messrs": "Mr.", "professors": "Professor", "ambassadors": "Ambassador", "commissioners": "Commissioner", "delegates": "Delegate",
        "supervisors": "Supervisor", "trustees": "Trustee", "legislators": "Legislator", "aldermen": "Alderman", "alderpersons": "Alderperson",
        "deputies": "Deputy", "drs.": "Dr.", "drs": "Dr.", "judges": "Judge", "justices": "Justice",
    ]

    func officeHolders(at i: Int, in tokens: [Token]) -> [Mention]? {
        guard tokens[i].isCapitalised, !tokens[i].quoted, let office = Self.pluralOffices[tokens[i].lower] else { return nil }
        var found: [Mention] = []
        var j = i + 1
        while j < tokens.count {
            var end = j
            while end < tokens.count, end - j < 3, !tokens[end].quoted, tokens[end].isCapitalised, Names.isNameToken(tokens[end].bare, lexicon) { end += 1 }
            // "House of Representatives DPJ": a party's letters after the chamber's name are no member's.
            guard end > j, !(end == j + 1 && Names.isAllCaps(tokens[j].text)), let printed = Names.parse(office + " " + tokens[j..<end].map(\.bare).joined(separator: " "), lexicon) else { break }
            found.append(Mention(printed: printed, tokens: (found.isEmpty ? i : j)..<end, extent: (found.isEmpty ? i : j)..<end, titleStart: found.isEmpty ? i : j))
            // "A, B and C", "A; Senators B": the list goes on past a comma or "and"; anything else ends it.
            var next = end
            if next < tokens.count, tokens[next].text == "," { next += 1 }
            if next < tokens.count, tokens[next].lower == "and" { next += 1 }
            guard next > end, next < tokens.count, tokens[next].isCapitalised else { break }
            j = next
        }
        return found.isEmpty ? nil : found
    }
}
