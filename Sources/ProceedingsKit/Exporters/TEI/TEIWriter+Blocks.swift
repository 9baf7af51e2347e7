internal import Foundation

/// Paragraphs, lists of points, and the speech inside them.
extension TEIWriter {
    /// How a run of entries is divided: prose (paragraphs, points, printed lines), a Q&A run, or a
    /// speaker's contribution: the speaker's heading as printed and the first of the speaker's statements.
    enum RunKind {
        case prose, qa, contribution(heading: TextLine, first: Statement)

        var isContribution: Bool { if case .contribution = self { true } else { false } }
        var isQA: Bool { if case .qa = self { true } else { false } }
    }

    /// The entries of one container. Q&A runs and speakers' contributions get their own `div`;
    /// TEI allows no paragraphs after a nested `div`, so every run after the first is a `div` as
    /// well. A printed line belongs to the run it stands in. `contributor` is the speaker whose
    /// contribution holds the entries, its heading naming them.
    func statements(_ entries: [Entry], contributor: String? = nil) {
        var runs: [(kind: RunKind?, entries: ArraySlice<Entry>)] = []
        var index = 0
        while index < entries.count {
            if let found = contribution(in: entries, from: index) {
                runs.append((.contribution(heading: found.heading, first: found.first), entries[(index + 1)..<found.end]))
                index = found.end
                continue
            }
            let entry = entries[index]
            let kind: RunKind? = if case .statement = entry { entry.isQA ? .qa : .prose } else { nil }
            if let last = runs.last, last.kind?.isContribution != true,
               kind == nil || last.kind == nil || (last.kind?.isQA == kind?.isQA) {
                runs[runs.count - 1].entries.append(entry)
                runs[runs.count - 1].kind = last.kind ?? kind
            } else {
                runs.append((kind, [entry]))
            }
            index += 1
        }
        for (index, run) in runs.enumerated() {
            switch run.kind {
            case .contribution(let heading, let first)?:
                // A speaker's part as printed (Guidelines 4.1, *Divisions of the Body*): its heading is the
                // division's head, the speaker's paragraphs and points are inside it.
                writer.element("div", ["type": "contribution"]) {
                    printedLine(heading, before: first, as: "head")
                    statements(Array(run.entries), contributor: first.speakerId)
                }
            case .qa?:
                writer.element("div", ["type": "qa"]) { blocks(Array(run.entries), contributor: contributor) }
            case .prose?, nil:
                if index == 0 {
                    blocks(Array(run.entries), contributor: contributor)
                } else {
                    writer.element("div", ["type": "statements"]) { blocks(Array(run.entries), contributor: contributor) }
                }
            }
        }
    }

    /// A speaker's heading ("1. Bronislaw Geremek, commissioner") at `entries[start]`, with the first
    /// of the speaker's statements under it and the end of their run. A printed line is one when the
    /// statement right under it is a speaker's, the line names that speaker, and no one else who held
    /// a role on it (a line "Panelists: A, B" heads no one's contribution), and prints no role: a
    /// role line, "Moderator: A", says who chaired, not whose words follow.
    func contribution(in entries: [Entry], from start: Int) -> (heading: TextLine, first: Statement, end: Int)? {
        guard case .printed(let line) = entries[start], start + 1 < entries.count,
              case .statement(let first) = entries[start + 1], let speaker = first.speakerId,
              let person = record.person(speaker), TEISpeech.mention(of: names(of: person), in: line.text) != nil,
              record.participations.allSatisfy({ participation in
                  participation.line != line.line || participation.personId == speaker
                      && !(participation.roleAsPrinted.map(line.text.contains) ?? false)
              }) else { return nil }
        var end = start + 1
        while end < entries.count, case .statement(let statement) = entries[end], statement.speakerId == speaker { end += 1 }
        return (line, first, end)
    }

    /// Paragraphs as `p`, bullet points and numbered points as `item`s of lists nested by level,
    /// printed lines as `ab`.
    func blocks(_ entries: [Entry], contributor: String? = nil) {
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
        let nesting = nestingLevels(entries)
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
                content(of: statement, contributor: contributor)
                writer.endElement()
                writer.resumeIndentation()
                continue
            }
            let level = nesting[index] ?? statement.level
            while let top = open.last, top.level > level { closeList() }
            if let top = open.last, top.level == level, top.form != statement.form { closeList() }
            while (open.last?.level ?? -1) < level {
                let level = (open.last?.level ?? -1) + 1
                if !open.isEmpty, !open[open.count - 1].itemOpen {
                    // A deeper level needs an item to hang from; this one holds no statement.
                    writer.startElement("item")
                    open[open.count - 1].itemOpen = true
                }
                writer.startElement("list")
                writer.attribute("rend", statement.form == .numbered ? "numbered" : "bulleted")
                if statement.form == .numbered, level == nesting[index] ?? statement.level,
                   printsItsNumbers(entries, nesting: nesting, from: index) {
                    writer.attribute("rendition", "#" + TEI.printedNumbersRendition)
                }
                open.append((statement.form, level, false))
            }
            if open[open.count - 1].itemOpen { closeItem() }
            writer.startElement("item")
            attributes(of: statement)
            // Mixed content: indentation would add whitespace to the statement's text.
            writer.suspendIndentation()
            unindented.insert(level)
            label(statement)
            content(of: statement, contributor: contributor)
            open[open.count - 1].itemOpen = true
        }
        while !open.isEmpty { closeList() }
    }

    /// The number the page prints before the point, "(1)", as the item's or paragraph's first
    /// words: a list mixing labelled and unlabelled items would not be TEI.
    func label(_ statement: Statement) {
        guard let enumerator = statement.enumerator else { return }
        writer.element("label", text: enumerator)
        writer.text(" ")
    }

    /// Whether every point of the numbered list that opens at `entries[start]` prints its number, so
    /// that a renderer must add none: its items at its level, up to the first entry that ends it (a
    /// paragraph, a printed line, a shallower point, or one of another form at its level).
    func printsItsNumbers(_ entries: [Entry], nesting: [Int?], from start: Int) -> Bool {
        guard case .statement(let first) = entries[start], let level = nesting[start] else { return false }
        for index in start..<entries.count {
            guard case .statement(let statement) = entries[index], statement.form != .paragraph,
                  let nested = nesting[index], nested >= level else { break }
            guard nested == level else { continue }
            if statement.form != first.form { break }
            if statement.enumerator.flatMap(TEI.enumeratorValue) == nil { return false }
        }
        return true
    }

    /// `@n` is the number the page prints before the point, without its punctuation ("(1)" is 1),
    /// not a count of the record's statements: the page's numbers restart in every list, and the
    /// reading order is the order of the lines (`@source`), which import follows.
    func attributes(of statement: Statement) {
        writer.attribute("xml:id", scoped(P.statement + statement.id))
        writer.attribute("n", statement.enumerator.flatMap(TEI.enumeratorValue))
        writer.attribute("ana", "#" + P.kind + statement.kind.rawValue)
        if statement.partId != nil, let section = statement.sectionId {
            writer.attribute("corresp", ref(P.section + section))
        }
        writer.attribute("source", TEI.lines(statement.span))
    }
}
