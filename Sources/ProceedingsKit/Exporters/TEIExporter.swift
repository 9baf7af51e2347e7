internal import Foundation

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
    /// byte-identical output.
    public static func export(_ record: Record) -> [UInt8] {
        let writer = XMLWriter()
        TEIWriter(record: record, writer: writer).write()
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
    }

    static let eventId = "event"
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
}

private struct TEIWriter {
    let record: Record
    let writer: XMLWriter
    typealias P = TEI.Prefix

    func write() {
        writer.startElement("TEI", namespace: TEI.namespace)
        writer.attribute("xml:lang", record.document.language)
        header()
        standOff()
        writer.element("text") {
            front()
            body()
        }
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
                    writer.element("respStmt") {
                        writer.element("resp", text: "Conversion of the printed summary into TEI")
                        writer.element("name", ["type": "application"], text: "proceedings \(version)")
                    }
                    if [record.document.issuer, record.document.sourceURL].contains(where: { $0?.catalogued != nil }) {
                        writer.element("respStmt", ["xml:id": TEI.catalogueId]) {
                            writer.element("resp", text: "Values marked with @resp in the source description, as the archive's"
                                + " catalogue gives them; they are preferred to the text's own")
                            writer.element("name", ["type": "catalogue"], text: "the catalogue of the archive")
                        }
                    }
                }
                writer.element("publicationStmt") {
                    writer.element("authority", text: "proceedings \(version), on behalf of the archive that ran it")
                    writer.element("idno", ["type": "record"], text: record.id)
                    writer.element("availability", ["status": "unknown"]) {
                        writer.element("p", text: "The rights in the printed summary remain with its issuer.")
                    }
                }
                writer.element("sourceDesc") { sourceBibl() }
            }
            writer.element("encodingDesc") {
                writer.element("appInfo") {
                    writer.element("application", ["ident": "proceedings", "version": version]) {
                        writer.element("label", text: "proceedings")
                    }
                }
                writer.element("classDecl") {
                    taxonomy("roles", "Roles held at the event or in one of its parts; the value of @role.",
                             P.role, Role.allCases.map(\.rawValue))
                    taxonomy("statement-kinds", "Kinds of statement; the target of @ana on paragraphs and items.",
                             P.kind, StatementKind.allCases.map(\.rawValue))
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
                writer.element("langUsage") {
                    writer.element("language", ["ident": record.document.language]) {}
                }
                particDesc()
                settingDesc()
            }
            writer.element("revisionDesc") {
                writer.startElement("change")
                writer.suspendIndentation()
                writer.text("Converted by proceedings \(version) from the source file with SHA-256 ")
                writer.element("idno", ["type": "sha256"], text: record.document.sha256)
                writer.endElement()
                writer.resumeIndentation()
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
            if let issuer = document.issuer { sourceFact("publisher", issuer) }
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
    private func sourceFact(_ name: String, _ fact: SourceFact, target: String? = nil) {
        let resp = "#" + TEI.catalogueId
        guard let printed = fact.printed, let catalogued = fact.catalogued, printed.text != catalogued else {
            writer.element(name, ["target": target, "resp": fact.catalogued != nil ? resp : nil,
                                  "source": TEI.lines(fact.printed?.line)], text: fact.value)
            return
        }
        writer.element(name, ["target": target]) {
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

    private func taxonomy(_ id: String, _ description: String, _ prefix: String, _ values: [String]) {
        writer.element("taxonomy", ["xml:id": id]) {
            writer.element("desc", text: description)
            for value in values {
                writer.element("category", ["xml:id": prefix + value]) {
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
            for affiliation in affiliations(of: person.id) {
                writer.element("affiliation", ["xml:id": affiliation.id,
                                               "ref": affiliation.organizationId.map { "#" + P.organization + $0 }],
                               text: affiliation.text ?? "")
            }
        }
    }

    private func organization(_ organization: Organization) {
        writer.element("org", ["xml:id": P.organization + organization.id,
                               "source": TEI.lines(organization.lines)]) {
            writer.element("orgName", text: organization.name)
            authorities(organization.authorities)
        }
    }

    private func authorities(_ links: [AuthorityLink]) {
        for link in links { writer.element("idno", ["type": link.scheme.rawValue], text: link.value) }
    }

    /// A person's distinct printed affiliations, each with the organisation it was identified as.
    /// Participations point at them with `@corresp`, so an affiliation is printed once per person.
    private func affiliations(of personId: String) -> [(id: String, text: String?, organizationId: String?)] {
        var seen: [(id: String, text: String?, organizationId: String?)] = []
        for participation in record.participations where participation.personId == personId {
            guard participation.affiliation != nil || participation.organizationId != nil else { continue }
            if seen.contains(where: { $0.text == participation.affiliation && $0.organizationId == participation.organizationId }) {
                continue
            }
            seen.append(("\(P.affiliation)\(personId).\(seen.count + 1)", participation.affiliation,
                         participation.organizationId))
        }
        return seen
    }

    private func affiliationId(of participation: Participation) -> String? {
        guard let personId = participation.personId else { return nil }
        return affiliations(of: personId).first {
            $0.text == participation.affiliation && $0.organizationId == participation.organizationId
        }?.id
    }

    private func settingDesc() {
        let event = record.event
        let hasDate = event.startDate != nil || event.endDate != nil || event.dateLine != nil
        guard event.venue != nil || event.venueLine != nil || hasDate || event.time != nil || event.timeLine != nil
        else { return }
        writer.element("settingDesc") {
            writer.element("setting") {
                optional("name", ["type": "venue", "source": TEI.lines(event.venueLine)], event.venue, line: event.venueLine)
                if hasDate {
                    let range = event.endDate != nil
                    writer.element("date", ["when": range ? nil : event.startDate, "from": range ? event.startDate : nil,
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
                writer.element("event", ["xml:id": TEI.eventId, "type": event.kind.rawValue]) {
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
        }
    }

    private enum Container: Hashable {
        case part(String), section(String), none
    }

    private func container(of statement: Statement) -> Container {
        if let part = statement.partId { return .part(part) }
        if let section = statement.sectionId { return .section(section) }
        return .none
    }

    /// Participations in the event as a whole, before the body.
    private func front() {
        let eventWide = record.participations.filter { $0.partId == nil }
        guard !eventWide.isEmpty else { return }
        writer.element("front") {
            writer.element("div", ["type": "participants", "corresp": "#\(TEI.eventId)"]) {
                participants(eventWide)
            }
        }
    }

    /// One `div` per section and programme part, in the order of their source lines.
    private func body() {
        enum Block {
            case section(Section), part(EventPart)
        }
        let blocks = (record.sections.enumerated().map { (line: $1.line, rank: 0, index: $0, block: Block.section($1)) }
            + record.parts.enumerated().map { (line: $1.span.first, rank: 1, index: $0, block: Block.part($1)) })
            .sorted { ($0.line, $0.rank, $0.index) < ($1.line, $1.rank, $1.index) }
        let known = Set(record.parts.map { Container.part($0.id) } + record.sections.map { Container.section($0.id) })
        let unplaced = record.statements.filter { !known.contains(container(of: $0)) }
        writer.element("body") {
            for entry in blocks {
                switch entry.block {
                case .section(let section):
                    writer.element("div", ["xml:id": P.section + section.id, "type": "section",
                                           "subtype": section.kind.rawValue, "n": String(section.ordinal),
                                           "source": TEI.lines(section.line)]) {
                        writer.element("head", text: section.heading)
                        statements(record.statements.filter { container(of: $0) == .section(section.id) })
                    }
                case .part(let part):
                    writer.element("div", ["type": "part", "subtype": part.kind.rawValue,
                                           "corresp": "#" + P.part + part.id]) {
                        writer.element("head", text: heading(of: part))
                        participants(record.participations.filter { $0.partId == part.id })
                        statements(record.statements.filter { container(of: $0) == .part(part.id) })
                    }
                }
            }
            if !unplaced.isEmpty || blocks.isEmpty {
                writer.element("div", ["type": "statements"]) { statements(unplaced) }
            }
            for line in record.residue {
                writer.element("fw", ["type": "residue", "source": TEI.lines(line.line)], text: line.text)
            }
        }
    }

    /// The heading as a reader sees it, "Session 1: Title (Presentation)"; import reads the
    /// part's event instead, which keeps label, title and format apart.
    private func heading(of part: EventPart) -> String {
        var heading = part.label
        if let title = part.title, !title.isEmpty {
            heading += (heading.hasSuffix(":") || heading.isEmpty ? " " : ": ") + title
        }
        if let format = part.formatNote, !format.isEmpty { heading += " (\(format))" }
        return heading.trimmingCharacters(in: .whitespaces)
    }

    private func participants(_ participations: [Participation]) {
        guard !participations.isEmpty else { return }
        writer.element("list", ["type": "participants"]) {
            for participation in participations {
                writer.element("item") {
                    writer.element("label", text: participation.roleAsPrinted)
                    let name: String
                    let attributes: KeyValuePairs<String, String?>
                    if let personId = participation.personId {
                        name = "persName"
                        attributes = ["ref": "#" + P.person + personId, "role": participation.role.rawValue,
                                      "corresp": affiliationId(of: participation).map { "#" + $0 },
                                      "source": TEI.lines(participation.line)]
                    } else if let organizationId = participation.organizationId {
                        name = "orgName"
                        attributes = ["ref": "#" + P.organization + organizationId,
                                      "role": participation.role.rawValue, "source": TEI.lines(participation.line)]
                    } else {
                        name = "name"
                        attributes = ["role": participation.role.rawValue, "source": TEI.lines(participation.line)]
                    }
                    let display = participation.personId.flatMap { record.person($0)?.name }
                        ?? participation.organizationId.flatMap { record.organization($0)?.name } ?? ""
                    writer.element(name, attributes, text: display)
                }
            }
        }
    }

    /// The statements of one container. Q&A runs get their own `div`; TEI allows no paragraphs
    /// after a nested `div`, so every run after the first is a `div` as well.
    private func statements(_ statements: [Statement]) {
        var runs: [[Statement]] = []
        for statement in statements {
            if let last = runs.last?.last,
               TEI.questionAndAnswer.contains(last.kind) == TEI.questionAndAnswer.contains(statement.kind) {
                runs[runs.count - 1].append(statement)
            } else {
                runs.append([statement])
            }
        }
        for (index, run) in runs.enumerated() {
            let isQA = TEI.questionAndAnswer.contains(run[0].kind)
            if index == 0, !isQA {
                blocks(run)
            } else {
                writer.element("div", ["type": isQA ? "qa" : "statements"]) { blocks(run) }
            }
        }
    }

    /// Paragraphs as `p`, bullet points and numbered points as `item`s of lists nested by level.
    private func blocks(_ statements: [Statement]) {
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
        for statement in statements {
            if statement.form == .paragraph {
                while !open.isEmpty { closeList() }
                writer.startElement("p")
                attributes(of: statement)
                content(of: statement)
                writer.endElement()
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
            if !statement.reportedSpeech, statement.speakerId == nil {
                writer.suspendIndentation()
                unindented.insert(statement.level)
            }
            content(of: statement)
            open[open.count - 1].itemOpen = true
        }
        while !open.isEmpty { closeList() }
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

    /// Reported speech is `said` with `direct="false"`; a speaker without reported speech is
    /// `said direct="true"`, as the summary then gives the speaker's own words.
    private func content(of statement: Statement) {
        if statement.reportedSpeech || statement.speakerId != nil {
            writer.element("said", ["who": statement.speakerId.map { "#" + P.person + $0 },
                                    "direct": statement.reportedSpeech ? "false" : "true"], text: statement.text)
        } else {
            writer.text(statement.text)
        }
    }
}
