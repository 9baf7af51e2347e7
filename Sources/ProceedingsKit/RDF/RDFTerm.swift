/// An RDF term as the toolkit sees it: plain Swift values, so that nothing outside `RDF/` meets serd.
public enum RDFTerm: Sendable, Hashable {
    case iri(String)
    case blank(String)
    /// A literal has a datatype or a language tag or neither (then it is an `xsd:string`).
    case literal(String, datatype: String? = nil, language: String? = nil)

    public var iriValue: String? {
        if case .iri(let value) = self { value } else { nil }
    }

    public var lexicalForm: String? {
        if case .literal(let value, _, _) = self { value } else { nil }
    }

    /// Orders IRIs, then blank nodes, then literals, each by text, so that sorted output is stable.
    var sortKey: (Int, String, String, String) {
        switch self {
        case .iri(let value): (0, value, "", "")
        case .blank(let label): (1, label, "", "")
        case .literal(let value, let datatype, let language): (2, value, datatype ?? "", language ?? "")
        }
    }
}

/// A triple, or a quad when `graph` names a graph.
public struct RDFStatement: Sendable, Hashable {
    public var subject: RDFTerm
    public var predicate: String
    public var object: RDFTerm
    public var graph: String?

    public init(_ subject: RDFTerm, _ predicate: String, _ object: RDFTerm, graph: String? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}

/// The concrete syntaxes the toolkit writes and reads, all through serd.
public enum RDFSyntax: String, Sendable, Hashable, CaseIterable {
    case turtle = "ttl"
    case ntriples = "nt"
    case nquads = "nq"

    public var fileExtension: String { rawValue }

    /// The media type a SPARQL Graph Store expects in Content-Type.
    public var mediaType: String {
        switch self {
        case .turtle: "text/turtle"
        case .ntriples: "application/n-triples"
        case .nquads: "application/n-quads"
        }
    }
}

/// The IRI could not be made safe; it never reaches an output.
public struct InvalidIRI: Error, Sendable, Hashable, CustomStringConvertible {
    public var iri: String
    public var reason: String
    public var description: String { "invalid IRI <\(iri)>: \(reason)" }
}
