extension Record {
    /// The same record with one person's id changed everywhere it is referenced.
    public func renamingPerson(_ old: String, to new: String) -> Record {
        var copy = self
        for i in copy.persons.indices where copy.persons[i].id == old { copy.persons[i].id = new }
        for i in copy.participations.indices where copy.participations[i].personId == old {
            copy.participations[i].personId = new
        }
        for i in copy.statements.indices where copy.statements[i].speakerId == old { copy.statements[i].speakerId = new }
        copy.renameSubjects(old, to: new, of: Correction.personSubjects)
        copy.renameRemovedHolders(old, to: new, person: true)
        return copy
    }

    /// The same record with one organisation's id changed everywhere it is referenced.
    public func renamingOrganization(_ old: String, to new: String) -> Record {
        var copy = self
        for i in copy.organizations.indices where copy.organizations[i].id == old { copy.organizations[i].id = new }
        for i in copy.participations.indices where copy.participations[i].organizationId == old {
            copy.participations[i].organizationId = new
        }
        copy.renameSubjects(old, to: new, of: [.organizer])
        copy.renameRemovedHolders(old, to: new, person: false)
        return copy
    }

    /// A role a correction removed names its holder and organisation by id, as a role held does.
    private mutating func renameRemovedHolders(_ old: String, to new: String, person: Bool) {
        for i in removedRoles.indices {
            if person, removedRoles[i].participation.personId == old { removedRoles[i].participation.personId = new }
            if !person, removedRoles[i].participation.organizationId == old { removedRoles[i].participation.organizationId = new }
        }
    }

    /// A correction names what it is about by id; the id it names follows a renaming.
    private mutating func renameSubjects(_ old: String, to new: String, of kinds: Set<FactKind>) {
        for i in corrections.indices where corrections[i].subject == old && kinds.contains(corrections[i].fact) {
            corrections[i].subject = new
        }
    }
}

extension Record {
    /// The same record with person `old` folded into person `new`: one entry, named as `new` was
    /// printed, the other printed forms kept as variants, lines and links united, references
    /// rewritten. Used when an authority says two mentions in one summary are one person.
    public func mergingPerson(_ old: String, into new: String) -> Record {
        guard old != new, let absorbed = person(old), let keptIndex = persons.firstIndex(where: { $0.id == new }) else {
            return renamingPerson(old, to: new)
        }
        var copy = self
        var kept = copy.persons[keptIndex]
        // Printed forms only: a name a correction gave the one absorbed is no form the page prints.
        for name in [absorbed.printedName ?? absorbed.name] + absorbed.variants
        where name != kept.name && name != kept.printedName && !kept.variants.contains(name) {
            kept.variants.append(name)
        }
        kept.honorific = kept.honorific ?? absorbed.honorific
        kept.givenName = kept.givenName ?? absorbed.givenName
        kept.familyName = kept.familyName ?? absorbed.familyName
        kept.lines = Array(Set(kept.lines + absorbed.lines)).sorted()
        kept.authorities = Array(Set(kept.authorities + absorbed.authorities)).sorted()
        kept.authorityName = kept.authorityName ?? absorbed.authorityName
        copy.persons[keptIndex] = kept
        copy.persons.removeAll { $0.id == old }
        for i in copy.participations.indices where copy.participations[i].personId == old {
            copy.participations[i].personId = new
        }
        for i in copy.statements.indices where copy.statements[i].speakerId == old { copy.statements[i].speakerId = new }
        copy.renameSubjects(old, to: new, of: Correction.personSubjects)
        copy.renameRemovedHolders(old, to: new, person: true)
        return copy
    }

    /// The organisation counterpart of `mergingPerson`; an organisation's other printed names are
    /// not kept, as the model has no variants for organisations.
    public func mergingOrganization(_ old: String, into new: String) -> Record {
        guard old != new, let absorbed = organization(old),
              let keptIndex = organizations.firstIndex(where: { $0.id == new }) else {
            return renamingOrganization(old, to: new)
        }
        var copy = self
        copy.organizations[keptIndex].lines = Array(Set(copy.organizations[keptIndex].lines + absorbed.lines)).sorted()
        copy.organizations[keptIndex].authorities =
            Array(Set(copy.organizations[keptIndex].authorities + absorbed.authorities)).sorted()
        copy.organizations[keptIndex].authorityName = copy.organizations[keptIndex].authorityName ?? absorbed.authorityName
        copy.organizations.removeAll { $0.id == old }
        for i in copy.participations.indices where copy.participations[i].organizationId == old {
            copy.participations[i].organizationId = new
        }
        copy.renameSubjects(old, to: new, of: [.organizer])
        copy.renameRemovedHolders(old, to: new, person: false)
        return copy
    }
}
