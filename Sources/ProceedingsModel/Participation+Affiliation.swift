/// The affiliation a role names, as the linked data and the CSV's affiliations table describe it.
extension Participation {
    /// The organisation a person's role names, which is her affiliation's; an organisation's own
    /// role (an organiser) names none.
    var affiliatedOrganization: String? { personId == nil ? nil : organizationId }
    /// Whether the role names an affiliation: its words, or an organisation.
    var namesAffiliation: Bool { affiliation != nil || affiliatedOrganization != nil }
}

extension Record {
    /// Whether the role at `index` has an affiliation to describe: one it names, or one the page
    /// printed that a correction removed, whose printed words stay (as a removed venue's do).
    func namesAffiliation(ofParticipation index: Int) -> Bool {
        let p = participations[index]
        return p.namesAffiliation || (p.personId != nil && printedAffiliation(ofParticipation: index) != nil)
    }
}
