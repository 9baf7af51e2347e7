import Foundation
import Testing

/// convert --to ttl|nt|nq, --from, --base, and the outputs checked by serdi, rapper, pySHACL and pyoxigraph.
@Suite struct LinkedDataEndToEndTests {
    static let recordIds = ["2003-02-25-international-symposium-human-security", "2010-02-23-symposium-human-security-asia"]
    static let sampleBase = "https://w3id.org/proceedings/id/2003-02-25-international-symposium-human-security/"

    static func convertSeeds(_ extra: [String] = []) throws -> URL {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--authorities", Tool.authorities, "--catalogue", Tool.catalogue, "--to", "ttl,nt,nq", "-o", out.path]
                               + extra + [Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        return out
    }

    @Test func serdiAndRapperParseEveryOutput() throws {
        let out = try Self.convertSeeds()
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            .filter { $0 != "authorities-report.csv" && $0 != "dataset" }
        #expect(written == ["nq", "nt", "ttl"].flatMap { ext in Self.recordIds.map { "\($0).\(ext)" } }.sorted())
        for name in written {
            let path = out.appendingPathComponent(name).path
            let syntax = ["ttl": "turtle", "nt": "ntriples", "nq": "nquads"][String(name.split(separator: ".").last!)]!
            let serdi = try Tool.run(["-i", syntax, "-o", "ntriples", path], executable: "/usr/bin/serdi")
            #expect(serdi.status == 0 && serdi.stderr.isEmpty, "\(name): \(serdi.stderr)")
            let rapper = try Tool.run(["-i", syntax, "-c", path], executable: "/usr/bin/rapper")
            #expect(rapper.status == 0, "\(name): \(rapper.stderr)")
            #expect(rapper.stderr.contains("Parsing returned"), "\(rapper.stderr)")
            #expect(!rapper.stderr.contains("Error") && !rapper.stderr.contains("Warning"), "\(name): \(rapper.stderr)")
        }
        // The records'; the dataset's description names the files the run wrote, and this run wrote no TEI or CSV
        // (SeedExportTests compares the committed one).
        let committed = try Tool.files(under: Tool.samples.appendingPathComponent("out")).filter { $0.key.hasSuffix(".ttl") && !$0.key.hasPrefix("/dataset/") }
        for (name, data) in committed {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == data, "\(name) differs from the committed sample")
        }
    }

    @Test func oneInputToStandardOutputAndABase() throws {
        let run = try Tool.run(["convert", "--to", "ttl", "--base", "https://example.org/ids/", Tool.seed(1)])
        #expect(run.status == 0)
        #expect(run.stdout.contains("<https://example.org/ids/2010-02-23-symposium-human-security-asia/event>"))
        #expect(!run.stdout.contains("https://w3id.org/proceedings/id/"))
        let bad = try Tool.run(["convert", "--to", "ttl", "--base", "https://example.org/a b/", Tool.seed(1)])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--base: invalid IRI <https://example.org/a b/>"), "\(bad.stderr)")
        let relative = try Tool.run(["convert", "--to", "nt", "--base", "ids/", Tool.seed(1)])
        #expect(relative.status == 2)
    }

    /// import(export(model)) through the command line: Turtle, N-Triples and N-Quads back to the committed XML.
    @Test(arguments: ["ttl", "nt", "nq"])
    func linkedDataConvertsBackToTheSameRecord(_ syntax: String) throws {
        let out = try Tool.temporaryDirectory()
        let inputs = Self.recordIds.map { Tool.samples.appendingPathComponent("out/\($0).\(syntax)").path }
        let run = try Tool.run(["convert", "--to", "xml", "-o", out.path] + inputs)
        #expect(run.status == 0, "\(run.stderr)")
        for id in Self.recordIds {
            let back = try Data(contentsOf: out.appendingPathComponent("\(id).xml"))
            #expect(back == (try Data(contentsOf: Tool.samples.appendingPathComponent("out/\(id).xml"))))
        }
        let stdin = try Data(contentsOf: URL(fileURLWithPath: inputs[0]))
        let piped = try Tool.run(["convert", "--from", syntax, "--to", "xml", "-"], stdin: stdin)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("<record id=\"\(Self.recordIds[0])\""))
    }

    @Test func linkedDataOnStandardInputIsRecognisedAndTimeIsStampedOnlyOnRequest() throws {
        let turtle = try Data(contentsOf: Tool.samples.appendingPathComponent("out/\(Self.recordIds[1]).ttl"))
        let run = try Tool.run(["convert", "--to", "nt", "-"], stdin: turtle)
        #expect(run.status == 0, "\(run.stderr)")
        let committed = try String(contentsOf: Tool.samples.appendingPathComponent("out/\(Self.recordIds[1]).nt"), encoding: .utf8)
        #expect(run.stdout == committed)
        let stamped = try Tool.run(["convert", "--to", "nt", "--timestamp", Tool.seed(1)])
        #expect(stamped.stdout.contains("<http://www.w3.org/ns/prov#generatedAtTime>"))
        #expect(!committed.contains("generatedAtTime"))
    }

    @Test func syntaxErrorsAreReportedWithLineAndColumn() throws {
        let dir = try Tool.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.ttl")
        try "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b ex:c ex:d .\n".write(to: bad, atomically: true, encoding: .utf8)
        let run = try Tool.run(["convert", "--to", "xml", "-o", dir.appendingPathComponent("out").path, bad.path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(bad.path):3:15: error: missing ';' or '.'\n"), "\(run.stderr)")
    }

    @Test func samplesConformToTheShapes() throws {
        let files = ["ttl", "nt", "nq"].flatMap { ext in Self.recordIds.map { "samples/out/\($0).\(ext)" } }
        let run = try RDFTools.check(["shacl"] + files.map { Tool.packageRoot.appendingPathComponent($0).path })
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasSuffix("rdf shacl: 6 passed, 0 failed\n"), "\(run.stdout)")
    }

    /// Each break is one a careless export or a hand edit could make; the shapes must catch every one.
    @Test(arguments: [
        ("statement without text", "\tschema:text ", "\tproceedings:unrelated "),
        ("role outside the scheme", "conf:withRole role:moderator", "conf:withRole <https://example.org/emcee>"),
        ("statement as a quotation", "\ta proceedings:Statement ;", "\ta proceedings:Statement , schema:Quotation ;"),
        ("date not a date", "\"2003-02-25\"^^xsd:date", "\"25 February 2003\""),
        ("part linked one way only", "\tschema:superEvent ", "\tproceedings:unrelated "),
        ("person without name", "\tdcterms:identifier \"sadako-ogata\" ;\n\tschema:name \"Sadako Ogata\" ;", "\tdcterms:identifier \"sadako-ogata\" ;"),
        ("a printed form on the person", "\tdcterms:identifier \"sadako-ogata\" ;", "\tdcterms:identifier \"sadako-ogata\" ;\n\tschema:familyName \"Ogata\" ;"),
        ("document type as a string", "\tdcterms:type dcmitype:Text ;", "\tdcterms:type \"Chair's Summary\" ;"),
    ])
    func brokenGraphsAreRejected(_ name: String, _ original: String, _ replacement: String) throws {
        let sample = Tool.samples.appendingPathComponent("out/\(Self.recordIds[0]).ttl")
        let text = try String(contentsOf: sample, encoding: .utf8)
        #expect(text.contains(original), "the sample no longer has \(original)")
        let broken = try Tool.temporaryDirectory().appendingPathComponent("broken.ttl")
        try text.replacingOccurrences(of: original, with: replacement).write(to: broken, atomically: true, encoding: .utf8)
        let run = try RDFTools.check(["shacl", broken.path])
        #expect(run.status == 1, "\(name): \(run.stdout)")
        #expect(run.stdout.contains("does not conform"), "\(name)")
    }

    /// Faults that parse and that a careless export or a hand edit could make: each is reported,
    /// with the message of the constraint that catches it.
    @Test(arguments: [
        ("role with no holder", "\tconf:isHeldBy <", "\tproceedings:unrelated <", "a role is held by one person or organisation"),
        ("reported speech with no speaker", "\tprov:qualifiedInfluence <", "\tproceedings:unrelated <", "reported speech names its speaker"),
        ("first line after last line", "\tproceedings:firstLine 32 ;", "\tproceedings:firstLine 33 ;", "the statement's first line comes after its last"),
        ("end before start", "\tschema:startDate \"2003-02-25\"^^xsd:date ;",
         "\tschema:endDate \"2003-02-24\"^^xsd:date ;\n\tschema:startDate \"2003-02-25\"^^xsd:date ;", "the event ends before it starts"),
        ("sameAs a page about the person", "owl:sameAs <http://www.wikidata.org/entity/Q1254>",
         "owl:sameAs <https://en.wikipedia.org/wiki/Kofi_Annan>", "owl:sameAs names an entity of an authority"),
        ("affiliation of someone else", "conf:isAffiliationOf <\(Self.sampleBase)person/yozo-yokota>",
         "conf:isAffiliationOf <\(Self.sampleBase)person/sadako-ogata>", "the role's affiliation is another's"),
        ("date of issue in words", "dcterms:issued \"2003-03\"^^xsd:gYearMonth", "dcterms:issued \"sometime in spring\"",
         "the date of issue is an ISO 8601 date"),
        ("language in words", "\tdcterms:language <http://id.loc.gov/vocabulary/iso639-1/en> ;", "\tdcterms:language \"english!!\" ;",
         "the language is an ISO 639 language"),
        ("role during another record's event", "conf:during <\(Self.sampleBase)part/session-1> ;",
         "conf:during <https://w3id.org/proceedings/id/another-record/event> ;", "the role is held during an event that is not its document's"),
        ("sub-event and super-event disagree", "schema:subEvent <\(Self.sampleBase)part/concluding-session>",
         "schema:subEvent <\(Self.sampleBase)part/session-1>", "the event that lists a part as its sub-event is the part's super-event"),
        ("two things at one place", "\tproceedings:index 2 ;", "\tproceedings:index 1 ;", "stand at the same place"),
    ])
    func everyPlantedFaultIsReported(_ name: String, _ original: String, _ replacement: String, _ message: String) throws {
        let sample = Tool.samples.appendingPathComponent("out/\(Self.recordIds[0]).ttl")
        let text = try String(contentsOf: sample, encoding: .utf8)
        #expect(text.contains(original), "the sample no longer has \(original)")
        let broken = try Tool.temporaryDirectory().appendingPathComponent("broken.ttl")
        try text.replacingOccurrences(of: original, with: replacement).write(to: broken, atomically: true, encoding: .utf8)
        let run = try RDFTools.check(["shacl", broken.path])
        #expect(run.status == 1, "\(name): \(run.stdout)")
        #expect(run.stdout.contains(message), "\(name): \(run.stdout)")
    }

    @Test func competencyQuestionsGiveTheExpectedAnswers() throws {
        let queries = Tool.samples.appendingPathComponent("queries").path
        let files = Self.recordIds.map { Tool.samples.appendingPathComponent("out/\($0).nq").path }
        let run = try RDFTools.check(["queries", queries] + files)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasSuffix("rdf queries: 4 passed, 0 failed\n"), "\(run.stdout)")
    }

    /// The samples' competency questions answer as before over one store that holds the corpus converted in two orders,
    /// each loaded: the second load adds nothing a query could count twice.
    @Test func competencyQuestionsAnswerAlikeOverTheCorpusLoadedTwiceInTwoOrders() throws {
        let forward = try Self.convertSeeds()
        let backward = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--authorities", Tool.authorities, "--catalogue", Tool.catalogue, "--to", "nq",
                                "-o", backward.path, Tool.seed(1), Tool.seed(0)])
        #expect(run.status == 0, "\(run.stderr)")
        let files = [forward, backward].flatMap { out in Self.recordIds.map { out.appendingPathComponent("\($0).nq").path } }
        let check = try RDFTools.check(["queries", Tool.samples.appendingPathComponent("queries").path] + files)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.hasSuffix("rdf queries: 4 passed, 0 failed\n"), "\(check.stdout)")
    }

    /// IRIs never move: the documents converted in two orders and one at a time give the same
    /// files, a store loaded with two runs holds exactly the triples of one, and one query finds a
    /// person across documents, by the name printed or through the authority that identifies them.
    @Test func aStoreLoadedTwiceHoldsTheTriplesOfOneLoad() throws {
        let (dir, table) = try Self.files([
            "a.txt": "Seminar on Health\n\nSession 1: Vaccines\n\nModerator: Yuki Tanaka, Director, Tokyo Medical University\n",
            "b.txt": "Seminar on Water\n\nSession 1: Rivers\n\nPanelists: Yuki Tanaka, Professor, Tokyo Medical University\nChair: Dr. Tanaka\n",
        ], authorities: "name,ror\nTokyo Medical University,057zh3y96\n")
        let a = dir.appendingPathComponent("a.txt").path, b = dir.appendingPathComponent("b.txt").path
        func convert(_ out: String, _ inputs: [String]) throws -> [String: Data] {
            try Tool.files(under: try Self.convert(inputs, to: "nq", authorities: table, into: dir.appendingPathComponent(out)))
                .filter { $0.key.hasSuffix(".nq") }
        }
        let forward = try convert("forward", [a, b])
        #expect(try convert("backward", [b, a]) == forward)
        #expect(try convert("alone-a", [a])["a.nq"] == forward["a.nq"])
        let files = ["forward", "backward"].flatMap { run in ["a.nq", "b.nq"].map { dir.appendingPathComponent("\(run)/\($0)").path } }
        let count = try Tool.run(["-c", """
            import sys, pyoxigraph as ox
            once, twice = ox.Store(), ox.Store()
            for f in sys.argv[1:3]: once.load(path=f, format=ox.RdfFormat.N_QUADS)
            for f in sys.argv[1:]: twice.load(path=f, format=ox.RdfFormat.N_QUADS)
            print(len(once), len(twice), len(set(once)) == len(set(once) | set(twice)))
            """] + files, executable: try RDFTools.require(RDFTools.python))
        let numbers = count.stdout.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(numbers.count == 3 && numbers[0] == numbers[1] && numbers[2] == "True", "\(count.stdout)\(count.stderr)")

        let queries = dir.appendingPathComponent("queries")
        try FileManager.default.createDirectory(at: queries, withIntermediateDirectories: true)
        let query = try String(contentsOf: Tool.samples.appendingPathComponent("queries/events-of-a-person.rq"), encoding: .utf8)
            .replacingOccurrences(of: "\"Surin Pitsuwan\"", with: "\"Yuki Tanaka\"")
        try query.write(to: queries.appendingPathComponent("events.rq"), atomically: true, encoding: .utf8)
        try """
            SELECT DISTINCT ?org WHERE { ?org a <http://schema.org/Organization> }

            """.write(to: queries.appendingPathComponent("organisations.rq"), atomically: true, encoding: .utf8)
        let id = "https://w3id.org/proceedings/id/"
        try """
            ?event\t?name\t?date\t?role
            <\(id)a/event>\t"Seminar on Health"@en\t\t<https://w3id.org/proceedings/ns/roles/moderator>
            <\(id)b/event>\t"Seminar on Water"@en\t\t<https://w3id.org/proceedings/ns/roles/panelist>

            """.write(to: queries.appendingPathComponent("events.tsv"), atomically: true, encoding: .utf8)
        // The university the authority table identifies is one resource of both documents.
        try "?org\n<\(id)org/ror-057zh3y96>\n".write(to: queries.appendingPathComponent("organisations.tsv"), atomically: true, encoding: .utf8)
        let check = try RDFTools.check(["queries", queries.path] + files)
        #expect(check.status == 0, "\(check.stdout)")
    }

    /// The run's linked data described as VoID and DCAT: counts that match the graphs written, the
    /// same bytes whatever the order, and a licence that must be an IRI.
    @Test func theDatasetIsDescribed() throws {
        let dir = try Tool.temporaryDirectory()
        func convert(_ out: String, _ inputs: [String]) throws -> URL {
            let target = dir.appendingPathComponent(out)
            let run = try Tool.run(["convert", "--quiet", "--to", "nq,ttl", "--authorities", Tool.authorities,
                                    "--license", "https://creativecommons.org/licenses/by/4.0/", "--publisher", "Example Library",
                                    "-o", target.path] + inputs)
            #expect(run.status == 0, "\(run.stderr)")
            return target
        }
        let forward = try convert("forward", [Tool.seed(0), Tool.seed(1)])
        let backward = try convert("backward", [Tool.seed(1), Tool.seed(0)])
        let description = forward.appendingPathComponent("dataset/description.ttl")
        #expect(try Data(contentsOf: description) == Data(contentsOf: backward.appendingPathComponent("dataset/description.ttl")))
        let files = Self.recordIds.map { forward.appendingPathComponent("\($0).nq").path }
        let check = try Tool.run(["-c", """
            import sys, pyoxigraph as ox
            description = ox.Store()
            description.load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)
            data = ox.Store()
            for f in sys.argv[2:]: data.load(path=f, format=ox.RdfFormat.N_QUADS)
            V = "http://rdfs.org/ns/void#"
            def value(query): return [r[0].value for r in description.query(query)]
            D = "http://www.w3.org/ns/dcat#"
            total = value(f"SELECT ?n WHERE {{ ?d <{D}isVersionOf> <https://w3id.org/proceedings/id/dataset> ; <{V}triples> ?n }}")
            per_graph = {r[0].value: int(r[1].value) for r in description.query(f"SELECT ?g ?n WHERE {{ ?d <{V}subset> ?s . ?s <{D}isVersionOf> ?g ; <{V}triples> ?n }}")}
            actual = {g.value: len(list(data.quads_for_pattern(None, None, None, g))) for g in data.named_graphs()}
            wikidata = value(f"SELECT ?n WHERE {{ ?l a <{V}Linkset> ; <{V}triples> ?n ; <{V}objectsTarget> ?t . ?t <{V}uriSpace> 'http://www.wikidata.org/entity/' }}")
            links = len(list(data.query("SELECT DISTINCT ?s ?o WHERE { GRAPH ?g { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o FILTER STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/') } }")))
            licence = value("SELECT DISTINCT ?l WHERE { ?d <http://purl.org/dc/terms/license> ?l }")
            # Each file written is a distribution, with its size and checksum; the description's N-Quads are in its own graph.
            import hashlib, os
            files = {r[0].value: (int(r[1].value), r[2].value) for r in description.query(f"SELECT ?u ?n ?c WHERE {{ ?x a <{D}Distribution> ; <{D}downloadURL> ?u ; <{D}byteSize> ?n ; <http://spdx.org/rdf/terms#checksum>/<http://spdx.org/rdf/terms#checksumValue> ?c }}")}
            folder = os.path.dirname(os.path.dirname(sys.argv[1]))
            sizes = {u: (os.path.getsize(os.path.join(folder, u.rsplit("/", 1)[1])), hashlib.sha256(open(os.path.join(folder, u.rsplit("/", 1)[1]), "rb").read()).hexdigest()) for u in files}
            quads = ox.Store(); quads.load(path=sys.argv[1][:-3] + "nq", format=ox.RdfFormat.N_QUADS)
            version = value(f"SELECT ?v WHERE {{ ?v <{D}isVersionOf> <https://w3id.org/proceedings/id/dataset> }}")[0]
            print(int(total[0]) == len(data), per_graph == actual, int(wikidata[0]) == links, licence == ["https://creativecommons.org/licenses/by/4.0/"],
                  len(files) == 4 and files == sizes, [g.value for g in quads.named_graphs()] == [version + "/description"] and len(quads) == len(description))
            """, description.path] + files, executable: try RDFTools.require(RDFTools.python))
        #expect(check.stdout == "True True True True True True\n", "\(check.stdout)\(check.stderr)")
        let serdi = try Tool.run(["-i", "turtle", "-o", "ntriples", description.path], executable: "/usr/bin/serdi")
        #expect(serdi.status == 0, "\(serdi.stderr)")
        // validate knows it for what it is: no record, and valid.
        let validate = try Tool.run(["validate", description.path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(validate.stderr.contains("a dataset description (VoID, DCAT), not the graph of a record"), "\(validate.stderr)")
        let bad = try Tool.run(["convert", "--license", "CC BY 4.0", "-o", dir.appendingPathComponent("bad").path, Tool.seed(0)])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--license"), "\(bad.stderr)")
    }

    /// Two records print one person of the corpus differently: the union of their graphs, as a
    /// store holds it, still conforms, and each record's form stays on its mention.
    @Test func theUnionOfGraphsConforms() throws {
        let (dir, table) = try Self.files([
            "a.txt": "Seminar on Health\n\nSession 1: Vaccines\n\nModerator: Kofi Annan, Secretary-General, United Nations\n",
            "b.txt": "Seminar on Water\n\nSession 1: Rivers\n\nChair: Mr. Kofi A. Annan, Secretary-General, United Nations\n",
        ], authorities: "name,wikidata\nKofi Annan,Q1254\nKofi A. Annan,Q1254\n")
        let out = try Self.convert(["a.txt", "b.txt"].map { dir.appendingPathComponent($0).path }, to: "nt", authorities: table,
                                   into: dir.appendingPathComponent("out"))
        let union = try ["a.nt", "b.nt"].map { try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(union.contains("<https://w3id.org/proceedings/id/person/wikidata-q1254> <http://www.w3.org/2002/07/owl#sameAs>"))
        // Named by its authority entry's first row, alike in both graphs: one name in the union.
        let names = union.split(separator: "\n").filter { $0.hasPrefix("<https://w3id.org/proceedings/id/person/wikidata-q1254> <http://schema.org/name>") }
        #expect(Set(names) == ["<https://w3id.org/proceedings/id/person/wikidata-q1254> <http://schema.org/name> \"Kofi Annan\" ."], "\(names)")
        #expect(union.contains("\"Kofi A. Annan\""))
        let merged = dir.appendingPathComponent("union.nt")
        try union.write(to: merged, atomically: true, encoding: .utf8)
        let check = try RDFTools.check(["shacl", merged.path])
        #expect(check.status == 0, "\(check.stdout)")
    }

    /// The inputs converted with the authority table into `directory`, which is returned.
    static func convert(_ inputs: [String], to format: String, authorities: URL, into directory: URL) throws -> URL {
        let run = try Tool.run(["convert", "--quiet", "--to", format, "--authorities", authorities.path, "-o", directory.path] + inputs)
        #expect(run.status == 0, "\(run.stderr)")
        return directory
    }

    /// Summaries and an authority table written in a new directory.
    static func files(_ texts: [String: String], authorities: String) throws -> (URL, URL) {
        let dir = try Tool.temporaryDirectory()
        for (name, text) in texts { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let table = dir.appendingPathComponent("authorities.csv")
        try authorities.write(to: table, atomically: true, encoding: .utf8)
        return (dir, table)
    }
}
