extension Minter {
    /// The resources whose description each correction changed, by correction id, as the linked
    /// data's `proceedings:corrected` and the tables' `corrected_resources.csv` name them: the event,
    /// the document, a person or organisation, a role, a role's affiliation or a statement (the
    /// elements the TEI points at, `TEIWriter.changedElements`); for a role or organiser removed, its
    /// holder, who stays in the graph and whose description lost the role (the TEI's `@change` on
    /// the person or org says the same); the document for a fact removed that leaves no resource. In
    /// the order of the elements' keys, each resource once.
    func correctedResources(_ record: Record) -> [String: [String]] {
        let roleKeys = participationKeys(record)
        func resource(_ key: String) -> String? {
            func after(_ prefix: String) -> String? { key.hasPrefix(prefix) ? String(key.dropFirst(prefix.count)) : nil }
            switch key {
            case "title", "subtitle", "date", "venue": return event
            case "document-type", "issued": return document
            default: break
            }
            if let id = after("holder." + TEI.Prefix.person) { return person(id) }
            if let id = after("holder." + TEI.Prefix.organization) { return organization(id) }
            if let id = after("person.") ?? after("name.") { return person(id) }
            if let id = after("orgname.") { return organization(id) }
            if let id = after("statement.") { return statement(id) }
            if let index = after("relation.").flatMap(Int.init) { return participation(roleKeys[index]) }
            if let index = after("affiliation.").flatMap(Int.init) { return affiliation(of: participation(roleKeys[index])) }
            return nil
        }
        var resources: [String: [String]] = [:]
        for (key, ids) in TEIWriter.changedElements(record).sorted(by: { $0.key < $1.key }) {
            guard let node = resource(key) else { continue }
            for id in ids where !(resources[id] ?? []).contains(node) { resources[id, default: []].append(node) }
        }
        return Dictionary(record.corrections.map { c in (c.id, resources[c.id] ?? [document]) }, uniquingKeysWith: { first, _ in first })
    }
}
