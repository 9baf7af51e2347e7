public import Foundation

/// The linked-data export: one graph per record in the profile described in README.md, written
/// through serd as Turtle, N-Triples or N-Quads. Statements are sorted and no blank node is used,
/// so the same record gives the same bytes.
public enum LinkedData {
    /// Where minted IRIs live unless `--base` says otherwise.
    public static let defaultBase = "https://w3id.org/proceedings/id/"
    /// The project's own terms, for what no common vocabulary has.
    public static let vocabularyNamespace = "https://w3id.org/proceedings/ns/vocab#"
    /// One SKOS concept per role of the controlled list: `<roles/moderator>`.
    public static let roleScheme = "https://w3id.org/proceedings/ns/roles"
    public static let roleNamespace = roleScheme + "/"
    /// The profile the graphs conform to, as `dcterms:conformsTo` names it: the shapes' namespace.
    public static let shapesNamespace = "https://w3id.org/proceedings/ns/shapes"

    /// A base must be an absolute IRI that minted paths can follow: ending in `/`, with no
    /// fragment, since the lines of a text are fragments of its IRI (`…/text#line=29,31`).
    public static func checkBase(_ base: String) throws(InvalidIRI) {
        try IRI.check(base)
        guard base.hasSuffix("/"), !base.contains("#") else {
            throw InvalidIRI(iri: base, reason: "a base must end with / and have no fragment (#)")
        }
    }

    /// The named graph that holds one record: in N-Quads and when published.
    public static func graphIRI(of record: Record, base: String = defaultBase) -> String {
        Minter(base: base, recordId: record.id).graph
    }

    public static func roleIRI(_ role: Role) -> String { roleNamespace + role.rawValue }

    /// The language of a BCP 47 tag as a resource, as `dcterms:language` wants it: the primary
    /// subtag in ISO 639-1 (two letters) or 639-2 (three). The full tag is on the titles.
    static func languageIRI(_ tag: String) -> String? {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        guard primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        switch primary.count {
        case 2: return NS.iso639_1 + primary
        case 3: return NS.iso639_2 + primary
        default: return nil
        }
    }

    /// The record's statements, sorted, each in the record's named graph. The time of generation is
    /// left out unless `generatedAt` is given, so that the same record gives the same graph.
    public static func statements(_ record: Record, base: String = defaultBase, generatedAt: Date? = nil) throws -> [RDFStatement] {
        try checkBase(base)
        var graph = GraphBuilder(record: record, mint: Minter(base: base, record: record), generatedAt: generatedAt)
        graph.build()
        // A record names the same few IRIs again and again: each is checked once.
        var checked: Set<String> = []
        func check(_ iri: String) throws(InvalidIRI) {
            if checked.insert(iri).inserted { try IRI.check(iri) }
        }
        for statement in graph.statements {
            if case .iri(let iri) = statement.subject { try check(iri) }
            try check(statement.predicate)
            if case .iri(let iri) = statement.object { try check(iri) }
        }
        return sorted(graph.statements)
    }

    public static func export(_ record: Record, syntax: RDFSyntax, base: String = defaultBase,
                              generatedAt: Date? = nil) throws -> [UInt8] {
        try export(record, syntaxes: [syntax], base: base, generatedAt: generatedAt)[0]
    }

    /// The record in several syntaxes, its graph built once.
    public static func export(_ record: Record, syntaxes: [RDFSyntax], base: String = defaultBase,
                              generatedAt: Date? = nil) throws -> [[UInt8]] {
        try exportGraph(record, syntaxes: syntaxes, base: base, generatedAt: generatedAt).files
    }

    /// The record's statements and the record in several syntaxes, for a run that describes its dataset.
    public static func exportGraph(_ record: Record, syntaxes: [RDFSyntax], base: String = defaultBase,
                                   generatedAt: Date? = nil) throws -> (statements: [RDFStatement], files: [[UInt8]]) {
        let statements = try statements(record, base: base, generatedAt: generatedAt)
        return (statements, try Serd.write(statements, syntaxes: syntaxes, prefixes: NS.prefixes))
    }

    /// `Schemas/roles.ttl`: the SKOS scheme of the roles, mapped to ScholarlyData's roles.
    public static func roleSchemeTurtle() throws -> [UInt8] {
        let scheme = RDFTerm.iri(roleScheme)
        var statements: [RDFStatement] = [
            RDFStatement(scheme, NS.type, .iri(NS.skos + "ConceptScheme")),
            RDFStatement(scheme, NS.skos + "prefLabel", .literal("Roles at events, as summaries of proceedings print them", language: "en")),
            // Wikidata states a role at an event as a participant (P710) of the event with the
            // qualifier "object has role" (P3831).
            RDFStatement(scheme, NS.skos + "scopeNote", .literal(
                "In Wikidata, a role held at an event is the statement participant (P710) of the event, naming the holder, "
                    + "with the qualifier object has role (P3831) naming the role.", language: "en")),
            RDFStatement(scheme, NS.dcterms + "relation", .iri("http://www.wikidata.org/entity/P710")),
            RDFStatement(scheme, NS.dcterms + "relation", .iri("http://www.wikidata.org/entity/P3831")),
        ]
        for role in Role.allCases {
            let concept = RDFTerm.iri(roleIRI(role))
            statements += [
                RDFStatement(concept, NS.type, .iri(NS.skos + "Concept")),
                RDFStatement(concept, NS.skos + "inScheme", scheme),
                RDFStatement(concept, NS.skos + "topConceptOf", scheme),
                RDFStatement(scheme, NS.skos + "hasTopConcept", concept),
                RDFStatement(concept, NS.skos + "notation", .literal(role.rawValue)),
                RDFStatement(concept, NS.skos + "prefLabel", .literal(role.rawValue.replacingOccurrences(of: "-", with: " "), language: "en")),
            ]
            if let (relation, target) = scholarlyDataMapping(role) {
                statements.append(RDFStatement(concept, NS.skos + relation, .iri(NS.sdRole + target)))
            }
        }
        return try Serd.write(sorted(statements), syntax: .turtle, prefixes: NS.prefixes)
    }

    /// How each role relates to ScholarlyData's: the same (`exactMatch`), nearly (`closeMatch`), or
    /// a kind of it (`broadMatch`). An organiser or a message's author held no role in a session.
    static func scholarlyDataMapping(_ role: Role) -> (String, String)? {
        switch role {
        case .chair: ("exactMatch", "session-chair")
        case .moderator: ("closeMatch", "session-chair")
        case .presenter: ("exactMatch", "presenter")
        case .keynoteSpeaker, .leadOffSpeaker, .openingSpeaker, .closingSpeaker, .speaker: ("broadMatch", "presenter")
        case .participant: ("exactMatch", "participant")
        case .panelist, .commentator, .respondent, .rapporteur: ("broadMatch", "participant")
        case .organizer, .messageAuthor: nil
        }
    }

    /// By subject, then type first and other predicates by IRI, then object: Turtle groups a
    /// subject's statements and the order never depends on how they were made.
    static func sorted(_ statements: [RDFStatement]) -> [RDFStatement] {
        // A record repeats few terms many times: each distinct term is keyed and ranked once, and
        // the statements are then ordered by three integers, a repeated statement falling next
        // to its twin. Moving keyed statements through a comparison sort was most of the cost of
        // writing linked data.
        var termIndex: [RDFTerm: Int] = [:]
        var keys: [RDFTerm.SortKey] = []
        func index(_ term: RDFTerm) -> Int {
            if let known = termIndex[term] { return known }
            keys.append(RDFTerm.sortKey(term))
            termIndex[term] = keys.count - 1
            return keys.count - 1
        }
        let subjects = statements.map { index($0.subject) }
        let objects = statements.map { index($0.object) }
        var termRank = [Int](repeating: 0, count: keys.count)
        for (rank, term) in keys.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() { termRank[term] = rank }
        var predicateRank: [String: Int] = [:]
        for (rank, predicate) in Set(statements.map(\.predicate)).sorted().enumerated() {
            predicateRank[predicate] = predicate == NS.type ? -1 : rank
        }
        let ranked = statements.indices.map { i in
            (termRank[subjects[i]], predicateRank[statements[i].predicate]!, termRank[objects[i]])
        }
        var result: [RDFStatement] = []
        result.reserveCapacity(statements.count)
        var previous: (Int, Int, Int)?
        for i in statements.indices.sorted(by: { ranked[$0] < ranked[$1] }) where previous.map({ $0 != ranked[i] }) ?? true {
            result.append(statements[i])
            previous = ranked[i]
        }
        return result
    }
}

/// The IRIs of one record, each made from what identifies the thing and never from its position
/// or from the rest of the run: the record from its source (`Ids.record`), a part from its label,
/// a statement from its lines, a role from its event, holder and role. Ids are percent-encoded
/// path segments, so any id gives a valid IRI.
struct Minter {
    let base: String
    let record: String
    /// Persons and organisations that an authority identifies, by id: these belong to the corpus.
    private var corpusPersons: [String: String] = [:]
    private var corpusOrganizations: [String: String] = [:]
    /// The key of the venue when an authority identifies it, and of the issuer when one does.
    private var corpusPlace: String?
    private var corpusIssuer: String?
    /// The record's organisation that the issuer is, if any: then it is the issuer's node.
    private(set) var issuerOrganization: String?

    init(base: String, recordId: String) {
        self.base = base
        self.record = base + IRI.segment(recordId) + "/"
    }

    /// Two persons of one record with one identifier are a contradiction the record must settle
    /// (content rules report it); until then neither speaks for the corpus's resource.
    init(base: String, record: Record) {
        self.init(base: base, recordId: record.id)
        func corpus(_ entities: [(id: String, key: String?)]) -> [String: String] {
            let keyed = entities.compactMap { entity in entity.key.map { (entity.id, $0) } }
            let counts = Dictionary(keyed.map { ($0.1, 1) }, uniquingKeysWith: +)
            return Dictionary(keyed.filter { counts[$0.1] == 1 }, uniquingKeysWith: { first, _ in first })
        }
        corpusPersons = corpus(record.persons.map { ($0.id, Ids.authority($0.authorities, kind: .person)) })
        corpusOrganizations = corpus(record.organizations.map { ($0.id, Ids.authority($0.authorities, kind: .organization)) })
        if record.event.venue != nil { corpusPlace = Ids.authority(record.event.venueAuthorities, kind: .place) }
        if record.document.issuer != nil { corpusIssuer = Ids.authority(record.document.issuerAuthorities, kind: .organization) }
        // The issuer is the record's organisation of its name, or the one an authority says it is.
        let issuerKey = record.document.issuer.map { AuthorityTable.key($0.value) }
        issuerOrganization = issuerKey.flatMap { key in record.organizations.first { AuthorityTable.key($0.name) == key }?.id }
            ?? corpusIssuer.flatMap { key in record.organizations.first { corpusOrganizations[$0.id] == key }?.id }
    }

    var graph: String { record + "graph" }
    var document: String { record + "document" }
    /// The archived text the record was read from; serve the source file there as text/plain, and
    /// every fact's lines resolve as an RFC 5147 fragment of it.
    var text: String { record + "text" }
    /// Lines `first` to `last` (from 1) of the text, as an RFC 5147 fragment: `#line=29,31`.
    func lines(_ first: Int, _ last: Int) -> String { text + "#line=" + SourceSpan(first, last).positions }
    var event: String { record + "event" }
    /// The venue: the corpus's, `place/geonames-1850147`, when an authority identifies it, so that
    /// every event held there names one place; otherwise its record's, since two summaries' "Main
    /// Hall" may be two halls.
    var place: String { corpusPlace.map { base + "place/" + IRI.segment($0) } ?? record + "place" }
    /// The key of the venue when it belongs to the corpus.
    var corpusKeyOfPlace: String? { corpusPlace }
    /// The organisation that issued the document, when the text names it nowhere else: the
    /// corpus's organisation when an authority identifies it (`org/ror-…`, as the text's own
    /// organisations are), else a node of the record's.
    var issuer: String { corpusIssuer.map { base + "org/" + IRI.segment($0) } ?? record + "issuer" }
    /// The key of the issuer when an authority identifies it.
    var corpusKeyOfIssuer: String? { corpusIssuer }
    /// The document's publisher: the record's organisation that the issuer is, or a node of its own.
    var publisher: String { issuerOrganization.map(organization) ?? issuer }
    /// How a statement's speaker is attributed: a reported speaker, not its author.
    func attribution(ofStatement id: String) -> String { statement(id) + "/speaker" }
    func part(_ id: String) -> String { record + "part/" + IRI.segment(id) }
    func section(_ id: String) -> String { record + "section/" + IRI.segment(id) }
    func statement(_ id: String) -> String { record + "statement/" + IRI.segment(id) }
    /// `role/part/session-1/person/yozo-yokota/chair`: who held which role during what. The same
    /// holder in the same role twice during one event (two printed lines) is told apart in reading
    /// order: `.../chair-n2`. A role is named by what the importer read, before the librarian's
    /// corrections: one whose role was corrected, or that went to another organiser, keeps its
    /// IRI, as a person whose name was corrected keeps its own.
    func participationKeys(_ record: Record) -> [String] {
        Ids.distinct(record.participations.map { p in
            let read = Self.asRead(p, in: record)
            let during = p.partId.map { "part/" + IRI.segment($0) } ?? "event"
            return "\(during)/\(read.holder)/\(read.role)"
        })
    }

    /// The holder and role a participation had as the importer read it: its corrections undone,
    /// the last first. The organiser a role went to replaced the record's organisation (or person)
    /// named `old`, which other facts still name; one renamed kept its id, so its role is read as is.
    static func asRead(_ p: Participation, in record: Record) -> (holder: String, role: String) {
        var holder = p.personId.map { "person/" + IRI.segment($0) } ?? p.organizationId.map { "org/" + IRI.segment($0) } ?? "unnamed"
        var holderId = p.personId ?? p.organizationId
        var role = p.role.rawValue
        for c in record.corrections.reversed() where c.line == p.line && !c.old.isEmpty && !c.new.isEmpty && c.subject == holderId {
            switch c.fact {
            case .role where role == c.new:
                role = c.old
            case .organizer where role == Role.organizer.rawValue:
                if let before = record.organizations.first(where: { $0.name == c.old && $0.id != holderId }) {
                    (holder, holderId) = ("org/" + IRI.segment(before.id), before.id)
                } else if let before = record.persons.first(where: { $0.isNamed(c.old) && $0.id != holderId }) {
                    (holder, holderId) = ("person/" + IRI.segment(before.id), before.id)
                }
            default: break
            }
        }
        return (holder, role)
    }
    func participation(_ key: String) -> String { record + "role/" + key }
    /// A librarian's correction, by its id (`Correction.id`: a digest of its fact, line and values).
    func correction(_ id: String) -> String { record + "correction/" + IRI.segment(id) }
    /// The person who made corrections: the dataset's, not the record's, so that the corrections she
    /// made in every record of a run are one agent's: her identifier when the file gives one (an
    /// ORCID iD), else `corrector/6e1b4252` (`Correction.correctorKey` of her name).
    func corrector(_ c: Correction) -> String { c.byId ?? minted(corrector: c.by) }
    func minted(corrector name: String) -> String { base + "corrector/" + IRI.segment(Correction.correctorKey(name)) }
    /// Notes and page residue are keyed by their words, as statements are: `note/n-5b1e0c7d`.
    func textKeys(_ lines: [TextLine]) -> [String] { Ids.distinct(lines.map { Ids.text($0.text, prefix: "n") }) }
    func affiliation(of participation: String) -> String { participation + "/affiliation" }
    func note(_ key: String) -> String { record + "note/" + IRI.segment(key) }
    func residue(_ key: String) -> String { record + "residue/" + IRI.segment(key) }
    func printed(_ key: String) -> String { record + "printed/" + IRI.segment(key) }
    func personMention(_ id: String) -> String { record + "mention/person/" + IRI.segment(id) }
    func organizationMention(_ id: String) -> String { record + "mention/org/" + IRI.segment(id) }
    func variant(ofPerson id: String, _ key: String) -> String { personMention(id) + "/variant/" + IRI.segment(key) }
    /// A person is the corpus's, `person/wikidata-q1254`, when an authority identifies it; otherwise
    /// it is its record's, `RECORD/person/tanaka`: two summaries' "Dr. Tanaka"s are never one by guess.
    func person(_ id: String) -> String {
        corpusPersons[id].map { base + "person/" + IRI.segment($0) } ?? recordPerson(id)
    }
    /// The person or organisation as this record has it, whether or not it belongs to the corpus:
    /// the key of a row of the run's tables.
    func recordPerson(_ id: String) -> String { record + "person/" + IRI.segment(id) }
    func recordOrganization(_ id: String) -> String { record + "org/" + IRI.segment(id) }
    /// The key of a person or organisation that belongs to the corpus, nil for the record's own.
    func corpusKey(person id: String) -> String? { corpusPersons[id] }
    func corpusKey(organization id: String) -> String? { corpusOrganizations[id] }
    func organization(_ id: String) -> String {
        corpusOrganizations[id].map { base + "org/" + IRI.segment($0) } ?? recordOrganization(id)
    }
    static let tool = "https://w3id.org/proceedings/tool/" + IRI.segment(version)
    static let toolName = "proceedings"
    /// What every graph and the dataset's description say of the tool.
    static let toolDescription: [(predicate: String, object: RDFTerm)] = [
        (NS.type, .iri(NS.prov + "SoftwareAgent")), (NS.type, .iri(NS.schema + "SoftwareApplication")),
        (NS.schema + "name", .literal(toolName)), (NS.schema + "softwareVersion", .literal(version)),
    ]
}

private struct GraphBuilder {
    let record: Record
    let mint: Minter
    let generatedAt: Date?
    var statements: [RDFStatement] = []
    /// The roles held during each part, which say whether it is a session or a talk.
    private let rolesByPart: [String: Set<Role>]

    init(record: Record, mint: Minter, generatedAt: Date?) {
        self.record = record
        self.mint = mint
        self.generatedAt = generatedAt
        var roles: [String: Set<Role>] = [:]
        for participation in record.participations {
            if let part = participation.partId { roles[part, default: []].insert(participation.role) }
        }
        rolesByPart = roles
    }

    private var graph: String { mint.graph }

    private mutating func add(_ subject: String, _ predicate: String, _ object: RDFTerm?) {
        guard let object else { return }
        statements.append(RDFStatement(.iri(subject), predicate, object, graph: graph))
    }

    private mutating func type(_ subject: String, _ classes: String...) { type(subject, classes) }

    private mutating func type(_ subject: String, _ classes: [String]) {
        for type in classes { add(subject, NS.type, .iri(type)) }
    }

    private func text(_ value: String?) -> RDFTerm? { value.map { .literal($0) } }
    private func int(_ value: Int?) -> RDFTerm? { value.map { .literal(String($0), datatype: NS.xsd + "integer") } }
    private func bool(_ value: Bool) -> RDFTerm { .literal(value ? "true" : "false", datatype: NS.xsd + "boolean") }
    private func iri(_ value: String?) -> RDFTerm? { value.map { .iri($0) } }
    private func anyURI(_ value: String?) -> RDFTerm? { value.map { .literal($0, datatype: NS.xsd + "anyURI") } }

    /// ISO 8601 as precise as printed: a day is an `xsd:date`, a month `xsd:gYearMonth`, a year `xsd:gYear`.
    private func date(_ value: String?) -> RDFTerm? {
        guard let value else { return nil }
        let shape = value.map { $0.isASCII && $0.isNumber ? "9" : String($0) }.joined()
        switch shape {
        case "9999-99-99": return .literal(value, datatype: NS.xsd + "date")
        case "9999-99": return .literal(value, datatype: NS.xsd + "gYearMonth")
        case "9999": return .literal(value, datatype: NS.xsd + "gYear")
        default: return .literal(value)
        }
    }

    private func pro(_ name: String) -> String { NS.pro + name }

    private var issuerOrganization: String? { mint.issuerOrganization }
    private var issuerNode: String { mint.publisher }

    /// A title, heading or passage is text in the document's language.
    private func titled(_ value: String?) -> RDFTerm? {
        guard let value else { return nil }
        let language = record.document.language
        return .literal(value, language: language.isEmpty ? nil : language)
    }

    private func label(_ value: String?) -> RDFTerm? {
        guard let value, !value.isEmpty else { return nil }
        return .literal(value)
    }

    mutating func build() {
        let document = mint.document, event = mint.event
        type(graph, NS.prov + "Entity")
        add(graph, NS.prov + "wasDerivedFrom", .iri(document))
        add(graph, NS.prov + "wasAttributedTo", .iri(Minter.tool))
        if let generatedAt {
            add(graph, NS.prov + "generatedAtTime", .literal(DateText.timestamp(generatedAt), datatype: NS.xsd + "dateTime"))
        }
        for (predicate, object) in Minter.toolDescription { add(Minter.tool, predicate, object) }

        let doc = record.document
        type(document, NS.foaf + "Document", NS.prov + "Entity")
        add(document, NS.dcterms + "identifier", .literal(record.id))
        add(document, NS.dcterms + "title", titled(record.event.title))
        add(document, NS.rdfs + "label", titled(record.event.title))
        // The title and subtitle above are the record's, a correction's included; the page's words stay beside them.
        add(document, pro("titleAsPrinted"), titled(record.asPrinted(.title, record.event.title)))
        add(document, pro("subtitleAsPrinted"), titled(record.asPrinted(.subtitle, record.event.subtitle)))
        add(document, NS.dcterms + "issued", date(doc.issued))
        add(document, pro("issuedLine"), int(doc.issuedLine))
        // dcterms:type takes a class; the type as printed ("Chair's Summary") is the project's term.
        add(document, NS.dcterms + "type", .iri(NS.dcmitype + "Text"))
        // As printed; a correction's value is its proceedings:Correction's newValue.
        add(document, pro("documentType"), text(record.asPrinted(.documentType, doc.documentType)))
        add(document, pro("documentTypeLine"), int(doc.documentTypeLine))
        add(document, NS.dcterms + "language", LinkedData.languageIRI(doc.language).map { .iri($0) }
            ?? .literal(doc.language, datatype: NS.xsd + "language"))
        add(document, pro("sourceFile"), .literal(doc.sourceFile))
        add(document, NS.dcterms + "source", iri(doc.sourceURL?.value))
        // The file itself, with its checksum as DCAT 3 gives one (SPDX).
        add(document, NS.dcterms + "hasFormat", .iri(mint.text))
        type(mint.text, NS.dcmitype + "Text")
        add(mint.text, NS.dcterms + "isFormatOf", .iri(document))
        add(mint.text, NS.dcterms + "format", .literal("text/plain"))
        add(mint.text, NS.rdfs + "label", .literal(doc.sourceFile))
        let checksum = mint.text + "/checksum"
        add(mint.text, NS.spdx + "checksum", .iri(checksum))
        type(checksum, NS.spdx + "Checksum")
        add(checksum, NS.spdx + "algorithm", .iri(NS.spdx + "checksumAlgorithm_sha256"))
        add(checksum, NS.spdx + "checksumValue", .literal(doc.sha256, datatype: NS.xsd + "hexBinary"))
        add(document, pro("symbol"), text(doc.symbol?.text))
        add(document, pro("symbolLine"), int(doc.symbol?.line))
        if let issuer = doc.issuer {
            let node = issuerNode
            add(document, NS.dcterms + "publisher", .iri(node))
            // One organisation, one IRI: the issuer is the organisation of that name in the record,
            // or the corpus's that the authority table identifies.
            type(node, ResourceClasses.issuer)
            let corpusKey = issuerOrganization.map(mint.corpusKey(organization:)) ?? mint.corpusKeyOfIssuer
            // The issuer in effect, as this record gives it; an organisation of the corpus is named
            // by its authority entry, never by one record's printed or catalogued form for all.
            if corpusKey == nil { add(node, NS.foaf + "name", .literal(issuer.value)) }
            if corpusKey != nil, let name = doc.issuerAuthorityName {
                add(node, NS.schema + "name", .literal(name))
                add(node, NS.rdfs + "label", label(name))
            }
            if issuerOrganization == nil {
                if let corpusKey {
                    add(node, NS.dcterms + "identifier", .literal(corpusKey))
                    sameAs(node, doc.issuerAuthorities.filter { $0.scheme.identifies(.organization) })
                } else {
                    add(node, NS.dcterms + "identifier", .literal("issuer"))
                    add(node, NS.schema + "name", .literal(issuer.value))
                    add(node, NS.rdfs + "label", label(issuer.value))
                }
            }
            add(document, pro("issuerPrinted"), text(issuer.printed?.text))
            add(document, pro("issuerLine"), int(issuer.printed?.line))
            add(document, pro("issuerCatalogued"), text(issuer.catalogued))
        }
        if let url = doc.sourceURL {
            add(document, NS.schema + "url", .iri(url.value))
            add(document, pro("sourceURLPrinted"), anyURI(url.printed?.text))
            add(document, pro("sourceURLLine"), int(url.printed?.line))
            add(document, pro("sourceURLCatalogued"), anyURI(url.catalogued))
        }
        add(document, NS.foaf + "primaryTopic", .iri(event))
        for (index, (note, key)) in zip(doc.notes, mint.textKeys(doc.notes)).enumerated() {
            lineItem(mint.note(key), ResourceClasses.note, note, index: index + 1)
        }
        for (index, (fragment, key)) in zip(record.residue, mint.textKeys(record.residue)).enumerated() {
            lineItem(mint.residue(key), ResourceClasses.residue, fragment, index: index + 1)
        }
        for (index, (line, key)) in zip(record.printed, mint.textKeys(record.printed)).enumerated() {
            lineItem(mint.printed(key), ResourceClasses.printedLine, line, index: index + 1)
        }

        buildEvent()
        for (index, part) in record.parts.enumerated() { buildPart(part, index: index + 1) }
        for (index, section) in record.sections.enumerated() {
            let node = mint.section(section.id)
            type(node, pro("Section"))
            add(node, NS.dcterms + "identifier", .literal(section.id))
            add(node, NS.dcterms + "isPartOf", .iri(document))
            add(node, pro("sectionKind"), .literal(section.kind.rawValue))
            add(node, pro("position"), int(section.ordinal))
            add(node, NS.rdfs + "label", titled(section.heading))
            add(node, pro("line"), int(section.line))
            add(node, pro("sourceLines"), .iri(mint.lines(section.line, section.line)))
            add(node, pro("index"), int(index + 1))
        }
        for (index, person) in record.persons.enumerated() { buildPerson(person, index: index + 1) }
        for (index, organization) in record.organizations.enumerated() {
            buildOrganization(organization, index: index + 1)
        }
        let roleKeys = mint.participationKeys(record)
        for (index, participation) in record.participations.enumerated() {
            buildParticipation(participation, node: mint.participation(roleKeys[index]), index: index + 1)
        }
        for (index, statement) in record.statements.enumerated() { buildStatement(statement, index: index + 1) }
        buildCorrections()
    }

    /// Each correction is a prov:Activity associated with the person who made it. What it changed
    /// is the record's description of a resource, not the resource: a person was not influenced by
    /// a librarian, her description was. So the record's graph (the prov:Entity that describes)
    /// prov:wasInfluencedBy the activity (prov:wasGeneratedBy would say the correction made it), and
    /// the activity names the resource whose description it changed with proceedings:corrected;
    /// a fact removed leaves no resource, and the document's description is what changed.
    private mutating func buildCorrections() {
        let influenced = mint.correctedResources(record)
        for (index, c) in record.corrections.enumerated() {
            let node = mint.correction(c.id), agent = mint.corrector(c)
            type(node, NS.prov + "Activity", pro("Correction"))
            add(node, NS.dcterms + "identifier", .literal(c.id))
            add(node, pro("correctedFact"), .literal(c.fact.rawValue))
            add(node, pro("line"), int(c.line))
            add(node, pro("sourceLines"), .iri(mint.lines(c.line, c.line)))
            add(node, pro("oldValue"), label(c.old))
            add(node, pro("newValue"), label(c.new))
            add(node, NS.rdfs + "comment", label(c.note))
            add(node, pro("index"), int(index + 1))
            add(node, NS.prov + "wasAssociatedWith", .iri(agent))
            type(agent, NS.prov + "Agent", NS.foaf + "Person")
            add(agent, NS.foaf + "name", .literal(c.by))
            // prov:endedAtTime is an xsd:dateTime: a correction dated by its day alone has the day in dcterms:date.
            if c.date.count > 10 {
                add(node, NS.prov + "endedAtTime", .literal(c.date, datatype: NS.xsd + "dateTime"))
            }
            add(node, NS.dcterms + "date", date(String(c.date.prefix(10))))
            for target in influenced[c.id] ?? [] { add(node, pro("corrected"), .iri(target)) }
            add(graph, NS.prov + "wasInfluencedBy", .iri(node))
        }
    }

    private mutating func lineItem(_ node: String, _ kind: String, _ line: TextLine, index: Int) {
        type(node, kind)
        add(node, NS.dcterms + "isPartOf", .iri(mint.document))
        add(node, NS.rdf + "value", titled(line.text))
        add(node, pro("line"), int(line.line))
        add(node, pro("sourceLines"), .iri(mint.lines(line.line, line.line)))
        add(node, pro("index"), int(index))
    }

    private mutating func buildEvent() {
        let event = mint.event, e = record.event
        type(event, NS.schema + "Event", NS.conf + "OrganisedEvent")
        add(event, NS.foaf + "isPrimaryTopicOf", .iri(mint.document))
        add(event, pro("eventKind"), .literal(e.kind.rawValue))
        add(event, NS.schema + "name", titled(e.title))
        add(event, NS.rdfs + "label", titled(e.title))
        add(event, pro("subtitle"), titled(e.subtitle))
        add(event, pro("titleFirstLine"), int(e.titleSpan.first))
        add(event, pro("titleLastLine"), int(e.titleSpan.last))
        add(event, NS.schema + "startDate", date(e.startDate))
        add(event, NS.schema + "endDate", date(e.endDate))
        add(event, pro("dateLine"), int(e.dateLine))
        add(event, pro("time"), text(e.time))
        add(event, pro("timeLine"), int(e.timeLine))
        if let venue = e.venue {
            add(event, NS.schema + "location", .iri(mint.place))
            type(mint.place, ResourceClasses.venue(of: e))
            if e.isOnline { add(event, NS.schema + "eventAttendanceMode", .iri(NS.schema + "OnlineEventAttendanceMode")) }
            // A place of the corpus is named by its authority entry, alike in every record; what
            // each summary printed ("Tokyo", "Tokyo, Japan") is its event's.
            if let key = mint.corpusKeyOfPlace {
                add(mint.place, NS.dcterms + "identifier", .literal(key))
                sameAs(mint.place, e.venueAuthorities.filter { $0.scheme.identifies(.place) })
                add(mint.place, NS.schema + "name", text(e.venueAuthorityName))
                add(mint.place, NS.rdfs + "label", label(e.venueAuthorityName))
            } else {
                add(mint.place, NS.schema + "name", .literal(venue))
                add(mint.place, NS.rdfs + "label", label(venue))
            }
        }
        // As printed; a corrected venue is the place's name and its proceedings:Correction's newValue.
        add(event, pro("venue"), text(record.asPrinted(.venue, e.venue)))
        add(event, pro("venueLine"), int(e.venueLine))
        add(event, pro("audienceNote"), titled(e.audienceNote))
        add(event, pro("audienceLine"), int(e.audienceLine))
        for participation in record.participations where participation.role == .organizer && participation.partId == nil {
            add(event, NS.schema + "organizer", iri(agent(of: participation)))
        }
    }

    private mutating func buildPart(_ part: EventPart, index: Int) {
        let node = mint.part(part.id), event = mint.event
        type(node, NS.schema + "Event", Self.partClass(part, roles: rolesByPart[part.id] ?? []))
        add(node, NS.dcterms + "identifier", .literal(part.id))
        add(node, pro("partKind"), .literal(part.kind.rawValue))
        add(node, pro("position"), int(part.ordinal))
        add(node, NS.rdfs + "label", titled(part.label))
        add(node, NS.schema + "name", titled(part.title))
        add(node, pro("formatNote"), titled(part.formatNote))
        add(node, pro("firstLine"), int(part.span.first))
        add(node, pro("lastLine"), int(part.span.last))
        add(node, pro("sourceLines"), .iri(mint.lines(part.span.first, part.span.last)))
        add(node, pro("index"), int(index))
        add(node, NS.schema + "superEvent", .iri(event))
        add(node, NS.conf + "isSubEventOf", .iri(event))
        add(event, NS.schema + "subEvent", .iri(node))
        add(event, NS.conf + "hasSubEvent", .iri(node))
    }

    /// The schema.org property a role qualifies: who organised, who attended, who performed.
    static func schemaProperty(of role: Role) -> String {
        switch role {
        case .organizer: NS.schema + "organizer"
        case .participant: NS.schema + "attendee"
        default: NS.schema + "performer"
        }
    }

    /// A part is a session unless its printed heading or format says it is a panel or a talk.
    /// A part that someone moderated or chaired, or that had panelists, is a session however its
    /// heading reads: a talk (the Conference Ontology's) is one presentation.
    static func partClass(_ part: EventPart, roles: Set<Role> = []) -> String {
        let printed = [part.label, part.title ?? "", part.formatNote ?? ""].joined(separator: " ").lowercased()
        let words = Set(printed.split { !$0.isLetter })
        if words.contains("panel") || words.contains("panels") { return NS.conf + "Panel" }
        let conducted = !roles.isDisjoint(with: [.moderator, .chair, .panelist, .commentator, .respondent])
        if !conducted, !words.isDisjoint(with: ["presentation", "talk", "lecture", "speech", "address"]) { return NS.conf + "Talk" }
        return NS.conf + "Session"
    }

    private mutating func buildPerson(_ person: Person, index: Int) {
        let node = mint.person(person.id), mention = mint.personMention(person.id)
        type(node, ResourceClasses.person)
        agent(node, mention: mention, id: person.id, name: person.name, printed: person.printedName,
              corpusKey: mint.corpusKey(person: person.id), authorities: person.authorities, lines: person.lines, index: index)
        // What one summary printed, and how the reader split it, is that summary's: on the mention,
        // never on a person whom other records name too (another may say "Surin" is a given name).
        add(mention, pro("honorificAsPrinted"), text(person.honorific))
        add(mention, pro("givenNameAsPrinted"), text(person.givenName))
        add(mention, pro("familyNameAsPrinted"), text(person.familyName))
        let variantKeys = Ids.distinct(person.variants.map { form in
            let slug = Ids.slug(form, maxWords: 32)
            return slug.isEmpty ? "form" : slug
        })
        for (number, variant) in person.variants.enumerated() {
            let variantNode = mint.variant(ofPerson: person.id, variantKeys[number])
            type(variantNode, pro("NameVariant"))
            add(mention, pro("variant"), .iri(variantNode))
            add(variantNode, NS.rdf + "value", .literal(variant))
            add(variantNode, pro("index"), int(number + 1))
        }
    }

    private mutating func buildOrganization(_ organization: Organization, index: Int) {
        let node = mint.organization(organization.id), mention = mint.organizationMention(organization.id)
        type(node, ResourceClasses.organization)
        agent(node, mention: mention, id: organization.id, name: organization.name, printed: organization.printedName,
              corpusKey: mint.corpusKey(organization: organization.id), authorities: organization.authorities,
              lines: organization.lines, index: index)
    }

    /// A person or organisation and this record's mention of it. One of the corpus is named by its
    /// authority; the name each record prints, and the record's id for it, are the mention's. A
    /// name a correction gave (`printed` is then what the page prints) is the mention's label and
    /// the record's person's name; what was printed stays `nameAsPrinted`.
    private mutating func agent(_ node: String, mention: String, id: String, name: String, printed: String? = nil,
                                corpusKey: String?, authorities: [AuthorityLink], lines: [Int], index: Int) {
        if let corpusKey {
            add(node, NS.dcterms + "identifier", .literal(corpusKey))
        } else {
            add(node, NS.dcterms + "identifier", .literal(id))
            add(node, NS.schema + "name", .literal(name))
            add(node, NS.rdfs + "label", label(name))
        }
        sameAs(node, authorities)
        self.mention(mention, of: node, lines: lines, index: index)
        add(mention, pro("localId"), .literal(id))
        add(mention, pro("nameAsPrinted"), .literal(printed ?? name))
        add(mention, NS.rdfs + "label", label(name))
    }

    private mutating func sameAs(_ node: String, _ links: [AuthorityLink]) {
        for link in links {
            add(node, NS.owl + "sameAs", .iri(link.iri))
            add(node, NS.schema + "sameAs", .iri(link.iri))
        }
    }

    /// A person or organisation as this record names it: where, and in which position of the record.
    /// Kept apart from the corpus-wide resource so that lines of two records never mix in a store.
    private mutating func mention(_ node: String, of entity: String, lines: [Int], index: Int) {
        type(node, pro("Mention"))
        add(node, pro("mentionOf"), .iri(entity))
        add(node, NS.dcterms + "isPartOf", .iri(mint.document))
        add(node, pro("index"), int(index))
        for line in lines {
            add(node, pro("line"), int(line))
            add(node, pro("sourceLines"), .iri(mint.lines(line, line)))
        }
    }

    private func agent(of participation: Participation) -> String? {
        if let person = participation.personId { return mint.person(person) }
        return participation.organizationId.map(mint.organization)
    }

    private mutating func buildParticipation(_ participation: Participation, node: String, index: Int) {
        let during = participation.partId.map(mint.part) ?? mint.event, holder = agent(of: participation)
        type(node, NS.conf + "RoleDuringEvent", NS.schema + "Role")
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
        guard participation.namesAffiliation else { return }
        let affiliation = mint.affiliation(of: node)
        add(node, pro("affiliation"), .iri(affiliation))
        type(affiliation, NS.conf + "AffiliationDuringEvent")
        add(affiliation, NS.conf + "isAffiliationOf", iri(participation.personId.map(mint.person)))
        add(affiliation, NS.conf + "withOrganisation", iri(participation.affiliatedOrganization.map(mint.organization)))
        add(affiliation, NS.conf + "during", .iri(during))
        add(affiliation, NS.rdfs + "label", titled(participation.affiliation))
        add(affiliation, pro("line"), int(participation.line))
        add(affiliation, NS.prov + "wasDerivedFrom", .iri(mint.document))
    }

    private mutating func buildStatement(_ statement: Statement, index: Int) {
        let node = mint.statement(statement.id)
        type(node, pro("Statement"))
        add(node, NS.dcterms + "identifier", .literal(statement.id))
        add(node, NS.schema + "text", titled(statement.text))
        // The words are the summary's, so its issuer's; the speaker is the one reported, never the author.
        if record.document.issuer != nil { add(node, NS.prov + "wasAttributedTo", .iri(issuerNode)) }
        if let speaker = statement.speakerId {
            add(node, pro("speaker"), .iri(mint.person(speaker)))
            let attribution = mint.attribution(ofStatement: statement.id)
            add(node, NS.prov + "qualifiedAttribution", .iri(attribution))
            type(attribution, NS.prov + "Attribution")
            add(attribution, NS.prov + "agent", .iri(mint.person(speaker)))
            add(attribution, NS.prov + "hadRole", .iri(NS.pro + "reportedSpeaker"))
        }
        // A passage is part of the summary, and reports on a part of the programme.
        add(node, NS.dcterms + "isPartOf", .iri(mint.document))
        add(node, pro("reportsOn"), iri(statement.partId.map(mint.part)))
        add(node, pro("section"), iri(statement.sectionId.map(mint.section)))
        add(node, pro("position"), int(statement.ordinal))
        add(node, pro("statementKind"), .literal(statement.kind.rawValue))
        add(node, pro("form"), .literal(statement.form.rawValue))
        add(node, pro("level"), int(statement.level))
        add(node, pro("enumerator"), statement.enumerator.map { .literal($0) })
        add(node, pro("reportedSpeech"), bool(statement.reportedSpeech))
        add(node, pro("firstLine"), int(statement.span.first))
        add(node, pro("lastLine"), int(statement.span.last))
        add(node, pro("sourceLines"), .iri(mint.lines(statement.span.first, statement.span.last)))
        add(node, pro("index"), int(index))
        add(node, NS.prov + "wasDerivedFrom", .iri(mint.document))
    }
}
