/// The cells of `CSVSchema+Links`: what the linked data says of a record that the tables' own
/// columns do not, worked out as `GraphBuilder` works it out.
extension CSVTableGroupWriter {
    /// The appended cells of the rows `rows(of:)` writes for `file`, row for row; nil for a table
    /// whose rows get none here.
    static func linkCells(_ file: String, of record: Record, mint: Minter) -> [[String: String]]? {
        let document = record.document, event = record.event
        func lines(_ span: SourceSpan) -> String { mint.lines(span.first, span.last) }
        switch file {
        case "documents.csv":
            let url = document.sourceURL?.value ?? ""
            return [["label": event.title, "source_url": url, "url": url]]
        case "events.csv":
            let whole = ["primary_topic_of": mint.document, "label": event.title, "event_kind": event.kind.rawValue,
                         "title_first_line": String(event.titleSpan.first), "title_last_line": String(event.titleSpan.last),
                         "attendance_mode": event.venue != nil && event.isOnline ? NS.schema + "OnlineEventAttendanceMode" : ""]
            return [whole] + record.parts.enumerated().map { index, part in
                ["conf_parent_iri": record.enclosingPart(of: part).map { mint.part($0.id) } ?? mint.event,
                 "identifier": part.id, "index": String(index + 1), "lines_iri": lines(part.span), "part_kind": part.kind.rawValue,
                 "first_line": String(part.span.first), "last_line": String(part.span.last)]
            }
        case "participations.csv":
            return record.participations.enumerated().map { index, p in
                ["index": String(index + 1), "lines_iri": mint.lines(p.line, p.line), "label": ResourceLabels.role(p, in: record)]
            }
        case "statements.csv":
            return record.statements.enumerated().map { index, s in
                ["identifier": s.id, "index": String(index + 1), "lines_iri": lines(s.span),
                 "issuer_iri": document.issuer == nil ? "" : mint.publisher,
                 "influence_iri": s.speakerId == nil ? "" : mint.speakerInfluence(ofStatement: s.id), "label": ResourceLabels.statement(s.text)]
            }
        case "sections.csv":
            return record.sections.enumerated().map { index, section in
                ["identifier": section.id, "index": String(index + 1), "lines_iri": mint.lines(section.line, section.line)]
            }
        case "notes.csv":
            return (document.notes + record.residue + record.printed).map { ["lines_iri": mint.lines($0.line, $0.line), "label": $0.text] }
        default:
            return nil
        }
    }

    /// The cells a row of `persons.csv` or `organizations.csv` gets here: `index` is the place of the
    /// first of the record's entities of that id, as the linked data numbers the mention.
    static func mentionCells(id: String, index: Int) -> [String: String] {
        ["local_id": id, "index": String(index + 1)]
    }

    /// The rows of the tables of links, by file.
    static func linkTables(of record: Record, mint: Minter) -> [(String, [[String: String]])] {
        let id = record.id, document = record.document
        let subEvents = record.parts.map { part in
            ["document_id": id, "event_iri": record.enclosingPart(of: part).map { mint.part($0.id) } ?? mint.event, "iri": mint.part(part.id)]
        }
        let roleKeys = mint.participationKeys(record)
        let schemaRoles = record.participations.indices.compactMap { index -> [String: String]? in
            let p = record.participations[index]
            guard let holder = mint.holder(of: p) else { return nil }
            return ["document_id": id, "iri": mint.participation(roleKeys[index]), "property": GraphBuilder.schemaProperty(of: p.role),
                    "holder_iri": holder, "event_iri": mint.during(p)]
        }
        let influences = record.statements.compactMap { s -> [String: String]? in
            guard let speaker = s.speakerId else { return nil }
            return ["document_id": id, "iri": mint.speakerInfluence(ofStatement: s.id), "statement_iri": mint.statement(s.id),
                    "agent_iri": mint.person(speaker),
                    "label": record.persons.first { $0.id == speaker }.map { ResourceLabels.speakerInfluence(speaker: $0.name) } ?? ""]
        }
        var mentionLines: [[String: String]] = []
        var seenLines: Set<[String]> = []
        func named(_ mention: String, _ lines: [Int]) {
            for line in lines where seenLines.insert([mention, String(line)]).inserted {
                mentionLines.append(["document_id": id, "mention_iri": mention, "line": String(line), "lines_iri": mint.lines(line, line)])
            }
        }
        for person in record.persons { named(mint.personMention(person.id), person.lines) }
        for organization in record.organizations { named(mint.organizationMention(organization.id), organization.lines) }
        var variants: [[String: String]] = []
        for person in record.persons {
            let keys = mint.variantKeys(of: person)
            for (number, form) in person.variants.enumerated() {
                variants.append(["document_id": id, "mention_iri": mint.personMention(person.id), "iri": mint.variant(ofPerson: person.id, keys[number]),
                                 "value": form, "index": String(number + 1), "label": form])
            }
        }
        let names = names(of: record, mint: mint)
        let texts = [["document_id": id, "iri": mint.text, "source_file": document.sourceFile, "format": LinkedData.plainTextMediaType,
                      "sha256": document.sha256, "checksum_label": ResourceLabels.checksum(of: document.sourceFile)]]
        let graphs = [["document_id": id, "iri": mint.graph, "tool_iri": Minter.tool, "tool_name": Minter.toolName,
                       "tool_version": ProceedingsFormats.version, "label": ResourceLabels.graph(of: record), "tool_label": ResourceLabels.tool,
                       "vocabulary_iri": LinkedData.vocabularyVersionIRI]]
        return [("sub_events.csv", subEvents), ("schema_roles.csv", schemaRoles), ("speaker_influences.csv", influences),
                ("mention_lines.csv", mentionLines), ("mention_variants.csv", variants), ("name_variants.csv", variants),
                ("names.csv", names.plain), ("document_names.csv", names.tagged), ("texts.csv", texts),
                ("graphs.csv", graphs)]
    }

    /// As `GraphBuilder.agent`, `buildEvent` and `build` name them: one of the record by its id and
    /// name, one of the corpus by its authority's key and its entry's name; the rows of `names.csv`
    /// (`plain`) and, of the names in the document's words, `document_names.csv` (`tagged`).
    static func names(of record: Record, mint: Minter) -> (plain: [[String: String]], tagged: [[String: String]]) {
        var rows: [[String: String]] = [], at: [String: Int] = [:]
        func add(_ iri: String, _ cells: [String: String?]) {
            let cells = cells.compactMapValues { $0 }.filter { !$0.value.isEmpty }
            if let known = at[iri] {
                rows[known].merge(cells) { old, _ in old }
            } else {
                at[iri] = rows.count
                rows.append(cells.merging(["document_id": record.id, "iri": iri]) { $1 })
            }
        }
        // Of the corpus: the entry's name, else the key; of the record: a person's name untagged, any other in its document's words.
        func corpus(_ key: String, _ name: String?) -> [String: String?] { ["identifier": key, "name": name, "label": name ?? key] }
        func agent(_ iri: String, id: String, name: String, corpusKey: String?, authorityName: String?, tagged: Bool) {
            add(iri, corpusKey.map { corpus($0, authorityName) }
                ?? ["identifier": id, tagged ? "document_name" : "name": name, tagged ? "document_label" : "label": name])
        }
        for person in record.persons {
            agent(mint.person(person.id), id: person.id, name: person.name, corpusKey: mint.corpusKey(person: person.id),
                  authorityName: person.authorityName, tagged: false)
        }
        let builder = GraphBuilder(record: record, mint: mint, generatedAt: nil)
        for organization in record.organizations {
            agent(mint.organization(organization.id), id: organization.id, name: organization.name,
                  corpusKey: mint.corpusKey(organization: organization.id), authorityName: builder.authorityName(of: organization), tagged: true)
        }
        if let venue = record.event.venue {
            add(mint.place, mint.corpusKeyOfPlace.map { corpus($0, record.event.venueAuthorityName) }
                ?? ["document_name": venue, "document_label": venue])
        }
        if let issuer = record.document.issuer {
            let corpusKey = mint.issuerOrganization.map(mint.corpusKey(organization:)) ?? mint.corpusKeyOfIssuer
            var cells: [String: String?] = corpusKey.map { corpus($0, record.document.issuerAuthorityName) } ?? ["foaf_name": issuer.value]
            if mint.issuerOrganization == nil, corpusKey == nil {
                cells.merge(["identifier": "issuer", "document_name": issuer.value, "document_label": issuer.value]) { $1 }
            }
            add(mint.publisher, cells)
        }
        func part(_ row: [String: String], _ columns: [String: String]) -> [String: String]? {
            let cells = Dictionary(uniqueKeysWithValues: columns.compactMap { from, to in row[from].map { (to, $0) } })
            return cells.isEmpty ? nil : cells.merging(["document_id": record.id, "iri": row["iri"]!]) { $1 }
        }
        return (rows.compactMap { part($0, ["identifier": "identifier", "name": "name", "label": "label"]) },
                rows.compactMap { part($0, ["document_name": "name", "document_label": "label", "foaf_name": "foaf_name"]) })
    }
}
