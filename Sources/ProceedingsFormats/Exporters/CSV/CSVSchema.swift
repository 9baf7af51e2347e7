/// The table group's columns, described once: the writer, the CSVW and Data Package metadata and
/// the importer all read this, so that a column cannot mean one thing in one place and another elsewhere.
public struct CSVColumn: Sendable {
    public enum Datatype: String, Sendable {
        case string, integer, boolean, language
        /// ISO 8601 at the precision printed: `2003`, `2003-03` or `2003-02-25`.
        case partialDate
        /// A real day, `2024-05-01`: CSVW's `date`.
        case day
        /// A month of a year, `2003-03`: CSVW's `gYearMonth`.
        case yearMonth
        /// A year, `2003`: CSVW's `gYear`.
        case year
        /// A day and a time with its zone, `2024-05-01T14:30:00Z`: CSVW's `dateTime`.
        case timestamp
        case sha256
        /// An absolute http or https URL.
        case url
        /// An absolute IRI that names a resource of the linked data; a column's own `valueUrl`
        /// makes it one in CSVW.
        case iri
    }

    public var name: String
    public var description: String
    public var datatype: Datatype
    public var required: Bool
    /// Several values in one cell, joined with `|`.
    public var multiValued: Bool
    /// The RDF property the column maps to (CSVW `propertyUrl`), as a CURIE or IRI.
    public var propertyUrl: String?
    /// For columns that hold a reference: the IRI template of the referenced resource.
    public var valueUrl: String?
    /// Only these values are allowed.
    public var allowed: [String]?
    /// For a column of identifiers: the authority whose they are, in normal form.
    public var authority: AuthorityScheme?
    /// The IRI template of the resource the column says something of, where it is not the row's
    /// (CSVW's column `aboutUrl`). Only in a table of text cells: the Python csvw package writes a
    /// row that has one through a path that fails on a number or a list.
    public var aboutUrl: String?
    /// The language tag of the column's text (CSVW `lang`), as the linked data tags it.
    public var language: String?
    /// The column that held this one's values in a table of the previous release, which wrote the
    /// printed reading of a value a librarian corrected in the plain column (`name`, `venue`) where
    /// this release writes the value in force. A table with that column and without this one is of
    /// that release: the importer reads the values there, and does not call this column missing.
    public var earlier: String?
    /// The column whose values of one precision this one gives again, typed for CSVW as the linked
    /// data types them (`issued_day` of `issued`): written from that column and never read, so a
    /// table without it lacks nothing.
    public var typedFrom: String?
    /// Written for CSVW from what the record says elsewhere in the group (an IRI of lines, a place in
    /// the record, a value again under the property its meaning takes), and never read: a table
    /// without it lacks nothing. So is every column `typedFrom` another.
    public var derived: Bool { isDerived || typedFrom != nil }
    private var isDerived: Bool

    init(_ name: String, _ description: String, _ datatype: Datatype = .string, required: Bool = false,
         multiValued: Bool = false, property: String? = nil, valueUrl: String? = nil,
         allowed: [String]? = nil, authority: AuthorityScheme? = nil, about: String? = nil, lang: String? = nil,
         earlier: String? = nil, typedFrom: String? = nil, derived: Bool = false) {
        self.name = name
        self.description = description
        self.datatype = datatype
        self.required = required
        self.multiValued = multiValued
        self.propertyUrl = property
        self.valueUrl = valueUrl
        self.allowed = allowed
        self.authority = authority
        self.aboutUrl = about
        self.language = lang
        self.earlier = earlier
        self.typedFrom = typedFrom
        self.isDerived = derived
    }
}

public struct CSVForeignKey: Sendable {
    public var column: String
    public var table: String
    public var referencedColumn: String
}

public struct CSVTable: Sendable {
    public var file: String
    public var description: String
    public var columns: [CSVColumn]
    public var primaryKey: String?
    public var foreignKeys: [CSVForeignKey]
    /// The IRI template of the resource a row describes (CSVW `aboutUrl`), relative to the base.
    public var aboutUrl: String?
    /// Classes of that resource, as CSVW virtual `rdf:type` columns.
    public var types: [String]
    /// Further statements of every row's resource, or of the resource of `about` (a template, in a
    /// table of text cells only, see `CSVColumn.aboutUrl`), as CSVW virtual columns: property and value template.
    public var virtualProperties: [(property: String, valueUrl: String, about: String?)] = []
    /// Columns of the previous release that this one no longer writes (`corrected_name`): a table
    /// that has them is of that release, and is read as it was written, without a warning.
    public var formerColumns: [String] = []

    public var header: [String] { columns.map(\.name) }
}

/// The tables of a run. Column order is a contract: later versions only append columns and tables.
public enum CSVSchema {
    public static let separator = "|"
    /// The default base of the IRIs the tables describe (a run's `--base` replaces it in the CSVW
    /// metadata), and the vocabulary: those of the linked data.
    public static let base = LinkedData.defaultBase
    public static let vocabulary = LinkedData.vocabularyNamespace

    static func fk(_ column: String, _ table: String, _ referenced: String) -> CSVForeignKey {
        CSVForeignKey(column: column, table: table, referencedColumn: referenced)
    }

    static let roles = Role.allCases.map(\.rawValue)
    /// The language of the titles: CSVW gives a column one tag, where the linked data tags each
    /// record's titles with its language; the summaries the reader reads are in English, and the
    /// `language` column gives a record's own tag.
    static let titles = "en"
    /// The row's resource as the linked data names it, relative to the base, so that the triples a
    /// CSVW converter makes from the tables meet those of `--to ttl` on the same IRIs.
    private static let iri = CSVColumn("iri", "IRI of the resource in the linked data, relative to the base", required: true)

    /// A column of dates as precise as printed has one CSVW datatype, where the linked data types
    /// each date by its precision: the column itself says nothing in CSVW, and one column per
    /// precision (`issued_day`, `issued_month`, `issued_year`), the value in the one of its
    /// precision, says `property` with the Turtle's datatype.
    static func byPrecision(_ name: String, property: String) -> [CSVColumn] {
        let term = property.replacingOccurrences(of: "vocab:", with: "proceedings:")
        return DatePrecision.allCases.map { precision in
            let (what, datatype): (String, CSVColumn.Datatype) = switch precision {
            case .day: ("a day", .day)
            case .month: ("a month of a year", .yearMonth)
            case .year: ("a year alone", .year)
            }
            return CSVColumn("\(name)_\(precision.rawValue)", "\(name) where it gives \(what): \(term), an xsd:\(precision.datatype)",
                             datatype, property: property, typedFrom: name)
        }
    }

    /// The cells of `byPrecision`'s columns: `value` in the one of its precision.
    static func byPrecision(_ name: String, _ value: String?) -> [String: String] {
        let precision = value.flatMap { DatePrecision($0) }
        return Dictionary(uniqueKeysWithValues: DatePrecision.allCases.map { ("\(name)_\($0.rawValue)", $0 == precision ? value ?? "" : "") })
    }

    /// One column per scheme, `prefix` and the scheme's name, for the identifiers of a resource
    /// that is not the row's (the venue of an event, the issuer of a document, the person or
    /// organisation whose mention in one document a row is). In CSVW they say nothing of it:
    /// `authority_links.csv` does (see there why a column's own aboutUrl does not).
    static func authority(_ schemes: [AuthorityScheme], prefix: String, of what: String) -> [CSVColumn] {
        schemes.map { scheme in
            CSVColumn(prefix + scheme.rawValue, "\(scheme.title) identifier \(what), in normal form", authority: scheme)
        }
    }

    public static let tables: [CSVTable] = [
        CSVTable(
            file: "documents.csv", description: "The printed summaries, one row per input file.",
            columns: [
                CSVColumn("document_id", "Record id: a slug of the source file's name", required: true, property: "dcterms:identifier"),
                CSVColumn("source_file", "File name of the summary", required: true, property: "vocab:sourceFile"),
                CSVColumn("sha256", "SHA-256 of the file's bytes, lowercase hex", .sha256, required: true),
                CSVColumn("title", "Title, a librarian's correction of it included; as printed in title_as_printed", required: true,
                          property: "dcterms:title", lang: titles),
                // The event's, in the linked data (events.csv's row has no subtitle).
                CSVColumn("subtitle", "Subtitle, a librarian's correction of it included; as printed in subtitle_as_printed"),
                CSVColumn("document_type", "Document type, e.g. Chair's Summary, a librarian's correction of it included; as printed in document_type_as_printed",
                          property: "vocab:documentType"),
                // Typed in CSVW by the columns at the end, one per precision, as the linked data types it.
                CSVColumn("issued", "Date of issue, as precise as printed, a librarian's correction of it included; as printed in issued_as_printed",
                          .partialDate),
                CSVColumn("language", "BCP 47 language tag, as the titles are tagged: en, en-GB", .language, required: true),
                CSVColumn("note", "Notes such as the translation disclaimer", multiValued: true),
                CSVColumn("document_type_line", "Source line of the document type", .integer, property: "vocab:documentTypeLine"),
                CSVColumn("issued_line", "Source line of the date of issue", .integer, property: "vocab:issuedLine"),
                CSVColumn("symbol", "Document symbol, e.g. PKO/186", property: "vocab:symbol"),
                CSVColumn("symbol_line", "Source line of the symbol", .integer, property: "vocab:symbolLine"),
                // Named as every column of the words as printed is; the previous release's issuer_printed still reads.
                CSVColumn("issuer_as_printed", "Issuing organisation as printed in the text (Issued by ...)",
                          property: "vocab:issuerPrinted", earlier: "issuer_printed"),
                CSVColumn("issuer_line", "Source line of the printed issuer", .integer, property: "vocab:issuerLine"),
                CSVColumn("issuer_catalogued", "Issuing organisation as the archive's catalogue gives it; preferred to the printed one",
                          property: "vocab:issuerCatalogued"),
                CSVColumn("source_url_as_printed", "URL of the summary as printed in the text", .url,
                          property: "vocab:sourceURLPrinted", earlier: "source_url_printed"),
                CSVColumn("source_url_line", "Source line of the printed URL", .integer, property: "vocab:sourceURLLine"),
                CSVColumn("source_url_catalogued", "URL of the summary as the archive's catalogue gives it; preferred to the printed one",
                          .url, property: "vocab:sourceURLCatalogued"),
                // The language resource is computed from the tag as the linked data computes it
                // (en-GB is English): a URI template cannot take a tag's primary subtag.
                CSVColumn("language_iri", "The language as linked data: the ISO 639 language of id.loc.gov that the tag's primary"
                          + " subtag names (en-GB: http://id.loc.gov/vocabulary/iso639-1/en); empty when it names none",
                          .iri, property: "dcterms:language", valueUrl: "{+language_iri}"),
                CSVColumn("issuer_iri", "IRI of the issuer in effect in the linked data, relative to the base: DOCUMENT/issuer,"
                          + " the organisation of the document that bears its name, or org/SCHEME-ID (org/ror-057zh3y96) for one an"
                          + " authority identifies", property: "dcterms:publisher", valueUrl: "{+issuer_iri}"),
            ] + authority(AuthorityKind.organization.schemes.sorted(), prefix: "issuer_", of: "of the issuer in effect") + [
                CSVColumn("title_as_printed", "Title as printed, also after a librarian's correction, which changes title (corrections.csv says how)",
                          property: "vocab:titleAsPrinted", lang: titles),
                CSVColumn("subtitle_as_printed", "Subtitle as printed, also after a librarian's correction, which changes subtitle; empty when the page prints none",
                          property: "vocab:subtitleAsPrinted", lang: titles),
            ] + byPrecision("issued", property: "dcterms:issued") + [
                // The issuer's name, not the document's: a column names its row's resource only.
                CSVColumn("issuer_authority_name", "The name of the authority table's entry that identifies the issuer, alike in every"
                          + " document; the linked data's schema:name of the issuer of the corpus"),
                CSVColumn("document_type_as_printed", "Document type as printed, also after a librarian's correction, which changes document_type;"
                          + " empty when the page prints none", property: "vocab:documentTypeAsPrinted", earlier: "document_type"),
                // Typed in CSVW by the columns after it, as issued is.
                CSVColumn("issued_as_printed", "Date of issue as printed and read, also after a librarian's correction, which changes issued;"
                          + " empty when the page prints none", .partialDate),
            ] + byPrecision("issued_as_printed", property: "vocab:issuedAsRead") + documentLinks,
            primaryKey: "document_id", foreignKeys: [], aboutUrl: "{+document_id}/document",
            types: ["foaf:Document", "prov:Entity"],
            // Every record has its text (texts.csv).
            virtualProperties: [("foaf:primaryTopic", "{+document_id}/event", nil), ("dcterms:type", NS.dcmitype + "Text", nil),
                                ("dcterms:hasFormat", "{+document_id}/text", nil)]),
        CSVTable(
            file: "events.csv", description: "The event of each summary (parent_id empty) and its programme parts, each under the event or the part it is given in.",
            columns: [
                CSVColumn("event_id", "Record id for the event, record id/part id for a part", required: true),
                CSVColumn("document_id", "The summary that reports it", required: true),
                // A part's event_id is not its IRI's path (DOCUMENT/ID, DOCUMENT/part/ID): parent_iri states the link.
                CSVColumn("parent_id", "For a part, the event_id of what it is given in: the event (the record id), or the part that"
                          + " holds it (a talk in its session: record id/part id)"),
                // proceedings:eventKind of the event, proceedings:partKind of a part: one column cannot say both.
                CSVColumn("kind", "symposium, seminar, ... for the event; opening, session, ... for a part", required: true,
                          allowed: EventKind.allCases.map(\.rawValue) + PartKind.allCases.map(\.rawValue)),
                CSVColumn("ordinal", "Position of a part in the programme", .integer, property: "vocab:position"),
                // The event's rdfs:label is its title, as in the linked data; the importer reads a part's.
                CSVColumn("label", "A part's label as printed: Session 1:, (3) Session Two; the event's title again, for the event",
                          property: "rdfs:label", lang: titles),
                CSVColumn("title", "Title or theme", property: "schema:name", lang: titles),
                // Typed in CSVW by the columns at the end, one per precision, as issued is.
                CSVColumn("start_date", "Start date, ISO 8601, a librarian's correction of it included; as printed in start_date_as_printed",
                          .partialDate),
                CSVColumn("end_date", "End date, ISO 8601, a librarian's correction of it included; as printed in end_date_as_printed",
                          .partialDate),
                CSVColumn("venue", "Venue, a librarian's correction of it included; as printed in venue_as_printed", property: "vocab:venue",
                          lang: titles),
                // The event's title lines (proceedings:titleFirstLine) and a part's lines
                // (proceedings:firstLine) are two facts in the Turtle; one column cannot say both.
                CSVColumn("source_line", "First source line (the title, or the part's heading)", .integer, required: true),
                CSVColumn("source_line_end", "Last source line", .integer),
                CSVColumn("format_note", "A part's format as printed, e.g. Presentation", property: "vocab:formatNote", lang: titles),
                CSVColumn("date_line", "Source line of the date", .integer, property: "vocab:dateLine"),
                CSVColumn("time", "Time as printed, e.g. 13:15 to 18:00", property: "vocab:time"),
                CSVColumn("time_line", "Source line of the time", .integer, property: "vocab:timeLine"),
                CSVColumn("venue_line", "Source line of the venue", .integer, property: "vocab:venueLine"),
                CSVColumn("audience_note", "What the summary says of the audience", property: "vocab:audienceNote", lang: titles),
                CSVColumn("audience_line", "Source line of the audience note", .integer, property: "vocab:audienceLine"),
                iri,
                CSVColumn("venue_iri", "IRI of the event's venue in the linked data, relative to the base: DOCUMENT/place, or"
                          + " place/SCHEME-ID (place/geonames-1850147), the same in every document and run, for one an authority identifies",
                          property: "schema:location", valueUrl: "{+venue_iri}"),
            ] + authority(AuthorityKind.place.schemes.sorted(), prefix: "venue_", of: "of the venue") + [
                CSVColumn("venue_authority_name", "The name of the authority table's entry that identifies the venue, alike in every"
                          + " document; the linked data's schema:name of the place of the corpus"),
                CSVColumn("venue_as_printed", "Venue as printed, also after a librarian's correction, which changes venue; empty when the page prints none",
                          property: "vocab:venueAsPrinted", lang: titles, earlier: "venue"),
                // The event's, as the linked data says it; documents.csv's subtitle says nothing in CSVW, since that table's rows are documents.
                CSVColumn("subtitle", "The event's subtitle, a librarian's correction of it included, as documents.csv's subtitle; empty for a part",
                          property: "vocab:subtitle", lang: titles),
                CSVColumn("start_date_as_printed", "Start date as printed and read, also after a librarian's correction, which changes start_date;"
                          + " empty when the page prints none", .partialDate),
                CSVColumn("end_date_as_printed", "End date as printed and read, also after a librarian's correction, which changes end_date;"
                          + " empty when the page prints none", .partialDate),
            ] + byPrecision("start_date", property: "schema:startDate") + byPrecision("end_date", property: "schema:endDate")
                + byPrecision("start_date_as_printed", property: "vocab:startDateAsRead")
                + byPrecision("end_date_as_printed", property: "vocab:endDateAsRead") + [
                    // Last, so that the columns of earlier tables keep their places.
                    CSVColumn("parent_iri", "For a part, the IRI of what it is given in, relative to the base: DOCUMENT/event, or"
                              + " DOCUMENT/part/ID for a part given in another", property: "schema:superEvent", valueUrl: "{+parent_iri}"),
                ] + eventLinks,
            primaryKey: "event_id",
            foreignKeys: [fk("document_id", "documents.csv", "document_id"), fk("parent_id", "events.csv", "event_id")],
            aboutUrl: "{+iri}", types: ["schema:Event"]),
        persons, organizations, participations,
        CSVTable(
            file: "statements.csv", description: "Every paragraph and bullet point, in reading order.",
            columns: [
                CSVColumn("statement_id", "record id/statement id", required: true),
                CSVColumn("event_id", "The part it belongs to, or the whole event", required: true),
                CSVColumn("person_id", "The speaker whose words it reports, if any", property: "vocab:speaker", valueUrl: "{+speaker_iri}"),
                CSVColumn("kind", "statement, question, answer, discussion, evaluation, conclusion, remark or narrative",
                          required: true, property: "vocab:statementKind", allowed: StatementKind.allCases.map(\.rawValue)),
                // The linked data states the reading order once, as proceedings:index (the index column); this column is the table's.
                CSVColumn("ordinal", "Reading order within the document, from 1: index again", .integer, required: true),
                CSVColumn("text", "The text, as printed", required: true, property: "schema:text", lang: titles),
                CSVColumn("reported_speech", "true: the wording is the summariser's, not the speaker's", .boolean,
                          required: true, property: "vocab:reportedSpeech"),
                CSVColumn("source_line_start", "First source line", .integer, required: true, property: "vocab:firstLine"),
                CSVColumn("source_line_end", "Last source line", .integer, required: true, property: "vocab:lastLine"),
                CSVColumn("section_id", "The section it belongs to, if not a programme part"),
                CSVColumn("form", "paragraph, bullet or numbered", required: true, property: "vocab:form",
                          allowed: BlockForm.allCases.map(\.rawValue)),
                CSVColumn("level", "Nesting of a list item, 0 at the top", .integer, required: true, property: "vocab:level"),
                CSVColumn("enumerator", "The number the page prints before the point, as printed: (1), 3.", property: "vocab:enumerator"),
                iri,
                CSVColumn("speaker_iri", "IRI of the speaker in the linked data, relative to the base"),
                CSVColumn("document_id", "The summary", property: "dcterms:isPartOf", valueUrl: "{+document_id}/document"),
                // event_id and section_id are the tables' keys, not the resources' IRIs: these state the links as the Turtle does.
                CSVColumn("part_iri", "IRI of the part it reports on in the linked data, relative to the base: DOCUMENT/part/ID;"
                          + " empty for the whole event", property: "vocab:reportsOn", valueUrl: "{+part_iri}"),
                CSVColumn("section_iri", "IRI of its section in the linked data, relative to the base: DOCUMENT/section/ID;"
                          + " empty when it is in none", property: "vocab:section", valueUrl: "{+section_iri}"),
            ] + statementLinks,
            primaryKey: "statement_id",
            foreignKeys: [fk("event_id", "events.csv", "event_id"), fk("person_id", "persons.csv", "person_id"),
                          fk("section_id", "sections.csv", "section_id")],
            aboutUrl: "{+iri}", types: ["vocab:Statement"], virtualProperties: [("prov:wasDerivedFrom", "{+document_id}/document", nil)]),
        CSVTable(
            file: "sections.csv", description: "Sections of a summary that are not programme parts.",
            columns: [
                CSVColumn("section_id", "record id/section id", required: true),
                CSVColumn("document_id", "The summary", required: true, property: "dcterms:isPartOf",
                          valueUrl: "{+document_id}/document"),
                CSVColumn("kind", "summary, significance, purpose, evaluation, discussions or other", required: true,
                          property: "vocab:sectionKind", allowed: SectionKind.allCases.map(\.rawValue)),
                CSVColumn("ordinal", "Position among the sections", .integer, required: true, property: "vocab:position"),
                CSVColumn("heading", "Heading as printed", required: true, property: "rdfs:label", lang: titles),
                CSVColumn("source_line", "Source line of the heading", .integer, required: true, property: "vocab:line"),
                iri,
            ] + sectionLinks,
            primaryKey: "section_id", foreignKeys: [fk("document_id", "documents.csv", "document_id")],
            aboutUrl: "{+iri}", types: ["vocab:Section"]),
        CSVTable(
            file: "notes.csv", description: "Notes of a summary, the page residue kept from it, and the lines kept as printed, with their lines.",
            columns: [
                CSVColumn("document_id", "The summary", required: true, property: "dcterms:isPartOf",
                          valueUrl: "{+document_id}/document"),
                CSVColumn("kind", "note; residue: page furniture such as Back to Index; or printed: a line kept as printed"
                          + " because no other row holds its words (the title block, a role line, a heading of a part)",
                          required: true, allowed: ["note", "residue", "printed"]),
                CSVColumn("text", "The text as printed", required: true, property: "rdf:value", lang: titles),
                CSVColumn("source_line", "Source line", .integer, required: true, property: "vocab:line"),
                CSVColumn("iri", "IRI of the note, residue or printed line in the linked data, relative to the base"),
                CSVColumn("index", "Its place among the document's rows of its kind, from 1", .integer, property: "vocab:index"),
                linesColumn("source_line"),
                CSVColumn("label", "text again, as its rdfs:label", property: "rdfs:label", lang: titles, derived: true),
            ],
            primaryKey: nil, foreignKeys: [fk("document_id", "documents.csv", "document_id")],
            // Typed in classes.csv: the class is the kind's (proceedings:Note, Residue, PrintedLine).
            aboutUrl: "{+iri}", types: []),
        // A table of its own, not a column's own aboutUrl in the tables above: the Python csvw
        // package converts a row that has one through a path that writes a list cell as one
        // literal ("['a', 'b']") and fails on a number, and CSVW makes a virtual column's triple in
        // every row, identifier or not, so the second sameAs needs a row that always has a link.
        CSVTable(
            file: "authority_links.csv",
            description: "Every link from a person, organisation, venue or issuer to the authority record that identifies it, as the linked data gives it: one row per document, resource and identifier.",
            columns: [
                CSVColumn("document_id", "The summary that names the resource", required: true),
                CSVColumn("iri", "The identified resource's IRI relative to the base: person/wikidata-q1254, org/ror-057zh3y96, place/geonames-1850147",
                          required: true),
                CSVColumn("class", "The resource's schema.org class: http://schema.org/Person, Organization or Place", .iri,
                          required: true, property: "rdf:type", valueUrl: "{+class}"),
                CSVColumn("scheme", "The authority", required: true, allowed: AuthorityScheme.allCases.map(\.rawValue)),
                CSVColumn("identifier", "The identifier in the authority's normal form", required: true),
                CSVColumn("authority_iri", "The identifier as the authority publishes it: http://www.wikidata.org/entity/Q1254",
                          .iri, required: true, property: "owl:sameAs", valueUrl: "{+authority_iri}"),
            ],
            primaryKey: nil, foreignKeys: [fk("document_id", "documents.csv", "document_id")],
            aboutUrl: "{+iri}", types: [], virtualProperties: [("schema:sameAs", "{+authority_iri}", nil)]),
        // The rows are exactly the resources to type, so the class is a column of the row's own
        // resource: persons.csv and organizations.csv describe mentions, and typing the person
        // from there takes a column's own aboutUrl (see authority_links.csv for why not).
        CSVTable(
            file: "classes.csv",
            description: "The classes of every person, organisation, venue and issuer a document names, identified by an authority or not, and of every note, page residue and line kept as printed (notes.csv), as the linked data gives them: one row per document, resource and class.",
            columns: [
                CSVColumn("document_id", "The summary that names the resource", required: true),
                CSVColumn("iri", "The resource's IRI relative to the base: DOCUMENT/person/ID, DOCUMENT/place, person/wikidata-q1254, ...",
                          required: true),
                CSVColumn("class", "A class of the resource: http://schema.org/Person, http://xmlns.com/foaf/0.1/Person, ...", .iri,
                          required: true, property: "rdf:type", valueUrl: "{+class}"),
            ],
            primaryKey: nil, foreignKeys: [fk("document_id", "documents.csv", "document_id")],
            aboutUrl: "{+iri}", types: []),
    ] + correctionTables + [affiliations, removedRoles] + linkTables

    public static func table(_ file: String) -> CSVTable { tables.first { $0.file == file }! }
}
