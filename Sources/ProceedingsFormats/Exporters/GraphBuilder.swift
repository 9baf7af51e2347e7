import Foundation

/// One record's graph, statement by statement, in the profile README.md describes; the parts of
/// the record each have a file (`+Events`, `+Agents`).
struct GraphBuilder {
    let record: Record
    let mint: Minter
    let generatedAt: Date?
    var statements: [RDFStatement] = []
    /// The roles held during each part, which say whether it is a session or a talk.
    let rolesByPart: [String: Set<Role>]

    init(record: Record, mint: Minter, generatedAt: Date?) {
        self.record = record
        self.mint = mint
        self.generatedAt = generatedAt
        rolesByPart = Self.rolesByPart(of: record)
    }

    static func rolesByPart(of record: Record) -> [String: Set<Role>] {
        var roles: [String: Set<Role>] = [:]
        for participation in record.participations {
            if let part = participation.partId { roles[part, default: []].insert(participation.role) }
        }
        return roles
    }

    var graph: String { mint.graph }

    mutating func add(_ subject: String, _ predicate: String, _ object: RDFTerm?) {
        guard let object else { return }
        statements.append(RDFStatement(.iri(subject), predicate, object, graph: graph))
    }

    mutating func type(_ subject: String, _ classes: String...) { type(subject, classes) }

    mutating func type(_ subject: String, _ classes: [String]) {
        for type in classes { add(subject, NS.type, .iri(type)) }
    }

    func text(_ value: String?) -> RDFTerm? { value.map { .literal($0) } }
    func int(_ value: Int?) -> RDFTerm? { value.map { .literal(String($0), datatype: NS.xsd + "integer") } }
    func bool(_ value: Bool) -> RDFTerm { .literal(value ? "true" : "false", datatype: NS.xsd + "boolean") }
    func iri(_ value: String?) -> RDFTerm? { value.map { .iri($0) } }
    func anyURI(_ value: String?) -> RDFTerm? { value.map { .literal($0, datatype: NS.xsd + "anyURI") } }

    /// ISO 8601 as precise as printed: a day is an `xsd:date`, a month `xsd:gYearMonth`, a year `xsd:gYear`.
    func date(_ value: String?) -> RDFTerm? {
        guard let value else { return nil }
        guard let precision = DatePrecision(value) else { return .literal(value) }
        return .literal(value, datatype: NS.xsd + precision.datatype)
    }

    func pro(_ name: String) -> String { NS.pro + name }

    var issuerOrganization: String? { mint.issuerOrganization }
    var issuerNode: String { mint.publisher }

    /// A title, heading or passage is text in the document's language.
    func titled(_ value: String?) -> RDFTerm? {
        guard let value else { return nil }
        let language = record.document.language
        return .literal(value, language: language.isEmpty ? nil : language)
    }

    func label(_ value: String?) -> RDFTerm? {
        guard let value, !value.isEmpty else { return nil }
        return .literal(value)
    }

    mutating func build() {
        let document = mint.document, event = mint.event
        type(graph, NS.prov + "Entity")
        // The tool's words, in English whatever the record's language.
        add(graph, NS.rdfs + "label", .literal(ResourceLabels.graph(of: record), language: "en"))
        add(graph, NS.prov + "wasDerivedFrom", .iri(document))
        add(graph, NS.prov + "wasAttributedTo", .iri(Minter.tool))
        // The version of the vocabulary the graph was written against, which is not the tool's (ProjectVocabulary).
        add(graph, NS.dcterms + "conformsTo", .iri(LinkedData.vocabularyVersionIRI))
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
        add(document, pro("issuedAsRead"), date(record.asPrinted(.issued, doc.issued)))
        add(document, pro("issuedLine"), int(doc.issuedLine))
        // dcterms:type takes a class; the type as printed ("Chair's Summary") is the project's term.
        add(document, NS.dcterms + "type", .iri(NS.dcmitype + "Text"))
        // The type in force, as the title is; the page's words stay beside it.
        add(document, pro("documentType"), text(doc.documentType))
        add(document, pro("documentTypeAsPrinted"), text(record.asPrinted(.documentType, doc.documentType)))
        add(document, pro("documentTypeLine"), int(doc.documentTypeLine))
        add(document, NS.dcterms + "language", LinkedData.languageIRI(doc.language).map { .iri($0) }
            ?? .literal(doc.language, datatype: NS.xsd + "language"))
        add(document, pro("sourceFile"), .literal(doc.sourceFile))
        add(document, NS.dcterms + "source", iri(doc.sourceURL?.value))
        // The file itself, with its checksum as DCAT 3 gives one (SPDX).
        add(document, NS.dcterms + "hasFormat", .iri(mint.text))
        type(mint.text, NS.dcmitype + "Text")
        add(mint.text, NS.dcterms + "isFormatOf", .iri(document))
        // dcterms:format takes a dcterms:MediaTypeOrExtent, a resource: the media type as IANA names it.
        add(mint.text, NS.dcterms + "format", .iri(LinkedData.plainTextMediaType))
        add(mint.text, NS.rdfs + "label", .literal(doc.sourceFile))
        let checksum = mint.text + "/checksum"
        add(mint.text, NS.spdx + "checksum", .iri(checksum))
        type(checksum, NS.spdx + "Checksum")
        add(checksum, NS.rdfs + "label", .literal(ResourceLabels.checksum(of: doc.sourceFile)))
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
            if corpusKey == nil { add(node, NS.foaf + "name", titled(issuer.value)) }
            if let corpusKey {
                add(node, NS.schema + "name", text(doc.issuerAuthorityName))
                add(node, NS.rdfs + "label", label(doc.issuerAuthorityName ?? corpusKey))
            }
            if issuerOrganization == nil {
                if let corpusKey {
                    add(node, NS.dcterms + "identifier", .literal(corpusKey))
                    sameAs(node, doc.issuerAuthorities.filter { $0.scheme.identifies(.organization) })
                } else {
                    add(node, NS.dcterms + "identifier", .literal("issuer"))
                    add(node, NS.schema + "name", titled(issuer.value))
                    add(node, NS.rdfs + "label", issuer.value.isEmpty ? nil : titled(issuer.value))
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
        buildRemovedRoles()
    }

    /// Each correction is a prov:Activity associated with the person who made it. What it changed
    /// is the record's description of a resource, not the resource: a person was not influenced by
    /// a librarian, her description was. So the record's graph (the prov:Entity that describes)
    /// prov:wasInfluencedBy the activity (prov:wasGeneratedBy would say the correction made it), and
    /// the activity names the resource whose description it changed with proceedings:corrected;
    /// a fact removed leaves no resource, and the document's description is what changed.
    mutating func buildCorrections() {
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

    mutating func lineItem(_ node: String, _ kind: String, _ line: TextLine, index: Int) {
        type(node, kind)
        add(node, NS.dcterms + "isPartOf", .iri(mint.document))
        add(node, NS.rdf + "value", titled(line.text))
        add(node, NS.rdfs + "label", titled(line.text))
        add(node, pro("line"), int(line.line))
        add(node, pro("sourceLines"), .iri(mint.lines(line.line, line.line)))
        add(node, pro("index"), int(index))
    }
}
