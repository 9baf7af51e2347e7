import CSV
public import Foundation

/// Reads a table group written by `CSVTableGroupWriter` (or one from elsewhere that follows
/// `CSVSchema`) back into records. Every problem is a finding naming the file, row and column: a
/// missing column, a value of the wrong type, a duplicate key, a reference to nothing. A bad
/// optional cell is left empty and a row whose required cells are bad is skipped; the rest is read.
public enum CSVTableGroupImporter {
    /// `path` is the table group's directory or its `csv-metadata.json`.
    public static func importGroup(at path: URL) -> (records: [Record], findings: [Finding]) {
        var directory = path
        if path.lastPathComponent.hasSuffix(".json") { directory = path.deletingLastPathComponent() }
        var reader = GroupReader(directory: directory.path) { file in
            FileManager.default.contents(atPath: directory.appendingPathComponent(file).path).map { [UInt8]($0) }
        }
        return reader.read()
    }

    /// A table group held in memory, file name → bytes, as an upload or a fuzzer gives it;
    /// findings name the files as `name/file`.
    public static func importGroup(files: [String: [UInt8]], name: String) -> (records: [Record], findings: [Finding]) {
        var reader = GroupReader(directory: name) { files[$0] }
        return reader.read()
    }
}

/// One row of a table, with the row number a spreadsheet shows (the header is row 1).
private struct Row {
    var number: Int
    var cells: [String: String]
}

private struct GroupReader {
    let directory: String
    let load: (String) -> [UInt8]?
    var findings: [Finding] = []
    var tables: [String: [Row]] = [:]

    init(directory: String, load: @escaping (String) -> [UInt8]?) {
        self.directory = directory
        self.load = load
    }

    mutating func read() -> (records: [Record], findings: [Finding]) {
        // Authority links repeat the identifier columns, classes what the kind of a row says, and
        // affiliations what participations do, corrected resources, correctors and corrected graphs
        // what the corrections say, and the tables of links what the record says, for CSVW; a group of an
        // earlier release has none, nor the removed roles.
        let optionalTables = Set(["sections.csv", "notes.csv", "authority_links.csv", "classes.csv", "corrections.csv",
                                  "corrected_resources.csv", "correctors.csv", "corrected_graphs.csv", "affiliations.csv",
                                  "removed_roles.csv"] + CSVSchema.linkTables.map(\.file))
        for table in CSVSchema.tables {
            tables[table.file] = readTable(table, required: !optionalTables.contains(table.file))
        }
        checkKeys()
        let records = (tables["documents.csv"] ?? []).compactMap(record)
        return (records.map { withoutPartLoops($0) }, findings)
    }

    /// A part given in itself is reported at its row's parent_id, and read as a part of the event.
    private mutating func withoutPartLoops(_ record: Record) -> Record {
        let (kept, looped) = record.withoutPartLoops()
        for id in looped.map({ Ids.qualified($0, in: record.id) }) {
            findings.append(Finding(file: path("events.csv"), line: tables["events.csv"]?.first { $0.cells["event_id"] == id }?.number,
                                    column: column(CSVSchema.table("events.csv"), "parent_id"), rule: .partParent,
                                    message: "part \"\(id)\" is given in itself through its parent_id; read as a part of the event"))
        }
        return kept
    }

    // MARK: - Tables

    private mutating func readTable(_ table: CSVTable, required: Bool) -> [Row] {
        let path = self.path(table.file)
        guard var bytes = load(table.file) else {
            report(path, nil, nil, required ? .error : .warning, "table \(table.file) is missing")
            return []
        }
        // The Excel profile starts each file with a byte-order mark and guards formula-like cells.
        let profile: CSVProfile = bytes.starts(with: CSVProfile.byteOrderMark) ? .excel : .rfc4180
        if profile == .excel { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            report(path, nil, nil, .error, "not UTF-8")
            return []
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            report(path, 1, nil, .error, "cannot read the header row: \(error)")
            return []
        }
        let header = reader.headerRow ?? []
        // A column of the previous release read in the place of its successor, and one it no longer
        // writes read as it was: neither is missing or foreign.
        // A column written for CSVW alone (`derived`) is never read, and lacks nothing.
        let missing = table.columns.filter { !header.contains($0.name) && !($0.earlier.map(header.contains) ?? false) && !$0.derived }
        for column in missing {
            report(path, 1, nil, column.required ? .error : .warning, "column \(column.name) is missing")
        }
        // Without a required column no row of the table can be read.
        if missing.contains(where: \.required) { return [] }
        let earlier = Set(table.columns.compactMap(\.earlier))
        for (index, name) in header.enumerated() where !table.header.contains(name) && !table.formerColumns.contains(name) && !earlier.contains(name) {
            report(path, 1, index + 1, .warning, "column \(name) is not part of \(table.file); its values are not read")
        }
        // Where each column stands in the header, found once for all rows.
        let read = (table.columns + table.formerColumns.map { CSVColumn($0, "") }).compactMap { column in
            (header.firstIndex(of: column.name) ?? column.earlier.flatMap(header.firstIndex(of:))).map { (column, $0) }
        }
        var rows: [Row] = []
        var number = 1
        while let values = reader.next() {
            number += 1
            var cells: [String: String] = [:]
            var usable = true
            for (column, index) in read {
                let value = index < values.count ? profile.value(values[index], text: column.datatype == .string) : ""
                if value.isEmpty {
                    if column.required {
                        report(path, number, index + 1, .error, "column \(column.name) is required but empty")
                        usable = false
                    }
                    continue
                }
                if column.datatype == .boolean {
                    // Read as written in the table's profile; the record keeps true and false.
                    if value == profile.booleans.true || value == profile.booleans.false {
                        cells[column.name] = value == profile.booleans.true ? "true" : "false"
                        continue
                    }
                    report(path, number, index + 1, .error,
                           "not \(profile.booleans.true) or \(profile.booleans.false): \"\(value)\" in column \(column.name)")
                    if column.required { usable = false }
                    continue
                }
                if let problem = problem(with: value, in: column) {
                    report(path, number, index + 1, .error, "\(problem) in column \(column.name)")
                    if column.required { usable = false }
                    continue
                }
                cells[column.name] = value
            }
            if values.count != header.count {
                report(path, number, nil, .error, "row has \(values.count) cells, the header \(header.count)")
            }
            if usable { rows.append(Row(number: number, cells: cells)) }
        }
        if let error = reader.error {
            report(path, number + 1, nil, .error, "cannot read the table: \(error)")
        }
        return rows
    }

    /// The expressions of `problem`, compiled once, not at every call as literals in the function would be.
    nonisolated(unsafe) private static let languageTag = /[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*/
    nonisolated(unsafe) private static let partialDate = /\d{4}(-\d{2}(-\d{2})?)?/
    nonisolated(unsafe) private static let sha256Digest = /[0-9a-f]{64}/

    private func problem(with value: String, in column: CSVColumn) -> String? {
        switch column.datatype {
        case .integer: return Int(value).map { _ in nil } ?? "not an integer: \"\(value)\""
        case .boolean: return nil
        case .language:
            return value.wholeMatch(of: Self.languageTag) != nil ? nil : "not a language tag: \"\(value)\""
        case .yearMonth, .year:
            guard value.count == (column.datatype == .year ? 4 : 7) else { return "not a \(column.datatype == .year ? "year" : "month"): \"\(value)\"" }
            fallthrough
        case .partialDate:
            guard value.wholeMatch(of: Self.partialDate) != nil else { return "not a date: \"\(value)\"" }
            let parts = value.split(separator: "-").compactMap { Int($0) }
            if parts.count > 1, !(1...12).contains(parts[1]) { return "not a date: \"\(value)\"" }
            if parts.count > 2, !(1...31).contains(parts[2]) { return "not a date: \"\(value)\"" }
            return nil
        case .day:
            return value.count == 10 && DateText.correctionMoment(value) != nil ? nil : "not a day: \"\(value)\""
        case .timestamp:
            return value.count > 10 && DateText.correctionMoment(value) != nil ? nil : "not a date and time with its zone: \"\(value)\""
        case .sha256:
            return value.wholeMatch(of: Self.sha256Digest) != nil ? nil : "not a SHA-256: \"\(value)\""
        case .url:
            return SourceURL.problem(value)
        case .iri:
            do { try IRI.check(value) } catch { return "not an IRI: \"\(value)\"" }
            return nil
        case .string:
            if let scheme = column.authority {
                for text in split(value) {
                    if case .failure(let invalid) = AuthorityLink.parse(text, scheme: scheme) { return invalid.description }
                }
            }
            if let allowed = column.allowed, !allowed.contains(value) {
                return "\"\(value)\" is not one of \(allowed.joined(separator: ", "))"
            }
            return nil
        }
    }

    /// Primary keys are unique and every foreign key names an existing row.
    private mutating func checkKeys() {
        var keys: [String: Set<String>] = [:]
        for table in CSVSchema.tables {
            guard let key = table.primaryKey else { continue }
            var seen: Set<String> = []
            var kept: [Row] = []
            for row in tables[table.file] ?? [] {
                guard let value = row.cells[key] else { continue }
                if seen.insert(value).inserted {
                    kept.append(row)
                } else {
                    report(path(table.file), row.number, column(table, key), .error, "duplicate \(key) \"\(value)\"; the row is not read")
                }
            }
            tables[table.file] = kept
            keys[table.file] = seen
        }
        for table in CSVSchema.tables {
            for foreign in table.foreignKeys {
                let known = keys[foreign.table] ?? []
                let required = table.columns.first { $0.name == foreign.column }?.required ?? false
                var kept: [Row] = []
                for var row in tables[table.file] ?? [] {
                    if let value = row.cells[foreign.column], !known.contains(value) {
                        report(path(table.file), row.number, column(table, foreign.column), .error,
                               "\(foreign.column) \"\(value)\" names no row of \(foreign.table)" + (required ? "; the row is not read" : ""))
                        if required { continue }
                        row.cells[foreign.column] = nil
                    }
                    kept.append(row)
                }
                tables[table.file] = kept
            }
        }
    }

    private func path(_ file: String) -> String { (directory as NSString).appendingPathComponent(file) }

    private func column(_ table: CSVTable, _ name: String) -> Int? {
        table.header.firstIndex(of: name).map { $0 + 1 }
    }

    private mutating func report(_ file: String, _ line: Int?, _ column: Int?, _ severity: Finding.Severity, _ message: String) {
        findings.append(Finding(file: file, line: line, column: column, severity: severity, rule: .csv, message: message))
    }

    // MARK: - Records

    private func record(_ document: Row) -> Record? {
        let id = document.cells["document_id"]!
        let prefix = id + "/"
        func local(_ qualified: String?) -> String? {
            guard let qualified else { return nil }
            return qualified.hasPrefix(prefix) ? String(qualified.dropFirst(prefix.count)) : qualified
        }
        func int(_ row: Row, _ name: String) -> Int? { row.cells[name].flatMap { Int($0) } }
        // A person or organisation is named by its IRI relative to the base; its id is the last segment.
        func entity(_ path: String?) -> String? {
            guard let path else { return nil }
            let last = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
            return IRI.decodeSegment(last) ?? last
        }
        let events = (tables["events.csv"] ?? []).filter { $0.cells["document_id"] == id }
        guard let eventRow = events.first(where: { $0.cells["event_id"] == id }) else { return nil }
        let notes = (tables["notes.csv"] ?? []).filter { $0.cells["document_id"] == id }
        func textLines(_ kind: String) -> [TextLine] {
            notes.filter { $0.cells["kind"] == kind }.compactMap { row in
                int(row, "source_line").map { TextLine(text: row.cells["text"] ?? "", line: $0) }
            }
        }
        let symbol = document.cells["symbol"].flatMap { text in int(document, "symbol_line").map { TextLine(text: text, line: $0) } }
        func sourceFact(_ prefix: String) -> SourceFact? {
            let printed = document.cells[prefix + "_as_printed"].flatMap { text in
                int(document, prefix + "_line").map { TextLine(text: text, line: $0) }
            }
            return SourceFact(printed: printed, catalogued: document.cells[prefix + "_catalogued"])
        }
        let doc = Document(sourceFile: document.cells["source_file"]!, sha256: document.cells["sha256"]!,
                           language: document.cells["language"]!,
                           documentType: document.cells["document_type_as_printed"] ?? document.cells["document_type"],
                           documentTypeLine: int(document, "document_type_line"), issued: document.cells["issued"],
                           issuedLine: int(document, "issued_line"), notes: textLines("note"), symbol: symbol,
                           issuer: sourceFact("issuer"), sourceURL: sourceFact("source_url"),
                           issuerAuthorities: sourceFact("issuer") == nil ? [] : authorities(document, prefix: "issuer_", kind: .organization),
                           issuerAuthorityName: sourceFact("issuer") == nil ? nil : document.cells["issuer_authority_name"])
        let event = Event(kind: EventKind(rawValue: eventRow.cells["kind"]!) ?? .other,
                          title: eventRow.cells["title"] ?? document.cells["title"]!, subtitle: document.cells["subtitle"],
                          titleSpan: SourceSpan(int(eventRow, "source_line")!, int(eventRow, "source_line_end")),
                          startDate: eventRow.cells["start_date"], endDate: eventRow.cells["end_date"],
                          dateLine: int(eventRow, "date_line"), time: eventRow.cells["time"],
                          // The venue as printed, on which the corrections are replayed as on the document type's.
                          timeLine: int(eventRow, "time_line"), venue: eventRow.cells["venue_as_printed"] ?? eventRow.cells["venue"],
                          venueLine: int(eventRow, "venue_line"), audienceNote: eventRow.cells["audience_note"],
                          audienceLine: int(eventRow, "audience_line"),
                          venueAuthorities: eventRow.cells["venue"] == nil ? [] : authorities(eventRow, prefix: "venue_", kind: .place),
                          venueAuthorityName: eventRow.cells["venue"] == nil ? nil : eventRow.cells["venue_authority_name"])
        // A part's parent is the event, or a part of the same record that holds it.
        let parts = events.filter { $0.cells["parent_id"] == id || $0.cells["parent_id"]?.hasPrefix(prefix) == true }.map { row in
            EventPart(id: local(row.cells["event_id"])!, kind: PartKind(rawValue: row.cells["kind"]!) ?? .other,
                      ordinal: int(row, "ordinal") ?? 0, label: row.cells["label"] ?? "", title: row.cells["title"],
                      formatNote: row.cells["format_note"],
                      span: SourceSpan(int(row, "source_line")!, int(row, "source_line_end")),
                      parentId: row.cells["parent_id"] == id ? nil : local(row.cells["parent_id"]))
        }
        let sections = (tables["sections.csv"] ?? []).filter { $0.cells["document_id"] == id }.map { row in
            Section(id: local(row.cells["section_id"])!, kind: SectionKind(rawValue: row.cells["kind"]!) ?? .other,
                    ordinal: int(row, "ordinal")!, heading: row.cells["heading"]!, line: int(row, "source_line")!)
        }
        let ownEvents = Set(events.compactMap { $0.cells["event_id"] })
        let ownParticipations = (tables["participations.csv"] ?? []).filter { ownEvents.contains($0.cells["event_id"] ?? "") }
        let ownStatements = (tables["statements.csv"] ?? []).filter { ($0.cells["statement_id"] ?? "").hasPrefix(prefix) }
        let participations = ownParticipations.map { row in
            Participation(personId: entity(row.cells["person_id"]), organizationId: entity(row.cells["organization_id"]),
                          partId: row.cells["event_id"] == id ? nil : local(row.cells["event_id"]),
                          role: Role(rawValue: row.cells["role"]!)!, roleAsPrinted: row.cells["role_as_printed"],
                          affiliation: row.cells["affiliation"], line: int(row, "source_line")!)
        }
        let statements = ownStatements.map { row in
            Statement(id: local(row.cells["statement_id"])!, partId: row.cells["event_id"] == id ? nil : local(row.cells["event_id"]),
                      sectionId: local(row.cells["section_id"]), speakerId: entity(row.cells["person_id"]),
                      kind: StatementKind(rawValue: row.cells["kind"]!)!, form: BlockForm(rawValue: row.cells["form"]!)!,
                      level: int(row, "level") ?? 0, ordinal: int(row, "ordinal")!, text: row.cells["text"]!,
                      reportedSpeech: row.cells["reported_speech"] == "true",
                      span: SourceSpan(int(row, "source_line_start")!, int(row, "source_line_end")),
                      enumerator: row.cells["enumerator"].flatMap { $0.isEmpty ? nil : $0 })
        }
        let referencedPersons = Set((ownParticipations + ownStatements).compactMap { $0.cells["person_id"] })
        let persons = entities("persons.csv", in: id, segment: "person", referenced: referencedPersons) { row, lines in
            let (name, printed) = names(row)
            return Person(id: entity(row.cells["person_id"])!, name: name, printedName: printed, variants: split(row.cells["variants"]),
                          honorific: row.cells["honorific"], givenName: row.cells["given_name_as_printed"], familyName: row.cells["family_name_as_printed"],
                          lines: lines, authorities: authorities(row, kind: .person), authorityName: row.cells["authority_name"])
        }
        let referencedOrganizations = Set(ownParticipations.compactMap { $0.cells["organization_id"] })
        let organizations = entities("organizations.csv", in: id, segment: "org", referenced: referencedOrganizations) { row, lines in
            let (name, printed) = names(row)
            return Organization(id: entity(row.cells["organization_id"])!, name: name, printedName: printed, lines: lines,
                                authorities: authorities(row, kind: .organization), authorityName: row.cells["authority_name"])
        }
        let corrections = (tables["corrections.csv"] ?? []).filter { $0.cells["document_id"] == id }.compactMap { row -> Correction? in
            guard let fact = FactKind(rawValue: row.cells["fact"] ?? ""), let line = int(row, "source_line") else { return nil }
            var correction = Correction(fact: fact, line: line, old: row.cells["old"] ?? "", new: row.cells["new"] ?? "",
                                        by: row.cells["by"] ?? "", byId: row.cells["by_id"], date: row.cells["date"] ?? "", note: row.cells["note"],
                                        subject: row.cells["subject"])
            correction.id = local(row.cells["correction_id"]) ?? correction.id
            return correction
        }
        let removedRoles = (tables["removed_roles.csv"] ?? []).filter { $0.cells["document_id"] == id }.compactMap { row -> RemovedRole? in
            guard let role = Role(rawValue: row.cells["role"] ?? ""), let line = int(row, "source_line"),
                  let correction = local(row.cells["correction_id"]) else { return nil }
            let participation = Participation(personId: entity(row.cells["person_id"]), organizationId: entity(row.cells["organization_id"]),
                                              partId: row.cells["event_id"] == id ? nil : local(row.cells["event_id"]), role: role,
                                              roleAsPrinted: row.cells["role_as_printed"], affiliation: row.cells["affiliation"], line: line)
            return RemovedRole(correction: correction, participation: participation, holderName: row.cells["holder_name"])
        }
        return Record(id: id, document: doc, event: event, parts: parts, sections: sections, persons: persons,
                      organizations: organizations, participations: participations, statements: statements,
                      residue: textLines("residue"), printed: textLines("printed"), corrections: corrections,
                      removedRoles: removedRoles).withCorrectedReadings()
    }

    /// The persons or organisations of one document: the rows its writer keyed `DOCUMENT/person/ID`
    /// (`DOCUMENT/org/ID`), and those of a table from elsewhere that name a line of the document or
    /// that its roles and statements name. In the table's order, which is the record's: a row is
    /// the document's own, so nothing of another document's order or lines can come in.
    private func entities<T>(_ file: String, in document: String, segment: String, referenced: Set<String>,
                             _ make: (Row, [Int]) -> T) -> [T] {
        let key = CSVSchema.table(file).primaryKey!
        let own = IRI.segment(document) + "/" + segment + "/"
        return (tables[file] ?? []).compactMap { row in
            let lines = split(row.cells["source_lines"]).compactMap { entry -> Int? in
                guard let colon = entry.lastIndex(of: ":"), entry[..<colon] == document else { return nil }
                return Int(entry[entry.index(after: colon)...])
            }.sorted()
            let id = row.cells[key] ?? ""
            guard id.hasPrefix(own) || !lines.isEmpty || referenced.contains(id) else { return nil }
            return make(row, lines)
        }
    }

    /// The name a person or organisation has, and the printed one where a correction changed it.
    /// The previous release wrote the printed name in `name` and the corrected one in
    /// `corrected_name`, which the reader takes for `name_as_printed` and `name`.
    private func names(_ row: Row) -> (name: String, printed: String?) {
        let name = row.cells["corrected_name"] ?? row.cells["name"]!
        let printed = row.cells["name_as_printed"] ?? name
        return (name, printed == name ? nil : printed)
    }

    /// The identifiers of the columns `prefix` and a scheme's name (`wikidata`, `venue_geonames`).
    private func authorities(_ row: Row, prefix: String = "", kind: AuthorityKind) -> [AuthorityLink] {
        kind.schemes.flatMap { scheme in
            split(row.cells[prefix + scheme.rawValue]).compactMap { value in try? AuthorityLink.parse(value, scheme: scheme).get() }
        }.sorted()
    }

    private func split(_ cell: String?) -> [String] {
        guard let cell, !cell.isEmpty else { return [] }
        return cell.components(separatedBy: CSVSchema.separator)
    }
}
