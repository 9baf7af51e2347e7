extension CSVTableGroupWriter {
    /// The rows of `authority_links.csv`: the `owl:sameAs` and `schema:sameAs` the linked data
    /// gives, of the same resources (`RDFExporter`'s `sameAs`), so that the tables read as CSVW say
    /// what the Turtle says of them.
    static func authorityLinks(of record: Record, mint: Minter) -> [[String: String]] {
        var resources: [(iri: String, type: String, links: [AuthorityLink])] = []
        resources += record.persons.map { (mint.person($0.id), NS.schema + "Person", $0.authorities) }
        resources += record.organizations.map { (mint.organization($0.id), NS.schema + "Organization", $0.authorities) }
        // As the linked data: a venue or issuer is linked only when an authority names it in the
        // corpus, and an issuer that is an organisation of the record is linked as that organisation.
        if record.event.venue != nil, mint.corpusKeyOfPlace != nil {
            resources.append((mint.place, NS.schema + "Place", record.event.venueAuthorities.filter { $0.scheme.identifies(.place) }))
        }
        if record.document.issuer != nil, mint.issuerOrganization == nil, mint.corpusKeyOfIssuer != nil {
            resources.append((mint.publisher, NS.schema + "Organization",
                              record.document.issuerAuthorities.filter { $0.scheme.identifies(.organization) }))
        }
        var seen: Set<[String]> = []
        return resources.flatMap { resource in
            resource.links.compactMap { link -> [String: String]? in
                guard seen.insert([resource.iri, link.iri]).inserted else { return nil }
                return ["document_id": record.id, "iri": resource.iri, "class": resource.type, "scheme": link.scheme.rawValue,
                        "identifier": link.value, "authority_iri": link.iri]
            }
        }
    }

    /// The rows of `classes.csv`: each person, organisation, venue and issuer of the record, and
    /// each note, page residue and line kept as printed (one table of three kinds in CSV, three
    /// classes in the linked data), the event and each part, with the classes the linked data types
    /// it with, once per resource and class.
    static func classes(of record: Record, mint: Minter) -> [[String: String]] {
        var resources: [(iri: String, classes: [String])] = []
        resources += record.persons.map { (mint.person($0.id), ResourceClasses.person) }
        resources += record.organizations.map { (mint.organization($0.id), ResourceClasses.organization) }
        if record.event.venue != nil { resources.append((mint.place, ResourceClasses.venue(of: record.event))) }
        if record.document.issuer != nil { resources.append((mint.publisher, ResourceClasses.issuer)) }
        resources += mint.textKeys(record.document.notes).map { (mint.note($0), [ResourceClasses.note]) }
        resources += mint.textKeys(record.residue).map { (mint.residue($0), [ResourceClasses.residue]) }
        resources += mint.textKeys(record.printed).map { (mint.printed($0), [ResourceClasses.printedLine]) }
        // events.csv types its rows, the event and its parts alike, as schema:Event; the Conference Ontology's class is the row's own.
        resources.append((mint.event, [NS.conf + "OrganisedEvent"]))
        let roles = GraphBuilder.rolesByPart(of: record)
        resources += record.parts.map { (mint.part($0.id), GraphBuilder.partClasses($0, roles: roles[$0.id] ?? [])) }
        var seen: Set<[String]> = []
        return resources.flatMap { resource in
            resource.classes.compactMap { type -> [String: String]? in
                guard seen.insert([resource.iri, type]).inserted else { return nil }
                return ["document_id": record.id, "iri": resource.iri, "class": type]
            }
        }
    }
}
