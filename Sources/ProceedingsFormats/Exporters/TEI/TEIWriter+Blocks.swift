internal import Foundation

/// Paragraphs, lists of points, and the speech inside them.
extension TEIWriter {
    /// The entries of one container. A speaker's contribution gets its own `div`, unless the page
    /// prints its heading as a numbered point under the numbered point before it, which makes it a
    /// point of a list in that point's item. TEI allows no paragraphs after a nested `div`, so prose
    /// after a contribution's `div` is a `div` of type statements. A question-and-answer paragraph is
    /// prose like any other, its kind in `@ana`: the page prints no division around it. A printed
    /// line belongs to the run it stands in. `contributor` is the speaker whose contribution holds
    /// the entries, its heading naming them.
    func statements(_ entries: [Entry], contributor: String? = nil) {
        var runs: [(contribution: (heading: TextLine, first: Statement)?, entries: [Entry])] = []
        var index = 0
        while index < entries.count {
            if let found = contribution(in: entries, from: index) {
                let speaker = entries[(index + 1)..<found.end].compactMap { if case .statement(let s) = $0 { s } else { nil } }
                if let last = runs.last, last.contribution == nil, let previous = last.entries.last,
                   let base = underPoint(found.heading, speaker, after: previous) {
                    runs[runs.count - 1].entries.append(.point(heading: found.heading, statements: speaker, base: base))
                } else {
                    runs.append(((found.heading, found.first), Array(entries[(index + 1)..<found.end])))
                }
                index = found.end
                continue
            }
            if let last = runs.last, last.contribution == nil {
                runs[runs.count - 1].entries.append(entries[index])
            } else {
                runs.append((nil, [entries[index]]))
            }
            index += 1
        }
        for (index, run) in runs.enumerated() {
            if let (heading, first) = run.contribution {
                // A speaker's part as printed (Guidelines 4.1, *Divisions of the Body*): its heading is the
                // division's head, the speaker's paragraphs and points are inside it.
                writer.element("div", ["type": "contribution"]) {
                    printedLine(heading, before: first, as: "head")
                    statements(run.entries, contributor: first.speakerId)
                }
            } else if index == 0 {
                blocks(run.entries, contributor: contributor)
            } else {
                writer.element("div", ["type": "statements"]) { blocks(run.entries, contributor: contributor) }
            }
        }
    }

    /// The level a speaker's contribution hangs from when the page prints its heading as a numbered
    /// point under the point before it: "(2) Next there were statements by ...", then "1. Bronislaw
    /// Geremek, commissioner" and the speaker's points, then "2. Sonia Picado, ...". The heading
    /// prints a number and follows a numbered point or another such heading; nil otherwise. The
    /// speaker's paragraphs are at the top level and points no shallower than that point, as import
    /// reads them back from the heading's item.
    func underPoint(_ heading: TextLine, _ speaker: [Statement], after previous: Entry) -> Int? {
        let base: Int
        switch previous {
        case .statement(let statement) where statement.form == .numbered: base = statement.level
        case .point(_, _, let level): base = level
        default: return nil
        }
        guard TEI.printedEnumerator(heading.text) != nil,
              speaker.allSatisfy({ $0.form == .paragraph ? $0.level == 0 : $0.level >= base }) else { return nil }
        return base
    }

    /// A speaker's heading ("1. Bronislaw Geremek, commissioner") at `entries[start]`, with the first
    /// of the speaker's statements under it and the end of their run. A printed line is one when the
    /// statement right under it is a speaker's, the line names that speaker, and no one else who held
    /// a role on it (a line "Panelists: A, B" heads no one's contribution), and prints no role: a
    /// role line, "Moderator: A", says who chaired, not whose words follow.
    func contribution(in entries: [Entry], from start: Int) -> (heading: TextLine, first: Statement, end: Int)? {
        guard case .printed(let line) = entries[start], !record.residue.contains(line), start + 1 < entries.count,
              case .statement(let first) = entries[start + 1], let speaker = first.speakerId,
              let person = record.person(speaker), TEISpeech.mention(of: names(of: person), in: line.text) != nil,
              participationsOnLine[line.line, default: []].allSatisfy({ participation in
                  participation.personId == speaker && !(participation.roleAsPrinted.map(line.text.contains) ?? false)
              }) else { return nil }
        var end = start + 1
        while end < entries.count, case .statement(let statement) = entries[end], statement.speakerId == speaker { end += 1 }
        return (line, first, end)
    }

    /// Paragraphs as `p`, bullet points and numbered points as `item`s of lists nested by level,
    /// printed lines as `ab`; a speaker's heading printed as a point is an `item` whose `ab` is the
    /// heading, followed by the speaker's statements. `base` is the level of the outermost list.
    func blocks(_ entries: [Entry], contributor: String? = nil, from base: Int = 0) {
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
            if case .point(let heading, let speaker, let hostLevel) = entry, let level = nesting[index] {
                // Under the numbered point whose item is open, or beside the heading before it.
                while let top = open.last, top.level > level { closeList() }
                if let top = open.last, top.level == level, top.form != .numbered { closeList() }
                if (open.last?.level ?? base - 1) < level {
                    writer.startElement("list")
                    writer.attribute("rend", "numbered")
                    if printsItsNumbers(entries, nesting: nesting, from: index) {
                        writer.attribute("rendition", "#" + TEI.printedNumbersRendition)
                    }
                    open.append((.numbered, level, false))
                }
                if open[open.count - 1].itemOpen { closeItem() }
                writer.startElement("item")
                writer.attribute("n", TEI.printedEnumerator(heading.text).flatMap(TEI.enumeratorValue))
                writer.suspendIndentation()
                unindented.insert(level)
                printedLine(heading, before: speaker.first, numbered: true)
                blocks(speaker.map(Entry.statement), contributor: speaker.first?.speakerId, from: hostLevel)
                open[open.count - 1].itemOpen = true
                continue
            }
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
            while (open.last?.level ?? base - 1) < level {
                let level = (open.last?.level ?? base - 1) + 1
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
        guard let level = nesting[start] else { return false }
        for index in start..<entries.count {
            // A paragraph or a printed line has no level, and ends the list.
            guard let nested = nesting[index], nested >= level else { break }
            guard nested == level else { continue }
            switch entries[index] {
            case .statement(let statement):
                if statement.form != .numbered { return true }
                if statement.enumerator.flatMap(TEI.enumeratorValue) == nil { return false }
            case .point, .printed:
                // A speaker's heading is a point only when it prints its number.
                continue
            }
        }
        return true
    }

    /// `@n` is the number the page prints before the point, without its punctuation ("(1)" is 1),
    /// not a count of the record's statements: the page's numbers restart in every list, and the
    /// reading order is the order of the lines (`@source`), which import follows.
    func attributes(of statement: Statement) {
        writer.attribute("xml:id", scoped(P.statement + statement.id))
        writer.attribute("n", statement.enumerator.flatMap(TEI.enumeratorValue))
        writer.attribute("ana", "#" + P.kind + statement.kind.rawValue + (narratesSpeech(statement) ? " #" + TEI.narratedSpeech : ""))
        if statement.partId != nil, let section = statement.sectionId {
            writer.attribute("corresp", ref(P.section + section))
        }
        writer.attribute("source", TEI.lines(statement.span))
        writer.attribute("change", change("statement.\(statement.id)"))
    }
}
