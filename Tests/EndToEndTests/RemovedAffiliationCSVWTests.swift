import Foundation
import Testing

/// An affiliation a correction removed stays in the linked data with its printed words alone, and
/// the tables read through their CSVW metadata by the csvw package say of it exactly what the
/// Turtle says; pySHACL finds nothing wrong with it, or with the role that names it.
@Suite struct RemovedAffiliationCSVWTests {
    @Test func aRemovedAffiliationsTriplesFromTheTablesAreTheTurtles() throws {
        let corrections = try Tool.temporaryDirectory().appendingPathComponent("c.csv")
        try Data("""
            file,line,fact,old,new,by,date
            2010-02-23_symposium-human-security-asia.txt,54,affiliation,"Nakayama: Technical Officer, ILO Subregional Office for South-East Asia and the Pacific",,Ann Lee,2024-05-03

            """.utf8).write(to: corrections)
        let (out, run) = try CorrectionsCommandTests.convert(["--quiet", "--to", "csv,ttl", "--base", "https://example.org/x/",
                                                              "--corrections", corrections.path, Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        let check = try Tool.run(["python3", "-c", """
            import sys
            \(CSVWTests.csvwTriples)
            \(CorrectionsCSVWTests.typedGraph)
            rdflib.NORMALIZE_LITERALS = False
            csvw = csvw_triples(sys.argv[1])
            ttl = {(str(s), str(p), str(o)) for s, p, o in rdflib.Graph().parse(sys.argv[2], format="turtle")}
            V = "https://w3id.org/proceedings/ns/vocab#"
            node = {s for s, p, o in ttl if p == V + "affiliationAsPrinted" and o.startswith("Technical Officer")}
            roles = {s for s, p, o in ttl if p == V + "affiliation" and o in node}
            about = lambda triples: {t for t in triples if t[0] in node or (t[0] in roles and t[1] == V + "affiliation")}
            print(len(node), len(roles), len(about(ttl)), about(csvw) == about(ttl))
            for t in sorted(about(ttl) - about(csvw)): print("missing", t)
            for t in sorted(about(csvw) - about(ttl)): print("extra", t)
            typed_graph(sys.argv[1], csvw).serialize(sys.argv[3], format="nt", encoding="utf-8")
            """, out.appendingPathComponent("csv/csv-metadata.json").path,
            out.appendingPathComponent(CorrectionsCommandTests.record + ".ttl").path, out.appendingPathComponent("csvw.nt").path],
            executable: "/usr/bin/env")
        #expect(check.stdout.hasPrefix("1 1 ") && check.stdout.hasSuffix(" True\n"), "\(check.stdout)\(check.stderr)")
        // The shapes over the Turtle (the affiliation and its role) and over the tables' triples (the
        // affiliation: of a role, a row says only what CSVW can, `CorrectionsCSVWTests.unsayable`) conform.
        for (path, syntax, focus) in [(out.appendingPathComponent(CorrectionsCommandTests.record + ".ttl").path, "turtle", "/nakayama/"),
                                      (out.appendingPathComponent("csvw.nt").path, "nt", "/nakayama/panelist/affiliation")] {
            let shapes = try Tool.run(["-c", """
                import sys, rdflib
                from pyshacl import validate
                data = rdflib.Graph().parse(sys.argv[1], format=sys.argv[3])
                conforms, report, _ = validate(data, shacl_graph=rdflib.Graph().parse(sys.argv[2], format="turtle"), allow_warnings=False)
                SH = rdflib.SH
                focus = {str(report.value(r, SH.focusNode)) for r in report.subjects(rdflib.RDF.type, SH.ValidationResult)}
                print(sorted(f for f in focus if sys.argv[4] in f))
                """, path, Tool.packageRoot.appendingPathComponent("Schemas/proceedings-shapes.ttl").path, syntax, focus],
                executable: try RDFTools.require(RDFTools.python))
            #expect(shapes.stdout == "[]\n", "\(syntax): \(shapes.stdout)\(shapes.stderr)")
        }
    }
}
