import Foundation

/// A programme printed as a table: "Time | Session | Speakers" over rows whose cells are a slot, a
/// part and the people in it; a row with empty first cells continues the row above.
extension PlainTextReader {
    struct TableColumns {
        var time: Int?
        var part: Int
        var people: Int
        var count: Int
        /// Cells set apart by runs of spaces (tabs, as the page was copied) rather than by bars.
        var spaced = false
        /// Where each header cell of a spaced table begins: a row's cell belongs to the column it is set under.
        var offsets: [Int]?
    }

    /// "Lunch", "Coffee break": a slot of the day, not a part of the programme; "Keynote lunch" is one.
    /// The roles of those a programme's row lists under its part; "Sponsors:" under a row names no one who spoke.
    static let rowRoles: Set<Role> = [.moderator, .chair, .panelist, .speaker, .presenter, .commentator, .respondent, .rapporteur, .keynoteSpeaker]

    static let breakWords: Set<String> = ["lunch", "luncheon", "coffee", "tea", "break", "registration", "reception", "dinner", "close", "adjournment"]
    static let pauseFillers: Set<String> = ["networking", "of", "participants", "and"]
    static let talkWords: Set<String> = ["session", "panel", "keynote", "lecture", "address", "speech", "remarks", "talk", "presentation"]

    /// The words of a people column's header.
    static let peopleColumnWords: Set<String> = [
        "speaker", "speakers", "presenter", "presenters", "participants", "moderator", "moderators", "chair", "chairs", "who",
        "facilitator", "facilitators", "panelists", "panellists", "discussant", "discussants", "resource", "person", "persons",
        "lead", "responsible", "by",
    ]

    static func cells(_ text: String) -> [String] {
        text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimming(.whitespaces) }
    }

    /// "Time    Session    Speaker": cells apart by two spaces or more. A row with fewer cells than the
    /// table continues the row above when it is indented (its first cells are empty), else ends early.
    static func spacedCells(_ line: SourceLine, count: Int) -> [String]? {
        var cells: [String] = []
        var current = "", spaces = 0
        for character in line.text {
            if character == " " { spaces += 1; continue }
            if spaces >= 2, !current.isEmpty {
                cells.append(current)
                current = ""
                if cells.count > count { return nil }
            } else if spaces == 1 {
                current += " "
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { cells.append(current) }
        guard cells.count <= count else { return nil }
        let empty = [String](repeating: "", count: count - cells.count)
        return line.indent >= 2 ? empty + cells : cells + empty
    }

    /// "Time | Session | Speakers": the header row of a programme table.
    func tableHeader(_ line: SourceLine) -> TableColumns? {
        let text = line.text
        let spaced = !text.includes(" | ")
        guard spaced ? text.includes("  ") : text.utf8.filter({ $0 == UInt8(ascii: "|") }).count >= 1 else { return nil }
        let cells = (spaced ? Self.spacedCells(line, count: 5) ?? [] : Self.cells(text)).filter { !spaced || !$0.isEmpty }.map { $0.lowercased() }
        guard (2...5).contains(cells.count), cells.allSatisfy({ !$0.isEmpty && $0.wordCount <= 3 }) else { return nil }
        // "Session / Title": a cell may name the column twice.
        let part = cells.firstIndex { cell in
            cell.components(separatedBy: " / ").contains { ["session", "sessions", "item", "programme", "program", "topic", "title", "agenda item",
                                                             "activity", "agenda", "theme", "subject"].contains($0) }
        }
        // "Speakers", "Speaker / Chair", "Moderator & speakers": a column of people, whatever roles it names.
        let people = cells.firstIndex { cell in
            let words = cell.split(whereSeparator: { " /&,()".contains($0) }).filter { $0 != "and" && $0 != "s" }
            return !words.isEmpty && words.allSatisfy { Self.peopleColumnWords.contains(String($0)) }
        }
        guard let part, let people else { return nil }
        return TableColumns(time: cells.firstIndex { ["time", "hour", "when"].contains($0) }, part: part, people: people, count: cells.count,
                            spaced: spaced, offsets: spaced ? Self.chunks(line).map(\.start) : nil)
    }

    /// The runs of a line apart by two spaces or more, with the column each begins at.
    static func chunks(_ line: SourceLine) -> [(start: Int, text: String)] {
        var found: [(Int, String)] = []
        var current = "", start = line.indent, spaces = 0, column = line.indent
        for character in line.text {
            defer { column += 1 }
            if character == " " { spaces += 1; continue }
            if spaces >= 2 || current.isEmpty {
                if !current.isEmpty { found.append((start, current)) }
                current = ""
                start = column
            } else if spaces == 1 {
                current += " "
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { found.append((start, current)) }
        return found
    }

    /// A spaced row's cells by the columns of the header they stand under: "   Chair: Dr X" under the session column is the
    /// session's, not the last column's.
    static func alignedCells(_ line: SourceLine, offsets: [Int]) -> [String]? {
        var cells = [String](repeating: "", count: offsets.count)
        var last = -1
        for chunk in chunks(line) {
            let column = offsets.lastIndex { $0 <= chunk.start + 2 } ?? 0
            guard column >= last else { return nil }
            cells[column] += cells[column].isEmpty ? chunk.text : " " + chunk.text
            last = column
        }
        return cells
    }

    /// A row of the programme or participants table being read, or the header row that opens one; false when the line is
    /// neither, and a table it does not continue ends.
    mutating func readTableLine(_ line: SourceLine) -> Bool {
        if let columns = tableColumns {
            // "------------+---------": the rule under a table's header row.
            if HeaderReader.isRule(line.text.trimming(.whitespaces)) {
                residue.append(TextLine(text: line.text, line: line.number))
                categories[line.number] = .residue
                return true
            }
            if readTableRow(line, columns: columns) { return true }
            endedTable = columns
            tableColumns = nil
        } else if let columns = rosterColumns {
            if columns.witnesses ? readWitnessRow(line, columns: columns) : readRosterRow(line, columns: columns) { return true }
            rosterColumns = nil
        } else if let columns = endedTable, Times.opensWithTime(line.text) {
            // "SESSION 1  Ground investigation" / "  Chair: X" / "10:40  Glacial till  Tom Ashworth, Jacobs": the table goes on
            // under the session's heading, its timed rows the talks of the session.
            tableColumns = columns
            if readTableRow(line, columns: columns) { return true }
            tableColumns = nil
        } else if line.text.includes(" | ") || line.text.includes("  ") || line.text.includes("\t") {
            if let columns = tableHeader(line) {
                tableColumns = columns
                categories[line.number] = .heading
                return true
            } else if let columns = rosterTableHeader(line) ?? witnessTableHeader(line) {
                rosterColumns = columns
                categories[line.number] = .heading
                return true
            } else if let columns = Self.timedRow(line.text), readTableRow(line, columns: columns) {
                tableColumns = columns
                return true
            }
        }
        return false
    }

    /// "09:30 | Official inauguration | Dr. X, Rector; Dr. Y, Dean": a programme printed as a table without its header row,
    /// each row a slot, the part and who spoke in it.
    static func timedRow(_ text: String) -> TableColumns? {
        let cells = Self.cells(text)
        guard (2...3).contains(cells.count), cells[0].wholeMatch(of: Times.clock) != nil, !cells[1].isEmpty else { return nil }
        return TableColumns(time: 0, part: 1, people: 2, count: 3)
    }

    /// The title and the speaker of a cell whose last words are an honorific and a name: "Keynote: Risk? Professor X, College".
    static func speakerRunOn(_ cell: String, _ lexicon: GenreLexicon) -> (String, String)? {
        let words = cell.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 4 else { return nil }
        for start in (2..<(words.count - 1)).reversed() where Names.honorific(String(words[start]), lexicon) != nil {
            let person = words[start...].joined(separator: " ")
            guard RosterLines.person(person, lexicon) != nil else { continue }
            return (words[..<start].joined(separator: " "), person)
        }
        return nil
    }

    /// "Presentation 1 "Export Controls"", "Panel Discussion": a talk or the discussion of the session the rows are under.
    static func isTalkOfSession(_ cell: String) -> Bool {
        let lower = cell.lowercased()
        return ["presentation", "paper", "talk", "panel discussion", "discussion", "open discussion", "q&a"].contains(where: lower.hasPrefix)
    }

    nonisolated(unsafe) private static let numberedPartCell = /(?:[\p{L}-]+ ){0,2}[\p{L}-]+(?: (?:\d{1,2}|[IVX]{1,4}|[A-H]))?(?=\. [A-Z])/

    /// One row of the table: a new part where the part's cell begins one, the people in its cell.
    mutating func readTableRow(_ line: SourceLine, columns: TableColumns) -> Bool {
        guard var cells = columns.offsets.map({ Self.alignedCells(line, offsets: $0) }) ?? (columns.spaced ? Self.spacedCells(line, count: columns.count)
                : Self.cells(line.text)) else { return false }
        // "      | Participants: A (X); B (Y)": a row under a part whose one cell is a roster label holds the part's people.
        // "Panellists: Ms A, Director; Dr B, Institute", "Dr. X, Minister of Finance" flush left under a spaced table's row: the
        // people of the row above, whatever column the line begins in.
        let filled = cells.indices.filter { !cells[$0].isEmpty }
        if !columns.spaced ? cells.count == columns.count - 1 && cells[0].isEmpty : filled.count == 1 && filled[0] != columns.people,
           case let only = columns.spaced ? cells[filled[0]] : cells[1],
           RosterLines.label(only, lexicon).map({ !$0.rest.isEmpty && Self.rowRoles.contains($0.role) })
            // "Mr. Tan Boon, who chaired the last forum", "Ms X, Office, was unable to attend.": a sentence, no one of the row.
            ?? (columns.spaced && Names.opensWithHonorific(only, lexicon) && !only.hasSuffix(".") && !only.includes(", who ")
                && RosterLines.person(only, lexicon).map { $0.1?.first?.isLowercase != true } == true) {
            cells = [String](repeating: "", count: columns.people) + [only] + [String](repeating: "", count: columns.count - columns.people - 1)
        }
        // "Key takeaways" flush left after the rows, in the first column alone: the table has ended, unless the line is a slot, a
        // part's heading, a break, someone of the row above, a label, a day or the first column's words wrapped.
        if columns.spaced, filled == [0], line.indent == 0, case let only = cells[0], !Times.opensWithTime(only), Headings.partKind(only) == nil,
           only.first?.isLowercase == false, RosterLines.person(only, lexicon) == nil, !Names.opensWithHonorific(only, lexicon),
           RosterLines.label(only, lexicon) == nil, Dates.all(in: only).isEmpty,
           !only.lowercased().letterRuns.allSatisfy({ Self.breakWords.contains(String($0)) || Self.pauseFillers.contains(String($0)) }) {
            // The speech the last row named ("Closing Remarks") is no role of those the prose after the table speaks of.
            if let index = currentPart, index == tablePart { (partDefaultRole, partDefaultCue) = (nil, nil) }
            return false
        }
        // "14:10-14:20 | Break", "16:00 | Session 2: From Memory to Preparedness": a timed row may leave its last cells out.
        if !columns.spaced, cells.count < columns.count, let time = columns.time, time < cells.count, !cells[time].isEmpty,
           cells[time].wholeMatch(of: Times.clock) != nil {
            cells += [String](repeating: "", count: columns.count - cells.count)
        }
        guard cells.count == columns.count else { return false }
        categories[line.number] = .participant
        // "– Dr. Katrin Saar, Tallinn Centre": a dash or bullet may lead a name in its cell.
        var partCell = cells[columns.part]
        var peopleCell = cells[columns.people].trimming(.init(charactersIn: "–—•· "))
        // "Keynote: Ground risk registers - are we learning? Professor X FREng, Imperial College": a title too long for its
        // column runs into the speaker's, one space apart.
        let startsRow = columns.time.map { !cells[$0].isEmpty } ?? !partCell.isEmpty
        // "              Chair: Dr Silje Haugland", "          Mr. X, Alliance" under the session column, in a row of its own: the
        // part's roster, or one more of its people.
        if !startsRow, peopleCell.isEmpty,
           RosterLines.label(partCell, lexicon).map({ !$0.rest.isEmpty }) == true || Names.opensWithHonorific(partCell, lexicon) {
            (partCell, peopleCell) = ("", partCell)
        } else if peopleCell.isEmpty, let (title, person) = Self.speakerRunOn(partCell, lexicon) {
            (partCell, peopleCell) = (title, person)
        }
        // "              Session 1: Plankton" with no slot of its own: a part the timed rows under it are the talks of.
        let untimedPart = !startsRow && columns.time != nil && !partCell.isEmpty && peopleCell.isEmpty && Headings.partKind(partCell) != nil
        if wrappedPeopleCells.contains(line.number) {
            if Names.opensWithHonorific(partCell, lexicon) { partCell = "" }
            peopleCell = ""
        } else if columns.spaced {
            peopleCell = joiningWrappedCell(peopleCell, after: line, columns: columns)
        }
        var titleWrapped = false
        // "Session 1 | Rebuilding Supply Chains | Moderator: X": the part's label in the time's column, its theme in the part's.
        let labelInTimeCell = columns.time.flatMap { time in
            cells[time].wholeMatch(of: Times.clock) == nil && (1...3).contains(cells[time].wordCount) && Headings.partKind(cells[time]) == .session
                ? cells[time] : nil
        }
        // A timed row under a part its heading began, not the table, is a talk of that part, unless it names a part of its own;
        // "Presentation 1 "Title"", "Panel Discussion" under a session are the session's.
        let talkOfPart = startsRow && currentPart != nil && currentPart != tablePart && !peopleCell.isEmpty && labelInTimeCell == nil
            && (Headings.partKind(partCell) == nil || currentPart.map { parts[$0].kind == .session } == true && Self.isTalkOfSession(partCell))
        if startsRow || untimedPart, !partCell.isEmpty, !talkOfPart {
            let words = partCell.lowercased().letterRuns.map(String.init)
            // "Workshop dinner (speakers only) | Restaurant Havnehuset": a meal with its place, no one's talk.
            let meal = words.contains(where: Self.breakWords.contains) && !words.contains(where: Self.talkWords.contains)
                && (peopleCell.isEmpty || RosterLines.person(peopleCell, lexicon)?.0.honorific == nil)
            if meal || peopleCell.isEmpty && words.allSatisfy({ Self.breakWords.contains($0) || Self.pauseFillers.contains($0) }) {
                categories[line.number] = .narrative
                // A break ends a part the table began; a session its heading began goes on after it.
                if let index = currentPart, index == tablePart { (currentPart, partDefaultRole, partDefaultCue) = (nil, nil, nil) }
                tablePart = nil
                return true
            }
            var label = labelInTimeCell ?? partCell, title: String? = labelInTimeCell == nil ? nil : partCell
            // "Session 1: Flood risk", "Session 1 – Security dynamics in the High North".
            // "Panel 1. Water rights", "Round table. Who governs the water?": a part's kind and number, a full stop, its title.
            let numbered = partCell.prefixMatch(of: Self.numberedPartCell)
                .flatMap { Headings.partKind(String($0.output)) != nil ? partCell.range(of: ". ", range: $0.range.upperBound..<partCell.endIndex) : nil }
            if labelInTimeCell == nil,
               let split = ([numbered] + [": ", " – ", " — "].map({ partCell.range(of: $0) })).compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
                label = String(partCell[..<split.lowerBound])
                title = String(partCell[split.upperBound...])
            }
            let kind = Headings.partKind(label) ?? .session
            let number = label.words.dropFirst().first.flatMap { Ordinals.value(String($0)) }
            startHeading(Heading(target: .part(kind), label: label, number: number, title: title, text: partCell), line: line.number)
            categories[line.number] = .heading
            tablePart = untimedPart || labelInTimeCell != nil ? nil : currentPart
        } else if !partCell.isEmpty, let index = tablePart, index == currentPart,
                  peopleCell.isEmpty || partCell.first!.isLowercase
                    || [" -", " –", " and", ",", " of", " for", " on"].contains(where: (parts[index].title ?? parts[index].label).hasSuffix) {
            // The part's name wrapped into the next row, beside its people's cell or not: "Procurement of millets -" /
            // "State experiences   Co-Chair: Ms. X".
            if let title = parts[index].title { parts[index].title = title + " " + partCell } else { parts[index].label += " " + partCell }
            titleWrapped = true
        }
        guard !peopleCell.isEmpty, currentPart != nil else { return true }
        if let label = RosterLines.label(peopleCell, lexicon), label.rest.isEmpty {
            // "Panelists:" alone in its cell: the rows below name them.
            rosterLabel = label
        } else if let labels = RosterLines.labelRun(peopleCell, lexicon) {
            // "Chair: Dr. X (Org). Presenters: A (Org); B (Org)": the part's roster in one cell.
            for label in labels { readRosterLabel(label, line: line.number) }
            rosterLabel = nil
        } else if let label = RosterLines.label(peopleCell, lexicon), !label.rest.isEmpty {
            readRosterLabel(label, line: line.number)
            rosterLabel = nil
        } else if let people = peopleCell.contains(";") ? RosterLines.people(peopleCell, lexicon)
                    // "Kristin Aas and Prof. Anders Kvamme": two in one cell; "A (KCCI), B (Korea University)", "A (X) / B (Y)": more.
                    : RosterLines.person(peopleCell, lexicon).map({ [$0] })
                        ?? (peopleCell.includes(" and ") || peopleCell.includes(", ") || peopleCell.includes(" / ")
                            ? RosterLines.people(peopleCell, lexicon) : nil) {
            // A row of its own under a part, with a title and a name, is a talk given in it: "Floodable squares | Ms. X".
            let talk = (!startsRow || talkOfPart) && !partCell.isEmpty && !titleWrapped
            let inPanel = (talk ? partCell : parts[currentPart!].label).lowercased().includes("panel")
            for (printed, affiliation) in people {
                let id = registry.person(printed, line: line.number, introduction: true)
                if let label = rosterLabel, label.rest.isEmpty, !startsRow {
                    participate(id, role: label.role, printed: label.printed, cue: label.cue + ".continued", affiliation: affiliation, line: line.number)
                    continue
                }
                participate(id, role: partDefaultRole ?? (inPanel ? .panelist : talk ? .presenter : .speaker), printed: nil,
                            cue: partDefaultCue ?? (inPanel ? "table.panel-member" : talk ? "table.talk" : "table.speakers"),
                            affiliation: affiliation, line: line.number)
            }
        }
        return true
    }

    /// "Chair: Dr. Priatna Sasmita, Indonesian" / "Center for Rice Research (ICRR)": a cell of a spaced table wraps onto the
    /// rows below, whose slot is empty; a row below continues the cell unless it begins someone else (an honorific, a label, a
    /// name), or the cell's words could not have stopped where they did (a comma, "and", "of").
    mutating func joiningWrappedCell(_ cell: String, after line: SourceLine, columns: TableColumns) -> String {
        guard !cell.isEmpty else { return cell }
        var cell = cell, number = line.number
        // "Bapak Warsono, Chair, Gapoktan" / "Tani Makmur, Subang": where every person has an honorific, words without one
        // are the last person's.
        let honorifics = Names.opensWithHonorific(RosterLines.label(cell, lexicon)?.rest ?? cell, lexicon)
        while number < lines.count, !lines[number].isBlank,
              let next = columns.offsets.map({ Self.alignedCells(lines[number], offsets: $0) }) ?? Self.spacedCells(lines[number], count: columns.count),
              columns.time.map({ next[$0].isEmpty }) ?? true,
              // "Panel: Dr. A (ISRI); Mr. B (IRRI);" / "Ms. C (BPTP)": a list of people set in under the part's column goes on there.
              case let fragment = next[columns.people].isEmpty && Names.opensWithHonorific(next[columns.part], lexicon) ? next[columns.part] : next[columns.people],
              !fragment.isEmpty {
            let open = [",", ";", " and", " of", " for", "&", "-", "–"].contains { cell.hasSuffix($0) }
            let anotherPerson = RosterLines.label(fragment, lexicon) != nil || Names.opensWithHonorific(fragment, lexicon)
                || "–—•·-".contains(fragment.first!) || !honorifics && RosterLines.person(fragment, lexicon) != nil
            guard open || fragment.first!.isLowercase || !anotherPerson else { break }
            cell += " " + fragment
            number += 1
            wrappedPeopleCells.insert(number)
        }
        return cell
    }
}
