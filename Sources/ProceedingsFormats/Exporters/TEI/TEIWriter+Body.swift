internal import Foundation

/// `body`: sections and programme parts as divisions, and the lines kept as printed.
extension TEIWriter {
    /// One `div` per section and programme part, in the order of their source lines; statements
    /// outside both before them when the page prints them first, else after them.
    func body() {
        enum Block {
            case section(Section), part(EventPart)
        }
        let layout = Layout(record)
        front(layout)
        let inParts = partNesting(layout)
        let nestedInParts = Set(inParts.values.flatMap { $0.map(\.id) })
        let nested = nesting(layout, excluding: nestedInParts)
        let inSections = Set(nested.values.flatMap { $0.map(\.id) }).union(nestedInParts)
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
        var loose = layout.loose[...]
        // Residue printed above `line` and below everything of the division before it.
        func residue(before line: Int) {
            while let next = loose.first, next.line < line {
                residueLine(next)
                loose.removeFirst()
            }
        }
        writer.element("body") {
            // What the page prints before its first heading opens the body, as printed, in no division.
            if !leading.isEmpty { statements(leading) }
            for entry in blocks {
                residue(before: entry.line)
                switch entry.block {
                case .section(let section):
                    // @n is the number the heading prints ("3. Theme" is 3), as a part's: the sections' order is the document's.
                    writer.element("div", ["xml:id": scoped(P.section + section.id), "type": "section",
                                           "subtype": section.kind.rawValue,
                                           "n": TEI.headingNumber(section.heading)]) {
                        // The line is the heading's, as a part's printed heading has it.
                        writer.element("head", ["source": TEI.lines(section.line)], text: section.heading)
                        statements(layout.entries[.section(section.id)] ?? [])
                        for part in nested[section.id] ?? [] { division(part, layout: layout, nested: inParts) }
                    }
                case .part(let part):
                    division(part, layout: layout, nested: inParts)
                }
            }
            if !trailing.isEmpty || (blocks.isEmpty && leading.isEmpty) {
                residue(before: trailing.first?.line ?? Int.max)
                writer.element("div", ["type": "statements"]) { statements(trailing) }
            }
            residue(before: Int.max)
        }
    }

    /// The programme parts printed under a section's heading ("II. Discussions", then "Session 1",
    /// "Session 2"), which its `div` holds after its own paragraphs; a section whose text goes on
    /// after its parts holds none, as TEI allows no paragraph after a nested `div`.
    func nesting(_ layout: Layout, excluding inParts: Set<String>) -> [String: [EventPart]] {
        let sections = record.sections.sorted { $0.line < $1.line }
        var nested: [String: [EventPart]] = [:]
        for part in record.parts where !inParts.contains(part.id) {
            guard let section = sections.last(where: { $0.line < part.span.first }) else { continue }
            nested[section.id, default: []].append(part)
        }
        return nested.filter { sectionId, parts in Self.precede(layout.entries[.section(sectionId)] ?? [], parts) }
    }

    /// The parts given in a part (a session's talks), which its `div` holds after its own paragraphs; as with a
    /// section, a part whose text goes on after its sub-parts holds none, and they follow it.
    func partNesting(_ layout: Layout) -> [String: [EventPart]] {
        var nested: [String: [EventPart]] = [:]
        for part in record.parts {
            if let parent = record.enclosingPart(of: part) { nested[parent.id, default: []].append(part) }
        }
        return nested.filter { partId, parts in Self.precede(layout.entries[.part(partId)] ?? [], parts) }
    }

    /// Whether every entry comes before the first line of the parts: TEI allows no paragraph after a nested `div`.
    static func precede(_ entries: [Entry], _ parts: [EventPart]) -> Bool {
        let first = parts.map(\.span.first).min()!
        return entries.allSatisfy { entry in
            switch entry {
            case .statement(let statement): statement.span.last < first
            case .printed(let line): line.line < first
            case .point(let heading, let statements, _): (statements.last?.span.last ?? heading.line) < first
            }
        }
    }

    func division(_ part: EventPart, layout: Layout, nested: [String: [EventPart]]) {
        // A part the page neither heads nor holds a line of is its event in standOff only: an empty
        // div would print nothing, and an encoder reads it as a division lost.
        guard layout.headings[part.id] != nil || !(layout.entries[.part(part.id)] ?? []).isEmpty
                || !(nested[part.id] ?? []).isEmpty else { return }
        // @n is the number the page prints, as its event's in standOff: never a count of the converter's.
        writer.element("div", ["type": "part", "subtype": part.kind.rawValue, "n": TEI.printedNumber(ofPart: part.label),
                               "corresp": ref(P.part + part.id)]) {
            // The heading as printed, where the page prints one. A part the page names only in prose has
            // none: a renderer shows every head as printed, and the part's label and title are its
            // event's in standOff (@corresp).
            if let printed = layout.headings[part.id] {
                writer.element("head", ["source": TEI.lines(printed.line)], text: printed.text)
            }
            statements(layout.entries[.part(part.id)] ?? [])
            for sub in nested[part.id] ?? [] { division(sub, layout: layout, nested: nested) }
        }
    }

    /// A line kept as printed, `ab` (or a speaker's heading, `head`), with the names of those who
    /// held a role on it, and of the speaker of the statement under it ("1. Bronislaw Geremek,
    /// commissioner"), pointing at them.
    /// `numbered`: the line heads an item of a numbered list, so the number it prints is a `label`, as a point's is.
    func printedLine(_ line: TextLine, before next: Statement? = nil, as element: String = "ab", numbered: Bool = false) {
        if record.residue.contains(line) { return residueLine(line) }
        writer.startElement(element)
        writer.attribute("source", TEI.lines(line.line))
        writer.suspendIndentation()
        if printsEventDate(line) {
            // The page's words, read as the importer read them: a corrected date is the header's and the standOff's.
            let dates = TEI.dating(printedEvent)
            writer.element("date", ["when": dates.when, "from": dates.from, "to": dates.to], text: line.text)
            writer.endElement()
            writer.resumeIndentation()
            return
        }
        var marked: [(range: Range<Int>, element: String, ref: String?)] = []
        if numbered, let number = TEI.printedEnumerator(line.text) { marked.append((0..<number.count, "label", nil)) }
        for participation in record.participations where participation.line == line.line {
            let found: (Range<Int>, String, String)?
            if let id = participation.personId, let person = record.person(id) {
                found = TEISpeech.mention(of: names(of: person), in: line.text).map { ($0, "persName", ref(P.person + id)) }
            } else if let id = participation.organizationId, let organization = record.organization(id) {
                found = TEISpeech.mention(of: [organization.name], in: line.text).map { ($0, "orgName", ref(P.organization + id)) }
            } else {
                found = nil
            }
            if let found, !marked.contains(where: { $0.range.overlaps(found.0) }) { marked.append(found) }
        }
        if let id = next?.speakerId, let person = record.person(id), !marked.contains(where: { $0.ref == ref(P.person + id) }),
           let found = TEISpeech.mention(of: names(of: person), in: line.text), !marked.contains(where: { $0.range.overlaps(found) }) {
            marked.append((found, "persName", ref(P.person + id)))
        }
        let characters = Array(line.text)
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

    /// A line of page residue where the page prints it: a photo's caption ("(Photo) Foreign Minister
    /// ...") is the `head` of a `figure` whose picture the text does not keep; any other line `fw`
    /// (navigation, a site's section, a contact line), which renderers show as the page's furniture.
    func residueLine(_ line: TextLine) {
        if Self.isCaption(line.text) {
            writer.element("figure") { writer.element("head", ["source": TEI.lines(line.line)], text: line.text) }
        } else {
            writer.element("fw", ["type": "residue", "source": TEI.lines(line.line)], text: line.text)
        }
    }

    /// A caption as news pages print one under a photo: "(Photo) ...", "(photo: Cabinet Public Relations Office)".
    static func isCaption(_ text: String) -> Bool {
        let opening = text.prefix(6).lowercased()
        return opening == "(photo" && text.dropFirst(6).first.map { !$0.isLetter } ?? false
    }

    /// Whether a line kept as printed is the event's date and nothing else ("23 February, 2010"),
    /// which the text gives as a `date`, a copy of the setting's.
    func printsEventDate(_ line: TextLine) -> Bool {
        line.line == record.event.dateLine && printedEvent.startDate != nil && DateText.isDateOrNumber(line.text)
    }

    /// The event with the dates its page prints, as the importer read them, before any correction.
    var printedEvent: Event {
        var event = record.event
        event.startDate = record.asPrinted(.startDate, event.startDate)
        event.endDate = record.asPrinted(.endDate, event.endDate)
        return event
    }
}
