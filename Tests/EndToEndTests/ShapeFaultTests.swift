import Foundation
import Testing

/// Faults planted in a sample graph by a SPARQL update, as a hand edit or a careless export would
/// make them: each still parses, and pySHACL reports it with the message of the constraint that
/// catches it. The update must change the graph, so that a fault that no longer applies to the
/// sample fails the test instead of passing it.
@Suite struct ShapeFaultTests {
    private static let prefixes = """
        PREFIX schema: <http://schema.org/>
        PREFIX conf: <https://w3id.org/scholarlydata/ontology/conference-ontology.owl#>
        PREFIX p: <https://w3id.org/proceedings/ns/vocab#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX spdx: <http://spdx.org/rdf/terms#>

        """

    @Test(arguments: [
        ("a role without a person", "DELETE { ?r conf:isHeldBy ?x } WHERE { ?r conf:isHeldBy ?x }",
         "a role is held by one person or organisation"),
        ("a part that ends before it starts", """
            INSERT { ?p schema:startDate "2003-02-25"^^xsd:date ; schema:endDate "2003-02-24"^^xsd:date }
            WHERE { { SELECT ?p WHERE { ?p a conf:Session } ORDER BY ?p LIMIT 1 } }
            """, "the part ends before it starts"),
        ("a statement without its source lines", """
            DELETE { ?s p:firstLine ?a ; p:lastLine ?b ; p:sourceLines ?c } WHERE { ?s a p:Statement ; p:firstLine ?a ; p:lastLine ?b ; p:sourceLines ?c }
            """, "proceedings:firstLine: exactly one value"),
        ("lines that are not the statement's", """
            DELETE { ?s p:firstLine ?a } INSERT { ?s p:firstLine 5 } WHERE { ?s a p:Statement ; p:firstLine ?a }
            """, "are not the ones the resource names"),
        ("lines of another document's text", """
            DELETE { ?s p:sourceLines ?a } INSERT { ?s p:sourceLines <https://w3id.org/proceedings/id/other/text#line=31,32> }
            WHERE { ?s a p:Statement ; p:sourceLines ?a }
            """, "are a fragment of another text"),
        ("a part not linked to its event", """
            DELETE { ?p schema:superEvent ?e ; conf:isSubEventOf ?e . ?e schema:subEvent ?p ; conf:hasSubEvent ?p . ?r conf:during ?p }
            WHERE { ?p schema:superEvent ?e . OPTIONAL { ?r conf:during ?p } }
            """, "conf:isSubEventOf: exactly one value"),
        ("a mention without a document", "DELETE { ?m dcterms:isPartOf ?d } WHERE { ?m a p:Mention ; dcterms:isPartOf ?d }",
         "dcterms:isPartOf: exactly one value, a foaf:Document"),
        ("a statement whose words are not attributed to the issuer",
         "DELETE { ?s prov:wasAttributedTo ?x } WHERE { ?s a p:Statement ; prov:wasAttributedTo ?x }",
         "a statement's words are attributed to the issuer of its summary"),
        ("reported speech stated as authorship", """
            DELETE { ?s prov:wasAttributedTo ?x } INSERT { ?s prov:wasAttributedTo ?speaker }
            WHERE { ?s a p:Statement ; prov:wasAttributedTo ?x ; p:speaker ?speaker }
            """, "a speaker is reported, never the author"),
        ("a speaker who is not the reported one", """
            DELETE { ?s p:speaker ?x } INSERT { ?s p:speaker <https://w3id.org/proceedings/id/x/person/nobody> } WHERE { ?s p:speaker ?x }
            """, "proceedings:speaker and the reported speaker (prov:qualifiedInfluence) are one person"),
        ("a note without its line", "DELETE { ?n p:line ?l } WHERE { ?n a p:Note ; p:line ?l }",
         "proceedings:line: exactly one value"),
        ("an affiliation of nobody", """
            DELETE { ?a conf:isAffiliationOf ?x } WHERE { ?a a conf:AffiliationDuringEvent ; conf:isAffiliationOf ?x }
            """, "the affiliation of a role held by a person is that person's"),
        ("an issuer without a publisher", "DELETE { ?d dcterms:publisher ?x } WHERE { ?d dcterms:publisher ?x }",
         "a document with an issuer (printed or catalogued) names its publisher"),
        ("a schema.org role of another name", """
            DELETE { ?r schema:roleName ?x } INSERT { ?r schema:roleName <https://w3id.org/proceedings/ns/roles/chair> }
            WHERE { ?r schema:roleName ?x FILTER (?x != <https://w3id.org/proceedings/ns/roles/chair>) }
            """, "schema:roleName: exactly one value, the role's conf:withRole"),
        // The dates as printed are typed as the dates in force are, one of each at most.
        ("a start date as printed in words", """
            DELETE { ?e p:startDateAsRead ?d } INSERT { ?e p:startDateAsRead "25 February 2003" } WHERE { ?e p:startDateAsRead ?d }
            """, "proceedings:startDateAsRead: at most one value, xsd:date or xsd:gYearMonth or xsd:gYear"),
        ("two end dates as printed", """
            INSERT { ?e p:endDateAsRead "2003-02-26"^^xsd:date, "2003-02-27"^^xsd:date } WHERE { ?e a conf:OrganisedEvent }
            """, "proceedings:endDateAsRead: at most one value, xsd:date or xsd:gYearMonth or xsd:gYear"),
        ("an end date as printed that is a resource", """
            INSERT { ?e p:endDateAsRead <https://w3id.org/proceedings/id/x/date> } WHERE { ?e a conf:OrganisedEvent }
            """, "proceedings:endDateAsRead: at most one value, xsd:date or xsd:gYearMonth or xsd:gYear"),
        ("a date of issue as printed with a time", """
            DELETE { ?d p:issuedAsRead ?x } INSERT { ?d p:issuedAsRead "2003-03-01T10:00:00Z"^^xsd:dateTime } WHERE { ?d p:issuedAsRead ?x }
            """, "proceedings:issuedAsRead: at most one value, xsd:date or xsd:gYearMonth or xsd:gYear"),
        ("two dates of issue as printed", """
            INSERT { ?d p:issuedAsRead "2003"^^xsd:gYear } WHERE { ?d p:issuedAsRead ?x }
            """, "proceedings:issuedAsRead: at most one value, xsd:date or xsd:gYearMonth or xsd:gYear"),
        ("a part without its place in the programme", "DELETE { ?p p:index ?i } WHERE { ?p a conf:Session ; p:index ?i }",
         "proceedings:index: exactly one value, xsd:integer, from 1"),
        // A panel is the project's, a kind of the Conference Ontology's Session, whose conf:Panel could not be confirmed.
        ("a panel typed with a class the project cannot confirm", "INSERT { ?p a conf:Panel } WHERE { ?p a conf:Session }",
         "never a conf:Panel, which the project cannot confirm"),
        // A record names its own resources or the corpus's, never another record's.
        ("a mention of another record's person", """
            DELETE { ?m p:mentionOf ?x } INSERT { ?m p:mentionOf <https://w3id.org/proceedings/id/another-record/person/sadako-ogata> }
            WHERE { ?m p:mentionOf ?x }
            """, "another record's: a record names its own resources, or the corpus's"),
        ("a speaker of another record", """
            DELETE { ?s p:speaker ?x . ?a prov:agent ?x }
            INSERT { ?s p:speaker <https://w3id.org/proceedings/id/another-record/person/x> . ?a prov:agent <https://w3id.org/proceedings/id/another-record/person/x> }
            WHERE { ?s p:speaker ?x ; prov:qualifiedInfluence ?a . ?a prov:agent ?x }
            """, "another record's: a record names its own resources, or the corpus's"),
        ("a role during another record's event", """
            DELETE { ?r conf:during ?e } INSERT { ?r conf:during <https://w3id.org/proceedings/id/another-record/event> }
            WHERE { ?r a conf:RoleDuringEvent ; conf:during ?e }
            """, "another record's: a record names its own resources, or the corpus's"),
        ("a schema.org role of another holder", """
            DELETE { ?r schema:performer ?x } INSERT { ?r schema:performer <https://w3id.org/proceedings/id/x/person/nobody> }
            WHERE { ?r a conf:RoleDuringEvent ; schema:performer ?x }
            """, "the schema.org role names another holder"),
        ("a schema.org role named by another event", """
            INSERT { ?other schema:performer ?r }
            WHERE { { SELECT ?r ?other WHERE { ?r a conf:RoleDuringEvent ; conf:during ?d . ?other a conf:Session FILTER (?other != ?d) }
                      ORDER BY ?r ?other LIMIT 1 } }
            """, "names the schema.org role, and the role is held during another"),
        // Planted over the corpus and the samples loaded into pyoxigraph (issue 16, review 16's last round): what
        // the corpus never does, and the shapes did not see.
        ("a statement moved to a part whose lines do not hold it", """
            DELETE { ?s p:reportsOn ?x } INSERT { ?s p:reportsOn ?y }
            WHERE { { SELECT ?s ?x ?y WHERE { ?s p:reportsOn ?x ; p:firstLine ?f . ?y a conf:Session ; p:firstLine ?yf ; p:lastLine ?yl
                                              FILTER (?y != ?x && (?f < ?yf || ?f > ?yl)) } ORDER BY ?s ?y LIMIT 1 } }
            """, "the statement reports on a part whose lines do not hold it"),
        ("a role moved, with its schema.org role and affiliation, to a part whose lines do not hold it", """
            DELETE { ?r conf:during ?x . ?x schema:performer ?r . ?a conf:during ?x } INSERT { ?r conf:during ?y . ?y schema:performer ?r . ?a conf:during ?y }
            WHERE { { SELECT ?r ?x ?y WHERE { ?r a conf:RoleDuringEvent ; conf:during ?x ; p:line ?l . ?x schema:performer ?r .
                                              ?y a conf:Session ; p:firstLine ?yf ; p:lastLine ?yl FILTER (?y != ?x && (?l < ?yf || ?l > ?yl)) }
                      ORDER BY ?r ?y LIMIT 1 }
                    OPTIONAL { ?r p:affiliation ?a } }
            """, "the role is held during a part whose lines do not hold the role's line"),
        ("a session given in a talk", """
            DELETE { ?t a conf:Session . ?s schema:superEvent ?e ; conf:isSubEventOf ?e . ?e schema:subEvent ?s ; conf:hasSubEvent ?s }
            INSERT { ?t a conf:Talk . ?s schema:superEvent ?t ; conf:isSubEventOf ?t . ?t schema:subEvent ?s ; conf:hasSubEvent ?s }
            WHERE { ?t a conf:Session ; p:index 2 . ?s a conf:Session ; p:index 3 ; schema:superEvent ?e }
            """, "a part is given in a conf:Talk"),
        ("two name variants of one mention at the same place", """
            INSERT { ?m p:variant ?n . ?n a p:NameVariant ; rdf:value "B. Geremek" ; rdfs:label "B. Geremek" ; p:index ?i }
            WHERE { ?m p:variant ?v . ?v p:index ?i BIND (IRI(CONCAT(STR(?m), "/variant/planted")) AS ?n) }
            """, "two name variants of one mention stand at the same place"),
        ("an organisation's mention typed as a person's", """
            DELETE { ?m a p:OrganizationMention } INSERT { ?m a p:PersonMention }
            WHERE { { SELECT ?m WHERE { ?m a p:OrganizationMention } ORDER BY ?m LIMIT 1 } }
            """, "a proceedings:PersonMention is the mention of a schema:Person"),
        // Review 16's faults that still conformed.
        ("the event the same as a page about its subject",
         "INSERT { ?e owl:sameAs <https://en.wikipedia.org/wiki/Human_security> } WHERE { ?e a conf:OrganisedEvent }",
         "owl:sameAs names an entity of an authority (Wikidata, VIAF, ISNI, ORCID, ROR, GeoNames), never a page about it"),
        ("a checksum of another algorithm than its value's",
         "DELETE { ?c spdx:algorithm ?a } INSERT { ?c spdx:algorithm spdx:checksumAlgorithm_md5 } WHERE { ?c spdx:algorithm ?a }",
         "the checksum of the document's text is a SHA-256"),
        // What this round changed, kept: the Role pattern alone, a statement's place once, the vocabulary's version, one tagging per kind of mention.
        ("the event naming an organiser beside the organiser's role", """
            INSERT { ?e schema:organizer ?org } WHERE { ?r conf:withRole <https://w3id.org/proceedings/ns/roles/organizer> ; conf:isHeldBy ?org ; conf:during ?e . ?e a conf:OrganisedEvent }
            """, "schema:organizer: every value of the event's a schema:Role"),
        ("a statement with a printed position", "INSERT { ?s p:position ?i } WHERE { ?s a p:Statement ; p:index ?i }",
         "a statement's place is its proceedings:index"),
        ("a graph that does not name its vocabulary's version", "DELETE { ?g dcterms:conformsTo ?v } WHERE { ?g dcterms:conformsTo ?v }",
         "the document's graph names the version of the vocabulary it was written against"),
        ("an organisation's printed name in no language", """
            DELETE { ?m p:nameAsPrinted ?n } INSERT { ?m p:nameAsPrinted ?plain }
            WHERE { { SELECT ?m WHERE { ?m a p:OrganizationMention } ORDER BY ?m LIMIT 1 } ?m p:nameAsPrinted ?n BIND (STR(?n) AS ?plain) }
            """, "an organisation's name as printed is in its document's language"),
        ("a person's printed name in a language", """
            DELETE { ?m p:nameAsPrinted ?n } INSERT { ?m p:nameAsPrinted ?tagged }
            WHERE { { SELECT ?m WHERE { ?m a p:PersonMention } ORDER BY ?m LIMIT 1 } ?m p:nameAsPrinted ?n BIND (STRLANG(?n, "en") AS ?tagged) }
            """, "a person's name as printed is in no language"),
    ])
    func everyPlantedFaultIsReported(_ name: String, _ update: String, _ message: String) throws {
        try plant(update, named: name, in: Tool.samples.appendingPathComponent("out/\(LinkedDataEndToEndTests.recordIds[0]).ttl").path,
                  reported: message)
    }

    /// A librarian's correction changes a description: the record's graph was influenced by it, and
    /// it names the resource it corrected, of the graph's document.
    @Test(arguments: [
        ("the person influenced instead of her description", """
            DELETE { ?g prov:wasInfluencedBy ?c } INSERT { ?x prov:wasInfluencedBy ?c }
            WHERE { ?g prov:wasInfluencedBy ?c . ?c p:corrected ?x ; p:correctedFact "person" }
            """, "only the record's graph (a prov:Entity derived from its document and attributed to the tool) is influenced by a correction"),
        ("a correction that influenced nothing", """
            DELETE { ?g prov:wasInfluencedBy ?c } WHERE { ?g prov:wasInfluencedBy ?c . ?c p:correctedFact "person" }
            """, "a correction influenced one description: the record's graph"),
        ("a correction that names nothing it corrected", "DELETE { ?c p:corrected ?x } WHERE { ?c p:corrected ?x }",
         "proceedings:corrected: at least one value"),
        ("a correction of another document's person", """
            DELETE { ?c p:corrected ?x } INSERT { ?c p:corrected <https://w3id.org/proceedings/id/other/person/nobody> }
            WHERE { ?c p:corrected ?x ; p:correctedFact "person" }
            """, "the correction's graph describes another document than the resource it corrected"),
    ])
    func everyPlantedFaultOfACorrectionIsReported(_ name: String, _ update: String, _ message: String) throws {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        let convert = try Tool.run(["convert", "--to", "ttl", "--corrections", Tool.samples.appendingPathComponent("corrections.csv").path,
                                    "-o", out.path, Tool.seed(0)])
        #expect(convert.status == 0, "\(convert.stderr)")
        let corrected = out.appendingPathComponent("\(LinkedDataEndToEndTests.recordIds[0]).ttl").path
        let clean = try RDFTools.check(["shacl", corrected])
        #expect(clean.status == 0, "\(clean.stdout)")
        try plant(update, named: name, in: corrected, reported: message)
    }

    private func plant(_ update: String, named name: String, in sample: String, reported message: String) throws {
        let broken = try Tool.temporaryDirectory().appendingPathComponent("broken.ttl")
        let plant = try Tool.run(["-c", """
            import sys, rdflib
            graph = rdflib.Graph().parse(sys.argv[1], format="turtle")
            before = set(graph)
            graph.update(sys.argv[3])
            graph.serialize(sys.argv[2], format="turtle")
            print(set(graph) != before)
            """, sample, broken.path, Self.prefixes + update], executable: try RDFTools.require(RDFTools.python))
        #expect(plant.stdout == "True\n", "\(name): the update changed nothing in the sample: \(plant.stdout)\(plant.stderr)")
        let run = try RDFTools.check(["shacl", broken.path])
        #expect(run.status == 1, "\(name): \(run.stdout)")
        #expect(run.stdout.contains(message), "\(name): \(run.stdout)")
    }
}
