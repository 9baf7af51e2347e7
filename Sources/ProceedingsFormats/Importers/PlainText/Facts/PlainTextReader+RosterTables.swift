import Foundation

/// A list of participants printed as a table: "No.  Country / Institution   Name   Function" over a person a row, the
/// cells apart by bars or runs of spaces.
extension PlainTextReader {
    struct RosterColumns {
        var name: Int
        var count: Int
        var piped: Bool
    }

    private static let nameColumnWords: Set<String> = ["name", "names", "participant", "name of participant", "full name", "delegate"]
    private static let rosterColumnWords: Set<String> = [
        "no.", "no", "#", "s/n", "sr.", "sl.", "country", "institution", "organisation", "organization", "function", "title",
        "position", "designation", "affiliation", "agency", "ministry", "e-mail", "email", "delegation", "member state",
        "role", "department", "office", "institution/organisation", "institution/organization",
    ]

    static func rosterCells(_ text: String, piped: Bool) -> [String] {
        let cells = piped ? text.components(separatedBy: "|") : text.split(separator: Self.cellGap).map(String.init)
        return cells.map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
    }

    nonisolated(unsafe) private static let cellGap = /\t+|\s{2,}/

    /// The header row: a column of names, and the others each a word of where or what a participant is.
    func rosterTableHeader(_ line: SourceLine) -> RosterColumns? {
        let piped = line.text.includes(" | ")
        let cells = Self.rosterCells(line.text, piped: piped).map { $0.lowercased() }
        guard (2...6).contains(cells.count), let name = cells.firstIndex(where: Self.nameColumnWords.contains),
              cells.enumerated().allSatisfy({ offset, cell in
                  offset == name || cell.split(separator: "/").allSatisfy { Self.rosterColumnWords.contains($0.trimming(.whitespaces)) }
              }) else { return nil }
        return RosterColumns(name: name, count: cells.count, piped: piped)
    }

    /// A row: the person in the name's cell, and where they come from in the others ("Head, Pesticide Control Service,
    /// Burkina Faso"); a row number says nothing. A group's heading in capitals between rows keeps the table open.
    mutating func readRosterRow(_ line: SourceLine, columns: RosterColumns) -> Bool {
        let cells = Self.rosterCells(line.text, piped: columns.piped)
        if cells.count == 1, Names.isAllCaps(cells[0].replacing(" ", with: "")) {
            categories[line.number] = .heading
            return true
        }
        guard cells.count == columns.count || cells.count == columns.count - 1 && columns.name < cells.count,
              let (printed, _) = RosterLines.person(cells[columns.name], lexicon) ?? RosterLines.invertedPerson(cells[columns.name], lexicon)
        else { return false }
        let after = cells[(columns.name + 1)...], before = cells[..<columns.name].filter { !$0.allSatisfy { $0.isNumber || $0 == "." } }
        let affiliation = (after + before).joined(separator: ", ")
        guard let label = participantList ?? lexicon.rosterLabels["participants"].map({
            RosterLines.Label(role: $0.role, cue: $0.id + ".table", printed: "participants", plural: true, rest: "")
        }) else { return false }
        addRosterPerson(printed, affiliation: affiliation.isEmpty ? nil : affiliation, label: label, inherited: participantList != nil,
                        line: line.number)
        return true
    }
}
