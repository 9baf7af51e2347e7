/// The namespaces of the linked-data profile. The profile is a contract, described in README.md and
/// checked by `Schemas/proceedings-shapes.ttl`.
enum NS {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let owl = "http://www.w3.org/2002/07/owl#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    static let foaf = "http://xmlns.com/foaf/0.1/"
    static let schema = "http://schema.org/"
    static let conf = "https://w3id.org/scholarlydata/ontology/conference-ontology.owl#"
    static let prov = "http://www.w3.org/ns/prov#"
    static let dcterms = "http://purl.org/dc/terms/"
    static let dcmitype = "http://purl.org/dc/dcmitype/"
    static let void = "http://rdfs.org/ns/void#"
    static let spdx = "http://spdx.org/rdf/terms#"
    static let dcat = "http://www.w3.org/ns/dcat#"
    /// The Library of Congress's ISO 639 languages: `dcterms:language` takes a `dcterms:LinguisticSystem`.
    static let iso639_1 = "http://id.loc.gov/vocabulary/iso639-1/"
    static let iso639_2 = "http://id.loc.gov/vocabulary/iso639-2/"
    static let sdRole = "https://w3id.org/scholarlydata/role/"
    /// What no vocabulary has: line numbers, list positions, forms and kinds of the model.
    static let pro = LinkedData.vocabularyNamespace
    static let role = LinkedData.roleNamespace

    static let type = rdf + "type"

    /// `schema:name` for `http://schema.org/name`, when a prefix of the profile covers the IRI.
    static func curie(_ iri: String) -> String? {
        prefixes.first { iri.hasPrefix($0.iri) }.map { $0.name + ":" + iri.dropFirst($0.iri.count) }
    }

    /// In the order Turtle output declares them.
    static let prefixes: [(name: String, iri: String)] = [
        ("conf", conf), ("dcmitype", dcmitype), ("dcterms", dcterms), ("foaf", foaf), ("owl", owl), ("proceedings", pro), ("prov", prov),
        ("rdf", rdf), ("rdfs", rdfs), ("role", role), ("schema", schema), ("skos", skos), ("spdx", spdx), ("xsd", xsd),
    ]
}
