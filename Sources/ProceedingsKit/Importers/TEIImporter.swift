internal import Crypto
internal import Foundation

extension TEI {
    /// Reads a TEI document into a record. What `export` writes comes back equal; TEI from
    /// elsewhere is read as far as it maps onto the model, and every element or attribute value
    /// that does not map is a warning with its line (rule `tei`), never dropped in silence.
    /// Errors (no TEI root, no title) give no record.
    public static func importRecord(_ bytes: [UInt8], fileName: String) -> (Record?, [Finding]) {
        let (root, parseFindings) = SafeXMLParser.parse(bytes, fileName: fileName)
        guard let root else { return (nil, parseFindings) }
        let (record, findings) = importRecord(parsed: root, bytes: bytes, fileName: fileName)
        return (record, parseFindings + findings)
    }

    /// The same from a tree already parsed, so that a validator need not parse the file again.
    /// `inCorpus`: the `TEI` is one of a `teiCorpus`, whose ids start with the record's.
    public static func importRecord(parsed root: XMLElement, bytes: [UInt8], fileName: String,
                                    inCorpus: Bool = false) -> (Record?, [Finding]) {
        let reader = TEIReader(fileName: fileName, bytes: bytes, inCorpus: inCorpus)
        let record = reader.record(root)
        return (reader.findings.hasErrors ? nil : record, reader.findings)
    }
}

private final class TEIReader {
    typealias P = TEI.Prefix
    let fileName: String
    let bytes: [UInt8]
    private(set) var findings: [Finding] = []
    private var missingLines: XMLElement?

    private var persons: [Person] = []
    private var organizations: [Organization] = []
    private var parts: [EventPart] = []
    private var sections: [Section] = []
    private var participations: [Participation] = []
    private var statements: [Statement] = []
    private var residue: [TextLine] = []
    private var printed: [TextLine] = []
    private var affiliations: [String: (text: String?, organizationId: String?)] = [:]
    private var nextOrdinal = 1
    /// In a `teiCorpus`, what starts every id of the record (`record.<id>.`), which the model's ids
    /// do not carry; see `TEI.CorpusWriter`.
    private var scope: String?
    private let inCorpus: Bool

    init(fileName: String, bytes: [UInt8], inCorpus: Bool = false) {
        self.fileName = fileName
        self.bytes = bytes
        self.inCorpus = inCorpus
    }

    func record(_ root: XMLElement) -> Record? {
        guard root.name == "TEI", root.namespace == TEI.namespace else {
            problem(.error, root, "expected <TEI> in namespace \(TEI.namespace), found <\(root.name)> "
                + (root.namespace.map { "in namespace \($0)" } ?? "in no namespace"))
            return nil
        }
        var document = Document(sourceFile: "", sha256: "",
                                language: root.attribute("lang", namespace: xmlNamespace) ?? "en")
        var event = Event(kind: .other, title: "", titleSpan: SourceSpan(0))
        if inCorpus, let rootId = root.attribute("id", namespace: xmlNamespace) { scope = rootId + "." }
        var id = root.attribute("id", namespace: xmlNamespace).flatMap { value in
            value.hasPrefix(TEI.recordIdPrefix) ? String(value.dropFirst(TEI.recordIdPrefix.count)) : nil
        }
        var title: XMLElement?
        for child in children(of: root) {
            switch child.name {
            case "teiHeader":
                header(child, document: &document, event: &event, id: &id, title: &title)
            case "standOff":
                for list in children(of: child) {
                    switch list.name {
                    case "listEvent":
                        for element in children(of: list) {
                            guard element.name == "event" else { unmapped(element, in: list); continue }
                            self.event(element, into: &event)
                        }
                    case "listPlace":
                        // The venue, which settingDesc gives as well; its identifiers only here.
                        if let place = list.firstElement(named: "place", namespace: TEI.namespace) {
                            if event.venue == nil, let name = place.firstElement(named: "placeName", namespace: TEI.namespace) {
                                event.venue = nonEmpty(name.textContent)
                            }
                            event.venueAuthorities = children(of: place).filter { $0.name == "idno" }
                                .compactMap { authority($0, naming: .place) }.sorted()
                        }
                    case "listRelation":
                        for element in children(of: list) {
                            guard element.name == "relation" else { unmapped(element, in: list); continue }
                            relation(element)
                        }
                    default:
                        unmapped(list, in: child)
                    }
                }
            case "text":
                text(child)
            default:
                unmapped(child, in: root)
            }
        }
        guard title != nil else {
            problem(.error, root, "no title: expected teiHeader/fileDesc/titleStmt/title")
            return nil
        }
        if document.sourceFile.isEmpty || document.sha256.isEmpty {
            // The TEI file itself is then the source the record was read from.
            document.sourceFile = document.sourceFile.isEmpty ? fileName : document.sourceFile
            document.sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            problem(.warning, root, "no source file name or SHA-256 in the header; recorded this TEI file as the source")
        }
        if let missingLines {
            problem(.warning, missingLines, "elements without @source=\"text:A,B\" (this one and maybe others) are given their line in this file")
        }
        statements.sort { $0.ordinal < $1.ordinal }
        printed.sort { $0.line < $1.line }
        sections.sort { $0.ordinal < $1.ordinal }
        return Record(id: id ?? Ids.record(sourceFile: document.sourceFile, date: event.startDate, title: event.title), document: document,
                      event: event, parts: parts, sections: sections, persons: persons,
                      organizations: organizations, participations: participations, statements: statements,
                      residue: residue, printed: printed)
    }

    // MARK: Header

    private func header(_ header: XMLElement, document: inout Document, event: inout Event, id: inout String?,
                        title: inout XMLElement?) {
        for section in children(of: header) {
            switch section.name {
            case "fileDesc":
                for child in children(of: section) {
                    switch child.name {
                    case "titleStmt":
                        for element in children(of: child) {
                            switch (element.name, element.attribute("type")) {
                            // A main title always wins; an untyped one stands in only for a missing main title.
                            case ("title", "main"?),
                                 ("title", nil) where title == nil:
                                title = element
                                event.title = element.textContent
                                event.titleSpan = span(element)
                            case ("title", "sub"?):
                                event.subtitle = element.textContent
                            case ("respStmt", _):
                                break  // who made the electronic file, which export writes anew
                            default:
                                unmapped(element, in: child)
                            }
                        }
                    case "publicationStmt":
                        for element in children(of: child) {
                            if element.name == "idno", element.attribute("type") == "record" {
                                id = id ?? element.textContent
                            } else if !["authority", "publisher", "distributor", "availability", "pubPlace", "date",
                                        "idno", "p", "address"].contains(element.name) {
                                unmapped(element, in: child)
                            }
                        }
                    case "sourceDesc":
                        for bibl in children(of: child) {
                            guard bibl.name == "bibl" else { unmapped(bibl, in: child); continue }
                            self.bibl(bibl, into: &document)
                        }
                    case "editionStmt", "extent", "seriesStmt", "notesStmt":
                        break
                    default:
                        unmapped(child, in: section)
                    }
                }
            case "encodingDesc":
                break  // describes the encoding, which export writes anew
            case "profileDesc":
                for child in children(of: section) {
                    switch child.name {
                    case "langUsage":
                        if let language = children(of: child).first(where: { $0.name == "language" })?.attribute("ident") {
                            document.language = language
                        }
                    case "particDesc":
                        for list in children(of: child) {
                            switch list.name {
                            case "listPerson":
                                for element in children(of: list) {
                                    element.name == "person" ? person(element) : unmapped(element, in: list)
                                }
                            case "listOrg":
                                for element in children(of: list) {
                                    element.name == "org" ? organization(element) : unmapped(element, in: list)
                                }
                            default:
                                unmapped(list, in: child)
                            }
                        }
                    case "creation", "textClass":
                        break  // the page's date and the event's kind, read from sourceDesc and the event
                    case "settingDesc":
                        for setting in children(of: child) {
                            guard setting.name == "setting" else { unmapped(setting, in: child); continue }
                            self.setting(setting, into: &event)
                        }
                    default:
                        unmapped(child, in: section)
                    }
                }
            case "revisionDesc":
                for change in children(of: section) {
                    for idno in children(of: change) where idno.name == "idno" && idno.attribute("type") == "sha256" {
                        document.sha256 = idno.textContent
                    }
                }
            default:
                unmapped(section, in: header)
            }
        }
    }

    private func bibl(_ bibl: XMLElement, into document: inout Document) {
        for element in children(of: bibl) {
            switch (element.name, element.attribute("type")) {
            case ("title", "desc"?):
                document.documentType = nonEmpty(element.textContent)
                document.documentTypeLine = optionalLine(element)
            case ("title", _):
                break  // the event's title, read from titleStmt
            case ("date", _):
                document.issued = element.attribute("when") ?? nonEmpty(element.textContent)
                document.issuedLine = optionalLine(element)
            case ("idno", "filename"?):
                document.sourceFile = element.textContent
            case ("idno", "symbol"?):
                document.symbol = TextLine(text: element.textContent, line: line(element))
            case ("note", _):
                document.notes.append(TextLine(text: element.textContent, line: line(element)))
            case ("publisher", _):
                document.issuer = sourceFact(element, value: { $0.textContent }) { $0.isEmpty ? "an empty publisher" : nil }
                document.issuerAuthorities = (element.attribute("ref") ?? "").split(whereSeparator: \.isWhitespace)
                    .compactMap { authority(uri: String($0), on: element, naming: .organization) }.sorted()
            case ("ref", _), ("ptr", _):
                // The link's target is the URL; the text of a `ref` only shows it.
                document.sourceURL = sourceFact(element, value: { $0.attribute("target") ?? $0.textContent },
                                                check: SourceURL.problem)
            default:
                unmapped(element, in: bibl)
            }
        }
    }

    /// A value of the text (`@source`), of the catalogue (`@resp="#catalogue"`), or both; or,
    /// when they differ, `choice` with the catalogue's `reg` and the text's `orig`. A value with
    /// neither attribute is the text's, on its line in this file. A value that `check` refuses is
    /// left out with a warning.
    private func sourceFact(_ element: XMLElement, value: (XMLElement) -> String,
                            check: (String) -> String?) -> SourceFact? {
        func accepted(_ text: String, _ holder: XMLElement) -> String? {
            guard let reason = check(text) else { return text }
            problem(.warning, holder, "\(reason); left out")
            return nil
        }
        let fromCatalogue = { (holder: XMLElement) in holder.attribute("resp").map(self.pointer) == TEI.catalogueId }
        if let choice = children(of: element).first(where: { $0.name == "choice" }) {
            var printed: TextLine?, catalogued: String?
            for reading in children(of: choice) {
                switch reading.name {
                case "reg": catalogued = accepted(reading.textContent, reading)
                case "orig": printed = accepted(reading.textContent, reading).map { TextLine(text: $0, line: line(reading)) }
                default: unmapped(reading, in: choice)
                }
            }
            return SourceFact(printed: printed, catalogued: catalogued)
        }
        guard let text = accepted(value(element), element) else { return nil }
        let catalogued = fromCatalogue(element)
        let printed = !catalogued || element.attribute("source") != nil
        return SourceFact(printed: printed ? TextLine(text: text, line: line(element)) : nil,
                          catalogued: catalogued ? text : nil)
    }

    private func setting(_ setting: XMLElement, into event: inout Event) {
        for element in children(of: setting) {
            switch element.name {
            case "name", "placeName":
                event.venue = nonEmpty(element.textContent)
                event.venueLine = optionalLine(element)
            case "date":
                event.startDate = element.attribute("when") ?? element.attribute("from")
                event.endDate = element.attribute("to")
                event.dateLine = optionalLine(element)
            case "time":
                event.time = nonEmpty(element.textContent)
                event.timeLine = optionalLine(element)
            default:
                unmapped(element, in: setting)
            }
        }
    }

    private func person(_ element: XMLElement) {
        var person = Person(id: local(element.attribute("id", namespace: xmlNamespace) ?? "", P.person),
                            name: "", lines: lines(element))
        var named = false
        for child in children(of: element) {
            switch (child.name, child.attribute("type")) {
            case ("persName", "variant"?):
                person.variants.append(child.textContent)
            case ("persName", "parts"?):
                for part in children(of: child) {
                    switch part.name {
                    case "roleName": person.honorific = part.textContent
                    case "forename": person.givenName = part.textContent
                    case "surname": person.familyName = part.textContent
                    default: unmapped(part, in: child)
                    }
                }
            case ("persName", _) where !named:
                person.name = child.textContent
                named = true
            case ("persName", _):
                person.variants.append(child.textContent)
            case ("idno", _):
                if let link = authority(child, naming: .person) { person.authorities.append(link) }
            case ("affiliation", _):
                let id = unscoped(child.attribute("id", namespace: xmlNamespace) ?? "")
                let text = child.textContent
                affiliations[id] = (text.isEmpty ? nil : text, child.attribute("ref").map { local(pointer($0), P.organization) })
            default:
                unmapped(child, in: element)
            }
        }
        person.authorities.sort()
        persons.append(person)
    }

    private func organization(_ element: XMLElement) {
        var organization = Organization(id: local(element.attribute("id", namespace: xmlNamespace) ?? "", P.organization),
                                        name: "", lines: lines(element))
        var abbreviation: String?
        for child in children(of: element) {
            switch (child.name, child.attribute("full")) {
            case ("orgName", "abb"?): abbreviation = child.textContent
            case ("orgName", _): organization.name = child.textContent
            case ("idno", _): if let link = authority(child, naming: .organization) { organization.authorities.append(link) }
            default: unmapped(child, in: element)
            }
        }
        // The name as printed: "United Nations Development Programme (UNDP)".
        if let abbreviation { organization.name = organization.name.isEmpty ? abbreviation : "\(organization.name) (\(abbreviation))" }
        organization.authorities.sort()
        organizations.append(organization)
    }

    /// `<idno type="URI" subtype="wikidata">http://www.wikidata.org/entity/Q1254</idno>`, or as the
    /// previous release wrote it, `<idno type="wikidata">Q1254</idno>`; a URI without a subtype is
    /// known by where it lives.
    private func authority(_ idno: XMLElement, naming kind: AuthorityKind? = nil) -> AuthorityLink? {
        let text = idno.textContent.trimmingCharacters(in: .whitespaces)
        let scheme = idno.attribute("type") == "URI"
            ? idno.attribute("subtype").flatMap(AuthorityScheme.init(rawValue:))
                ?? AuthorityScheme.allCases.first { text.hasPrefix($0.uriSpace) }
            : idno.attribute("type").flatMap(AuthorityScheme.init(rawValue:))
        guard let scheme else {
            unmapped(idno, in: nil)
            return nil
        }
        return authority(text, scheme: scheme, on: idno, naming: kind)
    }

    /// An IRI of @ref that names an authority record; another IRI is reported and left out.
    private func authority(uri: String, on element: XMLElement, naming kind: AuthorityKind) -> AuthorityLink? {
        guard let scheme = AuthorityScheme.allCases.first(where: { uri.hasPrefix($0.uriSpace) }) else {
            problem(.warning, element, "@ref <\(uri)> is not the IRI of a known authority record; left out")
            return nil
        }
        return authority(uri, scheme: scheme, on: element, naming: kind)
    }

    private func authority(_ text: String, scheme: AuthorityScheme, on element: XMLElement, naming kind: AuthorityKind?) -> AuthorityLink? {
        if let kind, !scheme.identifies(kind) {
            problem(.warning, element, "\(scheme.titleWithArticle) identifier cannot name \(kind.withArticle); left out")
            return nil
        }
        switch AuthorityLink.parse(text, scheme: scheme) {
        case .success(let link): return link
        case .failure(let invalid):
            problem(.warning, element, "\(invalid.description); left out")
            return nil
        }
    }

    // MARK: The programme

    private func event(_ element: XMLElement, into event: inout Event) {
        // The dates settingDesc gives as well; TEI from elsewhere may give them here only.
        if event.startDate == nil, event.endDate == nil {
            event.startDate = element.attribute("when") ?? element.attribute("from")
            event.endDate = element.attribute("to")
        }
        if let kind = element.attribute("type") {
            if let value = EventKind(rawValue: kind) { event.kind = value } else {
                problem(.warning, element, "unknown event type \"\(kind)\"; read as \"other\"")
            }
        }
        for child in children(of: element) {
            switch (child.name, child.attribute("type")) {
            case ("label", nil), ("head", _), ("idno", _):
                break  // the title, read from titleStmt
            case ("note", "audience"?):
                event.audienceNote = nonEmpty(child.textContent)
                event.audienceLine = optionalLine(child)
            case ("event", _):
                part(child)
            default:
                unmapped(child, in: element)
            }
        }
    }

    private func part(_ element: XMLElement) {
        let kind = element.attribute("type").flatMap(PartKind.init(rawValue:))
        if kind == nil { problem(.warning, element, "programme part without a known type; read as \"other\"") }
        var part = EventPart(id: local(element.attribute("id", namespace: xmlNamespace) ?? "part-\(parts.count + 1)", P.part),
                             kind: kind ?? .other, ordinal: element.attribute("n").flatMap { Int($0) } ?? parts.count + 1,
                             label: "", span: span(element))
        for child in children(of: element) {
            switch (child.name, child.attribute("type")) {
            case ("label", nil): part.label = child.textContent
            case ("label", "title"?): part.title = child.textContent
            case ("note", "format"?): part.formatNote = child.textContent
            default: unmapped(child, in: element)
            }
        }
        parts.append(part)
    }

    private func text(_ text: XMLElement) {
        for child in children(of: text) {
            switch child.name {
            case "front":
                for element in children(of: child) {
                    switch element.name {
                    case "ab", "p":
                        printedLine(element)
                    case "titlePage":
                        // Each line of the title block with its line: titlePart, docDate, note.
                        var lines: [XMLElement] = []
                        func collect(_ element: XMLElement) {
                            if element.attribute("source") != nil { lines.append(element) } else { element.elements.forEach(collect) }
                        }
                        children(of: element).forEach(collect)
                        lines.forEach(printedLine)
                    case "div" where element.attribute("type") == "participants":
                        // The previous release listed the event's roles here.
                        for list in children(of: element) {
                            list.name == "list" ? participants(list, partId: nil) : unmapped(list, in: element)
                        }
                    default:
                        unmapped(element, in: child)
                    }
                }
            case "body":
                for element in children(of: child) {
                    switch element.name {
                    case "div": division(element)
                    case "ab": printedLine(element)
                    // Paragraphs and points before the first division belong to no section or part.
                    case "p": statement(element, form: .paragraph, level: 0, partId: nil, sectionId: nil)
                    case "list": list(element, level: 0, partId: nil, sectionId: nil)
                    case "fw": residue.append(TextLine(text: element.textContent, line: line(element)))
                    default: unmapped(element, in: child)
                    }
                }
            default:
                unmapped(child, in: text)
            }
        }
    }

    /// A section, a programme part (`@corresp` names its event), or statements outside both.
    private func division(_ div: XMLElement) {
        var partId: String?
        var sectionId: String?
        switch div.attribute("type") {
        case "section":
            let id = local(div.attribute("id", namespace: xmlNamespace) ?? "section-\(sections.count + 1)", P.section)
            let kind = div.attribute("subtype").flatMap(SectionKind.init(rawValue:))
            if kind == nil { problem(.warning, div, "section without a known subtype; read as \"other\"") }
            sections.append(Section(id: id, kind: kind ?? .other,
                                    ordinal: div.attribute("n").flatMap { Int($0) } ?? sections.count + 1,
                                    heading: div.firstElement(named: "head")?.textContent ?? "",
                                    // On the heading; the previous release put it on the division.
                                    line: div.firstElement(named: "head").flatMap { $0.attribute("source") != nil ? line($0) : nil } ?? line(div)))
            sectionId = id
        case "part":
            partId = div.attribute("corresp").map { local(pointer($0), P.part) }
            // A heading with its line is the page's; one without was made from the part's event.
            if let head = div.firstElement(named: "head", namespace: TEI.namespace), head.attribute("source") != nil {
                printedLine(head)
            }
        case "statements", "qa":
            break
        default:
            let type = div.attribute("type").map { "of type \"\($0)\"" } ?? "without a type"
            guard let head = div.firstElement(named: "head", namespace: TEI.namespace) else {
                problem(.warning, div, "<div> \(type) is read as statements outside any section or part")
                break
            }
            // A headed division of someone else's TEI is a section of the summary.
            let base = div.attribute("id", namespace: xmlNamespace).map { local($0, P.section) }
                ?? local(head.textContent, P.section)
            let id = Ids.unique(base, in: Set(sections.map(\.id)))
            sections.append(Section(id: id, kind: .other, ordinal: sections.count + 1, heading: head.textContent,
                                    line: line(head)))
            sectionId = id
            problem(.warning, div, "<div> \(type) is read as a section of kind \"other\"")
        }
        contents(of: div, partId: partId, sectionId: sectionId)
    }

    private func contents(of div: XMLElement, partId: String?, sectionId: String?) {
        for child in children(of: div) {
            switch child.name {
            case "head": break  // a section's heading is read above; a part's is built from its event
            case "list" where child.attribute("type") == "participants": participants(child, partId: partId)
            case "list": list(child, level: 0, partId: partId, sectionId: sectionId)
            case "p": statement(child, form: .paragraph, level: 0, partId: partId, sectionId: sectionId)
            case "ab": printedLine(child)
            // A programme part printed under a section's heading is the section's child.
            case "div" where ["part", "section"].contains(child.attribute("type") ?? ""): division(child)
            case "div": contents(of: child, partId: partId, sectionId: sectionId)
            default: unmapped(child, in: div)
            }
        }
    }

    /// A line the page prints that no statement holds; the names marked in it point at people
    /// whose roles the stand-off relations give.
    private func printedLine(_ element: XMLElement) {
        printed.append(TextLine(text: element.textContent, line: line(element)))
    }

    private func participants(_ list: XMLElement, partId: String?) {
        for item in children(of: list) {
            guard item.name == "item" else { unmapped(item, in: list); continue }
            var roleAsPrinted: String?
            for child in children(of: item) {
                switch child.name {
                case "label":
                    roleAsPrinted = child.textContent
                case "persName", "orgName", "name":
                    var participation = Participation(partId: partId, role: role(child), roleAsPrinted: roleAsPrinted,
                                                      line: line(child))
                    let ref = child.attribute("ref").map(pointer)
                    if child.name == "persName" {
                        participation.personId = ref.map { local($0, P.person) }
                        if let affiliation = child.attribute("corresp").map(pointer).flatMap({ affiliations[$0] }) {
                            participation.affiliation = affiliation.text
                            participation.organizationId = affiliation.organizationId
                        }
                    } else if child.name == "orgName" {
                        participation.organizationId = ref.map { local($0, P.organization) }
                    }
                    participations.append(participation)
                default:
                    unmapped(child, in: item)
                }
            }
        }
    }

    /// `<relation name="moderator" active="#person.x" passive="#part.y">`: who held which role where.
    private func relation(_ element: XMLElement) {
        let active = element.attribute("active").map(pointer)
        let held = (element.attribute("passive") ?? (active == nil ? element.attribute("corresp") : nil)).map(pointer)
        let partId = held.flatMap { $0 == TEI.eventId ? nil : local($0, P.part) }
        var participation = Participation(partId: partId, role: role(element, attribute: "name"),
                                          roleAsPrinted: element.firstElement(named: "desc", namespace: TEI.namespace)?.textContent,
                                          line: line(element))
        if let active, active.hasPrefix(P.organization) {
            participation.organizationId = local(active, P.organization)
        } else if let active {
            participation.personId = local(active, P.person)
            if let affiliation = element.attribute("corresp").map(pointer).flatMap({ affiliations[$0] }) {
                participation.affiliation = affiliation.text
                participation.organizationId = affiliation.organizationId
            }
        }
        for child in children(of: element) where child.name != "desc" { unmapped(child, in: element) }
        participations.append(participation)
    }

    private func role(_ element: XMLElement, attribute: String = "role") -> Role {
        guard let text = element.attribute(attribute) else {
            problem(.warning, element, "no @\(attribute); read as \"participant\"")
            return .participant
        }
        guard let role = Role(rawValue: text) else {
            problem(.warning, element, "unknown role \"\(text)\"; read as \"participant\"")
            return .participant
        }
        return role
    }

    private func list(_ list: XMLElement, level: Int, partId: String?, sectionId: String?) {
        let form: BlockForm = list.attribute("rend") == "numbered" ? .numbered : .bullet
        // `<label>(1)</label><item>…</item>`: the number the page prints before the point.
        var label: String?
        for item in children(of: list) {
            if item.name == "label" {
                label = item.textContent
                continue
            }
            guard item.name == "item" else { unmapped(item, in: list); continue }
            let holdsStatement = item.attribute("id", namespace: xmlNamespace) != nil
                || item.children.contains { if case .text(let text) = $0 { !isBlank(text) } else { false } }
                || item.elements.contains { $0.name != "list" }
            if holdsStatement {
                statement(item, form: form, level: level, partId: partId, sectionId: sectionId, enumerator: label)
            }
            label = nil
            for nested in item.elements(named: "list") {
                // Bullets inside a numbered point's item are its sub-points, which the model gives the
                // point's own level (export nests them; see TEIWriter.nestingLevels).
                let subPoints = form == .numbered && holdsStatement && nested.attribute("rend") != "numbered"
                self.list(nested, level: subPoints ? level : level + 1, partId: partId, sectionId: sectionId)
            }
        }
    }

    private func statement(_ element: XMLElement, form: BlockForm, level: Int, partId: String?, sectionId: String?,
                           enumerator: String? = nil) {
        let ordinal = element.attribute("n").flatMap { Int($0) } ?? nextOrdinal
        nextOrdinal = max(nextOrdinal, ordinal + 1)
        var kind = StatementKind.narrative
        if let ana = element.attribute("ana") {
            if let value = StatementKind(rawValue: local(pointer(ana), P.kind)) { kind = value } else {
                problem(.warning, element, "unknown statement kind \"\(ana)\"; read as \"narrative\"")
            }
        }
        var enumerator = enumerator
        var content = element.children
        // `<p><label>(2)</label> Next there were ...`: a paragraph's number as printed, and one space after it.
        if let first = content.firstIndex(where: { if case .text(let text) = $0 { !isBlank(text) } else { true } }),
           case .element(let label) = content[first], label.name == "label" {
            enumerator = label.textContent
            content.removeSubrange(...first)
            if case .text(let text) = content.first, text.hasPrefix(" ") { content[0] = .text(String(text.dropFirst())) }
        }
        let elements = content.compactMap { if case .element(let child) = $0 { child } else { nil } }
        let said = elements.filter { $0.name == "said" }
        let names = elements.filter { $0.name == "persName" && $0.attribute("ref") != nil }
        // A name that points at a person names the speaker; quotations, titles and terms are the
        // text's own words, read as text (export finds them again); any other markup is only kept as text.
        for other in elements where !["said", "list", "q", "title", "soCalled"].contains(other.name)
            && !(other.name == "persName" && other.attribute("ref") != nil) {
            problem(.warning, other, "<\(other.name)> in <\(element.name)> is kept as text; its markup does not map onto the model")
        }
        let outsideSpeech = content.map {
            switch $0 {
            case .text(let text): text
            case .element(let child): ["said", "list"].contains(child.name) ? "" : child.textContent
            }
        }.joined()
        let wholeText = content.map {
            switch $0 {
            case .text(let text): text
            case .element(let child): child.name == "list" ? "" : child.textContent
            }
        }.joined()
        // One `said` that is all the text: the words are the speaker's points, as a bullet gives
        // them (or, indented, as the previous release wrote every statement of a speaker).
        let onlySpeech = said.count == 1 && isBlank(outsideSpeech)
        var statement = Statement(id: local(element.attribute("id", namespace: xmlNamespace) ?? "st-\(ordinal)", P.statement),
                                  partId: partId,
                                  sectionId: element.attribute("corresp").map { local(pointer($0), P.section) } ?? sectionId,
                                  kind: kind, form: form, level: level, ordinal: ordinal,
                                  text: onlySpeech ? said[0].textContent : wholeText,
                                  reportedSpeech: false, span: span(element), enumerator: enumerator)
        let speakers = Set((said + names).compactMap { $0.attribute("who") ?? $0.attribute("ref") })
        if speakers.count > 1 {
            problem(.warning, element, "several speakers in one <\(element.name)>; the statement is given the first")
        }
        if let first = said.first {
            statement.speakerId = first.attribute("who").map { local(pointer($0), P.person) }
            statement.reportedSpeech = first.attribute("direct") != "true"
        } else if let name = names.first {
            // The speaker named in a sentence that reports without quoting: "made a presentation".
            statement.speakerId = name.attribute("ref").map { local(pointer($0), P.person) }
            statement.reportedSpeech = true
        }
        statements.append(statement)
    }

    // MARK: Values

    private let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    private func children(of element: XMLElement) -> [XMLElement] {
        element.elements.filter { child in
            if child.namespace == TEI.namespace { return true }
            unmapped(child, in: element)
            return false
        }
    }

    /// An empty element records a line whose value is missing.
    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    private func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    /// `#x` names the element with `xml:id="x"` in this document.
    private func pointer(_ value: String) -> String {
        unscoped(value.hasPrefix("#") ? String(value.dropFirst()) : value)
    }

    /// The id as the record's own, without the corpus's scope.
    private func unscoped(_ id: String) -> String {
        guard let scope, id.hasPrefix(scope) else { return id }
        return String(id.dropFirst(scope.count))
    }

    /// The model's id of a TEI id: without its kind prefix, and as a slug if it is none yet
    /// (TEI from elsewhere), so that every format accepts it.
    private func local(_ scopedId: String, _ prefix: String) -> String {
        let id = unscoped(scopedId)
        let bare = id.hasPrefix(prefix) ? String(id.dropFirst(prefix.count)) : id
        if Self.isSlug(bare) { return bare }
        let slug = Ids.slug(bare, maxWords: 32)
        return slug.isEmpty ? "id" : slug
    }

    /// `^[a-z0-9]+(-[a-z0-9]+)*$`, checked by hand: every id of a document passes here.
    private static func isSlug(_ text: String) -> Bool {
        var previousWasHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen: previousWasHyphen = true
            default: return false
            }
        }
        return !previousWasHyphen
    }

    /// The spans in `@source`: `text:A,B` (RFC 5147 positions), or `line:N`, `line:N-M` as the
    /// previous release wrote them.
    private func spans(_ element: XMLElement) -> [SourceSpan] {
        guard let source = element.attribute("source") else { return [] }
        return source.split(whereSeparator: \.isWhitespace).compactMap { token in
            let parts = token.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0] == TEI.textPrefix {
                if let span = SourceSpan(positions: parts[1]) { return span }
            } else if parts.count == 2, parts[0] == TEI.linePrefix {
                let bounds = parts[1].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
                if (1...2).contains(bounds.count), let first = bounds[0], let last = bounds.last!, first >= 1, first <= last {
                    return SourceSpan(first, last)
                }
            }
            problem(.warning, element, "@source \"\(token)\" is not text:A,B (RFC 5147 positions) or line:N, line:N-M; ignored")
            return nil
        }
    }

    private func span(_ element: XMLElement) -> SourceSpan {
        if let span = spans(element).first { return span }
        missingLines = missingLines ?? element
        return SourceSpan(element.line)
    }

    private func line(_ element: XMLElement) -> Int { span(element).first }

    private func optionalLine(_ element: XMLElement) -> Int? { spans(element).first?.first }

    private func lines(_ element: XMLElement) -> [Int] { spans(element).map(\.first) }

    private func unmapped(_ element: XMLElement, in parent: XMLElement?) {
        problem(.warning, element, "<\(element.name)>"
            + (element.namespace == TEI.namespace ? "" : " in namespace \(element.namespace ?? "none")")
            + (parent.map { " in <\($0.name)>" } ?? "") + " does not map onto the model; ignored")
    }

    private func problem(_ severity: Finding.Severity, _ element: XMLElement, _ message: String) {
        findings.append(Finding(file: fileName, line: element.line, severity: severity, rule: .tei, message: message))
    }
}
