import Foundation
import Testing

/// A place or issuer of the corpus is named by its authority entry: two summaries that print it
/// differently give its one IRI one name, and what each printed stays with its own record.
@Suite struct AuthorityNameTests {
    /// Two rows of one GeoNames identifier, and two of one ROR identifier: one place and one
    /// organisation, each named by its entry's first row.
    static let authorities = """
        name,kind,wikidata,ror,geonames
        Tokyo,place,Q1490,,1850147
        "Tokyo, Japan",place,,,1850147
        University of Tokyo,organization,,057zh3y96,
        The University of Tokyo,organization,,057zh3y96,

        """

    /// `health` and `water` print the venue and catalogue the issuer differently; in `rivers` the
    /// issuer is an organisation the text names, linked as such.
    static func corpus() throws -> Tool.Corpus {
        try Tool.corpus([
            "health.txt": "Seminar on Health\n\nDate: 3 March 2009\nVenue: Tokyo\n\nSession 1: Vaccines\n\nModerator: Yuki Tanaka, Director, Kyoto Medical University\n",
            "water.txt": "Seminar on Water\n\nDate: 4 March 2009\nVenue: Tokyo, Japan\n\nSession 1: Lakes\n\nChair: Ken Sato, Professor, Kyoto University\n",
            "rivers.txt": "Seminar on Rivers\n\nDate: 5 March 2009\nVenue: Main Hall\n\nSession 1: Deltas\n\nChair: Aiko Mori, Professor, The University of Tokyo\n",
        ], authorities: authorities, catalogue: """
            file,url,issuer,key
            health.txt,,University of Tokyo,
            water.txt,,The University of Tokyo,
            rivers.txt,,The University of Tokyo,

            """)
    }

    @Test func aLinkedPlaceOrIssuerPrintedTwoWaysHasOneNameInTheUnionOfItsRecords() throws {
        let corpus = try Self.corpus(), dir = corpus.dir
        let out = try PlaceEndToEndTests.convert(corpus, corpus.inputs, into: "out", to: "nq,xml")
        let union = dir.appendingPathComponent("union.nq")
        try ["health", "water", "rivers"].map { try String(contentsOf: out.appendingPathComponent("\($0).nq"), encoding: .utf8) }
            .joined().write(to: union, atomically: true, encoding: .utf8)
        let id = "https://w3id.org/proceedings/id/"
        let names = try Tool.run(["-c", """
            import sys, rdflib
            graph = rdflib.ConjunctiveGraph()
            graph.parse(sys.argv[1], format="nquads")
            S, L, V = rdflib.URIRef("http://schema.org/name"), rdflib.RDFS.label, rdflib.URIRef("https://w3id.org/proceedings/ns/vocab#venue")
            for node in sys.argv[2:4]:
                print(sorted({str(o) for o in graph.objects(rdflib.URIRef(node), S)}), sorted({str(o) for o in graph.objects(rdflib.URIRef(node), L)}))
            print(sorted(str(o) for o in graph.objects(None, V)))
            """, union.path, id + "place/geonames-1850147", id + "org/ror-057zh3y96"], executable: RDFTools.python)
        #expect(names.stdout == """
            ['Tokyo'] ['Tokyo']
            ['University of Tokyo'] ['University of Tokyo']
            ['Main Hall', 'Tokyo', 'Tokyo, Japan']

            """, "\(names.stdout)\(names.stderr)")
        let shacl = try RDFTools.check(["shacl", union.path])
        #expect(shacl.status == 0, "\(shacl.stdout)")
        // Each record's graph names them alone, as it is published.
        for record in ["health", "water", "rivers"] {
            #expect(try RDFTools.check(["shacl", out.appendingPathComponent("\(record).nq").path]).status == 0)
        }

        // A store that has a second name for either, as a record printing its own form would give,
        // fails the shapes: the check above could fail.
        for node in ["place/geonames-1850147", "org/ror-057zh3y96"] {
            let planted = dir.appendingPathComponent("planted.nq")
            try (String(contentsOf: union, encoding: .utf8)
                 + "<\(id)\(node)> <http://schema.org/name> \"Tokyo, Japan\" <\(id)water/graph> .\n")
                .write(to: planted, atomically: true, encoding: .utf8)
            let faulty = try RDFTools.check(["shacl", planted.path])
            #expect(faulty.status != 0 && faulty.stdout.contains("schema:name: at most one value"), "\(faulty.stdout)")
        }
    }

    /// The entry's name is the model's: linked data read back keeps it, and converting the read
    /// graphs again without the table names the place and issuer alike.
    @Test func theEntrysNameReadsBackFromTheLinkedData() throws {
        let corpus = try Self.corpus()
        let out = try PlaceEndToEndTests.convert(corpus, corpus.inputs, into: "out", to: "ttl"), again = corpus.dir.appendingPathComponent("again")
        let records = ["health", "water", "rivers"].map { out.appendingPathComponent("\($0).ttl").path }
        let back = try Tool.run(["convert", "--quiet", "--to", "ttl", "-o", again.path] + records)
        #expect(back.status == 0, "\(back.stderr)")
        for record in ["health", "water", "rivers"] {
            let first = try String(contentsOfFile: out.appendingPathComponent("\(record).ttl").path, encoding: .utf8)
            let second = try String(contentsOfFile: again.appendingPathComponent("\(record).ttl").path, encoding: .utf8)
            #expect(first == second, "\(record)")
        }
        let water = try String(contentsOfFile: records[1], encoding: .utf8)
        #expect(water.contains("schema:name \"Tokyo\""))
        #expect(water.contains("schema:name \"University of Tokyo\""))
    }
}
