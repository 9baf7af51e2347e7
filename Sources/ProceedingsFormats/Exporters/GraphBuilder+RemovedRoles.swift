/// The roles the librarian's corrections removed (`Record.removedRoles`). The record's description
/// no longer gives them, so none is a conf:RoleDuringEvent, which would say the role was held: each
/// is a proceedings:RemovedRole, prov:wasInvalidatedBy the correction, with what its line printed,
/// so that a TEI made from the graph gives it as the TEI made from the text does.
extension GraphBuilder {
    mutating func buildRemovedRoles() {
        for (index, (removed, node)) in zip(record.removedRoles, mint.removedRoles(record)).enumerated() {
            let p = removed.participation, agents = removed.agents(in: record)
            let holder = removed.heldByOrganization ? agents.organizationId.map(mint.organization) : agents.personId.map(mint.person)
            type(node, pro("RemovedRole"), NS.prov + "Entity")
            add(node, NS.prov + "wasInvalidatedBy", .iri(mint.correction(removed.correction)))
            add(node, pro("printedRole"), .iri(LinkedData.roleIRI(p.role)))
            add(node, pro("printedHolder"), iri(holder))
            add(node, pro("nameAsPrinted"), text(removed.holderName))
            add(node, pro("printedDuring"), .iri(mint.during(p)))
            add(node, pro("roleAsPrinted"), text(p.roleAsPrinted))
            add(node, pro("affiliationAsPrinted"), titled(p.affiliation))
            add(node, pro("printedOrganization"), iri(removed.heldByOrganization ? nil : agents.organizationId.map(mint.organization)))
            add(node, pro("line"), int(p.line))
            add(node, pro("sourceLines"), .iri(mint.lines(p.line, p.line)))
            add(node, pro("index"), int(index + 1))
            add(node, NS.prov + "wasDerivedFrom", .iri(mint.document))
        }
    }
}
