internal import Foundation

/// Where each statement and printed line of the record goes in `<text>`.
extension TEIWriter {
    enum Container: Hashable {
        case part(String), section(String), none

        init(_ statement: Statement) {
            self = statement.partId.map(Container.part) ?? statement.sectionId.map(Container.section) ?? .none
        }
    }

    /// What a division holds, in the page's order: statements, and lines kept as printed. A
    /// `point` is a speaker's heading that the page prints as a numbered point under the numbered
    /// point before it, with the speaker's statements under it; `base` is the level that point has
    /// in the model, which the speaker's points nest from (see `TEIWriter.underPoint`).
    enum Entry {
        case statement(Statement), printed(TextLine)
        case point(heading: TextLine, statements: [Statement], base: Int)

        var line: Int {
            switch self {
            case .statement(let statement): statement.span.first
            case .printed(let line): line.line
            case .point(let heading, _, _): heading.line
            }
        }
    }

    /// Where the printed lines go: before the first paragraph or heading of the body, the front; the
    /// first line of a programme part, its heading; a line inside a part, that part; else the
    /// section above it, or the body. Page residue goes where it is printed too (issue 15: every
    /// printed line in its place), never a part's heading; one below the last entry of its part or
    /// section stands between the body's divisions (`loose`), which a renderer shows in that place.
    struct Layout {
        var front: [TextLine] = []
        var headings: [String: TextLine] = [:]
        /// Each container's statements in the model's order, each printed line before the first
        /// statement that starts below it.
        var entries: [Container: [Entry]] = [:]
        /// Residue printed after everything of its part or section, in the order of its lines.
        var loose: [TextLine] = []

        init(_ record: Record) {
            var lines: [Container: [TextLine]] = [:]
            let starts = record.statements.map(\.span.first) + record.sections.map(\.line) + record.parts.map(\.span.first)
            let bodyStart = starts.min() ?? Int.max
            let parts = record.parts.sorted { $0.span.first < $1.span.first }
            let sections = record.sections.sorted { $0.line < $1.line }
            let residue = Set(record.residue)
            // On a line the reader cut in two, the residue first: what it cuts is the line's head ("19960919 Secretary-General ...").
            let printed = (record.residue + Self.titleCutFrom(record) + record.printed).enumerated()
                .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
            for line in printed {
                if line.line < bodyStart {
                    front.append(line)
                } else if !residue.contains(line), let part = parts.first(where: { $0.span.first == line.line }), headings[part.id] == nil {
                    headings[part.id] = line
                } else if let part = parts.last(where: { $0.span.first < line.line && line.line <= $0.span.last }) {
                    lines[.part(part.id), default: []].append(line)
                } else if let section = sections.last(where: { $0.line < line.line }) {
                    lines[.section(section.id), default: []].append(line)
                } else {
                    lines[.none, default: []].append(line)
                }
            }
            for statement in record.statements {
                let container = Container(statement)
                var printed = lines[container] ?? []
                while let line = printed.first, line.line < statement.span.first {
                    entries[container, default: []].append(.printed(line))
                    printed.removeFirst()
                }
                lines[container] = printed
                entries[container, default: []].append(.statement(statement))
            }
            for (container, printed) in lines where !printed.isEmpty {
                // Residue after the container's last printed line leaves it: a division's nested parts
                // come after its own entries, and residue printed below them would otherwise stand above.
                let kept = printed.lastIndex { !residue.contains($0) }.map { $0 + 1 } ?? 0
                entries[container, default: []] += printed[..<kept].map(Entry.printed)
                loose += printed[kept...]
            }
            loose.sort { $0.line < $1.line }
        }

        /// The title's words on a line whose head the reader kept as residue ("19960919 Secretary-General
        /// Leads ..."): the line is printed, so the title is, as a line of its own the record does not keep.
        /// Once read back from the TEI, the record keeps it as printed, and this gives none.
        static func titleCutFrom(_ record: Record) -> [TextLine] {
            let span = record.event.titleSpan
            guard span.first == span.last, span.first > 0, record.residue.contains(where: { $0.line == span.first }),
                  !record.printed.contains(where: { $0.line == span.first }),
                  let title = record.asPrinted(.title, record.event.title), !title.isEmpty else { return [] }
            return [TextLine(text: title, line: span.first)]
        }
    }
}
