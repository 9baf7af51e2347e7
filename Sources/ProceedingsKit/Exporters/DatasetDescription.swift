import Foundation

/// What the linked data of a run is, for the catalogue of a knowledge graph: a VoID and DCAT 3
/// description (`dataset/description.ttl`, apart from the records' files so that `DIR/*.ttl` stays
/// the records) with its title, publisher, licence, the shapes it conforms to, one
/// subset per record's named graph with its size, the run that generated them, and one linkset per
/// authority it links to with its count.
///
/// It is gathered record by record as a run streams and says nothing about the order of the run:
/// the run's IRI is a digest of the records it converted (their ids and the SHA-256 of their
/// sources) and of the tool's version, so the same collection gives the same bytes.
public struct DatasetDescription: Sendable {
    public static let directory = "dataset"
    public static let fileName = "description.ttl"
    public static var path: String { directory + "/" + fileName }
    public static let defaultTitle = "Summaries of proceedings as linked data"

    public var base: String
    public var title: String
    public var license: String?
    public var publisher: String?

    private struct Graph: Sendable {
        var recordId: String
        var sha256: String
        var triples: Int
    }
    private var graphs: [String: Graph] = [:]
    /// Distinct `owl:sameAs` links per authority.
    private var links: [AuthorityScheme: Set<String>] = [:]
    /// The namespaces of the predicates and classes the graphs use.
    private var vocabularies: Set<String> = []

    public init(base: String = LinkedData.defaultBase, title: String, license: String? = nil, publisher: String? = nil) {
        self.base = base
        self.title = title
        self.license = license
        self.publisher = publisher
    }

    /// Notes one record's graph, as `LinkedData.statements` gives it.
    public mutating func add(_ record: Record, statements: [RDFStatement]) {
        graphs[LinkedData.graphIRI(of: record, base: base)] =
            Graph(recordId: record.id, sha256: record.document.sha256, triples: statements.count)
        for statement in statements {
            vocabularies.insert(Self.namespace(statement.predicate))
            guard case .iri(let object) = statement.object else { continue }
            if statement.predicate == NS.type {
                vocabularies.insert(Self.namespace(object))
            } else if statement.predicate == NS.owl + "sameAs", case .iri(let subject) = statement.subject,
                      let scheme = AuthorityScheme.allCases.first(where: { object.hasPrefix($0.uriSpace) }) {
                links[scheme, default: []].insert(subject + " " + object)
            }
        }
    }

    public var isEmpty: Bool { graphs.isEmpty }

    /// An IRI's namespace: up to its last `#` or `/`.
    static func namespace(_ iri: String) -> String {
        guard let end = iri.lastIndex(where: { $0 == "#" || $0 == "/" }) else { return iri }
        return String(iri[...end])
    }

    /// `{base}dataset`: the dataset, the same whatever the run; `{base}dataset/{digest}` is this
    /// version of it, named by the records it holds, whatever the order of the run.
    public var iri: String { base + "dataset" }

    private var digest: String {
        Ids.digest((["proceedings \(version)"] + graphs.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.sha256)" })
            .joined(separator: "\n") + "\n", bytes: 8)
    }

    public func statements() -> [RDFStatement] {
        let digest = self.digest
        let dataset = iri + "/" + digest, run = dataset + "/run"
        let summaries = "\(graphs.count) summar\(graphs.count == 1 ? "y" : "ies")"
        var result: [RDFStatement] = []
        func add(_ subject: String, _ predicate: String, _ object: RDFTerm) {
            result.append(RDFStatement(.iri(subject), predicate, object))
        }
        func count(_ value: Int) -> RDFTerm { .literal(String(value), datatype: NS.xsd + "integer") }
        let void = NS.void, dcat = NS.dcat
        // The dataset stays; each run describes a version of it (DCAT 3 versioning).
        add(iri, NS.type, .iri(dcat + "Dataset"))
        add(iri, NS.dcterms + "title", .literal(title, language: "en"))
        add(iri, NS.rdfs + "label", .literal(title, language: "en"))
        add(iri, dcat + "hasVersion", .iri(dataset))
        add(dataset, dcat + "isVersionOf", .iri(iri))
        add(dataset, NS.type, .iri(void + "Dataset"))
        add(dataset, NS.type, .iri(dcat + "Dataset"))
        add(dataset, NS.dcterms + "title", .literal(title + " (" + digest + ")", language: "en"))
        add(dataset, NS.rdfs + "label", .literal(title + " (" + digest + ")", language: "en"))
        add(dataset, NS.dcterms + "description", .literal(
            "Linked data of \(summaries) of proceedings, one named graph each, converted by proceedings \(version).",
            language: "en"))
        if let license { add(iri, NS.dcterms + "license", .iri(license)) }
        if let publisher {
            let agent = iri + "/publisher"
            add(iri, NS.dcterms + "publisher", .iri(agent))
            add(agent, NS.type, .iri(NS.foaf + "Agent"))
            add(agent, NS.type, .iri(NS.dcterms + "Agent"))
            add(agent, NS.foaf + "name", .literal(publisher))
            add(agent, NS.rdfs + "label", .literal(publisher))
        }
        add(dataset, dcat + "version", .literal(digest))
        add(dataset, NS.dcterms + "conformsTo", .iri(LinkedData.shapesNamespace))
        add(dataset, void + "uriSpace", .literal(base))
        for vocabulary in vocabularies { add(dataset, void + "vocabulary", .iri(vocabulary)) }
        add(dataset, void + "triples", count(graphs.values.reduce(0) { $0 + $1.triples }))
        add(dataset, void + "documents", count(graphs.count))
        add(dataset, NS.prov + "wasGeneratedBy", .iri(run))

        add(run, NS.type, .iri(NS.prov + "Activity"))
        add(run, NS.rdfs + "label", .literal("conversion of \(summaries) by proceedings \(version)", language: "en"))
        add(run, NS.prov + "wasAssociatedWith", .iri(Minter.tool))
        for (predicate, object) in Minter.toolDescription { add(Minter.tool, predicate, object) }

        for (graph, entry) in graphs {
            let mint = Minter(base: base, recordId: entry.recordId)
            add(dataset, void + "subset", .iri(graph))
            add(graph, NS.type, .iri(void + "Dataset"))
            add(graph, void + "triples", count(entry.triples))
            add(graph, NS.dcterms + "source", .iri(mint.document))
            add(graph, NS.prov + "wasGeneratedBy", .iri(run))
            add(run, NS.prov + "used", .iri(mint.document))
        }

        for scheme in AuthorityScheme.allCases {
            guard let found = links[scheme], !found.isEmpty else { continue }
            let linkset = dataset + "/linkset/" + scheme.rawValue, target = base + "dataset/authority/" + scheme.rawValue
            add(dataset, void + "subset", .iri(linkset))
            add(linkset, NS.type, .iri(void + "Linkset"))
            add(linkset, void + "subjectsTarget", .iri(dataset))
            add(linkset, void + "objectsTarget", .iri(target))
            add(linkset, void + "linkPredicate", .iri(NS.owl + "sameAs"))
            add(linkset, void + "triples", count(found.count))
            add(target, NS.type, .iri(void + "Dataset"))
            add(target, NS.dcterms + "title", .literal(scheme.title))
            add(target, void + "uriSpace", .literal(scheme.uriSpace))
        }
        return LinkedData.sorted(result)
    }

    /// Whether linked data is a dataset's description, as `convert` writes one, rather than a record.
    public static func isDescription(_ statements: [RDFStatement]) -> Bool {
        let types = Set(statements.filter { $0.predicate == NS.type }.compactMap(\.object.iriValue))
        return types.contains(NS.void + "Dataset") && types.contains(NS.dcat + "Dataset") && !types.contains(NS.foaf + "Document")
    }

    /// The description in Turtle.
    public func turtle() throws -> [UInt8] {
        var prefixes = NS.prefixes
        prefixes += [("dcat", NS.dcat), ("void", NS.void)]
        return try Serd.write(statements(), syntax: .turtle, prefixes: prefixes.sorted { $0.name < $1.name })
    }
}
