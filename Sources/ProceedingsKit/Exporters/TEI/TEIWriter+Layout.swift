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
    /// section above it, or the body.
    struct Layout {
        var front: [TextLine] = []
        var headings: [String: TextLine] = [:]
        /// Each container's statements in the model's order, each printed line before the first
        /// statement that starts below it.
        var entries: [Container: [Entry]] = [:]

        init(_ record: Record) {
            var lines: [Container: [TextLine]] = [:]
            let starts = record.statements.map(\.span.first) + record.sections.map(\.line) + record.parts.map(\.span.first)
            let bodyStart = starts.min() ?? Int.max
            let parts = record.parts.sorted { $0.span.first < $1.span.first }
            let sections = record.sections.sorted { $0.line < $1.line }
            for line in record.printed {
                if line.line < bodyStart {
                    front.append(line)
                } else if let part = parts.first(where: { $0.span.first == line.line }), headings[part.id] == nil {
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
                entries[container, default: []] += printed.map(Entry.printed)
            }
        }
    }
}
