import Foundation
import Testing

/// The corrections table read through its CSVW metadata by the Python csvw package says of each
/// correction exactly what the Turtle of the same run says of it, its corrector's ORCID iD included;
/// the documents table says the corrected title and the printed title and subtitle as the Turtle does.
@Suite struct CorrectionsCSVWTests {
    @Test func aCorrectionsTriplesFromTheTablesAreTheTurtles() throws {
        let base = "https://example.org/x/"
        let (out, run) = try CorrectionsCommandTests.convert(["--quiet", "--to", "csv,ttl", "--base", base,
                                                              "--corrections", CorrectionsCommandTests.everyFact, Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        let check = try Tool.run(["python3", "-c", """
            import sys
            \(CSVWTests.csvwTriples)
            RDF, V, PROV = str(rdflib.RDF), "https://w3id.org/proceedings/ns/vocab#", "http://www.w3.org/ns/prov#"
            # The literals as written: the tables hold the Turtle's lexical forms, not rdflib's normal ones.
            rdflib.NORMALIZE_LITERALS = False
            csvw = csvw_triples(sys.argv[1])
            graph = rdflib.Graph().parse(sys.argv[2], format="turtle")
            ttl = {(str(s), str(p), str(o)) for s, p, o in graph}
            corrections = {s for s, p, o in ttl if p == RDF + "type" and o == V + "Correction"}
            said = {t for t in csvw if t[0] in corrections}
            stated = {t for t in ttl if t[0] in corrections}
            print(len(corrections), len(stated), said == stated)
            for t in sorted(stated - said): print("missing", t)
            for t in sorted(said - stated): print("extra", t)
            titles = {V + "titleAsPrinted", V + "subtitleAsPrinted", str(rdflib.DCTERMS.title)}
            print({t for t in csvw if t[1] in titles} == {t for t in ttl if t[1] in titles},
                  sorted(o for s, p, o in ttl if p in titles))
            print(" ".join(sorted({o for s, p, o in said if p == PROV + "wasAssociatedWith"})))
            """, out.appendingPathComponent("csv/csv-metadata.json").path,
            out.appendingPathComponent(CorrectionsCommandTests.record + ".ttl").path], executable: "/usr/bin/env")
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("13 ") == true && lines.first?.hasSuffix(" True") == true, "\(check.stdout)\(check.stderr)")
        #expect(lines.dropLast().last == "True ['Realizing Human Security in Asia', 'Symposium on Human Security', 'Symposium on Human Security 2010']",
                "\(check.stdout)\(check.stderr)")
        // The dates typed as the Turtle types them; the corrector's template the column itself.
        let metadata = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("csv/csv-metadata.json"))) as? [String: Any]
        let tables = try #require(metadata?["tables"] as? [[String: Any]])
        let table = try #require(tables.first { $0["url"] as? String == "corrections.csv" }?["tableSchema"] as? [String: Any])
        let columns = Dictionary(((table["columns"] as? [[String: Any]]) ?? []).compactMap { c in (c["name"] as? String).map { ($0, c) } },
                                 uniquingKeysWith: { a, _ in a })
        #expect(columns["day"]?["datatype"] as? String == "date" && columns["ended_at"]?["datatype"] as? String == "dateTime")
        #expect(columns["corrector_iri"]?["valueUrl"] as? String == "{+corrector_iri}")
        // Jane Doe by her ORCID iD as the file gives it; Ann Lee, who gave none, under the run's base.
        let agents = (lines.last ?? "").split(separator: " ").map(String.init)
        #expect(agents.count == 2 && agents.contains("https://orcid.org/0000-0002-1825-0097")
                && agents.contains { $0.hasPrefix(base + "corrector/") }, "\(check.stdout)\(check.stderr)")
    }
}
