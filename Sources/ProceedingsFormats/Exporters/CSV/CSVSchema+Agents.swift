/// The people and bodies each document names, and the roles they held: their tables, which name
/// a value a librarian corrected and the words the page prints as every table does (the value in
/// force in the plain column, the printed one in `<column>_as_printed`).
extension CSVSchema {
    /// The columns that place a row, the document's mention of a person or an organisation, in the linked data: the IRI of
    /// what it mentions, its own, and its document.
    static func mentionColumns(iri: String, of noun: String, path: String) -> [CSVColumn] {
        [
            CSVColumn("iri", iri, property: "vocab:mentionOf", valueUrl: "{+iri}"),
            CSVColumn("mention_iri", "The IRI of the document's mention of the \(noun), which the row describes, relative to the base: DOCUMENT/mention/\(path)/ID"),
            CSVColumn("document_id", "The summary whose mention the row is", property: "dcterms:isPartOf",
                      valueUrl: "{+document_id}/document"),
        ]
    }

    /// The entry's name, which names the resource of the corpus alike in every document; said in CSVW by names.csv.
    static func authorityName(of noun: String) -> CSVColumn {
        CSVColumn("authority_name", "The name of the authority table's entry that identifies the \(noun), alike in every document;"
                  + " the linked data's schema:name and rdfs:label of the \(noun) of the corpus")
    }

    static let persons = CSVTable(
        file: "persons.csv", description: "Every person of each document, by the name the record gives and the name as printed: a row is the document's mention of the person.",
        columns: [
            CSVColumn("person_id", "The person as its document has it: DOCUMENT/person/ID", required: true),
            CSVColumn("name", "Name, a librarian's correction of it included; as printed in name_as_printed", required: true,
                      property: "rdfs:label"),
            // In the place of the previous release's corrected_name, whose name held the printed words.
            CSVColumn("name_as_printed", "Name as printed, the fullest form, also after a librarian's correction, which changes name",
                      property: "vocab:nameAsPrinted", earlier: "name"),
            CSVColumn("honorific", "Honorific as printed: Mr., Dr., H.E.", property: "vocab:honorificAsPrinted"),
            CSVColumn("given_name", "Given name where known, of name; as printed in given_name_as_printed"),
            CSVColumn("family_name", "Family name where known, of name; as printed in family_name_as_printed"),
            CSVColumn("variants", "Other printed forms, misspellings included", multiValued: true),
        ] + authority(AuthorityScheme.agents, prefix: "", of: "of the person") + [
            authorityName(of: "person"),
            CSVColumn("source_lines", "Every line the person is named on, as document_id:line", multiValued: true),
        ] + mentionColumns(iri: "The person's IRI relative to the base: DOCUMENT/person/ID, or person/SCHEME-ID (person/wikidata-q1254), the same in every document and run, for one an authority identifies",
                           of: "person", path: "person") + [
            CSVColumn("given_name_as_printed", "The part of name_as_printed read as the given name", property: "vocab:givenNameAsPrinted",
                      earlier: "given_name"),
            CSVColumn("family_name_as_printed", "The part of name_as_printed read as the family name", property: "vocab:familyNameAsPrinted",
                      earlier: "family_name"),
        ] + mentionLinks,
        primaryKey: "person_id", foreignKeys: [], aboutUrl: "{+mention_iri}", types: ["vocab:Mention", "vocab:PersonMention"], formerColumns: ["corrected_name"])

    static let organizations = CSVTable(
        file: "organizations.csv", description: "Every organisation of each document, by the name the record gives and the name as printed: a row is the document's mention of the organisation.",
        columns: [
            CSVColumn("organization_id", "The organisation as its document has it: DOCUMENT/org/ID", required: true),
            // In the words of its document, as the linked data tags an organisation's name.
            CSVColumn("name", "Name, a librarian's correction of it included; as printed in name_as_printed", required: true,
                      property: "rdfs:label", lang: titles),
            CSVColumn("name_as_printed", "Name as printed, also after a librarian's correction, which changes name", property: "vocab:nameAsPrinted",
                      lang: titles, earlier: "name"),
        ] + authority(AuthorityScheme.agents, prefix: "", of: "of the organisation") + [
            authorityName(of: "organisation"),
            CSVColumn("source_lines", "Every line the organisation is named on, as document_id:line", multiValued: true),
        ] + mentionColumns(iri: "The organisation's IRI relative to the base: DOCUMENT/org/ID, or org/SCHEME-ID (org/ror-057zh3y96) for one an authority identifies",
                           of: "organisation", path: "org") + mentionLinks,
        primaryKey: "organization_id", foreignKeys: [], aboutUrl: "{+mention_iri}", types: ["vocab:Mention", "vocab:OrganizationMention"], formerColumns: ["corrected_name"])

    static let participations = CSVTable(
        file: "participations.csv", description: "Who held which role where, in reading order.",
        columns: [
            CSVColumn("event_id", "The event or part", required: true),
            // Its holder is said in CSVW by holder_iri, a person's or an organisation's.
            CSVColumn("person_id", "The person, if a person held the role"),
            CSVColumn("organization_id", "The organisation: the organiser, or the one an affiliation names"),
            CSVColumn("role", "Role from the controlled list", required: true, property: "conf:withRole",
                      valueUrl: LinkedData.roleNamespace + "{role}", allowed: roles),
            CSVColumn("role_as_printed", "The words that said so", property: "vocab:roleAsPrinted"),
            CSVColumn("affiliation", "Affiliation, a librarian's correction of it included; as printed in affiliation_as_printed"),
            CSVColumn("source_line", "Source line", .integer, required: true, property: "vocab:line"),
            CSVColumn("iri", "IRI of the role in the linked data, relative to the base"),
            CSVColumn("person_iri", "IRI of the person in the linked data, relative to the base"),
            CSVColumn("organization_iri", "IRI of the organisation in the linked data, relative to the base"),
            CSVColumn("document_id", "The summary the role was read from", property: "prov:wasDerivedFrom", valueUrl: "{+document_id}/document"),
            CSVColumn("affiliation_iri", "IRI of the affiliation the role names in the linked data, relative to the base (affiliations.csv)",
                      property: "vocab:affiliation", valueUrl: "{+affiliation_iri}"),
            // Said in CSVW by affiliations.csv, whose rows are the affiliations.
            CSVColumn("affiliation_as_printed", "Affiliation as printed, also after a librarian's correction, which changes affiliation;"
                      + " empty when the page prints none"),
            // organization_iri is the organisation of a person's affiliation, not the holder: the holder needs a column of its own.
            CSVColumn("holder_iri", "IRI of who held the role, the person or else the organisation, relative to the base",
                      property: "conf:isHeldBy", valueUrl: "{+holder_iri}"),
            CSVColumn("event_iri", "IRI of the event or part during which it was held, relative to the base", property: "conf:during",
                      valueUrl: "{+event_iri}"),
        ] + participationLinks,
        primaryKey: nil,
        foreignKeys: [fk("event_id", "events.csv", "event_id"), fk("person_id", "persons.csv", "person_id"),
                      fk("organization_id", "organizations.csv", "organization_id")],
        aboutUrl: "{+iri}", types: ["conf:RoleDuringEvent", "schema:Role"],
        // schema.org's Role pattern names the role as conf:withRole does.
        virtualProperties: [("schema:roleName", LinkedData.roleNamespace + "{role}", nil)])

    /// After the corrections tables, as a table added later is.
    static let affiliations = CSVTable(
        file: "affiliations.csv", description: "The affiliation a role names, as the linked data describes it: one row per role with an affiliation.",
        columns: [
            CSVColumn("document_id", "The summary it was read from", required: true, property: "prov:wasDerivedFrom",
                      valueUrl: "{+document_id}/document"),
            CSVColumn("iri", "IRI of the affiliation in the linked data, relative to the base: the role's IRI and /affiliation", required: true),
            CSVColumn("affiliation", "Affiliation, a librarian's correction of it included; as printed in affiliation_as_printed", property: "rdfs:label",
                      lang: titles),
            CSVColumn("person_iri", "IRI of the person whose affiliation it is, relative to the base", property: "conf:isAffiliationOf",
                      valueUrl: "{+person_iri}"),
            CSVColumn("organization_iri", "IRI of the organisation it names, where the record knows one, relative to the base",
                      property: "conf:withOrganisation", valueUrl: "{+organization_iri}"),
            CSVColumn("event_iri", "IRI of the event or part during which it was held, relative to the base", required: true,
                      property: "conf:during", valueUrl: "{+event_iri}"),
            CSVColumn("source_line", "Source line", .integer, required: true, property: "vocab:line"),
            CSVColumn("affiliation_as_printed", "Affiliation as printed, also after a librarian's correction, which changes affiliation;"
                      + " empty when the page prints none", property: "vocab:affiliationAsPrinted", lang: titles),
        ],
        primaryKey: nil, foreignKeys: [fk("document_id", "documents.csv", "document_id")],
        aboutUrl: "{+iri}", types: ["conf:AffiliationDuringEvent"])
}
