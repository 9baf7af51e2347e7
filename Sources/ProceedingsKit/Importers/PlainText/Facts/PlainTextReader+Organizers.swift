import Foundation

/// Organisers as the page names them in full. A news item writes "PEFTLW organised" under a masthead
/// "PEFTLW – Pan-European Federation of Transport and Logistics Workers", and "the Bank's Energy
/// Division" on the site of the Mekong Development Bank: a librarian records the body the page itself
/// spells out, and the parent of a unit named by its parent's noun.
extension PlainTextReader {
    /// Every "Full Name (ACR)" and "ACR – Full Name" the page prints: acronym → full name.
    func acronyms(masthead: TextLine?) -> [String: String] {
        var table: [String: String] = [:]
        // "UNOCR | United Nations Office for Coastal Resilience" at the top of the page, a masthead or not.
        let top = lines.prefix(12).filter { !$0.isBlank }.prefix(3).map { TextLine(text: $0.text, line: $0.number) }
        for line in [masthead].compactMap({ $0 }) + top {
            if let body = Self.bodyName(inMasthead: line.text), let acronym = body.acronym, line.text.includes(acronym),
               table[acronym] == nil, Self.initialsFit(acronym, body.name) {
                table[acronym] = body.name
            }
        }
        for line in lines where line.text.includes("(") {
            for match in line.text.matches(of: Patterns.definedAcronym) {
                let acronym = String(match.output.2), name = String(match.output.1)
                guard table[acronym] == nil, Self.initialsFit(acronym, name) else { continue }
                table[acronym] = name
            }
        }
        return table
    }

    /// "Pan-European Federation of Transport and Logistics Workers" for "PEFTLW": the acronym's letters
    /// are initials of the name's words, in order, so that a bracket after a name is its acronym.
    static func initialsFit(_ acronym: String, _ name: String) -> Bool {
        let initials = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" }).compactMap(\.first)
            .filter(\.isUppercase).map { String($0) }.joined()
        var rest = Substring(initials)
        for letter in acronym where letter.isUppercase {
            guard let at = rest.firstIndex(of: letter) else { return false }
            rest = rest[rest.index(after: at)...]
        }
        return true
    }

    mutating func resolveOrganizerNames(masthead: TextLine?) {
        let organizerIds = Set(participations.filter { $0.role == .organizer && $0.personId == nil }.compactMap(\.organizationId))
        guard !organizerIds.isEmpty else { return }
        let table = acronyms(masthead: masthead)
        let parent = masthead.flatMap { Self.bodyName(inMasthead: $0.text)?.name }
        for org in registry.organizations where organizerIds.contains(org.id) {
            var resolved: String?
            if let full = table[org.name] {
                // "PEFTLW" → "Pan-European Federation of Transport and Logistics Workers (PEFTLW)".
                resolved = "\(full) (\(org.name))"
            } else if let match = org.name.wholeMatch(of: Patterns.possessiveUnit) {
                // "Academy’s Commission on Earth Sciences" → "Commission on Earth Sciences, Nordic–Baltic Academy of Sciences".
                let noun = String(match.output.1)
                let bodies = ([parent].compactMap { $0 } + table.values.sorted())
                if let body = bodies.first(where: { $0.letterRuns.contains(Substring(noun)) }) {
                    resolved = "\(match.output.2), \(body)"
                }
            }
            guard let resolved, resolved != org.name else { continue }
            let id = registry.rename(org.id, to: resolved)
            for index in participations.indices where participations[index].organizationId == org.id {
                participations[index].organizationId = id
            }
            for index in explanations.indices where explanations[index].fact == "organizer" && explanations[index].value == org.name {
                explanations[index].value = resolved
            }
        }
    }
}
