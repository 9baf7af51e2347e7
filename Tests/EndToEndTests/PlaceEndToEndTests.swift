import Foundation
import Testing

/// Venues and issuers linked through the authority table, as a librarian runs it and as tools
/// nobody here wrote (pySHACL, pyoxigraph, jing) read the results.
@Suite struct PlaceEndToEndTests {
    /// Tokyo's identifiers (GeoNames 1850147, Wikidata Q1490) and the University of Tokyo's (ROR
    /// 057zh3y96) are theirs.
    static let authorities = """
        name,kind,wikidata,ror,geonames
        Tokyo,place,Q1490,,https://sws.geonames.org/1850147/
        University of Tokyo,organization,,057zh3y96,

        """

    /// Two summaries held in Tokyo and issued by the university, whose text names it nowhere; a
    /// third held in a hall no authority identifies. The first is renamed by the catalogue's key.
    static func corpus() throws -> Tool.Corpus {
        try Tool.corpus([
            "health-final.txt": "Seminar on Health\n\nDate: 3 March 2009\nVenue: Tokyo\n\nSession 1: Vaccines\n\nModerator: Yuki Tanaka, Director, Kyoto Medical University\n",
            "water.txt": "Seminar on Water\n\nDate: 4 March 2009\nVenue: Tokyo\n\nSession 1: Rivers\n\nChair: Ken Sato, Professor, Kyoto University\n",
            "forests.txt": "Seminar on Forests\n\nDate: 5 March 2009\nVenue: Main Hall\n\nSession 1: Trees\n\nChair: Aiko Mori, Professor, Kyoto University\n",
        ], authorities: Self.authorities, catalogue: """
            file,url,issuer,key
            health-final.txt,https://www.example.org/health.html,University of Tokyo,seminar-health-2009
            water.txt,,University of Tokyo,
            forests.txt,,Forest Agency,

            """)
    }

    static func convert(_ corpus: Tool.Corpus, _ inputs: [String],
                        into name: String, to formats: String = "ttl,nq,xml,tei,csv") throws -> URL {
        let out = corpus.dir.appendingPathComponent(name)
        let run = try Tool.run(["convert", "--quiet", "--to", formats, "--authorities", corpus.authorities,
                                "--catalogue", corpus.catalogue, "-o", out.path] + inputs)
        #expect(run.status == 0, "\(run.stderr)")
        return out
    }

    @Test func venuesAndIssuersOfTheCorpusConformAndAreOneResourceInAStore() throws {
        let corpus = try Self.corpus()
        let out = try Self.convert(corpus, corpus.inputs, into: "out")
        let records = ["seminar-health-2009", "water", "forests"]
        #expect(records.allSatisfy { FileManager.default.fileExists(atPath: out.appendingPathComponent("\($0).ttl").path) })
        // The same files whatever the order of the run.
        let backward = try Self.convert(corpus, corpus.inputs.reversed(), into: "backward")
        // (The tables and the report list in the order of the run.)
        func perRecord(_ directory: URL) throws -> [String: Data] {
            try Tool.files(under: directory).filter { !$0.key.hasPrefix("/csv/") && $0.key != "/authorities-report.csv" }
        }
        #expect(try perRecord(out) == perRecord(backward))

        let shacl = try RDFTools.check(["shacl"] + records.map { out.appendingPathComponent("\($0).ttl").path })
        #expect(shacl.status == 0, "\(shacl.stdout)")
        let union = try records.map { try String(contentsOf: out.appendingPathComponent("\($0).nq"), encoding: .utf8) }.joined()
        let merged = corpus.dir.appendingPathComponent("union.nq")
        try union.write(to: merged, atomically: true, encoding: .utf8)
        #expect(try RDFTools.check(["shacl", merged.path]).status == 0)

        let queries = corpus.dir.appendingPathComponent("queries")
        try FileManager.default.createDirectory(at: queries, withIntermediateDirectories: true)
        let id = "https://w3id.org/proceedings/id/"
        // Events by the place they were held at, and documents by their publisher: one IRI each.
        try """
            PREFIX schema: <http://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT ?place (COUNT(DISTINCT ?event) AS ?events) (SAMPLE(?geonames) AS ?sameAs) WHERE {
              ?event schema:location ?place .
              OPTIONAL { ?place owl:sameAs ?geonames FILTER STRSTARTS(STR(?geonames), "https://sws.geonames.org/") }
            } GROUP BY ?place ORDER BY ?place

            """.write(to: queries.appendingPathComponent("places.rq"), atomically: true, encoding: .utf8)
        try """
            ?place\t?events\t?sameAs
            <\(id)forests/place>\t1\t
            <\(id)place/geonames-1850147>\t2\t<https://sws.geonames.org/1850147/>

            """.write(to: queries.appendingPathComponent("places.tsv"), atomically: true, encoding: .utf8)
        try """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?publisher (COUNT(?document) AS ?documents) WHERE { ?document dcterms:publisher ?publisher }
            GROUP BY ?publisher ORDER BY ?publisher

            """.write(to: queries.appendingPathComponent("publishers.rq"), atomically: true, encoding: .utf8)
        try """
            ?publisher\t?documents
            <\(id)forests/issuer>\t1
            <\(id)org/ror-057zh3y96>\t2

            """.write(to: queries.appendingPathComponent("publishers.tsv"), atomically: true, encoding: .utf8)
        let check = try RDFTools.check(["queries", queries.path] + records.map { out.appendingPathComponent("\($0).nq").path })
        #expect(check.status == 0, "\(check.stdout)")

        // The dataset's description counts the links to GeoNames, as pyoxigraph counts them in the graphs.
        let count = try Tool.run(["-c", """
            import sys, pyoxigraph as ox
            description = ox.Store()
            description.load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)
            data = ox.Store()
            for f in sys.argv[2:]: data.load(path=f, format=ox.RdfFormat.N_QUADS)
            V = "http://rdfs.org/ns/void#"
            said = [r[0].value for r in description.query(f"SELECT ?n WHERE {{ ?l a <{V}Linkset> ; <{V}triples> ?n ; <{V}objectsTarget> ?t . ?t <{V}uriSpace> 'https://sws.geonames.org/' }}")]
            links = len(list(data.query("SELECT DISTINCT ?s ?o WHERE { GRAPH ?g { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o FILTER STRSTARTS(STR(?o), 'https://sws.geonames.org/') } }")))
            print(said, links)
            """, out.appendingPathComponent("dataset/description.ttl").path] + records.map { out.appendingPathComponent("\($0).nq").path },
            executable: try RDFTools.require(RDFTools.python))
        #expect(count.stdout == "['1'] 1\n", "\(count.stdout)\(count.stderr)")

        // Every format reads back to the same record.
        for syntax in ["ttl", "nq", "tei.xml"] {
            let back = corpus.dir.appendingPathComponent("back-\(syntax)")
            let run = try Tool.run(["convert", "--quiet", "--to", "xml", "-o", back.path]
                                   + records.map { out.appendingPathComponent("\($0).\(syntax)").path })
            #expect(run.status == 0, "\(run.stderr)")
            for record in records {
                #expect(try Data(contentsOf: back.appendingPathComponent("\(record).xml"))
                        == Data(contentsOf: out.appendingPathComponent("\(record).xml")), "\(record) from \(syntax)")
            }
        }
        let validXML = try Tool.run(["validate"] + records.map { out.appendingPathComponent("\($0).xml").path })
        #expect(validXML.status == 0, "\(validXML.stdout)\(validXML.stderr)")
        let validTEI = try Tool.run(["validate", "--schema", "tei-all"] + records.map { out.appendingPathComponent("\($0).tei.xml").path })
        #expect(validTEI.status == 0, "\(validTEI.stdout)\(validTEI.stderr)")
    }

    /// Faults in a place of the corpus that a hand edit could make: the shapes report each.
    @Test(arguments: [
        ("sameAs a page about the place", "owl:sameAs <http://www.wikidata.org/entity/Q1490>",
         "owl:sameAs <https://www.geonames.org/1850147/tokyo.html>", "owl:sameAs names a place of an authority (GeoNames, Wikidata)"),
        ("sameAs a person's identifier", "schema:sameAs <http://www.wikidata.org/entity/Q1490>",
         "schema:sameAs <https://orcid.org/0000-0002-1825-0097>", "schema:sameAs names a place of an authority"),
        // Its authority entry's name is left: a name does not make a place of the corpus one of the record.
        ("a place of the corpus with no authority", "schema:name \"Tokyo\" ;\n\tschema:sameAs <http://www.wikidata.org/entity/Q1490> ,\n"
            + "\t\t<https://sws.geonames.org/1850147/> ;\n\trdfs:label \"Tokyo\" ;\n\towl:sameAs <http://www.wikidata.org/entity/Q1490> ,\n"
            + "\t\t<https://sws.geonames.org/1850147/> .",
         "schema:name \"Tokyo\" ;\n\trdfs:label \"Tokyo\" .", "a venue of the record has its printed name; one of the corpus (its dcterms:identifier the authority's key) has its authority links"),
        ("the venue lost", "\tproceedings:venue \"Tokyo\"@en ;", "",
         "the event's venue (proceedings:venue) and its place (schema:location) go together"),
        ("a person sameAs a place", "owl:sameAs <http://www.wikidata.org/entity/Q1490>",
         "owl:sameAs <http://www.wikidata.org/entity/Q1490> .\n<https://w3id.org/proceedings/id/water/person/ken-sato> owl:sameAs <https://sws.geonames.org/1850147/>",
         "owl:sameAs names an entity of an authority (Wikidata, VIAF, ISNI, ORCID)"),
    ])
    func everyPlantedFaultOfAPlaceIsReported(_ name: String, _ original: String, _ replacement: String, _ message: String) throws {
        let corpus = try Self.corpus()
        let out = try Self.convert(corpus, [corpus.inputs[1]], into: "out", to: "ttl")
        let text = try String(contentsOf: out.appendingPathComponent("water.ttl"), encoding: .utf8)
        #expect(text.contains(original), "the graph no longer has \(original)")
        let broken = text.replacingOccurrences(of: original, with: replacement)
        let file = corpus.dir.appendingPathComponent("broken.ttl")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let run = try RDFTools.check(["shacl", file.path])
        #expect(run.status == 1, "\(name): \(run.stdout)")
        #expect(run.stdout.contains(message), "\(name): \(run.stdout)")
    }
}
