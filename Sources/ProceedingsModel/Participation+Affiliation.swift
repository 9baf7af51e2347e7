/// The affiliation a role names, as the linked data and the CSV's affiliations table describe it.
extension Participation {
    /// The organisation a person's role names, which is her affiliation's; an organisation's own
    /// role (an organiser) names none.
    package var affiliatedOrganization: String? { personId == nil ? nil : organizationId }
    /// Whether the role names an affiliation: its words, or an organisation.
    package var namesAffiliation: Bool { affiliation != nil || affiliatedOrganization != nil }
}
