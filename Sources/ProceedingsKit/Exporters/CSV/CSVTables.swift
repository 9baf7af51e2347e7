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

/// Writes a run's table group as the records arrive: the document, event, participation,
/// statement, section and note rows of a record go out when it is appended; persons and
/// organisations, which a run shares, go out once at the end with their provenance from every
/// document. Files are written beside their targets and renamed into place by `finish()`, so a
/// failed run leaves no half-written table behind.
public final class CSVTableGroupWriter {
    public enum Destination {
        case memory
        case directory(URL)
    }

    public let profile: CSVProfile
    private let destination: Destination
    private var handles: [String: FileHandle] = [:]
    private var temporaries: [String: URL] = [:]
    private var memory: [String: [UInt8]] = [:]
    private var persons: SharedTable
    private var organizations: SharedTable
    /// Bytes of the finished table group, by file name, for the memory destination.
    public private(set) var outputs: [(file: String, bytes: [UInt8])] = []

    public convenience init(destination: Destination, profile: CSVProfile = .rfc4180) throws {
        try self.init(destination: destination, profile: profile, sharedSlice: SharedTable.defaultSlice)
    }

    /// `sharedSlice`: persons or organisations gathered per pass over the spilled lines.
    init(destination: Destination, profile: CSVProfile, sharedSlice: Int) throws {
        self.destination = destination
        self.profile = profile
        var spillDirectory: URL?
        if case .directory(let directory) = destination {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw AtomicFile.WriteError(path: directory.path, reason: "cannot create directory (\(error.localizedDescription))")
            }
            spillDirectory = directory
        }
        persons = try SharedTable(file: "persons.csv", spillDirectory: spillDirectory, slice: sharedSlice)
        organizations = try SharedTable(file: "organizations.csv", spillDirectory: spillDirectory, slice: sharedSlice)
        for table in CSVSchema.tables {
            try open(table.file)
            try write(table.file, [table.header], header: true)
        }
    }

    deinit { abandon() }

    public func append(_ record: Record) throws {
        let mint = Minter(base: "", record: record)
        for (file, rows) in Self.rows(of: record) {
            try write(file, rows.map { row in CSVSchema.table(file).header.map { row[$0] ?? "" } })
        }
        for person in record.persons {
            let key = mint.recordPerson(person.id)
            try persons.mention(key, lines: person.lines.map { "\(record.id):\($0)" }) {
                var row = ["person_id": key, "iri": mint.person(person.id), "mention_iri": mint.personMention(person.id),
                           "name": person.name, "honorific": person.honorific ?? "",
                           "given_name": person.givenName ?? "", "family_name": person.familyName ?? "",
                           "variants": person.variants.joined(separator: CSVSchema.separator)]
                row.merge(Self.authorityCells(person.authorities)) { $1 }
                return row
            }
        }
        for organization in record.organizations {
            let key = mint.recordOrganization(organization.id)
            try organizations.mention(key, lines: organization.lines.map { "\(record.id):\($0)" }) {
                var row = ["organization_id": key, "iri": mint.organization(organization.id),
                           "mention_iri": mint.organizationMention(organization.id), "name": organization.name]
                row.merge(Self.authorityCells(organization.authorities)) { $1 }
                return row
            }
        }
    }

    /// Writes the shared tables and the metadata, and moves every file into place.
    public func finish() throws {
        for table in [persons, organizations] {
            try table.finish { rows in try write(table.file, rows) }
        }
        let metadata = [("csv-metadata.json", try CSVMetadata.csvw(profile: profile)),
                        ("datapackage.json", try CSVMetadata.dataPackage(profile: profile))]
        switch destination {
        case .memory:
            outputs = CSVSchema.tables.map { ($0.file, memory[$0.file] ?? []) } + metadata
        case .directory(let directory):
            for (file, bytes) in metadata {
                try open(file)
                try handles[file]!.write(contentsOf: bytes)
            }
            for handle in handles.values { try handle.close() }
            handles = [:]
            for (file, temporary) in temporaries.sorted(by: { $0.key < $1.key }) {
                let target = directory.appendingPathComponent(file)
                if rename(temporary.path, target.path) != 0 {
                    throw AtomicFile.WriteError(path: target.path, reason: String(cString: strerror(errno)))
                }
                temporaries[file] = nil
            }
        }
    }

    /// Removes whatever a failed run had started to write.
    public func abandon() {
        persons.abandon()
        organizations.abandon()
        for handle in handles.values { try? handle.close() }
        handles = [:]
        for temporary in temporaries.values { try? FileManager.default.removeItem(at: temporary) }
        temporaries = [:]
    }

    private func open(_ file: String) throws {
        guard case .directory(let directory) = destination else { return }
        let temporary = directory.appendingPathComponent(".\(file).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            throw AtomicFile.WriteError(path: directory.appendingPathComponent(file).path, reason: "directory is not writable")
        }
        temporaries[file] = temporary
        handles[file] = handle
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
        case .directory: try handles[file]!.write(contentsOf: bytes)
        }
    }

    static func rows(of record: Record) -> [(String, [[String: String]])] {
        let document = record.document, event = record.event
        let mint = Minter(base: "", record: record)
        func qualified(_ id: String?) -> String { id.map { Ids.qualified($0, in: record.id) } ?? "" }
        func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
        let documents: [[String: String]] = [[
            "document_id": record.id, "source_file": document.sourceFile, "sha256": document.sha256,
            "title": event.title, "subtitle": event.subtitle ?? "", "document_type": document.documentType ?? "",
            "issued": document.issued ?? "", "language": document.language,
            "note": document.notes.map(\.text).joined(separator: CSVSchema.separator),
            "document_type_line": number(document.documentTypeLine), "issued_line": number(document.issuedLine),
            "symbol": document.symbol?.text ?? "", "symbol_line": number(document.symbol?.line),
            "issuer_printed": document.issuer?.printed?.text ?? "", "issuer_line": number(document.issuer?.printed?.line),
            "issuer_catalogued": document.issuer?.catalogued ?? "",
            "source_url_printed": document.sourceURL?.printed?.text ?? "",
            "source_url_line": number(document.sourceURL?.printed?.line),
            "source_url_catalogued": document.sourceURL?.catalogued ?? "",
            "language_iri": LinkedData.languageIRI(document.language) ?? "",
            "issuer_iri": document.issuer == nil ? "" : mint.publisher,
        ].merging(Self.authorityCells(document.issuerAuthorities, prefix: "issuer_")) { $1 }]
        var events: [[String: String]] = [[
            "event_id": record.id, "document_id": record.id, "kind": event.kind.rawValue, "title": event.title,
            "start_date": event.startDate ?? "", "end_date": event.endDate ?? "", "venue": event.venue ?? "",
            "source_line": String(event.titleSpan.first), "source_line_end": String(event.titleSpan.last),
            "date_line": number(event.dateLine), "time": event.time ?? "", "time_line": number(event.timeLine),
            "venue_line": number(event.venueLine), "audience_note": event.audienceNote ?? "",
            "audience_line": number(event.audienceLine), "iri": mint.event,
            "venue_iri": event.venue == nil ? "" : mint.place,
        ].merging(Self.authorityCells(event.venueAuthorities, prefix: "venue_")) { $1 }]
        events += record.parts.map { part in [
            "event_id": qualified(part.id), "document_id": record.id, "parent_id": record.id,
            "kind": part.kind.rawValue, "ordinal": String(part.ordinal), "label": part.label, "title": part.title ?? "",
            "source_line": String(part.span.first), "source_line_end": String(part.span.last),
            "format_note": part.formatNote ?? "", "iri": mint.part(part.id),
        ] }
        let roleKeys = mint.participationKeys(record.participations)
        let participations = zip(record.participations, roleKeys).map { p, key in [
            "event_id": p.partId.map { qualified($0) } ?? record.id, "person_id": p.personId.map(mint.recordPerson) ?? "",
            "organization_id": p.organizationId.map(mint.recordOrganization) ?? "",
            "person_iri": p.personId.map(mint.person) ?? "", "organization_iri": p.organizationId.map(mint.organization) ?? "", "role": p.role.rawValue, "role_as_printed": p.roleAsPrinted ?? "",
            "affiliation": p.affiliation ?? "", "source_line": String(p.line), "iri": mint.participation(key),
        ] }
        let statements = record.statements.map { s in [
            "statement_id": qualified(s.id), "event_id": s.partId.map { qualified($0) } ?? record.id,
            "person_id": s.speakerId.map(mint.recordPerson) ?? "", "speaker_iri": s.speakerId.map(mint.person) ?? "", "kind": s.kind.rawValue, "ordinal": String(s.ordinal), "text": s.text,
            "reported_speech": s.reportedSpeech ? "true" : "false", "source_line_start": String(s.span.first),
            "source_line_end": String(s.span.last), "section_id": qualified(s.sectionId), "form": s.form.rawValue,
            "level": String(s.level), "enumerator": s.enumerator ?? "", "iri": mint.statement(s.id),
        ] }
        let sections = record.sections.map { section in [
            "section_id": qualified(section.id), "document_id": record.id, "kind": section.kind.rawValue,
            "ordinal": String(section.ordinal), "heading": section.heading, "source_line": String(section.line),
            "iri": mint.section(section.id),
        ] }
        let notes = zip(document.notes, mint.textKeys(document.notes)).map { note, key in
            ["document_id": record.id, "kind": "note", "text": note.text, "source_line": String(note.line), "iri": mint.note(key)]
        } + zip(record.residue, mint.textKeys(record.residue)).map { fragment, key in
            ["document_id": record.id, "kind": "residue", "text": fragment.text, "source_line": String(fragment.line), "iri": mint.residue(key)]
        } + zip(record.printed, mint.textKeys(record.printed)).map { line, key in
            ["document_id": record.id, "kind": "printed", "text": line.text, "source_line": String(line.line), "iri": mint.printed(key)]
        }
        return [("documents.csv", documents), ("events.csv", events), ("participations.csv", participations),
                ("statements.csv", statements), ("sections.csv", sections), ("notes.csv", notes)]
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

/// A whole run's table group in memory, for tests and small runs.
public enum CSVTables {
    public static let multiValueSeparator = CSVSchema.separator

    public static func export(_ records: [Record], profile: CSVProfile = .rfc4180) throws -> [(file: String, bytes: [UInt8])] {
        let writer = try CSVTableGroupWriter(destination: .memory, profile: profile)
        for record in records { try writer.append(record) }
        try writer.finish()
        return writer.outputs
    }

    static func encode(_ rows: [[String]]) throws -> [UInt8] { try CSVTableGroupWriter.encode(rows) }
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

/// A table whose rows the whole run shares (persons, organisations): a row is known at its
/// entity's first mention, its source lines only at the end of the run. Rows and lines go to
/// spill files as they come, so that memory holds the ids and not the rows; `finish` reads them
/// back a slice of entities at a time.
final class SharedTable {
    let file: String
    private let header: [String]
    private var index: [String: Int] = [:]
    private let rows: Spill
    private let lines: Spill
    /// Entities whose lines are gathered in one pass over the spilled lines.
    static let defaultSlice = 4096
    static let rowsPerWrite = 128
    static let bytesPerWrite = 1 << 18
    private let slice: Int

    init(file: String, spillDirectory: URL?, slice: Int) throws {
        self.file = file
        self.slice = slice
        header = CSVSchema.table(file).header
        rows = try Spill(name: file + ".rows", directory: spillDirectory)
        lines = try Spill(name: file + ".lines", directory: spillDirectory)
    }

    /// The entity's row is made only at its first mention; later mentions add their lines.
    func mention(_ id: String, lines printed: [String], row: () -> [String: String]) throws {
        let entity: Int
        if let known = index[id] {
            entity = known
        } else {
            entity = index.count
            index[id] = entity
            let cells = row()
            try rows.append(header.map { $0 == "source_lines" ? "" : cells[$0] ?? "" })
        }
        for line in printed { try lines.append(entity: entity, line) }
    }

    /// Rows in order of first mention, `source_lines` filled in, handed over a slice at a time.
    func finish(_ emit: ([[String]]) throws -> Void) throws {
        let column = header.firstIndex(of: "source_lines")!
        var rowReader = try rows.reader()
        var start = 0
        while start < index.count {
            let end = min(start + slice, index.count)
            // Each cell is joined as its lines are read: an organisation named in every summary has
            // as many lines as the run has summaries, and an array of them was the peak of a run.
            var gathered = [String](repeating: "", count: end - start)
            var lineReader = try lines.reader()
            while let (entity, line) = try lineReader.nextLine() {
                guard (start..<end).contains(entity) else { continue }
                if !gathered[entity - start].isEmpty { gathered[entity - start] += CSVSchema.separator }
                gathered[entity - start] += line
            }
            // Handed over a few rows, or a few hundred kilobytes, at a time: encoding a whole slice
            // at once was the peak of a run too.
            var batch: [[String]] = []
            var batchBytes = 0
            for offset in 0..<(end - start) {
                guard var cells = try rowReader.nextRow(count: header.count) else { break }
                cells[column] = gathered[offset]
                gathered[offset] = ""
                batchBytes += cells.reduce(0) { $0 + $1.utf8.count }
                batch.append(cells)
                if batch.count == Self.rowsPerWrite || batchBytes >= Self.bytesPerWrite {
                    try emit(batch)
                    batch.removeAll(keepingCapacity: true)
                    batchBytes = 0
                }
            }
            if !batch.isEmpty { try emit(batch) }
            start = end
        }
        rows.remove()
        lines.remove()
    }

    func abandon() {
        rows.remove()
        lines.remove()
    }
}

/// Strings appended to a temporary file beside the tables (or kept in memory when the tables
/// are), read back in order as many times as needed. Each string is its UTF-8 length as four
/// bytes, then its bytes; a line of a shared table is preceded by its entity number.
private final class Spill {
    private var buffer: [UInt8] = []
    private let url: URL?
    private var handle: FileHandle?
    static let flushAt = 1 << 18

    init(name: String, directory: URL?) throws {
        guard let directory else {
            url = nil
            return
        }
        let url = directory.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: url) else {
            throw AtomicFile.WriteError(path: url.path, reason: "directory is not writable")
        }
        self.url = url
        self.handle = handle
    }

    func append(_ strings: [String]) throws {
        for string in strings { put(string) }
        try flushIfFull()
    }

    func append(entity: Int, _ string: String) throws {
        put(UInt32(entity))
        put(string)
        try flushIfFull()
    }

    private func put(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
    }

    private func put(_ string: String) {
        put(UInt32(string.utf8.count))
        buffer.append(contentsOf: string.utf8)
    }

    private func flushIfFull() throws {
        if handle != nil, buffer.count >= Self.flushAt { try flush() }
    }

    private func flush() throws {
        guard let handle, !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func reader() throws -> Reader {
        try flush()
        guard let url else { return Reader(memory: buffer) }
        guard let file = try? FileHandle(forReadingFrom: url) else {
            throw AtomicFile.WriteError(path: url.path, reason: "cannot read back a temporary file")
        }
        return Reader(file: file)
    }

    func remove() {
        try? handle?.close()
        handle = nil
        if let url { unlink(url.path) }
    }

    /// Reads what was appended, from memory or the file a quarter of a megabyte at a time.
    struct Reader {
        private var bytes: [UInt8]
        private var position = 0
        private let file: FileHandle?

        init(memory: [UInt8]) {
            bytes = memory
            file = nil
        }

        init(file: FileHandle) {
            bytes = []
            self.file = file
        }

        private mutating func ensure(_ count: Int) throws -> Bool {
            while bytes.count - position < count {
                guard let file, let more = try file.read(upToCount: Spill.flushAt), !more.isEmpty else { return false }
                bytes.removeFirst(position)
                position = 0
                bytes.append(contentsOf: more)
            }
            return true
        }

        private mutating func number() throws -> UInt32? {
            guard try ensure(4) else { return nil }
            var value: UInt32 = 0
            for i in 0..<4 { value |= UInt32(bytes[position + i]) << (8 * UInt32(i)) }
            position += 4
            return value
        }

        private mutating func string() throws -> String? {
            guard let length = try number(), try ensure(Int(length)) else { return nil }
            defer { position += Int(length) }
            return String(decoding: bytes[position..<(position + Int(length))], as: UTF8.self)
        }

        mutating func nextRow(count: Int) throws -> [String]? {
            var cells: [String] = []
            for _ in 0..<count {
                guard let cell = try string() else { return nil }
                cells.append(cell)
            }
            return cells
        }

        mutating func nextLine() throws -> (Int, String)? {
            guard let entity = try number(), let line = try string() else {
                try file?.close()
                return nil
            }
            return (Int(entity), line)
        }
    }
}
