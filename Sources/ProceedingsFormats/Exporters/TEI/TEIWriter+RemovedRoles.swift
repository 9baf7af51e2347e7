internal import Foundation

extension TEI {
    /// The `xml:id` of the role at `index` of a record's removed roles.
    static func removedRelationId(_ index: Int) -> String { "relation.removed.\(index + 1)" }
    /// `listRelation/@type` of the roles a correction removed.
    static let removedRolesType = "removed"
    /// `desc/label/@type` of what the line printed of a role that was removed.
    static let removedLabelTypes = (role: "role", holder: "holder", affiliation: "affiliation")
}

/// The roles the librarian's corrections removed. The page still prints them, and a TEI file
/// records what the page prints, as a corrected venue keeps its `orig`: each is a `relation` of
/// its own `listRelation`, apart from the roles held, and `@type="removed"` itself, so that a
/// relation taken alone does not assert a role the record no longer gives; it points at the change
/// that removed it (`@change`, and the change's `@target` back at it). Its holder keeps the
/// affiliation printed with it among its `affiliation`s, which `@corresp` points at as a role
/// held does. Its `desc` gives what the line printed, a `label` each (`desc` holds no `roleName`
/// or `affiliation`): the role's words, and where the correction took the holder from the record
/// too (a name that was no person's) the holder's name and the affiliation printed with it.
extension TEIWriter {
    func removedRoles() {
        guard !record.removedRoles.isEmpty else { return }
        writer.element("listRelation", ["type": TEI.removedRolesType]) {
            for (index, removed) in record.removedRoles.enumerated() {
                let p = removed.participation
                let agents = removed.agents(in: record)
                let holder = agents.personId.map { ref(P.person + $0) }
                    ?? (removed.heldByOrganization ? agents.organizationId.map { ref(P.organization + $0) } : nil)
                // A holder gone keeps the organisation its affiliation named, which the label's @corresp points at.
                let organization = holder == nil && !removed.heldByOrganization ? agents.organizationId.map { ref(P.organization + $0) } : nil
                roleRelation(p, id: scoped(TEI.removedRelationId(index)), type: TEI.removedRolesType, holder: holder,
                             affiliation: affiliationOfRemovedRole[index], change: change("removed.\(index)")) {
                    let labels = [(TEI.removedLabelTypes.role, p.roleAsPrinted), (TEI.removedLabelTypes.holder, removed.holderName),
                                  (TEI.removedLabelTypes.affiliation, holder == nil ? p.affiliation : nil)]
                        .compactMap { type, text in text.map { (type, $0) } }
                    guard !labels.isEmpty else { return }
                    writer.startElement("desc")
                    writer.suspendIndentation()
                    for (offset, (type, text)) in labels.enumerated() {
                        if offset > 0 { writer.text(" ") }
                        writer.element("label", ["type": type, "corresp": type == TEI.removedLabelTypes.affiliation ? organization : nil], text: text)
                    }
                    writer.endElement()
                    writer.resumeIndentation()
                }
            }
        }
    }
}
