/// The interchange XML format: the canonical model, field for field, as described by
/// `Schemas/proceedings.xsd`. Import of an export gives back an equal `Record`.
public enum InterchangeXML {
    /// Versioned: an incompatible change of the format gets a new namespace.
    public static let namespace = "https://w3id.org/proceedings/ns/1.0"
    public static let schemaFileName = "proceedings.xsd"

    /// The record as UTF-8 XML. Elements follow the model's array order, so equal records give
    /// byte-identical output.
    public static func export(_ record: Record) -> [UInt8] {
        let writer = XMLWriter()
        writer.startElement("record", namespace: namespace)
        writer.attribute("id", record.id)
        write(record.document, to: writer)
        write(record.event, to: writer)
        writer.element("parts") { record.parts.forEach { write($0, to: writer) } }
        writer.element("sections") { record.sections.forEach { write($0, to: writer) } }
        writer.element("persons") { record.persons.forEach { write($0, to: writer) } }
        writer.element("organizations") { record.organizations.forEach { write($0, to: writer) } }
        writer.element("participations") { record.participations.forEach { write($0, to: writer) } }
        writer.element("statements") { record.statements.forEach { write($0, to: writer) } }
        writer.element("residue") {
            for line in record.residue { writer.element("fragment", ["line": number(line.line)], text: line.text) }
        }
        writer.element("printed") {
            for line in record.printed { writer.element("line", ["line": number(line.line)], text: line.text) }
        }
        // Only a corrected record has the element, so that files of records without corrections stay as they were.
        if !record.corrections.isEmpty {
            writer.element("corrections") {
                for correction in record.corrections {
                    write(correction, removed: record.removedRoles.filter { $0.correction == correction.id }, to: writer)
                }
            }
        }
        writer.endElement()
        return writer.finish()
    }

    private static func write(_ document: Document, to writer: XMLWriter) {
        writer.element("document", ["sha256": document.sha256, "language": document.language,
                                    "document-type-line": number(document.documentTypeLine),
                                    "issued-line": number(document.issuedLine)]) {
            writer.element("source-file", text: document.sourceFile)
            writer.element("document-type", text: document.documentType)
            writer.element("issued", text: document.issued)
            if let symbol = document.symbol {
                writer.element("symbol", ["line": number(symbol.line)], text: symbol.text)
            }
            write(document.issuer, as: "issuer", authorities: document.issuerAuthorities,
                  authorityName: document.issuerAuthorityName, to: writer)
            write(document.sourceURL, as: "source-url", to: writer)
            writer.element("notes") {
                for note in document.notes { writer.element("note", ["line": number(note.line)], text: note.text) }
            }
        }
    }

    /// Each source keeps its own value: `printed` with its line, `catalogued` from the catalogue.
    private static func write(_ fact: SourceFact?, as name: String, authorities: [AuthorityLink] = [],
                              authorityName: String? = nil, to writer: XMLWriter) {
        guard let fact else { return }
        writer.element(name) {
            if let printed = fact.printed {
                writer.element("printed", ["line": number(printed.line)], text: printed.text)
            }
            writer.element("catalogued", text: fact.catalogued)
            write(authorities, to: writer)
            writer.element("authority-name", text: authorityName)
        }
    }

    private static func write(_ event: Event, to writer: XMLWriter) {
        writer.element("event", ["kind": event.kind.rawValue, "date-line": number(event.dateLine),
                                 "time-line": number(event.timeLine), "venue-line": number(event.venueLine),
                                 "audience-line": number(event.audienceLine)]) {
            writer.element("title", ["first-line": number(event.titleSpan.first),
                                     "last-line": number(event.titleSpan.last)], text: event.title)
            writer.element("subtitle", text: event.subtitle)
            writer.element("start-date", text: event.startDate)
            writer.element("end-date", text: event.endDate)
            writer.element("time", text: event.time)
            writer.element("venue", text: event.venue)
            write(event.venueAuthorities, as: "venue-authority", to: writer)
            writer.element("venue-authority-name", text: event.venueAuthorityName)
            writer.element("audience-note", text: event.audienceNote)
        }
    }

    private static func write(_ part: EventPart, to writer: XMLWriter) {
        writer.element("part", ["id": part.id, "kind": part.kind.rawValue, "ordinal": number(part.ordinal),
                                "first-line": number(part.span.first), "last-line": number(part.span.last), "parent": part.parentId]) {
            writer.element("label", text: part.label)
            writer.element("title", text: part.title)
            writer.element("format-note", text: part.formatNote)
        }
    }

    private static func write(_ section: Section, to writer: XMLWriter) {
        writer.element("section", ["id": section.id, "kind": section.kind.rawValue,
                                   "ordinal": number(section.ordinal), "line": number(section.line)]) {
            writer.element("heading", text: section.heading)
        }
    }

    private static func write(_ person: Person, to writer: XMLWriter) {
        writer.element("person", ["id": person.id, "lines": numbers(person.lines)]) {
            writer.element("name", text: person.name)
            writer.element("printed-name", text: person.printedName)
            for variant in person.variants { writer.element("variant", text: variant) }
            writer.element("honorific", text: person.honorific)
            writer.element("given-name", text: person.givenName)
            writer.element("family-name", text: person.familyName)
            write(person.authorities, to: writer)
            writer.element("authority-name", text: person.authorityName)
        }
    }

    private static func write(_ organization: Organization, to writer: XMLWriter) {
        writer.element("organization", ["id": organization.id, "lines": numbers(organization.lines)]) {
            writer.element("name", text: organization.name)
            writer.element("printed-name", text: organization.printedName)
            write(organization.authorities, to: writer)
            writer.element("authority-name", text: organization.authorityName)
        }
    }

    private static func write(_ links: [AuthorityLink], as name: String = "authority", to writer: XMLWriter) {
        for link in links {
            writer.element(name, ["scheme": link.scheme.rawValue, "value": link.value]) {}
        }
    }

    /// A role held, or one a correction removed (`removed`, with its holder's printed name where the holder went too).
    private static func write(_ participation: Participation, as name: String = "participation", holderName: String? = nil,
                              to writer: XMLWriter) {
        writer.element(name, ["role": participation.role.rawValue,
                              "person": participation.personId,
                              "organization": participation.organizationId,
                              "part": participation.partId,
                              "line": number(participation.line),
                              "holder-name": holderName]) {
            writer.element("role-as-printed", text: participation.roleAsPrinted)
            writer.element("affiliation", text: participation.affiliation)
        }
    }

    private static func write(_ statement: Statement, to writer: XMLWriter) {
        writer.element("statement", ["id": statement.id, "ordinal": number(statement.ordinal),
                                     "kind": statement.kind.rawValue, "form": statement.form.rawValue,
                                     "level": statement.level == 0 ? nil : number(statement.level),
                                     "enumerator": statement.enumerator,
                                     "reported-speech": statement.reportedSpeech ? "true" : "false",
                                     "part": statement.partId, "section": statement.sectionId,
                                     "speaker": statement.speakerId,
                                     "first-line": number(statement.span.first),
                                     "last-line": number(statement.span.last)], text: statement.text)
    }

    /// `old` and `new` are always written, empty when the importer gave no value or the fact was removed. The roles
    /// the correction removed follow, as the page printed them, so that a TEI made from the file still gives them.
    private static func write(_ correction: Correction, removed: [RemovedRole], to writer: XMLWriter) {
        writer.element("correction", ["id": correction.id, "fact": correction.fact.rawValue, "line": number(correction.line),
                                      "subject": correction.subject, "by": correction.by, "by-id": correction.byId, "date": correction.date]) {
            writer.element("old", text: correction.old)
            writer.element("new", text: correction.new)
            writer.element("note", text: correction.note)
            for role in removed { write(role.participation, as: "removed", holderName: role.holderName, to: writer) }
        }
    }

    private static func number(_ value: Int?) -> String? {
        value.map(String.init)
    }

    /// An empty list is left out; a missing `lines` attribute means none.
    private static func numbers(_ values: [Int]) -> String? {
        values.isEmpty ? nil : values.map(String.init).joined(separator: " ")
    }
}
