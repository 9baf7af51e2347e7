import Foundation
import Testing

/// The whole graph a CSVW converter (the Python csvw package) reads from the table group against the
/// Turtle of the same run: a summary with corrections of every kind, the seeds with the catalogue, an
/// authority table that names persons, organisations, an issuer and a venue of the corpus, a programme
/// whose talks are given in their sessions, a meeting held online and the test corpus.
@Suite struct CSVWGraphTests {
    /// What the two graphs may differ in, by what differs: each is said in the README (CSV tables) and
    /// why. Literals compare by their words, then by datatype and language tag, the CSVW's typed as
    /// the metadata types each table's column.
    static let documented: Set<String> = [
        // CSVW's hexBinary is written in upper case by the csvw package, where the Turtle's (and the
        // shapes') SPDX value is lower case: the column is a string of lower-case hex digits.
        "datatype spdx:checksumValue xsd:string, the Turtle's xsd:hexBinary",
    ]

    static let webinar = "Webinar: Can the River Commissions Survive?\n\nDate: 2021-09-15\nFormat: Online (Zoom), public\n\n"
        + "Moderator: Dr. Sofie Lund, Head of Programme, River Institute\nParticipants: Dr. Jan Berg, River Institute; Ms. Eva Holm, Delta Office\n"

    @Test func theTablesSayWhatTheTurtleSays() throws {
        let dir = try Tool.temporaryDirectory()
        let authorities = dir.appendingPathComponent("authorities.csv")
        try (String(contentsOfFile: Tool.authorities, encoding: .utf8)
            + "Ministry of Foreign Affairs of Japan,organization,Q900000003,,,,,\nAkasaka Prince Hotel,place,Q900000002,,,,,\n")
            .write(to: authorities, atomically: true, encoding: .utf8)
        var inputs = [Tool.seed(0), Tool.seed(1)]
        for (name, text) in [("programme.txt", SubEventTests.programme), ("webinar.txt", Self.webinar)] {
            let file = dir.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            inputs.append(file.path)
        }
        let corpus = Tool.packageRoot.appendingPathComponent("Tests/Fixtures/corpus")
        inputs += try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { corpus.appendingPathComponent($0).path }
        let out = dir.appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--to", "csv,ttl", "--base", "https://example.org/x/", "--authorities", authorities.path,
                                "--catalogue", Tool.catalogue, "--corrections", CorrectionsCommandTests.everyFact, "-o", out.path] + inputs)
        #expect(run.status == 0, "\(run.stderr)")
        let turtle = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".ttl") }.sorted()
            .map { out.appendingPathComponent($0).path }
        #expect(turtle.count == inputs.count)
        let check = try Tool.run(["python3", "-c", """
            import collections, sys
            \(CSVWTests.csvwTriples)
            \(CorrectionsCSVWTests.typedGraph)
            rdflib.NORMALIZE_LITERALS = False
            csvw = csvw_triples(sys.argv[1])
            graph = rdflib.Graph()
            for path in sys.argv[2:]: graph.parse(path, format="turtle")
            ttl = {(str(s), str(p), str(o)) for s, p, o in graph}
            NAMES = {"http://spdx.org/rdf/terms#": "spdx:", str(rdflib.XSD): "xsd:", str(rdflib.RDF): "rdf:"}
            def short(term):
                return next((c + str(term)[len(n):] for n, c in NAMES.items() if str(term).startswith(n)), str(term))
            # By their words: a triple of one graph and not the other, by its property.
            differs = collections.Counter(("Turtle only " if t in ttl else "CSVW only ") + short(t[1]) for t in ttl ^ csvw)
            # Then by datatype and tag, the CSVW's as its columns give them.
            typed = typed_graph(sys.argv[1], csvw)
            kinds = lambda o: (short(o.datatype or rdflib.XSD.string), o.language) if isinstance(o, rdflib.Literal) else None
            words = {(s, p, str(o)): kinds(o) for s, p, o in graph}
            for s, p, o in typed:
                theirs = words.get((s, p, str(o)), kinds(o))
                if theirs != kinds(o):
                    differs["datatype " + short(p) + " " + " ".join(filter(None, kinds(o))) + ", the Turtle's " + " ".join(filter(None, theirs))] += 1
            # Each link the issue names is in both.
            SAID = ["https://w3id.org/scholarlydata/ontology/conference-ontology.owl#hasSubEvent", "http://schema.org/subEvent",
                    "http://schema.org/performer", "http://schema.org/attendee", "http://schema.org/organizer", str(rdflib.PROV.wasAttributedTo),
                    str(rdflib.PROV.qualifiedInfluence), str(rdflib.PROV.agent), "https://w3id.org/proceedings/ns/vocab#sourceLines"]
            print(len(ttl), len(csvw), all(any(t[1] == p for t in ttl & csvw) for p in SAID), [p for p in SAID if not any(t[1] == p for t in ttl)])
            for d, n in sorted(differs.items()): print(d + "|" + str(n))
            """, out.appendingPathComponent("csv/csv-metadata.json").path] + turtle, executable: "/usr/bin/env")
        let lines = check.stdout.split(separator: "\n").map(String.init)
        let counts = (lines.first ?? "").split(separator: " ")
        #expect(counts.count == 4 && counts[0] == counts[1] && counts[2] == "True" && (Int(counts[0]) ?? 0) > 5000,
                "\(check.stdout)\(check.stderr)")
        let found = Set(lines.dropFirst().map { String($0.split(separator: "|")[0]) })
        #expect(found.subtracting(Self.documented).isEmpty, "differs, and the README does not say why: \(found.subtracting(Self.documented).sorted())")
        #expect(Self.documented.subtracting(found).isEmpty, "no longer differs: \(Self.documented.subtracting(found).sorted())")
    }
}
