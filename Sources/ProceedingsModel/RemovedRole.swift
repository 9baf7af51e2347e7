/// A role a librarian's correction took from the record (a role or an organiser removed, a person
/// who held no role, a name that was no person's): the page still prints it, and the TEI, which
/// records what the page prints, gives it beside the change that removed it. The other formats
/// describe the record as corrected, and give it apart from the roles held (a `removed` of its
/// correction in the interchange XML, a proceedings:RemovedRole in the linked data, `removed_roles.csv`).
public struct RemovedRole: Sendable, Hashable, Codable {
    /// The id of the correction that removed it.
    public var correction: String
    /// The role as it was when the correction removed it.
    public var participation: Participation
    /// The name of its holder as printed, where the correction took the holder from the record too.
    public var holderName: String?

    public init(correction: String, participation: Participation, holderName: String? = nil) {
        self.correction = correction
        self.participation = participation
        self.holderName = holderName
    }
}

extension RemovedRole {
    /// Whether an organisation held it (an organiser): no person, and no holder gone from the record,
    /// whose role keeps the organisation its affiliation named, never as its holder.
    package var heldByOrganization: Bool { participation.personId == nil && holderName == nil }

    /// Its holder, and the organisation of a person's affiliation, where the record still has them: a later
    /// correction may have taken them from it, and a format names only what the record has.
    package func agents(in record: Record) -> (personId: String?, organizationId: String?) {
        let person = participation.personId.flatMap { record.person($0) == nil ? nil : $0 }
        let organization = participation.organizationId.flatMap { record.organization($0) == nil ? nil : $0 }
        return (person, organization)
    }
}
