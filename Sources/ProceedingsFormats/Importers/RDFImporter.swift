extension LinkedData {
    /// Reads back a graph written by `export`, in any of the three syntaxes. Syntax errors are
    /// findings with line and column (rule `rdf-syntax`); a graph that is not in the profile gives
    /// findings of rule `rdf` naming the resource. The record is nil whenever there is an error.
    public static func importRecord(_ bytes: [UInt8], syntax: RDFSyntax, fileName: String) -> (Record?, [Finding]) {
        let (statements, syntaxFindings) = Serd.read(bytes, syntax: syntax, fileName: fileName)
        if syntaxFindings.hasErrors { return (nil, syntaxFindings) }
        return importRecord(statements, syntaxFindings: syntaxFindings, fileName: fileName)
    }

    /// The record of statements already read, for a caller that looks at them first.
    static func importRecord(_ statements: [RDFStatement], syntaxFindings: [Finding], fileName: String) -> (Record?, [Finding]) {
        let reader = GraphReader(statements, fileName: fileName)
        let record = reader.record()
        let findings = syntaxFindings + reader.findings
        return (findings.hasErrors ? nil : record, findings)
    }
}

/// Values read after a problem may be placeholders; any error discards the record.
final class GraphReader {
    let fileName: String
    private(set) var findings: [Finding] = []
    private(set) var properties: [String: [String: [RDFTerm]]] = [:]
    private(set) var types: [String: Set<String>] = [:]

    init(_ statements: [RDFStatement], fileName: String) {
        self.fileName = fileName
        for statement in statements {
            guard case .iri(let subject) = statement.subject else { continue }
            properties[subject, default: [:]][statement.predicate, default: []].append(statement.object)
            if statement.predicate == NS.type, case .iri(let type) = statement.object {
                types[subject, default: []].insert(type)
            }
        }
    }

    func pro(_ name: String) -> String { NS.pro + name }

    func record() -> Record? {
        let documents = nodes(ofType: NS.foaf + "Document").filter { properties[$0]?[NS.dcterms + "identifier"] != nil }
        guard documents.count == 1, let document = documents.first else {
            problem(nil, documents.isEmpty ? "no foaf:Document with a dcterms:identifier: not a graph of this profile"
                                           : "more than one document: \(documents.joined(separator: ", "))")
            return nil
        }
        guard let event = iri(document, NS.foaf + "primaryTopic") else { return nil }
        let id = string(document, NS.dcterms + "identifier")

        let parts = ordered(subEvents(of: event))
        let sections = ordered(nodes(ofType: pro("Section")))
        let mentions = ordered(nodes(ofType: pro("Mention")))
        let personMentions = mentions.filter { types[iri($0, pro("mentionOf")) ?? ""]?.contains(NS.schema + "Person") == true }
        let organizationMentions = mentions.filter {
            types[iri($0, pro("mentionOf")) ?? ""]?.contains(NS.schema + "Organization") == true
        }
        if personMentions.count + organizationMentions.count != mentions.count {
            problem(nil, "a proceedings:Mention names neither a schema:Person nor a schema:Organization")
        }
        let partIds = Dictionary(parts.map { ($0, string($0, NS.dcterms + "identifier")) }, uniquingKeysWith: { a, _ in a })
        let sectionIds = Dictionary(sections.map { ($0, string($0, NS.dcterms + "identifier")) }, uniquingKeysWith: { a, _ in a })
        var agentIds: [String: String] = [:]
        for mention in mentions {
            // The record's own id is the mention's; a person of the corpus is identified by its authority.
            if let entity = iri(mention, pro("mentionOf")) {
                agentIds[entity] = optionalString(mention, pro("localId")) ?? string(entity, NS.dcterms + "identifier")
            }
        }

        func reference(_ node: String, _ predicate: String, in ids: [String: String], what: String) -> String? {
            guard let target = iri(node, predicate, required: false) else { return nil }
            guard let id = ids[target] else {
                problem(node, "\(short(predicate)) names <\(target)>, which is no \(what) of this record")
                return nil
            }
            return id
        }

        // A resource of the corpus, outside the record's IRIs, is named by its authority entry.
        func ofCorpus(_ node: String) -> Bool { !node.hasPrefix(String(document.dropLast("document".count))) }
        let persons = personMentions.map { mention -> Person in
            let node = iri(mention, pro("mentionOf")) ?? ""
            let variants = ordered(iris(mention, pro("variant"))).map { string($0, NS.rdf + "value") }
            // A name a correction gave is the mention's label; the name as printed stays as printed.
            let printed = string(mention, pro("nameAsPrinted"))
            let name = optionalString(mention, NS.rdfs + "label") ?? printed
            return Person(id: agentIds[node] ?? "", name: name, printedName: name == printed ? nil : printed, variants: variants,
                          honorific: optionalString(mention, pro("honorificAsPrinted")),
                          givenName: optionalString(mention, pro("givenNameAsPrinted")),
                          familyName: optionalString(mention, pro("familyNameAsPrinted")),
                          lines: ints(mention, pro("line")), authorities: authorities(node, kind: .person),
                          authorityName: ofCorpus(node) ? optionalString(node, NS.schema + "name") : nil)
        }
        let organizations = organizationMentions.map { mention -> Organization in
            let node = iri(mention, pro("mentionOf")) ?? ""
            let printed = string(mention, pro("nameAsPrinted"))
            let name = optionalString(mention, NS.rdfs + "label") ?? printed
            return Organization(id: agentIds[node] ?? "", name: name, printedName: name == printed ? nil : printed,
                                lines: ints(mention, pro("line")), authorities: authorities(node, kind: .organization),
                                authorityName: ofCorpus(node) ? optionalString(node, NS.schema + "name") : nil)
        }
        let personIds = agentIds.filter { types[$0.key]?.contains(NS.schema + "Person") == true }
        let organizationIds = agentIds.filter { types[$0.key]?.contains(NS.schema + "Organization") == true }

        let participations = ordered(nodes(ofType: NS.conf + "RoleDuringEvent")).map { node -> Participation in
            var participation = Participation(role: role(node), roleAsPrinted: optionalString(node, pro("roleAsPrinted")),
                                              line: int(node, pro("line")))
            if let during = iri(node, NS.conf + "during"), during != event {
                participation.partId = partIds[during]
                if participation.partId == nil { problem(node, "conf:during names <\(during)>, which is no part of this event") }
            }
            if let agent = iri(node, NS.conf + "isHeldBy", required: false) {
                if let person = personIds[agent] {
                    participation.personId = person
                } else if let organization = organizationIds[agent] {
                    participation.organizationId = organization
                } else {
                    problem(node, "conf:isHeldBy names <\(agent)>, which is no person or organisation of this record")
                }
            }
            if let affiliation = iri(node, pro("affiliation"), required: false) {
                participation.affiliation = optionalString(affiliation, NS.rdfs + "label")
                if let organization = reference(affiliation, NS.conf + "withOrganisation", in: organizationIds, what: "organisation") {
                    participation.organizationId = organization
                }
            }
            return participation
        }

        let statements = ordered(nodes(ofType: pro("Statement"))).map { node -> Statement in
            Statement(id: string(node, NS.dcterms + "identifier"),
                      partId: reference(node, pro("reportsOn"), in: partIds, what: "part"),
                      sectionId: reference(node, pro("section"), in: sectionIds, what: "section"),
                      // A graph of vocabulary 0.3.0 or earlier qualified the speaker as an attribution.
                      speakerId: (iri(node, NS.prov + "qualifiedInfluence", required: false) ?? iri(node, NS.prov + "qualifiedAttribution", required: false))
                          .flatMap { reference($0, NS.prov + "agent", in: personIds, what: "person") },
                      kind: value(node, pro("statementKind")), form: value(node, pro("form")), level: int(node, pro("level")),
                      // Vocabulary 0.4.0 and earlier repeated the index as proceedings:position.
                      ordinal: optionalInt(node, pro("position")) ?? int(node, pro("index")), text: string(node, NS.schema + "text"),
                      reportedSpeech: bool(node, pro("reportedSpeech")),
                      span: SourceSpan(int(node, pro("firstLine")), int(node, pro("lastLine"))),
                      enumerator: optionalString(node, pro("enumerator")))
        }

        let symbol = optionalString(document, pro("symbol")).map { TextLine(text: $0, line: int(document, pro("symbolLine"))) }
        let issuer = sourceFact(document, "issuer", check: { $0.isEmpty ? "an issuer is never empty" : nil })
        let sourceURL = sourceFact(document, "sourceURL", check: SourceURL.problem)
        // The values in effect, in common vocabularies, are derived: they must agree with the record's.
        let publisher = iri(document, NS.dcterms + "publisher", required: false)
        var issuerAuthorities: [AuthorityLink] = []
        var issuerAuthorityName: String?
        if (publisher == nil) != (issuer == nil) {
            problem(document, issuer == nil ? "dcterms:publisher without proceedings:issuerPrinted or proceedings:issuerCatalogued"
                                            : "proceedings:issuerPrinted or proceedings:issuerCatalogued without dcterms:publisher")
        } else if let publisher, let issuer {
            if let name = optionalString(publisher, NS.foaf + "name"), name != issuer.value {
                problem(publisher, "foaf:name is not the issuer in effect, \"\(issuer.value)\"")
            }
            // The issuer has the links of its node: the organisation of the record that it is by
            // name, or the corpus's that the authority table identified, mentioned or not.
            issuerAuthorities = authorities(publisher, kind: .organization)
            // Only an organisation of the corpus has its authority entry's name; one of the record has its own.
            if !issuerAuthorities.isEmpty { issuerAuthorityName = optionalString(publisher, NS.schema + "name") }
        }
        if iri(document, NS.schema + "url", required: false) != sourceURL?.value {
            problem(document, "schema:url is not the source URL in effect" + (sourceURL.map { ", <\($0.value)>" } ?? ""))
        }
        let recordDocument = Document(
            sourceFile: string(document, pro("sourceFile")), sha256: checksum(document),
            language: language(document),
            documentType: optionalString(document, pro("documentTypeAsPrinted")) ?? optionalString(document, pro("documentType")),
            documentTypeLine: optionalInt(document, pro("documentTypeLine")),
            issued: optionalString(document, NS.dcterms + "issued"), issuedLine: optionalInt(document, pro("issuedLine")),
            notes: ordered(nodes(ofType: pro("Note"))).map(textLine), symbol: symbol, issuer: issuer,
            sourceURL: sourceURL, issuerAuthorities: issuerAuthorities, issuerAuthorityName: issuerAuthorityName)
        let place = iri(event, NS.schema + "location", required: false)
        let venueAuthorities = place.map { authorities($0, kind: .place) } ?? []
        let recordEvent = Event(
            kind: value(event, pro("eventKind")), title: string(event, NS.schema + "name"),
            subtitle: optionalString(event, pro("subtitle")),
            titleSpan: SourceSpan(int(event, pro("titleFirstLine")), int(event, pro("titleLastLine"))),
            startDate: optionalString(event, NS.schema + "startDate"), endDate: optionalString(event, NS.schema + "endDate"),
            dateLine: optionalInt(event, pro("dateLine")), time: optionalString(event, pro("time")),
            timeLine: optionalInt(event, pro("timeLine")),
            // The corrections are replayed below on the venue as printed: venueAsPrinted, or in a graph
            // of the previous release proceedings:venue, and in older ones only the place's name. A
            // venue the page did not print is proceedings:venue's alone, and no correction finds it.
            venue: optionalString(event, pro("venueAsPrinted")) ?? optionalString(event, pro("venue")) ?? place.map { string($0, NS.schema + "name") },
            venueLine: optionalInt(event, pro("venueLine")), audienceNote: optionalString(event, pro("audienceNote")),
            audienceLine: optionalInt(event, pro("audienceLine")),
            venueAuthorities: venueAuthorities,
            venueAuthorityName: venueAuthorities.isEmpty ? nil : place.flatMap { optionalString($0, NS.schema + "name") })
        let (record, looped) = Record(
            id: id, document: recordDocument, event: recordEvent,
            parts: parts.map { node in
                EventPart(id: partIds[node] ?? "", kind: value(node, pro("partKind")), ordinal: int(node, pro("position")),
                          label: string(node, NS.rdfs + "label"), title: optionalString(node, NS.schema + "name"),
                          formatNote: optionalString(node, pro("formatNote")),
                          span: SourceSpan(int(node, pro("firstLine")), int(node, pro("lastLine"))),
                          parentId: iri(node, NS.conf + "isSubEventOf", required: false).flatMap { partIds[$0] })
            },
            sections: sections.map { node in
                Section(id: sectionIds[node] ?? "", kind: value(node, pro("sectionKind")), ordinal: int(node, pro("position")),
                        heading: string(node, NS.rdfs + "label"), line: int(node, pro("line")))
            },
            persons: persons, organizations: organizations, participations: participations, statements: statements,
            residue: ordered(nodes(ofType: pro("Residue"))).map(textLine),
            printed: ordered(nodes(ofType: pro("PrintedLine"))).map(textLine),
            corrections: corrections(agentIds: agentIds),
            removedRoles: removedRoles(event: event, partIds: partIds, personIds: personIds, organizationIds: organizationIds))
            .withCorrectedReadings().withoutPartLoops()
        for node in parts where looped.contains(partIds[node] ?? "") {
            findings.append(Finding(file: fileName, rule: .partParent,
                                    message: "<\(node)>: the part is given in itself through conf:isSubEventOf; read as a part of the event"))
        }
        return record
    }

    /// `proceedings:<name>Printed` with `proceedings:<name>Line`, and `proceedings:<name>Catalogued`.
    func sourceFact(_ node: String, _ name: String, check: (String) -> String?) -> SourceFact? {
        let printed = optionalString(node, pro(name + "Printed"))
        let line = optionalInt(node, pro(name + "Line"))
        if (printed == nil) != (line == nil) { problem(node, "proceedings:\(name)Printed and proceedings:\(name)Line go together") }
        let catalogued = optionalString(node, pro(name + "Catalogued"))
        for value in [printed, catalogued].compactMap({ $0 }) {
            if let reason = check(value) { problem(node, reason) }
        }
        return SourceFact(printed: printed.flatMap { text in line.map { TextLine(text: text, line: $0) } },
                          catalogued: catalogued)
    }

    func textLine(_ node: String) -> TextLine {
        TextLine(text: string(node, NS.rdf + "value"), line: int(node, pro("line")))
    }

    /// The roles are a closed list: an IRI outside the scheme is reported, never guessed.
    func role(_ node: String) -> Role {
        guard let iri = iri(node, NS.conf + "withRole") else { return .participant }
        guard iri.hasPrefix(NS.role), let role = Role(rawValue: String(iri.dropFirst(NS.role.count))) else {
            problem(node, "conf:withRole <\(iri)> is not a role of \(LinkedData.roleScheme)")
            return .participant
        }
        return role
    }

    /// Authority IRIs back to links in normal form; an IRI of no known authority, or of one that
    /// cannot name a thing of `kind`, is reported.
    func authorities(_ node: String, kind: AuthorityKind? = nil) -> [AuthorityLink] {
        let owl = iris(node, NS.owl + "sameAs"), schema = iris(node, NS.schema + "sameAs")
        if Set(owl) != Set(schema) { problem(node, "owl:sameAs and schema:sameAs differ") }
        return Set(owl).compactMap { iri -> AuthorityLink? in
            for scheme in AuthorityScheme.allCases {
                guard case .success(let link) = AuthorityLink.parse(iri, scheme: scheme), link.iri == iri else { continue }
                if let kind, !scheme.identifies(kind) {
                    problem(node, "owl:sameAs <\(iri)>: \(scheme.titleWithArticle) identifier cannot name \(kind.withArticle)")
                    return nil
                }
                return link
            }
            problem(node, "owl:sameAs <\(iri)> is not the IRI of a known authority record")
            return nil
        }.sorted()
    }

    // MARK: Access

    func nodes(ofType type: String) -> [String] {
        types.filter { $0.value.contains(type) }.map(\.key).sorted()
    }

    /// List items in their record's order, which `proceedings:index` keeps.
    func ordered(_ nodes: [String]) -> [String] {
        nodes.map { ($0, int($0, pro("index"))) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }

    func objects(_ node: String, _ predicate: String) -> [RDFTerm] {
        properties[node]?[predicate] ?? []
    }

    func single(_ node: String, _ predicate: String, required: Bool) -> RDFTerm? {
        let values = Array(Set(objects(node, predicate)))
        if values.count > 1 { problem(node, "more than one \(short(predicate))") }
        if values.isEmpty, required { problem(node, "lacks \(short(predicate))") }
        return values.count == 1 ? values[0] : nil
    }

    func iri(_ node: String, _ predicate: String, required: Bool = true) -> String? {
        guard let term = single(node, predicate, required: required) else { return nil }
        guard case .iri(let iri) = term else {
            problem(node, "\(short(predicate)) must be an IRI")
            return nil
        }
        return iri
    }

    func iris(_ node: String, _ predicate: String) -> [String] {
        objects(node, predicate).compactMap { term in
            if case .iri(let iri) = term { return iri }
            problem(node, "\(short(predicate)) must be an IRI")
            return nil
        }
    }

    /// The document's BCP 47 tag: the one its title carries, which keeps a region or script
    /// that the ISO 639 resource of `dcterms:language` leaves out.
    func language(_ document: String) -> String {
        if case .literal(_, _, let tag?)? = single(document, NS.dcterms + "title", required: false) { return tag }
        guard let term = single(document, NS.dcterms + "language", required: true) else { return "" }
        switch term {
        case .iri(let iri) where iri.hasPrefix(NS.iso639_1) || iri.hasPrefix(NS.iso639_2):
            return String(iri.split(separator: "/").last ?? "")
        case .literal(let tag, _, _):
            return tag
        default:
            problem(document, "dcterms:language must be an ISO 639 language of id.loc.gov or a language tag")
            return ""
        }
    }

    /// The SHA-256 of the text the document has as its format (SPDX, as DCAT 3).
    func checksum(_ document: String) -> String {
        let sha256 = NS.spdx + "checksumAlgorithm_sha256"
        for text in iris(document, NS.dcterms + "hasFormat") {
            for checksum in iris(text, NS.spdx + "checksum") where iri(checksum, NS.spdx + "algorithm", required: false) == sha256 {
                return string(checksum, NS.spdx + "checksumValue")
            }
        }
        problem(document, "no SHA-256 of its text: dcterms:hasFormat with an spdx:checksum")
        return ""
    }

    func optionalString(_ node: String, _ predicate: String) -> String? {
        guard let term = single(node, predicate, required: false) else { return nil }
        guard let text = term.lexicalForm else {
            problem(node, "\(short(predicate)) must be a literal")
            return nil
        }
        return text
    }

    func string(_ node: String, _ predicate: String) -> String {
        guard let term = single(node, predicate, required: true) else { return "" }
        guard let text = term.lexicalForm else {
            problem(node, "\(short(predicate)) must be a literal")
            return ""
        }
        return text
    }

    func integer(_ node: String, _ predicate: String, _ term: RDFTerm) -> Int? {
        guard let text = term.lexicalForm, let value = Int(text) else {
            problem(node, "\(short(predicate)) is not an integer")
            return nil
        }
        return value
    }

    func optionalInt(_ node: String, _ predicate: String) -> Int? {
        single(node, predicate, required: false).flatMap { integer(node, predicate, $0) }
    }

    func int(_ node: String, _ predicate: String) -> Int {
        single(node, predicate, required: true).flatMap { integer(node, predicate, $0) } ?? 0
    }

    /// Line numbers form a set in RDF; the model keeps them ascending.
    func ints(_ node: String, _ predicate: String) -> [Int] {
        Array(Set(objects(node, predicate).compactMap { integer(node, predicate, $0) })).sorted()
    }

    func bool(_ node: String, _ predicate: String) -> Bool {
        switch string(node, predicate) {
        case "true", "1": return true
        case "false", "0": return false
        case let text:
            problem(node, "\(short(predicate)) is not a boolean: \"\(text)\"")
            return false
        }
    }

    func value<E: RawRepresentable & CaseIterable>(_ node: String, _ predicate: String) -> E where E.RawValue == String {
        let text = string(node, predicate)
        guard let value = E(rawValue: text) else {
            problem(node, "\(short(predicate)) has unknown value \"\(text)\"; expected one of "
                + E.allCases.map(\.rawValue).joined(separator: ", "))
            return E.allCases.first!
        }
        return value
    }

    func short(_ iri: String) -> String { NS.curie(iri) ?? "<\(iri)>" }

    func problem(_ node: String?, _ message: String) {
        findings.append(Finding(file: fileName, severity: .error, rule: .rdf,
                                message: node.map { "<\($0)>: \(message)" } ?? message))
    }
}
