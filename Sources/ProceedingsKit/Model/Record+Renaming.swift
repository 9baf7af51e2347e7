extension Record {
    /// The same record with one person's id changed everywhere it is referenced.
    public func renamingPerson(_ old: String, to new: String) -> Record {
        var copy = self
        for i in copy.persons.indices where copy.persons[i].id == old { copy.persons[i].id = new }
        for i in copy.participations.indices where copy.participations[i].personId == old {
            copy.participations[i].personId = new
        }
        for i in copy.statements.indices where copy.statements[i].speakerId == old { copy.statements[i].speakerId = new }
        return copy
    }

    /// The same record with one organisation's id changed everywhere it is referenced.
    public func renamingOrganization(_ old: String, to new: String) -> Record {
        var copy = self
        for i in copy.organizations.indices where copy.organizations[i].id == old { copy.organizations[i].id = new }
        for i in copy.participations.indices where copy.participations[i].organizationId == old {
            copy.participations[i].organizationId = new
        }
        return copy
    }
}
