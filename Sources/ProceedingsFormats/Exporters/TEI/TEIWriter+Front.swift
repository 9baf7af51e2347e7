internal import Foundation

/// `front`: what the page prints above its body.
extension TEIWriter {
    /// What a line above the body is on the page's title block.
    enum FrontLine: Equatable {
        /// `dateline`: the page's date printed with other words ("Tokyo, Japan, 6 October 2005").
        case title(String), date, dateline, note, residue, other
    }

    func frontLine(_ line: TextLine) -> FrontLine { Self.frontLine(line, in: record) }

    static func frontLine(_ line: TextLine, in record: Record) -> FrontLine {
        let document = record.document, event = record.event
        if record.residue.contains(line) { return .residue }
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
        if line.line == document.issuedLine { return DateText.isDateOrNumber(line.text) ? .date : .dateline }
        if document.notes.contains(where: { $0.line == line.line }) { return .note }
        return .other
    }

    /// The front: the lines the page prints above its body, as printed. The title block is one
    /// `titlePage`: its title lines `docTitle/titlePart` (main, sub, desc for the document type),
    /// the page's own date printed alone `docDate` with `@when`, a note on the text `note`, and the
    /// residue printed among them. The page's date printed with a place or other words is a
    /// `dateline` (which a titlePage cannot hold), its names and date marked as in running text, so
    /// that `date` holds the date alone. Any other line is `ab`, where a line that is the event's
    /// date and nothing else is a `date` with `@when`; residue is `fw` (a caption a `figure`).
    func front(_ layout: Layout) {
        guard !layout.front.isEmpty else { return }
        writer.element("front") {
            for entries in frontGroups(layout) {
                let group = entries.map(\.line), kinds = entries.map(\.kind)
                guard Self.isTitlePage(kinds) else {
                    for (line, kind) in entries {
                        kind == .dateline ? dateline(line) : printedLine(line)
                    }
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
                        case .residue:
                            if let when = titleLineDate(group[index]) {
                                // A date printed at the head of the title line ("19960919 Secretary-General ..."):
                                // the page's, in the basic format of ISO 8601, which the reader set aside.
                                writer.element("docDate", ["when": when, "source": TEI.lines(group[index].line)], text: group[index].text)
                            } else {
                                residueLine(group[index])
                            }
                        case .note, .other, .dateline:
                            writer.element("note", ["source": TEI.lines(group[index].line)], text: group[index].text)
                        }
                        index += 1
                    }
                }
            }
        }
    }

    /// The page's date with the other words its line prints: `dateline`, the date a `date` with
    /// `@when`, the places `placeName`, as the running text marks them.
    func dateline(_ line: TextLine) {
        writer.startElement("dateline")
        writer.attribute("source", TEI.lines(line.line))
        writer.suspendIndentation()
        named(line.text, forms: namesInText.forms(on: SourceSpan(line.line)))
        writer.endElement()
        writer.resumeIndentation()
    }

    /// The day a line of residue on the title's line prints in the basic format ("19960919"), as ISO 8601.
    func titleLineDate(_ line: TextLine) -> String? {
        let span = record.event.titleSpan, digits = line.text
        guard span.first == line.line, span.last == line.line, digits.count == 8, digits.allSatisfy(\.isASCII),
              digits.allSatisfy(\.isNumber) else { return nil }
        let iso = "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))"
        return ContentRules.isRealDate(iso) ? iso : nil
    }

    /// The front's runs of title-block lines, each line with what it is; any other line a run of its
    /// own. Residue joins the run it is printed in or after, so that the title block stays one.
    func frontGroups(_ layout: Layout) -> [[(line: TextLine, kind: FrontLine)]] {
        var groups: [[(line: TextLine, kind: FrontLine)]] = []
        for line in layout.front {
            let kind = frontLine(line)
            if ![.other, .dateline].contains(kind), let last = groups.last?.last, ![.other, .dateline].contains(last.kind) {
                groups[groups.count - 1].append((line, kind))
            } else {
                groups.append([(line, kind)])
            }
        }
        return groups
    }

    /// A run with a title or the page's date alone is a `titlePage`; the lines of any other are kept as printed.
    static func isTitlePage(_ kinds: [FrontLine]) -> Bool {
        kinds.contains { if case .title = $0 { true } else { $0 == .date } }
    }
}
