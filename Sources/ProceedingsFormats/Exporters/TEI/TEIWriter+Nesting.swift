/// How deep each point of a run of lists nests in the TEI. A page often prints a numbered point's
/// sub-points as bullets at the point's own indentation ("(1) Aid ..." then "- food", "- shelter"), so
/// the model gives them the point's level; they belong to the point all the same, and TEI nests them
/// as a `list` inside its `item` (Guidelines 3.8, *Lists*), which a renderer shows as sub-points,
/// where two sibling lists would read as two lists of one level.
extension TEIWriter {
    /// The level each statement of `entries` nests at: its own, or one deeper for a bullet under a
    /// numbered point of its level, and for whatever is printed deeper under such a bullet, until a
    /// numbered point of that level or a shallower point comes. A paragraph or a printed line ends
    /// every list, and with them this reading. Nil for what is no point.
    func nestingLevels(_ entries: [Entry]) -> [Int?] {
        var levels: [Int?] = []
        // The points of the current run of lists, in order, with the level each nests at.
        var run: [(statement: Statement, level: Int)] = []
        // The level whose bullets are being nested under a numbered point of that level.
        var nestedFrom: Int?
        for (index, entry) in entries.enumerated() {
            if case .point = entry {
                // A speaker's heading right under a numbered point is one deeper, in the list inside
                // that point's item; beside another such heading, at its level. The run goes on after it.
                let previous = index > 0 ? levels[index - 1] : nil
                if case .point? = index > 0 ? entries[index - 1] : nil { levels.append(previous) } else { levels.append(previous.map { $0 + 1 }) }
                continue
            }
            guard case .statement(let statement) = entry, statement.form != .paragraph else {
                levels.append(nil)
                run = []
                nestedFrom = nil
                continue
            }
            let level = statement.level
            if let from = nestedFrom, level < from || (level == from && statement.form == .numbered) {
                nestedFrom = nil
            }
            if nestedFrom == nil, statement.form == .bullet,
               let sibling = run.last(where: { $0.statement.level <= level }),
               sibling.statement.level == level, sibling.statement.form == .numbered {
                nestedFrom = level
            }
            let nested = nestedFrom.map { _ in level + 1 } ?? level
            levels.append(nested)
            run.append((statement, nested))
        }
        return levels
    }
}
