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
        for line in lines where line.text.includes(" (") {
            for (acronym, name) in Self.definedAcronyms(in: line.text) where table[acronym] == nil && Self.initialsFit(acronym, name) {
                table[acronym] = name
            }
        }
        return table
    }

    /// "the Pan-European Federation of Transport and Logistics Workers (PEFTLW)": each capitalised name with its
    /// acronym in brackets after it. A walk back from each bracket rather than an expression over every line.
    static func definedAcronyms(in text: String) -> [(acronym: String, name: String)] {
        let connectors: Set<String> = ["of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "del", "&"]
        var found: [(String, String)] = []
        var rest = text[...]
        while let open = rest.firstRange(of: " (") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let acronym = rest[..<close]
            guard (2...10).contains(acronym.count), acronym.first?.isUppercase == true,
                  acronym.allSatisfy({ $0.isLetter && $0.isASCII }) else { continue }
            // Twelve words at most, from a window before the bracket rather than the whole line before it.
            let from = text.index(open.lowerBound, offsetBy: -240, limitedBy: text.startIndex) ?? text.startIndex
            let words = text[from..<open.lowerBound].split(separator: " ").dropFirst(from == text.startIndex ? 0 : 1).suffix(12)
            var name: [Substring] = []
            for word in words.reversed() {
                if word.first?.isUppercase == true || connectors.contains(String(word)) { name.insert(word, at: 0) } else { break }
            }
            while let first = name.first, connectors.contains(String(first)) { name.removeFirst() }
            if !name.isEmpty { found.append((String(acronym), name.joined(separator: " "))) }
        }
        return found
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
        // Only a bare acronym or a unit named by its parent's noun asks for the page's names in full.
        guard registry.organizations.contains(where: { organizerIds.contains($0.id)
            && (!$0.name.contains(" ") && Names.isAllCaps($0.name) || $0.name.includes("’s ") || $0.name.includes("'s ")) }) else { return }
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
