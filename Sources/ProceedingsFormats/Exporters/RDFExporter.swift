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
    /// The media type of the texts the records are read from, as IANA names it.
    public static let plainTextMediaType = "https://www.iana.org/assignments/media-types/text/plain"

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
        let scheme = RDFTerm.iri(roleScheme), vann = LinkedData.vann
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
            // The prefix the data uses for the concepts (role:moderator), as the vocabulary gives its own.
            RDFStatement(scheme, vann + "preferredNamespacePrefix", .literal("role")),
            RDFStatement(scheme, vann + "preferredNamespaceUri", .literal(roleNamespace)),
            RDFStatement(scheme, NS.dcterms + "creator", .iri(LinkedData.vocabularyMaintainers)),
        ]
        for role in Role.allCases {
            let concept = RDFTerm.iri(roleIRI(role))
            statements += [
                // A concept of the scheme, and what conf:withRole names: a conf:Role.
                RDFStatement(concept, NS.type, .iri(NS.skos + "Concept")),
                RDFStatement(concept, NS.type, .iri(NS.conf + "Role")),
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
        return try Serd.write(sorted(statements), syntax: .turtle, prefixes: NS.prefixes + [("vann", vann)])
    }

    /// The line of the shapes that lists the roles a `conf:withRole` may name comes after this one.
    public static let shapesRolesMarker = "# The concepts of the roles scheme (Schemas/roles.ttl), written from the code by `make samples`."

    /// The shapes with their list of roles written from the roles scheme's concepts, as
    /// `roleSchemeTurtle` writes them, so that neither can name a role the other lacks: the line
    /// after `shapesRolesMarker` is an `sh:in` of every concept, in the scheme's order. Nil when the
    /// shapes have no such line.
    public static func shapes(withRolesOf shapes: String) -> String? {
        var lines = shapes.components(separatedBy: "\n")
        guard let marker = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == shapesRolesMarker }),
              marker + 1 < lines.count, let start = lines[marker + 1].range(of: "sh:in ("),
              let end = lines[marker + 1].range(of: ")", range: start.upperBound..<lines[marker + 1].endIndex) else { return nil }
        let concepts = Role.allCases.map { "<\(roleIRI($0))>" }.joined(separator: " ")
        lines[marker + 1].replaceSubrange(start.lowerBound..<end.upperBound, with: "sh:in ( \(concepts) )")
        return lines.joined(separator: "\n")
    }

    /// How each role relates to ScholarlyData's: the same (`exactMatch`), nearly (`closeMatch`), or
    /// a kind of it (`broadMatch`). An organiser or a message's author held no role in a session.
    static func scholarlyDataMapping(_ role: Role) -> (String, String)? {
        switch role {
        // A chair the summaries print chairs the whole meeting as often as a session: close, not the same.
        case .chair: ("closeMatch", "session-chair")
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
    package static func sorted(_ statements: [RDFStatement]) -> [RDFStatement] {
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
