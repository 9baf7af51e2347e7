/// The tables of the librarian's corrections (`--corrections`), appended to the run's others.
extension CSVSchema {
    static let correctionTables: [CSVTable] = [
        // The librarian's corrections, as the linked data gives them: an activity of the corrector.
        // What the correction changed, who she is and the graph it influenced are said by the tables after it.
        CSVTable(
            file: "corrections.csv",
            description: "The librarian's corrections applied to each document's facts (convert --corrections), in the order applied.",
            columns: [
                CSVColumn("document_id", "The summary whose record was corrected", required: true),
                CSVColumn("correction_id", "record id/correction id: c- and a digest of the fact, its line and the values before and after",
                          required: true),
                CSVColumn("fact", "The kind of fact corrected", required: true, property: "vocab:correctedFact",
                          allowed: FactKind.allCases.map(\.rawValue)),
                CSVColumn("source_line", "Source line of the fact", .integer, required: true, property: "vocab:line"),
                CSVColumn("old", "The value as the importer gave it; empty when it gave none", property: "vocab:oldValue"),
                CSVColumn("new", "The value the correction gives the fact; empty when it removed the fact", property: "vocab:newValue"),
                CSVColumn("by", "Who made the correction", required: true),
                CSVColumn("by_id", "An identifier of who made it, as the corrections file gives it: an IRI, such as an ORCID iD"),
                CSVColumn("date", "When: a day (YYYY-MM-DD), or a day and a time with its zone", required: true),
                CSVColumn("note", "The librarian's note", property: "rdfs:comment"),
                CSVColumn("subject", "What the fact is about, where that is not the event or the document: the record's id of a person, an organisation or a statement"),
                CSVColumn("iri", "IRI of the correction in the linked data, relative to the base", required: true),
                // Absolute, as by_id is: a template under the base would put the base before an ORCID iD.
                CSVColumn("corrector_iri", "IRI of the person who made it in the linked data, absolute: by_id when given, else under the run's base",
                          .iri, required: true, property: "prov:wasAssociatedWith", valueUrl: "{+corrector_iri}"),
                CSVColumn("identifier", "The correction's id in its record: correction_id after the record id",
                          property: "dcterms:identifier"),
                CSVColumn("index", "Its place in the order the record's corrections were applied, from 1", .integer,
                          property: "vocab:index"),
                CSVColumn("day", "The day of date", .day, property: "dcterms:date"),
                CSVColumn("ended_at", "date where it gives a time: the date and time with its zone", .timestamp, property: "prov:endedAtTime"),
                CSVColumn("lines_iri", "The fact's source line as an RFC 5147 fragment of the text, relative to the base",
                          property: "vocab:sourceLines", valueUrl: "{+lines_iri}"),
            ],
            primaryKey: "correction_id", foreignKeys: [fk("document_id", "documents.csv", "document_id")],
            aboutUrl: "{+iri}", types: ["prov:Activity", "vocab:Correction"]),
        // A table of its own, as a cell of several IRIs would be one IRI in CSVW (see authority_links.csv).
        CSVTable(
            file: "corrected_resources.csv",
            description: "What each correction changed, as the linked data's proceedings:corrected: one row per correction and resource whose description it changed.",
            columns: [
                CSVColumn("document_id", "The summary whose record was corrected", required: true),
                CSVColumn("correction_id", "The correction, as corrections.csv names it", required: true),
                CSVColumn("iri", "IRI of the correction in the linked data, relative to the base", required: true),
                CSVColumn("corrected_iri", "IRI of the resource whose description it changed, relative to the base: the event, the document,"
                          + " a person or organisation, a role, a role's affiliation or a statement; the document for a fact removed that leaves none",
                          required: true, property: "vocab:corrected", valueUrl: "{+corrected_iri}"),
            ],
            primaryKey: nil,
            foreignKeys: [fk("document_id", "documents.csv", "document_id"), fk("correction_id", "corrections.csv", "correction_id")],
            aboutUrl: "{+iri}", types: []),
        // Who made the corrections, as the linked data describes her: a table of its own, since she
        // is not the resource of a row of corrections.csv (see CSVColumn.aboutUrl).
        CSVTable(
            file: "correctors.csv",
            description: "The people who made the corrections, as the linked data describes them: one row per document and corrector.",
            columns: [
                CSVColumn("document_id", "The summary whose record she corrected", required: true),
                CSVColumn("iri", "IRI of the person in the linked data, absolute, as corrections.csv's corrector_iri", .iri, required: true),
                CSVColumn("name", "Her name, as the corrections file gives it (by)", required: true, property: "foaf:name"),
            ],
            primaryKey: nil, foreignKeys: [fk("document_id", "documents.csv", "document_id")],
            aboutUrl: "{+iri}", types: ["prov:Agent", "foaf:Person"]),
        // The record's graph, the description a correction influenced, with the document it was
        // derived from and the tool that made it, as the linked data describes them. Text cells
        // only, for the columns about the tool (see CSVColumn.aboutUrl).
        CSVTable(
            file: "corrected_graphs.csv",
            description: "The description of each corrected document, the linked data's graph, that its corrections influenced: one row per correction.",
            columns: [
                CSVColumn("document_id", "The summary the graph was derived from", required: true, property: "prov:wasDerivedFrom",
                          valueUrl: "{+document_id}/document"),
                CSVColumn("correction_id", "The correction, as corrections.csv names it", required: true),
                CSVColumn("iri", "IRI of the record's graph in the linked data, relative to the base: DOCUMENT/graph", required: true),
                CSVColumn("correction_iri", "IRI of the correction in the linked data, relative to the base", required: true,
                          property: "prov:wasInfluencedBy", valueUrl: "{+correction_iri}"),
                CSVColumn("tool_iri", "IRI of the tool that made the graph", .iri, required: true, property: "prov:wasAttributedTo",
                          valueUrl: "{+tool_iri}"),
                CSVColumn("tool_name", "The tool's name", required: true, property: "schema:name", about: "{+tool_iri}"),
                CSVColumn("tool_version", "The tool's version", required: true, property: "schema:softwareVersion", about: "{+tool_iri}"),
            ],
            primaryKey: nil,
            foreignKeys: [fk("document_id", "documents.csv", "document_id"), fk("correction_id", "corrections.csv", "correction_id")],
            aboutUrl: "{+iri}", types: ["prov:Entity"],
            virtualProperties: [("rdf:type", "prov:SoftwareAgent", "{+tool_iri}"), ("rdf:type", "schema:SoftwareApplication", "{+tool_iri}")]),
    ]

    /// The roles the corrections removed, as the linked data describes them (`GraphBuilder.buildRemovedRoles`): no
    /// role held, so not in participations.csv, but what the page prints, so that a TEI made from the tables gives it.
    /// After affiliations.csv, as a table added later is.
    static let removedRoles = CSVTable(
        file: "removed_roles.csv",
        description: "The roles a librarian's correction removed, as the page prints them: one row per role, in the order removed.",
        columns: [
            CSVColumn("document_id", "The summary whose record was corrected", required: true, property: "prov:wasDerivedFrom",
                      valueUrl: "{+document_id}/document"),
            CSVColumn("correction_id", "The correction that removed it, as corrections.csv names it", required: true),
            CSVColumn("iri", "IRI of the removed role in the linked data, relative to the base: the correction's, /removed/ and a number",
                      required: true),
            CSVColumn("correction_iri", "IRI of the correction in the linked data, relative to the base", required: true,
                      property: "prov:wasInvalidatedBy", valueUrl: "{+correction_iri}"),
            CSVColumn("event_id", "The event or part the line gave it during, as participations.csv's", required: true),
            CSVColumn("person_id", "The person the line gave it to, where the record still names the person"),
            CSVColumn("organization_id", "The organisation: the organiser it was given to, or the one the affiliation printed with it names"),
            CSVColumn("role", "Role from the controlled list", required: true, property: "vocab:printedRole",
                      valueUrl: LinkedData.roleNamespace + "{role}", allowed: roles),
            CSVColumn("role_as_printed", "The words that said so", property: "vocab:roleAsPrinted"),
            CSVColumn("affiliation", "The affiliation printed with it", property: "vocab:affiliationAsPrinted", lang: titles),
            CSVColumn("holder_name", "The holder's name as printed, where the correction took the holder from the record too",
                      property: "vocab:nameAsPrinted"),
            CSVColumn("source_line", "Source line", .integer, required: true, property: "vocab:line"),
            CSVColumn("index", "Its place in the order the record's roles were removed, from 1", .integer, required: true,
                      property: "vocab:index"),
            CSVColumn("holder_iri", "IRI of the person or organisation it was given to, relative to the base",
                      property: "vocab:printedHolder", valueUrl: "{+holder_iri}"),
            CSVColumn("event_iri", "IRI of the event or part, relative to the base", required: true, property: "vocab:printedDuring",
                      valueUrl: "{+event_iri}"),
            CSVColumn("organization_iri", "IRI of the organisation the affiliation printed with a person's role names, relative to the base",
                      property: "vocab:printedOrganization", valueUrl: "{+organization_iri}"),
            CSVColumn("lines_iri", "The source line as an RFC 5147 fragment of the text, relative to the base",
                      property: "vocab:sourceLines", valueUrl: "{+lines_iri}"),
        ],
        primaryKey: nil,
        foreignKeys: [fk("document_id", "documents.csv", "document_id"), fk("correction_id", "corrections.csv", "correction_id"),
                      fk("event_id", "events.csv", "event_id"), fk("person_id", "persons.csv", "person_id"),
                      fk("organization_id", "organizations.csv", "organization_id")],
        aboutUrl: "{+iri}", types: ["vocab:RemovedRole", "prov:Entity"])
}
