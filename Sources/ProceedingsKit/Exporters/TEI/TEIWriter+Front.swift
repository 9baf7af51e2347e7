internal import Foundation

/// `front`: what the page prints above its body.
extension TEIWriter {
    /// What a line above the body is on the page's title block.
    enum FrontLine: Equatable {
        case title(String), date, note, other
    }

    func frontLine(_ line: TextLine) -> FrontLine { Self.frontLine(line, in: record) }

    static func frontLine(_ line: TextLine, in record: Record) -> FrontLine {
        let document = record.document, event = record.event
        if line.line == document.documentTypeLine { return .title("desc") }
        if event.titleSpan.first <= line.line, line.line <= event.titleSpan.last {
            // The page prints the titles as read, whatever a correction made of them.
            let words = line.text.trimmingCharacters(in: CharacterSet(charactersIn: "\"“”'‘’ -–—"))
            let title = record.asPrinted(.title, event.title) ?? ""
            if let subtitle = record.asPrinted(.subtitle, event.subtitle), !words.isEmpty, subtitle.contains(words), !title.contains(words) {
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
    func front(_ layout: Layout) {
        guard !layout.front.isEmpty else { return }
        writer.element("front") {
            for entries in frontGroups(layout) {
                let group = entries.map(\.line), kinds = entries.map(\.kind)
                guard Self.isTitlePage(kinds) else {
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
                            // The page's date as printed and read; a corrected one is the header's.
                            writer.element("docDate", ["when": record.asPrinted(.issued, record.document.issued),
                                                       "source": TEI.lines(group[index].line)], text: group[index].text)
                        case .note, .other:
                            writer.element("note", ["source": TEI.lines(group[index].line)], text: group[index].text)
                        }
                        index += 1
                    }
                }
            }
        }
    }

    /// The front's runs of title-block lines, each line with what it is; any other line a run of its own.
    func frontGroups(_ layout: Layout) -> [[(line: TextLine, kind: FrontLine)]] {
        var groups: [[(line: TextLine, kind: FrontLine)]] = []
        for line in layout.front {
            let kind = frontLine(line)
            if kind != .other, let last = groups.last?.last, last.kind != .other {
                groups[groups.count - 1].append((line, kind))
            } else {
                groups.append([(line, kind)])
            }
        }
        return groups
    }

    /// A run with a title or the page's date is a `titlePage`; the lines of any other are kept as printed.
    static func isTitlePage(_ kinds: [FrontLine]) -> Bool {
        kinds.contains { if case .title = $0 { true } else { $0 == .date } }
    }
}
