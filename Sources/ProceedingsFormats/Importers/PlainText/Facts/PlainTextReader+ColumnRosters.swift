import Foundation

/// "AUSTRALIA                BANGLADESH" / "Ms Rebecca THORNTON      Mr Md. Abdul KARIM" / "Assistant Secretary, ...   Director
/// General, ...": a report's list of participants set in two columns, each column a country or a body over its delegates
/// and their posts. Each column is read down, as if printed alone; a line holds two cells, one of each column.
extension PlainTextReader {
    /// Reads the block of lines that `line` opens, when it is one of a list of participants in two columns.
    mutating func readColumnRoster(_ line: SourceLine) -> Bool {
        // Asked of every line of the body: only one with a run of three spaces may open a block.
        guard line.text.includes("   "), let column = Self.secondColumn(of: line) else { return false }
        // Under a list's label, or under none: names in both columns, row after row, are a list of those who attended. The
        // label over the columns gives its role ("WITNESSES", "Speakers").
        let label = rosterLabel.flatMap { $0.rest.isEmpty ? $0 : nil } ?? participantList
            ?? RosterLines.Label(role: .participant, cue: "roster.columns", printed: "", plural: true, rest: "")
        var block: [SourceLine] = []
        var index = line.number - 1
        while index < lines.count, !lines[index].isBlank, Self.fitsColumns(lines[index], at: column) {
            block.append(lines[index])
            index += 1
        }
        let cells = block.map { Self.cells(of: $0, at: column) }
        // A person in each column at least once: a table of anything else (a programme's times, a budget) is left alone.
        guard block.count >= 2, cells.contains(where: { $0.left.map(isColumnPerson) == true && $0.right.map(isColumnPerson) == true })
        else { return false }
        // "Mr HAY       Ms Lim, how long is the wait" / "             in Bendigo today?": a turn of speech set in a hanging
        // indent is no list; a cell that asks or ends a sentence, or a post that goes on in lower case with no open word, says so.
        guard !cells.contains(where: { [$0.left, $0.right].contains { $0.map { ["?", ":", "."].contains($0.last) } == true } }) else { return false }
        for side in [\ColumnCells.left, \ColumnCells.right] {
            let column = zip(block, cells).compactMap { row, cell in cell[keyPath: side].map { (row.number, $0) } }
            var entry: Int?, group: String?
            for (index, (number, text)) in column.enumerated() {
                // "IRAN (ISLAMIC REPUBLIC OF)" over a delegate: the group of the names under it, as a list's group heading is.
                if Names.isAllCaps(text.replacing(" ", with: "")), index + 1 < column.count, isColumnPerson(column[index + 1].1) {
                    group = HeaderReader.inTitleCase(text)
                    entry = nil
                    continue
                }
                var grouped = label
                grouped.group = group
                entry = readColumnCell(text, line: number, label: grouped, entry: entry)
            }
        }
        for row in block {
            consumed.insert(row.number)
            categories[row.number] = .participant
        }
        lastLineWasRoster = true
        return true
    }

    /// One cell of a column: a person opens an entry; a post describes the entry's person.
    private mutating func readColumnCell(_ text: String, line: Int, label: RosterLines.Label, entry: Int?) -> Int? {
        if isColumnPerson(text), let (printed, affiliation) = RosterLines.person(text, lexicon) {
            addRosterPerson(printed, affiliation: affiliation, label: label, inherited: true, line: line)
            return lastRosterEntry?.participation
        }
        guard let entry else { return nil }
        // "Bureau of Fisheries" / "and Aquatic Resources, Quezon City": a post wrapped in its column goes on in lower case.
        // The country or body over the person closes the description, after the post.
        var post = participations[entry].affiliation ?? ""
        let group = label.group.flatMap { post == $0 || post.hasSuffix(", " + $0) ? $0 : nil }
        if let group { post = String(post.dropLast(group.count)).trimming(.init(charactersIn: ", ")) }
        post = post.isEmpty ? text : Self.endsUnfinished(post) || text.first?.isLowercase == true ? post + " " + text : post + ", " + text
        let affiliation = group.map { post + ", " + $0 } ?? post
        participations[entry].affiliation = affiliation
        participations[entry].organizationId = organization(in: affiliation, line: line)
        return entry
    }

    private func isColumnPerson(_ text: String) -> Bool {
        Names.opensWithHonorific(text, lexicon) && RosterLines.person(text, lexicon) != nil
    }

    struct ColumnCells {
        var left: String?
        var right: String?
    }

    /// The column where the second cell of a two-cell line begins, counted from the line's start with its indent.
    private static func secondColumn(of line: SourceLine) -> Int? {
        guard let gap = line.text.firstRange(of: /\S {3,}(?=\S)/) else { return nil }
        let rest = line.text[gap.upperBound...]
        guard !rest.contains("   ") else { return nil }
        return line.indent + line.text.distance(from: line.text.startIndex, to: gap.upperBound)
    }

    /// A line of the block: two cells, the second where the first line's began (give or take two), or one cell that ends
    /// before the column or begins at it.
    private static func fitsColumns(_ line: SourceLine, at column: Int) -> Bool {
        if let second = secondColumn(of: line) ?? narrowGap(in: line, at: column) { return abs(second - column) <= 2 }
        return line.indent + line.text.count < column - 2 || abs(line.indent - column) <= 2
    }

    /// "Director General of Capture Fisheries, MMAF  Deputy Head, ...": a first cell as wide as its column leaves two spaces.
    private static func narrowGap(in line: SourceLine, at column: Int) -> Int? {
        line.text.ranges(of: "  ").map { line.indent + line.text.distance(from: line.text.startIndex, to: $0.upperBound) }
            .first { abs($0 - column) <= 2 }
    }

    private static func cells(of line: SourceLine, at column: Int) -> ColumnCells {
        if let second = secondColumn(of: line) ?? narrowGap(in: line, at: column) {
            let cut = line.text.index(line.text.startIndex, offsetBy: second - line.indent)
            return ColumnCells(left: line.text[..<cut].trimming(.whitespaces), right: line.text[cut...].trimming(.whitespaces))
        }
        return abs(line.indent - column) <= 2 ? ColumnCells(left: nil, right: line.text) : ColumnCells(left: line.text, right: nil)
    }
}
