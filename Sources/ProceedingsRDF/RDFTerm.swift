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

    /// Orders IRIs, then blank nodes, then literals, each by text with runs of digits compared as
    /// numbers (`role/2` before `role/10`, line 28 before line 109), so that sorted output is
    /// stable and reads in order.
    package static func precedes(_ a: RDFTerm, _ b: RDFTerm) -> Bool {
        func key(_ term: RDFTerm) -> (Int, String, String, String) {
            switch term {
            case .iri(let value): (0, value, "", "")
            case .blank(let label): (1, label, "", "")
            case .literal(let value, let datatype, let language): (2, value, datatype ?? "", language ?? "")
            }
        }
        let (ka, kb) = (key(a), key(b))
        if ka.0 != kb.0 { return ka.0 < kb.0 }
        if ka.1 != kb.1 { return naturallyPrecedes(ka.1, kb.1) }
        return (ka.2, ka.3) < (kb.2, kb.3)
    }

    /// A key whose plain ordering is `precedes`: the kind of term, then the text with each run of
    /// digits written as its length and its digits (so `10` sorts after `9`), then the text as
    /// written, the datatype and the language, which settle `7` against `07`.
    package struct SortKey: Comparable, Hashable {
        var kind: Int
        var natural: [UInt32]
        var text: String
        var datatype: String
        var language: String

        package static func < (a: SortKey, b: SortKey) -> Bool {
            if a.kind != b.kind { return a.kind < b.kind }
            if a.natural != b.natural { return a.natural.lexicographicallyPrecedes(b.natural) }
            return (a.text, a.datatype, a.language) < (b.text, b.datatype, b.language)
        }
    }

    package static func sortKey(_ term: RDFTerm) -> SortKey {
        switch term {
        case .iri(let value): SortKey(kind: 0, natural: natural(value), text: value, datatype: "", language: "")
        case .blank(let label): SortKey(kind: 1, natural: natural(label), text: label, datatype: "", language: "")
        case .literal(let value, let datatype, let language):
            SortKey(kind: 2, natural: natural(value), text: value, datatype: datatype ?? "", language: language ?? "")
        }
    }

    /// Scalars, with a run of digits replaced by a marker below every character, its length without
    /// leading zeros, and those digits.
    private static func natural(_ text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.unicodeScalars.count + 4)
        var digits: [UInt32] = []
        func flush() {
            guard !digits.isEmpty else { return }
            let significant = digits.drop { $0 == 48 }
            key.append(0)
            key.append(UInt32(significant.count))
            key.append(contentsOf: significant)
            digits.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.value >= 48, scalar.value <= 57 {
                digits.append(scalar.value)
            } else {
                flush()
                key.append(scalar.value + 1)
            }
        }
        flush()
        return key
    }

    /// Total order: equal digit values of different spelling (`7`, `07`) fall back to plain text.
    package static func naturallyPrecedes(_ a: String, _ b: String) -> Bool {
        var x = Substring(a).unicodeScalars[...], y = Substring(b).unicodeScalars[...]
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        while let p = x.first, let q = y.first {
            if isDigit(p), isDigit(q) {
                let m = x.prefix(while: isDigit), n = y.prefix(while: isDigit)
                let mt = String(String.UnicodeScalarView(m.drop { $0 == "0" })), nt = String(String.UnicodeScalarView(n.drop { $0 == "0" }))
                if mt.count != nt.count { return mt.count < nt.count }
                if mt != nt { return mt < nt }
                x = x.dropFirst(m.count)
                y = y.dropFirst(n.count)
            } else {
                if p != q { return p.value < q.value }
                x = x.dropFirst()
                y = y.dropFirst()
            }
        }
        if x.isEmpty != y.isEmpty { return x.isEmpty }
        return a < b
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

/// The concrete syntaxes serd writes and reads; the formats written in them, with their names and
/// media types, are `Format.turtle`, `.nTriples` and `.nQuads`.
public enum RDFSyntax: String, Sendable, Hashable, CaseIterable {
    case turtle = "ttl"
    case ntriples = "nt"
    case nquads = "nq"
}

/// The IRI could not be made safe; it never reaches an output.
public struct InvalidIRI: Error, Sendable, Hashable, CustomStringConvertible {
    public var iri: String
    public var reason: String
    public var description: String { "invalid IRI <\(iri)>: \(reason)" }

    package init(iri: String, reason: String) {
        self.iri = iri
        self.reason = reason
    }
}
