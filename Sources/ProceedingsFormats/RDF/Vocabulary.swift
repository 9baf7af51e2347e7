/// The namespaces of the linked-data profile. The profile is a contract, described in README.md and
/// checked by `Schemas/proceedings-shapes.ttl`.
package enum NS {
    package static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    package static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    package static let xsd = "http://www.w3.org/2001/XMLSchema#"
    package static let owl = "http://www.w3.org/2002/07/owl#"
    package static let skos = "http://www.w3.org/2004/02/skos/core#"
    package static let foaf = "http://xmlns.com/foaf/0.1/"
    package static let schema = "http://schema.org/"
    package static let conf = "https://w3id.org/scholarlydata/ontology/conference-ontology.owl#"
    package static let prov = "http://www.w3.org/ns/prov#"
    package static let dcterms = "http://purl.org/dc/terms/"
    package static let dcmitype = "http://purl.org/dc/dcmitype/"
    package static let void = "http://rdfs.org/ns/void#"
    package static let spdx = "http://spdx.org/rdf/terms#"
    package static let dcat = "http://www.w3.org/ns/dcat#"
    /// The Library of Congress's ISO 639 languages: `dcterms:language` takes a `dcterms:LinguisticSystem`.
    package static let iso639_1 = "http://id.loc.gov/vocabulary/iso639-1/"
    package static let iso639_2 = "http://id.loc.gov/vocabulary/iso639-2/"
    package static let sdRole = "https://w3id.org/scholarlydata/role/"
    /// What no vocabulary has: line numbers, list positions, forms and kinds of the model.
    package static let pro = LinkedData.vocabularyNamespace
    package static let role = LinkedData.roleNamespace

    package static let type = rdf + "type"

    /// `schema:name` for `http://schema.org/name`, when a prefix of the profile covers the IRI.
    package static func curie(_ iri: String) -> String? {
        prefixes.first { iri.hasPrefix($0.iri) }.map { $0.name + ":" + iri.dropFirst($0.iri.count) }
    }

    /// In the order Turtle output declares them.
    package static let prefixes: [(name: String, iri: String)] = [
        ("conf", conf), ("dcmitype", dcmitype), ("dcterms", dcterms), ("foaf", foaf), ("owl", owl), ("proceedings", pro), ("prov", prov),
        ("rdf", rdf), ("rdfs", rdfs), ("role", role), ("schema", schema), ("skos", skos), ("spdx", spdx), ("xsd", xsd),
    ]
}
