import Foundation

/// A list of participants printed as a table: "No.  Country / Institution   Name   Function" over a person a row, the
/// cells apart by bars or runs of spaces. "Day | Session | Role | Name | Affiliation": a column may give the role each
/// held, and the part of the programme they held it in.
extension PlainTextReader {
    struct RosterColumns {
        var name: Int
        var count: Int
        var piped: Bool
        var role: Int?
        var part: Int?
        /// When and which day: no part of where a participant comes from.
        var skipped: Set<Int> = []
        /// "Time | Submitter | Appearing": those a hearing heard, each row a body or a person and who spoke for it.
        var witnesses = false
    }

    private static let witnessColumnWords: Set<String> = ["witness", "witnesses", "appearing", "appearing for", "speaking"]
    private static let witnessBodyWords: Set<String> = ["submitter", "submitters", "organisation", "organization", "on behalf of",
                                                        "institution", "body", "time", "name"]

    /// "Time | Submitter | Appearing", "Time | Witness": the header row of a hearing's list of those it hears.
    func witnessTableHeader(_ line: SourceLine) -> RosterColumns? {
        let piped = line.text.includes(" | ")
        let cells = Self.rosterCells(line.text, piped: piped).map { $0.lowercased() }
        guard (2...4).contains(cells.count), let name = cells.lastIndex(where: Self.witnessColumnWords.contains),
              cells.allSatisfy({ Self.witnessColumnWords.contains($0) || Self.witnessBodyWords.contains($0) }) else { return nil }
        return RosterColumns(name: name, count: cells.count, piped: piped, skipped: Set(cells.indices.filter { cells[$0] == "time" }),
                             witnesses: true)
    }

    /// A row of a hearing's list: who appeared, for the body or as the person the other cell names ("Individual").
    mutating func readWitnessRow(_ line: SourceLine, columns: RosterColumns) -> Bool {
        let cells = Self.rosterCells(line.text, piped: columns.piped)
        let words = cells.filter { !$0.contains(where: \.isNumber) }.joined(separator: " ").lowercased().letterRuns.map(String.init)
        // "10.00 am | Morning break |": a pause of the day, in the table.
        if cells.count < columns.count, !words.isEmpty, words.allSatisfy({ Self.breakWords.contains($0) || Self.pauseFillers.contains($0) || $0 == "morning" || $0 == "afternoon" }) {
            categories[line.number] = .narrative
            return true
        }
        guard cells.count == columns.count, let label = lexicon.rosterLabels["witnesses"] else { return false }
        let others = cells.indices.filter { $0 != columns.name && !columns.skipped.contains($0) }.map { cells[$0] }
        var cell = cells[columns.name], body = others.joined(separator: ", ")
        // "Dr X | Individual (by video link)": the submitter is the one who appeared.
        if cell.lowercased().hasPrefix("individual") || cell.lowercased().hasPrefix("in person") { (cell, body) = (body, "") }
        // "Mele Fifita, Sione Lātū": two who appeared, each a full name, where a comma would otherwise set off a description.
        let several = RosterLines.people(cell, lexicon).flatMap { found in
            found.count >= 2 && found.allSatisfy({ $0.0.tokens.count >= 2 && $0.1 == nil }) ? found : nil
        }
        guard let people = several ?? RosterLines.person(cell, lexicon).map({ [$0] }) ?? RosterLines.people(cell, lexicon) else { return false }
        categories[line.number] = .participant
        for (printed, description) in people {
            let affiliation = [description, body.isEmpty ? nil : body].compactMap { $0 }.joined(separator: ", ")
            participate(registry.person(printed, line: line.number, introduction: true), role: label.role, printed: nil, cue: label.id + ".table",
                        affiliation: affiliation.isEmpty ? nil : affiliation, line: line.number, ofTheEvent: true)
        }
        return true
    }

    private static let nameColumnWords: Set<String> = ["name", "names", "participant", "name of participant", "full name", "delegate"]
    private static let rosterColumnWords: Set<String> = [
        "no.", "no", "#", "s/n", "sr.", "sl.", "country", "institution", "organisation", "organization", "function", "title",
        "position", "designation", "affiliation", "agency", "ministry", "e-mail", "email", "delegation", "member state",
        "role", "department", "office", "institution/organisation", "institution/organization",
    ]
    private static let partColumnWords: Set<String> = ["session", "panel", "segment", "programme item", "agenda item"]
    private static let whenColumnWords: Set<String> = ["day", "date", "time"]

    static func rosterCells(_ text: String, piped: Bool) -> [String] {
        let cells = piped ? text.components(separatedBy: "|") : text.split(separator: Self.cellGap).map(String.init)
        return cells.map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
    }

    nonisolated(unsafe) private static let cellGap = /\t+|\s{2,}/

    /// The header row: a column of names, and the others each a word of where or what a participant is.
    func rosterTableHeader(_ line: SourceLine) -> RosterColumns? {
        let piped = line.text.includes(" | ")
        let cells = Self.rosterCells(line.text, piped: piped).map { $0.lowercased() }
        guard (2...7).contains(cells.count), let name = cells.firstIndex(where: Self.nameColumnWords.contains),
              cells.enumerated().allSatisfy({ offset, cell in
                  offset == name || Self.partColumnWords.contains(cell) || Self.whenColumnWords.contains(cell)
                      || cell.split(separator: "/").allSatisfy { Self.rosterColumnWords.contains($0.trimming(.whitespaces)) }
              }) else { return nil }
        return RosterColumns(name: name, count: cells.count, piped: piped, role: cells.firstIndex(of: "role"),
                             part: cells.firstIndex(where: Self.partColumnWords.contains),
                             skipped: Set(cells.indices.filter { Self.whenColumnWords.contains(cells[$0]) }))
    }

    /// "Panelist", "Welcome remarks", "Keynote": a role column's cell, read as a roster's label would be; "Welcome Remarks;
    /// Fireside Chat" gives its first.
    func roleCell(_ cell: String) -> RosterLines.Label? {
        // "Speaker of the National Assembly", "Chair of the Board": an office the person holds, no role of the meeting.
        guard let first = cell.split(separator: ";").first?.trimming(.whitespaces), !first.isEmpty, first.wordCount <= 3,
              !first.includes(" of "), !first.contains(","), let label = RosterLines.label(first + ":", lexicon), label.rest.isEmpty else { return nil }
        return label
    }

    /// A part column's cell that differs from the row above opens that part; "All sessions" is the whole event's.
    mutating func enterRosterPart(_ cell: String, line: Int) {
        guard cell != rosterTablePart else { return }
        rosterTablePart = cell
        let lower = cell.lowercased()
        // "Room B.204", "Panel Room 3", "Opening Hall": where a session sat is no part.
        guard Headings.partKind(cell) != nil || lower.hasPrefix("opening") || lower.hasPrefix("closing") || lower.hasPrefix("keynote"),
              !lower.letterRuns.contains(where: { ["room", "hall", "auditorium", "theatre", "theater"].contains($0) }) else {
            (currentPart, partDefaultRole, partDefaultCue) = (nil, nil, nil)
            return
        }
        var label = cell, title: String?
        if let split = [": ", " – ", " — "].compactMap({ cell.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            label = String(cell[..<split.lowerBound])
            title = String(cell[split.upperBound...])
        }
        let kind = Headings.partKind(label) ?? (lower.hasPrefix("opening") ? .opening : lower.hasPrefix("closing") ? .closing : .keynote)
        let number = label.words.dropFirst().first.flatMap { Ordinals.value(String($0)) }
        let category = categories[line]
        startHeading(Heading(target: .part(kind), label: label, number: number, title: title, text: cell), line: line)
        categories[line] = category
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
        let roleLabel = cells.count == columns.count ? columns.role.flatMap { roleCell(cells[$0]) } : nil
        let described = cells.indices.filter { ($0 != columns.role || roleLabel == nil) && $0 != columns.part && !columns.skipped.contains($0) }
        let after = described.filter { $0 > columns.name }.map { cells[$0] }
        let before = described.filter { $0 < columns.name }.map { cells[$0] }.filter { !$0.allSatisfy { $0.isNumber || $0 == "." } }
        let affiliation = (after + before).joined(separator: ", ")
        if cells.count == columns.count, let part = columns.part { enterRosterPart(cells[part], line: line.number) }
        if let label = roleLabel {
            let id = registry.person(printed, line: line.number, introduction: true)
            categories[line.number] = .participant
            participate(id, role: label.role, printed: label.printed, cue: label.cue + ".table-column",
                        affiliation: affiliation.isEmpty ? nil : affiliation, line: line.number, ofTheEvent: columns.part == nil)
            return true
        }
        guard let label = participantList ?? lexicon.rosterLabels["participants"].map({
            RosterLines.Label(role: $0.role, cue: $0.id + ".table", printed: "participants", plural: true, rest: "")
        }) else { return false }
        addRosterPerson(printed, affiliation: affiliation.isEmpty ? nil : affiliation, label: label, inherited: participantList != nil,
                        line: line.number)
        return true
    }
}
