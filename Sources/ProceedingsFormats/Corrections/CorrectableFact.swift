/// A fact of a record as a row of the corrections file names it: its kind, the line the row gives,
/// the value `old` must hold, and the holder a participation's fact names ("Name: value"). The
/// review view offers each for correction; `diff` compares the same facts (`ComparedFact`), so what
/// the librarian corrects there is what `diff` shows changed.
public struct CorrectableFact: Sendable, Hashable {
    public var fact: FactKind
    public var line: Int
    public var value: String
    /// For a role or an affiliation: the holder's name, which the row's `old` names before the value.
    public var holder: String?
    /// The programme part of a role or an organiser.
    public var part: String?
    /// Why the importer read it: the explanations (`inspect --explain`) of its line and kind.
    public var cues: [String]

    /// `old` as the row gives it: "Name: value" for a role or an affiliation.
    public var old: String { holder.map { "\($0): \(value)" } ?? value }
}

extension CorrectionsFile.Row {
    /// The row's cells in the file's columns (`CorrectionsFile.Column.allCases`), the holder put back
    /// before the value it was read from, so that written again it reads as the same row.
    public var cells: [String] {
        let c = correction
        var (old, new) = (c.old, c.new)
        if let holder {
            if old.isEmpty { new = "\(holder): \(new)" } else { old = "\(holder): \(old)" }
        }
        return CorrectionsFile.Column.allCases.map { column in
            switch column {
            case .file: file
            case .sha256: sha256 ?? ""
            case .line: String(c.line)
            case .fact: c.fact.rawValue
            case .old: old
            case .new: new
            case .by: c.by
            case .byId: c.byId ?? ""
            case .date: c.date
            case .note: c.note ?? ""
            }
        }
    }
}

extension Record {
    /// The facts a correction can name, in the order of their lines; a fact without a line (a venue
    /// from the catalogue) cannot be named by one and is left out. Persons who held no role are
    /// persons here: `not-a-participant` is said of a person.
    public func correctableFacts(explanations: [Explanation] = []) -> [CorrectableFact] {
        let byLine = Dictionary(grouping: explanations, by: \.line)
        return comparedFacts.compactMap { compared -> CorrectableFact? in
            guard case .fact(let kind) = compared.kind, kind != .notAParticipant, let line = compared.line else { return nil }
            let holder = kind == .role || kind == .affiliation ? compared.name : nil
            // An explanation names a role by the role itself ("moderator"), every other fact by its kind.
            let cues = (byLine[line] ?? []).filter { e in
                kind == .role ? e.fact == compared.value && (holder == nil || e.value == holder) : e.fact == kind.rawValue
            }.map(\.description)
            return CorrectableFact(fact: kind, line: line, value: compared.shown ?? compared.value, holder: holder, part: compared.part, cues: cues)
        }.sorted { ($0.line, FactKind.allCases.firstIndex(of: $0.fact)!, $0.old) < ($1.line, FactKind.allCases.firstIndex(of: $1.fact)!, $1.old) }
    }
}
