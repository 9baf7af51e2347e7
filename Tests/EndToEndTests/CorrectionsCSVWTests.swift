import Foundation
import Testing

/// The corrections table read through its CSVW metadata by the Python csvw package says of each
/// correction exactly what the Turtle of the same run says of it, its corrector's ORCID iD included,
/// and of each corrector and of the graph each influenced; the documents table says the corrected
/// title and the printed title and subtitle as the Turtle does; and the project's shapes, run by
/// pySHACL over those triples, find nothing wrong with a correction, its corrector or its graph.
@Suite struct CorrectionsCSVWTests {
    /// `typed_graph(metadata, triples)`: the triples of `CSVWTests.csvwTriples` as an rdflib graph,
    /// each literal typed (or tagged) as the metadata types the column of its table, for the shapes: a
    /// property's columns of two tables may differ (a part's rdfs:label is tagged, a person's is not).
    static let typedGraph = """
        import json, re
        def typed_graph(path, csvw):
            metadata = json.load(open(path))
            XSD = {"integer": rdflib.XSD.integer, "date": rdflib.XSD.date, "dateTime": rdflib.XSD.dateTime, "boolean": rdflib.XSD.boolean,
                   "gYearMonth": rdflib.XSD.gYearMonth, "gYear": rdflib.XSD.gYear, "anyURI": rdflib.XSD.anyURI}
            SHAPES = {rdflib.XSD.date: r"\\d{4}-\\d{2}-\\d{2}", rdflib.XSD.gYearMonth: r"\\d{4}-\\d{2}", rdflib.XSD.gYear: r"\\d{4}"}
            rows = {t["url"].rsplit("/", 1)[-1]: t["row"] for t in CSVW(path).to_json()["tables"]}
            typed = rdflib.Graph()
            for table in metadata["tables"]:
                literal, linked = {}, set()
                for c in table["tableSchema"]["columns"]:
                    if "propertyUrl" not in c: continue
                    if "valueUrl" in c: linked.add(full(c["propertyUrl"])); continue
                    datatype = c.get("datatype", "string")
                    datatype = datatype.get("base") if isinstance(datatype, dict) else datatype
                    literal.setdefault(full(c["propertyUrl"]), []).append((XSD.get(datatype), c.get("lang")))
                found = set()
                for row in rows[table["url"]]:
                    for node in row["describes"]: triples(node, found)
                for s, p, o in found & csvw:
                    if p in literal and not (p in linked and o.startswith("http")):
                        # A property of columns of several datatypes (dates of each precision): the one the value has.
                        datatype, lang = next((d, l) for d, l in literal[p] if len(literal[p]) == 1 or re.fullmatch(SHAPES.get(d, ".*"), o))
                        o = rdflib.Literal(o, datatype=datatype, lang=None if datatype else lang)
                    else:
                        o = rdflib.URIRef(o)
                    typed.add((rdflib.URIRef(s), rdflib.URIRef(p), o))
            return typed
        """

    @Test func aCorrectionsTriplesFromTheTablesAreTheTurtles() throws {
        let base = "https://example.org/x/"
        let (out, run) = try CorrectionsCommandTests.convert(["--quiet", "--to", "csv,ttl", "--base", base,
                                                              "--corrections", CorrectionsCommandTests.everyFact, Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        let check = try Tool.run(["python3", "-c", """
            import json, re, sys
            \(CSVWTests.csvwTriples)
            \(Self.typedGraph)
            RDF, V, PROV = str(rdflib.RDF), "https://w3id.org/proceedings/ns/vocab#", "http://www.w3.org/ns/prov#"
            # The literals as written: the tables hold the Turtle's lexical forms, not rdflib's normal ones.
            rdflib.NORMALIZE_LITERALS = False
            csvw = csvw_triples(sys.argv[1])
            graph = rdflib.Graph().parse(sys.argv[2], format="turtle")
            ttl = {(str(s), str(p), str(o)) for s, p, o in graph}
            corrections = {s for s, p, o in ttl if p == RDF + "type" and o == V + "Correction"}
            agents = {o for s, p, o in ttl if s in corrections and p == PROV + "wasAssociatedWith"}
            influences = {t for t in ttl if t[1] == PROV + "wasInfluencedBy"}
            def about(triples): return {t for t in triples if t[0] in corrections | agents or t[1] == PROV + "wasInfluencedBy"}
            said, stated = about(csvw), about(ttl)
            print(len(corrections), len(agents), len(influences), len(stated), said == stated)
            for t in sorted(stated - said): print("missing", t)
            for t in sorted(said - stated): print("extra", t)
            # Each reading of a corrected value, in force and as printed, the event's subtitle on the event, as the Turtle says them.
            readings = {V + p for p in ["subtitle", "venue", "venueAsPrinted", "documentType", "documentTypeAsPrinted", "affiliationAsPrinted", "nameAsPrinted"]}
            AFFILIATION = "https://w3id.org/scholarlydata/ontology/conference-ontology.owl#AffiliationDuringEvent"
            affiliations = {s for s, p, o in ttl if p == RDF + "type" and o == AFFILIATION}
            labels = lambda triples: {t for t in triples if t[0] in affiliations and t[1] == str(rdflib.RDFS.label)}
            read = {t for t in csvw if t[1] in readings} | labels(csvw)
            print(read == {t for t in ttl if t[1] in readings} | labels(ttl), sorted(o for s, p, o in read if p in {V + "venue", V + "venueAsPrinted", V + "documentType", V + "documentTypeAsPrinted"}),
                  sorted(o for s, p, o in read if p == V + "affiliationAsPrinted" and "NHK" in o), sorted(s.rsplit("/", 1)[1] for s, p, o in read if p == V + "subtitle"))
            titles = {V + "titleAsPrinted", V + "subtitleAsPrinted", str(rdflib.DCTERMS.title)}
            print({t for t in csvw if t[1] in titles} == {t for t in ttl if t[1] in titles},
                  sorted(o for s, p, o in ttl if p in titles))
            # What the tables say of the graphs and of the tool that made them, the Turtle says too.
            graphs = {s for s, p, o in influences}
            tools = {o for s, p, o in csvw if s in graphs and p == PROV + "wasAttributedTo"}
            described = {t for t in csvw if t[0] in graphs | tools}
            print(len(tools), bool(described) and described <= ttl, sorted(described - ttl))
            print(" ".join(sorted({o for s, p, o in said if p == PROV + "wasAssociatedWith"})))
            typed = typed_graph(sys.argv[1], csvw)
            typed.serialize(sys.argv[3], format="nt", encoding="utf-8")
            # The titles tagged with the language as the Turtle's are, by the columns' lang, and the date of issue typed as its.
            tagged = titles | {str(rdflib.DCTERMS.issued)}
            print({t for t in typed if str(t[1]) in tagged} == {t for t in graph if str(t[1]) in tagged})
            """, out.appendingPathComponent("csv/csv-metadata.json").path,
            out.appendingPathComponent(CorrectionsCommandTests.record + ".ttl").path, out.appendingPathComponent("csvw.nt").path],
            executable: "/usr/bin/env")
        let lines = check.stdout.split(separator: "\n").map(String.init).dropLast()
        #expect(check.stdout.hasSuffix("\nTrue\n"), "\(check.stdout)\(check.stderr)")
        #expect(lines.first?.hasPrefix("13 2 13 ") == true && lines.first?.hasSuffix(" True") == true, "\(check.stdout)\(check.stderr)")
        // The venue and document type in force and as printed, the affiliation as printed, the subtitle the event's.
        #expect(lines.dropFirst().first == "True ['Komaba Campus of the University of Tokyo', 'Komaba Campus, University of Tokyo', 'Summary and Evaluation',"
                + " 'Summary and evaluation'] ['Senior Commentator, NHK'] ['event']", "\(check.stdout)\(check.stderr)")
        #expect(lines.dropLast().last == "1 True []", "\(check.stdout)\(check.stderr)")
        #expect(lines.dropLast(2).last == "True ['Realizing Human Security in Asia', 'Symposium on Human Security', 'Symposium on Human Security 2010']",
                "\(check.stdout)\(check.stderr)")
        // The shapes over the tables' triples: every correction, its corrector and its graph conform.
        let shapes = try Tool.run(["-c", """
            import sys, rdflib
            from pyshacl import validate
            PROV, SH = rdflib.PROV, rdflib.SH
            data = rdflib.Graph().parse(sys.argv[1], format="nt")
            shapes = rdflib.Graph().parse(sys.argv[2], format="turtle")
            corrections = set(data.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/proceedings/ns/vocab#Correction")))
            checked = corrections | {o for c in corrections for o in data.objects(c, PROV.wasAssociatedWith)} \\
                | set(data.subjects(PROV.wasInfluencedBy, None))
            conforms, report, _ = validate(data, shacl_graph=shapes, allow_warnings=False)
            failed = [(str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultMessage)))
                      for r in report.subjects(rdflib.RDF.type, SH.ValidationResult) if report.value(r, SH.focusNode) in checked]
            print(len(corrections), len(checked), len(failed))
            for f in sorted(set(failed)): print(*f)
            """, out.appendingPathComponent("csvw.nt").path, Tool.packageRoot.appendingPathComponent("Schemas/proceedings-shapes.ttl").path],
            executable: try RDFTools.require(RDFTools.python))
        #expect(shapes.stdout.hasPrefix("13 16 0\n"), "\(shapes.stdout)\(shapes.stderr)")
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

    /// What the shapes find wrong in the triples of the whole table group, which CSV on the Web
    /// cannot say as the Turtle does (README, CSV tables); the Turtle of the same run conforms. By
    /// the shape's message, without the resource it names:
    static let unsayable: Set<String> = [
        // The checksum's value is a string of lower-case hex digits: CSVW's hexBinary would be
        // written in upper case by the csvw package (CSVWGraphTests).
        "the document's text has one SHA-256 checksum (SPDX), in lower-case hexadecimal",
    ]

    /// pySHACL over the triples the csvw package reads from the whole table group of the samples,
    /// converted as `make demo` converts them with the sample corrections: nothing but what the
    /// tables cannot say (`unsayable`) is wrong, and each of those is.
    @Test func theWholeTableGroupConformsButForWhatCSVCannotSay() throws {
        let (out, run) = try CorrectionsCommandTests.convert(["--quiet", "--to", "csv", "--authorities", Tool.authorities,
                                                              "--catalogue", Tool.catalogue, "--corrections",
                                                              Tool.samples.appendingPathComponent("corrections.csv").path,
                                                              Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        let graph = out.appendingPathComponent("csvw.nt")
        let convert = try Tool.run(["python3", "-c", """
            import sys
            \(CSVWTests.csvwTriples)
            \(Self.typedGraph)
            rdflib.NORMALIZE_LITERALS = False
            typed_graph(sys.argv[1], csvw_triples(sys.argv[1])).serialize(sys.argv[2], format="nt", encoding="utf-8")
            """, out.appendingPathComponent("csv/csv-metadata.json").path, graph.path], executable: "/usr/bin/env")
        #expect(convert.status == 0, "\(convert.stderr)")
        let shapes = try Tool.run(["-c", """
            import re, sys, rdflib
            from pyshacl import validate
            data = rdflib.Graph().parse(sys.argv[1], format="nt")
            conforms, report, _ = validate(data, shacl_graph=rdflib.Graph().parse(sys.argv[2], format="turtle"), allow_warnings=False)
            SH = rdflib.SH
            # A message names the resource it found in brackets at its end.
            messages = {re.sub(r" \\([^()]*\\)$", "", str(report.value(r, SH.resultMessage)))
                        for r in report.subjects(rdflib.RDF.type, SH.ValidationResult)}
            print(len(data))
            for m in sorted(messages): print(m)
            """, graph.path, Tool.packageRoot.appendingPathComponent("Schemas/proceedings-shapes.ttl").path],
            executable: try RDFTools.require(RDFTools.python))
        let lines = shapes.stdout.split(separator: "\n").map(String.init)
        #expect((Int(lines.first ?? "") ?? 0) > 2000, "\(shapes.stdout)\(shapes.stderr)")
        let found = Set(lines.dropFirst())
        #expect(found.subtracting(Self.unsayable).isEmpty, "wrong, and the tables could say it: \(found.subtracting(Self.unsayable).sorted())")
        #expect(Self.unsayable.subtracting(found).isEmpty, "no longer found: \(Self.unsayable.subtracting(found).sorted())")
    }
}
