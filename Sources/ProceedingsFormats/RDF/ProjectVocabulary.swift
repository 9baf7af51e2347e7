/// The project's own terms (`proceedings:`, `https://w3id.org/proceedings/ns/vocab#`), for what no
/// common vocabulary has: defined once here, written as the ontology `Schemas/proceedings-vocab.ttl`
/// and the page `docs/vocabulary.md`, and checked against every term the exports use.
public struct VocabularyTerm: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case `class`, objectProperty, datatypeProperty, individual
    }

    public var name: String
    public var kind: Kind
    public var label: String
    public var comment: String
    /// Full IRIs; a property used on several classes has none, and says where in its comment.
    public var domain: String?
    public var range: String?
    public var parent: String?

    init(_ name: String, _ kind: Kind, _ label: String, _ comment: String,
         domain: String? = nil, range: String? = nil, parent: String? = nil) {
        (self.name, self.kind, self.label, self.comment) = (name, kind, label, comment)
        (self.domain, self.range, self.parent) = (domain, range, parent)
    }

    public var iri: String { LinkedData.vocabularyNamespace + name }
}

extension LinkedData {
    public static let vocabularyIRI = "https://w3id.org/proceedings/ns/vocab"
    public static let vocabularyPrefix = "proceedings"
    public static let vocabularyFileName = "proceedings-vocab.ttl"
    /// The ontology's owl:versionInfo: its own, not the tool's, so that it moves when its terms do (the
    /// tool's version moves with every release, whether or not a term changed). Semantic versioning of the
    /// terms: a term removed, renamed or given another meaning is a major step (a minor one before 1.0), a
    /// term added a minor step, words of a label or comment a patch. Each graph says which version it
    /// was written against (GraphBuilder: the graph dcterms:conformsTo the versionIRI).
    /// What changed in each version, oldest first; docs/vocabulary.md lists it for those who load graphs of
    /// several releases.
    public static let vocabularyVersions: [(version: String, changes: String)] = [
        ("0.1.0", "The first terms."),
        ("0.2.0", "proceedings:venue and documentType are the values in force, their printed words in venueAsPrinted and documentTypeAsPrinted; affiliationAsPrinted."),
        ("0.2.1", "The properties written as text in the document's language (subtitle, audienceNote, formatNote, titleAsPrinted, subtitleAsPrinted, affiliationAsPrinted) have the range rdf:langString."),
        ("0.3.0", "A role a correction removed is a RemovedRole (printedRole, printedHolder, printedDuring, printedOrganization; roleAsPrinted and affiliationAsPrinted said of it too); startDateAsPrinted, endDateAsPrinted, issuedAsPrinted."),
        ("0.4.0", "The reported speaker is a SpeakerInfluence (prov:qualifiedInfluence), no longer a prov:Attribution with the role reportedSpeaker, which is gone; speaker is a narrower prov:wasInfluencedBy; venue and venueAsPrinted are tagged with the document's language (rdf:langString), and nameAsPrinted is when an organisation's; Panel, a conf:Session, in the place of conf:Panel, which the project could not confirm the Conference Ontology defines."),
        ("0.5.0", "startDateAsRead, endDateAsRead and issuedAsRead in the place of startDateAsPrinted, endDateAsPrinted and issuedAsPrinted, which held the date the importer read, not the printed words; a statement has no proceedings:position, which repeated its proceedings:index; PersonMention and OrganizationMention, the two kinds of Mention, each with one form of nameAsPrinted; the ontology has an owl:versionIRI, which each graph names with dcterms:conformsTo."),
    ]
    public static var vocabularyVersion: String { vocabularyVersions.last!.version }
    /// The version of the vocabulary this release writes, as an IRI (owl:versionIRI): the IRI a graph
    /// names with dcterms:conformsTo.
    public static var vocabularyVersionIRI: String { vocabularyIRI + "/" + vocabularyVersion }
    /// The version before it (owl:priorVersion).
    public static var vocabularyPriorVersion: String { vocabularyVersions.dropLast().last!.version }

    public static let vocabulary: [VocabularyTerm] = {
        let p = NS.pro, xsd = NS.xsd, schema = NS.schema, conf = NS.conf, foaf = NS.foaf
        let integer = xsd + "integer", string = xsd + "string", uri = xsd + "anyURI"
        // Text in the document's language, which the linked data tags with it (GraphBuilder.titled):
        // a tagged literal is an rdf:langString, never an xsd:string.
        let text = NS.rdf + "langString"
        typealias T = VocabularyTerm
        return [
            // Classes
            T("Statement", .class, "statement", "A paragraph or list item of a summary: what it reports was said or done, in the summariser's words.",
              parent: NS.prov + "Entity"),
            T("Section", .class, "section", "A section of a summary that is not a part of the programme: the summary, the evaluation, the purpose."),
            T("Note", .class, "note", "A line of the summary about the document itself, such as a translation disclaimer."),
            T("Residue", .class, "page residue", "A line of the page that is not the summary's: navigation, a site's label, \"Back to Index\"."),
            T("PrintedLine", .class, "printed line",
              "A line of the summary kept as printed because no other node holds its words: the title block, a dateline, a role line (\"Moderator: ...\"), a heading of a part."),
            T("Panel", .class, "panel",
              "A session in which several speakers, the panelists, discuss its theme together, as the summary's heading or format says (\"Panel Discussion\"). A kind of the Conference Ontology's Session, so that a consumer that knows only that ontology finds it among the sessions; whether that ontology defines a class for a panel could not be confirmed (README, Why proceedings:Panel).",
              parent: NS.conf + "Session"),
            T("SpeakerInfluence", .class, "reported speaker's influence",
              "How the person whose words a statement reports influenced it: she spoke them and the summary reports them, in its words; she is no author of the statement, which is attributed to the summary's issuer. The statement names it with prov:qualifiedInfluence, and it names the person with prov:agent. (PROV gives a role, prov:hadRole, to associations and events, not to attributions or influences: the class says what a role would.)",
              parent: NS.prov + "AgentInfluence"),
            T("Mention", .class, "mention", "A person or organisation as one document names it: the lines, and the forms printed there. Each is a PersonMention or an OrganizationMention."),
            T("PersonMention", .class, "mention of a person",
              "A person as one document names it. Its proceedings:nameAsPrinted is in no language (xsd:string): a person's name is not English or Japanese.",
              parent: p + "Mention"),
            T("OrganizationMention", .class, "mention of an organisation",
              "An organisation as one document names it. Its proceedings:nameAsPrinted is in the document's language (rdf:langString), as the organisation's name in the record is: \"Ministry of Foreign Affairs of Japan\"@en.",
              parent: p + "Mention"),
            T("NameVariant", .class, "name variant", "Another printed form of a person's name in one document, misspellings included."),
            T("Correction", .class, "correction",
              "A librarian's correction of a fact the importer read from a summary: an activity of the person who made it, which the record's graph (the description it changed) was influenced by.",
              parent: NS.prov + "Activity"),
            T("RemovedRole", .class, "removed role",
              "A role a librarian's correction removed, as the page prints it: the record's description no longer gives it, so it is no conf:RoleDuringEvent, and the correction that removed it is its prov:wasInvalidatedBy. Kept so that every format gives what the page prints.",
              parent: NS.prov + "Entity"),
            T("printedRole", .objectProperty, "role as printed",
              "The role a removed role's line gave, from the roles scheme, as conf:withRole names a role held.",
              domain: p + "RemovedRole", range: NS.skos + "Concept"),
            T("printedHolder", .objectProperty, "holder as printed",
              "The person or organisation a removed role's line gave it to, where the record still names it; else its proceedings:nameAsPrinted.",
              domain: p + "RemovedRole", range: foaf + "Agent"),
            T("printedDuring", .objectProperty, "during as printed", "The event or part a removed role's line gave it during, as conf:during.",
              domain: p + "RemovedRole", range: schema + "Event"),
            T("printedOrganization", .objectProperty, "organisation as printed",
              "The organisation the affiliation printed with a removed role's holder names, as conf:withOrganisation names it for a role held.",
              domain: p + "RemovedRole", range: schema + "Organization"),
            T("corrected", .objectProperty, "corrected",
              "The resource whose description a correction changed: the event, the document, a person or organisation, a role, a role's affiliation or a statement; for a fact removed, what lost it (the holder of a removed role, the role of a removed affiliation); the document for a removed subtitle or person. The resource keeps its IRI; its description, the record's graph, prov:wasInfluencedBy the correction.",
              domain: p + "Correction", range: NS.rdfs + "Resource"),
            T("correctedFact", .datatypeProperty, "corrected fact",
              "The kind of fact a correction changed: title, subtitle, document-type, start-date, end-date, issued, venue, organizer, person, role, affiliation, not-a-participant or statement-speaker.",
              domain: p + "Correction", range: string),
            T("oldValue", .datatypeProperty, "old value", "The value as the importer gave it; absent when it gave none.",
              domain: p + "Correction", range: string),
            T("newValue", .datatypeProperty, "new value", "The value the correction gives the fact; absent when it removed the fact.",
              domain: p + "Correction", range: string),
            // Kinds
            T("kind", .datatypeProperty, "kind", "The kind of a thing, from a list that depends on its class.", range: string),
            T("eventKind", .datatypeProperty, "kind of event", "symposium, seminar, conference, meeting, workshop, forum, dialogue or other.",
              domain: conf + "OrganisedEvent", range: string, parent: p + "kind"),
            T("partKind", .datatypeProperty, "kind of part", "opening, keynote, session, concluding, closing or other.",
              domain: schema + "Event", range: string, parent: p + "kind"),
            T("sectionKind", .datatypeProperty, "kind of section", "summary, significance, purpose, evaluation, discussions or other.",
              domain: p + "Section", range: string, parent: p + "kind"),
            T("statementKind", .datatypeProperty, "kind of statement",
              "statement, question, answer, discussion, evaluation, conclusion, remark or narrative.",
              domain: p + "Statement", range: string, parent: p + "kind"),
            // Statements
            T("speaker", .objectProperty, "speaker",
              "The person whose words a statement reports: she influenced them, never authored them. The unqualified form of the statement's prov:qualifiedInfluence, a SpeakerInfluence.",
              domain: p + "Statement", range: schema + "Person", parent: NS.prov + "wasInfluencedBy"),
            T("reportedSpeech", .datatypeProperty, "reported speech", "True when the statement reports what someone said, in the summariser's words.",
              domain: p + "Statement", range: xsd + "boolean"),
            T("form", .datatypeProperty, "printed form", "How the statement is printed: paragraph, bullet or numbered.",
              domain: p + "Statement", range: string),
            T("level", .datatypeProperty, "level", "How deep a list item is nested, 0 at the top.", domain: p + "Statement", range: integer),
            T("enumerator", .datatypeProperty, "enumerator", "The number the page prints before a point, as printed: \"(1)\", \"3.\".",
              domain: p + "Statement", range: NS.xsd + "string"),
            T("reportsOn", .objectProperty, "reports on", "The part of the programme a statement reports on.",
              domain: p + "Statement", range: schema + "Event"),
            T("section", .objectProperty, "section", "The section a statement belongs to, when it is in no part of the programme.",
              domain: p + "Statement", range: p + "Section"),
            // Positions and lines
            T("position", .datatypeProperty, "position",
              "The number a part or section has as printed or read: Session 2 is 2. Not an order to sort by: an unnumbered opening and Session 1 may both be 1; proceedings:index is the order. A statement has only its index, its reading order.",
              range: integer),
            T("index", .datatypeProperty, "index", "The place of a thing in its document's list of such things, from 1; unique among its siblings.",
              range: integer),
            T("line", .datatypeProperty, "line", "A source line, from 1, that a fact was read from.", range: integer),
            T("sourceLines", .objectProperty, "source lines",
              "The lines of the archived text a fact was read from, as an RFC 5147 fragment of the text's IRI: …/text#line=29,31 is lines 30 and 31. Said of a part, a section, a statement, a printed line, a mention, a role and a correction.",
              range: NS.rdfs + "Resource"),
            T("firstLine", .datatypeProperty, "first line", "The first source line of a part or statement.", range: integer),
            T("lastLine", .datatypeProperty, "last line", "The last source line of a part or statement.", range: integer),
        ] + [
            // The source line of one fact of the event or the document.
            ("titleFirstLine", "first line of the title", conf + "OrganisedEvent"),
            ("titleLastLine", "last line of the title", conf + "OrganisedEvent"),
            ("dateLine", "line of the date", conf + "OrganisedEvent"), ("timeLine", "line of the time", conf + "OrganisedEvent"),
            ("venueLine", "line of the venue", conf + "OrganisedEvent"),
            ("audienceLine", "line of the audience note", conf + "OrganisedEvent"),
            ("issuedLine", "line of the date of issue", foaf + "Document"),
            ("documentTypeLine", "line of the document type", foaf + "Document"),
            ("symbolLine", "line of the symbol", foaf + "Document"), ("issuerLine", "line of the printed issuer", foaf + "Document"),
            ("sourceURLLine", "line of the printed URL", foaf + "Document"),
        ].map { T($0.0, .datatypeProperty, $0.1, "", domain: $0.2, range: integer) } + [
            // Events and parts
            T("subtitle", .datatypeProperty, "subtitle", "The event's subtitle, a librarian's correction of it included; the document's proceedings:subtitleAsPrinted keeps the words the page prints.",
              domain: conf + "OrganisedEvent", range: text),
            T("startDateAsRead", .datatypeProperty, "start date as read",
              "The event's first day as the importer read it from the page (\"23 February 2010\" is 2010-02-23; the printed words are on the line proceedings:dateLine names), also after a librarian's correction, which changes schema:startDate, and whose proceedings:newValue is the date it gives; as precise as printed, an xsd:date, xsd:gYearMonth or xsd:gYear; absent when the page prints none.",
              domain: conf + "OrganisedEvent", range: NS.rdfs + "Literal"),
            T("endDateAsRead", .datatypeProperty, "end date as read",
              "The event's last day as the importer read it from the page, as proceedings:startDateAsRead; schema:endDate holds the date in force.",
              domain: conf + "OrganisedEvent", range: NS.rdfs + "Literal"),
            T("time", .datatypeProperty, "time", "The time of day as printed: 10:00-12:30.", domain: conf + "OrganisedEvent", range: string),
            T("audienceNote", .datatypeProperty, "audience note", "What the summary says of the audience: \"about 300 participants\".",
              domain: conf + "OrganisedEvent", range: text),
            T("formatNote", .datatypeProperty, "format", "A part's format as printed: Presentation, Panel discussion.",
              domain: schema + "Event", range: text),
            T("venue", .datatypeProperty, "venue",
              "The venue, a librarian's correction of it included: \"Akasaka Prince Hotel\"; proceedings:venueAsPrinted keeps the words the page prints. The event's schema:location is the place itself, which an authority table may identify, named by this venue. In the document's language, as its titles are.",
              range: text),
            T("venueAsPrinted", .datatypeProperty, "venue as printed",
              "The venue as the summary prints it, also after a librarian's correction, which changes (or removes) proceedings:venue, and whose proceedings:newValue is the venue it gives; absent when the page prints none. In the document's language.",
              range: text),
            // Roles
            T("roleAsPrinted", .datatypeProperty, "role as printed",
              "The words the summary uses for the role: Co-Chair, Lead-off speaker. Said of a role held (conf:RoleDuringEvent) and of one a correction removed (proceedings:RemovedRole).",
              range: string),
            T("affiliation", .objectProperty, "affiliation", "The affiliation printed with the holder of a role, during that event.",
              domain: conf + "RoleDuringEvent", range: conf + "AffiliationDuringEvent"),
            T("affiliationAsPrinted", .datatypeProperty, "affiliation as printed",
              "The affiliation as the summary prints it with the holder of the role, also after a librarian's correction, which changes the affiliation's rdfs:label, and whose proceedings:newValue is the affiliation it gives (one that removes it leaves the affiliation this alone, without a label); absent when the page prints none. Said of a role's affiliation (conf:AffiliationDuringEvent) and of a role a correction removed (proceedings:RemovedRole).",
              range: text),
            // Mentions
            T("mentionOf", .objectProperty, "mention of", "The person or organisation a mention names: a schema:Person or a schema:Organization, each a foaf:Agent.",
              domain: p + "Mention", range: foaf + "Agent"),
            T("variant", .objectProperty, "variant", "A name variant printed in the mention's document.", domain: p + "Mention", range: p + "NameVariant"),
            T("nameAsPrinted", .datatypeProperty, "name as printed", "The name as a document prints it, its fullest form there: on the mention, in the linked data and the CSV tables alike. A librarian's correction of the name changes the mention's rdfs:label (and the name of a person of the record), never this. On a proceedings:OrganizationMention it is in its document's language (rdf:langString); on a proceedings:PersonMention in none (xsd:string).",
              range: NS.rdfs + "Literal"),
            T("localId", .datatypeProperty, "id in the record", "The id the record gives the person or organisation it mentions, as its other formats (XML, TEI, CSV) have it.",
              domain: p + "Mention", range: string),
            T("honorificAsPrinted", .datatypeProperty, "honorific as printed", "The honorific the document prints with the name: Dr., H.E., Mrs.",
              range: string),
            T("givenNameAsPrinted", .datatypeProperty, "given name as read", "The part of the printed name the reader took for the given name, in this document.",
              range: string),
            T("familyNameAsPrinted", .datatypeProperty, "family name as read", "The part of the printed name the reader took for the family name, in this document.",
              range: string),
            // Documents
            T("documentType", .datatypeProperty, "document type", "The type of document, a librarian's correction of it included: Chair's Summary, Press Release; proceedings:documentTypeAsPrinted keeps the words the page prints.",
              domain: foaf + "Document", range: string),
            T("documentTypeAsPrinted", .datatypeProperty, "document type as printed",
              "The type of document as the summary prints it, also after a librarian's correction, which changes (or removes) proceedings:documentType, and whose proceedings:newValue is the type it gives; absent when the page prints none.",
              domain: foaf + "Document", range: string),
            T("titleAsPrinted", .datatypeProperty, "title as printed",
              "The title as the summary prints it, also after a librarian's correction, which changes the document's dcterms:title and the event's schema:name, and whose proceedings:newValue is the title it gives.",
              domain: foaf + "Document", range: text),
            T("subtitleAsPrinted", .datatypeProperty, "subtitle as printed",
              "The subtitle as the summary prints it, also after a librarian's correction, which changes (or removes) the event's proceedings:subtitle, and whose proceedings:newValue is the subtitle it gives; absent when the page prints none.",
              domain: foaf + "Document", range: text),
            T("issuedAsRead", .datatypeProperty, "date of issue as read",
              "The page's own date as the importer read it from the page (the printed words are on the line proceedings:issuedLine names), also after a librarian's correction, which changes dcterms:issued, and whose proceedings:newValue is the date it gives; as precise as printed, an xsd:date, xsd:gYearMonth or xsd:gYear; absent when the page prints none.",
              domain: foaf + "Document", range: NS.rdfs + "Literal"),
            T("sourceFile", .datatypeProperty, "source file", "The name of the file the summary was read from.", domain: foaf + "Document", range: string),
            T("symbol", .datatypeProperty, "symbol", "The document's symbol as printed: PKO/186.", domain: foaf + "Document", range: string),
            T("issuerPrinted", .datatypeProperty, "issuer as printed", "The issuing organisation as the text prints it.",
              domain: foaf + "Document", range: string),
            T("issuerCatalogued", .datatypeProperty, "issuer as catalogued", "The issuing organisation as the archive's catalogue gives it; the one in effect.",
              domain: foaf + "Document", range: string),
            T("sourceURLPrinted", .datatypeProperty, "URL as printed", "The URL the text prints as its source.", domain: foaf + "Document", range: uri),
            T("sourceURLCatalogued", .datatypeProperty, "URL as catalogued", "The URL the archive's catalogue gives; the one in effect.",
              domain: foaf + "Document", range: uri),
        ]
    }()

    static let vann = "http://purl.org/vocab/vann/"
    /// Who answers for the vocabulary and the roles scheme (dcterms:creator), described in the ontology.
    static let vocabularyMaintainers = vocabularyNamespace + "maintainers"

    /// `Schemas/proceedings-vocab.ttl`: the terms as an OWL ontology.
    public static func vocabularyTurtle() throws -> [UInt8] {
        let ontology = RDFTerm.iri(vocabularyIRI)
        let maintainers = vocabularyMaintainers
        func english(_ text: String) -> RDFTerm { .literal(text, language: "en") }
        var statements: [RDFStatement] = [
            RDFStatement(ontology, NS.type, .iri(NS.owl + "Ontology")),
            RDFStatement(ontology, NS.dcterms + "title", english("The vocabulary of Proceedings")),
            RDFStatement(ontology, NS.rdfs + "label", english("The vocabulary of Proceedings")),
            RDFStatement(ontology, NS.dcterms + "description", english(
                "Terms for what no common vocabulary has in summaries of meetings: source lines, printed forms, positions, kinds, mentions.")),
            RDFStatement(ontology, NS.owl + "versionInfo", .literal(vocabularyVersion)),
            RDFStatement(ontology, NS.owl + "versionIRI", .iri(vocabularyVersionIRI)),
            RDFStatement(ontology, NS.owl + "priorVersion", .iri(vocabularyIRI + "/" + vocabularyPriorVersion)),
            // Who answers for the terms: the project's maintainers, named where the terms are. No
            // dcterms:license: the project has chosen none, and a licence is not the tool's to invent
            // (as the TEI's availability says "unknown" without --license).
            RDFStatement(ontology, NS.dcterms + "creator", .iri(maintainers)),
            RDFStatement(.iri(maintainers), NS.type, .iri(NS.foaf + "Organization")),
            RDFStatement(.iri(maintainers), NS.foaf + "name", english("The maintainers of Proceedings")),
            RDFStatement(.iri(maintainers), NS.rdfs + "label", english("The maintainers of Proceedings")),
            RDFStatement(ontology, vann + "preferredNamespacePrefix", .literal(vocabularyPrefix)),
            RDFStatement(ontology, vann + "preferredNamespaceUri", .literal(vocabularyNamespace)),
        ]
        for term in vocabulary {
            let node = RDFTerm.iri(term.iri)
            let type: String = switch term.kind {
            case .class: NS.owl + "Class"
            case .objectProperty: NS.owl + "ObjectProperty"
            case .datatypeProperty: NS.owl + "DatatypeProperty"
            case .individual: NS.owl + "NamedIndividual"
            }
            statements.append(RDFStatement(node, NS.type, .iri(type)))
            if term.kind == .individual { statements.append(RDFStatement(node, NS.type, .iri(NS.prov + "Role"))) }
            statements.append(RDFStatement(node, NS.rdfs + "isDefinedBy", ontology))
            statements.append(RDFStatement(node, NS.rdfs + "label", english(term.label)))
            if !term.comment.isEmpty { statements.append(RDFStatement(node, NS.rdfs + "comment", english(term.comment))) }
            if let domain = term.domain { statements.append(RDFStatement(node, NS.rdfs + "domain", .iri(domain))) }
            if let range = term.range { statements.append(RDFStatement(node, NS.rdfs + "range", .iri(range))) }
            if let parent = term.parent {
                let relation = term.kind == .class ? "subClassOf" : "subPropertyOf"
                statements.append(RDFStatement(node, NS.rdfs + relation, .iri(parent)))
            }
        }
        return try Serd.write(sorted(statements), syntax: .turtle, prefixes: NS.prefixes + [("vann", vann)])
    }

    /// `docs/vocabulary.md`: the terms for the people who query the data.
    public static func vocabularyMarkdown() -> String {
        func short(_ iri: String?) -> String {
            guard let iri else { return "" }
            return NS.curie(iri).map { "`\($0)`" } ?? "<\(iri)>"
        }
        var lines = [
            "# The vocabulary of Proceedings",
            "",
            "<!-- Generated from Sources/ProceedingsFormats/RDF/ProjectVocabulary.swift by `make samples`; do not edit. -->",
            "",
            "Namespace `\(vocabularyNamespace)`, prefix `\(vocabularyPrefix):`, version \(vocabularyVersion) (`owl:versionIRI`",
            "<\(vocabularyVersionIRI)>, which each graph names with `dcterms:conformsTo`; the vocabulary's version is its own,",
            "not the tool's, and moves only when its terms do). The ontology is",
            "[`Schemas/\(vocabularyFileName)`](../Schemas/\(vocabularyFileName)). These terms cover what no common",
            "vocabulary has; everything else is schema.org, the Conference Ontology, PROV-O, Dublin Core, FOAF, SKOS,",
            "VoID and DCAT, as the README's linked-data section lists. The CSVW mapping of `csv-metadata.json` uses them as the",
            "linked data does, for the same facts.",
            "",
        ]
        for (title, kinds) in [("Classes and individuals", [VocabularyTerm.Kind.class, .individual]),
                               ("Properties", [.objectProperty, .datatypeProperty])] {
            lines += ["## \(title)", "", "| term | label | domain | range | definition |", "|---|---|---|---|---|"]
            for term in vocabulary where kinds.contains(term.kind) {
                var definition = term.comment
                if let parent = term.parent {
                    definition += (definition.isEmpty ? "" : " ") + (term.kind == .class ? "A kind of " : "A narrower ") + short(parent) + "."
                }
                // An anchor per term, where w3id.org/proceedings/ns/vocab#term sends a browser.
                lines.append("| <a id=\"\(term.name)\"></a>`\(vocabularyPrefix):\(term.name)` | \(term.label) | \(short(term.domain)) | \(short(term.range)) | \(definition) |")
            }
            lines.append("")
        }
        lines += ["## Versions", "",
                  "The vocabulary's version is its own, not the tool's: a term removed, renamed or given another meaning is a major",
                  "step (a minor one before 1.0), a term added a minor step, the words of a label or comment a patch. Each graph names",
                  "the version it was written against (`dcterms:conformsTo <\(vocabularyIRI)/X.Y.Z>`), as does the dataset's description.", "",
                  "| version | what changed |", "|---|---|"]
        lines += vocabularyVersions.reversed().map { "| \($0.version) | \($0.changes) |" }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
