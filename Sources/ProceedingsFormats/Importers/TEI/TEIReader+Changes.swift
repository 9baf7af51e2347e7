/// What each correction is about (`Correction.subject`), found from the elements that point at its
/// change with `@change`: the person, organisation, role or statement that holds the corrected
/// value. The change's `@target` names those elements, whose ids are the writer's to choose.
extension TEIReader {
    /// Correction id → the id of the person, organisation or statement whose element (or an element
    /// inside it) points at the correction's change; a role's holder for a `relation`.
    func changeSubjects(_ root: XMLElement) -> [String: String] {
        var subjects: [String: String] = [:]
        func walk(_ element: XMLElement, owner: String?) {
            var owner = owner
            let id = element.attribute("id", namespace: xmlNamespace).map(unscoped)
            switch element.name {
            case "person": owner = id.map { local($0, P.person) }
            case "org": owner = id.map { local($0, P.organization) }
            case "relation":
                owner = element.attribute("active").map(pointer).map { active in
                    active.hasPrefix(P.organization) ? local(active, P.organization) : local(active, P.person)
                }
            default:
                if let id, id.hasPrefix(P.statement) { owner = local(id, P.statement) }
            }
            if let owner, let change = element.attribute("change") {
                for token in change.split(whereSeparator: \.isWhitespace) {
                    let id = pointer(String(token))
                    let correction = id.hasPrefix(P.correction) ? String(id.dropFirst(P.correction.count)) : id
                    if subjects[correction] == nil { subjects[correction] = owner }
                }
            }
            for child in element.elements { walk(child, owner: owner) }
        }
        walk(root, owner: nil)
        return subjects
    }

    /// The value of an element a correction may have changed: the corrected value in `choice/reg`
    /// beside the printed words in `orig`, or the element's text.
    func regularised(_ element: XMLElement) -> String {
        let reg = element.firstElement(named: "choice", namespace: TEI.namespace)?.firstElement(named: "reg", namespace: TEI.namespace)
        return (reg ?? element).textContent
    }

    /// A file of an earlier release pointed `@target` at the person, organisation or statement
    /// itself; a target of another kind names no subject.
    func legacySubject(_ target: String) -> String? {
        let id = pointer(target)
        guard let prefix = [P.person, P.organization, P.statement].first(where: id.hasPrefix) else { return nil }
        return local(id, prefix)
    }

    /// A role a correction removed, as `TEIWriter.removedRoles` writes it: the relation, the change
    /// that removed it, and what the line printed in its `desc`'s labels.
    func removedRole(_ element: XMLElement) {
        guard let change = element.attribute("change").map(pointer), change.hasPrefix(P.correction) else {
            problem(.warning, element, "a removed role names the change that removed it in @change; not read")
            return
        }
        var participation = relationParts(element)
        var holderName: String?
        for child in children(of: element) {
            guard child.name == "desc" else { unmapped(child, in: element); continue }
            for label in children(of: child) {
                let types = TEI.removedLabelTypes
                switch (label.name, label.attribute("type")) {
                case ("label", types.role): participation.roleAsPrinted = label.textContent
                case ("label", types.holder): holderName = label.textContent
                case ("label", types.affiliation):
                    participation.affiliation = label.textContent
                    if let organization = label.attribute("corresp").map(pointer), organization.hasPrefix(P.organization) {
                        participation.organizationId = local(organization, P.organization)
                    }
                default: unmapped(label, in: child)
                }
            }
        }
        removedRoles.append(RemovedRole(correction: String(change.dropFirst(P.correction.count)), participation: participation,
                                        holderName: holderName))
    }
}
