/// `<text>`: the lines as printed, divisions, paragraphs and points, and the speech in them.
extension TEIReader {
    func text(_ text: XMLElement) {
        for child in children(of: text) {
            switch child.name {
            case "front":
                for element in children(of: child) {
                    switch element.name {
                    case "ab", "p", "dateline":
                        printedLine(element)
                    case "fw":
                        residueLine(element)
                    case "figure" where caption(element) != nil:
                        residueLine(caption(element)!)
                    case "titlePage":
                        // Each line of the title block with its line: titlePart, docDate, note, and residue.
                        var lines: [(element: XMLElement, residue: Bool)] = []
                        func collect(_ element: XMLElement) {
                            if let head = caption(element) {
                                lines.append((head, true))
                            } else if element.attribute("source") != nil {
                                lines.append((element, element.name == "fw"))
                            } else {
                                element.elements.forEach(collect)
                            }
                        }
                        children(of: element).forEach(collect)
                        let titleLines = Set(lines.map(\.element).filter { $0.name == "titlePart" }.map(line))
                        for (line, residue) in lines {
                            // A date on a title's line is what the reader set aside from the title ("19960919 ...").
                            residue || line.name == "docDate" && titleLines.contains(self.line(line)) ? residueLine(line) : printedLine(line)
                        }
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
                    case "fw": residueLine(element)
                    case "figure" where caption(element) != nil: residueLine(caption(element)!)
                    default: unmapped(element, in: child)
                    }
                }
            default:
                unmapped(child, in: text)
            }
        }
    }

    /// A section, a programme part (`@corresp` names its event), or statements outside both.
    func division(_ div: XMLElement) {
        var partId: String?
        var sectionId: String?
        switch div.attribute("type") {
        case "section":
            let id = local(div.attribute("id", namespace: xmlNamespace) ?? "section-\(sections.count + 1)", P.section)
            let kind = div.attribute("subtype").flatMap(SectionKind.init(rawValue:))
            if kind == nil { problem(.warning, div, "section without a known subtype; read as \"other\"") }
            // The sections' order is the document's; @n is the number the heading prints (the previous release's
            // ordinal, which was that order).
            sections.append(Section(id: id, kind: kind ?? .other, ordinal: sections.count + 1,
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
        case "statements", "qa", "contribution":
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

    func contents(of div: XMLElement, partId: String?, sectionId: String?) {
        for child in children(of: div) {
            switch child.name {
            // A speaker's heading is a line as printed; a section's heading is read above, and a part's
            // is built from its event.
            case "head" where div.attribute("type") == "contribution": printedLine(child)
            case "head": break
            case "list" where child.attribute("type") == "participants": participants(child, partId: partId)
            case "list": list(child, level: 0, partId: partId, sectionId: sectionId)
            case "p": statement(child, form: .paragraph, level: 0, partId: partId, sectionId: sectionId)
            case "ab": printedLine(child)
            case "fw": residueLine(child)
            case "figure" where caption(child) != nil: residueLine(caption(child)!)
            // A programme part printed under a section's heading is the section's child.
            case "div" where ["part", "section"].contains(child.attribute("type") ?? ""): division(child)
            case "div": contents(of: child, partId: partId, sectionId: sectionId)
            default: unmapped(child, in: div)
            }
        }
    }

    /// A line the page prints that no statement holds; the names marked in it point at people
    /// whose roles the stand-off relations give.
    func printedLine(_ element: XMLElement) {
        printed.append(TextLine(text: element.textContent, line: line(element)))
    }

    /// Page residue where the page prints it: `fw`, or a caption (`caption`).
    func residueLine(_ element: XMLElement) {
        residue.append(TextLine(text: element.textContent, line: line(element)))
    }

    /// The `head` of a `figure` that holds only it: a photo's caption, whose picture the text does
    /// not keep. A figure with a graphic is someone else's TEI, and not read.
    func caption(_ figure: XMLElement) -> XMLElement? {
        guard figure.name == "figure", figure.elements.count == 1, let head = figure.elements.first,
              head.name == "head", head.attribute("source") != nil else { return nil }
        return head
    }

    func list(_ list: XMLElement, level: Int, partId: String?, sectionId: String?) {
        let form: BlockForm = list.attribute("rend") == "numbered" ? .numbered : .bullet
        // `<label>(1)</label><item>…</item>`: the number the page prints before the point.
        var label: String?
        for item in children(of: list) {
            if item.name == "label" {
                label = item.textContent
                continue
            }
            guard item.name == "item" else { unmapped(item, in: list); continue }
            if item.attribute("id", namespace: xmlNamespace) == nil, let heading = item.elements.first, heading.name == "ab" {
                speakersPoint(item, heading: heading, level: level, partId: partId, sectionId: sectionId)
                label = nil
                continue
            }
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

    /// A speaker's heading printed as a point under a numbered point: `<item><ab>1. Bronislaw
    /// Geremek, commissioner</ab>` and the speaker's paragraphs and points. The heading is a line as
    /// printed; the speaker's points nest from the level of the point the heading stands under, one
    /// shallower than the heading's own list, as the model gives them.
    func speakersPoint(_ item: XMLElement, heading: XMLElement, level: Int, partId: String?, sectionId: String?) {
        printedLine(heading)
        for child in children(of: item).dropFirst() {
            switch child.name {
            case "p": statement(child, form: .paragraph, level: 0, partId: partId, sectionId: sectionId)
            case "list": list(child, level: max(level - 1, 0), partId: partId, sectionId: sectionId)
            default: unmapped(child, in: item)
            }
        }
        if item.children.contains(where: { if case .text(let text) = $0 { !isBlank(text) } else { false } }) {
            problem(.warning, item, "text beside a heading's <ab> in <item> is not read")
        }
    }

    func statement(_ element: XMLElement, form: BlockForm, level: Int, partId: String?, sectionId: String?,
                   enumerator: String? = nil) {
        // In the order read until `readingOrder` puts them in the order of their lines: `@n` is the
        // number the page prints (this release) or was a count (the previous one), never the order.
        let ordinal = nextOrdinal
        nextOrdinal += 1
        if element.attribute("source") == nil { statementWithoutSource = true }
        var kind = StatementKind.narrative
        // The kind, and, for a paragraph of no one's that narrates people's speech, `speech.narrated`.
        let analysis = (element.attribute("ana") ?? "").split(separator: " ").map { pointer(String($0)) }
        let narrated = analysis.contains(TEI.narratedSpeech)
        if let ana = analysis.first(where: { $0 != TEI.narratedSpeech }) {
            if let value = StatementKind(rawValue: local(ana, P.kind)) { kind = value } else {
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
        // A name that points at a person names the speaker, unless it is a mention in running text
        // (`type="mention"`). Quotations, titles, terms, and the names and dates of running text are
        // the text's own words, read as text (export finds them again); any other markup is only kept as text.
        let names = elements.filter { $0.name == "persName" && $0.attribute("ref") != nil && $0.attribute("type") != "mention" }
        for other in elements where !["said", "list", "q", "title", "soCalled", "bibl", "orgName", "placeName", "date"].contains(other.name)
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
        // Several people's words, each in its sentence (a question-and-answer paragraph), make the
        // paragraph no one's statement: export finds them again in its text (TEISpeech.voices).
        let oneVoice = !narrated && Set(said.compactMap { $0.attribute("who") }).count < 2
        let speakers = Set((said + names).compactMap { $0.attribute("who") ?? $0.attribute("ref") })
        if oneVoice, speakers.count > 1 {
            problem(.warning, element, "several speakers in one <\(element.name)>; the statement is given the first")
        }
        if oneVoice, let first = said.first {
            statement.speakerId = first.attribute("who").map { local(pointer($0), P.person) }
            statement.reportedSpeech = first.attribute("direct") != "true"
        } else if oneVoice, let name = names.first {
            // The speaker named in a sentence that reports without quoting: "made a presentation".
            statement.speakerId = name.attribute("ref").map { local(pointer($0), P.person) }
            statement.reportedSpeech = true
        }
        statements.append(statement)
    }
}
