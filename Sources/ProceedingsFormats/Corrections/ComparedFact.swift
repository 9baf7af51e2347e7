/// What `diff` compares a record by: the facts the librarian's corrections can change
/// (`FactKind`, whose words the comparison shares, so that a change reads like a row of the
/// corrections file), and the corrections themselves.
public enum ComparedKind: Sendable, Hashable, Comparable, Codable {
    case fact(FactKind)
    /// A role a correction removed, which the record keeps as printed (`Record.removedRoles`).
    case removedRole
    case correction

    /// The word reports print: a `FactKind`'s, `removed-role` or `correction`.
    public var name: String {
        switch self {
        case .fact(let kind): kind.rawValue
        case .removedRole: "removed-role"
        case .correction: "correction"
        }
    }

    /// Every kind, in the order reports list them on one line.
    public static let all: [ComparedKind] = FactKind.allCases.map(ComparedKind.fact) + [.removedRole, .correction]

    public init?(name: String) {
        guard let kind = Self.all.first(where: { $0.name == name }) else { return nil }
        self = kind
    }

    public static func < (lhs: ComparedKind, rhs: ComparedKind) -> Bool {
        all.firstIndex(of: lhs)! < all.firstIndex(of: rhs)!
    }

    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let kind = ComparedKind(name: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a fact: \(name)"))
        }
        self = kind
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

/// One fact of a record as `diff` sees it. Facts of the same kind and `slot` are one fact read
/// twice: a different value there is a change, not a removal and an addition.
package struct ComparedFact: Hashable {
    package var kind: ComparedKind
    /// What the fact is of within its kind: nothing for the title, the person's id for a person, the
    /// holder, part and line for a role, the line and part for an organiser.
    package var slot: String
    package var value: String
    package var line: Int?
    /// The id of the person, organisation, statement or correction the fact is about.
    package var subject: String?
    /// The name of the person or organisation it is about, for people to read.
    package var name: String?
    package var part: String?
    /// What reports print for `value`, where the value compared is an id: the speaker's name.
    package var shown: String? = nil
}

extension Record {
    /// Every fact `diff` compares, once each.
    package var comparedFacts: [ComparedFact] {
        var facts: [ComparedFact] = []
        func scalar(_ kind: FactKind, _ value: String?, _ line: Int?) {
            guard let value else { return }
            facts.append(ComparedFact(kind: .fact(kind), slot: "", value: value, line: line))
        }
        scalar(.title, event.title, event.titleSpan.first)
        // The subtitle is printed under the title: at its first line as the title page gives it, as a row names it.
        let subtitleLine = printed.filter { TEIWriter.frontLine($0, in: self) == .title("sub") }.map(\.line).min()
        scalar(.subtitle, event.subtitle, subtitleLine ?? event.titleSpan.last)
        scalar(.documentType, document.documentType, document.documentTypeLine)
        scalar(.startDate, event.startDate, event.dateLine)
        scalar(.endDate, event.endDate, event.dateLine)
        scalar(.issued, document.issued, document.issuedLine)
        scalar(.venue, event.venue, event.venueLine)

        func holder(_ p: Participation) -> (id: String, name: String) {
            if let id = p.personId { return (id, person(id)?.name ?? id) }
            let id = p.organizationId ?? ""
            return (id, organization(id)?.name ?? id)
        }
        for p in participations {
            let (id, name) = holder(p)
            let part = p.partId ?? ""
            if p.role == .organizer {
                // An organiser is known by where it is read: a correction renames it or gives the
                // role to another organisation, and either is the organiser of that line changed.
                facts.append(ComparedFact(kind: .fact(.organizer), slot: "\(p.line)|\(part)", value: name, line: p.line,
                                          subject: id, name: name, part: p.partId))
            } else {
                facts.append(ComparedFact(kind: .fact(.role), slot: "\(id)|\(part)|\(p.line)", value: p.role.rawValue,
                                          line: p.line, subject: id, name: name, part: p.partId))
            }
            if let personId = p.personId, let affiliation = p.affiliation {
                // A holder's several roles on a line share the affiliation printed with the name: one fact.
                facts.append(ComparedFact(kind: .fact(.affiliation), slot: "\(personId)|\(p.line)", value: affiliation,
                                          line: p.line, subject: personId, name: name))
            }
        }
        let participants = Set(participations.compactMap(\.personId))
        for person in persons {
            facts.append(ComparedFact(kind: .fact(.person), slot: person.id, value: person.name, line: person.lines.first,
                                      subject: person.id, name: person.name))
            if !participants.contains(person.id) {
                facts.append(ComparedFact(kind: .fact(.notAParticipant), slot: person.id, value: person.name,
                                          line: person.lines.first, subject: person.id, name: person.name))
            }
        }
        for statement in statements {
            guard let speaker = statement.speakerId else { continue }
            // By its first line: statement ids count in reading order, and move when a part is read differently.
            // The speaker by id: a speaker renamed is the same speaker, and the person's change says the name's.
            facts.append(ComparedFact(kind: .fact(.statementSpeaker), slot: String(statement.span.first),
                                      value: speaker, line: statement.span.first,
                                      subject: statement.id, name: person(speaker)?.name, shown: person(speaker)?.name ?? speaker))
        }
        for removed in removedRoles {
            // Slotted as a role held is, by holder, part and line: a holder gone from the record is
            // known by its printed name alone.
            let p = removed.participation
            let id = p.personId ?? (removed.holderName == nil ? p.organizationId : nil)
            let name = p.personId.flatMap { person($0)?.name } ?? removed.holderName
                ?? p.organizationId.flatMap { organization($0)?.name } ?? id ?? ""
            facts.append(ComparedFact(kind: .removedRole, slot: "\(id ?? name)|\(p.partId ?? "")|\(p.line)", value: p.role.rawValue,
                                      line: p.line, subject: id, name: name, part: p.partId))
        }
        for c in corrections {
            func quoted(_ value: String) -> String { value.isEmpty ? "nothing" : "\"\(value)\"" }
            let value = "\(c.fact.rawValue), \(quoted(c.old)) → \(quoted(c.new)), by \(c.by) on \(c.date)"
                + (c.note.map { " (\($0))" } ?? "")
            facts.append(ComparedFact(kind: .correction, slot: c.id, value: value, line: c.line, subject: c.id))
        }
        return facts
    }
}
