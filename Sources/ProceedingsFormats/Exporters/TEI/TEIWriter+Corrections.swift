internal import Foundation

/// The librarian's corrections: each a `change` of `revisionDesc`, by a `respStmt` of the
/// `titleStmt` (`@who`), on the day it was made (`@when`). The element that holds the corrected
/// value points at the change with `@change` (att.global.change), and the change at that element
/// with `@target`, so that either is found from the other; an element a change points at carries
/// an `xml:id` for it (`changedId`). What the page prints stays as printed: the source's title in
/// `sourceDesc`, the venue in `orig` beside the corrected `reg` (see docs/tei-encoding.md).
extension TEIWriter {
    /// The elements a correction changed, by key: the titles, the document type, the setting's
    /// date, the issue date, the venue, a person's name (`name.<id>`), a person who held no role
    /// (`person.<id>`), a role (`relation.<index>` in the record's participations), the affiliation
    /// a role names (`affiliation.<index>`), a statement (`statement.<id>`), the person or
    /// organisation a role was removed from (`holder.person.<id>`, `holder.org.<id>`), a role
    /// removed (`removed.<index>` in the record's removed roles).
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
            case .person:
                // A person added is also the role it was given on the line, which the page did not say.
                changed = c.subject.map { id in
                    ["name.\(id)"] + (!c.old.isEmpty ? [] : record.participations.indices
                        .filter { record.participations[$0].personId == id && record.participations[$0].line == c.line }
                        .map { "relation.\($0)" })
                } ?? []
            case .notAParticipant: changed = c.subject.map { ["person.\($0)"] } ?? []
            case .statementSpeaker: changed = c.subject.map { ["statement.\($0)"] } ?? []
            case .organizer where c.subject.map { Self.renamed($0, by: c, in: record) } ?? false:
                // An organisation renamed kept its roles: what changed is its name.
                changed = ["orgname.\(c.subject!)"]
            case .role, .organizer, .affiliation:
                // The roles of the line that now hold the corrected value.
                let indices = record.participations.indices.filter { index in
                    let p = record.participations[index]
                    guard c.concerns(p) else { return false }
                    switch c.fact {
                    case .role: return p.role.rawValue == c.new
                    case .organizer: return p.role == .organizer
                    default: return true
                    }
                }
                // An affiliation is held by the affiliation the role names; one removed that the page
                // printed stays there as printed (`Record.namesAffiliation`), one added and removed leaves the role without one.
                changed = indices.map { index in
                    let kind = c.fact == .affiliation && (!c.new.isEmpty || record.namesAffiliation(ofParticipation: index)) ? "affiliation" : "relation"
                    return "\(kind).\(index)"
                }
                // A role removed is held by no element: what changed is its holder, who no longer holds it.
                if changed.isEmpty, c.new.isEmpty, c.fact != .affiliation, let subject = c.subject {
                    if record.person(subject) != nil { changed = ["holder." + P.person + subject] }
                    if record.organization(subject) != nil { changed = ["holder." + P.organization + subject] }
                }
            }
            for key in changed { keys[key, default: []].append(c.id) }
        }
        // A role removed is also its own relation among those removed, as the page printed it.
        for (index, removed) in record.removedRoles.enumerated() { keys["removed.\(index)", default: []].append(removed.correction) }
        return keys
    }

    /// Whether an organiser's correction renamed the organisation rather than giving the role to
    /// another: no other organisation has the old name (`Minter.asRead` reads it the same way).
    static func renamed(_ id: String, by c: Correction, in record: Record) -> Bool {
        !c.old.isEmpty && !c.new.isEmpty && record.organization(id)?.name == c.new
            && !record.organizations.contains { $0.id != id && $0.name == c.old }
            && !record.persons.contains { $0.isNamed(c.old) }
    }

    /// `@change` of the element of `keys`: the corrections that changed it, in the order they were applied.
    func change(_ keys: String...) -> String? {
        let ids = Set(keys.flatMap { changedElements[$0] ?? [] })
        let ordered = record.corrections.map(\.id).filter(ids.contains)
        return ordered.isEmpty ? nil : ordered.map(changeRef).joined(separator: " ")
    }

    /// `xml:id` of the element of `key`, `local`, when a correction changed it, for the change's
    /// `@target` (`elementIds` names the same); elements that have an id of their own (a person,
    /// a statement, an affiliation) keep it.
    func changedId(_ key: String, _ local: String) -> String? {
        changedElements[key] == nil ? nil : scoped(local)
    }

    /// The ids of the elements the TEI writes for `key` (see `changedElements`), each only when the
    /// element is written: a fact removed that leaves no element (a subtitle) has none.
    func elementIds(_ key: String) -> [String] {
        let (event, document) = (record.event, record.document)
        func suffix(_ prefix: String) -> String? { key.hasPrefix(prefix) ? String(key.dropFirst(prefix.count)) : nil }
        // Beside the header's record of a fact, the copies of its value elsewhere: the standOff
        // event's dates and label, the listed place's name. The text's dates are the page's words,
        // read as printed (`printedEvent`), which a correction does not change.
        switch key {
        case "title": return ["fact.title", TEI.eventId + ".label"]
        case "subtitle": return event.subtitle == nil ? [] : ["fact.subtitle"]
        case "document-type": return document.documentType == nil && document.documentTypeLine == nil ? [] : ["fact.document-type"]
        case "date":
            let dates = TEI.dating(event)
            return ["fact.date"] + (dates.when == nil && dates.from == nil && dates.to == nil ? [] : [TEI.eventId])
        case "venue":
            return (event.venue == nil && event.venueLine == nil ? [] : ["fact.venue"]) + (event.venue == nil ? [] : [TEI.venueId + ".name"])
        case "issued": return document.issued == nil ? [] : ["fact.issued"]
        default: break
        }
        if let id = suffix("name."), record.person(id) != nil { return [P.person + id + ".name"] }
        if let id = suffix("person."), record.person(id) != nil { return [P.person + id] }
        if let id = suffix("holder.") { return [id] }
        if let id = suffix("statement."), record.statements.contains(where: { $0.id == id }) { return [P.statement + id] }
        if let id = suffix("orgname."), let organization = record.organization(id) {
            return [P.organization + id + ".name"] + (OrganizationName.abbreviated(organization.name) == nil ? [] : [P.organization + id + ".abb"])
        }
        if let index = suffix("relation.").flatMap(Int.init) { return ["relation.\(index + 1)"] }
        if let index = suffix("removed.").flatMap(Int.init) { return [TEI.removedRelationId(index)] }
        // A changed affiliation the page printed holds the corrected words in its `reg`.
        if let index = suffix("affiliation.").flatMap(Int.init), let id = affiliationOfParticipation[index] {
            return [printedAffiliation(id) == nil ? id : id + ".reg"]
        }
        return []
    }

    /// `@target` of a correction's change: every element that holds the value it gave, in the
    /// order of their keys.
    func targets(of correction: Correction) -> String? {
        var ids: [String] = []
        for (key, changes) in changedElements.sorted(by: { $0.key < $1.key }) where changes.contains(correction.id) {
            for id in elementIds(key) where !ids.contains(id) { ids.append(id) }
        }
        return ids.isEmpty ? nil : ids.map(ref).joined(separator: " ")
    }

    /// A value read from a line, which a correction may have changed (the venue, the document
    /// type). A corrected value keeps the words the page prints: `choice` with the printed words
    /// in `orig` and the corrected value, the regularised reading, in `reg`, which holds the value
    /// the change gave (see docs/tei-encoding.md). A value the page did not print (one a
    /// correction added) is the element alone; a value missing while its line is known, an empty
    /// element.
    func printedOrCorrected(_ name: String, _ attributes: [(String, String?)], fact: FactKind, id: String, value: String?, line: Int?) {
        let key = fact.rawValue
        let changed: [(String, String?)] = [("xml:id", changedId(key, id)), ("change", change(key))]
        guard let printed = printedValue(fact), !printed.isEmpty else {
            guard value != nil || line != nil else { return }
            writer.startElement(name)
            for (attribute, text) in [changed[0]] + attributes + [changed[1]] { writer.attribute(attribute, text) }
            writer.text(value ?? "")
            writer.endElement()
            return
        }
        writer.startElement(name)
        for (attribute, text) in attributes { writer.attribute(attribute, text) }
        writer.element("choice") {
            writer.element("orig", text: printed)
            writer.element("reg", ["xml:id": changed[0].1, "change": changed[1].1], text: value ?? "")
        }
        writer.endElement()
    }

    /// What the page prints of a fact a correction changed (`Record.printedValue`).
    func printedValue(_ fact: FactKind) -> String? { record.printedValue(fact) }

    /// A pointer at the `change` of a correction, by the correction's id.
    func changeRef(_ id: String) -> String { ref(P.correction + id) }

    /// `@change` of a person's affiliation: the corrections that changed it in any role that names
    /// it, each once.
    func change(ofAffiliation id: String) -> String? {
        let ids = corrections(ofAffiliation: id)
        return ids.isEmpty ? nil : ids.map(changeRef).joined(separator: " ")
    }

    func corrections(ofAffiliation id: String) -> [String] {
        var ids: [String] = []
        for (index, named) in affiliationOfParticipation.sorted(by: { $0.key < $1.key }) where named == id {
            for c in changedElements["affiliation.\(index)"] ?? [] where !ids.contains(c) { ids.append(c) }
        }
        return ids
    }

    /// The words the page prints for an affiliation a correction changed: those the first
    /// correction of it found; nil when nothing changed it or a correction added it.
    func printedAffiliation(_ id: String) -> String? {
        let ids = Set(corrections(ofAffiliation: id))
        return record.corrections.first { ids.contains($0.id) }.flatMap { $0.old.isEmpty ? nil : $0.old }
    }

    /// When a correction was made, to order them: a day alone counts from its start, in UTC.
    static func moment(_ date: String) -> Date {
        DateText.correctionMoment(date) ?? .distantPast
    }

    /// The person who made a correction, named once however many they made: the `respStmt` that
    /// a change's `@who` points at, as the responsibility for the change is hers. Its id is a
    /// digest of her identifier, or of her name when the file gives none.
    static func correctorId(_ c: Correction) -> String { P.corrector + Correction.correctorKey(c.corrector) }

    /// Her identifier (an ORCID iD) is the name's `@ref` (att.canonical), as a person's authority
    /// is a `persName`'s.
    func correctors() {
        var seen: Set<String> = []
        for c in record.corrections where seen.insert(c.corrector).inserted {
            writer.element("respStmt", ["xml:id": scoped(Self.correctorId(c))]) {
                writer.element("resp", text: "Corrected facts read from the text; each correction is a change of revisionDesc")
                writer.element("name", ["type": "corrector", "ref": c.byId], text: c.by)
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
            let target = targets(of: c)
            writer.startElement("change")
            for (name, value) in [("xml:id", scoped(P.correction + c.id)), ("type", TEI.correctionType), ("subtype", c.fact.rawValue),
                                  ("who", ref(Self.correctorId(c))), ("when", c.date), ("n", String(position + 1)),
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
