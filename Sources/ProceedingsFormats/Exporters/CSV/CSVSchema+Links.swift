/// What the linked data says of a record's resources that the tables' own columns did not: the
/// columns appended to the tables for it (never read back: `derived`), and the tables of links.
///
/// A table of links exists where a row would need a column's own `aboutUrl` to say it: the Python
/// csvw package converts such a row through a path that fails on a number, writes a list as one
/// literal and loses both resources of a row that link to each other. So a table of links holds IRIs
/// and text alone, and no row of one states a link and its inverse. A virtual column's triple is
/// made in every row, so a table of links has a row only where its links hold.
extension CSVSchema {
    /// The lines of the row's resource as the linked data names them.
    static func linesColumn(_ what: String) -> CSVColumn {
        CSVColumn("lines_iri", "\(what) as an RFC 5147 fragment of the text (DOCUMENT/text#line=29,31), relative to the base",
                  property: "vocab:sourceLines", valueUrl: "{+lines_iri}", derived: true)
    }

    static func indexColumn(_ what: String) -> CSVColumn {
        CSVColumn("index", "\(what), from 1", .integer, property: "vocab:index", derived: true)
    }

    static func identifierColumn(_ what: String) -> CSVColumn {
        CSVColumn("identifier", what, property: "dcterms:identifier", derived: true)
    }

    static let documentLinks: [CSVColumn] = [
        CSVColumn("label", "title again, as the document's rdfs:label", property: "rdfs:label", lang: titles, derived: true),
        CSVColumn("source_url", "The URL in effect (source_url_catalogued, else source_url_as_printed), an IRI: dcterms:source",
                  .iri, property: "dcterms:source", valueUrl: "{+source_url}", derived: true),
        CSVColumn("url", "source_url again, as the document's schema:url", .iri, property: "schema:url", valueUrl: "{+url}", derived: true),
    ]

    /// One column cannot take two properties: kind and the lines are the event's or a part's by the row.
    static let eventLinks: [CSVColumn] = [
        CSVColumn("primary_topic_of", "For the event, the IRI of the document whose primary topic it is, relative to the base; empty for a part",
                  property: "foaf:isPrimaryTopicOf", valueUrl: "{+primary_topic_of}", derived: true),
        CSVColumn("conf_parent_iri", "parent_iri again, the Conference Ontology's link (conf:isSubEventOf), where parent_iri is schema.org's",
                  property: "conf:isSubEventOf", valueUrl: "{+conf_parent_iri}", derived: true),
        identifierColumn("A part's id in its record, event_id after the record id; empty for the event"),
        indexColumn("A part's place among the record's parts; empty for the event"),
        linesColumn("A part's lines, source_line to source_line_end; empty for the event,"),
        CSVColumn("event_kind", "kind, of the event: proceedings:eventKind; empty for a part", property: "vocab:eventKind", derived: true),
        CSVColumn("part_kind", "kind, of a part: proceedings:partKind; empty for the event", property: "vocab:partKind", derived: true),
        CSVColumn("title_first_line", "source_line, of the event: the title's first line", .integer, property: "vocab:titleFirstLine", derived: true),
        CSVColumn("title_last_line", "source_line_end, of the event", .integer, property: "vocab:titleLastLine", derived: true),
        CSVColumn("first_line", "source_line, of a part", .integer, property: "vocab:firstLine", derived: true),
        CSVColumn("last_line", "source_line_end, of a part", .integer, property: "vocab:lastLine", derived: true),
        CSVColumn("attendance_mode", "For an event held online (its venue a schema:VirtualLocation), http://schema.org/OnlineEventAttendanceMode",
                  .iri, property: "schema:eventAttendanceMode", valueUrl: "{+attendance_mode}", derived: true),
    ]

    static let mentionLinks: [CSVColumn] = [
        CSVColumn("local_id", "The id the record's other formats give it: the last segment of person_id or organization_id",
                  property: "vocab:localId", derived: true),
        indexColumn("The mention's place among the document's persons, or organisations"),
    ]

    static let participationLinks: [CSVColumn] = [
        indexColumn("The role's place among the document's roles"), linesColumn("source_line"),
        CSVColumn("label", "Who held which role during what: Yozo Yokota, moderator, Session 1", property: "rdfs:label", derived: true),
    ]

    static let statementLinks: [CSVColumn] = [
        identifierColumn("The statement's id in its record, statement_id after the record id"),
        indexColumn("Its place among the document's statements"),
        linesColumn("source_line_start to source_line_end"),
        // The words are the summary's, and so its issuer's; the speaker is reported (speaker_influences.csv).
        CSVColumn("issuer_iri", "IRI of the document's issuer, to whom the words are attributed (prov:wasAttributedTo), relative to the base;"
                  + " empty when the document names none", property: "prov:wasAttributedTo", valueUrl: "{+issuer_iri}", derived: true),
        CSVColumn("influence_iri", "IRI of the speaker's qualified influence (speaker_influences.csv), relative to the base; empty when no speaker is named",
                  property: "prov:qualifiedInfluence", valueUrl: "{+influence_iri}", derived: true),
        CSVColumn("label", "The text's first ten words", property: "rdfs:label", lang: titles, derived: true),
    ]

    static let sectionLinks: [CSVColumn] = [
        identifierColumn("The section's id in its record, section_id after the record id"),
        indexColumn("Its place among the document's sections"), linesColumn("source_line"),
    ]

    private static let documentKey = CSVColumn("document_id", "The summary", required: true)
    private static let documentFK = [fk("document_id", "documents.csv", "document_id")]

    static let linkTables: [CSVTable] = [
        CSVTable(
            file: "sub_events.csv",
            description: "Each part as a sub-event of the event or the part it is given in, in the Conference Ontology's words and schema.org's: one row per part.",
            columns: [
                documentKey,
                CSVColumn("event_iri", "IRI of what the part is given in, relative to the base: DOCUMENT/event, or DOCUMENT/part/ID", required: true),
                CSVColumn("iri", "IRI of the part, relative to the base", required: true, property: "conf:hasSubEvent", valueUrl: "{+iri}"),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+event_iri}", types: [],
            virtualProperties: [("schema:subEvent", "{+iri}", nil)]),
        CSVTable(
            file: "schema_roles.csv",
            description: "Each role held, in schema.org's Role pattern: the event or part names the role, and the role its holder, with the property the role qualifies (performer, attendee, organizer); one row per role with a holder.",
            columns: [
                documentKey,
                CSVColumn("iri", "IRI of the role, relative to the base (participations.csv)", required: true),
                CSVColumn("property", "The schema.org property: http://schema.org/performer, attendee or organizer", .iri, required: true,
                          allowed: [Role.organizer, .participant, .speaker].map { GraphBuilder.schemaProperty(of: $0) }),
                CSVColumn("holder_iri", "IRI of the holder, relative to the base", required: true, property: "{+property}",
                          valueUrl: "{+holder_iri}"),
                CSVColumn("event_iri", "IRI of the event or part it was held during, relative to the base", required: true),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+iri}", types: [],
            virtualProperties: [("{+property}", "{+iri}", "{+event_iri}")]),
        CSVTable(
            file: "speaker_influences.csv",
            description: "The reported speaker of each statement that names one, as PROV qualifies an influence (a proceedings:SpeakerInfluence): the speaker influenced the words, never authored them; one row per such statement.",
            columns: [
                documentKey,
                CSVColumn("iri", "IRI of the influence, relative to the base: the statement's IRI and /speaker", required: true),
                CSVColumn("statement_iri", "IRI of the statement, relative to the base (its influence_iri names the row)", required: true),
                CSVColumn("agent_iri", "IRI of the speaker, relative to the base", required: true, property: "prov:agent", valueUrl: "{+agent_iri}"),
                CSVColumn("label", "The speaker's name, and reported speaker", property: "rdfs:label"),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+iri}", types: ["prov:AgentInfluence", "vocab:SpeakerInfluence"]),
        CSVTable(
            file: "mention_lines.csv",
            description: "Each line a document names a person or organisation on, as the linked data gives it on the document's mention: one row per mention and line.",
            columns: [
                documentKey,
                CSVColumn("mention_iri", "IRI of the mention, relative to the base (persons.csv, organizations.csv)", required: true),
                CSVColumn("line", "The line", .integer, required: true, property: "vocab:line"),
                linesColumn("The line"),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+mention_iri}", types: []),
        // Two tables, as a row that links the mention and describes its variant would need a column's own aboutUrl.
        CSVTable(
            file: "mention_variants.csv",
            description: "Each other form a document prints a person's name in, as its mention's proceedings:variant: one row per variant.",
            columns: [
                documentKey,
                CSVColumn("mention_iri", "IRI of the mention, relative to the base (persons.csv)", required: true),
                CSVColumn("iri", "IRI of the variant, relative to the base (name_variants.csv)", required: true, property: "vocab:variant",
                          valueUrl: "{+iri}"),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+mention_iri}", types: []),
        CSVTable(
            file: "name_variants.csv",
            description: "Each other form a document prints a person's name in (persons.csv's variants), as the linked data describes it: one row per variant.",
            columns: [
                documentKey,
                CSVColumn("iri", "IRI of the variant, relative to the base: the mention's IRI, /variant/ and the form as a slug", required: true),
                CSVColumn("value", "The form as printed", required: true, property: "rdf:value"),
                CSVColumn("index", "Its place among the mention's variants, from 1", .integer, required: true, property: "vocab:index"),
                CSVColumn("label", "value again, as its rdfs:label", property: "rdfs:label"),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+iri}", types: ["vocab:NameVariant"]),
        CSVTable(
            file: "names.csv",
            description: "The identifier and the names in no language the linked data gives each person, organisation, venue and issuer a document names (a person's of the record; one of the corpus by its authority entry): one row per document and resource.",
            columns: [
                documentKey,
                CSVColumn("iri", "IRI of the resource, relative to the base", required: true),
                CSVColumn("identifier", "Its id: the record's, or the key of the authority that names it in the corpus (wikidata-q1254)",
                          property: "dcterms:identifier"),
                CSVColumn("name", "Its name in no language: a person's, or an authority entry's", property: "schema:name"),
                CSVColumn("label", "name again, as its rdfs:label, or the authority's key where the run knew no entry's name",
                          property: "rdfs:label"),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+iri}", types: []),
        // A table of its own, not columns of names.csv: a property's literals in one table take one language tag.
        CSVTable(
            file: "document_names.csv",
            description: "The names in its words that the linked data gives each organisation, venue and issuer of the record a document names, tagged with the document's language: one row per document and resource.",
            columns: [
                documentKey,
                CSVColumn("iri", "IRI of the resource, relative to the base", required: true),
                CSVColumn("name", "Its name in the document's words", property: "schema:name", lang: titles),
                CSVColumn("label", "name again, as its rdfs:label", property: "rdfs:label", lang: titles),
                CSVColumn("foaf_name", "The issuer's name in effect, where no authority names it in the corpus", property: "foaf:name",
                          lang: titles),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+iri}", types: []),
        CSVTable(
            file: "texts.csv",
            description: "The text each record was read from, where the archive serves it as text/plain, with its SHA-256 as DCAT 3 gives checksums (SPDX): one row per document.",
            columns: [
                documentKey,
                CSVColumn("iri", "IRI of the text, relative to the base: DOCUMENT/text; its lines are fragments of it", required: true),
                CSVColumn("source_file", "The file name", required: true, property: "rdfs:label"),
                CSVColumn("format", "Its media type as IANA names it: https://www.iana.org/assignments/media-types/text/plain", .iri,
                          required: true, property: "dcterms:format", valueUrl: "{+format}"),
                CSVColumn("sha256", "SHA-256 of the file's bytes, lowercase hex: the checksum's value", .sha256, required: true,
                          property: "spdx:checksumValue", about: "{+iri}/checksum"),
                CSVColumn("checksum_label", "The checksum's rdfs:label: SHA-256 of the file", property: "rdfs:label", about: "{+iri}/checksum"),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+iri}", types: ["dcmitype:Text"],
            virtualProperties: [("dcterms:isFormatOf", "{+document_id}/document", nil), ("spdx:checksum", "{+iri}/checksum", nil),
                                ("rdf:type", "spdx:Checksum", "{+iri}/checksum"),
                                ("spdx:algorithm", "spdx:checksumAlgorithm_sha256", "{+iri}/checksum")]),
        CSVTable(
            file: "graphs.csv",
            description: "Each record's graph in the linked data: derived from the document, attributed to the tool that made it; one row per document.",
            columns: [
                documentKey,
                CSVColumn("iri", "IRI of the graph, relative to the base: DOCUMENT/graph", required: true),
                CSVColumn("tool_iri", "IRI of the tool, absolute", .iri, required: true, property: "prov:wasAttributedTo", valueUrl: "{+tool_iri}"),
                CSVColumn("tool_name", "The tool's name", required: true, property: "schema:name", about: "{+tool_iri}"),
                CSVColumn("tool_version", "The tool's version", required: true, property: "schema:softwareVersion", about: "{+tool_iri}"),
                CSVColumn("label", "The graph's rdfs:label, in English", property: "rdfs:label", lang: "en"),
                CSVColumn("tool_label", "The tool's rdfs:label: its name and version", property: "rdfs:label", about: "{+tool_iri}", lang: "en"),
                CSVColumn("vocabulary_iri", "The version of the project's vocabulary the graph was written against, absolute: https://w3id.org/proceedings/ns/vocab/X.Y.Z",
                          .iri, required: true, property: "dcterms:conformsTo", valueUrl: "{+vocabulary_iri}"),
            ],
            primaryKey: nil, foreignKeys: documentFK, aboutUrl: "{+iri}", types: ["prov:Entity"],
            virtualProperties: [("prov:wasDerivedFrom", "{+document_id}/document", nil),
                                ("rdf:type", "prov:SoftwareAgent", "{+tool_iri}"), ("rdf:type", "schema:SoftwareApplication", "{+tool_iri}")]),
    ]
}
