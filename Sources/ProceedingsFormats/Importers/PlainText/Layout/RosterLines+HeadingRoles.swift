import Foundation

/// Who held a role in a part, printed in the part's heading: in brackets, in clauses after a dash, by a verb.
extension RosterLines {
    private static let headingVerbs: [(String, Role)] = [("chaired by", .chair), ("presided by", .chair), ("moderated by", .moderator),
                                                         ("facilitated by", .moderator), ("documented by", .rapporteur), ("reported by", .rapporteur)]

    struct HeadingRoles {
        struct Group {
            var role: Role
            var printed: String
            var cue: String
            var people: [(PrintedName, String?)]
        }

        var title: String
        var groups: [Group]
    }

    /// "Water and Cities (Chair: Prof. Kenji Mori, Kyoto University)", "Financing Water, chaired by
    /// Prof. Kenji Mori": who held a role in a part, printed in its heading.
    static func rolesInHeading(_ title: String, _ lexicon: GenreLexicon) -> HeadingRoles? {
        let text = title.trimming(.whitespaces)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("),
           let colon = text[open...].firstIndex(of: ":") {
            let title = text[..<open].trimming(.init(charactersIn: " ,;-–—"))
            let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            // "(facilitator: Dr. X, WHO; rapporteur: Ms. Y, DGHS)": each role with its people.
            if let labels = labelRun(inside, lexicon) {
                let groups = labels.compactMap { label in
                    people(label.rest, lexicon).map { HeadingRoles.Group(role: label.role, printed: label.printed, cue: label.cue + ".in-heading", people: $0) }
                }
                return groups.count == labels.count ? HeadingRoles(title: title, groups: groups) : nil
            }
            let label = text[text.index(after: open)..<colon].trimming(.whitespaces)
            let names = text[text.index(after: colon)..<text.index(before: text.endIndex)].trimming(.whitespaces)
            guard let entry = lexicon.rosterLabels[label.lowercased()], let people = people(names, lexicon) else { return nil }
            return HeadingRoles(title: title, groups: [.init(role: entry.role, printed: label, cue: entry.id + ".in-heading", people: people)])
        }
        // "Luzon: facilitated by Dr. X; documented by Ms. Y": a clause for each role, parted by semicolons; "moderated by A; B":
        // or one role and its people.
        return (text.includes("; ") ? rolesInClauses(text.components(separatedBy: "; "), lexicon) : nil)
            ?? rolesInClauses(clausesAtRoles(text, lexicon), lexicon) ?? rolesInClauses([text], lexicon)
    }

    /// "Theme – chaired by Togo, rapporteur Mr. X": a comma before a role's noun or verb opens the next clause.
    private static func clausesAtRoles(_ text: String, _ lexicon: GenreLexicon) -> [String] {
        var clauses: [String] = []
        for piece in text.components(separatedBy: ", ") {
            let lower = piece.lowercased()
            let opens = headingVerbs.contains { lower.hasPrefix($0.0) }
                || lower.words.first.map { lexicon.rosterLabels[String($0).trimming(.init(charactersIn: ":"))] != nil } == true
            if opens || clauses.isEmpty { clauses.append(piece) } else { clauses[clauses.count - 1] += ", " + piece }
        }
        return clauses.count > 1 ? clauses : []
    }

    private static func rolesInClauses(_ clauses: [String], _ lexicon: GenreLexicon) -> HeadingRoles? {
        var title = "", groups: [HeadingRoles.Group] = []
        for (index, clause) in clauses.enumerated() {
            let found = headingVerbs.lazy.compactMap { verb, role -> (Range<String.Index>, Role, [(PrintedName, String?)])? in
                guard let range = clause.range(of: verb, options: [.caseInsensitive, .backwards]),
                      let people = people(String(clause[range.upperBound...]).trimming(.init(charactersIn: " .")), lexicon) else { return nil }
                return (range, role, people)
            }.first
            guard let (range, role, people) = found else {
                // "rapporteur Mr. X", "rapporteur: Mr. X": a role's noun and its people.
                let words = clause.split(separator: " ", maxSplits: 1).map(String.init)
                if index > 0, words.count == 2, let label = lexicon.rosterLabels[words[0].lowercased().trimming(.init(charactersIn: ":"))],
                   let people = people(words[1].trimming(.init(charactersIn: " .")), lexicon) {
                    groups.append(.init(role: label.role, printed: words[0], cue: label.id + ".in-heading", people: people))
                    continue
                }
                // "chaired by Togo": a country holds the role, no person.
                if let verb = headingVerbs.first(where: { clause.range(of: $0.0, options: .caseInsensitive) != nil }),
                   let range = clause.range(of: verb.0, options: [.caseInsensitive, .backwards]),
                   lexicon.countries.contains(clause[range.upperBound...].trimming(.init(charactersIn: " .")).lowercased()) {
                    if index == 0 { title = String(clause[..<range.lowerBound]) }
                    continue
                }
                return nil
            }
            let before = String(clause[..<range.lowerBound])
            if index == 0 { title = before } else if !before.trimming(.init(charactersIn: " ,;")).isEmpty { return nil }
            let cue = role == .chair ? "role.chair.in-heading" : role == .rapporteur ? "role.rapporteur.in-heading" : "role.moderator.in-heading"
            groups.append(.init(role: role, printed: String(clause[range]), cue: cue, people: people))
        }
        return groups.isEmpty ? nil : HeadingRoles(title: title.trimming(.init(charactersIn: " ,;:-–—")), groups: groups)
    }
}
