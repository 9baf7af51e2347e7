public import Foundation

/// What the linked data of a run is, for the catalogue of a knowledge graph: a VoID and DCAT 3
/// description (`dataset/description.ttl`, apart from the records' files so that `DIR/*.ttl` stays
/// the records) with its title, publisher, licence, the shapes it conforms to, one
/// subset per record's named graph with its size and its files (`dcat:Distribution`s), the run
/// that generated them, and one linkset per authority it links to with its count.
///
/// It is gathered record by record as a run streams and says nothing about the order of the run.
/// Each run describes a version of the dataset, `{base}dataset/{digest}`, named by the digest of
/// what it wrote (each record's graph IRI, its source's SHA-256 and its files' SHA-256, the
/// options the description states, the tool's version): the same run gives the same bytes, and
/// every figure that can change from run to run (sizes, checksums, counts) is said of a node of
/// its version alone, so that descriptions of two runs loaded together never contradict each
/// other, and one loaded twice adds nothing. The description's own graph is `{version}/description`.
public struct DatasetDescription: Sendable {
    public static let directory = "dataset"
    public static let fileName = "description.ttl"
    public static var path: String { directory + "/" + fileName }
    /// The same in N-Quads, in the description's own graph (`graphIRI`).
    public static let nQuadsFileName = "description.nq"
    public static let defaultTitle = "Summaries of proceedings as linked data"
    /// Where the run's folder is served, below the base, for the distributions' download URLs:
    /// `DIR/x.ttl` at `{base}dataset/files/x.ttl`.
    public static let filesPath = "dataset/files/"

    public var base: String
    public var title: String
    public var license: String?
    public var publisher: String?
    /// The run's time, under `--timestamp`: the version's `dcterms:issued`, which orders versions.
    public var generatedAt: Date?

    /// A file written of a record, described as a distribution of its subset.
    public struct File: Sendable {
        public var name: String
        public var mediaType: String
        public var byteSize: Int
        public var sha256: String

        public init(name: String, mediaType: String, bytes: [UInt8]) {
            (self.name, self.mediaType, byteSize) = (name, mediaType, bytes.count)
            sha256 = Ids.sha256(bytes)
        }
    }

    private struct Graph: Sendable {
        var recordId: String
        var sha256: String
        var triples: Int
        var files: [File]
    }
    private var graphs: [String: Graph] = [:]
    /// Distinct `owl:sameAs` links per authority.
    private var links: [AuthorityScheme: Set<String>] = [:]
    /// The namespaces of the predicates and classes the graphs use.
    private var vocabularies: Set<String> = []
    /// The run's collection that states the graphs (a CSVW table group), when it wrote one: its
    /// folder in the run's and the file that opens it.
    private var tableGroup: (folder: String, entry: String)?

    public init(base: String = LinkedData.defaultBase, title: String, license: String? = nil, publisher: String? = nil,
                generatedAt: Date? = nil) {
        self.base = base
        self.title = title
        self.license = license
        self.publisher = publisher
        self.generatedAt = generatedAt
    }

    /// Notes one record's graph, as `LinkedData.statements` gives it, and the files of it the run wrote.
    public mutating func add(_ record: Record, statements: [RDFStatement], files: [File] = []) {
        graphs[LinkedData.graphIRI(of: record, base: base)] =
            Graph(recordId: record.id, sha256: record.document.sha256, triples: statements.count,
                  files: files.sorted { $0.name < $1.name })
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

    /// Notes the run's collection that states the graphs, in `folder` of the run's: a distribution of the whole version.
    public mutating func addCollection(folder: String, entry: String) { tableGroup = (folder, entry) }

    public var isEmpty: Bool { graphs.isEmpty }

    /// An IRI's namespace: up to its last `#` or `/`.
    static func namespace(_ iri: String) -> String {
        guard let end = iri.lastIndex(where: { $0 == "#" || $0 == "/" }) else { return iri }
        return String(iri[...end])
    }

    /// `{base}dataset`: the dataset, the same whatever the run; `{base}dataset/{digest}` is this
    /// version of it, named by what the run wrote, whatever its order.
    public var iri: String { base + "dataset" }
    /// This run's version of the dataset.
    public var version: String { version(digest) }
    /// The named graph the description goes in, one per version: `publish` puts it there.
    public var graphIRI: String { Self.graphIRI(ofVersion: version) }

    private func version(_ digest: String) -> String { iri + "/" + digest }
    private static func graphIRI(ofVersion version: String) -> String { version + "/description" }

    private var digest: String {
        let options = [title, license ?? "", publisher ?? "", generatedAt.map(DateText.timestamp) ?? "",
                       tableGroup.map { $0.folder + "/" + $0.entry } ?? ""]
        let records = graphs.sorted { $0.key < $1.key }.map { graph, entry in
            ([graph, entry.sha256] + entry.files.map { "\($0.name) \($0.sha256)" }).joined(separator: " ")
        }
        return Ids.digest((["proceedings \(ProceedingsFormats.version)"] + options + records).joined(separator: "\n") + "\n", bytes: 8)
    }

    /// The publisher, named by its name: another name is another agent, never a second name of one.
    private var publisherIRI: String? {
        publisher.map { name in
            let slug = Ids.slug(name, maxWords: 32)
            return iri + "/publisher/" + IRI.segment(slug.isEmpty ? Ids.digest(name, bytes: 4) : slug)
        }
    }

    public func statements() -> [RDFStatement] {
        // The digest hashes every record of the run: worked out once here, not once a statement.
        let digest = self.digest
        let dataset = version(digest), run = dataset + "/run", graph = Self.graphIRI(ofVersion: dataset)
        let summaries = "\(graphs.count) summar\(graphs.count == 1 ? "y" : "ies")"
        var result: [RDFStatement] = []
        func add(_ subject: String, _ predicate: String, _ object: RDFTerm) {
            result.append(RDFStatement(.iri(subject), predicate, object, graph: graph))
        }
        func count(_ value: Int) -> RDFTerm { .literal(String(value), datatype: NS.xsd + "integer") }
        let void = NS.void, dcat = NS.dcat
        // The dataset stays; each run describes a version of it (DCAT 3 versioning). What the options
        // say is said of both, so that a catalogue that lists the one or the other finds it.
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
            "Linked data of \(summaries) of proceedings, one named graph each, converted by proceedings \(ProceedingsFormats.version).",
            language: "en"))
        for node in [iri, dataset] {
            if let license { add(node, NS.dcterms + "license", .iri(license)) }
            if let publisherIRI { add(node, NS.dcterms + "publisher", .iri(publisherIRI)) }
        }
        if let publisher, let publisherIRI {
            add(publisherIRI, NS.type, .iri(NS.foaf + "Agent"))
            add(publisherIRI, NS.type, .iri(NS.dcterms + "Agent"))
            add(publisherIRI, NS.foaf + "name", .literal(publisher))
            add(publisherIRI, NS.rdfs + "label", .literal(publisher))
        }
        if let generatedAt {
            let time = RDFTerm.literal(DateText.timestamp(generatedAt), datatype: NS.xsd + "dateTime")
            add(dataset, NS.dcterms + "issued", time)
            add(run, NS.prov + "endedAtTime", time)
        }
        add(dataset, dcat + "version", .literal(digest))
        add(dataset, NS.dcterms + "conformsTo", .iri(LinkedData.shapesNamespace))
        // The vocabulary's version its graphs were written against, as each graph says (GraphBuilder).
        add(dataset, NS.dcterms + "conformsTo", .iri(LinkedData.vocabularyVersionIRI))
        add(dataset, void + "uriSpace", .literal(base))
        for vocabulary in vocabularies { add(dataset, void + "vocabulary", .iri(vocabulary)) }
        add(dataset, void + "triples", count(graphs.values.reduce(0) { $0 + $1.triples }))
        add(dataset, void + "documents", count(graphs.count))
        add(dataset, NS.prov + "wasGeneratedBy", .iri(run))

        add(run, NS.type, .iri(NS.prov + "Activity"))
        add(run, NS.rdfs + "label", .literal("conversion of \(summaries) by proceedings \(ProceedingsFormats.version)", language: "en"))
        add(run, NS.prov + "wasAssociatedWith", .iri(Minter.tool))
        for (predicate, object) in Minter.toolDescription { add(Minter.tool, predicate, object) }

        // A record's graph keeps its IRI from run to run; this run's version of it, with its size and
        // files, is the version's: another run's figures go on another node.
        for (graph, entry) in graphs {
            let mint = Minter(base: base, recordId: entry.recordId), subset = dataset + "/graph/" + IRI.segment(entry.recordId)
            add(dataset, void + "subset", .iri(subset))
            add(subset, NS.type, .iri(void + "Dataset"))
            add(subset, NS.type, .iri(dcat + "Dataset"))
            add(subset, NS.rdfs + "label", .literal("Linked data of \(entry.recordId) (\(digest))", language: "en"))
            add(subset, dcat + "isVersionOf", .iri(graph))
            add(subset, void + "triples", count(entry.triples))
            add(subset, NS.dcterms + "source", .iri(mint.document))
            add(subset, NS.prov + "wasGeneratedBy", .iri(run))
            add(graph, NS.type, .iri(void + "Dataset"))
            add(graph, dcat + "hasVersion", .iri(subset))
            add(run, NS.prov + "used", .iri(mint.document))
            for file in entry.files {
                // Named by what follows the record's id in the file's name: .../graph/RECORD/ttl.
                let format = file.name.hasPrefix(entry.recordId + ".") ? String(file.name.dropFirst(entry.recordId.count + 1)) : file.name
                distribution(of: subset, named: format, file, add)
            }
        }
        if let tableGroup {
            let node = dataset + "/distribution/csvw"
            add(dataset, dcat + "distribution", .iri(node))
            add(node, NS.type, .iri(dcat + "Distribution"))
            add(node, NS.rdfs + "label", .literal("CSV tables on the Web (\(digest))", language: "en"))
            add(node, dcat + "accessURL", .iri(base + Self.filesPath + IRI.segment(tableGroup.folder) + "/"))
            add(node, dcat + "downloadURL", .iri(base + Self.filesPath + IRI.segment(tableGroup.folder) + "/" + IRI.segment(tableGroup.entry)))
            add(node, dcat + "mediaType", .iri(Self.mediaTypeIRI("application/csvm+json")))
            add(node, NS.dcterms + "conformsTo", .iri("http://www.w3.org/TR/tabular-data-model/"))
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

    /// A file of a record's graph, where the run's folder is served ({base}dataset/files/), with its size and checksum as DCAT 3 gives them.
    private func distribution(of subset: String, named name: String, _ file: File, _ add: (String, String, RDFTerm) -> Void) {
        let node = subset + "/" + IRI.segment(name), checksum = node + "/checksum"
        add(subset, NS.dcat + "distribution", .iri(node))
        add(node, NS.type, .iri(NS.dcat + "Distribution"))
        add(node, NS.rdfs + "label", .literal(file.name))
        add(node, NS.dcat + "downloadURL", .iri(base + Self.filesPath + IRI.segment(file.name)))
        add(node, NS.dcat + "mediaType", .iri(Self.mediaTypeIRI(file.mediaType)))
        add(node, NS.dcat + "byteSize", .literal(String(file.byteSize), datatype: NS.xsd + "nonNegativeInteger"))
        add(node, NS.spdx + "checksum", .iri(checksum))
        add(checksum, NS.type, .iri(NS.spdx + "Checksum"))
        add(checksum, NS.rdfs + "label", .literal(ResourceLabels.checksum(of: file.name)))
        add(checksum, NS.spdx + "algorithm", .iri(NS.spdx + "checksumAlgorithm_sha256"))
        add(checksum, NS.spdx + "checksumValue", .literal(file.sha256, datatype: NS.xsd + "hexBinary"))
    }

    /// A media type as IANA names it, the resource `dcat:mediaType` takes.
    static func mediaTypeIRI(_ type: String) -> String { "https://www.iana.org/assignments/media-types/" + type }

    /// Whether linked data is a dataset's description, as `convert` writes one, rather than a record.
    public static func isDescription(_ statements: [RDFStatement]) -> Bool {
        let types = Set(statements.filter { $0.predicate == NS.type }.compactMap(\.object.iriValue))
        return types.contains(NS.void + "Dataset") && types.contains(NS.dcat + "Dataset") && !types.contains(NS.foaf + "Document")
    }

    /// The description in Turtle, without its graph's name; `graphIRI` names the graph it goes in.
    public func turtle() throws -> [UInt8] {
        var prefixes = NS.prefixes
        prefixes += [("dcat", NS.dcat), ("void", NS.void)]
        let statements = statements().map { RDFStatement($0.subject, $0.predicate, $0.object) }
        return try Serd.write(statements, syntax: .turtle, prefixes: prefixes.sorted { $0.name < $1.name })
    }

    /// The description in N-Quads, in its own graph: a bulk loader puts it where `publish` does.
    public func nQuads() throws -> [UInt8] { try Serd.write(statements(), syntax: .nquads, prefixes: []) }
}
