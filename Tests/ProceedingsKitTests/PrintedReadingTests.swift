import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A correction of the venue, the document type, the title, the subtitle or an affiliation changes
/// the record's reading, which the linked data and the tables give as the value in force, never the
/// words they keep "as printed" beside it: the linked data's `proceedings:venueAsPrinted`,
/// `documentTypeAsPrinted`, `titleAsPrinted`, `subtitleAsPrinted` and `affiliationAsPrinted`, the
/// CSV's `venue_as_printed`, `document_type_as_printed`, `title_as_printed`, `subtitle_as_printed`
/// and `affiliation_as_printed` (docs/vocabulary.md).
@Suite struct PrintedReadingTests {
    static let seedName = Paths.seeds[1]

    static func run(_ rows: String) throws -> Record {
        let (file, findings) = CorrectionsFile.parse(Array("file,line,fact,old,new,by,date\n\(rows)".utf8), fileName: "c.csv")
        #expect(findings.isEmpty, "\(findings)")
        let input = BatchInput(name: seedName, bytes: try Paths.bytes(Paths.sample(seedName)))
        return try #require(Batch.importAll([input], corrections: file).records.first)
    }

    /// The cells of a table's rows by column, read as RFC 4180 reads them.
    static func table(_ record: Record, _ name: String) throws -> [[String: String]] {
        try rows(try #require(try CSVTables.export([record]).first { $0.file == name }).bytes).rows
    }

    /// A table's header and its rows' cells by column.
    static func rows(_ bytes: [UInt8]) throws -> (header: [String], rows: [[String: String]]) {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false, closed = false
        var characters = String(decoding: bytes, as: UTF8.self).makeIterator()
        while let c = characters.next() {
            if quoted {
                if c == "\"" {
                    quoted = false
                    closed = true
                    continue
                }
                cell.append(c)
            } else if c == "\"" {
                // A quote right after a quoted run's closing one is a quote of the cell.
                if closed { cell.append(c) }
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else if c != "\r" {
                cell.append(c)
            }
            closed = false
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        let header = try #require(rows.first)
        return (header, rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }

    /// The record read back from its CSV tables and from its Turtle.
    static func readBack(_ record: Record) throws -> [Record] {
        let files = Dictionary(uniqueKeysWithValues: try CSVTables.export([record]).map { ($0.file, $0.bytes) })
        let fromCSV = try #require(CSVTableGroupImporter.importGroup(files: files, name: "csv").records.first)
        let (fromRDF, _) = LinkedData.importRecord(try LinkedData.export(record, syntax: .turtle), syntax: .turtle, fileName: "r.ttl")
        return [fromCSV, try #require(fromRDF)]
    }

    static func values(_ statements: [RDFStatement], _ subject: String, _ predicate: String) -> [String] {
        statements.filter { $0.subject.iriValue == subject && $0.predicate == predicate }.compactMap { $0.object.lexicalForm }
    }

    @Test func theVenueAndTheDocumentTypeAsPrintedSurviveTheirCorrection() throws {
        let record = try Self.run("""
            \(Self.seedName),10,venue,Komaba Campus of the University of Tokyo,Komaba Campus,J,2024-05-01
            \(Self.seedName),10,venue,Komaba Campus,"Komaba Campus, University of Tokyo",J,2024-05-02
            \(Self.seedName),4,document-type,Summary and Evaluation,Summary and evaluation,J,2024-05-01
            """)
        #expect(record.event.venue == "Komaba Campus, University of Tokyo")
        #expect(record.document.documentType == "Summary and evaluation")

        let statements = try LinkedData.statements(record)
        let base = LinkedData.defaultBase + record.id + "/"
        // The values in force, as the title's, with the page's words beside them.
        #expect(Self.values(statements, base + "event", NS.pro + "venue") == ["Komaba Campus, University of Tokyo"])
        #expect(Self.values(statements, base + "event", NS.pro + "venueAsPrinted") == ["Komaba Campus of the University of Tokyo"])
        #expect(Self.values(statements, base + "document", NS.pro + "documentType") == ["Summary and evaluation"])
        #expect(Self.values(statements, base + "document", NS.pro + "documentTypeAsPrinted") == ["Summary and Evaluation"])
        // The corrected venue is the place's name too; each correction states the value it gave.
        #expect(Self.values(statements, base + "place", NS.schema + "name") == ["Komaba Campus, University of Tokyo"])
        let given = Set(statements.filter { $0.predicate == NS.pro + "newValue" }.compactMap { $0.object.lexicalForm })
        #expect(given.isSuperset(of: ["Komaba Campus", "Komaba Campus, University of Tokyo", "Summary and evaluation"]))

        let documents = try Self.table(record, "documents.csv"), events = try Self.table(record, "events.csv")
        #expect(documents.map { $0["document_type"] } == ["Summary and evaluation"])
        #expect(documents.map { $0["document_type_as_printed"] } == ["Summary and Evaluation"])
        let event = events.first { $0["event_id"] == record.id }
        #expect(event?["venue"] == "Komaba Campus, University of Tokyo" && event?["venue_as_printed"] == "Komaba Campus of the University of Tokyo")
        // The CSVW metadata maps each column to the linked data's property.
        let property = { (table: String, column: String) in CSVSchema.table(table).columns.first { $0.name == column }?.propertyUrl }
        #expect(property("documents.csv", "document_type") == "vocab:documentType"
                && property("documents.csv", "document_type_as_printed") == "vocab:documentTypeAsPrinted")
        #expect(property("events.csv", "venue") == "vocab:venue" && property("events.csv", "venue_as_printed") == "vocab:venueAsPrinted")

        // Read back, each format gives the corrected reading again.
        for read in try Self.readBack(record) {
            #expect(read.event.venue == record.event.venue && read.document.documentType == record.document.documentType)
        }
    }

    /// A corrected date keeps its printed reading beside the value in force, as the venue does: the
    /// linked data's `proceedings:startDateAsRead`, `endDateAsRead` and `issuedAsRead`
    /// (typed as the dates in force are), the CSV's `start_date_as_printed`, `end_date_as_printed`
    /// and `issued_as_printed`; a date the page does not print, which a correction added, has none.
    @Test func aCorrectedDateKeepsItsPrintedReading() throws {
        let record = try Self.run("""
            \(Self.seedName),10,start-date,2010-02-23,2010-02-22,J,2024-05-01
            \(Self.seedName),10,end-date,,2010-02-23,J,2024-05-01
            \(Self.seedName),6,issued,2010-02-23,2010-02-24,J,2024-05-01
            """)
        #expect(record.event.startDate == "2010-02-22" && record.event.endDate == "2010-02-23" && record.document.issued == "2010-02-24")
        let statements = try LinkedData.statements(record)
        let base = LinkedData.defaultBase + record.id + "/"
        #expect(Self.values(statements, base + "event", NS.schema + "startDate") == ["2010-02-22"])
        #expect(Self.values(statements, base + "event", NS.pro + "startDateAsRead") == ["2010-02-23"])
        #expect(Self.values(statements, base + "event", NS.pro + "endDateAsRead") == [])
        #expect(Self.values(statements, base + "document", NS.pro + "issuedAsRead") == ["2010-02-23"])
        let typed = statements.first { $0.predicate == NS.pro + "issuedAsRead" }?.object
        #expect(typed == .literal("2010-02-23", datatype: NS.xsd + "date"))
        for name in ["startDateAsRead", "endDateAsRead", "issuedAsRead"] {
            #expect(LinkedData.vocabulary.contains { $0.name == name && $0.kind == .datatypeProperty && $0.range != nil && !$0.comment.isEmpty })
        }

        let event = try #require(try Self.table(record, "events.csv").first { $0["event_id"] == record.id })
        #expect(event["start_date"] == "2010-02-22" && event["start_date_as_printed"] == "2010-02-23")
        #expect(event["end_date"] == "2010-02-23" && event["end_date_as_printed"] == "")
        let document = try #require(try Self.table(record, "documents.csv").first)
        #expect(document["issued"] == "2010-02-24" && document["issued_as_printed"] == "2010-02-23")
        let property = { (table: String, column: String) in CSVSchema.table(table).columns.first { $0.name == column }?.propertyUrl }
        // Said in CSVW by the column of the date's precision, typed as the Turtle types it.
        for (table, column, term) in [("events.csv", "start_date_as_printed", "vocab:startDateAsRead"),
                                      ("events.csv", "end_date_as_printed", "vocab:endDateAsRead"),
                                      ("documents.csv", "issued_as_printed", "vocab:issuedAsRead")] {
            #expect(property(table, column) == nil)
            #expect(["day", "month", "year"].allSatisfy { property(table, column + "_" + $0) == term }, "\(column)")
        }
        #expect(event["start_date_as_printed_day"] == "2010-02-23" && event["start_date_as_printed_month"] == ""
                && document["issued_as_printed_day"] == "2010-02-23")
        for read in try Self.readBack(record) {
            #expect(read.event.startDate == record.event.startDate && read.event.endDate == record.event.endDate
                    && read.document.issued == record.document.issued)
        }
    }

    /// A venue a correction removed: the page's words stay as printed, and no place is stated.
    @Test func aRemovedVenueKeepsItsPrintedWords() throws {
        let (record, statements, back) = try Self.removal("\(Self.seedName),10,venue,Komaba Campus of the University of Tokyo,,J,2024-05-01")
        let event = LinkedData.defaultBase + record.id + "/event"
        #expect(record.event.venue == nil && back.event.venue == nil)
        #expect(Self.values(statements, event, NS.pro + "venue") == [])
        #expect(Self.values(statements, event, NS.pro + "venueAsPrinted") == ["Komaba Campus of the University of Tokyo"])
        #expect(!statements.contains { $0.subject.iriValue == event && $0.predicate == NS.schema + "location" })
    }

    /// The record a row that removes a fact gives, its statements, and the record its Turtle reads back as.
    static func removal(_ row: String) throws -> (record: Record, statements: [RDFStatement], back: Record) {
        let record = try run(row)
        let (back, findings) = LinkedData.importRecord(try LinkedData.export(record, syntax: .turtle), syntax: .turtle, fileName: "r.ttl")
        #expect(!findings.hasErrors, "\(findings)")
        return (record, try LinkedData.statements(record), try #require(back))
    }

    /// A corrected title and subtitle are the record's: the document's dcterms:title, the event's
    /// name and proceedings:subtitle, the tables' title and subtitle. The printed words stay beside
    /// them, in the linked data and in the tables, whose CSVW metadata says so.
    @Test func theTitleAndTheSubtitleAsPrintedSurviveTheirCorrection() throws {
        let record = try Self.run("""
            \(Self.seedName),1,title,Symposium on Human Security,Symposium on Human Security 2010,J,2024-05-01
            \(Self.seedName),2,subtitle,Realizing Human Security in Asia,Realising Human Security in Asia,J,2024-05-01
            """)
        #expect(record.event.title == "Symposium on Human Security 2010" && record.event.subtitle == "Realising Human Security in Asia")

        let statements = try LinkedData.statements(record)
        let (document, event) = (LinkedData.defaultBase + record.id + "/document", LinkedData.defaultBase + record.id + "/event")
        #expect(Self.values(statements, document, NS.dcterms + "title") == ["Symposium on Human Security 2010"])
        #expect(Self.values(statements, event, NS.pro + "subtitle") == ["Realising Human Security in Asia"])
        #expect(Self.values(statements, document, NS.pro + "titleAsPrinted") == ["Symposium on Human Security"])
        #expect(Self.values(statements, document, NS.pro + "subtitleAsPrinted") == ["Realizing Human Security in Asia"])

        let documents = try Self.table(record, "documents.csv")
        #expect(documents.map { $0["title"] } == ["Symposium on Human Security 2010"])
        #expect(documents.map { $0["subtitle"] } == ["Realising Human Security in Asia"])
        #expect(documents.map { $0["title_as_printed"] } == ["Symposium on Human Security"])
        #expect(documents.map { $0["subtitle_as_printed"] } == ["Realizing Human Security in Asia"])
        let columns = try #require(CSVSchema.table("documents.csv").columns)
        #expect(columns.first { $0.name == "title_as_printed" }?.propertyUrl == "vocab:titleAsPrinted")
        #expect(columns.first { $0.name == "subtitle_as_printed" }?.propertyUrl == "vocab:subtitleAsPrinted")

        for read in try Self.readBack(record) {
            #expect(read.event.title == record.event.title && read.event.subtitle == record.event.subtitle)
        }
    }

    /// A subtitle a correction removed keeps its printed words; an uncorrected title is as printed.
    @Test func aRemovedSubtitleKeepsItsPrintedWords() throws {
        let (record, statements, back) = try Self.removal("\(Self.seedName),2,subtitle,Realizing Human Security in Asia,,J,2024-05-01")
        let document = LinkedData.defaultBase + record.id + "/document"
        #expect(record.event.subtitle == nil && back.event.subtitle == nil)
        #expect(Self.values(statements, LinkedData.defaultBase + record.id + "/event", NS.pro + "subtitle") == [])
        #expect(Self.values(statements, document, NS.pro + "subtitleAsPrinted") == ["Realizing Human Security in Asia"])
        #expect(Self.values(statements, document, NS.pro + "titleAsPrinted") == ["Symposium on Human Security"])
        let documents = try Self.table(record, "documents.csv")
        #expect(documents.map { $0["subtitle"] } == [""] && documents.map { $0["subtitle_as_printed"] } == ["Realizing Human Security in Asia"])
    }

    /// A graph of the previous release gave the printed venue and document type in
    /// proceedings:venue and documentType, and no "as printed" beside them: read back, the
    /// corrections are replayed on them, and the record has the corrected values again.
    @Test func aGraphOfThePreviousReleaseStillReadsTheCorrectedVenue() throws {
        let record = try Self.run("""
            \(Self.seedName),10,venue,Komaba Campus of the University of Tokyo,Komaba Campus,J,2024-05-01
            \(Self.seedName),4,document-type,Summary and Evaluation,Summary and evaluation,J,2024-05-01
            """)
        let printed = [NS.pro + "venue": NS.pro + "venueAsPrinted", NS.pro + "documentType": NS.pro + "documentTypeAsPrinted"]
        let statements = try LinkedData.statements(record)
        let earlier = statements.filter { !printed.keys.contains($0.predicate) && !printed.values.contains($0.predicate) }
            + statements.compactMap { s in
                printed.first { $0.value == s.predicate }.map { RDFStatement(s.subject, $0.key, s.object) }
            }
        let (back, findings) = LinkedData.importRecord(try Serd.write(earlier, syntax: .turtle, prefixes: NS.prefixes),
                                                       syntax: .turtle, fileName: "r.ttl")
        #expect(!findings.hasErrors, "\(findings)")
        #expect(back?.event.venue == "Komaba Campus" && back?.document.documentType == "Summary and evaluation")
    }

    /// A corrected affiliation is the affiliation's label and the tables' affiliation; the words
    /// the page prints stay beside it, in the linked data, in both tables that give it, and in
    /// the CSVW metadata, which states them as the linked data does.
    @Test func theAffiliationAsPrintedSurvivesItsCorrection() throws {
        let seed = Paths.seeds[0]
        let (file, problems) = CorrectionsFile.parse(Array("""
            file,line,fact,old,new,by,date
            \(seed),11,affiliation,Kofi Annan: Secretary -General of the United Nations,Secretary-General of the United Nations,J,2024-05-01
            """.utf8), fileName: "c.csv")
        #expect(problems.isEmpty, "\(problems)")
        let input = BatchInput(name: seed, bytes: try Paths.bytes(Paths.sample(seed)))
        let record = try #require(Batch.importAll([input], corrections: file).records.first)
        let index = try #require(record.participations.firstIndex { $0.affiliation == "Secretary-General of the United Nations" })

        let statements = try LinkedData.statements(record)
        let affiliation = try #require(statements.first {
            $0.predicate == NS.rdfs + "label" && $0.object.lexicalForm == "Secretary-General of the United Nations"
        }?.subject.iriValue)
        #expect(Self.values(statements, affiliation, NS.pro + "affiliationAsPrinted") == ["Secretary -General of the United Nations"])
        // An affiliation no correction touched is as printed.
        let others = statements.filter { $0.predicate == NS.pro + "affiliationAsPrinted" && $0.subject.iriValue != affiliation }
        #expect(!others.isEmpty && others.allSatisfy { other in
            Self.values(statements, other.subject.iriValue ?? "", NS.rdfs + "label") == [other.object.lexicalForm ?? ""]
        })

        for table in ["participations.csv", "affiliations.csv"] {
            let rows = try Self.table(record, table).filter { $0["affiliation"] == "Secretary-General of the United Nations" }
            #expect(rows.count == 1 && rows.first?["affiliation_as_printed"] == "Secretary -General of the United Nations", "\(table)")
        }
        #expect(CSVSchema.table("affiliations.csv").columns.first { $0.name == "affiliation_as_printed" }?.propertyUrl
                == "vocab:affiliationAsPrinted")
        #expect(record.printedAffiliation(ofParticipation: index) == "Secretary -General of the United Nations")
        for read in try Self.readBack(record) {
            #expect(read.participations.map(\.affiliation) == record.participations.map(\.affiliation))
        }
    }

    /// The vocabulary gives each of its properties the range of the literals the linked data
    /// writes: rdf:langString for text in the document's language (the title, subtitle, venue and
    /// affiliation as printed, as dcterms:title, proceedings:subtitle, proceedings:venue and the
    /// affiliation's label in force are), xsd:string for a plain string (the document type as
    /// printed, as proceedings:documentType is), rdfs:Literal for the one property written as both
    /// on resources of different kinds: the name as printed, an organisation's in its document's
    /// language and a person's in none, as the names in force are (issue 16). On resources of one
    /// kind (their types, and for a mention those of what it mentions) a property is written one way.
    @Test func theVocabularysRangesAreTheLiteralsTheLinkedDataWrites() throws {
        let records = try CorrectedColumnsTests.records()
        let statements = try records.flatMap { try LinkedData.statements($0) }
        var types: [String: Set<String>] = [:], mentioned: [String: String] = [:]
        for s in statements {
            guard let subject = s.subject.iriValue, let object = s.object.iriValue else { continue }
            if s.predicate == NS.type { types[subject, default: []].insert(object) }
            if s.predicate == NS.pro + "mentionOf" { mentioned[subject] = object }
        }
        func kind(_ subject: String) -> Set<String> { types[subject, default: []].union(mentioned[subject].map { types[$0, default: []] } ?? []) }
        var seen: [String: Set<String?>] = [:], byKind: [String: [Set<String>: Set<String?>]] = [:]
        for s in statements where s.predicate.hasPrefix(NS.pro) {
            guard case .literal(_, let datatype, let language) = s.object, datatype == nil || datatype == NS.xsd + "string" else { continue }
            seen[s.predicate, default: []].insert(language)
            byKind[s.predicate, default: [:]][kind(s.subject.iriValue ?? ""), default: []].insert(language)
        }
        for name in ["titleAsPrinted", "subtitleAsPrinted", "affiliationAsPrinted", "venueAsPrinted", "documentTypeAsPrinted", "nameAsPrinted"] {
            #expect(seen[NS.pro + name] != nil, "\(name) is not written")
        }
        // The name as printed: tagged on the mention of an organisation, not on a person's.
        let names = byKind[NS.pro + "nameAsPrinted"] ?? [:]
        #expect(names.filter { $0.key.contains(NS.foaf + "Organization") }.values.allSatisfy { $0 == ["en"] })
        #expect(names.filter { $0.key.contains(NS.foaf + "Person") }.values.allSatisfy { $0 == [nil] })
        #expect(names.keys.contains { $0.contains(NS.foaf + "Organization") } && names.keys.contains { $0.contains(NS.foaf + "Person") })
        var both: [String] = []
        for term in LinkedData.vocabulary {
            guard let languages = seen[term.iri] else { continue }
            for (kind, tags) in byKind[term.iri] ?? [:] {
                #expect(tags.count == 1, "\(term.name) is written both tagged and not on resources of \(kind.sorted()): \(tags)")
            }
            if languages.count > 1 { both.append(term.name) }
            let range = languages.count > 1 ? NS.rdfs + "Literal" : languages.first! == nil ? NS.xsd + "string" : NS.rdf + "langString"
            #expect(term.range == range, "\(term.name): rdfs:range \(term.range ?? "none"), written as \(range)")
        }
        #expect(both == ["nameAsPrinted"])
    }
}
