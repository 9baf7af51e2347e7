import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The seeds through every export: what goes out comes back, validates, and holds every expected fact.
@Suite struct SeedExportTests {
    /// As `make samples` runs it: both seeds with the sample authority table and catalogue.
    static func seedRun() throws -> BatchResult {
        let inputs = try Paths.seeds.map { BatchInput(name: $0, bytes: try Paths.bytes(Paths.sample($0))) }
        let (table, findings) = AuthorityTable.parse(try Paths.bytes(Paths.sample("authorities.csv")),
                                                     fileName: "authorities.csv")
        #expect(findings.isEmpty, "\(findings)")
        let (catalogue, catalogueFindings) = Catalogue.parse(try Paths.bytes(Paths.sample("catalogue.csv")),
                                                             fileName: "catalogue.csv")
        #expect(catalogueFindings.isEmpty, "\(catalogueFindings)")
        var run = Batch.importAll(inputs, authorities: table)
        let described = catalogue.describe(run.records)
        #expect(described.findings.isEmpty && described.described == 2, "\(described.findings)")
        run.records = described.records
        return run
    }

    @Test func interchangeXMLRoundTripsBothSeeds() throws {
        for record in try Self.seedRun().records {
            let bytes = InterchangeXML.export(record)
            let (back, findings) = InterchangeXML.importRecord(bytes, fileName: "\(record.id).xml")
            #expect(findings.isEmpty, "\(findings)")
            #expect(back == record)
        }
    }

    @Test func interchangeXMLOfTheSeedsIsValid() throws {
        let validator = try XMLSchemaValidator.load(path: try SchemaLocator.locate(InterchangeXML.schemaFileName))
        for record in try Self.seedRun().records {
            #expect(validator.validate(InterchangeXML.export(record), fileName: record.id).isEmpty)
        }
    }

    @Test func csvTablesHoldEveryExpectedFact() throws {
        let run = try Self.seedRun()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for table in try CSVTables.export(run.records) {
            try AtomicFile.write(table.bytes, to: directory.appendingPathComponent(table.file))
        }
        let expected = try SeedExpectations.load()
        for name in Paths.seeds {
            let facts = try SeedFacts(csvDirectory: directory, sourceFile: name)
            SeedExpectations.check(facts, against: try #require(expected[name]), file: "csv of \(name)")
        }
    }

    @Test func csvTablesHaveTheContractedColumns() throws {
        let tables = try CSVTables.export(try Self.seedRun().records)
        let headers = tables.filter { $0.file.hasSuffix(".csv") }.map { table in
            String(decoding: table.bytes, as: UTF8.self).components(separatedBy: "\r\n").first ?? ""
        }
        // The contract: the columns of the foundation first, in their order; later columns only after them.
        #expect(headers == [
            "document_id,source_file,sha256,title,subtitle,document_type,issued,language,note,document_type_line,issued_line,symbol,symbol_line,"
                + "issuer_as_printed,issuer_line,issuer_catalogued,source_url_as_printed,source_url_line,source_url_catalogued,"
                + "language_iri,issuer_iri,issuer_wikidata,issuer_viaf,issuer_isni,issuer_ror,title_as_printed,subtitle_as_printed,"
                + "issued_day,issued_month,issued_year,issuer_authority_name,document_type_as_printed,issued_as_printed,"
                + "issued_as_printed_day,issued_as_printed_month,issued_as_printed_year,label,source_url,url",
            "event_id,document_id,parent_id,kind,ordinal,label,title,start_date,end_date,venue,source_line,source_line_end,format_note,date_line,time,time_line,venue_line,audience_note,audience_line,iri,"
                + "venue_iri,venue_wikidata,venue_geonames,venue_authority_name,venue_as_printed,subtitle,start_date_as_printed,end_date_as_printed,"
                + "start_date_day,start_date_month,start_date_year,end_date_day,end_date_month,end_date_year,start_date_as_printed_day,"
                + "start_date_as_printed_month,start_date_as_printed_year,end_date_as_printed_day,end_date_as_printed_month,end_date_as_printed_year,"
                + "parent_iri,primary_topic_of,conf_parent_iri,identifier,index,lines_iri,event_kind,part_kind,title_first_line,title_last_line,"
                + "first_line,last_line,attendance_mode",
            // The previous release's corrected_name is name_as_printed in its place: name is the value in force.
            "person_id,name,name_as_printed,honorific,given_name,family_name,variants,wikidata,viaf,isni,orcid,ror,authority_name,source_lines,iri,mention_iri,document_id,"
                + "given_name_as_printed,family_name_as_printed,local_id,index",
            "organization_id,name,name_as_printed,wikidata,viaf,isni,orcid,ror,authority_name,source_lines,iri,mention_iri,document_id,local_id,index",
            "event_id,person_id,organization_id,role,role_as_printed,affiliation,source_line,iri,person_iri,organization_iri,document_id,affiliation_iri,"
                + "affiliation_as_printed,holder_iri,event_iri,index,lines_iri,label",
            "statement_id,event_id,person_id,kind,ordinal,text,reported_speech,source_line_start,source_line_end,section_id,form,level,enumerator,iri,speaker_iri,document_id,"
                + "part_iri,section_iri,identifier,index,lines_iri,issuer_iri,influence_iri,label",
            "section_id,document_id,kind,ordinal,heading,source_line,iri,identifier,index,lines_iri",
            "document_id,kind,text,source_line,iri,index,lines_iri,label",
            "document_id,iri,class,scheme,identifier,authority_iri",
            "document_id,iri,class",
            "document_id,correction_id,fact,source_line,old,new,by,by_id,date,note,subject,iri,corrector_iri,identifier,index,day,ended_at,lines_iri",
            "document_id,correction_id,iri,corrected_iri",
            "document_id,iri,name",
            "document_id,correction_id,iri,correction_iri,tool_iri,tool_name,tool_version",
            "document_id,iri,affiliation,person_iri,organization_iri,event_iri,source_line,affiliation_as_printed",
            "document_id,correction_id,iri,correction_iri,event_id,person_id,organization_id,role,role_as_printed,affiliation,holder_name,"
                + "source_line,index,holder_iri,event_iri,organization_iri,lines_iri",
            // The tables of links, written for CSVW alone.
            "document_id,event_iri,iri",
            "document_id,iri,property,holder_iri,event_iri",
            "document_id,iri,statement_iri,agent_iri,label",
            "document_id,mention_iri,line,lines_iri",
            "document_id,mention_iri,iri",
            "document_id,iri,value,index,label",
            "document_id,iri,identifier,name,label",
            "document_id,iri,name,label,foaf_name",
            "document_id,iri,source_file,format,sha256,checksum_label",
            "document_id,iri,tool_iri,tool_name,tool_version,label,tool_label,vocabulary_iri",
        ])
    }

    /// `make samples` writes these; a change in the code that changes them must be committed with it.
    @Test func committedSamplesMatchWhatTheCodeProduces() throws {
        let run = try Self.seedRun()
        let out = Paths.samples.appendingPathComponent("out")
        var dataset = DatasetDescription(title: DatasetDescription.defaultTitle)
        // As `make samples` writes them: every format written by default, the linked data's files its distributions.
        let defaults = FormatRegistry.standard.writable.filter(\.isWrittenByDefault)
        for record in run.records {
            let files = try defaults.filter(\.writesGraph).map { format in
                DatasetDescription.File(name: "\(record.id).\(format.fileExtension)", mediaType: format.mediaType, bytes: try format.export(record))
            }
            dataset.add(record, statements: try LinkedData.statements(record), files: files)
            let committed = try Paths.bytes(out.appendingPathComponent("\(record.id).xml"))
            #expect(committed == InterchangeXML.export(record), "samples/out/\(record.id).xml is stale: run make samples")
            let tei = try Paths.bytes(out.appendingPathComponent("\(record.id).\(TEI.fileExtension)"))
            // `make samples` writes the TEI beside the summaries' folder, and its @source points there.
            let source = TEI.sourceReference(from: out, to: Paths.samples.appendingPathComponent(record.document.sourceFile))
            #expect(tei == TEI.export(record, source: source), "samples/out/\(record.id).tei.xml is stale: run make samples")
            for format in FormatRegistry.standard.writable where format.writesGraph {
                let name = "\(record.id).\(format.fileExtension)"
                let committed = try Paths.bytes(out.appendingPathComponent(name))
                #expect(committed == (try format.export(record)), "samples/out/\(name) is stale: run make samples")
            }
        }
        for table in try CSVTables.export(run.records) {
            let committed = try Paths.bytes(out.appendingPathComponent("csv").appendingPathComponent(table.file))
            #expect(committed == table.bytes, "samples/out/csv/\(table.file) is stale: run make samples")
        }
        for format in defaults { if let entry = format.graphEntry { dataset.addCollection(folder: format.collectionFolder!, entry: entry) } }
        #expect(try Paths.bytes(out.appendingPathComponent(DatasetDescription.path)) == (try dataset.turtle()),
                "samples/out/\(DatasetDescription.path) is stale: run make samples")
        let report = try Paths.bytes(out.appendingPathComponent(AuthorityReport.fileName))
        #expect(report == (try #require(run.authorityReport).csv()), "samples/out/\(AuthorityReport.fileName) is stale: run make samples")
    }

    /// `make samples` converts the samples without their corrections file: `samples/out/` is the
    /// uncorrected conversion that the README's `diff` example compares a corrected one with, and
    /// the README says so where it lists the samples, so that no reader looks there for corrections.
    @Test func theSamplesAreTheUncorrectedConversionTheREADMEComparesWith() throws {
        let makefile = try String(contentsOf: Paths.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        let target = try #require(makefile.components(separatedBy: "\nsamples:").dropFirst().first?.components(separatedBy: "\n\n").first)
        #expect(target.contains(" convert ") && !target.contains("--corrections"), "\(target)")
        let readme = try String(contentsOf: Paths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("proceedings diff samples/out corrected"))
        #expect(readme.contains("`corrections.csv` (the corrections file of the README's examples: `make samples` does not apply"))
        let out = Paths.samples.appendingPathComponent("out")
        for record in try Self.seedRun().records {
            let (committed, _) = InterchangeXML.importRecord(try Paths.bytes(out.appendingPathComponent("\(record.id).xml")), fileName: "\(record.id).xml")
            #expect(try #require(committed).corrections.isEmpty)
        }
    }

    @Test func aPersonWithoutAnAuthorityBelongsToItsRecordAndIsNeverMergedByGuess() throws {
        let one = "Seminar on Health\n\nSession 1: Vaccines\n\nModerator: Yuki Tanaka, Director, Tokyo Medical University\n"
        let two = "Seminar on Water\n\nSession 1: Rivers\n\nModerator: Dr. Tanaka, Director, Kyoto University\nPanelists: Yuki Tanaka, Professor, Osaka University\n"
        let three = "Seminar on Air\n\nSession 1: Smog\n\nChair: Dr. Tanaka, Professor, Kobe University\n"
        let run = Batch.importAll([BatchInput(name: "a.txt", bytes: Array(one.utf8)),
                                   BatchInput(name: "b.txt", bytes: Array(two.utf8)),
                                   BatchInput(name: "c.txt", bytes: Array(three.utf8)),
                                   BatchInput(name: "d.txt", bytes: Array(one.utf8))])
        #expect(run.records.map { $0.persons.map(\.id) } == [["yuki-tanaka"], ["tanaka", "yuki-tanaka"], ["tanaka"], ["yuki-tanaka"]])
        #expect(run.records.map(\.id) == ["a", "b", "c", "d"])
        // Each record's Dr. Tanaka is a resource of that record: two summaries never make one person by guess.
        let persons = try run.records.map { record in
            try LinkedData.statements(record, base: "https://example.org/").filter { $0.predicate == NS.type && $0.object == .iri(NS.schema + "Person") }
                .map(\.subject)
        }
        #expect(persons[1].contains(.iri("https://example.org/b/person/tanaka")))
        #expect(persons[2] == [.iri("https://example.org/c/person/tanaka")])
    }
}
