internal import Foundation

/// Paragraphs, lists of points, and the speech inside them.
extension TEIWriter {
    /// The entries of one container. Q&A runs get their own `div`; TEI allows no paragraphs
    /// after a nested `div`, so every run after the first is a `div` as well. A printed line
    /// belongs to the run it stands in.
    func statements(_ entries: [Entry]) {
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
    func blocks(_ entries: [Entry]) {
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
                content(of: statement)
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
                open.append((statement.form, level, false))
            }
            if open[open.count - 1].itemOpen { closeItem() }
            writer.startElement("item")
            attributes(of: statement)
            // Mixed content: indentation would add whitespace to the statement's text.
            writer.suspendIndentation()
            unindented.insert(level)
            label(statement)
            content(of: statement)
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

    func attributes(of statement: Statement) {
        writer.attribute("xml:id", scoped(P.statement + statement.id))
        writer.attribute("n", String(statement.ordinal))
        writer.attribute("ana", "#" + P.kind + statement.kind.rawValue)
        if statement.partId != nil, let section = statement.sectionId {
            writer.attribute("corresp", ref(P.section + section))
        }
        writer.attribute("source", TEI.lines(statement.span))
    }

    /// A statement of a speaker is prose with the speaker's name as `persName` and the content of
    /// what was said as `said direct="false"` (`TEISpeech`). Where the text names the speaker
    /// nowhere and has no clause of saying (a bullet of someone's points), the whole is `said`; a
    /// speaker's own words (`reportedSpeech` false) are `said direct="true"`.
    func content(of statement: Statement) {
        guard statement.reportedSpeech || statement.speakerId != nil else {
            quoted(statement.text)
            return
        }
        let who = statement.speakerId.map { ref(P.person + $0) }
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
                    quoted(String(said[..<end]))
                    said = said[end...]
                }
            }
            self.said(String(said), who: who, direct: !statement.reportedSpeech)
            return
        }
        for segment in segments {
            switch segment {
            case .prose(let text): quoted(text)
            case .speaker(let name): writer.element("persName", ["ref": who], text: name)
            case .reported(let text): said(text, who: who, direct: false)
            }
        }
    }
}
