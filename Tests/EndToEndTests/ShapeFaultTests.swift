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
