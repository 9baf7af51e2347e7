/// Organisations of the record that the text names as part of another of the record's: "the Graduate
/// Program on Human Security of the University of Tokyo" when the record lists the University of
/// Tokyo too, or running text that prints "the International Cooperation Bureau of the Ministry of
/// Foreign Affairs" where both are listed. Each is an `org` nested in its parent's `org`, as TEI
/// nests organisations (Guidelines 13.3.3) and as the units affiliations print are (`TEIUnits`), so
/// that a reader of `listOrg` finds the program under the university and its authority records.
/// Found from the names and the text on every export; the record keeps both organisations in its
/// own order, which `@sortKey` gives back on import.
struct TEIOrganisationParts {
    struct Part: Equatable {
        let organization: String
        let parent: String
        let lines: [Int]
    }

    let parts: [Part]

    init(record: Record) {
        // A state is no organisation's parent: "Ministry of Foreign Affairs of Japan" names the country the
        // ministry is of, which the record lists only when the state acts as a host.
        let candidates = record.organizations.filter { !TEIOrganisationParts.isState($0) }
        var found: [Part] = []
        let asciiStatements = record.statements.map { $0.text.utf8.allSatisfy { $0 < 0x80 } }
        for organization in candidates {
            // No organisation is part of itself, however far up: the nesting is a tree.
            let others = candidates.filter { other in
                var ancestor: String? = other.id
                while let id = ancestor {
                    if id == organization.id { return false }
                    ancestor = found.first { $0.organization == id }?.parent
                }
                return true
            }
            // In the organisation's own name, on the lines that print it.
            if let parent = Self.parent(namedBy: Self.forms(of: organization), among: others) {
                found.append(Part(organization: organization.id, parent: parent.id, lines: organization.lines))
                continue
            }
            // In running text, on the lines of the first statement that prints it.
            for (statement, ascii) in zip(record.statements, asciiStatements) {
                guard let parent = Self.parent(of: Self.forms(of: organization), in: statement.text, among: others, ascii: ascii) else { continue }
                found.append(Part(organization: organization.id, parent: parent.id,
                                  lines: Array(statement.span.first...max(statement.span.first, statement.span.last))))
                break
            }
        }
        parts = found
    }

    static func isState(_ organization: Organization) -> Bool {
        let name = organization.name.lowercased()
        return NameVocabulary.builtIn.countries.contains(name) || NameVocabulary.builtIn.countries.contains(name.replacing("the ", with: ""))
    }

    /// The name as printed, and its full name and abbreviation when printed together ("... (UNDP)").
    static func forms(of organization: Organization) -> [String] {
        guard let (full, abbreviation) = OrganizationName.abbreviated(organization.name) else { return [organization.name] }
        return [organization.name, full, abbreviation]
    }

    static let joints = [" of the ", " of "]

    /// The organisation among `others` whose name ends one of `names` after "of" or "of the", after words
    /// of its own ("Graduate Program on Human Security of the University of Tokyo"): its longest form wins.
    static func parent(namedBy names: [String], among others: [Organization]) -> Organization? {
        var best: (organization: Organization, length: Int)?
        for name in names {
            for other in others {
                for form in forms(of: other) where form.count > best?.length ?? 0 {
                    if joints.contains(where: { name.hasSuffix($0 + form) && name.count > $0.count + form.count }) {
                        best = (other, form.count)
                    }
                }
            }
        }
        return best?.organization
    }

    /// The organisation among `others` whose name a text prints after one of `names` and "of" or "of
    /// the", each a whole word ("the International Cooperation Bureau of the Ministry of Foreign
    /// Affairs"): its longest form wins.
    /// `ascii`: the text is ASCII, where a search of bytes finds what Foundation's finds and says at once that most
    /// statements print no name of the record before "of" (every organisation is looked for in every statement).
    static func parent(of names: [String], in text: String, among others: [Organization], ascii: Bool = false) -> Organization? {
        var best: (organization: Organization, length: Int)?
        for name in names {
            for joint in joints {
                if ascii, case let needle = name + joint, needle.utf8.allSatisfy({ $0 < 0x80 }), !text.includes(needle) { continue }
                var from = text.startIndex
                while let found = text.range(of: name + joint, range: from..<text.endIndex) {
                    from = text.index(after: found.lowerBound)
                    guard found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter else { continue }
                    let rest = text[found.upperBound...]
                    for other in others {
                        for form in forms(of: other) where form.count > best?.length ?? 0 && rest.hasPrefix(form) {
                            let end = rest.index(rest.startIndex, offsetBy: form.count)
                            if end == rest.endIndex || !(rest[end].isLetter || rest[end].isNumber) { best = (other, form.count) }
                        }
                    }
                }
            }
        }
        return best?.organization
    }
}
