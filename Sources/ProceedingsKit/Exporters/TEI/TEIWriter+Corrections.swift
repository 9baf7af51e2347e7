internal import Foundation

/// The librarian's corrections: each a `change` of `revisionDesc`, by a `respStmt` of the
/// `titleStmt` (`@who`), on the day it was made (`@when`); the element that holds the corrected
/// value points at it with `@change` (att.global.change), and the change at the person,
/// organisation or statement it is about with `@target`.
extension TEIWriter {
    /// The elements a correction changed, by key: the titles, the document type, the setting's
    /// date, the issue date, the venue, a person's name (`name.<id>`), a person who held no role
    /// (`person.<id>`), a role (`relation.<index>` in the record's participations), the affiliation
    /// a role names (`affiliation.<index>`), a statement (`statement.<id>`).
    static func changedElements(_ record: Record) -> [String: [String]] {
        var keys: [String: [String]] = [:]
        for c in record.corrections {
            var changed: [String] = []
            switch c.fact {
            case .title: changed = ["title"]
            case .subtitle: changed = ["subtitle"]
            case .documentType: changed = ["document-type"]
            case .startDate, .endDate: changed = ["date"]
            case .issued: changed = ["issued"]
            case .venue: changed = ["venue"]
            // A name is its persName's; a person who held no role is the person's, whose roles went.
            case .person: changed = c.subject.map { ["name.\($0)"] } ?? []
            case .notAParticipant: changed = c.subject.map { ["person.\($0)"] } ?? []
            case .statementSpeaker: changed = c.subject.map { ["statement.\($0)"] } ?? []
            case .organizer where c.subject.map { Self.renamed($0, by: c, in: record) } ?? false:
                // An organisation renamed kept its roles: what changed is its name.
                changed = ["orgname.\(c.subject!)"]
            case .role, .organizer, .affiliation:
                // The roles of the line that now hold the corrected value.
                let indices = record.participations.indices.filter { index in
                    let p = record.participations[index]
                    guard p.line == c.line, c.subject != nil, (p.personId ?? p.organizationId) == c.subject else { return false }
                    switch c.fact {
                    case .role: return p.role.rawValue == c.new
                    case .organizer: return p.role == .organizer
                    default: return true
                    }
                }
                // An affiliation is held by the affiliation the role names; one removed leaves the role without one.
                let kind = c.fact == .affiliation && !c.new.isEmpty ? "affiliation" : "relation"
                changed = indices.map { "\(kind).\($0)" }
            }
            for key in changed { keys[key, default: []].append(c.id) }
        }
        return keys
    }

    /// Whether an organiser's correction renamed the organisation rather than giving the role to
    /// another: no other organisation has the old name (`Minter.asRead` reads it the same way).
    static func renamed(_ id: String, by c: Correction, in record: Record) -> Bool {
        !c.old.isEmpty && !c.new.isEmpty && record.organization(id)?.name == c.new
            && !record.organizations.contains { $0.id != id && $0.name == c.old }
            && !record.persons.contains { $0.isNamed(c.old) }
    }

    /// `@change` of the element of `key`: the corrections that changed it.
    func change(_ key: String) -> String? {
        changedElements[key].map { $0.map(changeRef).joined(separator: " ") }
    }

    /// A pointer at the `change` of a correction, by the correction's id.
    func changeRef(_ id: String) -> String { ref(P.correction + id) }

    /// `@change` of a person's affiliation: the corrections that changed it in any role that names
    /// it, each once.
    func change(ofAffiliation id: String) -> String? {
        var ids: [String] = []
        for (index, named) in affiliationOfParticipation.sorted(by: { $0.key < $1.key }) where named == id {
            for c in changedElements["affiliation.\(index)"] ?? [] where !ids.contains(c) { ids.append(c) }
        }
        return ids.isEmpty ? nil : ids.map(changeRef).joined(separator: " ")
    }

    /// When a correction was made, to order them: a day alone counts from its start, in UTC.
    static func moment(_ date: String) -> Date {
        DateText.correctionMoment(date) ?? .distantPast
    }

    /// The person who made a correction, named once however many they made: the `respStmt` that
    /// a change's `@who` points at, as the responsibility for the change is hers.
    static func correctorId(_ name: String) -> String { P.corrector + Correction.correctorKey(name) }

    func correctors() {
        var seen: Set<String> = []
        for c in record.corrections where seen.insert(c.by).inserted {
            writer.element("respStmt", ["xml:id": scoped(Self.correctorId(c.by))]) {
                writer.element("resp", text: "Corrected facts read from the text; each correction is a change of revisionDesc")
                writer.element("name", ["type": "corrector"], text: c.by)
            }
        }
    }

    /// One `change` per correction, most recent first as revisionDesc lists changes, after the
    /// conversion that made the file: the fact corrected in `@subtype`, its line in `@source`, the
    /// order it was applied in as `@n` (corrections of one day, or rows out of order, are applied in
    /// the file's order, which import restores), the value before in `del` and after in `add`
    /// (each left out when there was none).
    func corrections() {
        let latestFirst = record.corrections.indices.sorted { a, b in
            let (x, y) = (Self.moment(record.corrections[a].date), Self.moment(record.corrections[b].date))
            return x != y ? x > y : a > b
        }
        for position in latestFirst {
            let c = record.corrections[position]
            let target: String? = switch c.fact {
            case .person, .notAParticipant, .role, .affiliation:
                c.subject.flatMap { record.person($0) != nil ? ref(P.person + $0) : nil }
                    ?? c.subject.flatMap { record.organization($0) != nil ? ref(P.organization + $0) : nil }
            case .organizer: c.subject.flatMap { record.organization($0) != nil ? ref(P.organization + $0) : nil }
            case .statementSpeaker: c.subject.flatMap { id in record.statements.contains { $0.id == id } ? ref(P.statement + id) : nil }
            default: nil
            }
            writer.startElement("change")
            for (name, value) in [("xml:id", scoped(P.correction + c.id)), ("type", TEI.correctionType), ("subtype", c.fact.rawValue),
                                  ("who", ref(Self.correctorId(c.by))), ("when", c.date), ("n", String(position + 1)),
                                  ("source", TEI.lines(c.line)), ("target", target)] {
                writer.attribute(name, value)
            }
            writer.suspendIndentation()
            writer.text("\(c.fact.rawValue): ")
            if !c.old.isEmpty { writer.element("del", text: c.old) }
            if !c.old.isEmpty, !c.new.isEmpty { writer.text(" ") }
            if !c.new.isEmpty { writer.element("add", text: c.new) }
            if let note = c.note {
                writer.text(" ")
                writer.element("note", text: note)
            }
            writer.endElement()
            writer.resumeIndentation()
        }
    }
}
