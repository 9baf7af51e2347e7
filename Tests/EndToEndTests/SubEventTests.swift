import Foundation
import Testing

/// A part given in another, as ScholarlyData's Conference Ontology has a Session's Talks: every format carries the
/// parent, the tools nobody here wrote accept each export, every export reads back to the same TEI, and the shapes
/// catch a part given in nothing or in itself. Invented lines.
@Suite struct SubEventTests {
    static let programme = """
        Seminar on Water and Cities

        Tokyo, 12 March 2024

        Session 1: Water and cities
        Chair: Prof. Kenji Mori, University of Tokyo

        14:10  Presentation of the report
               Ingrid Haug, Senior Research Fellow, Institute of Waters

        14:40  Comments
               Karl Mets, Head of Research, Centre for Rivers, Tallinn

        Session 2: Rivers and law
        Moderator: Dr. Ana Silva, Law Institute

        The session discussed the law of rivers at length and agreed on three points.

        """
    static let base = "https://w3id.org/proceedings/id/programme/"

    static func convert() throws -> URL {
        let dir = try Tool.temporaryDirectory()
        let input = dir.appendingPathComponent("programme.txt")
        try programme.write(to: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "-o", out.path, input.path])
        #expect(run.status == 0, "\(run.stderr)")
        return out
    }

    static func env(_ arguments: [String], in directory: URL? = nil) throws -> Tool.Result {
        try Tool.run(arguments, executable: "/usr/bin/env", workingDirectory: directory)
    }

    @Test func everyFormatSaysTheTalksAreGivenInTheirSession() throws {
        let out = try Self.convert()
        let file = { (suffix: String) in out.appendingPathComponent("programme" + suffix) }
        let xml = try String(contentsOf: file(".xml"), encoding: .utf8)
        #expect(xml.contains(#"<part id="presentation-of-the-report" kind="other" ordinal="2" first-line="8" last-line="9" parent="session-1">"#))
        #expect(xml.contains(#"<part id="session-2" kind="session" ordinal="2" first-line="14" last-line="17">"#))
        // The session's lines run on to its last talk's.
        #expect(xml.contains(#"<part id="session-1" kind="session" ordinal="1" first-line="5" last-line="12">"#))
        let tei = try String(contentsOf: file(".tei.xml"), encoding: .utf8)
        #expect(tei.contains("<label type=\"title\">Water and cities</label>\n"
                             + "          <event xml:id=\"part.presentation-of-the-report\" type=\"other\" sortKey=\"2\" source=\"text:7,9\">"))
        // The talks' divisions are inside the session's, after its own lines.
        #expect(tei.contains("Tallinn</ab>\n        </div>\n      </div>\n      <div type=\"part\" subtype=\"session\" n=\"2\" corresp=\"#part.session-2\">"))
        let rows = try String(contentsOf: out.appendingPathComponent("csv/events.csv"), encoding: .utf8)
        #expect(rows.contains("programme/comments,programme,programme/session-1,other,3,"))
        // parent_iri, the event's document (empty for a part), and parent_iri again as conf:isSubEventOf.
        #expect(rows.contains(",programme/part/session-1,,programme/part/session-1,"))

        // The talk is a sub-event of the session in both vocabularies, and the presenter's role is held during the talk.
        let query = try Tool.run(["-c", """
            import sys, pyoxigraph as ox
            store = ox.Store()
            store.load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)
            rows = store.query('''
                PREFIX conf: <https://w3id.org/scholarlydata/ontology/conference-ontology.owl#>
                PREFIX schema: <http://schema.org/>
                SELECT ?talk ?session ?name WHERE {
                  ?talk a conf:Talk ; conf:isSubEventOf ?session ; schema:superEvent ?session .
                  ?session a conf:Session ; conf:hasSubEvent ?talk ; schema:subEvent ?talk ; conf:isSubEventOf ?event .
                  ?event a conf:OrganisedEvent .
                  ?role conf:during ?talk ; conf:isHeldBy ?person . ?person schema:name ?name }''')
            for row in rows: print(row[0].value, row[1].value, row[2].value)
            """, file(".ttl").path], executable: try RDFTools.require(RDFTools.python))
        #expect(query.stdout == "\(Self.base)part/presentation-of-the-report \(Self.base)part/session-1 Ingrid Haug\n", "\(query.stdout)\(query.stderr)")

        let rng = ProcessInfo.processInfo.environment["PROCEEDINGS_TEI_RNG"] ?? Tool.packageRoot.appendingPathComponent(".tools/tei/tei_all.rng").path
        let jing = try Self.env(["jing", rng, file(".tei.xml").path])
        #expect(jing.status == 0, "\(jing.stdout)\(jing.stderr)")
        for (schema, suffix) in [("tei-proceedings.xsd", ".tei.xml"), ("proceedings.xsd", ".xml")] {
            let lint = try Self.env(["xmllint", "--noout", "--nonet", "--schema", Tool.packageRoot.appendingPathComponent("Schemas/" + schema).path,
                                     file(suffix).path])
            #expect(lint.status == 0, "\(lint.stderr)")
        }
        for (syntax, suffix) in [("turtle", ".ttl"), ("nquads", ".nq")] {
            let serdi = try Tool.run(["-i", syntax, "-o", "ntriples", file(suffix).path], executable: "/usr/bin/serdi")
            #expect(serdi.status == 0 && serdi.stderr.isEmpty, "\(serdi.stderr)")
        }
        let shacl = try RDFTools.check(["shacl"] + [".ttl", ".nt", ".nq"].map { file($0).path })
        #expect(shacl.status == 0, "\(shacl.stdout)")
        let csvw = try Self.env(["csvwvalidate", "-l", "csv-metadata.json"], in: out.appendingPathComponent("csv"))
        #expect(csvw.status == 0 && csvw.stdout == "OK\n", "\(csvw.stdout)\(csvw.stderr)")
        // The CSVW states the talk's super-event as the Turtle does.
        let csvwTriples = try Self.env(["python3", "-c", """
            import sys, rdflib
            \(CSVWTests.csvwTriples)
            said = csvw_triples(sys.argv[1])
            print(sorted(o for s, p, o in said if s.endswith("/part/comments") and p == "http://schema.org/superEvent"))
            """, out.appendingPathComponent("csv/csv-metadata.json").path])
        #expect(csvwTriples.stdout.contains("/programme/part/session-1']"), "\(csvwTriples.stdout)\(csvwTriples.stderr)")
    }

    /// Text → any format → model → TEI gives the TEI the text gave, the parts nested alike.
    @Test(arguments: ["xml", "ttl", "nt", "nq", "csv", "tei"])
    func everyExportReadsBackToTheSameTEI(_ format: String) throws {
        let out = try Self.convert()
        let input = format == "csv" ? out.appendingPathComponent("csv").path
            : out.appendingPathComponent("programme." + (format == "tei" ? "tei.xml" : format)).path
        let back = out.deletingLastPathComponent().appendingPathComponent("back-\(format)")
        let run = try Tool.run(["convert", "--quiet", "--to", "tei", "-o", back.path, input])
        #expect(run.status == 0, "\(run.stderr)")
        // The TEI names its source text by a path from where it is written; the rest is the record's.
        func body(_ url: URL) throws -> String {
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.contains("<prefixDef ident=\"text\"") }.joined(separator: "\n")
        }
        let original = try body(out.appendingPathComponent("programme.tei.xml"))
        #expect(original.contains("part.presentation-of-the-report"))
        #expect(try body(back.appendingPathComponent("programme.tei.xml")) == original)
    }

    /// A hand edit that gives a part in itself, or in a part of another record, is reported.
    @Test(arguments: [
        ("a session given in its own talk", """
            INSERT { ?session conf:isSubEventOf ?talk ; schema:superEvent ?talk } WHERE { ?talk a conf:Talk ; conf:isSubEventOf ?session }
            """, "the part is its own super-event, through the parts it is given in"),
        ("a talk given in another record's session", """
            DELETE { ?talk conf:isSubEventOf ?session ; schema:superEvent ?session . ?session conf:hasSubEvent ?talk ; schema:subEvent ?talk }
            INSERT { ?talk conf:isSubEventOf <https://w3id.org/proceedings/id/other/part/session-1> ;
                           schema:superEvent <https://w3id.org/proceedings/id/other/part/session-1> }
            WHERE { ?talk a conf:Talk ; conf:isSubEventOf ?session }
            """, "the part is not given in an event"),
    ])
    func aPartGivenInItselfOrElsewhereIsReported(_ name: String, _ update: String, _ message: String) throws {
        let out = try Self.convert()
        let broken = out.appendingPathComponent("broken.ttl")
        let plant = try Tool.run(["-c", """
            import sys, rdflib
            graph = rdflib.Graph().parse(sys.argv[1], format="turtle")
            before = set(graph)
            graph.update("PREFIX conf: <https://w3id.org/scholarlydata/ontology/conference-ontology.owl#> PREFIX schema: <http://schema.org/> " + sys.argv[3])
            graph.serialize(sys.argv[2], format="turtle")
            print(set(graph) != before)
            """, out.appendingPathComponent("programme.ttl").path, broken.path, update], executable: try RDFTools.require(RDFTools.python))
        #expect(plant.stdout == "True\n", "\(name): the update changed nothing: \(plant.stdout)\(plant.stderr)")
        let run = try RDFTools.check(["shacl", broken.path])
        #expect(run.status == 1, "\(name): \(run.stdout)")
        #expect(run.stdout.contains(message), "\(name): \(run.stdout)")
    }
}
