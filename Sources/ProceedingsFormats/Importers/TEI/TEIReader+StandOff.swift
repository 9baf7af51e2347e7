/// `standOff`: the event and its parts, and who held which role where (and, from the previous
/// release, the roles it listed in `<text>`).
extension TEIReader {
    func event(_ element: XMLElement, into event: inout Event) {
        // The dates settingDesc gives as well; TEI from elsewhere may give them here only.
        if event.startDate == nil, event.endDate == nil {
            event.startDate = element.attribute("when") ?? element.attribute("from")
            event.endDate = element.attribute("to")
        }
        if let kind = element.attribute("type") {
            if let value = EventKind(rawValue: kind) { event.kind = value } else {
                problem(.warning, element, "unknown event type \"\(kind)\"; read as \"other\"")
            }
        }
        for child in children(of: element) {
            switch (child.name, child.attribute("type")) {
            case ("label", nil), ("head", _), ("idno", _):
                break  // the title, read from titleStmt
            case ("note", "audience"?):
                event.audienceNote = nonEmpty(child.textContent)
                event.audienceLine = optionalLine(child)
            case ("event", _):
                part(child)
            default:
                unmapped(child, in: element)
            }
        }
    }

    /// A programme part's `event`, and the events nested in it: the parts given in it, read after it.
    func part(_ element: XMLElement, in parent: String? = nil) {
        let kind = element.attribute("type").flatMap(PartKind.init(rawValue:))
        if kind == nil { problem(.warning, element, "programme part without a known type; read as \"other\"") }
        var part = EventPart(id: local(element.attribute("id", namespace: xmlNamespace) ?? "part-\(parts.count + 1)", P.part),
                             kind: kind ?? .other,
                             // The previous release wrote the position in @n, which now is the printed number.
                             ordinal: (element.attribute("sortKey") ?? element.attribute("n")).flatMap { Int($0) } ?? parts.count + 1,
                             label: "", span: span(element), parentId: parent)
        var nested: [XMLElement] = []
        for child in children(of: element) {
            switch (child.name, child.attribute("type")) {
            case ("label", nil): part.label = child.textContent
            case ("label", "title"?): part.title = child.textContent
            case ("note", "format"?): part.formatNote = child.textContent
            case ("event", _): nested.append(child)
            default: unmapped(child, in: element)
            }
        }
        parts.append(part)
        for child in nested { self.part(child, in: part.id) }
    }

    func participants(_ list: XMLElement, partId: String?) {
        for item in children(of: list) {
            guard item.name == "item" else { unmapped(item, in: list); continue }
            var roleAsPrinted: String?
            for child in children(of: item) {
                switch child.name {
                case "label":
                    roleAsPrinted = child.textContent
                case "persName", "orgName", "name":
                    var participation = Participation(partId: partId, role: role(child), roleAsPrinted: roleAsPrinted,
                                                      line: line(child))
                    let ref = child.attribute("ref").map(pointer)
                    if child.name == "persName" {
                        participation.personId = ref.map { local($0, P.person) }
                        if let affiliation = affiliation(child) {
                            participation.affiliation = affiliation.text
                            participation.organizationId = affiliation.organizationId
                        }
                    } else if child.name == "orgName" {
                        participation.organizationId = ref.map { local($0, P.organization) }
                    }
                    participations.append(participation)
                default:
                    unmapped(child, in: item)
                }
            }
        }
    }

    /// `<relation name="moderator" active="#person.x" passive="#part.y">`: who held which role where.
    func relation(_ element: XMLElement) {
        var participation = relationParts(element)
        participation.roleAsPrinted = element.firstElement(named: "desc", namespace: TEI.namespace)?.textContent
        for child in children(of: element) where child.name != "desc" { unmapped(child, in: element) }
        participations.append(participation)
    }

    /// What a role's `relation` says in its attributes, held or removed, as `TEIWriter.roleRelation` writes them:
    /// the holder, the event or part, the line, and the affiliation `@corresp` names. A removed role of an earlier
    /// release named the affiliation's organisation there.
    func relationParts(_ element: XMLElement) -> Participation {
        let active = element.attribute("active").map(pointer)
        let held = (element.attribute("passive") ?? (active == nil ? element.attribute("corresp") : nil)).map(pointer)
        var participation = Participation(partId: held.flatMap { $0 == TEI.eventId ? nil : local($0, P.part) },
                                          role: role(element, attribute: "name"), line: line(element))
        if let active, active.hasPrefix(P.organization) {
            participation.organizationId = local(active, P.organization)
        } else if let active {
            participation.personId = local(active, P.person)
            if let affiliation = affiliation(element) {
                participation.affiliation = affiliation.text
                participation.organizationId = affiliation.organizationId
            } else if let corresp = element.attribute("corresp").map(pointer), corresp.hasPrefix(P.organization) {
                participation.organizationId = local(corresp, P.organization)
            }
        }
        return participation
    }

    func role(_ element: XMLElement, attribute: String = "role") -> Role {
        guard let text = element.attribute(attribute) else {
            problem(.warning, element, "no @\(attribute); read as \"participant\"")
            return .participant
        }
        guard let role = Role(rawValue: text) else {
            problem(.warning, element, "unknown role \"\(text)\"; read as \"participant\"")
            return .participant
        }
        return role
    }

    /// The affiliation a role points at in `@corresp`: its positions, one `affiliation` each, put
    /// back together as printed, and the organisation the first that names one names (the one a
    /// unit it points at is part of).
    func affiliation(_ element: XMLElement) -> (text: String?, organizationId: String?)? {
        let positions = (element.attribute("corresp") ?? "").split(separator: " ").compactMap { affiliations[pointer(String($0))] }
        guard !positions.isEmpty else { return nil }
        let texts = positions.compactMap(\.text)
        // A former position may point at another body than those held now (`TEIWriter.affiliation`).
        let organization = positions.lazy.filter { !PrintedPositions.isFormer($0.text ?? "") }.compactMap(\.organizationId).first
            ?? positions.lazy.compactMap(\.organizationId).first
        return (texts.isEmpty ? nil : PrintedPositions.joined(texts), organization.map { units[$0] ?? $0 })
    }
}
