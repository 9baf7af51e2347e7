extension InterchangeXML {
    /// Reads a record written by `export`. Problems are findings with line numbers (rule
    /// `interchange-xml`, or the parser's rules); the record is nil whenever there is an error.
    ///
    /// This checks what it needs to build the model (namespace, required pieces, value syntax);
    /// references between ids are the schema's business, see `XMLSchemaValidator`.
    public static func importRecord(_ bytes: [UInt8], fileName: String) -> (Record?, [Finding]) {
        let (root, parseFindings) = SafeXMLParser.parse(bytes, fileName: fileName)
        guard let root else { return (nil, parseFindings) }
        let (record, findings) = importRecord(parsed: root, fileName: fileName)
        return (record, parseFindings + findings)
    }

    /// The same from a tree already parsed, so that a validator need not parse the file again.
    public static func importRecord(parsed root: XMLElement, fileName: String) -> (Record?, [Finding]) {
        let reader = InterchangeReader(fileName: fileName)
        let record = reader.record(root)
        return (reader.findings.hasErrors ? nil : record, reader.findings)
    }
}

/// Once a problem is reported, values read afterwards may be placeholders; they never reach the
/// caller because any error discards the record.
private final class InterchangeReader {
    let fileName: String
    private(set) var findings: [Finding] = []
    private let namespace = InterchangeXML.namespace
    /// The line of each part's element, for a finding on it.
    private var partLines: [String: Int] = [:]

    init(fileName: String) {
        self.fileName = fileName
    }

    func record(_ root: XMLElement) -> Record? {
        guard root.name == "record", root.namespace == namespace else {
            problem(root, "expected <record> in namespace \(namespace), found <\(root.name)> "
                + (root.namespace.map { "in namespace \($0)" } ?? "in no namespace"))
            return nil
        }
        let children = self.children(of: root, allowing: ["document", "event", "parts", "sections", "persons",
                                                          "organizations", "participations", "statements",
                                                          "residue", "printed", "corrections"])
        let id = string(root, "id")
        let document = one("document", of: root, in: children).map(document)
        let event = one("event", of: root, in: children).map(event)
        let parts = list("parts", of: root, in: children, item: "part", part)
        let sections = list("sections", of: root, in: children, item: "section", section)
        let persons = list("persons", of: root, in: children, item: "person", person)
        let organizations = list("organizations", of: root, in: children, item: "organization", organization)
        let participations = list("participations", of: root, in: children, item: "participation", participation)
        let statements = list("statements", of: root, in: children, item: "statement", statement)
        let residue = list("residue", of: root, in: children, item: "fragment", textLine)
        // Files of the previous release have no printed lines.
        let printed = children.contains { $0.name == "printed" } ? list("printed", of: root, in: children, item: "line", textLine) : []
        // Only a corrected record has corrections.
        let read = children.contains { $0.name == "corrections" }
            ? list("corrections", of: root, in: children, item: "correction", correction).compactMap { $0 } : []
        guard let document, let event else { return nil }
        let (record, looped) = Record(id: id, document: document, event: event, parts: parts, sections: sections,
                                      persons: persons, organizations: organizations, participations: participations,
                                      statements: statements, residue: residue, printed: printed, corrections: read.map(\.correction),
                                      removedRoles: read.flatMap(\.removed)).withoutPartLoops()
        for part in looped {
            findings.append(Finding(file: fileName, line: partLines[part], rule: .partParent,
                                    message: "part \"\(part)\" is given in itself through its parent; read as a part of the event"))
        }
        return record
    }

    private func correction(_ element: XMLElement) -> (correction: Correction, removed: [RemovedRole])? {
        let children = self.children(of: element, allowing: ["old", "new", "note", "removed"])
        let fact: FactKind = value(element, "fact")
        var correction = Correction(fact: fact, line: int(element, "line"),
                                    old: text(one("old", of: element, in: children)), new: text(one("new", of: element, in: children)),
                                    by: string(element, "by"), byId: element.attribute("by-id"), date: string(element, "date"),
                                    note: optionalText("note", in: children), subject: element.attribute("subject"))
        // The id is made of what identifies the correction; one that is not was edited by hand.
        let id = string(element, "id")
        if id != correction.id {
            problem(element, "correction id \"\(id)\" is not the id of its fact, line, old and new (\(correction.id))")
        }
        correction.id = id
        let removed = children.filter { $0.name == "removed" }.map { role in
            RemovedRole(correction: id, participation: participation(role), holderName: role.attribute("holder-name"))
        }
        return (correction, removed)
    }

    private func document(_ element: XMLElement) -> Document {
        let children = self.children(of: element, allowing: ["source-file", "document-type", "issued", "symbol",
                                                             "issuer", "source-url", "notes"])
        return Document(sourceFile: text(one("source-file", of: element, in: children)),
                        sha256: string(element, "sha256"),
                        language: string(element, "language"),
                        documentType: optionalText("document-type", in: children),
                        documentTypeLine: optionalInt(element, "document-type-line"),
                        issued: optionalText("issued", in: children),
                        issuedLine: optionalInt(element, "issued-line"),
                        notes: list("notes", of: element, in: children, item: "note", textLine),
                        symbol: children.first { $0.name == "symbol" }.map(textLine),
                        issuer: sourceFact("issuer", in: children, check: { $0.isEmpty ? "an issuer is never empty" : nil },
                                           also: ["authority", "authority-name"]),
                        sourceURL: sourceFact("source-url", in: children, check: SourceURL.problem),
                        // sourceFact has reported the issuer's unexpected children.
                        issuerAuthorities: children.first { $0.name == "issuer" }
                            .map { authorities(in: $0.elements.filter { $0.namespace == namespace }, kind: .organization) } ?? [],
                        issuerAuthorityName: children.first { $0.name == "issuer" }
                            .flatMap { optionalText("authority-name", in: $0.elements.filter { $0.namespace == namespace }) })
    }

    /// `<printed line>` and `<catalogued>`, at least one of them; `check` says what is wrong with a value.
    private func sourceFact(_ name: String, in children: [XMLElement], check: (String) -> String?,
                            also: Set<String> = []) -> SourceFact? {
        let matches = children.filter { $0.name == name }
        if matches.count > 1 { problem(matches[1], "more than one <\(name)>") }
        guard let element = matches.first else { return nil }
        let parts = self.children(of: element, allowing: Set(["printed", "catalogued"]).union(also))
        let printed = parts.filter { $0.name == "printed" }
        let catalogued = parts.filter { $0.name == "catalogued" }
        for extra in [printed.dropFirst(), catalogued.dropFirst()].joined() {
            problem(extra, "<\(name)> has more than one <\(extra.name)>")
        }
        for part in [printed.first, catalogued.first].compactMap({ $0 }) {
            if let reason = check(part.textContent) { problem(part, reason) }
        }
        guard let fact = SourceFact(printed: printed.first.map(textLine), catalogued: catalogued.first.map { text($0) }) else {
            problem(element, "<\(name)> has neither <printed> nor <catalogued>")
            return nil
        }
        return fact
    }

    private func event(_ element: XMLElement) -> Event {
        let children = self.children(of: element, allowing: ["title", "subtitle", "start-date", "end-date",
                                                             "time", "venue", "venue-authority", "venue-authority-name",
                                                             "audience-note"])
        let title = one("title", of: element, in: children)
        return Event(kind: value(element, "kind"),
                     title: text(title),
                     subtitle: optionalText("subtitle", in: children),
                     titleSpan: title.map(span) ?? SourceSpan(1),
                     startDate: optionalText("start-date", in: children),
                     endDate: optionalText("end-date", in: children),
                     dateLine: optionalInt(element, "date-line"),
                     time: optionalText("time", in: children),
                     timeLine: optionalInt(element, "time-line"),
                     venue: optionalText("venue", in: children),
                     venueLine: optionalInt(element, "venue-line"),
                     audienceNote: optionalText("audience-note", in: children),
                     audienceLine: optionalInt(element, "audience-line"),
                     venueAuthorities: authorities(in: children, named: "venue-authority", kind: .place),
                     venueAuthorityName: optionalText("venue-authority-name", in: children))
    }

    private func part(_ element: XMLElement) -> EventPart {
        let children = self.children(of: element, allowing: ["label", "title", "format-note"])
        if let id = element.attribute("id") { partLines[id] = element.line }
        return EventPart(id: string(element, "id"), kind: value(element, "kind"), ordinal: int(element, "ordinal"),
                         label: text(one("label", of: element, in: children)),
                         title: optionalText("title", in: children),
                         formatNote: optionalText("format-note", in: children),
                         span: span(element), parentId: element.attribute("parent"))
    }

    private func section(_ element: XMLElement) -> Section {
        let children = self.children(of: element, allowing: ["heading"])
        return Section(id: string(element, "id"), kind: value(element, "kind"), ordinal: int(element, "ordinal"),
                       heading: text(one("heading", of: element, in: children)), line: int(element, "line"))
    }

    private func person(_ element: XMLElement) -> Person {
        let children = self.children(of: element, allowing: ["name", "printed-name", "variant", "honorific", "given-name",
                                                             "family-name", "authority", "authority-name"])
        return Person(id: string(element, "id"),
                      name: text(one("name", of: element, in: children)),
                      printedName: optionalText("printed-name", in: children),
                      variants: children.filter { $0.name == "variant" }.map { text($0) },
                      honorific: optionalText("honorific", in: children),
                      givenName: optionalText("given-name", in: children),
                      familyName: optionalText("family-name", in: children),
                      lines: lines(element),
                      authorities: authorities(in: children, kind: .person),
                      authorityName: optionalText("authority-name", in: children))
    }

    private func organization(_ element: XMLElement) -> Organization {
        let children = self.children(of: element, allowing: ["name", "printed-name", "authority", "authority-name"])
        return Organization(id: string(element, "id"), name: text(one("name", of: element, in: children)),
                            printedName: optionalText("printed-name", in: children),
                            lines: lines(element), authorities: authorities(in: children, kind: .organization),
                            authorityName: optionalText("authority-name", in: children))
    }

    /// Values are checked as on import of an authority table, so a file never brings in a link
    /// that the table would have refused.
    private func authorities(in children: [XMLElement], named name: String = "authority",
                             kind: AuthorityKind? = nil) -> [AuthorityLink] {
        children.filter { $0.name == name }.compactMap { element in
            _ = self.children(of: element, allowing: [])
            let scheme: AuthorityScheme = value(element, "scheme")
            guard let text = required(element, "value") else { return nil }
            if let kind, !scheme.identifies(kind) {
                problem(element, "\(scheme.titleWithArticle) identifier cannot name \(kind.withArticle)")
                return nil
            }
            switch AuthorityLink.parse(text, scheme: scheme) {
            case .success(let link) where link.value == text:
                return link
            case .success(let link):
                problem(element, "authority value \"\(text)\" is not in normal form; write \"\(link.value)\"")
                return nil
            case .failure(let invalid):
                problem(element, invalid.description)
                return nil
            }
        }
    }

    private func participation(_ element: XMLElement) -> Participation {
        let children = self.children(of: element, allowing: ["role-as-printed", "affiliation"])
        return Participation(personId: element.attribute("person"),
                             organizationId: element.attribute("organization"),
                             partId: element.attribute("part"),
                             role: value(element, "role"),
                             roleAsPrinted: optionalText("role-as-printed", in: children),
                             affiliation: optionalText("affiliation", in: children),
                             line: int(element, "line"))
    }

    private func statement(_ element: XMLElement) -> Statement {
        Statement(id: string(element, "id"),
                  partId: element.attribute("part"),
                  sectionId: element.attribute("section"),
                  speakerId: element.attribute("speaker"),
                  kind: value(element, "kind"),
                  form: value(element, "form"),
                  level: optionalInt(element, "level") ?? 0,
                  ordinal: int(element, "ordinal"),
                  text: text(element),
                  reportedSpeech: bool(element, "reported-speech"),
                  span: span(element),
                  enumerator: element.attribute("enumerator"))
    }

    private func textLine(_ element: XMLElement) -> TextLine {
        TextLine(text: text(element), line: int(element, "line"))
    }

    private func span(_ element: XMLElement) -> SourceSpan {
        SourceSpan(int(element, "first-line"), int(element, "last-line"))
    }

    // MARK: Structure

    /// The child elements of `element` that may be there; any other is reported, so nothing is
    /// silently dropped.
    private func children(of element: XMLElement, allowing names: Set<String>) -> [XMLElement] {
        var accepted: [XMLElement] = []
        for child in element.elements {
            if child.namespace == namespace, names.contains(child.name) {
                accepted.append(child)
            } else {
                problem(child, "unexpected element <\(child.name)>"
                    + (child.namespace == namespace ? "" : " in namespace \(child.namespace ?? "none")")
                    + " in <\(element.name)>")
            }
        }
        return accepted
    }

    private func one(_ name: String, of parent: XMLElement, in children: [XMLElement]) -> XMLElement? {
        let matches = children.filter { $0.name == name }
        if matches.isEmpty { problem(parent, "<\(parent.name)> lacks <\(name)>") }
        if matches.count > 1 { problem(matches[1], "<\(parent.name)> has more than one <\(name)>") }
        return matches.first
    }

    private func optionalText(_ name: String, in children: [XMLElement]) -> String? {
        let matches = children.filter { $0.name == name }
        if matches.count > 1 { problem(matches[1], "more than one <\(name)>") }
        return matches.first.map { text($0) }
    }

    private func list<T>(_ container: String, of parent: XMLElement, in children: [XMLElement], item: String,
                         _ read: (XMLElement) -> T) -> [T] {
        guard let list = one(container, of: parent, in: children) else { return [] }
        return self.children(of: list, allowing: [item]).map(read)
    }

    /// Text content of a leaf element; child elements would be lost, so they are reported.
    private func text(_ element: XMLElement?) -> String {
        guard let element else { return "" }
        _ = children(of: element, allowing: [])
        return element.textContent
    }

    // MARK: Attributes

    private func required(_ element: XMLElement, _ name: String) -> String? {
        guard let value = element.attribute(name) else {
            problem(element, "<\(element.name)> lacks attribute \(name)")
            return nil
        }
        return value
    }

    private func string(_ element: XMLElement, _ name: String) -> String {
        required(element, name) ?? ""
    }

    private func int(_ element: XMLElement, _ name: String) -> Int {
        required(element, name).flatMap { integer(element, name, $0) } ?? 0
    }

    private func optionalInt(_ element: XMLElement, _ name: String) -> Int? {
        element.attribute(name).flatMap { integer(element, name, $0) }
    }

    private func integer(_ element: XMLElement, _ name: String, _ text: String) -> Int? {
        guard let value = Int(text) else {
            problem(element, "attribute \(name) of <\(element.name)> is not an integer: \"\(text)\"")
            return nil
        }
        return value
    }

    private func lines(_ element: XMLElement) -> [Int] {
        guard let text = element.attribute("lines") else { return [] }
        return text.split(whereSeparator: \.isWhitespace).compactMap { integer(element, "lines", String($0)) }
    }

    private func bool(_ element: XMLElement, _ name: String) -> Bool {
        switch required(element, name) {
        case "true", "1": return true
        case "false", "0", nil: return false
        case let text?:
            problem(element, "attribute \(name) of <\(element.name)> is not a boolean: \"\(text)\"")
            return false
        }
    }

    private func value<E: RawRepresentable & CaseIterable>(_ element: XMLElement, _ name: String) -> E
        where E.RawValue == String {
        guard let text = required(element, name) else { return E.allCases.first! }
        guard let value = E(rawValue: text) else {
            problem(element, "attribute \(name) of <\(element.name)> has unknown value \"\(text)\"; expected one of "
                + E.allCases.map(\.rawValue).joined(separator: ", "))
            return E.allCases.first!
        }
        return value
    }

    private func problem(_ element: XMLElement, _ message: String) {
        findings.append(Finding(file: fileName, line: element.line, severity: .error, rule: .interchangeXML,
                                message: message))
    }
}
