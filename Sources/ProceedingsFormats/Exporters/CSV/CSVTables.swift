import CSV
public import Foundation

/// How the tables are laid out for the program that opens them.
public enum CSVProfile: String, Sendable, CaseIterable {
    /// RFC 4180: UTF-8 without byte-order mark, CRLF after every record, quotes only where needed.
    case rfc4180
    /// For spreadsheets: a UTF-8 byte-order mark so that Excel reads UTF-8, CRLF, and every cell
    /// that a spreadsheet would take for a formula (it begins with `=`, `+`, `-`, `@`, tab or
    /// carriage return) prefixed with an apostrophe, as OWASP advises against CSV injection. So is
    /// a text that a spreadsheet would turn into a number or a date ("March 2003", "2010"), which
    /// it would otherwise save back in its own format. A cell that itself begins with an apostrophe
    /// gets one too, so that the importer can undo it exactly.
    case excel

    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "'"]

    /// How true and false are written. A spreadsheet shows booleans as TRUE and FALSE, so the
    /// Excel profile writes them that way and they keep their text when a spreadsheet saves them.
    public var booleans: (true: String, false: String) {
        self == .excel ? ("TRUE", "FALSE") : ("true", "false")
    }

    func cell(_ value: String, text: Bool = true) -> String {
        guard self == .excel, let first = value.first,
              Self.formulaTriggers.contains(first) || (text && Self.readAsNumberOrDate(value)) else { return value }
        return "'" + value
    }

    /// The value a cell written in this profile stands for.
    func value(_ cell: String, text: Bool = true) -> String {
        guard self == .excel, cell.hasPrefix("'"), cell.count > 1 else { return cell }
        let rest = cell.dropFirst()
        guard Self.formulaTriggers.contains(rest.first!) || (text && Self.readAsNumberOrDate(String(rest))) else { return cell }
        return String(rest)
    }

    /// Whether a spreadsheet opening the file would read the text as a number or a date.
    static func readAsNumberOrDate(_ text: String) -> Bool { DateText.isDateOrNumber(text) }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

/// Writes a run's table group as the records arrive: every row of a record goes out when it is
/// appended, its persons and organisations too, since a row of theirs is one document's mention
/// and holds nothing of another document. Every file is an `AtomicFile.Pending`, renamed into place
/// by `finish()`, so a failed run leaves no half-written table behind.
public final class CSVTableGroupWriter {
    public enum Destination {
        case memory
        case directory(URL)
    }

    public let profile: CSVProfile
    /// Where the linked data's IRIs live (`--base`): the cells name resources relative to it, and
    /// the CSVW metadata's templates resolve them against it, so that a CSVW converter names every
    /// resource as the linked data of the same run does.
    public let base: String
    private let destination: Destination
    private var pending: [String: AtomicFile.Pending] = [:]
    private var memory: [String: [UInt8]] = [:]
    /// Bytes of the finished table group, by file name, for the memory destination.
    public private(set) var outputs: [(file: String, bytes: [UInt8])] = []

    public init(destination: Destination, profile: CSVProfile = .rfc4180, base: String = LinkedData.defaultBase) throws {
        self.destination = destination
        self.profile = profile
        self.base = base
        for table in CSVSchema.tables {
            try open(table.file)
            try write(table.file, [table.header], header: true)
        }
    }

    deinit { abandon() }

    public func append(_ record: Record) throws {
        for (file, rows) in Self.rows(of: record, base: base) {
            try write(file, rows.map { row in CSVSchema.table(file).header.map { row[$0] ?? "" } })
        }
    }

    /// Writes the metadata, and moves every file into place.
    public func finish() throws {
        let metadata = [("csv-metadata.json", try CSVMetadata.csvw(profile: profile, base: base)),
                        ("datapackage.json", try CSVMetadata.dataPackage(profile: profile))]
        switch destination {
        case .memory:
            outputs = CSVSchema.tables.map { ($0.file, memory[$0.file] ?? []) } + metadata
        case .directory:
            for (file, bytes) in metadata {
                try open(file)
                try pending[file]!.append(bytes)
            }
            for (file, output) in pending.sorted(by: { $0.key < $1.key }) {
                try output.commit()
                pending[file] = nil
            }
        }
    }

    /// Removes whatever a failed run had started to write.
    public func abandon() {
        for output in pending.values { output.abandon() }
        pending = [:]
    }

    private func open(_ file: String) throws {
        guard case .directory(let directory) = destination else { return }
        pending[file] = try AtomicFile.Pending(directory.appendingPathComponent(file))
    }

    private func write(_ file: String, _ rows: [[String]], header: Bool = false) throws {
        guard !rows.isEmpty else { return }
        var bytes = header && profile == .excel ? CSVProfile.byteOrderMark : []
        let columns = CSVSchema.table(file).columns
        bytes += try Self.encode(header ? rows : rows.map { row in
            zip(row, columns).map { cell, column in
                column.datatype == .boolean ? (cell == "true" ? profile.booleans.true : profile.booleans.false)
                    : profile.cell(cell, text: column.datatype == .string)
            }
        })
        switch destination {
        case .memory: memory[file, default: []] += bytes
        case .directory: try pending[file]!.append(bytes)
        }
    }

    /// The cells name resources relative to the base, but for an agent's IRI, which may be one an
    /// authority gives (an ORCID iD), and so is absolute: under `base` when minted.
    static func rows(of record: Record, base: String = LinkedData.defaultBase) -> [(String, [[String: String]])] {
        let document = record.document, event = record.event
        let mint = Minter(base: "", record: record)
        func qualified(_ id: String?) -> String { id.map { Ids.qualified($0, in: record.id) } ?? "" }
        func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
        let documents: [[String: String]] = [[
            "document_id": record.id, "source_file": document.sourceFile, "sha256": document.sha256,
            "title": event.title, "subtitle": event.subtitle ?? "", "document_type": document.documentType ?? "",
            "document_type_as_printed": record.asPrinted(.documentType, document.documentType) ?? "",
            "issued": document.issued ?? "", "issued_as_printed": record.asPrinted(.issued, document.issued) ?? "", "language": document.language,
            "note": document.notes.map(\.text).joined(separator: CSVSchema.separator),
            "document_type_line": number(document.documentTypeLine), "issued_line": number(document.issuedLine),
            "symbol": document.symbol?.text ?? "", "symbol_line": number(document.symbol?.line),
            "issuer_as_printed": document.issuer?.printed?.text ?? "", "issuer_line": number(document.issuer?.printed?.line),
            "issuer_catalogued": document.issuer?.catalogued ?? "",
            "source_url_as_printed": document.sourceURL?.printed?.text ?? "",
            "source_url_line": number(document.sourceURL?.printed?.line),
            "source_url_catalogued": document.sourceURL?.catalogued ?? "",
            "language_iri": LinkedData.languageIRI(document.language) ?? "",
            "issuer_iri": document.issuer == nil ? "" : mint.publisher,
            "title_as_printed": record.asPrinted(.title, event.title) ?? "", "subtitle_as_printed": record.asPrinted(.subtitle, event.subtitle) ?? "",
            "issuer_authority_name": document.issuerAuthorityName ?? "",
        ].merging(Self.authorityCells(document.issuerAuthorities, prefix: "issuer_")) { $1 }
            .merging(CSVSchema.byPrecision("issued", document.issued)) { $1 }
            .merging(CSVSchema.byPrecision("issued_as_printed", record.asPrinted(.issued, document.issued))) { $1 }]
        var events: [[String: String]] = [[
            "event_id": record.id, "document_id": record.id, "kind": event.kind.rawValue, "title": event.title,
            "start_date": event.startDate ?? "", "end_date": event.endDate ?? "", "venue": event.venue ?? "",
            "venue_as_printed": record.asPrinted(.venue, event.venue) ?? "", "subtitle": event.subtitle ?? "",
            "start_date_as_printed": record.asPrinted(.startDate, event.startDate) ?? "",
            "end_date_as_printed": record.asPrinted(.endDate, event.endDate) ?? "",
            "source_line": String(event.titleSpan.first), "source_line_end": String(event.titleSpan.last),
            "date_line": number(event.dateLine), "time": event.time ?? "", "time_line": number(event.timeLine),
            "venue_line": number(event.venueLine), "audience_note": event.audienceNote ?? "",
            "audience_line": number(event.audienceLine), "iri": mint.event,
            "venue_iri": event.venue == nil ? "" : mint.place, "venue_authority_name": event.venueAuthorityName ?? "",
        ].merging(Self.authorityCells(event.venueAuthorities, prefix: "venue_")) { $1 }
            .merging(CSVSchema.byPrecision("start_date", event.startDate)) { $1 }
            .merging(CSVSchema.byPrecision("end_date", event.endDate)) { $1 }
            .merging(CSVSchema.byPrecision("start_date_as_printed", record.asPrinted(.startDate, event.startDate))) { $1 }
            .merging(CSVSchema.byPrecision("end_date_as_printed", record.asPrinted(.endDate, event.endDate))) { $1 }]
        events += record.parts.map { part in [
            "event_id": qualified(part.id), "document_id": record.id, "parent_id": record.enclosingPart(of: part).map { qualified($0.id) } ?? record.id,
            "parent_iri": record.enclosingPart(of: part).map { mint.part($0.id) } ?? mint.event,
            "kind": part.kind.rawValue, "ordinal": String(part.ordinal), "label": part.label, "title": part.title ?? "",
            "source_line": String(part.span.first), "source_line_end": String(part.span.last),
            "format_note": part.formatNote ?? "", "iri": mint.part(part.id),
        ] }
        let roleKeys = mint.participationKeys(record)
        // What both tables say of a role, worked out once: the printed affiliation reads every correction.
        let printedAffiliations = record.participations.indices.map { record.printedAffiliation(ofParticipation: $0) ?? "" }
        let participations = record.participations.indices.map { index -> [String: String] in
            let p = record.participations[index], key = roleKeys[index]
            return [
            "event_id": p.partId.map { qualified($0) } ?? record.id, "person_id": p.personId.map(mint.recordPerson) ?? "",
            "organization_id": p.organizationId.map(mint.recordOrganization) ?? "",
            "person_iri": p.personId.map(mint.person) ?? "", "organization_iri": p.organizationId.map(mint.organization) ?? "", "role": p.role.rawValue, "role_as_printed": p.roleAsPrinted ?? "",
            "affiliation": p.affiliation ?? "", "affiliation_as_printed": printedAffiliations[index],
            "source_line": String(p.line), "iri": mint.participation(key),
            "document_id": record.id, "affiliation_iri": !record.namesAffiliation(ofParticipation: index) ? "" : mint.affiliation(of: mint.participation(key)),
            "holder_iri": mint.holder(of: p) ?? "", "event_iri": mint.during(p),
        ] }
        let affiliations = record.participations.indices.compactMap { index -> [String: String]? in
            let p = record.participations[index]
            guard record.namesAffiliation(ofParticipation: index) else { return nil }
            return ["document_id": record.id, "iri": mint.affiliation(of: mint.participation(roleKeys[index])), "affiliation": p.affiliation ?? "",
                    "affiliation_as_printed": printedAffiliations[index],
                    "person_iri": p.personId.map(mint.person) ?? "", "organization_iri": p.affiliatedOrganization.map(mint.organization) ?? "",
                    "event_iri": mint.during(p), "source_line": String(p.line)]
        }
        let statements = record.statements.map { s in [
            "statement_id": qualified(s.id), "event_id": s.partId.map { qualified($0) } ?? record.id,
            "person_id": s.speakerId.map(mint.recordPerson) ?? "", "speaker_iri": s.speakerId.map(mint.person) ?? "", "kind": s.kind.rawValue, "ordinal": String(s.ordinal), "text": s.text,
            "reported_speech": s.reportedSpeech ? "true" : "false", "source_line_start": String(s.span.first),
            "source_line_end": String(s.span.last), "section_id": qualified(s.sectionId), "form": s.form.rawValue,
            "level": String(s.level), "enumerator": s.enumerator ?? "", "iri": mint.statement(s.id), "document_id": record.id,
            "part_iri": s.partId.map(mint.part) ?? "", "section_iri": s.sectionId.map(mint.section) ?? "",
        ] }
        // A person's (an organisation's) row is the record's mention: one per id, should a record
        // from elsewhere name an id twice, with the lines of both.
        func mentions<Entity>(_ entities: [Entity], key: (Entity) -> String, lines: (Entity) -> [Int],
                              row: (Entity) -> [String: String]) -> [[String: String]] {
            var rows: [[String: String]] = [], printed: [[String]] = [], index: [String: Int] = [:]
            for entity in entities {
                let named = lines(entity).map { "\(record.id):\($0)" }
                if let known = index[key(entity)] {
                    printed[known] += named
                    continue
                }
                index[key(entity)] = rows.count
                rows.append(row(entity))
                printed.append(named)
            }
            return zip(rows, printed).map { row, lines in
                row.merging(["source_lines": lines.joined(separator: CSVSchema.separator)]) { $1 }
            }
        }
        let persons = mentions(record.persons, key: { mint.recordPerson($0.id) }, lines: \.lines) { person in
            ["person_id": mint.recordPerson(person.id), "iri": mint.person(person.id), "mention_iri": mint.personMention(person.id), "document_id": record.id,
             "name": person.name, "name_as_printed": person.printedName ?? person.name, "honorific": person.honorific ?? "",
             "given_name": person.nameParts.given ?? "", "family_name": person.nameParts.family ?? "",
             "given_name_as_printed": person.givenName ?? "", "family_name_as_printed": person.familyName ?? "",
             "variants": person.variants.joined(separator: CSVSchema.separator), "authority_name": person.authorityName ?? "",
            ].merging(Self.authorityCells(person.authorities)) { $1 }
                .merging(Self.mentionCells(id: person.id, index: record.persons.firstIndex { $0.id == person.id } ?? 0)) { $1 }
        }
        let organizations = mentions(record.organizations, key: { mint.recordOrganization($0.id) }, lines: \.lines) { organization in
            ["organization_id": mint.recordOrganization(organization.id), "iri": mint.organization(organization.id),
             "mention_iri": mint.organizationMention(organization.id), "document_id": record.id, "name": organization.name,
             "name_as_printed": organization.printedName ?? organization.name, "authority_name": organization.authorityName ?? "",
            ].merging(Self.authorityCells(organization.authorities)) { $1 }
                .merging(Self.mentionCells(id: organization.id, index: record.organizations.firstIndex { $0.id == organization.id } ?? 0)) { $1 }
        }
        let sections = record.sections.map { section in [
            "section_id": qualified(section.id), "document_id": record.id, "kind": section.kind.rawValue,
            "ordinal": String(section.ordinal), "heading": section.heading, "source_line": String(section.line),
            "iri": mint.section(section.id),
        ] }
        // Numbered within each kind, as the linked data numbers them.
        func lines(_ kind: String, _ lines: [TextLine], _ iri: (String) -> String) -> [[String: String]] {
            zip(lines, mint.textKeys(lines)).enumerated().map { index, line in
                ["document_id": record.id, "kind": kind, "text": line.0.text, "source_line": String(line.0.line), "iri": iri(line.1),
                 "index": String(index + 1)]
            }
        }
        let notes = lines("note", document.notes, mint.note) + lines("residue", record.residue, mint.residue)
            + lines("printed", record.printed, mint.printed)
        let corrector = Minter(base: base, record: record)
        let corrections = record.corrections.enumerated().map { index, c in [
            "document_id": record.id, "correction_id": qualified(c.id), "fact": c.fact.rawValue, "source_line": String(c.line),
            "old": c.old, "new": c.new, "by": c.by, "by_id": c.byId ?? "", "date": c.date, "note": c.note ?? "", "subject": c.subject ?? "",
            "iri": mint.correction(c.id), "corrector_iri": corrector.corrector(c), "identifier": c.id, "index": String(index + 1),
            // As the linked data dates it: the day in dcterms:date, a time in prov:endedAtTime.
            "day": String(c.date.prefix(10)), "ended_at": c.date.count > 10 ? c.date : "", "lines_iri": mint.lines(c.line, c.line),
        ] }
        let corrected = mint.correctedResources(record)
        let correctedResources = record.corrections.flatMap { c in
            (corrected[c.id] ?? []).map { resource in
                ["document_id": record.id, "correction_id": qualified(c.id), "iri": mint.correction(c.id), "corrected_iri": resource]
            }
        }
        var correctors: [[String: String]] = []
        for c in record.corrections {
            let row = ["document_id": record.id, "iri": corrector.corrector(c), "name": c.by]
            if !correctors.contains(row) { correctors.append(row) }
        }
        let correctedGraphs = record.corrections.map { c in [
            "document_id": record.id, "correction_id": qualified(c.id), "iri": mint.graph, "correction_iri": mint.correction(c.id),
            "tool_iri": Minter.tool, "tool_name": Minter.toolName, "tool_version": ProceedingsFormats.version,
        ] }
        // As the linked data describes them (GraphBuilder.buildRemovedRoles).
        let removedRoles = zip(record.removedRoles, mint.removedRoles(record)).enumerated().map { index, role -> [String: String] in
            let (removed, iri) = role, p = removed.participation, agents = removed.agents(in: record)
            return ["document_id": record.id, "correction_id": qualified(removed.correction), "iri": iri,
                    "correction_iri": mint.correction(removed.correction), "event_id": p.partId.map { qualified($0) } ?? record.id,
                    "person_id": agents.personId.map(mint.recordPerson) ?? "", "organization_id": agents.organizationId.map(mint.recordOrganization) ?? "",
                    "role": p.role.rawValue, "role_as_printed": p.roleAsPrinted ?? "", "affiliation": p.affiliation ?? "",
                    "holder_name": removed.holderName ?? "", "source_line": String(p.line), "index": String(index + 1),
                    "holder_iri": (removed.heldByOrganization ? agents.organizationId.map(mint.organization) : agents.personId.map(mint.person)) ?? "",
                    "event_iri": mint.during(p), "lines_iri": mint.lines(p.line, p.line),
                    "organization_iri": (removed.heldByOrganization ? nil : agents.organizationId.map(mint.organization)) ?? ""]
        }
        let tables = [("documents.csv", documents), ("events.csv", events), ("persons.csv", persons),
                      ("organizations.csv", organizations), ("participations.csv", participations), ("affiliations.csv", affiliations),
                      ("statements.csv", statements), ("sections.csv", sections), ("notes.csv", notes),
                      ("authority_links.csv", authorityLinks(of: record, mint: mint)), ("classes.csv", classes(of: record, mint: mint)),
                      ("corrections.csv", corrections), ("corrected_resources.csv", correctedResources),
                      ("correctors.csv", correctors), ("corrected_graphs.csv", correctedGraphs), ("removed_roles.csv", removedRoles)]
        // What the linked data says beyond the tables' own columns, row for row (CSVSchema+Links).
        return tables.map { file, rows in
            guard let links = linkCells(file, of: record, mint: mint) else { return (file, rows) }
            return (file, zip(rows, links).map { row, cells in row.merging(cells) { $1 } })
        } + linkTables(of: record, mint: mint)
    }

    /// A cell per scheme, named `prefix` and the scheme; a table takes the columns it has.
    private static func authorityCells(_ links: [AuthorityLink], prefix: String = "") -> [String: String] {
        Dictionary(uniqueKeysWithValues: AuthorityScheme.allCases.map { scheme in
            (prefix + scheme.rawValue, links.filter { $0.scheme == scheme }.map(\.value).joined(separator: CSVSchema.separator))
        })
    }

    /// Rows through CSV.swift, each ended with CRLF as RFC 4180 has it.
    static func encode(_ rows: [[String]]) throws -> [UInt8] {
        let sink = ByteSink(toMemory: ())
        let writer = try CSVWriter(stream: sink, newline: .crlf)
        for row in rows { try writer.write(row: row) }
        sink.close()
        var bytes = sink.take()
        bytes += [0x0D, 0x0A]
        return bytes
    }
}

/// A whole run's table group in memory, for the service's responses and for tests.
public enum CSVTables {
    public static let multiValueSeparator = CSVSchema.separator

    public static func export(_ records: [Record], profile: CSVProfile = .rfc4180,
                              base: String = LinkedData.defaultBase) throws -> [(file: String, bytes: [UInt8])] {
        let writer = try CSVTableGroupWriter(destination: .memory, profile: profile, base: base)
        for record in records { try writer.append(record) }
        try writer.finish()
        return writer.outputs
    }

    package static func encode(_ rows: [[String]]) throws -> [UInt8] { try CSVTableGroupWriter.encode(rows) }
}

/// Where CSV.swift writes: it writes a byte at a time, which Foundation's memory stream turned
/// into a tenth of a conversion; appending to an array costs next to nothing.
private final class ByteSink: OutputStream {
    private(set) var bytes: [UInt8] = []
    private var status = Stream.Status.notOpen

    required init(toMemory: ()) { super.init(toMemory: ()) }

    override var streamStatus: Stream.Status { status }
    override var hasSpaceAvailable: Bool { true }
    override func open() { status = .open }
    override func close() { status = .closed }

    /// The bytes written, moved out rather than copied.
    func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    override func write(_ buffer: UnsafePointer<UInt8>, maxLength length: Int) -> Int {
        bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: length))
        return length
    }
}
