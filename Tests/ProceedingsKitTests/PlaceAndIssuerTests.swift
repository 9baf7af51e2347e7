import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The identifiers of Tokyo (GeoNames 1850147, Wikidata Q1490) and of the University of Tokyo (ROR
/// 057zh3y96, ISNI 0000 0001 2192 178X) are theirs; the others are valid in form and name made-up places.
private enum Known {
    static let tokyoGeoNames = AuthorityLink(scheme: .geonames, value: "1850147")
    static let tokyoWikidata = AuthorityLink(scheme: .wikidata, value: "Q1490")
    static let utokyoISNI = AuthorityLink(scheme: .isni, value: "000000012192178X")
    static let utokyoROR = AuthorityLink(scheme: .ror, value: "057zh3y96")

    static func table(_ text: String) -> AuthorityTable {
        let (table, findings) = AuthorityTable.parse(Array(text.utf8), fileName: "authorities.csv")
        #expect(findings.isEmpty, "\(findings)")
        return table
    }

    static func catalogue(_ text: String) -> Catalogue {
        let (catalogue, findings) = Catalogue.parse(Array(text.utf8), fileName: "catalogue.csv")
        #expect(findings.isEmpty, "\(findings)")
        return catalogue
    }

    static func summary(_ topic: String, venue: String, roster: String = "Chair: Ken Sato, Professor, Kyoto University") -> [UInt8] {
        Array("Seminar on \(topic)\n\nDate: 3 March 2009\nVenue: \(venue)\n\nSession 1: \(topic)\n\n\(roster)\n".utf8)
    }

    static let lakeside = AuthorityLink(scheme: .wikidata, value: "Q4115189")

    static let places = """
        name,kind,wikidata,geonames
        Tokyo,place,Q1490,https://www.geonames.org/1850147/tokyo.html
        "Tokyo, Japan",,http://www.wikidata.org/entity/Q1490,
        Lakeside Centre,place,Q4115189,
        University of Tokyo,organization,,
        """
}

@Suite struct PlaceAuthorityTests {
    private func parse(_ text: String) -> AuthorityLink? { try? AuthorityLink.parse(text, scheme: .geonames).get() }

    @Test func geoNamesIdentifiersInEveryFormALibrarianCopies() {
        for form in ["1850147", " 1850147 ", "https://sws.geonames.org/1850147/", "http://sws.geonames.org/1850147",
                     "https://www.geonames.org/1850147/tokyo.html", "https://sws.geonames.org/1850147/about.rdf", "geonames:1850147"] {
            #expect(parse(form) == Known.tokyoGeoNames, "\(form)")
        }
        // The concept IRI that GeoNames publishes, with its final slash; without it is the web page.
        #expect(Known.tokyoGeoNames.iri == "https://sws.geonames.org/1850147/")
        for bad in ["01850147", "Q1490", "https://www.geonames.org/search.html?q=tokyo", "https://sws.geonames.org/1850147/x/y", ""] {
            #expect(parse(bad) == nil, "\(bad)")
        }
    }

    @Test func aPlaceIsNamedByItsGeoNamesIdentifierFirst() {
        #expect(Ids.authority([Known.tokyoWikidata, Known.tokyoGeoNames], kind: .place) == "geonames-1850147")
        #expect(Ids.authority([Known.tokyoWikidata], kind: .place) == "wikidata-q1490")
        // GeoNames names no person or organisation; ROR no place.
        #expect(Ids.authority([Known.tokyoGeoNames], kind: .organization) == nil)
        #expect(Ids.authority([Known.utokyoROR], kind: .place) == nil)
    }

    @Test func theTableHasAPlaceKind() {
        let (table, findings) = AuthorityTable.parse(Array("""
            name,kind,wikidata,viaf,ror,geonames
            Tokyo,place,Q1490,,,1850147
            Lakeside Centre,,Q4115189,,,2000001
            Hall A,person,,,,2000002
            Hall B,place,,123,057zh3y96,
            Hall C,city,,,,
            """.utf8), fileName: "t.csv")
        #expect(findings.map(\.description) == [
            "t.csv:4:6: error: a GeoNames identifier cannot name a person; left out",
            "t.csv:5:4: error: a VIAF identifier cannot name a place; left out",
            "t.csv:5:5: error: a ROR identifier cannot name a place; left out",
            "t.csv:6:2: error: kind \"city\" is not person, organization or place",
        ])
        // A GeoNames identifier names a place only, so an entry of no kind that has one is a place.
        #expect(table.entities.map(\.kind) == [.place, .place, .person, .place, nil])
        #expect(table.entities[0].links(for: .place) == [Known.tokyoWikidata, Known.tokyoGeoNames])
        #expect(table.entities[0].links(for: .person) == [Known.tokyoWikidata])
        let index = table.index()
        #expect(index[.place]?["tokyo"] == [0])
        #expect(index[.place]?["lakeside centre"] == [1])
        #expect(index[.person]?["tokyo"] == nil && index[.organization]?["lakeside centre"] == nil)
        // An entry of no kind and no GeoNames identifier stays a person or an organisation: a venue
        // is linked only where the librarian said it is a place.
        let agents = Known.table("name,wikidata\nLakeside Centre,Q4115189\n").index()
        #expect(agents[.place] == nil && agents[.organization]?["lakeside centre"] == [0])
    }
}

@Suite struct VenueIdentityTests {
    private let inputs = [
        BatchInput(name: "a.txt", bytes: Known.summary("Health", venue: "Tokyo")),
        BatchInput(name: "b.txt", bytes: Known.summary("Water", venue: "Tokyo, Japan")),
        BatchInput(name: "c.txt", bytes: Known.summary("Forests", venue: "Main Hall")),
        BatchInput(name: "d.txt", bytes: Known.summary("Rivers", venue: "Lakeside Centre")),
    ]

    @Test func aVenueTheTableIdentifiesIsOnePlaceOfTheCorpus() throws {
        let run = Batch.importAll(inputs, authorities: Known.table(Known.places))
        #expect(run.findings.isEmpty, "\(run.findings)")
        #expect(run.records.map(\.event.venue) == ["Tokyo", "Tokyo, Japan", "Main Hall", "Lakeside Centre"])
        let tokyo = [Known.tokyoWikidata, Known.tokyoGeoNames]
        #expect(run.records.map(\.event.venueAuthorities) == [tokyo, tokyo, [], [Known.lakeside]])
        let graphs = try run.records.map { try LinkedData.statements($0) }
        func location(_ statements: [RDFStatement]) -> String? {
            statements.first { $0.predicate == NS.schema + "location" }?.object.iriValue
        }
        let base = LinkedData.defaultBase
        // "Tokyo, Japan" is a variant of Tokyo's entry; a place with no GeoNames identifier is named by its Wikidata one.
        #expect(graphs.map(location) == [base + "place/geonames-1850147", base + "place/geonames-1850147", base + "c/place",
                                         base + "place/wikidata-q4115189"])
        let place = graphs[0].filter { $0.subject == .iri(base + "place/geonames-1850147") }
        #expect(Set(place.map(\.predicate)) == [NS.type, NS.dcterms + "identifier", NS.owl + "sameAs", NS.schema + "sameAs",
                                                 NS.schema + "name", NS.rdfs + "label"])
        // Named by its entry's first row in every record, whichever row the record's venue matched.
        for graph in graphs[0...1] {
            #expect(graph.filter { $0.subject == .iri(base + "place/geonames-1850147") && $0.predicate == NS.schema + "name" }
                .map(\.object) == [.literal("Tokyo")])
        }
        #expect(place.contains { $0.predicate == NS.owl + "sameAs" && $0.object == .iri("https://sws.geonames.org/1850147/") })
        // What the summary printed is its event's, never the corpus's place's.
        // In the document's words, tagged with its language.
        #expect(graphs[0].contains { $0.predicate == NS.pro + "venue" && $0.object == .literal("Tokyo", language: "en") })
        #expect(graphs[1].contains { $0.predicate == NS.pro + "venue" && $0.object == .literal("Tokyo, Japan", language: "en") })
        #expect(graphs[2].contains { $0.subject == .iri(base + "c/place") && $0.predicate == NS.schema + "name" })
        let report = try #require(run.authorityReport)
        #expect(report.places == 4 && report.matchedPlaces == 3)
        #expect(report.unmatched.filter { $0.kind == .place }.map(\.name) == ["Main Hall"])
    }

    @Test func thePlaceDoesNotDependOnTheRun() throws {
        let table = Known.table(Known.places)
        let together = Batch.importAll(inputs, authorities: table).records
        let reversed = Batch.importAll(inputs.reversed(), authorities: table).records
        let alone = Batch.importAll([inputs[0]], authorities: table).records
        #expect(together[0] == reversed[3] && together[0] == alone[0])
        #expect(try LinkedData.export(together[0], syntax: .ntriples) == LinkedData.export(alone[0], syntax: .ntriples))
    }

    @Test func aVenueOfTwoEntriesLinksNothingAndIsReported() {
        let table = Known.table("name,kind,geonames\nTokyo,place,1850147\nTokyo,place,1850144\n")
        let run = Batch.importAll([inputs[0]], authorities: table)
        #expect(run.records[0].event.venueAuthorities.isEmpty)
        #expect(run.findings.map(\.description) == [
            "a.txt:4: warning: \"Tokyo\" matches several entries of authorities.csv (lines 2, 3); not linked — give the entries an identifier in common or tell them apart",
        ])
    }

    @Test func everyFormatKeepsTheVenuesIdentifiers() throws {
        var record = RecordFixture.rich
        record.event.venue = "Tokyo"
        record.event.venueAuthorities = [Known.tokyoWikidata, Known.tokyoGeoNames]
        record.document.issuerAuthorities = [Known.utokyoISNI, Known.utokyoROR]

        let xml = InterchangeXML.export(record)
        #expect(String(decoding: xml, as: UTF8.self).contains("<venue-authority scheme=\"geonames\" value=\"1850147\"/>"))
        let validator = try XMLSchemaValidator.load(path: try SchemaLocator.locate(InterchangeXML.schemaFileName))
        #expect(validator.validate(xml, fileName: "x.xml").isEmpty)
        #expect(InterchangeXML.importRecord(xml, fileName: "x.xml").0 == record)

        for syntax in RDFSyntax.allCases {
            let (back, findings) = LinkedData.importRecord(try LinkedData.export(record, syntax: syntax), syntax: syntax, fileName: "x")
            #expect(findings.isEmpty, "\(findings)")
            #expect(back == record, "\(syntax)")
        }

        // The rich fixture has a person without a name, which the tables cannot hold; its event and document they can.
        let directory = try CSVTableGroupTests.write([record])
        defer { try? FileManager.default.removeItem(at: directory) }
        let tables = try #require(CSVTableGroupImporter.importGroup(at: directory).records.first)
        #expect(tables.event == record.event)
        #expect(tables.document == record.document)

        let tei = TEI.export(record)
        let text = String(decoding: tei, as: UTF8.self)
        #expect(text.contains("<idno type=\"URI\" subtype=\"geonames\">https://sws.geonames.org/1850147/</idno>"))
        #expect(text.contains("<publisher ref=\"https://isni.org/isni/000000012192178X https://ror.org/057zh3y96\">"))
        let back = try #require(TEI.importRecord(tei, fileName: "x.tei.xml").0)
        #expect(back.event.venueAuthorities == record.event.venueAuthorities)
        #expect(back.document.issuerAuthorities == record.document.issuerAuthorities)
    }

    @Test func readersRefuseAnIdentifierThatCannotNameAPlace() throws {
        var record = RecordFixture.rich
        record.event.venueAuthorities = [Known.tokyoGeoNames]
        let xml = String(decoding: InterchangeXML.export(record), as: UTF8.self)
            .replacingOccurrences(of: "<venue-authority scheme=\"geonames\" value=\"1850147\"/>",
                                  with: "<venue-authority scheme=\"ror\" value=\"057zh3y96\"/>")
        #expect(InterchangeXML.importRecord(Array(xml.utf8), fileName: "x.xml").1.map(\.message) == ["a ROR identifier cannot name a place"])
        let turtle = String(decoding: try LinkedData.export(record, syntax: .turtle), as: UTF8.self)
            .replacingOccurrences(of: "<https://sws.geonames.org/1850147/>", with: "<https://orcid.org/0000-0002-1825-0097>")
        let (none, findings) = LinkedData.importRecord(Array(turtle.utf8), syntax: .turtle, fileName: "x.ttl")
        #expect(none == nil)
        #expect(findings.contains { $0.message.hasSuffix("an ORCID identifier cannot name a place") })
    }

    /// A file never brings in a link the authority table would have refused: GeoNames names no person.
    @Test func readersRefuseAPlacesIdentifierOnAPerson() throws {
        var record = RecordFixture.rich
        record.persons[0].authorities = [AuthorityLink(scheme: .wikidata, value: "Q1254")]
        let xml = String(decoding: InterchangeXML.export(record), as: UTF8.self)
            .replacingOccurrences(of: "<authority scheme=\"wikidata\" value=\"Q1254\"/>",
                                  with: "<authority scheme=\"geonames\" value=\"1850147\"/>")
        #expect(InterchangeXML.importRecord(Array(xml.utf8), fileName: "x.xml").1.map(\.message) == ["a GeoNames identifier cannot name a person"])
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
            .replacingOccurrences(of: "<idno type=\"URI\" subtype=\"wikidata\">http://www.wikidata.org/entity/Q1254</idno>",
                                  with: "<idno type=\"URI\" subtype=\"geonames\">https://sws.geonames.org/1850147/</idno>")
        let (fromTEI, teiFindings) = TEI.importRecord(Array(tei.utf8), fileName: "x.tei.xml")
        #expect(fromTEI?.persons[0].authorities == [])
        #expect(teiFindings.contains { $0.message == "a GeoNames identifier cannot name a person; left out" })
        let turtle = String(decoding: try LinkedData.export(record, syntax: .turtle), as: UTF8.self)
            .replacingOccurrences(of: "<http://www.wikidata.org/entity/Q1254>", with: "<https://sws.geonames.org/1850147/>")
        let (_, findings) = LinkedData.importRecord(Array(turtle.utf8), syntax: .turtle, fileName: "x.ttl")
        #expect(findings.contains { $0.message.hasSuffix("a GeoNames identifier cannot name a person") })
    }
}

@Suite struct IssuerIdentityTests {
    private let table = """
        name,kind,isni,ror
        University of Tokyo,organization,0000 0001 2192 178X,057zh3y96
        The University of Tokyo,organization,,057zh3y96
        """

    /// The issuer named by the catalogue alone, by the catalogue beside the text's own organisation
    /// under another of its names, and not at all.
    private let inputs = [
        BatchInput(name: "a.txt", bytes: Known.summary("Health", venue: "Hongo")),
        BatchInput(name: "b.txt", bytes: Known.summary("Water", venue: "Komaba", roster: "Chair: Ken Sato, Professor, The University of Tokyo")),
        BatchInput(name: "c.txt", bytes: Known.summary("Forests", venue: "Kashiwa")),
    ]
    private let catalogue = """
        file,issuer
        a.txt,University of Tokyo
        b.txt,University of Tokyo
        c.txt,Ministry of Forests
        """

    @Test func theCataloguedIssuerIsTheAuthoritysOrganisation() throws {
        let run = Batch.importAll(inputs, authorities: Known.table(table), catalogue: Known.catalogue(catalogue))
        #expect(run.findings.isEmpty, "\(run.findings)")
        #expect(run.records.map(\.document.issuerAuthorities) == [[Known.utokyoISNI, Known.utokyoROR], [Known.utokyoISNI, Known.utokyoROR], []])
        let base = LinkedData.defaultBase, university = base + "org/ror-057zh3y96"
        let graphs = try run.records.map { try LinkedData.statements($0) }
        func publisher(_ statements: [RDFStatement]) -> String? {
            statements.first { $0.predicate == NS.dcterms + "publisher" }?.object.iriValue
        }
        // One ministry, one IRI: the issuer of a and b is the university of the corpus, which b's
        // text also names (as The University of Tokyo); c's issuer no authority identifies, so it is c's own.
        #expect(graphs.map(publisher) == [university, university, base + "c/issuer"])
        #expect(graphs[1].contains { $0.subject == .iri(base + "b/mention/org/ror-057zh3y96") && $0.object == .iri(university) })
        let issuer = graphs[0].filter { $0.subject == .iri(university) }
        #expect(issuer.contains { $0.predicate == NS.owl + "sameAs" && $0.object == .iri("https://ror.org/057zh3y96") })
        // Named by its entry's first row, in a's graph and in b's, whose text names it otherwise;
        // never by what one record prints or catalogues.
        #expect(!issuer.contains { $0.predicate == NS.foaf + "name" })
        for graph in graphs[0...1] {
            #expect(graph.filter { $0.subject == .iri(university) && [NS.schema + "name", NS.rdfs + "label"].contains($0.predicate) }
                .map(\.object) == [.literal("University of Tokyo"), .literal("University of Tokyo")])
        }
        #expect(issuer.contains { $0.predicate == NS.type && $0.object == .iri(NS.schema + "Organization") })
        for (record, graph) in zip(run.records, graphs) {
            let (back, findings) = LinkedData.importRecord(try Serd.write(graph, syntax: .turtle, prefixes: NS.prefixes),
                                                           syntax: .turtle, fileName: record.id)
            #expect(findings.isEmpty, "\(findings)")
            #expect(back == record)
        }
    }

    /// The issuer that the text names as an organisation is that organisation: every format gives
    /// it the identifiers the Turtle gives its node, and reading any of them back keeps them.
    @Test func anIssuerTheTextNamesCarriesItsIdentifiersInEveryFormat() throws {
        let named = BatchInput(name: "d.txt", bytes: Known.summary("Soil", venue: "Yayoi",
                                                                  roster: "Chair: Ken Sato, Professor, University of Tokyo"))
        let run = Batch.importAll([named], authorities: Known.table(table),
                                  catalogue: Known.catalogue("file,issuer\nd.txt,University of Tokyo\n"))
        let record = try #require(run.records.first)
        let links = [Known.utokyoISNI, Known.utokyoROR]
        #expect(record.organizations.map(\.authorities) == [links])
        #expect(record.document.issuerAuthorities == links)

        let xml = InterchangeXML.export(record)
        #expect(String(decoding: xml, as: UTF8.self).contains(
            "<authority scheme=\"ror\" value=\"057zh3y96\"/>\n      <authority-name>University of Tokyo</authority-name>\n    </issuer>"))
        #expect(InterchangeXML.importRecord(xml, fileName: "d.xml").0 == record)
        let tei = TEI.export(record)
        #expect(String(decoding: tei, as: UTF8.self).contains("<publisher ref=\"https://isni.org/isni/000000012192178X https://ror.org/057zh3y96\" resp=\"#catalogue\">"))
        #expect(TEI.importRecord(tei, fileName: "d.tei.xml").0?.document.issuerAuthorities == links)
        #expect(TEI.importRecord(tei, fileName: "d.tei.xml").0?.document.issuerAuthorityName == "University of Tokyo")
        let documents = try #require(try CSVTables.export([record]).first { $0.file == "documents.csv" })
        let rows = String(decoding: documents.bytes, as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = rows[0].map(String.init)
        #expect(rows[1][header.firstIndex(of: "issuer_ror")!] == "057zh3y96")
        #expect(rows[1][header.firstIndex(of: "issuer_isni")!] == "000000012192178X")
        #expect(rows[1][header.firstIndex(of: "issuer_iri")!] == "org/ror-057zh3y96")

        let graph = try LinkedData.statements(record)
        let university = LinkedData.defaultBase + "org/ror-057zh3y96"
        #expect(graph.contains { $0.predicate == NS.dcterms + "publisher" && $0.object == .iri(university) })
        #expect(graph.contains { $0.subject == .iri(university) && $0.object == .iri("https://ror.org/057zh3y96") })
        for syntax in RDFSyntax.allCases {
            #expect(LinkedData.importRecord(try LinkedData.export(record, syntax: syntax), syntax: syntax, fileName: "d").0 == record)
        }
        // An export of an earlier release, whose issuer had none, gets them when it goes through a run.
        var earlier = record
        earlier.document.issuerAuthorities = []
        let again = Batch.importAll([BatchInput(name: "d.xml", bytes: InterchangeXML.export(earlier))])
        #expect(again.records.first?.document.issuerAuthorities == links)
    }

    @Test func withoutACatalogueThePrintedIssuerIsLinked() throws {
        let text = "Seminar on Health\n\nIssued by University of Tokyo\n\nSession 1: Vaccines\n\nChair: Ken Sato, Professor, Kyoto University\n"
        let run = Batch.importAll([BatchInput(name: "a.txt", bytes: Array(text.utf8))], authorities: Known.table(table))
        let record = try #require(run.records.first)
        #expect(record.document.issuer?.printed?.text == "University of Tokyo")
        #expect(record.document.issuerAuthorities == [Known.utokyoISNI, Known.utokyoROR])
    }
}
