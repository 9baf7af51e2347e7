import Foundation

/// Persons, organisations, their mentions, the roles they held and the statements reported of them.
extension GraphBuilder {
    mutating func buildPerson(_ person: Person, index: Int) {
        let node = mint.person(person.id), mention = mint.personMention(person.id)
        type(node, ResourceClasses.person)
        agent(node, mention: mention, id: person.id, name: person.name, printed: person.printedName,
              corpusKey: mint.corpusKey(person: person.id), authorityName: person.authorityName,
              authorities: person.authorities, lines: person.lines, index: index, tagged: false)
        // What one summary printed, and how the reader split it, is that summary's: on the mention,
        // never on a person whom other records name too (another may say "Surin" is a given name).
        add(mention, pro("honorificAsPrinted"), text(person.honorific))
        add(mention, pro("givenNameAsPrinted"), text(person.givenName))
        add(mention, pro("familyNameAsPrinted"), text(person.familyName))
        let variantKeys = mint.variantKeys(of: person)
        for (number, variant) in person.variants.enumerated() {
            let variantNode = mint.variant(ofPerson: person.id, variantKeys[number])
            type(variantNode, pro("NameVariant"))
            add(mention, pro("variant"), .iri(variantNode))
            add(variantNode, NS.rdf + "value", .literal(variant))
            add(variantNode, NS.rdfs + "label", .literal(variant))
            add(variantNode, pro("index"), int(number + 1))
        }
    }

    mutating func buildOrganization(_ organization: Organization, index: Int) {
        let node = mint.organization(organization.id), mention = mint.organizationMention(organization.id)
        type(node, ResourceClasses.organization)
        agent(node, mention: mention, id: organization.id, name: organization.name, printed: organization.printedName,
              corpusKey: mint.corpusKey(organization: organization.id), authorityName: authorityName(of: organization),
              authorities: organization.authorities, lines: organization.lines, index: index, tagged: true)
    }

    /// The issuer's entry names the organisation the issuer is, in a record that kept the one and not the other.
    func authorityName(of organization: Organization) -> String? {
        organization.authorityName ?? (organization.id == issuerOrganization ? record.document.issuerAuthorityName : nil)
    }

    /// A person or organisation and this record's mention of it. One of the corpus is named by its
    /// authority entry, as a place of the corpus is (a record read without the authority table, which
    /// knows no entry's name, labels it by its key); the name each record prints, and the record's id
    /// for it, are the mention's. A name a correction gave (`printed` is then what the page prints)
    /// is the mention's label and the record's person's name; what was printed stays `nameAsPrinted`.
    /// An organisation's name is in the words of its document (`tagged`), a person's in none; an
    /// entry's name is the librarian's, of no document, and untagged.
    mutating func agent(_ node: String, mention: String, id: String, name: String, printed: String? = nil,
                        corpusKey: String?, authorityName: String?, authorities: [AuthorityLink], lines: [Int], index: Int,
                        tagged: Bool) {
        let language = record.document.language
        let words: (String) -> RDFTerm = { tagged && !language.isEmpty ? .literal($0, language: language) : .literal($0) }
        // A label is never empty; a name is written as read.
        let labelled: (String) -> RDFTerm? = { $0.isEmpty ? nil : words($0) }
        if let corpusKey {
            add(node, NS.dcterms + "identifier", .literal(corpusKey))
            add(node, NS.schema + "name", text(authorityName))
            add(node, NS.rdfs + "label", label(authorityName ?? corpusKey))
        } else {
            add(node, NS.dcterms + "identifier", .literal(id))
            add(node, NS.schema + "name", words(name))
            add(node, NS.rdfs + "label", labelled(name))
        }
        sameAs(node, authorities)
        // A person's mention and an organisation's are classes of their own, so that each class has one
        // form of nameAsPrinted: an organisation's in its document's language, a person's in none.
        self.mention(mention, of: node, kind: pro(tagged ? "OrganizationMention" : "PersonMention"), lines: lines, index: index)
        add(mention, pro("localId"), .literal(id))
        add(mention, pro("nameAsPrinted"), words(printed ?? name))
        add(mention, NS.rdfs + "label", labelled(name))
    }

    mutating func sameAs(_ node: String, _ links: [AuthorityLink]) {
        for link in links {
            add(node, NS.owl + "sameAs", .iri(link.iri))
            add(node, NS.schema + "sameAs", .iri(link.iri))
        }
    }

    /// A person or organisation as this record names it: where, and in which position of the record.
    /// Kept apart from the corpus-wide resource so that lines of two records never mix in a store.
    mutating func mention(_ node: String, of entity: String, kind: String, lines: [Int], index: Int) {
        type(node, pro("Mention"), kind)
        add(node, pro("mentionOf"), .iri(entity))
        add(node, NS.dcterms + "isPartOf", .iri(mint.document))
        add(node, pro("index"), int(index))
        for line in lines {
            add(node, pro("line"), int(line))
            add(node, pro("sourceLines"), .iri(mint.lines(line, line)))
        }
    }

    func agent(of participation: Participation) -> String? { mint.holder(of: participation) }

    mutating func buildParticipation(_ participation: Participation, node: String, index: Int) {
        let during = mint.during(participation), holder = agent(of: participation)
        type(node, NS.conf + "RoleDuringEvent", NS.schema + "Role")
        add(node, NS.rdfs + "label", .literal(ResourceLabels.role(participation, in: record)))
        add(node, NS.conf + "isHeldBy", iri(holder))
        // The same role in schema.org's Role pattern, for consumers who know only schema.org: the
        // event names the role with the property it qualifies, and the role names the holder with it.
        if let holder {
            let property = Self.schemaProperty(of: participation.role)
            add(during, property, .iri(node))
            add(node, property, .iri(holder))
            add(node, NS.schema + "roleName", .iri(LinkedData.roleIRI(participation.role)))
        }
        add(node, NS.conf + "withRole", .iri(LinkedData.roleIRI(participation.role)))
        add(node, NS.conf + "during", .iri(during))
        add(node, pro("roleAsPrinted"), text(participation.roleAsPrinted))
        add(node, pro("line"), int(participation.line))
        add(node, pro("sourceLines"), .iri(mint.lines(participation.line, participation.line)))
        add(node, pro("index"), int(index))
        add(node, NS.prov + "wasDerivedFrom", .iri(mint.document))
        // An affiliation a correction removed stays, its printed words without a label (as a removed venue's).
        guard record.namesAffiliation(ofParticipation: index - 1) else { return }
        let affiliation = mint.affiliation(of: node)
        add(node, pro("affiliation"), .iri(affiliation))
        type(affiliation, NS.conf + "AffiliationDuringEvent")
        add(affiliation, NS.conf + "isAffiliationOf", iri(participation.personId.map(mint.person)))
        add(affiliation, NS.conf + "withOrganisation", iri(participation.affiliatedOrganization.map(mint.organization)))
        add(affiliation, NS.conf + "during", .iri(during))
        add(affiliation, NS.rdfs + "label", titled(participation.affiliation))
        // The label above is the record's, a correction's included; the page's words stay beside it.
        add(affiliation, pro("affiliationAsPrinted"), titled(record.printedAffiliation(ofParticipation: index - 1)))
        add(affiliation, pro("line"), int(participation.line))
        add(affiliation, NS.prov + "wasDerivedFrom", .iri(mint.document))
    }

    mutating func buildStatement(_ statement: Statement, index: Int) {
        let node = mint.statement(statement.id)
        type(node, pro("Statement"))
        add(node, NS.dcterms + "identifier", .literal(statement.id))
        add(node, NS.schema + "text", titled(statement.text))
        add(node, NS.rdfs + "label", titled(ResourceLabels.statement(statement.text)))
        // The words are the summary's, so its issuer's; the speaker is the one reported, never the author.
        if record.document.issuer != nil { add(node, NS.prov + "wasAttributedTo", .iri(issuerNode)) }
        // The speaker influenced the words and is no author of them. A prov:qualifiedAttribution would
        // entail prov:wasAttributedTo her, and PROV gives a role (prov:hadRole) to associations and
        // events, not to attributions or influences; so the influence's class says how she influenced them.
        if let speaker = statement.speakerId {
            add(node, pro("speaker"), .iri(mint.person(speaker)))
            let influence = mint.speakerInfluence(ofStatement: statement.id)
            add(node, NS.prov + "qualifiedInfluence", .iri(influence))
            type(influence, NS.prov + "AgentInfluence", pro("SpeakerInfluence"))
            add(influence, NS.rdfs + "label", label(record.persons.first { $0.id == speaker }.map { ResourceLabels.speakerInfluence(speaker: $0.name) }))
            add(influence, NS.prov + "agent", .iri(mint.person(speaker)))
        }
        // A passage is part of the summary, and reports on a part of the programme.
        add(node, NS.dcterms + "isPartOf", .iri(mint.document))
        add(node, pro("reportsOn"), iri(statement.partId.map(mint.part)))
        add(node, pro("section"), iri(statement.sectionId.map(mint.section)))
        add(node, pro("statementKind"), .literal(statement.kind.rawValue))
        add(node, pro("form"), .literal(statement.form.rawValue))
        add(node, pro("level"), int(statement.level))
        add(node, pro("enumerator"), statement.enumerator.map { .literal($0) })
        add(node, pro("reportedSpeech"), bool(statement.reportedSpeech))
        add(node, pro("firstLine"), int(statement.span.first))
        add(node, pro("lastLine"), int(statement.span.last))
        add(node, pro("sourceLines"), .iri(mint.lines(statement.span.first, statement.span.last)))
        // The statement's reading order, which is its place in the record (Statement.ordinal is the same
        // number): stated once, unlike a part's, whose printed number (proceedings:position) may differ.
        add(node, pro("index"), int(index))
        add(node, NS.prov + "wasDerivedFrom", .iri(mint.document))
    }
}
