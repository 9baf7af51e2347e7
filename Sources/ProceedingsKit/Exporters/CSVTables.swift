import CSV
import Foundation

/// The run's records as one group of RFC 4180 tables, ids shared with the XML.
///
/// Column names are a contract that other tools depend on. Several values in one cell are joined
/// with `|`. Part and statement ids are unique only within a record, so the tables qualify them
/// with the record id (`<record-id>/session-1`); the whole event's id is the record id.
public enum CSVTables {
    public static let columns: [(file: String, header: [String])] = [
        ("documents.csv", ["document_id", "source_file", "sha256", "title", "subtitle", "document_type", "issued", "language", "note"]),
        ("events.csv", ["event_id", "document_id", "parent_id", "kind", "ordinal", "label", "title", "start_date", "end_date", "venue", "source_line", "source_line_end"]),
        ("persons.csv", ["person_id", "name", "honorific", "given_name", "family_name", "variants"]
            + authorityColumns + ["source_lines"]),
        ("organizations.csv", ["organization_id", "name"] + authorityColumns + ["source_lines"]),
        ("participations.csv", ["event_id", "person_id", "organization_id", "role", "role_as_printed", "affiliation", "source_line"]),
        ("statements.csv", ["statement_id", "event_id", "person_id", "kind", "ordinal", "text", "reported_speech", "source_line_start", "source_line_end"]),
    ]

    public static let multiValueSeparator = "|"

    /// One column per scheme, named by its raw value, so that a catalogue can map them one to one.
    static let authorityColumns = AuthorityScheme.allCases.map(\.rawValue)

    /// File name → bytes, for every table. Persons and organisations appear once per run.
    public static func export(_ records: [Record]) throws -> [(file: String, bytes: [UInt8])] {
        var documents: [[String]] = [], events: [[String]] = [], persons: [[String]] = []
        var organizations: [[String]] = [], participations: [[String]] = [], statements: [[String]] = []
        var seenPersons: Set<String> = [], seenOrganizations: Set<String> = []
        // A person or organisation of the run may be named in several documents, so its
        // provenance is qualified with the document: `<document_id>:<line>`.
        var personLines: [String: [String]] = [:], organizationLines: [String: [String]] = [:]
        for record in records {
            for person in record.persons {
                personLines[person.id, default: []] += person.lines.map { "\(record.id):\($0)" }
            }
            for organization in record.organizations {
                organizationLines[organization.id, default: []] += organization.lines.map { "\(record.id):\($0)" }
            }
        }
        for record in records {
            let document = record.document, event = record.event
            documents.append([record.id, document.sourceFile, document.sha256, event.title, event.subtitle ?? "",
                              document.documentType ?? "", document.issued ?? "", document.language,
                              document.notes.map(\.text).joined(separator: multiValueSeparator)])
            events.append([record.id, record.id, "", event.kind.rawValue, "", "", event.title, event.startDate ?? "",
                           event.endDate ?? "", event.venue ?? "", String(event.titleSpan.first),
                           String(event.titleSpan.last)])
            for part in record.parts {
                events.append([partId(part.id, record), record.id, record.id, part.kind.rawValue, String(part.ordinal),
                               part.label, part.title ?? "", "", "", "", String(part.span.first), String(part.span.last)])
            }
            for person in record.persons where seenPersons.insert(person.id).inserted {
                persons.append([person.id, person.name, person.honorific ?? "", person.givenName ?? "",
                                person.familyName ?? "", person.variants.joined(separator: multiValueSeparator)]
                               + authorityCells(person.authorities)
                               + [personLines[person.id, default: []].joined(separator: multiValueSeparator)])
            }
            for organization in record.organizations where seenOrganizations.insert(organization.id).inserted {
                organizations.append([organization.id, organization.name] + authorityCells(organization.authorities)
                                     + [organizationLines[organization.id, default: []].joined(separator: multiValueSeparator)])
            }
            for p in record.participations {
                participations.append([p.partId.map { partId($0, record) } ?? record.id, p.personId ?? "",
                                       p.organizationId ?? "", p.role.rawValue, p.roleAsPrinted ?? "",
                                       p.affiliation ?? "", String(p.line)])
            }
            for s in record.statements {
                statements.append([Ids.qualified(s.id, in: record.id), s.partId.map { partId($0, record) } ?? record.id,
                                   s.speakerId ?? "", s.kind.rawValue, String(s.ordinal), s.text,
                                   s.reportedSpeech ? "true" : "false", String(s.span.first), String(s.span.last)])
            }
        }
        let rows = [documents, events, persons, organizations, participations, statements]
        return try zip(columns, rows).map { table, body in (table.file, try encode([table.header] + body)) }
    }

    private static func partId(_ id: String, _ record: Record) -> String { Ids.qualified(id, in: record.id) }

    private static func authorityCells(_ links: [AuthorityLink]) -> [String] {
        AuthorityScheme.allCases.map { scheme in
            links.filter { $0.scheme == scheme }.map(\.value).joined(separator: multiValueSeparator)
        }
    }

    static func encode(_ rows: [[String]]) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in rows { try writer.write(row: row) }
        stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        // RFC 4180 ends every record, the last one included, with CRLF.
        return [UInt8](data) + [0x0D, 0x0A]
    }
}
