/// The librarian's corrections in a graph that `LinkedData` wrote.
extension GraphReader {
    /// The librarian's corrections, as `LinkedData` writes them: what each is about is the
    /// resource it corrected (a person or organisation, a role's holder, a statement). Graphs
    /// of the previous release said so the other way round: the resource prov:wasInfluencedBy it.
    func corrections(agentIds: [String: String]) -> [Correction] {
        var influencedBy: [String: [String]] = [:]
        for (node, predicates) in properties.sorted(by: { $0.key < $1.key }) {
            for case .iri(let activity) in predicates[NS.prov + "wasInfluencedBy"] ?? [] { influencedBy[activity, default: []].append(node) }
        }
        return ordered(nodes(ofType: pro("Correction"))).compactMap { node in
            let fact: FactKind = value(node, pro("correctedFact"))
            guard let agent = iri(node, NS.prov + "wasAssociatedWith") else { return nil }
            let name = string(agent, NS.foaf + "name")
            let date = optionalString(node, NS.prov + "endedAtTime") ?? string(node, NS.dcterms + "date")
            let corrected = iris(node, pro("corrected")).sorted()
            let subject = (corrected.isEmpty ? influencedBy[node] ?? [] : corrected).lazy.compactMap { target -> String? in
                if let id = agentIds[target] { return id }
                if self.types[target]?.contains(NS.conf + "RoleDuringEvent") == true {
                    return self.iri(target, NS.conf + "isHeldBy", required: false).flatMap { agentIds[$0] }
                }
                if self.types[target]?.contains(NS.conf + "AffiliationDuringEvent") == true {
                    return self.iri(target, NS.conf + "isAffiliationOf", required: false).flatMap { agentIds[$0] }
                }
                if self.types[target]?.contains(self.pro("Statement")) == true { return self.string(target, NS.dcterms + "identifier") }
                return nil
            }.first
            var correction = Correction(fact: fact, line: int(node, pro("line")), old: optionalString(node, pro("oldValue")) ?? "",
                                        new: optionalString(node, pro("newValue")) ?? "", by: name,
                                        // The agent named by a digest of her name is the one the file gave no identifier for.
                                        byId: agent.hasSuffix("/corrector/" + Correction.correctorKey(name)) ? nil : agent,
                                        date: date, note: optionalString(node, NS.rdfs + "comment"), subject: subject)
            correction.id = string(node, NS.dcterms + "identifier")
            return correction
        }
    }

    /// The roles the corrections removed, as `GraphBuilder.buildRemovedRoles` writes them, in the record's order.
    func removedRoles(event: String, partIds: [String: String], personIds: [String: String],
                      organizationIds: [String: String]) -> [RemovedRole] {
        ordered(nodes(ofType: pro("RemovedRole"))).compactMap { node in
            guard let correction = iri(node, NS.prov + "wasInvalidatedBy") else { return nil }
            guard let role = iri(node, pro("printedRole")).flatMap({ $0.hasPrefix(NS.role) ? Role(rawValue: String($0.dropFirst(NS.role.count))) : nil })
            else {
                problem(node, "proceedings:printedRole is not a role of \(LinkedData.roleScheme)")
                return nil
            }
            var participation = Participation(role: role, roleAsPrinted: optionalString(node, pro("roleAsPrinted")),
                                              affiliation: optionalString(node, pro("affiliationAsPrinted")), line: int(node, pro("line")))
            if let during = iri(node, pro("printedDuring")), during != event { participation.partId = partIds[during] }
            let holder = iri(node, pro("printedHolder"), required: false)
            participation.personId = holder.flatMap { personIds[$0] }
            // The holder is an organisation where no person held it; a person's, or one gone (nameAsPrinted), named its affiliation's.
            participation.organizationId = participation.personId == nil && holder != nil ? holder.flatMap { organizationIds[$0] }
                : iri(node, pro("printedOrganization"), required: false).flatMap { organizationIds[$0] }
            return RemovedRole(correction: string(correction, NS.dcterms + "identifier"), participation: participation,
                               holderName: optionalString(node, pro("nameAsPrinted")))
        }
    }
}
