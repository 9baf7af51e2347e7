import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Every table names the two readings of a value a librarian may correct one way: the value in
/// force in the plain column, the words the page prints in `<column>_as_printed`. A table group of
/// the previous release, which wrote the printed name in `name` and the corrected one in
/// `corrected_name`, and the printed venue and document type in `venue` and `document_type`, still
/// reads, with no warning for a column that was only renamed.
@Suite struct CorrectedColumnsTests {
    /// The columns this release renamed, or whose values an earlier one held under another name.
    static let renamed = ["corrected_name", "name_as_printed", "given_name_as_printed", "family_name_as_printed",
                          "venue_as_printed", "document_type_as_printed", "issuer_printed", "issuer_as_printed",
                          "source_url_printed", "source_url_as_printed"]

    @Test func everyTableNamesTheTwoReadingsOneWay() {
        for table in CSVSchema.tables {
            let names = table.header
            // Not the previous release's corrected_name beside name (corrected_resources.csv's corrected_iri is no reading).
            #expect(!names.contains { $0.hasPrefix("corrected_") && !$0.hasSuffix("_iri") }, "\(table.file)")
            // The value in force is the plain column's, or, for a fact of two sources, the catalogue's.
            for name in names where name.hasSuffix("_as_printed") {
                let plain = String(name.dropLast("_as_printed".count))
                #expect(names.contains(plain) || names.contains(plain + "_catalogued"), "\(table.file): \(name) without its value in force")
            }
            // The words as printed are named one way: no column of them is `<column>_printed`.
            #expect(!names.contains { $0.hasSuffix("_printed") && !$0.hasSuffix("_as_printed") }, "\(table.file): \(names)")
            // A column read from an earlier name holds what that name held: the printed words.
            for column in table.columns where column.earlier != nil {
                #expect(column.name.hasSuffix("_as_printed"), "\(table.file): \(column.name)")
            }
        }
    }

    /// The samples with every kind of correction, as the current release writes them, and as the
    /// previous one wrote them.
    static func records() throws -> [Record] {
        let (file, problems) = CorrectionsFile.parse(try Paths.bytes(Paths.packageRoot.appendingPathComponent("Tests/Fixtures/corrections/every-fact.csv")),
                                                     fileName: "every-fact.csv")
        #expect(problems.isEmpty, "\(problems)")
        let inputs = try Paths.seeds.map { BatchInput(name: $0, bytes: try Paths.bytes(Paths.sample($0))) }
        return Batch.importAll(inputs, corrections: file).records
    }

    /// The table as the previous release laid it out: the printed reading in the plain column, the
    /// name in force in `corrected_name` where a correction changed it, none of the columns this
    /// release added.
    static func previousRelease(_ file: String, _ bytes: [UInt8]) throws -> [UInt8] {
        let (header, rows) = try PrintedReadingTests.rows(bytes)
        let added = Set(["given_name_as_printed", "family_name_as_printed", "venue_as_printed", "document_type_as_printed",
                         "affiliation_as_printed", file == "events.csv" ? "subtitle" : "", file == "notes.csv" ? "index" : "",
                         "issued_as_printed", "start_date_as_printed", "end_date_as_printed"]
            + (file == "participations.csv" ? ["holder_iri", "event_iri"] : []))
        let earlierNames = ["name_as_printed": "corrected_name", "issuer_as_printed": "issuer_printed", "source_url_as_printed": "source_url_printed"]
        let columns = header.filter { !added.contains($0) }.map { earlierNames[$0] ?? $0 }
        let earlier = rows.map { row -> [String] in
            var row = row
            if let printed = row["name_as_printed"] {
                row["corrected_name"] = printed == row["name"] ? "" : row["name"]
                row["name"] = printed
            }
            for plain in ["given_name", "family_name", "venue", "document_type"] where row[plain + "_as_printed"] != nil {
                row[plain] = row[plain + "_as_printed"]
            }
            for source in ["issuer", "source_url"] { row[source + "_printed"] = row[source + "_as_printed"] }
            return columns.map { row[$0] ?? "" }
        }
        return try CSVTables.encode([columns] + earlier)
    }

    @Test func aTableGroupOfThePreviousReleaseStillReads() throws {
        let records = try Self.records()
        #expect(records.contains { $0.persons.contains { $0.printedName != nil } } && records.contains { $0.printedValue(.venue) != nil })
        let current = try CSVTables.export(records)
        var files: [String: [UInt8]] = [:]
        // That release kept no removed role outside the TEI.
        for (file, bytes) in current where file.hasSuffix(".csv") && file != "removed_roles.csv" { files[file] = try Self.previousRelease(file, bytes) }
        #expect(String(decoding: files["persons.csv"] ?? [], as: UTF8.self).contains(",Nishimura,Mariko Nishimura,"))

        let (read, findings) = CSVTableGroupImporter.importGroup(files: files, name: "csv")
        // Only the columns this release added are missing; none renamed is called missing or foreign.
        #expect(!findings.contains { finding in Self.renamed.contains { finding.message.contains($0) } }, "\(findings)")
        #expect(Set(findings.map(\.message)) == ["column affiliation_as_printed is missing", "column subtitle is missing", "column holder_iri is missing",
                                                  "column event_iri is missing", "column index is missing", "column issued_as_printed is missing",
                                                  "column start_date_as_printed is missing", "column end_date_as_printed is missing",
                                                  "table removed_roles.csv is missing"], "\(findings)")
        #expect(findings.allSatisfy { $0.severity == .warning })
        // The records read are those written: their tables are the current release's, byte for byte.
        let again = try CSVTables.export(read)
        #expect(again.map(\.file) == current.map(\.file))
        for ((file, bytes), (_, written)) in zip(again, current) where file != "removed_roles.csv" {
            let (read, expected) = (String(decoding: bytes, as: UTF8.self), String(decoding: written, as: UTF8.self))
            #expect(read == expected, "\(file): \(zip(read.split(separator: "\r\n"), expected.split(separator: "\r\n")).first { $0 != $1 }.map { "\($0) ≠ \($1)" } ?? "")")
        }
    }

    /// The current release's tables read back as written, a renamed person and organisation included.
    @Test func aTableGroupOfThisReleaseReadsBackAsWritten() throws {
        let records = try Self.records()
        let current = try CSVTables.export(records)
        let files = Dictionary(uniqueKeysWithValues: current.map { ($0.file, $0.bytes) })
        let (read, findings) = CSVTableGroupImporter.importGroup(files: files, name: "csv")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.flatMap(\.persons).map(\.printedName) == records.flatMap(\.persons).map(\.printedName))
        #expect(read.flatMap(\.organizations).map(\.printedName) == records.flatMap(\.organizations).map(\.printedName))
        #expect(try CSVTables.export(read).map { String(decoding: $0.bytes, as: UTF8.self) } == current.map { String(decoding: $0.bytes, as: UTF8.self) })
    }

    /// The resource a table's row describes: the table's aboutUrl filled in from the row, under the
    /// base as the metadata writes it (an IRI a cell holds whole, an authority's, stays as it is).
    static func resource(_ template: String, _ row: [String: String]) -> String {
        var iri = template
        for (name, cell) in row { iri = iri.replacing("{+\(name)}", with: cell).replacing("{\(name)}", with: cell) }
        return iri.hasPrefix("http") ? iri : LinkedData.defaultBase + iri
    }

    /// A column's text is tagged in CSVW as the linked data tags the same words of the same
    /// property of the same resource, the row's: `lang` where the Turtle writes the literal with
    /// the record's language (a title, the venue and affiliation as printed, an organisation's
    /// name), none where it writes a plain string (the document type as printed, a person's name).
    /// A property may be tagged on the resources of one table and not on another's, as a mention's
    /// name is on an organisation's mention (organizations.csv) and not on a person's (persons.csv),
    /// or an organisation's schema:name (document_names.csv) and not a person's (names.csv): never
    /// both in one column, and the resources of a typed table are all of its types.
    @Test func everyColumnIsTaggedAsTheLinkedDataTagsItsProperty() throws {
        let records = try Self.records()
        #expect(Set(records.map(\.document.language)) == [CSVSchema.titles])
        let statements = try records.flatMap { try LinkedData.statements($0) }
        // The tags the linked data writes a text with, by its resource, property and words; nil for an untagged string.
        var written: [String: Set<String?>] = [:]
        for s in statements {
            guard case .literal(let words, let datatype, let language) = s.object, datatype == nil || datatype == NS.xsd + "string" else { continue }
            written["\(s.subject.iriValue ?? "") \(s.predicate) \(words)", default: []].insert(language)
        }
        let common = ["schema:": NS.schema, "rdfs:": NS.rdfs, "foaf:": NS.foaf, "rdf:": NS.rdf]
        func expand(_ curie: String) -> String {
            common.first { curie.hasPrefix($0.key) }.map { $0.value + curie.dropFirst($0.key.count) } ?? CSVMetadata.expand(curie)
        }
        let files = try CSVTables.export(records)
        var checked: Set<String> = []
        for table in CSVSchema.tables {
            guard let template = table.aboutUrl else { continue }
            let rows = try PrintedReadingTests.rows(try #require(files.first { $0.file == table.file }).bytes).rows
            let resources = Set(rows.map { Self.resource(template, $0) })
            #expect(!resources.contains { $0.contains("{") }, "\(table.file): \(resources.filter { $0.contains("{") }.sorted().prefix(3))")
            if !table.types.isEmpty {
                // The rows are resources of the linked data, each of the table's types.
                let typed = Set(statements.filter { $0.predicate == NS.type && table.types.map(expand).contains($0.object.iriValue ?? "") }
                    .compactMap(\.subject.iriValue))
                #expect(!resources.isEmpty && resources.isSubset(of: typed), "\(table.file): \(resources.subtracting(typed).sorted().prefix(3))")
            }
            for column in table.columns where column.valueUrl == nil && column.aboutUrl == nil {
                guard let property = column.propertyUrl.map(expand) else { continue }
                var seen: Set<String?> = []
                for row in rows {
                    let cell = row[column.name] ?? ""
                    for words in column.multiValued ? cell.components(separatedBy: CSVSchema.separator) : [cell] where !words.isEmpty {
                        seen.formUnion(written["\(Self.resource(template, row)) \(property) \(words)"] ?? [])
                    }
                }
                guard !seen.isEmpty else { continue }
                #expect(seen == [column.language], "\(table.file) \(column.name): lang \(column.language ?? "none"), the Turtle's \(seen)")
                checked.insert("\(table.file):\(column.name)")
            }
        }
        #expect(checked.contains("events.csv:title") && checked.contains("documents.csv:title_as_printed")
                && checked.contains("events.csv:venue_as_printed") && checked.contains("affiliations.csv:affiliation_as_printed")
                && checked.contains("persons.csv:name_as_printed") && checked.contains("organizations.csv:name_as_printed")
                && checked.contains("names.csv:name") && checked.contains("document_names.csv:name"), "\(checked.sorted())")
        // A mention's name: in its document's language for an organisation (issue 16), in none for a person.
        #expect(CSVSchema.organizations.columns.first { $0.name == "name_as_printed" }?.language == CSVSchema.titles)
        #expect(CSVSchema.persons.columns.first { $0.name == "name_as_printed" }?.language == nil)
    }
}
