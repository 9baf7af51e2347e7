public import Foundation

/// TEI P5: the record as a TEI document valid against TEI All (4.3.0 and later) and against the
/// project's profile `Schemas/tei-proceedings.xsd`. Import of an export gives back an equal
/// `Record`; see `TEI.importRecord`.
///
/// Source lines are kept in the TEI-valid global attribute `@source`, as a private URI scheme
/// declared in the header (`listPrefixDef`): `line:12` or `line:12-14`, several separated by
/// spaces. Ids are prefixed by kind (`person.`, `org.`, `part.`, `section.`, `statement.`), so
/// that they are XML names and never collide across kinds.
public enum TEI {
    public static let namespace = "http://www.tei-c.org/ns/1.0"
    public static let schemaFileName = "tei-proceedings.xsd"
    /// Output files are named `<record-id>.tei.xml`.
    public static let fileExtension = "tei.xml"

    /// The record as UTF-8 TEI. Elements follow the model's array order, so equal records give
    /// byte-identical output; the time of conversion is written only when given (`--timestamp`).
    public static func export(_ record: Record, convertedAt: Date? = nil) -> [UInt8] {
        let writer = XMLWriter()
        TEIWriter(record: record, writer: writer, convertedAt: convertedAt).write()
        return writer.finish()
    }

    enum Prefix {
        static let person = "person."
        static let organization = "org."
        static let part = "part."
        static let section = "section."
        static let statement = "statement."
        static let affiliation = "aff."
        static let role = "role."
        static let kind = "kind."
        static let eventKind = "event-kind."
        static let place = "place."
    }

    static let eventId = "event"
    /// The record's id as `TEI/@xml:id`, which must start with a letter: `record.2003-02-25-symposium`.
    static let recordIdPrefix = "record."
    static let sourceId = "source"
    /// The `respStmt` that `@resp` names on a value the archive's catalogue gave.
    static let catalogueId = "catalogue"
    /// `line:N` and `line:N-M`: 1-based lines, as the previous release wrote them; still read.
    static let linePrefix = "line"
    /// `text:29,31`: the RFC 5147 fragment `line=29,31` of the source file, lines 30 and 31 (RFC 5147
    /// counts the positions between lines from 0), so that the header's prefixDef turns every value
    /// into a pointer into the source file: `file.txt#line=29,31`.
    static let textPrefix = "text"

    static func lines(_ span: SourceSpan) -> String { "\(textPrefix):\(span.positions)" }

    static func lines(_ line: Int?) -> String? {
        line.map { lines(SourceSpan($0)) }
    }

    static func lines(_ values: [Int]) -> String? {
        values.isEmpty ? nil : values.map { lines(SourceSpan($0)) }.joined(separator: " ")
    }

    static let questionAndAnswer: Set<StatementKind> = [.question, .answer, .discussion]

    /// The venue in `standOff/listPlace`, which the event's `@where` and the setting's name point at.
    static let venueId = Prefix.place + "venue"

    /// The event's dates as TEI's att.datable gives them: one day in `@when`, a span in `@from` and `@to`.
    static func dating(_ event: Event) -> (when: String?, from: String?, to: String?) {
        event.endDate == nil ? (event.startDate, nil, nil) : (nil, event.startDate, event.endDate)
    }

    /// "United Nations Development Programme (UNDP)" is "United Nations Development Programme" and
    /// "UNDP": a name followed by one space and, in parentheses, an abbreviation of two or more
    /// capitals, so that the name is given back exactly as "full (abbreviation)".
    static func abbreviated(_ name: String) -> (full: String, abbreviation: String)? {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) else { return nil }
        let full = String(name[..<open.lowerBound])
        let abbreviation = String(name[open.upperBound..<name.index(before: name.endIndex)])
        guard !full.isEmpty, !full.contains("("), (2...15).contains(abbreviation.count),
              abbreviation.filter(\.isUppercase).count >= 2,
              abbreviation.allSatisfy({ $0.isLetter || $0.isNumber || "&-.".contains($0) }) else { return nil }
        return (full, abbreviation)
    }
}

/// A person's distinct printed affiliation, with the organisation it was identified as and the lines
/// that print it. Participations point at it with `@corresp`, so it is printed once per person.
private struct Affiliation {
    var id: String
    var text: String?
    var organizationId: String?
    var lines: [Int]
}

private struct TEIWriter {
    let record: Record
    let writer: XMLWriter
    let convertedAt: Date?
    /// Each person's affiliations, and the one each participation (by index) names, found once.
    let affiliations: [String: [Affiliation]]
    let affiliationOfParticipation: [Int: String]
    typealias P = TEI.Prefix

    init(record: Record, writer: XMLWriter, convertedAt: Date?) {
        self.record = record
        self.writer = writer
        self.convertedAt = convertedAt
        var affiliations: [String: [Affiliation]] = [:]
        var named: [Int: String] = [:]
        for (index, participation) in record.participations.enumerated() {
            guard let personId = participation.personId,
                  participation.affiliation != nil || participation.organizationId != nil else { continue }
            var list = affiliations[personId, default: []]
            if let known = list.firstIndex(where: { $0.text == participation.affiliation && $0.organizationId == participation.organizationId }) {
                list[known].lines.append(participation.line)
            } else {
                list.append(Affiliation(id: "\(P.affiliation)\(personId).\(list.count + 1)", text: participation.affiliation,
                                        organizationId: participation.organizationId, lines: [participation.line]))
            }
            named[index] = list.last(where: { $0.text == participation.affiliation && $0.organizationId == participation.organizationId })!.id
            affiliations[personId] = list
        }
        self.affiliations = affiliations
        self.affiliationOfParticipation = named
    }

    func write() {
        writer.startElement("TEI", namespace: TEI.namespace)
        writer.attribute("xml:id", TEI.recordIdPrefix + record.id)
        writer.attribute("xml:lang", record.document.language)
        header()
        standOff()
        writer.element("text") { body() }
        writer.endElement()
    }

    // MARK: Header

    private func header() {
        writer.element("teiHeader") {
            writer.element("fileDesc") {
                writer.element("titleStmt") {
                    writer.element("title", ["type": "main", "source": TEI.lines(record.event.titleSpan)],
                                   text: record.event.title)
                    writer.element("title", ["type": "sub"], text: record.event.subtitle)
                    // The converter is named in appInfo only: it is software, not a party responsible for the text.
                    if [record.document.issuer, record.document.sourceURL].contains(where: { $0?.catalogued != nil }) {
                        // @resp names an agent: the catalogue, as the name in this respStmt.
                        writer.element("respStmt") {
                            writer.element("resp", text: "Values marked with @resp in the source description, as the archive's"
                                + " catalogue gives them; they are preferred to the text's own")
                            writer.element("name", ["xml:id": TEI.catalogueId, "type": "catalogue"], text: "the catalogue of the archive")
                        }
                    }
                }
                writer.element("publicationStmt") {
                    writer.element("p", text: "Made for the archive that ran the conversion, which alone decides whether"
                        + " and how to publish it. The rights in the printed summary remain with its issuer.")
                }
                writer.element("sourceDesc") { sourceBibl() }
            }
            writer.element("encodingDesc") {
                writer.element("appInfo") {
                    writer.element("application", ["ident": "proceedings", "version": version]) {
                        writer.element("label", text: "proceedings")
                        writer.element("desc", text: "Converted the printed summary into this file: read the text, its"
                            + " structure and its facts, and encoded them as editorialDecl says.")
                    }
                }
                editorialDecl()
                writer.element("classDecl") {
                    taxonomy("roles", "Roles held at the event or in one of its parts; the target of @ana on each"
                             + " relation of standOff/listRelation[@type='roles'], whose @name is the category's name."
                             + " Each category corresponds to a concept of the project's SKOS scheme of roles.",
                             P.role, Role.allCases.map { ($0.rawValue, LinkedData.roleIRI($0)) })
                    taxonomy("statement-kinds", "Kinds of statement; the target of @ana on paragraphs and items.",
                             P.kind, StatementKind.allCases.map { ($0.rawValue, nil) })
                    taxonomy("event-kinds", "Kinds of event; the target of catRef in textClass and the value of the event's @type.",
                             P.eventKind, EventKind.allCases.map { ($0.rawValue, nil) })
                }
                writer.element("listPrefixDef") {
                    writer.element("prefixDef", ["ident": TEI.textPrefix, "matchPattern": "([0-9]+),([0-9]+)",
                                                 "replacementPattern": IRI.segment(record.document.sourceFile) + "#line=$1,$2"]) {
                        writer.element("p", text: "text:A,B in @source is the RFC 5147 fragment line=A,B of the source file,"
                            + " described in sourceDesc, that the element was read from: lines A+1 to B, since RFC 5147"
                            + " counts the positions between lines from 0.")
                    }
                }
            }
            writer.element("profileDesc") {
                if let issued = record.document.issued {
                    writer.element("creation") {
                        writer.element("date", ["when": issued, "source": TEI.lines(record.document.issuedLine)]) {}
                    }
                }
                writer.element("langUsage") {
                    writer.element("language", ["ident": record.document.language]) {}
                }
                writer.element("textClass") {
                    writer.element("catRef", ["scheme": "#event-kinds", "target": "#" + P.eventKind + record.event.kind.rawValue]) {}
                }
                particDesc()
                settingDesc()
            }
            writer.element("revisionDesc") {
                writer.startElement("change")
                if let convertedAt {
                    writer.attribute("when", DateText.timestamp(convertedAt))
                }
                writer.suspendIndentation()
                writer.text("Converted from the source file with SHA-256 ")
                writer.element("idno", ["type": "sha256"], text: record.document.sha256)
                writer.endElement()
                writer.resumeIndentation()
            }
        }
    }

    /// What the converter did to the text, and which of its values are readings rather than print.
    private func editorialDecl() {
        writer.element("editorialDecl") {
            writer.element("normalization") {
                writer.element("p", text: "The lines of a paragraph or point, which the page may wrap anywhere, are"
                    + " joined with one space. Bullets are not kept as characters: a bulleted or numbered point is"
                    + " an item of a list whose @rend says which, and the number printed before a point (\"(1)\","
                    + " \"1.\") is its first child, label; lists nest by the indentation the page gives them, and"
                    + " bullets printed under a numbered point follow it as a list of their own; @n numbers the"
                    + " statements of the record in order."
                    + " Lines the page prints that are neither paragraph nor point (the title block, role lines,"
                    + " headings of speakers) are ab, in the page's order; a programme part that the page names only"
                    + " in prose has a heading made from its label, title and format, without @source. Page residue"
                    + " (navigation, a site's labels) is kept as fw at the end of the body.")
            }
            writer.element("quotation") {
                writer.element("p", text: "A summary reports speech in the summariser's words. Only the content of"
                    + " what was said, the clause after a verb of saying, is said, with @direct=\"false\" and @who;"
                    + " the reporting clause stays prose, with the speaker's name as persName/@ref. A speaker's"
                    + " points printed as a list are each said whole. Quotation marks are kept as printed.")
            }
            writer.element("interpretation") {
                writer.element("p", text: "Who held which role where (standOff/listRelation), the kind of each statement"
                    + " and section (@ana, @subtype), the speaker of a point that names none (the last speaker named"
                    + " before it), the event's kind, dates and place, and the persons' and organisations'"
                    + " identities are the converter's reading of the text; @source gives the lines each was read"
                    + " from. Dates are normalised to ISO 8601 as precisely as printed.")
            }
        }
    }

    private func sourceBibl() {
        let document = record.document
        writer.element("bibl", ["xml:id": TEI.sourceId]) {
            writer.element("title", ["type": "main"], text: record.event.title)
            writer.element("title", ["type": "sub"], text: record.event.subtitle)
            optional("title", ["type": "desc", "source": TEI.lines(document.documentTypeLine)],
                     document.documentType, line: document.documentTypeLine)
            if let issuer = document.issuer {
                // The issuer the authority table identifies, as att.canonical points at it: @ref
                // holds the authorities' IRIs.
                let ref = document.issuerAuthorities.isEmpty ? nil : document.issuerAuthorities.map(\.iri).joined(separator: " ")
                sourceFact("publisher", issuer, ref: ref)
            }
            if document.issued != nil || document.issuedLine != nil {
                writer.element("date", ["when": document.issued, "source": TEI.lines(document.issuedLine)]) {}
            }
            writer.element("idno", ["type": "filename"], text: document.sourceFile)
            if let symbol = document.symbol {
                writer.element("idno", ["type": "symbol", "source": TEI.lines(symbol.line)], text: symbol.text)
            }
            if let url = document.sourceURL { sourceFact("ref", url, target: url.value) }
            for note in document.notes {
                writer.element("note", ["source": TEI.lines(note.line)], text: note.text)
            }
        }
    }

    /// The issuer (`publisher`) or the URL (`ref`): the text's value has its line in `@source`, the
    /// catalogue's points with `@resp` at the catalogue's `respStmt`. When they differ, both are
    /// kept: the catalogue's is the regularised reading, the text's the original.
    private func sourceFact(_ name: String, _ fact: SourceFact, target: String? = nil, ref: String? = nil) {
        let resp = "#" + TEI.catalogueId
        guard let printed = fact.printed, let catalogued = fact.catalogued, printed.text != catalogued else {
            writer.element(name, ["target": target, "ref": ref, "resp": fact.catalogued != nil ? resp : nil,
                                  "source": TEI.lines(fact.printed?.line)], text: fact.value)
            return
        }
        writer.element(name, ["target": target, "ref": ref]) {
            writer.element("choice") {
                writer.element("reg", ["resp": resp], text: catalogued)
                writer.element("orig", ["source": TEI.lines(printed.line)], text: printed.text)
            }
        }
    }

    /// A value that may be missing while its line is known: then the element is written empty.
    private func optional(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ value: String?, line: Int?) {
        guard value != nil || line != nil else { return }
        writer.element(name, attributes, text: value ?? "")
    }

    private func taxonomy(_ id: String, _ description: String, _ prefix: String, _ values: [(String, String?)]) {
        writer.element("taxonomy", ["xml:id": id]) {
            writer.element("desc", text: description)
            for (value, concept) in values {
                writer.element("category", ["xml:id": prefix + value, "corresp": concept]) {
                    writer.element("catDesc", text: value)
                }
            }
        }
    }

    private func particDesc() {
        guard !record.persons.isEmpty || !record.organizations.isEmpty else { return }
        writer.element("particDesc") {
            if !record.persons.isEmpty {
                writer.element("listPerson") { record.persons.forEach(person) }
            }
            if !record.organizations.isEmpty {
                writer.element("listOrg") { record.organizations.forEach(organization) }
            }
        }
    }

    private func person(_ person: Person) {
        writer.element("person", ["xml:id": P.person + person.id, "source": TEI.lines(person.lines)]) {
            writer.element("persName", text: person.name)
            for variant in person.variants { writer.element("persName", ["type": "variant"], text: variant) }
            if person.honorific != nil || person.givenName != nil || person.familyName != nil {
                writer.element("persName", ["type": "parts"]) {
                    writer.element("roleName", ["type": "honorific"], text: person.honorific)
                    writer.element("forename", text: person.givenName)
                    writer.element("surname", text: person.familyName)
                }
            }
            authorities(person.authorities)
            for affiliation in affiliations[person.id] ?? [] { self.affiliation(affiliation) }
        }
    }

    /// An affiliation as ParlaMint gives one: the organisation in `@ref`, the time it held (the
    /// event's date) in `@when` or `@from`/`@to`, and in the text as printed the position as
    /// `roleName` and the organisation as `orgName`: "<roleName>Professor</roleName>,
    /// <orgName>Chuo University</orgName>".
    private func affiliation(_ affiliation: Affiliation) {
        let event = record.event
        // "Former Foreign Minister of Poland" was not held at the event: no date is claimed for it.
        let former = (affiliation.text ?? "").lowercased().split { !$0.isLetter }.contains { $0 == "former" || $0 == "ex" }
        let dates: (when: String?, from: String?, to: String?) = former ? (nil, nil, nil) : TEI.dating(event)
        let ref = affiliation.organizationId.map { "#" + P.organization + $0 }
        writer.startElement("affiliation")
        for (name, value) in [("xml:id", affiliation.id), ("ref", ref), ("when", dates.when), ("from", dates.from),
                              ("to", dates.to), ("source", TEI.lines(Array(Set(affiliation.lines)).sorted()))] {
            writer.attribute(name, value)
        }
        writer.suspendIndentation()
        let text = affiliation.text ?? ""
        let organization = affiliation.organizationId.flatMap { record.organization($0) }?.name
        if let organization, let found = text.range(of: organization) {
            let position = prefixPosition(text[..<found.lowerBound])
            if !position.role.isEmpty { writer.element("roleName", text: position.role) }
            writer.text(position.separator)
            writer.element("orgName", ["ref": ref], text: String(text[found]))
            writer.text(String(text[found.upperBound...]))
        } else if !text.isEmpty {
            writer.element("roleName", text: text)
        }
        writer.endElement()
        writer.resumeIndentation()
    }

    /// "Professor, " → ("Professor", ", "); "Director-General of the " → ("Director-General", " of the ").
    private func prefixPosition(_ prefix: Substring) -> (role: String, separator: String) {
        for separator in [", the ", ", ", " of the ", " of ", " at the ", " at ", " the ", " "] where prefix.hasSuffix(separator) {
            return (String(prefix.dropLast(separator.count)), separator)
        }
        return ("", String(prefix))
    }

    private func organization(_ organization: Organization) {
        writer.element("org", ["xml:id": P.organization + organization.id,
                               "source": TEI.lines(organization.lines)]) {
            // "United Nations Development Programme (UNDP)": the name in full and its abbreviation, as ParlaMint gives them.
            if let (full, abbreviation) = TEI.abbreviated(organization.name) {
                writer.element("orgName", ["full": "yes"], text: full)
                writer.element("orgName", ["full": "abb"], text: abbreviation)
            } else {
                writer.element("orgName", text: organization.name)
            }
            authorities(organization.authorities)
        }
    }

    private func authorities(_ links: [AuthorityLink]) {
        // As ParlaMint gives them: the identifier as the authority publishes it, the authority in @subtype.
        for link in links { writer.element("idno", ["type": "URI", "subtype": link.scheme.rawValue], text: link.iri) }
    }

    private func settingDesc() {
        let event = record.event
        let hasDate = event.startDate != nil || event.endDate != nil || event.dateLine != nil
        guard event.venue != nil || event.venueLine != nil || hasDate || event.time != nil || event.timeLine != nil
        else { return }
        writer.element("settingDesc") {
            writer.element("setting") {
                optional("placeName", ["type": "venue", "ref": event.venue.map { _ in "#" + TEI.venueId },
                                       "source": TEI.lines(event.venueLine)], event.venue, line: event.venueLine)
                if hasDate {
                    let dates = TEI.dating(event)
                    writer.element("date", ["when": dates.when, "from": dates.from,
                                            "to": event.endDate, "source": TEI.lines(event.dateLine)]) {}
                }
                optional("time", ["source": TEI.lines(event.timeLine)], event.time, line: event.timeLine)
            }
        }
    }

    // MARK: The programme

    private func standOff() {
        let event = record.event
        writer.element("standOff") {
            writer.element("listEvent") {
                let dates = TEI.dating(event)
                writer.element("event", ["xml:id": TEI.eventId, "type": event.kind.rawValue,
                                         "when": dates.when, "from": dates.from, "to": dates.to,
                                         "where": event.venue.map { _ in "#" + TEI.venueId }]) {
                    writer.element("label", text: event.title)
                    optional("note", ["type": "audience", "source": TEI.lines(event.audienceLine)],
                             event.audienceNote, line: event.audienceLine)
                    for part in record.parts {
                        writer.element("event", ["xml:id": P.part + part.id, "type": part.kind.rawValue,
                                                 "n": String(part.ordinal), "source": TEI.lines(part.span)]) {
                            writer.element("label", text: part.label)
                            writer.element("label", ["type": "title"], text: part.title)
                            writer.element("note", ["type": "format"], text: part.formatNote)
                        }
                    }
                }
            }
            if let venue = event.venue {
                writer.element("listPlace") {
                    writer.element("place", ["xml:id": TEI.venueId, "source": TEI.lines(event.venueLine)]) {
                        writer.element("placeName", text: venue)
                        authorities(event.venueAuthorities)
                    }
                }
            }
            roles()
        }
    }

    /// Who held which role where: not printed as such, so never in `<text>`. The holder is active,
    /// the event or part passive; `@ana` points into the roles taxonomy and `desc` keeps the role
    /// as the page printed it ("Moderator", "statements by").
    private func roles() {
        guard !record.participations.isEmpty else { return }
        writer.element("listRelation", ["type": "roles"]) {
            for (index, participation) in record.participations.enumerated() {
                let holder = participation.personId.map { "#" + P.person + $0 }
                    ?? participation.organizationId.map { "#" + P.organization + $0 }
                let held = "#" + (participation.partId.map { P.part + $0 } ?? TEI.eventId)
                // TEI allows @passive only beside @active; a role whose holder is unknown names its event in @corresp.
                writer.element("relation", ["name": participation.role.rawValue,
                                            "ana": "#" + P.role + participation.role.rawValue,
                                            "active": holder, "passive": holder == nil ? nil : held,
                                            "corresp": holder == nil ? held : affiliationOfParticipation[index].map { "#" + $0 },
                                            "source": TEI.lines(participation.line)]) {
                    if let printed = participation.roleAsPrinted { writer.element("desc", text: printed) }
                }
            }
        }
    }

    private enum Container: Hashable {
        case part(String), section(String), none

        init(_ statement: Statement) {
            self = statement.partId.map(Container.part) ?? statement.sectionId.map(Container.section) ?? .none
        }
    }

    /// What a division holds, in the page's order: statements, and lines kept as printed.
    private enum Entry {
        case statement(Statement), printed(TextLine)

        var isQA: Bool {
            if case .statement(let statement) = self { TEI.questionAndAnswer.contains(statement.kind) } else { false }
        }

        var line: Int {
            switch self {
            case .statement(let statement): statement.span.first
            case .printed(let line): line.line
            }
        }
    }

    /// Where the printed lines go: before the first paragraph or heading of the body, the front; the
    /// first line of a programme part, its heading; a line inside a part, that part; else the
    /// section above it, or the body.
    private struct Layout {
        var front: [TextLine] = []
        var headings: [String: TextLine] = [:]
        /// Each container's statements in the model's order, each printed line before the first
        /// statement that starts below it.
        var entries: [Container: [Entry]] = [:]

        init(_ record: Record) {
            var lines: [Container: [TextLine]] = [:]
            let starts = record.statements.map(\.span.first) + record.sections.map(\.line) + record.parts.map(\.span.first)
            let bodyStart = starts.min() ?? Int.max
            let parts = record.parts.sorted { $0.span.first < $1.span.first }
            let sections = record.sections.sorted { $0.line < $1.line }
            for line in record.printed {
                if line.line < bodyStart {
                    front.append(line)
                } else if let part = parts.first(where: { $0.span.first == line.line }), headings[part.id] == nil {
                    headings[part.id] = line
                } else if let part = parts.last(where: { $0.span.first < line.line && line.line <= $0.span.last }) {
                    lines[.part(part.id), default: []].append(line)
                } else if let section = sections.last(where: { $0.line < line.line }) {
                    lines[.section(section.id), default: []].append(line)
                } else {
                    lines[.none, default: []].append(line)
                }
            }
            for statement in record.statements {
                let container = Container(statement)
                var printed = lines[container] ?? []
                while let line = printed.first, line.line < statement.span.first {
                    entries[container, default: []].append(.printed(line))
                    printed.removeFirst()
                }
                lines[container] = printed
                entries[container, default: []].append(.statement(statement))
            }
            for (container, printed) in lines where !printed.isEmpty {
                entries[container, default: []] += printed.map(Entry.printed)
            }
        }
    }

    /// What a line above the body is on the page's title block.
    private enum FrontLine: Equatable {
        case title(String), date, note, other
    }

    private func frontLine(_ line: TextLine) -> FrontLine {
        let document = record.document, event = record.event
        if line.line == document.documentTypeLine { return .title("desc") }
        if event.titleSpan.first <= line.line, line.line <= event.titleSpan.last {
            let words = line.text.trimmingCharacters(in: CharacterSet(charactersIn: "\"“”'‘’ -–—"))
            if let subtitle = event.subtitle, !words.isEmpty, subtitle.contains(words), !event.title.contains(words) {
                return .title("sub")
            }
            return .title("main")
        }
        if line.line == document.issuedLine { return .date }
        if document.notes.contains(where: { $0.line == line.line }) { return .note }
        return .other
    }

    /// The front: the lines the page prints above its body, as printed. The title block is a
    /// `titlePage`: its title lines `docTitle/titlePart` (main, sub, desc for the document type),
    /// the page's own date `docDate` with `@when`, a note on the text `note`; any other line `ab`,
    /// where a line that is the event's date and nothing else is a `date` with `@when`.
    private func front(_ layout: Layout) {
        guard !layout.front.isEmpty else { return }
        // Runs of title-block lines, each line with what it is.
        var groups: [[(line: TextLine, kind: FrontLine)]] = []
        for line in layout.front {
            let kind = frontLine(line)
            if kind != .other, let last = groups.last?.last, last.kind != .other {
                groups[groups.count - 1].append((line, kind))
            } else {
                groups.append([(line, kind)])
            }
        }
        writer.element("front") {
            for entries in groups {
                let group = entries.map(\.line), kinds = entries.map(\.kind)
                guard kinds.contains(where: { if case .title = $0 { true } else { $0 == .date } }) else {
                    group.forEach { printedLine($0) }
                    continue
                }
                writer.element("titlePage") {
                    var index = 0
                    while index < group.count {
                        switch kinds[index] {
                        case .title:
                            writer.element("docTitle") {
                                while index < group.count, case .title(let type) = kinds[index] {
                                    writer.element("titlePart", ["type": type, "source": TEI.lines(group[index].line)], text: group[index].text)
                                    index += 1
                                }
                            }
                            continue
                        case .date:
                            writer.element("docDate", ["when": record.document.issued, "source": TEI.lines(group[index].line)],
                                           text: group[index].text)
                        case .note, .other:
                            writer.element("note", ["source": TEI.lines(group[index].line)], text: group[index].text)
                        }
                        index += 1
                    }
                }
            }
        }
    }

    /// One `div` per section and programme part, in the order of their source lines; statements
    /// outside both before them when the page prints them first, else after them.
    private func body() {
        enum Block {
            case section(Section), part(EventPart)
        }
        let layout = Layout(record)
        front(layout)
        let nested = nesting(layout)
        let inSections = Set(nested.values.flatMap { $0.map(\.id) })
        let blocks = (record.sections.enumerated().map { (line: $1.line, rank: 0, index: $0, block: Block.section($1)) }
            + record.parts.enumerated().filter { !inSections.contains($1.id) }
                .map { (line: $1.span.first, rank: 1, index: $0, block: Block.part($1)) })
            .sorted { ($0.line, $0.rank, $0.index) < ($1.line, $1.rank, $1.index) }
        let known = Set(record.parts.map { Container.part($0.id) } + record.sections.map { Container.section($0.id) })
        // Statements and lines in no section or part known here, in the page's order.
        let unplaced = layout.entries.filter { !known.contains($0.key) }
            .sorted { "\($0.key)" < "\($1.key)" }.flatMap(\.value)
            .enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        let firstBlock = blocks.first?.line ?? Int.max
        let leading = unplaced.filter { $0.line < firstBlock }
        let trailing = unplaced.filter { $0.line >= firstBlock }
        writer.element("body") {
            // What the page prints before its first heading opens the body, as printed, in no division.
            if !leading.isEmpty { statements(leading) }
            for entry in blocks {
                switch entry.block {
                case .section(let section):
                    writer.element("div", ["xml:id": P.section + section.id, "type": "section",
                                           "subtype": section.kind.rawValue, "n": String(section.ordinal)]) {
                        // The line is the heading's, as a part's printed heading has it.
                        writer.element("head", ["source": TEI.lines(section.line)], text: section.heading)
                        statements(layout.entries[.section(section.id)] ?? [])
                        for part in nested[section.id] ?? [] { division(part, layout: layout) }
                    }
                case .part(let part):
                    division(part, layout: layout)
                }
            }
            if !trailing.isEmpty || (blocks.isEmpty && leading.isEmpty) {
                writer.element("div", ["type": "statements"]) { statements(trailing) }
            }
            for line in record.residue {
                writer.element("fw", ["type": "residue", "source": TEI.lines(line.line)], text: line.text)
            }
        }
    }

    /// The programme parts printed under a section's heading ("II. Discussions", then "Session 1",
    /// "Session 2"), which its `div` holds after its own paragraphs; a section whose text goes on
    /// after its parts holds none, as TEI allows no paragraph after a nested `div`.
    private func nesting(_ layout: Layout) -> [String: [EventPart]] {
        let sections = record.sections.sorted { $0.line < $1.line }
        var nested: [String: [EventPart]] = [:]
        for part in record.parts {
            guard let section = sections.last(where: { $0.line < part.span.first }) else { continue }
            nested[section.id, default: []].append(part)
        }
        return nested.filter { sectionId, parts in
            let first = parts.map(\.span.first).min()!
            return (layout.entries[.section(sectionId)] ?? []).allSatisfy { entry in
                switch entry {
                case .statement(let statement): statement.span.last < first
                case .printed(let line): line.line < first
                }
            }
        }
    }

    private func division(_ part: EventPart, layout: Layout) {
        writer.element("div", ["type": "part", "subtype": part.kind.rawValue, "corresp": "#" + P.part + part.id]) {
            // The heading as printed, where the page prints one; else as the programme names the part.
            if let printed = layout.headings[part.id] {
                writer.element("head", ["source": TEI.lines(printed.line)], text: printed.text)
            } else {
                writer.element("head", text: heading(of: part))
            }
            statements(layout.entries[.part(part.id)] ?? [])
        }
    }

    /// The heading as a reader sees it, "Session 1: Title (Presentation)", for a part the page
    /// names in prose; import reads the part's event instead, which keeps label, title and format apart.
    private func heading(of part: EventPart) -> String {
        var heading = part.label
        if let title = part.title, !title.isEmpty {
            heading += (heading.hasSuffix(":") || heading.isEmpty ? " " : ": ") + title
        }
        if let format = part.formatNote, !format.isEmpty { heading += " (\(format))" }
        return heading.trimmingCharacters(in: .whitespaces)
    }

    /// A line kept as printed, `ab`, with the names of those who held a role on it, and of the
    /// speaker of the statement under it ("1. Bronislaw Geremek, commissioner"), pointing at them.
    private func printedLine(_ line: TextLine, before next: Statement? = nil) {
        writer.startElement("ab")
        writer.attribute("source", TEI.lines(line.line))
        writer.suspendIndentation()
        var marked: [(range: Range<Int>, element: String, ref: String)] = []
        for participation in record.participations where participation.line == line.line {
            let found: (Range<Int>, String, String)?
            if let id = participation.personId, let person = record.person(id) {
                found = TEISpeech.mention(of: names(of: person), in: line.text).map { ($0, "persName", "#" + P.person + id) }
            } else if let id = participation.organizationId, let organization = record.organization(id) {
                found = TEISpeech.mention(of: [organization.name], in: line.text).map { ($0, "orgName", "#" + P.organization + id) }
            } else {
                found = nil
            }
            if let found, !marked.contains(where: { $0.range.overlaps(found.0) }) { marked.append(found) }
        }
        if let id = next?.speakerId, let person = record.person(id), !marked.contains(where: { $0.ref == "#" + P.person + id }),
           let found = TEISpeech.mention(of: names(of: person), in: line.text), !marked.contains(where: { $0.range.overlaps(found) }) {
            marked.append((found, "persName", "#" + P.person + id))
        }
        let characters = Array(line.text)
        // A line that is the event's date and nothing else: "23 February, 2010".
        if marked.isEmpty, line.line == record.event.dateLine, record.event.startDate != nil, DateText.isDateOrNumber(line.text) {
            let dates = TEI.dating(record.event)
            writer.element("date", ["when": dates.when, "from": dates.from, "to": dates.to],
                           text: line.text)
            writer.endElement()
            writer.resumeIndentation()
            return
        }
        var position = 0
        for name in marked.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if name.range.lowerBound > position { writer.text(String(characters[position..<name.range.lowerBound])) }
            writer.element(name.element, ["ref": name.ref], text: String(characters[name.range]))
            position = name.range.upperBound
        }
        if position < characters.count { writer.text(String(characters[position...])) }
        writer.endElement()
        writer.resumeIndentation()
    }

    /// The entries of one container. Q&A runs get their own `div`; TEI allows no paragraphs
    /// after a nested `div`, so every run after the first is a `div` as well. A printed line
    /// belongs to the run it stands in.
    private func statements(_ entries: [Entry]) {
        var runs: [(isQA: Bool?, entries: [Entry])] = []
        for entry in entries {
            let isQA: Bool? = if case .statement = entry { entry.isQA } else { nil }
            if let last = runs.last, isQA == nil || last.isQA == nil || last.isQA == isQA {
                runs[runs.count - 1].entries.append(entry)
                runs[runs.count - 1].isQA = last.isQA ?? isQA
            } else {
                runs.append((isQA, [entry]))
            }
        }
        for (index, run) in runs.enumerated() {
            let isQA = run.isQA ?? false
            if index == 0, !isQA {
                blocks(run.entries)
            } else {
                writer.element("div", ["type": isQA ? "qa" : "statements"]) { blocks(run.entries) }
            }
        }
    }

    /// Paragraphs as `p`, bullet points and numbered points as `item`s of lists nested by level,
    /// printed lines as `ab`.
    private func blocks(_ entries: [Entry]) {
        var open: [(form: BlockForm, level: Int, itemOpen: Bool)] = []
        // Levels whose open item holds bare text: a nested list there must not be indented.
        var unindented: Set<Int> = []
        func closeItem() {
            writer.endElement()
            open[open.count - 1].itemOpen = false
            if unindented.remove(open[open.count - 1].level) != nil { writer.resumeIndentation() }
        }
        func closeList() {
            if open.last!.itemOpen { closeItem() }
            writer.endElement()
            open.removeLast()
        }
        for (index, entry) in entries.enumerated() {
            guard case .statement(let statement) = entry else {
                if case .printed(let line) = entry {
                    while !open.isEmpty { closeList() }
                    let next = entries[(index + 1)...].lazy.compactMap { if case .statement(let s) = $0 { s } else { nil } }.first
                    printedLine(line, before: next)
                }
                continue
            }
            if statement.form == .paragraph {
                while !open.isEmpty { closeList() }
                writer.startElement("p")
                attributes(of: statement)
                writer.suspendIndentation()
                label(statement)
                content(of: statement)
                writer.endElement()
                writer.resumeIndentation()
                continue
            }
            while let top = open.last, top.level > statement.level { closeList() }
            if let top = open.last, top.level == statement.level, top.form != statement.form { closeList() }
            while (open.last?.level ?? -1) < statement.level {
                let level = (open.last?.level ?? -1) + 1
                if !open.isEmpty, !open[open.count - 1].itemOpen {
                    // A deeper level needs an item to hang from; this one holds no statement.
                    writer.startElement("item")
                    open[open.count - 1].itemOpen = true
                }
                writer.startElement("list")
                writer.attribute("rend", statement.form == .numbered ? "numbered" : "bulleted")
                open.append((statement.form, level, false))
            }
            if open[open.count - 1].itemOpen { closeItem() }
            writer.startElement("item")
            attributes(of: statement)
            // Mixed content: indentation would add whitespace to the statement's text.
            writer.suspendIndentation()
            unindented.insert(statement.level)
            label(statement)
            content(of: statement)
            open[open.count - 1].itemOpen = true
        }
        while !open.isEmpty { closeList() }
    }

    /// The number the page prints before the point, "(1)", as the item's or paragraph's first
    /// words: a list mixing labelled and unlabelled items would not be TEI.
    private func label(_ statement: Statement) {
        guard let enumerator = statement.enumerator else { return }
        writer.element("label", text: enumerator)
        writer.text(" ")
    }

    private func attributes(of statement: Statement) {
        writer.attribute("xml:id", P.statement + statement.id)
        writer.attribute("n", String(statement.ordinal))
        writer.attribute("ana", "#" + P.kind + statement.kind.rawValue)
        if statement.partId != nil, let section = statement.sectionId {
            writer.attribute("corresp", "#" + P.section + section)
        }
        writer.attribute("source", TEI.lines(statement.span))
    }

    /// A statement of a speaker is prose with the speaker's name as `persName` and the content of
    /// what was said as `said direct="false"` (`TEISpeech`). Where the text names the speaker
    /// nowhere and has no clause of saying (a bullet of someone's points), the whole is `said`; a
    /// speaker's own words (`reportedSpeech` false) are `said direct="true"`.
    private func content(of statement: Statement) {
        guard statement.reportedSpeech || statement.speakerId != nil else {
            writer.text(statement.text)
            return
        }
        let who = statement.speakerId.map { "#" + P.person + $0 }
        let speaker = statement.speakerId.flatMap { record.person($0) }
        let segments = statement.reportedSpeech && speaker != nil
            ? TEISpeech.segments(statement.text, speakerNames: names(of: speaker!)) : []
        guard segments.contains(where: { if case .prose = $0 { false } else { true } }) else {
            // "[Introducing examples of ...] There are many ...": the bracket is the summariser's.
            var said = Substring(statement.text)
            if said.hasPrefix("["), let close = said.firstIndex(of: "]") {
                var end = said.index(after: close)
                while end < said.endIndex, said[end] == " " { end = said.index(after: end) }
                if end < said.endIndex {
                    writer.text(String(said[..<end]))
                    said = said[end...]
                }
            }
            writer.element("said", ["who": who, "direct": statement.reportedSpeech ? "false" : "true"], text: String(said))
            return
        }
        for segment in segments {
            switch segment {
            case .prose(let text): writer.text(text)
            case .speaker(let name): writer.element("persName", ["ref": who], text: name)
            case .reported(let text): writer.element("said", ["who": who, "direct": "false"], text: text)
            }
        }
    }

    /// The forms in which a summary names a person again: the full name, its variants, and the family name.
    private func names(of person: Person) -> [String] {
        [person.name] + person.variants + [person.familyName, person.givenName].compactMap { $0 }
    }
}
