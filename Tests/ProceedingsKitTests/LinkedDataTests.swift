import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The linked-data export and import through serd: round trips, determinism, safe IRIs, errors.
@Suite struct LinkedDataTests {
    @Test(arguments: RDFSyntax.allCases)
    func bothSeedsRoundTrip(_ syntax: RDFSyntax) throws {
        for record in try SeedExportTests.seedRun().records {
            let bytes = try LinkedData.export(record, syntax: syntax)
            let (back, findings) = LinkedData.importRecord(bytes, syntax: syntax, fileName: "\(record.id).\(syntax.rawValue)")
            #expect(findings.isEmpty, "\(findings)")
            #expect(back == record)
        }
    }

    @Test(arguments: RDFSyntax.allCases)
    func everyFieldOfTheRichFixtureRoundTrips(_ syntax: RDFSyntax) throws {
        let record = RecordFixture.rich
        let (back, findings) = LinkedData.importRecord(try LinkedData.export(record, syntax: syntax, base: "http://example.org/x/"),
                                                       syntax: syntax, fileName: "rich")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == record)
    }

    @Test func outputIsDeterministicAndSorted() throws {
        let record = RecordFixture.rich
        var shuffled = record
        shuffled.persons.reverse()
        let once = try LinkedData.export(record, syntax: .ntriples)
        #expect(once == (try LinkedData.export(record, syntax: .ntriples)))
        let lines = String(decoding: once, as: UTF8.self).split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(!String(decoding: once, as: UTF8.self).contains("_:"), "no blank nodes")
        // A different order of persons is a different record, but the graph differs only in proceedings:index.
        #expect(try LinkedData.export(shuffled, syntax: .ntriples) != once)
    }

    @Test func nquadsPutEveryStatementInTheRecordsGraph() throws {
        let record = RecordFixture.rich
        let text = String(decoding: try LinkedData.export(record, syntax: .nquads), as: UTF8.self)
        let graph = "<\(LinkedData.graphIRI(of: record))> .\n"
        #expect(graph == "<https://w3id.org/proceedings/id/2003-02-25-international-symposium-on-human-security/graph> .\n")
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            #expect(line.hasSuffix(graph.dropLast()), "\(line)")
        }
    }

    @Test func idsWithAnyCharacterGiveValidIRIs() throws {
        var record = RecordFixture.rich
        record = record.renamingPerson(record.persons[0].id, to: "Ōgata san/<x>\"{y}|%")
        record.id = "2003 02 25 symposium?#"
        let statements = try LinkedData.statements(record)
        let iris = statements.flatMap { [$0.subject, .iri($0.predicate), $0.object] }.compactMap(\.iriValue)
        for iri in iris {
            #expect(throws: Never.self) { try IRI.check(iri) }
            #expect(!iri.contains(" ") && !iri.contains("<") && !iri.contains("\""), "\(iri)")
        }
        #expect(iris.contains("https://w3id.org/proceedings/id/2003%2002%2025%20symposium%3F%23/person/%C5%8Cgata%20san%2F%3Cx%3E%22%7By%7D%7C%25"))
        let (back, findings) = LinkedData.importRecord(try LinkedData.export(record, syntax: .turtle), syntax: .turtle, fileName: "x")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == record)
    }

    /// serd writes quotes in a long string that its own reader misreads; every quote must come back.
    @Test func quotesAtTheEndOfALiteralRoundTrip() throws {
        var record = RecordFixture.rich
        record.event.venue = "Carnegie Endowment under the theme of \"\""
        record.event.subtitle = "\"quoted\" \\ \"\\\"\nand a second line"
        for syntax in [RDFSyntax.turtle, .ntriples] {
            let (back, findings) = LinkedData.importRecord(try LinkedData.export(record, syntax: syntax), syntax: syntax, fileName: "x")
            #expect(findings.isEmpty, "\(findings)")
            #expect(back == record)
        }
    }

    @Test func iriCheckRejectsWhatStoresRefuse() {
        for bad in ["no-scheme", "http://x/a b", "http://x/<a>", "http://x/%zz", "http://x/a\u{1}", "1http://x/", "http://x/{a}"] {
            #expect(throws: InvalidIRI.self) { try IRI.check(bad) }
        }
        for good in ["http://x/", "https://w3id.org/proceedings/id/a%20b", "urn:isbn:123", "http://example.org/Ōgata"] {
            #expect(throws: Never.self) { try IRI.check(good) }
        }
        #expect(IRI.decodeSegment(IRI.segment("Ōgata a/b %")) == "Ōgata a/b %")
        #expect(throws: InvalidIRI.self) { try LinkedData.checkBase("https://example.org/id") }
        // A fragment in the base would put a fragment inside a fragment: …/data#t1/text#line=1,2.
        #expect(throws: InvalidIRI.self) { try LinkedData.checkBase("https://example.org/data#") }
        #expect(throws: InvalidIRI.self) { try LinkedData.export(RecordFixture.rich, syntax: .turtle, base: "not a base/") }
    }

    @Test func personsAndOrganisationsAreTheCorpusOnlyThroughAnAuthority() throws {
        let one = "Seminar on Health\n\nSession 1: Vaccines\n\nModerator: Yuki Tanaka, Director, Tokyo Medical University\n"
        let two = "Seminar on Water\n\nSession 1: Rivers\n\nPanelists: Yuki Tanaka, Professor, Tokyo Medical University\n"
        let inputs = [BatchInput(name: "a.txt", bytes: Array(one.utf8)), BatchInput(name: "b.txt", bytes: Array(two.utf8))]
        func subjects(_ run: BatchResult) throws -> [Set<String>] {
            try run.records.map { record in
                Set(try LinkedData.statements(record, base: "https://example.org/").compactMap(\.subject.iriValue))
            }
        }
        let apart = try subjects(Batch.importAll(inputs))
        #expect(apart[0].intersection(apart[1]).filter { !$0.hasPrefix("https://w3id.org/proceedings/tool/") }.isEmpty)
        #expect(apart[0].contains("https://example.org/a/person/yuki-tanaka"))
        #expect(apart[0].contains("https://example.org/a/role/part/session-1/person/yuki-tanaka/moderator"))
        #expect(apart[0].contains("https://example.org/a/role/part/session-1/person/yuki-tanaka/moderator/affiliation"))
        #expect(apart[1].contains("https://example.org/b/mention/person/yuki-tanaka"))
        let (table, problems) = AuthorityTable.parse(Array("name,wikidata,ror\nYuki Tanaka,Q4115189,\nTokyo Medical University,,057zh3y96\n".utf8),
                                                     fileName: "authorities.csv")
        #expect(problems.isEmpty)
        let linked = try subjects(Batch.importAll(inputs, authorities: table))
        #expect(linked[0].intersection(linked[1]).filter { !$0.hasPrefix("https://w3id.org/proceedings/tool/") }.sorted() == [
            "https://example.org/org/ror-057zh3y96", "https://example.org/person/wikidata-q4115189",
        ])
        #expect(linked[0].contains("https://example.org/a/role/part/session-1/person/wikidata-q4115189/moderator"))
    }

    @Test func authorityLinksBecomeSameAs() throws {
        let run = try SeedExportTests.seedRun()
        let linked = try #require(run.records.flatMap(\.organizations).first { !$0.authorities.isEmpty })
        let record = try #require(run.records.first { $0.organizations.contains(linked) })
        let statements = try LinkedData.statements(record)
        for link in linked.authorities {
            for predicate in ["http://www.w3.org/2002/07/owl#sameAs", "http://schema.org/sameAs"] {
                #expect(statements.contains { $0.subject == .iri(LinkedData.defaultBase + "org/" + Ids.authority(linked.authorities, kind: .organization)!)
                    && $0.predicate == predicate && $0.object == .iri(link.iri) })
            }
        }
    }

    @Test func syntaxErrorsHaveLineAndColumn() {
        let turtle = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"open\n"
        let (record, findings) = LinkedData.importRecord(Array(turtle.utf8), syntax: .turtle, fileName: "bad.ttl")
        #expect(record == nil)
        let error = findings.first { $0.rule.rawValue == "rdf-syntax" }
        #expect(error?.line == 3)
        #expect(error?.column != nil)
        #expect(error?.description.hasPrefix("bad.ttl:3:") == true, "\(findings)")

        let ntriples = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n<http://x/a b> <http://x/b> \"c\" .\n"
        let (_, ntFindings) = LinkedData.importRecord(Array(ntriples.utf8), syntax: .ntriples, fileName: "bad.nt")
        #expect(ntFindings.first?.line == 2, "\(ntFindings)")
    }

    @Test func aGraphOutsideTheProfileIsReportedNotGuessed() throws {
        let (none, findings) = LinkedData.importRecord(Array("<http://x/a> <http://x/b> <http://x/c> .\n".utf8),
                                                       syntax: .ntriples, fileName: "other.nt")
        #expect(none == nil)
        #expect(findings.map(\.rule.rawValue) == ["rdf"])

        let text = String(decoding: try LinkedData.export(RecordFixture.rich, syntax: .ntriples), as: UTF8.self)
        let broken = text.replacingOccurrences(of: "roles/moderator>", with: "roles/emcee>")
        #expect(broken != text)
        let (record, brokenFindings) = LinkedData.importRecord(Array(broken.utf8), syntax: .ntriples, fileName: "broken.nt")
        #expect(record == nil)
        #expect(brokenFindings.contains { $0.message.contains("roles/emcee> is not a role") }, "\(brokenFindings)")
    }

    @Test func turtleIsPrefixedAndAbbreviated() throws {
        let record = try #require(try SeedExportTests.seedRun().records.first)
        let text = String(decoding: try LinkedData.export(record, syntax: .turtle), as: UTF8.self)
        #expect(text.hasPrefix("@prefix conf: <https://w3id.org/scholarlydata/ontology/conference-ontology.owl#> ."))
        #expect(text.contains("\ta schema:Event ,\n\t\tconf:OrganisedEvent ;") || text.contains("a conf:OrganisedEvent ,\n\t\tschema:Event ;"), "\(text.prefix(3000))")
        #expect(text.contains("schema:startDate \"2003-02-25\"^^xsd:date"))
    }

    /// A report of the shapes names what is wrong in words: every property shape of a shape, every
    /// SPARQL constraint and every shape with constraints of its own has a message.
    @Test func everyConstraintOfTheShapesHasAMessage() throws {
        let file = Paths.shapesFileName
        let bytes = try Paths.bytes(Paths.packageRoot.appendingPathComponent("Schemas").appendingPathComponent(file))
        let (statements, findings) = Serd.read(bytes, syntax: .turtle, fileName: file)
        #expect(findings.isEmpty)
        let sh = "http://www.w3.org/ns/shacl#"
        let messaged = Set(statements.filter { $0.predicate == sh + "message" }.map(\.subject))
        let shapes = Set(statements.filter { $0.predicate == NS.type && $0.object == .iri(sh + "NodeShape") }.map(\.subject))
        var constraints: [RDFTerm] = []
        for statement in statements where shapes.contains(statement.subject) {
            switch statement.predicate {
            case sh + "property", sh + "sparql": constraints.append(statement.object)
            case sh + "class", sh + "or", sh + "xone", sh + "not", sh + "node": constraints.append(statement.subject)
            default: break
            }
        }
        // Every property shape too, also one inside an sh:or or a qualified value shape, whose message a
        // report gives only through the constraint that holds it; the alternatives of an sh:or that are a
        // datatype or a class alone are no property shapes and have none (README, linked data).
        constraints += statements.filter { $0.predicate == sh + "path" }.map(\.subject)
        #expect(constraints.count > 100)
        let silent = Set(constraints.filter { !messaged.contains($0) }.map { "\($0)" })
        #expect(silent.isEmpty, "without sh:message: \(silent.sorted())")
    }

    /// Every fact's RFC 5147 fragment names the lines it was read from: expanded and read from the
    /// source file, the lines of each statement hold its words.
    @Test func lineFragmentsResolveToTheLinesOfTheSource() throws {
        let run = try SeedExportTests.seedRun()
        var checked = 0
        for record in run.records {
            let source = try String(contentsOf: Paths.sample(record.document.sourceFile), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let statements = try LinkedData.statements(record)
            let fragments = Dictionary(grouping: statements.filter { $0.predicate == NS.pro + "sourceLines" }, by: \.subject)
            for statement in record.statements {
                let node = RDFTerm.iri(Minter(base: LinkedData.defaultBase, record: record).statement(statement.id))
                let iri = try #require(fragments[node]?.first?.object.iriValue)
                let range = try #require(iri.firstMatch(of: /#line=([0-9]+),([0-9]+)$/))
                let (from, to) = (Int(range.1)!, Int(range.2)!)
                #expect(iri.hasPrefix(Minter(base: LinkedData.defaultBase, recordId: record.id).text + "#"))
                let printed = source[from..<to].joined(separator: " ")
                let words = statement.text.split(whereSeparator: \.isWhitespace).prefix(4).joined(separator: " ")
                #expect(printed.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(words), "\(iri): \(words)")
                checked += 1
            }
        }
        #expect(checked > 70)
    }

    /// The project's terms are defined once: every one the linked data, the shapes and the CSVW
    /// mapping use is in the ontology, and the committed ontology and its page are what the code writes.
    @Test func everyTermOfTheProjectIsDefinedAndPublished() throws {
        let defined = Set(LinkedData.vocabulary.map(\.iri))
        #expect(defined.count == LinkedData.vocabulary.count, "a term is defined twice")
        var used: Set<String> = []
        func note(_ term: RDFTerm) { if let iri = term.iriValue, iri.hasPrefix(NS.pro) { used.insert(iri) } }
        for record in try SeedExportTests.seedRun().records + [RecordFixture.rich] {
            for statement in try LinkedData.statements(record) {
                note(statement.subject); note(.iri(statement.predicate)); note(statement.object)
            }
        }
        let root = Paths.packageRoot
        let shapes = try String(contentsOf: root.appendingPathComponent("Schemas/\(Paths.shapesFileName)"), encoding: .utf8)
        for match in shapes.matches(of: /proceedings:([A-Za-z0-9]+)/) { used.insert(NS.pro + match.1) }
        let metadata = String(decoding: try CSVMetadata.csvw(profile: .rfc4180), as: UTF8.self)
        for match in metadata.matches(of: /vocab#([A-Za-z0-9]+)/) { used.insert(NS.pro + match.1) }
        #expect(used.subtracting(defined).sorted() == [])
        #expect(used.count > 40)
        let ontology = try Paths.bytes(root.appendingPathComponent("Schemas/\(LinkedData.vocabularyFileName)"))
        #expect(ontology == (try LinkedData.vocabularyTurtle()), "Schemas/\(LinkedData.vocabularyFileName) is stale: run make samples")
        let page = try String(contentsOf: root.appendingPathComponent("docs/vocabulary.md"), encoding: .utf8)
        #expect(page == LinkedData.vocabularyMarkdown(), "docs/vocabulary.md is stale: run make samples")
        // The ontology reads back as RDF.
        let (statements, findings) = Serd.read(ontology, syntax: .turtle, fileName: LinkedData.vocabularyFileName)
        #expect(findings.isEmpty && statements.count > 200)
    }

    /// What a correction corrected is any resource the shapes allow (sh:nodeKind sh:IRI): the
    /// property says so with its range, as every other property of a correction does.
    @Test func whatACorrectionCorrectedHasARange() throws {
        let corrected = try #require(LinkedData.vocabulary.first { $0.name == "corrected" })
        #expect(corrected.range == NS.rdfs + "Resource")
        let ontology = String(decoding: try LinkedData.vocabularyTurtle(), as: UTF8.self)
        #expect(ontology.contains("rdfs:label \"corrected\"@en ;\n\trdfs:range rdfs:Resource .\n"))
    }

    /// Every property says what its values are (rdfs:range); one without a domain is used on
    /// several classes and its definition says which. The page gives both as the ontology does.
    @Test func everyPropertyHasARange() throws {
        let properties = LinkedData.vocabulary.filter { $0.kind == .objectProperty || $0.kind == .datatypeProperty }
        #expect(properties.filter { $0.range == nil }.map(\.name) == [])
        #expect(LinkedData.vocabulary.first { $0.name == "mentionOf" }?.range == NS.foaf + "Agent")
        let page = LinkedData.vocabularyMarkdown()
        #expect(page.contains("| <a id=\"mentionOf\"></a>`proceedings:mentionOf` | mention of | `proceedings:Mention` | `foaf:Agent` |"))
        #expect(page.contains("| <a id=\"sourceLines\"></a>`proceedings:sourceLines` | source lines |  | `rdfs:Resource` |"))
    }

    @Test func theRoleSchemeIsCommittedAndCoversEveryRole() throws {
        let scheme = try LinkedData.roleSchemeTurtle()
        let committed = try Paths.bytes(Paths.packageRoot.appendingPathComponent("Schemas").appendingPathComponent(Paths.rolesFileName))
        #expect(committed == scheme, "Schemas/roles.ttl is stale: run make samples")
        let text = String(decoding: scheme, as: UTF8.self)
        for role in Role.allCases { #expect(text.contains("role:\(role.rawValue)\n") || text.contains("<https://w3id.org/proceedings/ns/roles/\(role.rawValue)>")) }
        #expect(text.contains("<https://w3id.org/scholarlydata/role/session-chair>"))
    }

    @Test func wallClockTimeOnlyWhenAskedFor() throws {
        let record = RecordFixture.rich
        let plain = String(decoding: try LinkedData.export(record, syntax: .ntriples), as: UTF8.self)
        #expect(!plain.contains("generatedAtTime"))
        let stamped = String(decoding: try LinkedData.export(record, syntax: .ntriples, generatedAt: Date(timeIntervalSince1970: 0)),
                             as: UTF8.self)
        #expect(stamped.contains("<http://www.w3.org/ns/prov#generatedAtTime> \"1970-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"))
        let (back, findings) = LinkedData.importRecord(Array(stamped.utf8), syntax: .ntriples, fileName: "stamped.nt")
        #expect(findings.isEmpty)
        #expect(back == record)
    }

    /// The shapes' list of roles is written from the roles scheme by `make samples` (`vocabulary --shapes`): the
    /// committed shapes are what it writes, a list that lost a role gets it back, and the list is the scheme's concepts.
    @Test func theShapesRolesAreWrittenFromTheRoleScheme() throws {
        let path = Paths.packageRoot.appendingPathComponent("Schemas/\(Paths.shapesFileName)")
        let shapes = String(decoding: try Paths.bytes(path), as: UTF8.self)
        #expect(LinkedData.shapes(withRolesOf: shapes) == shapes, "Schemas/\(Paths.shapesFileName) is stale: run make samples")
        let stale = shapes.replacingOccurrences(of: "<https://w3id.org/proceedings/ns/roles/rapporteur> ", with: "")
        #expect(stale != shapes)
        #expect(LinkedData.shapes(withRolesOf: stale) == shapes)
        #expect(LinkedData.shapes(withRolesOf: "no list of roles") == nil)
        let named = shapes.matches(of: /<(https:\/\/w3id.org\/proceedings\/ns\/roles\/[a-z-]+)>/).map { String($0.1) }
        let scheme = try Paths.bytes(Paths.packageRoot.appendingPathComponent("Schemas").appendingPathComponent(Paths.rolesFileName))
        let (statements, findings) = Serd.read(scheme, syntax: .turtle, fileName: Paths.rolesFileName)
        #expect(findings.isEmpty)
        let concepts = statements.filter { $0.predicate == NS.type && $0.object == .iri(NS.skos + "Concept") }.compactMap(\.subject.iriValue)
        #expect(named.count == Set(named).count && Set(named) == Set(concepts) && concepts.count == Role.allCases.count)
    }

    @Test func partsAreTalksOrPanelsWhereTheTextSaysSo() throws {
        var record = RecordFixture.rich
        record.parts[0].label = "Panel Discussion"
        let statements = try LinkedData.statements(record)
        let types = { (id: String) in
            Set(statements.filter { $0.subject == .iri(LinkedData.defaultBase + record.id + "/part/" + id)
                && $0.predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" }.compactMap(\.object.iriValue))
        }
        let conf = "https://w3id.org/scholarlydata/ontology/conference-ontology.owl#"
        // The Conference Ontology has no Panel: the project's, a kind of its Session.
        #expect(types("opening") == ["http://schema.org/Event", conf + "Session", NS.pro + "Panel"])
        // Session 1 says Presentation, but someone moderated it: a session, not one talk.
        #expect(types("session-1") == ["http://schema.org/Event", conf + "Session"])
        #expect(types("closing") == ["http://schema.org/Event", conf + "Session"])
        record.participations.removeAll { $0.partId == "session-1" && $0.role == .moderator }
        let session1 = { try LinkedData.statements(record).filter {
            $0.subject == .iri(LinkedData.defaultBase + record.id + "/part/session-1") && $0.predicate == NS.type
        }.compactMap(\.object.iriValue) }
        // Unmoderated, it is still what its heading calls it: a session ("Concluding Session", format Presentation).
        #expect(Set(try session1()) == ["http://schema.org/Event", conf + "Session"])
        record.parts[1].label = "Keynote:"
        #expect(Set(try session1()) == ["http://schema.org/Event", conf + "Talk"], "its format note says Presentation")
    }

    @Test func statementsReadInNumericOrder() {
        let sorted = ["role/10", "role/2", "role/1", "role/07", "role/7", "roles", "role/2a"].sorted(by: RDFTerm.naturallyPrecedes)
        #expect(sorted == ["role/1", "role/2", "role/2a", "role/07", "role/7", "role/10", "roles"])
    }

    @Test func graphsAreNamedInTheQueryOfTheEndpoint() throws {
        let store = try GraphStore(endpoint: "http://127.0.0.1:7878/store", timeout: 2)
        #expect(store.url(forGraph: "https://example.org/a b/graph?x=1&y").absoluteString
            == "http://127.0.0.1:7878/store?graph=https%3A%2F%2Fexample.org%2Fa%20b%2Fgraph%3Fx%3D1%26y")
        let withQuery = try GraphStore(endpoint: "http://127.0.0.1:7878/store?default-graph-as-union=false")
        #expect(withQuery.url(forGraph: "urn:x").absoluteString.hasSuffix("?default-graph-as-union=false&graph=urn%3Ax"))
        #expect(throws: GraphStore.InvalidEndpoint.self) { try GraphStore(endpoint: "ftp://example.org/store") }
        #expect(throws: GraphStore.InvalidEndpoint.self) { try GraphStore(endpoint: "store") }
    }
}
