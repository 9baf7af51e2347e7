import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct AuthorityLinkTests {
    private func parse(_ text: String, _ scheme: AuthorityScheme) -> AuthorityLink? {
        try? AuthorityLink.parse(text, scheme: scheme).get()
    }

    private func reason(_ text: String, _ scheme: AuthorityScheme) -> String? {
        if case .failure(let invalid) = AuthorityLink.parse(text, scheme: scheme) { return invalid.description }
        return nil
    }

    @Test func bareIdentifiersAndIRIsGiveOneNormalForm() {
        #expect(parse("http://www.wikidata.org/entity/Q1254", .wikidata) == AuthorityLink(scheme: .wikidata, value: "Q1254"))
        #expect(parse("https://www.wikidata.org/wiki/q1254", .wikidata)?.value == "Q1254")
        #expect(parse(" q1254 ", .wikidata)?.iri == "http://www.wikidata.org/entity/Q1254")
        #expect(parse("https://viaf.org/viaf/102333412/", .viaf)?.value == "102333412")
        #expect(parse("102333412", .viaf)?.iri == "http://viaf.org/viaf/102333412")
        #expect(parse("0000 0001 2192 178x", .isni)?.value == "000000012192178X")
        #expect(parse("https://isni.org/isni/000000012192178X", .isni)?.iri == "https://isni.org/isni/000000012192178X")
        #expect(parse("https://orcid.org/0000-0002-1825-0097", .orcid)?.value == "0000-0002-1825-0097")
        #expect(parse("0000000218250097", .orcid)?.iri == "https://orcid.org/0000-0002-1825-0097")
        #expect(parse("https://ror.org/057zh3y96", .ror)?.value == "057zh3y96")
        #expect(parse("02MHBDP94", .ror)?.iri == "https://ror.org/02mhbdp94")
    }

    @Test func checkDigitsAndShapesAreVerified() {
        #expect(reason("0000 0001 2192 1789", .isni) == "invalid isni identifier \"0000 0001 2192 1789\": check digit is 9, expected X")
        #expect(reason("0000-0002-1825-0098", .orcid) == "invalid orcid identifier \"0000-0002-1825-0098\": check digit is 8, expected 7")
        #expect(reason("057zh3y97", .ror) == "invalid ror identifier \"057zh3y97\": check digits are 97, expected 96")
        #expect(reason("057zi3y96", .ror) != nil)  // i is not in Crockford's alphabet
        #expect(reason("P31", .wikidata) != nil)
        #expect(reason("Q0", .wikidata) != nil)
        #expect(reason("12a", .viaf) != nil)
        #expect(reason("https://example.org/Q1254", .wikidata)
            == "invalid wikidata identifier \"https://example.org/Q1254\": not a wikidata IRI; expected Q followed by digits, e.g. Q42")
        #expect(reason("0000 0001 2192", .isni) != nil)
    }
}

@Suite struct AuthorityTableTests {
    private func table(_ text: String) -> (AuthorityTable, [String]) {
        let (table, findings) = AuthorityTable.parse(Array(text.utf8), fileName: "t.csv")
        return (table, findings.map(\.description))
    }

    @Test func rowsSharingAnIdentifierAreOneEntity() {
        let (parsed, findings) = table("""
            \u{FEFF}Name,KIND,Wikidata,VIAF,ISNI,ROR
            Kofi Annan,person,Q1254,,,
            "Annan, Kofi",,,123,,
            Kofi A. Annan,person,http://www.wikidata.org/entity/Q1254,123,,
            University of Tokyo,organization,,,0000 0001 2192 178X,

            The University of Tokyo,,,,000000012192178X,https://ror.org/057zh3y96
            Sadako Ōgata,person,,,,

            """)
        #expect(findings.isEmpty)
        #expect(parsed.entities.map(\.names) == [["Kofi Annan", "Annan, Kofi", "Kofi A. Annan"],
                                                 ["University of Tokyo", "The University of Tokyo"],
                                                 ["Sadako Ōgata"]])
        #expect(parsed.entities.map(\.kind) == [.person, .organization, .person])
        #expect(parsed.entities[0].links == [AuthorityLink(scheme: .wikidata, value: "Q1254"),
                                             AuthorityLink(scheme: .viaf, value: "123")])
        #expect(parsed.entities[1].links.map(\.iri) == ["https://isni.org/isni/000000012192178X", "https://ror.org/057zh3y96"])
        #expect(parsed.entities.map(\.line) == [2, 5, 8])
    }

    @Test func problemsAreReportedWithLineAndColumn() {
        let (parsed, findings) = table("""
            name,wikidata,isni,orcid,notes
            Kofi Annan,Q1254,,,seen 2003
            "Two
            lines",,0000 0001 2192 1789,,
            Josiah Carberry,,,0000-0002-1825-0098,
            ,Q1,,,
            """)
        #expect(findings == [
            "t.csv:1:5: warning: column \"notes\" is not one of name, kind, wikidata, viaf, isni, orcid, ror, geonames; ignored",
            "t.csv:3:3: error: invalid isni identifier \"0000 0001 2192 1789\": check digit is 9, expected X",
            "t.csv:5:4: error: invalid orcid identifier \"0000-0002-1825-0098\": check digit is 8, expected 7",
            "t.csv:6:1: error: row has no name",
        ])
        #expect(parsed.entities.map(\.names) == [["Kofi Annan"], ["Two\nlines"], ["Josiah Carberry"]])
        #expect(parsed.entities[1].links.isEmpty)
    }

    @Test func aNameColumnIsRequired() {
        let (parsed, findings) = table("label,wikidata\nKofi Annan,Q1254\n")
        #expect(parsed.entities.isEmpty)
        #expect(findings == ["t.csv:1:1: warning: column \"label\" is not one of name, kind, wikidata, viaf, isni, orcid, ror, geonames; ignored",
                             "t.csv:1: error: authority table has no name column; the header row is \"label,wikidata\""])
        #expect(table("").1 == ["t.csv: error: authority table is empty; expected a header row with a name column"])
    }

    @Test func namesCompareFoldedAndInNFC() {
        #expect(AuthorityTable.key("Dr.  Sadako Ōgata") == AuthorityTable.key("dr sadako ogata"))
        #expect(AuthorityTable.key("O\u{0304}gata") == "ogata")
        #expect(AuthorityTable.key("Surin") != AuthorityTable.key("Surin Pitsuwan"))
    }
}

@Suite struct CrossDocumentIdentityTests {
    private func summary(_ topic: String, _ roster: String) -> [UInt8] {
        Array("Seminar on \(topic)\n\nSession 1: \(topic)\n\n\(roster)\n".utf8)
    }

    private func authorities(_ text: String) -> AuthorityTable {
        let (table, findings) = AuthorityTable.parse(Array(text.utf8), fileName: "authorities.csv")
        #expect(findings.isEmpty)
        return table
    }

    private let annan = [
        BatchInput(name: "a.txt", bytes: Array("Seminar on Health\n\nSession 1: Vaccines\n\nModerator: Kofi Annan, Secretary-General, United Nations\n".utf8)),
        BatchInput(name: "b.txt", bytes: Array("Seminar on Water\n\nSession 1: Rivers\n\nChair: Mr. Annan, Secretary-General, United Nations\n".utf8)),
    ]

    @Test func anAuthorityEntryGivesOneIdAcrossDocumentsAndKeepsWhatEachPrinted() throws {
        let table = authorities("name,wikidata\nKofi Annan,Q1254\nMr. Annan,http://www.wikidata.org/entity/Q1254\n")
        let run = Batch.importAll(annan, authorities: table)
        let link = AuthorityLink(scheme: .wikidata, value: "Q1254")
        #expect(run.records.map { $0.persons.map(\.id) } == [["wikidata-q1254"], ["wikidata-q1254"]])
        // What one summary printed stays with it: a record never depends on the others of the run.
        #expect(run.records.map { $0.persons.map(\.name) } == [["Kofi Annan"], ["Annan"]])
        #expect(run.records.map { $0.persons.map(\.variants) } == [[[]], [[]]])
        #expect(run.records.map { $0.persons.map(\.authorities) } == [[[link]], [[link]]])
        #expect(run.records[1].participations.map(\.personId) == ["wikidata-q1254"])
        #expect(Batch.importAll([annan[1]], authorities: table).records == [run.records[1]])
        #expect(run.findings.isEmpty, "\(run.findings)")
        let report = try #require(run.authorityReport)
        #expect((report.matchedPersons, report.persons) == (1, 1))
    }

    @Test func aSingleNameThatMayBeAFullNameIsReportedNotMerged() {
        let run = Batch.importAll(annan)
        #expect(run.records.map { $0.persons.map(\.id) } == [["kofi-annan"], ["annan"]])
        #expect(run.findings.map(\.description) == [
            "b.txt:5: warning: \"Annan\" may be \"Kofi Annan\" (a.txt); kept apart — add both to the authority table to merge them",
        ])
        #expect(run.findings.map(\.rule.rawValue) == ["possible-same-person"])
        #expect(run.authorityReport == nil)
    }

    @Test func aSingleNameWithSeveralCandidatesNamesThreeAndCountsTheRest() {
        let given = ["Kofi", "Ama", "Kwame", "Efua"]
        let inputs = given.enumerated().map { index, name in
            BatchInput(name: "\(index).txt", bytes: summary("Topic \(index)", "Moderator: \(name) Annan, Director, UNDP"))
        } + [BatchInput(name: "last.txt", bytes: summary("Water", "Chair: Mr. Annan, Director, UNDP"))]
        let run = Batch.importAll(inputs)
        #expect(run.findings.map(\.description) == [
            "last.txt:5: warning: \"Annan\" may be \"Kofi Annan\" (0.txt), \"Ama Annan\" (1.txt), \"Kwame Annan\" (2.txt) "
                + "or 1 other of the run; kept apart — add the right one to the authority table with this name to merge them",
        ])
        let two = Batch.importAll(Array(inputs[0..<2]) + [inputs[4]])
        #expect(two.findings.map(\.message) == [
            "\"Annan\" may be \"Kofi Annan\" (0.txt) or \"Ama Annan\" (1.txt); kept apart — "
                + "add the right one to the authority table with this name to merge them",
        ])
    }

    @Test func aRunStreamsInWindowsAndGivesTheSameRecordsWhateverTheJobs() throws {
        let inputs = (1...20).map { n in
            BatchInput(name: "\(n).txt", bytes: summary("Topic \(n)", "Chair: Dr. Tanaka, Director, UNDP\nModerator: Yuki Mori, JICA"))
        } + [BatchInput(name: "missing.txt") { throw CocoaError(.fileReadNoSuchFile) }]
        var windows: [[Record]] = []
        var findings: [Finding] = []
        let outcome = Batch.stream(inputs, jobs: 1) { records, found in
            windows.append(records)
            findings += found
        }
        #expect(windows.map(\.count) == [8, 8, 4])
        #expect(outcome.records == 20)
        #expect(outcome.failed == ["missing.txt"])
        #expect(findings.map(\.description) == ["missing.txt: error: cannot read file"])
        let records = windows.flatMap { $0 }
        // Ids are the record's own: the twentieth document's are what it would have alone.
        #expect(records.map { $0.persons.map(\.id) } == (1...20).map { _ in ["tanaka", "yuki-mori"] })
        #expect(records.map(\.id) == (1...20).map(String.init))
        #expect(Batch.importAll(inputs, jobs: 3).records == records)
    }

    /// Two files of one name in two folders: neither takes the name's id, in either order, and a
    /// file given twice is one claim, converted once.
    @Test func recordsAreNamedByTheirSourceAndANameTwoFilesHaveIsRefusedToBoth() {
        let names = ["x/water.txt", "1999-03-04_Water.txt", "y/water.txt", "1999-03-04_Water.txt"]
        for order in [names, names.reversed()] {
            let run = Batch.importAll(order.map { name in BatchInput(name: name, bytes: summary("Water", "Chair: Yuki Mori, JICA")) })
            #expect(run.records.map(\.id) == ["1999-03-04-water"])
            #expect(Set(run.failed) == ["x/water.txt", "y/water.txt", "1999-03-04_Water.txt"])
            #expect(Set(run.findings.map(\.description)) == [
                "x/water.txt: error: record id \"water\" is what the file name of y/water.txt gives too; none of them converted, "
                    + "in any order of the run — a record is named by its file's name, not its folder: rename all but one",
                "y/water.txt: error: record id \"water\" is what the file name of x/water.txt gives too; none of them converted, "
                    + "in any order of the run — a record is named by its file's name, not its folder: rename all but one",
                "1999-03-04_Water.txt: error: record id \"1999-03-04-water\" is already the id of 1999-03-04_Water.txt in this run; "
                    + "not converted — rename one of the files or convert them in separate runs",
            ])
            #expect(Set(run.findings.map(\.rule.rawValue)) == ["duplicate-record"])
        }
        // Each alone is what its name gives.
        for name in ["x/water.txt", "y/water.txt"] {
            #expect(Batch.importAll([BatchInput(name: name, bytes: summary("Water", "Chair: Yuki Mori, JICA"))]).records.map(\.id) == ["water"])
        }
    }

    @Test func theSameFullNameInTwoRecordsIsTwoResourcesUntilAnAuthoritySaysOtherwise() throws {
        let inputs = [
            BatchInput(name: "a.txt", bytes: summary("Refugees", "Moderator: Sadako Ōgata, President, JICA")),
            BatchInput(name: "b.txt", bytes: summary("Security", "Chair: Sadako Ogata, President, JICA")),
        ]
        let run = Batch.importAll(inputs)
        #expect(run.records.map { $0.persons.map(\.id) } == [["sadako-ogata"], ["sadako-ogata"]])
        let persons = try run.records.map { try LinkedData.statements($0).filter { $0.predicate == NS.schema + "name" && $0.subject.iriValue?.contains("/person/") == true }.map(\.subject) }
        #expect(persons[0] != persons[1])
        let linked = Batch.importAll(inputs, authorities: authorities("name,wikidata\nSadako Ogata,Q4115189\n"))
        #expect(linked.records.map { $0.persons.map(\.id) } == [["wikidata-q4115189"], ["wikidata-q4115189"]])
        #expect(linked.records.map { $0.persons.map(\.name) } == [["Sadako Ōgata"], ["Sadako Ogata"]])
    }

    @Test func organisationsOfOneEntryShareAnIdAndCarryItsIdentifiers() throws {
        let table = authorities("""
            name,kind,isni,ror
            University of Tokyo,organization,0000 0001 2192 178X,
            The University of Tokyo,organization,,057zh3y96
            UTokyo,,000000012192178X,https://ror.org/057zh3y96
            """)
        let run = Batch.importAll([
            BatchInput(name: "a.txt", bytes: summary("Health", "Moderator: Yuki Tanaka, Professor, University of Tokyo")),
            BatchInput(name: "b.txt", bytes: summary("Water", "Moderator: Ken Sato, Professor, The University of Tokyo")),
        ], authorities: table)
        #expect(run.findings.isEmpty, "\(run.findings)")
        let organizations = run.records.flatMap(\.organizations)
        #expect(Set(organizations.map(\.id)) == ["ror-057zh3y96"])
        #expect(organizations.allSatisfy { $0.authorities.map(\.scheme) == [.isni, .ror] })
        let report = try #require(run.authorityReport)
        #expect(report.summary(reportPath: "out/authorities-report.csv")
            == "authorities: 0 of 2 persons, 1 of 1 organisations and 0 of 0 venues matched; unmatched names in out/authorities-report.csv")
        #expect(String(decoding: try report.csv(), as: UTF8.self) == """
            kind,id,name,variants,documents\r
            person,yuki-tanaka,Yuki Tanaka,,a\r
            person,ken-sato,Ken Sato,,b\r

            """)
    }

    @Test func orcidLinksPersonsAndRorOrganisationsOnly() {
        let table = authorities("name,orcid,ror,wikidata\nYuki Tanaka,,057zh3y96,Q4115189\nUniversity of Tokyo,0000-0002-1825-0097,,\n")
        let run = Batch.importAll([BatchInput(name: "a.txt", bytes: summary("Health", "Moderator: Yuki Tanaka, Professor, University of Tokyo"))],
                                  authorities: table)
        #expect(run.records[0].persons.map(\.authorities) == [[AuthorityLink(scheme: .wikidata, value: "Q4115189")]])
        #expect(run.records[0].organizations.map(\.authorities) == [[]])
    }

    @Test func aNameOfTwoEntriesLinksNothingAndIsReported() {
        let table = authorities("name,ror\nUniversity of Tokyo,057zh3y96\nUniversity of Tokyo,02mhbdp94\n")
        let run = Batch.importAll([BatchInput(name: "a.txt", bytes: summary("Health", "Moderator: Yuki Tanaka, Professor, University of Tokyo"))],
                                  authorities: table)
        #expect(run.records[0].organizations.map(\.authorities) == [[]])
        #expect(run.findings.map(\.description) == [
            "a.txt:5: warning: \"University of Tokyo\" matches several entries of authorities.csv (lines 2, 3); not linked — give the entries an identifier in common or tell them apart",
        ])
    }

    @Test func mergingTwoMentionsInOneRecordKeepsOneEntry() {
        let merged = RecordFixture.rich.mergingPerson("juan-manuel-gomez-robledo", into: "sadako-ogata")
        #expect(merged.persons.map(\.id) == ["sadako-ogata", "anonymous"])
        #expect(merged.persons[0].variants == ["Mrs. Ogata", "Ms Ogatta", "Juan Manuel Gómez Robledo"])
        #expect(merged.persons[0].lines == [12, 25, 30, 91])
        #expect(!merged.participations.contains { $0.personId == "juan-manuel-gomez-robledo" })
        #expect(!merged.statements.contains { $0.speakerId == "juan-manuel-gomez-robledo" })
    }
}

@Suite struct AuthorityExportTests {
    /// Values valid in form, not claims about the fixture's entities; the ORCID is ORCID's own
    /// fictitious example (Josiah Carberry).
    static var linked: Record {
        var record = RecordFixture.rich
        record.persons[2].authorities = [
            AuthorityLink(scheme: .wikidata, value: "Q1254"), AuthorityLink(scheme: .viaf, value: "102333412"),
            AuthorityLink(scheme: .isni, value: "000000012192178X"), AuthorityLink(scheme: .orcid, value: "0000-0002-1825-0097"),
        ]
        record.organizations[0].authorities = [AuthorityLink(scheme: .ror, value: "057zh3y96")]
        return record
    }

    @Test func interchangeXMLRoundTripsAuthorities() throws {
        let bytes = InterchangeXML.export(Self.linked)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<authority scheme=\"orcid\" value=\"0000-0002-1825-0097\"/>"))
        let (back, findings) = InterchangeXML.importRecord(bytes, fileName: "x.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == Self.linked)
        let validator = try XMLSchemaValidator.load(path: try SchemaLocator.locate(InterchangeXML.schemaFileName))
        #expect(validator.validate(bytes, fileName: "x.xml").isEmpty)
    }

    @Test func importRefusesAnIdentifierTheTableWouldRefuse() throws {
        let good = String(decoding: InterchangeXML.export(Self.linked), as: UTF8.self)
        for (bad, message) in [("value=\"Q1254\"", "value=\"q1254\"", "authority value \"q1254\" is not in normal form; write \"Q1254\""),
                               ("value=\"000000012192178X\"", "value=\"0000000121921789\"",
                                "invalid isni identifier \"0000000121921789\": check digit is 9, expected X")]
            .map({ (good.replacingOccurrences(of: $0.0, with: $0.1), $0.2) }) {
            let (record, findings) = InterchangeXML.importRecord(Array(bad.utf8), fileName: "x.xml")
            #expect(record == nil)
            #expect(findings.map(\.message) == [message])
        }
    }

    @Test func csvTablesCarryIdentifiersAndSourceLinesPerDocument() throws {
        var other = Self.linked
        other.id = "second-record"
        let tables = try CSVTables.export([Self.linked, other])
        let persons = String(decoding: try #require(tables.first { $0.file == "persons.csv" }).bytes, as: UTF8.self)
        // One row per person of each document, with the document's printed forms; the iri column says
        // which rows are one person of the corpus.
        let id = Self.linked.id
        for record in [id, "second-record"] {
            #expect(persons.contains("\r\n\(record)/person/anonymous,,,,,,,Q1254,102333412,000000012192178X,0000-0002-1825-0097,,,,person/wikidata-q1254,\(record)/mention/person/anonymous,\(record),,,anonymous,3\r\n"))
            #expect(persons.contains("\r\n\(record)/person/sadako-ogata,Sadako Ōgata,Sadako Ōgata,Mrs.,Sadako,Ōgata,Mrs. Ogata|Ms Ogatta,,,,,,,"
                + "\(record):12|\(record):25|\(record):91,\(record)/person/sadako-ogata,\(record)/mention/person/sadako-ogata,\(record),Sadako,Ōgata,sadako-ogata,1\r\n"))
        }
        let organizations = String(decoding: try #require(tables.first { $0.file == "organizations.csv" }).bytes, as: UTF8.self)
        #expect(organizations.contains("\r\n\(id)/org/unu,United Nations University (UNU),United Nations University (UNU),,,,,057zh3y96,,\(id):8,org/ror-057zh3y96,\(id)/mention/org/unu,\(id),unu,1\r\n"))
    }
}
