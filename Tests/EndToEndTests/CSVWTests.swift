import Foundation
import Testing

/// The CSV tables checked by tools nobody here wrote: the Python csvw package, frictionless, and
/// LibreOffice opening the Excel profile.
@Suite struct CSVWTests {
    /// Python that reads a CSVW table group's triples with the csvw package; the package writes the IRIs of
    /// CSVW's initial context as CURIEs (dc: is dcterms), made whole here.
    static let csvwTriples = """
        import rdflib
        from csvw import CSVW
        CURIES = {"schema:": "http://schema.org/", "dctypes:": "http://purl.org/dc/dcmitype/", "rdf:": str(rdflib.RDF), "owl:": str(rdflib.OWL), "foaf:": str(rdflib.FOAF), "dc:": str(rdflib.DCTERMS), "prov:": str(rdflib.PROV), "rdfs:": str(rdflib.RDFS)}
        def full(term):
            return next((iri + term[len(c):] for c, iri in CURIES.items() if term.startswith(c)), term)
        def triples(node, out):
            for p, values in node.items():
                if p == "@id": continue
                p = str(rdflib.RDF.type) if p == "@type" else full(p)
                for v in values if isinstance(values, list) else [values]:
                    if isinstance(v, dict) and "@id" in v:
                        out.add((node["@id"], p, v["@id"])); triples(v, out)
                    else:
                        # The package gives a boolean cell as Python's True, whose str() is no xsd:boolean.
                        v = v.get("@value") if isinstance(v, dict) else v
                        out.add((node["@id"], p, str(v).lower() if isinstance(v, bool) else full(str(v))))
        def csvw_triples(metadata):
            found = set()
            for table in CSVW(metadata).to_json()["tables"]:
                for row in table["row"]:
                    for node in row["describes"]: triples(node, found)
            return found
        """

    private func convert(_ extra: [String] = [], inputs: [String] = [Tool.seed(0), Tool.seed(1)]) throws -> URL {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--to", "csv", "-o", out.path] + extra + inputs)
        #expect(run.status == 0, "\(run.stderr)")
        return out.appendingPathComponent("csv")
    }

    private func env(_ arguments: [String], in directory: URL? = nil) throws -> Tool.Result {
        try Tool.run(arguments, executable: "/usr/bin/env", workingDirectory: directory)
    }

    @Test(arguments: ["rfc4180", "excel"])
    func csvwValidatesEveryTable(_ profile: String) throws {
        let csv = try convert(["--csv-profile", profile])
        // -l: a null foreign key (an unspoken speaker, an event without parent) is no broken reference.
        let run = try env(["csvwvalidate", "-l", "csv-metadata.json"], in: csv)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "OK\n")
    }

    @Test(arguments: ["rfc4180", "excel"])
    func frictionlessValidatesTheDataPackage(_ profile: String) throws {
        let csv = try convert(["--csv-profile", profile])
        let run = try env(["frictionless", "validate", "--json", "datapackage.json"], in: csv)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == true)
    }

    @Test func readingTheTablesBackGivesTheSameRecords() throws {
        let csv = try convert()
        let direct = try Tool.temporaryDirectory(), viaCSV = try Tool.temporaryDirectory()
        #expect(try Tool.run(["convert", "--to", "xml", "-o", direct.path, Tool.seed(0), Tool.seed(1)]).status == 0)
        let back = try Tool.run(["convert", "--from", "csv", "--to", "xml", "-o", viaCSV.path, csv.path])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try Tool.files(under: direct) == Tool.files(under: viaCSV))
        #expect(try Tool.files(under: direct).count == 2)
        // The metadata file names the table group just as well, and is detected without --from.
        let again = try Tool.temporaryDirectory()
        #expect(try Tool.run(["convert", "--to", "xml", "-o", again.path, csv.appendingPathComponent("csv-metadata.json").path]).status == 0)
        #expect(try Tool.files(under: direct) == Tool.files(under: again))
    }

    /// A table group is an input of the run like a summary: the authority table and the catalogue
    /// apply to its records, and a record id another input has is refused.
    @Test func aTableGroupReadBackGetsTheRunsAuthoritiesAndCatalogue() throws {
        let csv = try convert()
        let librarian = ["--authorities", Tool.authorities, "--catalogue", Tool.catalogue, "--to", "xml,tei,ttl,nt"]
        let direct = try Tool.temporaryDirectory(), viaCSV = try Tool.temporaryDirectory()
        #expect(try Tool.run(["convert", "-o", direct.path] + librarian + [Tool.seed(0), Tool.seed(1)]).status == 0)
        let back = try Tool.run(["convert", "-o", viaCSV.path] + librarian + [csv.path])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stderr.contains("authorities: 1 of "), "\(back.stderr)")
        // A table group records only the source's name: its TEI points at the source by that name.
        let (made, read) = (Tool.sourcesByName(try Tool.files(under: direct)), Tool.sourcesByName(try Tool.files(under: viaCSV)))
        #expect(made.keys.sorted() == read.keys.sorted())
        #expect(made.keys.filter { made[$0] != read[$0] }.sorted() == [])

        let mixed = try Tool.run(["convert", "--to", "xml", "-o", try Tool.temporaryDirectory().path, csv.path, Tool.seed(0)])
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("error: record id \"2003-02-25-international-symposium-human-security\" is already the id of \(csv.path) in this run"),
                "\(mixed.stderr)")
    }

    /// A row of persons.csv is what one document prints of a person: in CSVW it describes the
    /// document's mention, as the Turtle does, so that one person named in two documents does not
    /// get both documents' honorifics.
    @Test func aPersonsRowIsItsDocumentsMentionInCSVWAsInTheTurtle() throws {
        let dir = try Tool.temporaryDirectory()
        let table = dir.appendingPathComponent("authorities.csv")
        try "name,kind,wikidata\nYukio Takasu,person,Q900000001\n".write(to: table, atomically: true, encoding: .utf8)
        let corpus = Tool.packageRoot.appendingPathComponent("Tests/Fixtures/corpus")
        let inputs = ["005_mofa-friends-of-human-security-chair-summary-2006-10.txt", "008_mofa-friends-of-human-security-chair-summary-2008-05.txt"]
        let out = dir.appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--to", "csv,ttl", "--authorities", table.path, "-o", out.path]
            + inputs.map { corpus.appendingPathComponent($0).path })
        #expect(run.status == 0, "\(run.stderr)")
        let turtle = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".ttl") }.map { out.appendingPathComponent($0).path }
        let check = try Tool.run(["python3", "-c", """
            import sys, rdflib
            from csvw import CSVW
            V = "https://w3id.org/proceedings/ns/vocab#"
            terms = [V + "nameAsPrinted", V + "honorificAsPrinted", V + "mentionOf"]
            tables = [t for t in CSVW(sys.argv[1]).to_json()["tables"] if t["url"].endswith(("persons.csv", "organizations.csv"))]
            csvw = sorted((d["@id"], p, d[p]) for t in tables for row in t["row"] for d in row["describes"] for p in terms if p in d)
            graph = rdflib.Graph()
            for path in sys.argv[2:]: graph.parse(path, format="turtle")
            ttl = sorted((str(s), str(p), str(o)) for s, p, o in graph if str(p) in terms)
            print(csvw == ttl, len(csvw) > 20)
            print(sorted(o for s, p, o in csvw if p.endswith("honorificAsPrinted") and s.endswith("/wikidata-q900000001")))
            """, out.appendingPathComponent("csv/csv-metadata.json").path] + turtle, executable: "/usr/bin/env")
        #expect(check.stdout == "True True\n['Ambassador', 'H.E. Mr.']\n", "\(check.stdout)\(check.stderr)")
    }

    /// What the Turtle says of a person, organisation, venue or issuer an authority identifies, its
    /// `owl:sameAs` and `schema:sameAs`, the CSVW says too, as the Python csvw package converts the
    /// tables, with the resource's schema.org class, and nothing the Turtle does not say of it.
    @Test func identifiedResourcesHaveTheirSameAsAndClassInCSVWAsInTheTurtle() throws {
        let samples = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--to", "csv,ttl", "--authorities", Tool.authorities,
                                "--catalogue", Tool.catalogue, "-o", samples.path, Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        // Tokyo, the venue, and the University of Tokyo, the issuer, are identified there.
        let places = try PlaceEndToEndTests.corpus()
        let placed = try PlaceEndToEndTests.convert(places, places.inputs, into: "out", to: "csv,ttl")
        for (out, expected) in [(samples, "True True True 6 2\n"), (placed, "True True True 6 2\n")] {
            let turtle = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".ttl") }
                .map { out.appendingPathComponent($0).path }
            let check = try Tool.run(["python3", "-c", """
                import sys
                \(Self.csvwTriples)
                RDF, OWL, SCHEMA = str(rdflib.RDF), str(rdflib.OWL), "http://schema.org/"
                csvw = csvw_triples(sys.argv[1])
                graph = rdflib.Graph()
                for path in sys.argv[2:]: graph.parse(path, format="turtle")
                ttl = {(str(s), str(p), str(o)) for s, p, o in graph}
                links = {OWL + "sameAs", SCHEMA + "sameAs"}
                same = {t for t in ttl if t[1] in links}
                identified = {s for s, p, o in same}
                said = {t for t in csvw if t[0] in identified}
                classes = {o for s, p, o in said if p == RDF + "type"}
                print({t for t in csvw if t[1] in links} == same, said <= ttl,
                      len(classes) > 0 and all(s in {x for x, p, o in said if p == RDF + "type"} for s in identified),
                      len(same), len(identified))
                """, out.appendingPathComponent("csv/csv-metadata.json").path] + turtle, executable: "/usr/bin/env")
            #expect(check.stdout == expected, "\(check.stdout)\(check.stderr)")
        }
    }

    /// With --base, the CSVW names every resource as the Turtle of the same run does: a CSVW
    /// converter makes no subject the Turtle has not, none outside the base but the tool, and misses no
    /// document, event, part, role, statement, section, note, mention, person, organisation or
    /// venue; each person, organisation, venue and issuer has the Turtle's classes, identified or
    /// not; and what the CSVW links under the base with a predicate the Turtle uses, the Turtle links.
    @Test func theCSVWNamesAndTypesWhatTheTurtleDoesUnderTheRunsBase() throws {
        let base = "https://example.org/x/"
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--to", "csv,ttl", "--base", base, "--authorities", Tool.authorities,
                                "--catalogue", Tool.catalogue, "-o", out.path, Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        let turtle = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".ttl") }
            .map { out.appendingPathComponent($0).path }
        let check = try Tool.run(["python3", "-c", """
            import sys
            \(Self.csvwTriples)
            base, RDF = sys.argv[2], str(rdflib.RDF)
            T, V, S, C = RDF + "type", "https://w3id.org/proceedings/ns/vocab#", "http://schema.org/", str(rdflib.Namespace("https://w3id.org/scholarlydata/ontology/conference-ontology.owl#"))
            csvw = csvw_triples(sys.argv[1])
            graph = rdflib.Graph()
            for path in sys.argv[3:]: graph.parse(path, format="turtle")
            ttl = {(str(s), str(p), str(o)) for s, p, o in graph}
            subjects = {s for s, p, o in csvw}
            agents = {S + "Person", S + "Organization", S + "Place"}
            resources = agents | {S + "Event", V + "Statement", V + "Section", V + "Note", V + "Mention", C + "RoleDuringEvent",
                                  "http://xmlns.com/foaf/0.1/Document"}
            main = {s for s, p, o in ttl if p == T and o in resources}
            typed = {s for s, p, o in ttl if p == T and o in agents}
            identified = {s for s, p, o in ttl if p == str(rdflib.OWL.sameAs)}
            predicates = {p for s, p, o in ttl}
            links = {t for t in csvw if t[2].startswith(base) and t[1] in predicates}
            # Every resource under the base, but the tool that made the graphs (graphs.csv), whose IRI is fixed.
            print(subjects <= {s for s, p, o in ttl}, all(s.startswith((base, "https://w3id.org/proceedings/tool/")) for s in subjects), main <= subjects,
                  {(s, o) for s, p, o in csvw if p == T and s in typed} == {(s, o) for s, p, o in ttl if p == T and s in typed},
                  links <= ttl, len(typed - identified) > 20, len(links) > 100)
            """, out.appendingPathComponent("csv/csv-metadata.json").path, base] + turtle, executable: "/usr/bin/env")
        #expect(check.stdout == "True True True True True True True\n", "\(check.stdout)\(check.stderr)")
    }

    /// Every triple a CSVW converter derives from the tables is in the Turtle's terms: a property
    /// the Turtle never states of that subject, or a class it never gives it, is a term the CSVW
    /// uses for a fact the Turtle states otherwise, or not at all. And every term of the project's
    /// namespace that the metadata names is one the vocabulary defines.
    @Test func theCSVWStatesItsFactsInTheTurtlesTermsAndTheVocabularyDefinesThem() throws {
        let dir = try Tool.temporaryDirectory()
        let vocabulary = dir.appendingPathComponent("vocab.ttl")
        #expect(try Tool.run(["vocabulary", "-o", vocabulary.path]).status == 0)
        let samples = dir.appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--to", "csv,ttl", "--authorities", Tool.authorities, "--catalogue", Tool.catalogue,
                                "--corrections", Tool.samples.appendingPathComponent("corrections.csv").path,
                                "-o", samples.path, Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        let places = try PlaceEndToEndTests.corpus()
        let placed = try PlaceEndToEndTests.convert(places, places.inputs, into: "out", to: "csv,ttl")
        for out in [samples, placed] {
            let turtle = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".ttl") }
                .map { out.appendingPathComponent($0).path }
            let check = try Tool.run(["python3", "-c", """
                import sys, json, re
                \(Self.csvwTriples)
                T, V = str(rdflib.RDF.type), "https://w3id.org/proceedings/ns/vocab#"
                csvw = csvw_triples(sys.argv[1])
                graph = rdflib.Graph()
                for path in sys.argv[3:]: graph.parse(path, format="turtle")
                said = {(str(s), str(p)) for s, p, o in graph}
                typed = {(str(s), str(o)) for s, p, o in graph.triples((None, rdflib.RDF.type, None))}
                print(sorted({p for s, p, o in csvw if p != T and (s, p) not in said}),
                      sorted({o for s, p, o in csvw if p == T and (s, o) not in typed}))
                defined = {str(s) for s in rdflib.Graph().parse(sys.argv[2], format="turtle").subjects() if str(s).startswith(V)}
                metadata = open(sys.argv[1], encoding="utf-8").read()
                named = {V + t for t in re.findall(re.escape(V) + r"([A-Za-z0-9_]+)", metadata)}
                print(sorted(named - defined), len(named) > 30, len(csvw) > 100)
                """, out.appendingPathComponent("csv/csv-metadata.json").path, vocabulary.path] + turtle, executable: "/usr/bin/env")
            #expect(check.stdout == "[] []\n[] True True\n", "\(check.stdout)\(check.stderr)")
        }
    }

    /// LibreOffice opens every table of the Excel profile, saves it as a workbook, and exports it
    /// again: each cell's text survives, and no cell became a formula.
    @Test func excelProfileOpensInLibreOfficeWithTextIntact() throws {
        let input = try Tool.temporaryDirectory().appendingPathComponent("risk.txt")
        try Data("""
            Seminar on Market Risk

            1. Summary

            • =1+1 was written on the board.
            • -5% growth was forecast for the region.
            • @SUM(A1:A2) appeared on a slide.
            """.utf8).write(to: input)
        let csv = try convert(["--csv-profile", "excel"], inputs: [Tool.seed(0), input.path])
        let tables = try FileManager.default.contentsOfDirectory(atPath: csv.path).filter { $0.hasSuffix(".csv") }.sorted()
        let profile = "file://" + (try Tool.temporaryDirectory().path)
        let toWorkbook = try env(["soffice", "-env:UserInstallation=\(profile)", "--headless", "--infilter=CSV:44,34,76,1",
                                  "--convert-to", "xlsx", "--outdir", "xlsx"] + tables, in: csv)
        #expect(toWorkbook.status == 0, "\(toWorkbook.stderr)")
        let workbooks = tables.map { "xlsx/" + $0.dropLast(4) + ".xlsx" }
        let back = try env(["soffice", "-env:UserInstallation=\(profile)", "--headless",
                            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
                            "--outdir", "back"] + workbooks, in: csv)
        #expect(back.status == 0, "\(back.stderr)")
        let check = try env(["python3", "-c", """
            import csv, sys, zipfile
            failures = []
            for name in sys.argv[1:]:
                with open(name, encoding="utf-8-sig", newline="") as f:
                    written = list(csv.reader(f))
                with open("back/" + name, encoding="utf-8", newline="") as f:
                    reopened = list(csv.reader(f))
                if written != reopened:
                    failures.append(name + ": cells differ")
                sheet = zipfile.ZipFile("xlsx/" + name[:-4] + ".xlsx").read("xl/worksheets/sheet1.xml").decode()
                if "<f>" in sheet or "<f " in sheet:
                    failures.append(name + ": a cell became a formula")
            print("\\n".join(failures) or "intact")
            """] + tables, in: csv)
        #expect(check.stdout == "intact\n", "\(check.stdout)\(check.stderr)")
        let statements = try String(contentsOf: csv.appendingPathComponent("back/statements.csv"), encoding: .utf8)
        #expect(statements.contains("'=1+1 was written on the board."))
    }

    /// A regional tag maps to the language the Turtle gives, as the Python csvw package reads the tables.
    @Test func aRegionalLanguageTagMapsToItsLanguageInCSVWAsInTheTurtle() throws {
        let dir = try Tool.temporaryDirectory()
        let xml = try String(contentsOf: Tool.samples.appendingPathComponent("out/2010-02-23-symposium-human-security-asia.xml"), encoding: .utf8)
        #expect(xml.contains(" language=\"en\""))
        let regional = dir.appendingPathComponent("regional.xml")
        try xml.replacingOccurrences(of: " language=\"en\"", with: " language=\"en-GB\"").write(to: regional, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--to", "csv,ttl", "-o", out.path, regional.path])
        #expect(run.status == 0, "\(run.stderr)")
        let check = try Tool.run(["python3", "-c", """
            import sys, rdflib
            from csvw import CSVW
            tables = CSVW(sys.argv[1]).to_json()["tables"]
            document = next(t for t in tables if t["url"].endswith("documents.csv"))["row"][0]["describes"][0]
            turtle = rdflib.Graph().parse(sys.argv[2], format="turtle")
            languages = {str(o) for o in turtle.objects(None, rdflib.URIRef("http://purl.org/dc/terms/language"))}
            titles = {o.language for o in turtle.objects(None, rdflib.URIRef("http://purl.org/dc/terms/title"))}
            # The tag is the titles' language; as a fact of the document it is the Turtle's dcterms:language alone.
            print(document["dc:language"], sorted(languages), "schema:inLanguage" in document, sorted(titles))
            """, out.appendingPathComponent("csv/csv-metadata.json").path,
            out.appendingPathComponent("2010-02-23-symposium-human-security-asia.ttl").path], executable: "/usr/bin/env")
        #expect(check.stdout == "http://id.loc.gov/vocabulary/iso639-1/en ['http://id.loc.gov/vocabulary/iso639-1/en'] False ['en-GB']\n",
                "\(check.stdout)\(check.stderr)")
        let valid = try Tool.run(["csvwvalidate", "-l", "csv-metadata.json"], executable: "/usr/bin/env", workingDirectory: out.appendingPathComponent("csv"))
        #expect(valid.stdout == "OK\n", "\(valid.stdout)\(valid.stderr)")
    }
}
