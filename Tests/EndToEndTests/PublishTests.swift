import Foundation
import Testing

/// `publish` against a real Oxigraph server on 127.0.0.1, started and stopped by each test.
@Suite(.serialized) struct PublishTests {
    /// A base the library owns: publish refuses the shared default.
    static let base = "https://data.example.org/proceedings/"
    static let graphs = ["2003-02-25-international-symposium-human-security", "2010-02-23-symposium-human-security-asia"]
        .map { "\(base)\($0)/graph" }

    /// Graph → number of triples, over everything in the store.
    static func counts(_ server: RDFTools.Oxigraph) throws -> [String: Int] {
        let csv = try server.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        var result: [String: Int] = [:]
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",")
            result[String(fields[0])] = Int(fields[1])
        }
        return result
    }

    /// The counts of the records' graphs, and the graphs of the dataset's descriptions (`…/description`) apart.
    static func recordCounts(_ server: RDFTools.Oxigraph) throws -> (records: [String: Int], descriptions: [String: Int]) {
        let all = try counts(server)
        return (all.filter { !$0.key.hasSuffix("/description") }, all.filter { $0.key.hasSuffix("/description") })
    }

    static func expectedCounts() throws -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, graph) in graphs.enumerated() {
            let id = LinkedDataEndToEndTests.recordIds[index]
            let nq = try String(contentsOf: Tool.samples.appendingPathComponent("out/\(id).nq"), encoding: .utf8)
            result[graph] = nq.split(separator: "\n").count
        }
        return result
    }

    @Test func publishingPutsEachDocumentInItsGraphAndTwiceChangesNothing() throws {
        let server = try RDFTools.Oxigraph()
        defer { server.stop() }
        let arguments = ["publish", "--base", Self.base, "--endpoint", server.endpoint, "--authorities", Tool.authorities, "--catalogue", Tool.catalogue,
                         Tool.seed(0), Tool.seed(1)]
        let first = try Tool.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("published 2 records from 2 inputs to \(server.endpoint)"), "\(first.stderr)")
        #expect(first.stderr.contains("published the dataset's description into <\(Self.base)dataset/"), "\(first.stderr)")
        let expected = try Self.expectedCounts()
        let published = try Self.recordCounts(server)
        #expect(published.records == expected)
        #expect(published.descriptions.count == 1, "the dataset's description in a graph of its own: \(published.descriptions)")
        let second = try Tool.run(arguments)
        #expect(second.status == 0)
        let again = try Self.recordCounts(server)
        #expect(again.records == expected, "publishing twice changes nothing")
        #expect(again.descriptions == published.descriptions, "the description put again replaces itself")
        // The description counts what the store holds of each record.
        let sizes = try server.query("""
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            SELECT ?graph ?n WHERE { ?dataset void:subset ?subset . ?subset dcat:isVersionOf ?graph ; void:triples ?n } ORDER BY ?graph
            """)
        #expect(sizes.split(whereSeparator: \.isNewline).dropFirst().map(String.init)
                == Self.graphs.map { "\($0),\(expected[$0]!)" }, "\(sizes)")
        // Another run's description (another title) goes beside it, and no node has two figures.
        let retitled = try Tool.run(arguments + ["--dataset-title", "Another title"])
        #expect(retitled.status == 0, "\(retitled.stderr)")
        #expect(try Self.recordCounts(server).descriptions.count == 2)
        let twice = try server.query("""
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?s ?p WHERE { VALUES ?p { void:triples prov:wasGeneratedBy } ?s ?p ?n } GROUP BY ?s ?p HAVING (COUNT(DISTINCT ?n) > 1)
            """)
        #expect(twice.split(whereSeparator: \.isNewline).count == 1, "a node with two sizes or two runs: \(twice)")
        let moderators = try server.query("""
            PREFIX conf: <https://w3id.org/scholarlydata/ontology/conference-ontology.owl#>
            SELECT (COUNT(*) AS ?n) WHERE { ?r conf:withRole <https://w3id.org/proceedings/ns/roles/moderator> }
            """)
        #expect(moderators.hasSuffix("3\r\n") || moderators.hasSuffix("3\n"), "\(moderators)")
    }

    /// The store holds the corrected facts and who corrected them, as a PROV activity that the
    /// record's graph was influenced by, naming the person it corrected; the name as printed stays.
    @Test func theLibrariansCorrectionsArePublished() throws {
        let server = try RDFTools.Oxigraph()
        defer { server.stop() }
        let run = try Tool.run(["publish", "--base", Self.base, "--endpoint", server.endpoint,
                                "--corrections", Tool.samples.appendingPathComponent("corrections.csv").path, Tool.seed(0)])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("corrections: 3 applied, 0 already true, 0 no longer apply"), "\(run.stderr)")
        let answer = try server.query("""
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX proceedings: <https://w3id.org/proceedings/ns/vocab#>
            PREFIX schema: <http://schema.org/>
            SELECT ?name ?printed ?new WHERE {
              ?graph prov:wasInfluencedBy ?c ; prov:wasDerivedFrom ?document .
              ?c a prov:Activity ; proceedings:correctedFact "person" ; proceedings:newValue ?new ;
                 proceedings:corrected ?person ; prov:wasAssociatedWith [ foaf:name "J. Smith" ] .
              ?person schema:name ?name .
              ?mention proceedings:mentionOf ?person ; proceedings:nameAsPrinted ?printed .
            }
            """)
        #expect(answer.split(whereSeparator: \.isNewline).dropFirst().map(String.init) == ["Shinako Tsuchiya,Shinako Tuchiya,Shinako Tsuchiya"], "\(answer)")
    }

    @Test func oneGraphForTheWholeRun() throws {
        let server = try RDFTools.Oxigraph()
        defer { server.stop() }
        let run = try Tool.run(["publish", "--base", Self.base, "--endpoint", server.endpoint, "--graph", "https://example.org/graphs/proceedings",
                                Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        let counts = try Self.recordCounts(server).records
        #expect(Array(counts.keys) == ["https://example.org/graphs/proceedings"])
        // The tool's description is in both documents' graphs but once in the shared one.
        #expect(counts.values.first.map { $0 < (try! Self.expectedCounts()).values.reduce(0, +) } == true)
    }

    /// A table group is an input of publish as of convert: its records get the run's authorities and
    /// catalogue, and the store holds what publishing the summaries themselves puts there.
    @Test func aTableGroupIsPublishedAsTheSummariesItWasMadeOf() throws {
        let csv = try Tool.temporaryDirectory().appendingPathComponent("out")
        #expect(try Tool.run(["convert", "--to", "csv", "-o", csv.path, Tool.seed(0), Tool.seed(1)]).status == 0)
        let server = try RDFTools.Oxigraph()
        defer { server.stop() }
        let librarian = ["--authorities", Tool.authorities, "--catalogue", Tool.catalogue]
        let everything = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o"
        let fromGroup = try Tool.run(["publish", "--base", Self.base, "--endpoint", server.endpoint] + librarian
            + ["--from", "csv", csv.appendingPathComponent("csv").path])
        #expect(fromGroup.status == 0, "\(fromGroup.stderr)")
        #expect(fromGroup.stderr.contains("published 2 records from 1 input to \(server.endpoint)"), "\(fromGroup.stderr)")
        #expect(try Self.recordCounts(server).records == Self.expectedCounts())
        let published = try server.query(everything)
        // The summaries replace the graphs the table group put: nothing may change.
        let fromSummaries = try Tool.run(["publish", "--base", Self.base, "--endpoint", server.endpoint] + librarian
            + [Tool.seed(0), Tool.seed(1)])
        #expect(fromSummaries.status == 0, "\(fromSummaries.stderr)")
        #expect(try server.query(everything) == published)
        // The metadata file names the group just as well, recognised without --from.
        let byMetadata = try Tool.run(["publish", "--base", Self.base, "--endpoint", server.endpoint] + librarian
            + [csv.appendingPathComponent("csv/csv-metadata.json").path])
        #expect(byMetadata.status == 0, "\(byMetadata.stderr)")
        #expect(try server.query(everything) == published)
    }

    @Test func aStoreThatIsDownIsAClearErrorWithStatusTwo() throws {
        let port = try RDFTools.freePort()
        let run = try Tool.run(["publish", "--base", Self.base, "--endpoint", "http://127.0.0.1:\(port)/store", Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: cannot reach the store at http://127.0.0.1:\(port)/store"), "\(run.stderr)")
        #expect(run.stderr.contains("not published: 2003-02-25-international-symposium-human-security, 2010-02-23-symposium-human-security-asia"))
    }

    @Test func aStoreThatRefusesIsAClearErrorAndKeepsItsGraph() throws {
        let writable = try RDFTools.Oxigraph()
        #expect(try Tool.run(["publish", "--base", Self.base, "--endpoint", writable.endpoint, Tool.seed(0)]).status == 0)
        let before = try Self.counts(writable)
        writable.stop()
        let readOnly = try RDFTools.Oxigraph(readOnlyOver: writable.directory)
        defer { readOnly.stop() }
        let run = try Tool.run(["publish", "--base", Self.base, "--endpoint", readOnly.endpoint, Tool.seed(0)])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: the store at \(readOnly.endpoint) refused graph <\(Self.graphs[0])>: HTTP 4"), "\(run.stderr)")
        #expect(try Self.counts(readOnly) == before, "nothing half-published")
    }

    @Test func aStoreThatNeverAnswersTimesOut() throws {
        let silent = try RDFTools.Listener()
        defer { silent.close() }
        let started = Date()
        let run = try Tool.run(["publish", "--base", Self.base, "--timeout", "1", "--endpoint", "http://127.0.0.1:\(silent.port)/store", Tool.seed(0)])
        #expect(run.status == 2)
        #expect(run.stderr.contains("did not answer within 1 seconds"), "\(run.stderr)")
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test func badEndpointIsBadUsage() throws {
        let run = try Tool.run(["publish", "--base", Self.base, "--endpoint", "ftp://127.0.0.1/store", Tool.seed(0)])
        #expect(run.status == 2)
        #expect(run.stderr.contains("invalid endpoint"))
    }

    @Test func publishingUnderTheSharedDefaultBaseIsRefused() throws {
        let run = try Tool.run(["publish", "--endpoint", "http://127.0.0.1:9/store", Tool.seed(0)])
        #expect(run.status == 2)
        #expect(run.stderr.contains("publish needs --base: the IRI namespace your IRIs will live under"), "\(run.stderr)")
    }
}
