import Foundation
import Testing

/// The links the Turtle states between a record's resources that a row can name by an IRI column, the CSVW states
/// alike: a statement's part (proceedings:reportsOn) and section (proceedings:section), a part's super-event (the event
/// or the part it is given in), a role's event or part (conf:during). The same triples, none more, none fewer.
@Suite struct CSVWLinksTests {
    @Test func theCSVWStatesTheLinksOfTheTurtle() throws {
        let dir = try Tool.temporaryDirectory()
        let programme = dir.appendingPathComponent("programme.txt")
        try SubEventTests.programme.write(to: programme, atomically: true, encoding: .utf8)
        let base = "https://example.org/x/"
        let out = dir.appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--to", "csv,ttl", "--base", base, "--authorities", Tool.authorities,
                                "--catalogue", Tool.catalogue, "-o", out.path, Tool.seed(0), Tool.seed(1), programme.path])
        #expect(run.status == 0, "\(run.stderr)")
        let turtle = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".ttl") }.sorted()
            .map { out.appendingPathComponent($0).path }
        let check = try Tool.run(["python3", "-c", """
            import sys
            \(CSVWTests.csvwTriples)
            V, S, C = "https://w3id.org/proceedings/ns/vocab#", "http://schema.org/", "https://w3id.org/scholarlydata/ontology/conference-ontology.owl#"
            links = {V + "reportsOn", V + "section", S + "superEvent", C + "during"}
            csvw = {t for t in csvw_triples(sys.argv[1]) if t[1] in links}
            graph = rdflib.Graph()
            for path in sys.argv[2:]: graph.parse(path, format="turtle")
            ttl = {(str(s), str(p), str(o)) for s, p, o in graph if str(p) in links}
            counts = {p: sum(1 for t in ttl if t[1] == p) for p in sorted(links)}
            print(csvw == ttl, sorted(ttl - csvw)[:3], sorted(csvw - ttl)[:3], all(n > 0 for n in counts.values()))
            """, out.appendingPathComponent("csv/csv-metadata.json").path] + turtle, executable: "/usr/bin/env")
        #expect(check.stdout == "True [] [] True\n", "\(check.stdout)\(check.stderr)")
    }
}
