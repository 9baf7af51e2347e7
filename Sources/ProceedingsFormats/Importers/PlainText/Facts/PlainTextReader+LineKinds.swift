import Foundation

/// What kind of line the body's walk stands on, asked of the lines around it: a page's furniture, a cell before a
/// person, a list that goes on under a label, a long line of wrapped prose.
extension PlainTextReader {
    /// "Algeria:  Mr. X, National Agency" under "Country presentations were made by:": a cell that names no role
    /// (a country, a delegation) before the person listed.
    func underCell(_ text: String) -> (PrintedName, String?)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let cell = text[..<colon].trimming(.whitespaces)
        // "Comments: Ms. X" is a label of its own: a cell names no role.
        guard (1...4).contains(cell.wordCount), cell.first?.isUppercase == true, lexicon.rosterLabels[cell.lowercased()] == nil,
              !cell.contains(where: \.isNumber), RosterLines.label(text, lexicon) == nil,
              CueFinder(lexicon: lexicon).last(in: Tokenizer.tokenize(String(cell))[...]) == nil else { return nil }
        return RosterLines.person(String(text[text.index(after: colon)...]), lexicon)
    }

    func isPageFurniture(_ line: SourceLine) -> Bool {
        let text = line.text.trimming(.whitespaces)
        // "UNEP/SCP/EGM.3/4" over "5", "– 7 –        SHS/MOST/IGC-EXT/2024/3": a report's running head, its symbol and the
        // page's number, at every page break.
        if let symbol = documentSymbol, symbol.count >= 6 {
            func isPageNumber(_ text: String) -> Bool {
                let digits = text.trimming(.init(charactersIn: " -–—"))
                return (1...3).contains(digits.count) && digits.allSatisfy(\.isNumber)
            }
            func isHead(_ text: String) -> Bool {
                let cells = text.components(separatedBy: "   ").map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
                return cells.contains(symbol) && cells.allSatisfy { $0 == symbol || isPageNumber($0) }
            }
            if isHead(text) { return true }
            if isPageNumber(text), [line.number - 2, line.number].contains(where: { $0 >= 0 && $0 < lines.count && isHead(lines[$0].text) }) { return true }
        }
        let alone = (line.number < 2 || lines[line.number - 2].isBlank) && (line.number >= lines.count || lines[line.number].isBlank)
        guard alone else { return false }
        if (1...3).contains(text.count), text.allSatisfy(\.isNumber) { return true }
        // The title printed again after a series' tag, set off by a run of spaces.
        let title = eventTitle.letterRuns.prefix(4).map(String.init)
        guard title.count >= 3, let gap = text.range(of: "  "),
              Array(text.lowercased()[gap.upperBound...].letterRuns.prefix(4).map(String.init)) == title else { return false }
        return text[..<gap.lowerBound].wordCount <= 3
    }

    /// "A;" / "B; and" / "C.": the last item of a list closes it with a full stop, a blank line above it or none.
    func endsSemicolonList(_ line: SourceLine) -> Bool {
        lines[..<(line.number - 1)].last(where: { !$0.isBlank }).map { $0.text.hasSuffix(";") || $0.text.hasSuffix("; and") } == true
    }

    /// An indented line under a label that stood alone ("Presenters:"): where the label's list goes on.
    func listsUnderLabel(_ line: SourceLine) -> Bool {
        line.indent > 0 && rosterLabel?.rest.isEmpty == true
    }

    /// "The Committee took evidence from—" / "" / "Ms X, Chief Executive, Crofting Commission;": the first item of a
    /// list that the prose above it announced.
    func listAnnouncedAbove(_ line: SourceLine) -> Bool {
        guard let label = rosterLabel, label.rest.isEmpty,
              let above = lines[..<(line.number - 1)].last(where: { !$0.isBlank }) else { return false }
        if labelAloneAbove(line) { return true }
        guard label.plural || label.role == .participant else { return false }
        // "The panellists were:" / "A, Director ..., who argued ...;" / "" / "B, ...; and": an item closed by a semicolon, a blank
        // line, and the next item.
        if categories[above.number] == .participant, above.number < line.number - 1,
           above.text.hasSuffix(";") || above.text.hasSuffix("; and") { return true }
        // A label's own line ("Opening Address:") heads its list already; a sentence of prose announces one.
        // "and then from—" between two runs of the list: announced again.
        return label.plural && ([.narrative, .statement].contains(categories[above.number])
            && Self.announcesList(Substring(above.text.trimming(.whitespaces))) || announcedAgain(above.number))
    }

    /// Line `number` (1-based) is "and then from—" between two runs of a list, read as the list's.
    func announcedAgain(_ number: Int) -> Bool {
        categories[number] == .participant && lines[number - 1].text.first?.isLowercase == true
            && Self.announcesList(Substring(lines[number - 1].text.trimming(.whitespaces)))
    }

    /// "Present:" / "" / "Kenneth Gibb", "Chair:" / "" / "Ingrid Holm, Senior Research Fellow, NUPI": a label alone over its
    /// list, a blank line between them, as a web page sets a heading over its paragraphs. A speech's label
    /// ("Opening Address:" / "" / "Prof. X:") heads who speaks, read as a speaker's line.
    func labelAloneAbove(_ line: SourceLine) -> Bool {
        guard let label = rosterLabel, label.rest.isEmpty, line.number >= 3, lines[line.number - 2].isBlank,
              let above = lines[..<(line.number - 1)].last(where: { !$0.isBlank }),
              let own = RosterLines.label(above.text.trimming(.whitespaces), lexicon), own.rest.isEmpty else { return false }
        return own.role == .participant || !Self.speeches.contains(own.role) && !line.text.hasSuffix(":")
    }

    /// Line `number` (1-based) is a long line of prose, as a page wrapped at a width prints them: no rule, no
    /// programme time before it.
    func isLongProseLine(_ number: Int) -> Bool {
        guard number >= 1 else { return false }
        let text = lines[number - 1].text
        return text.count >= 40 && text.contains(where: \.isLetter) && !HeaderReader.isRule(text.trimming(.whitespaces))
            && Times.withoutLeadingTime(text) == text
    }

    /// "IN ATTENDANCE", "Members present": a label of the lexicon alone on its line, which heads a list rather than a group in one.
    /// "IN ATTENDANCE:", "THE FOLLOWING ALSO PARTICIPATED:" under a list: a label of the next list, not a group of this one.
    func isRosterLabel(_ text: String) -> Bool {
        let bare = text.trimming(.init(charactersIn: " :"))
        return lexicon.rosterLabels[bare.lowercased()] != nil || RosterLines.attendance(bare, lexicon) != nil
    }

    /// The line at `index` with the lines that finish it: an item wrapped under its marker, or a labelled list of a
    /// page hard-wrapped at a width whose last name runs onto the next line ("Deputies: A, B, C, Pádraig Ó" /
    /// "Súilleabháin.").
    mutating func wrappedLine(at index: Int) -> (SourceLine, [Int]) {
        let item = LineShape.wrappedItem(at: index, in: lines, cutName: endsWithinName)
        guard item.1.isEmpty, index + 1 < lines.count, let width = wrapWidth else { return item }
        let line = lines[index], next = lines[index + 1]
        // The shape of the two lines first: the label is read only for the few lines that may be one cut short.
        guard line.text.count >= width - 12, !(line.text.last.map { ".;:".contains($0) } ?? true), !next.isBlank,
              next.indent == line.indent, next.text.count < 60, next.text.first?.isUppercase == true, !next.text.contains(":"),
              next.text.last.map({ ".,".contains($0) }) == true, LineShape(next).markers.isEmpty,
              let label = RosterLines.label(line.text, lexicon), !label.rest.isEmpty else { return item }
        return (SourceLine(number: line.number, indent: line.indent, text: line.text + " " + next.text), [next.number])
    }

    /// The width a page was hard-wrapped at, if it was: most long lines end within a few columns of it.
    /// A line or two set apart from the wrapped text (a breadcrumb, a link) may run past the width.
    static func wrapWidth(of lines: [SourceLine]) -> Int? {
        let long = lines.filter { !$0.isBlank }.map(\.text.count).filter { $0 >= 40 }.sorted()
        for outliers in 0...min(2, long.count / 10) where long.count > outliers {
            let widest = long[long.count - 1 - outliers]
            guard (60...90).contains(widest) else { continue }
            let wrapped = long.dropLast(outliers), nearWidth = wrapped.filter { $0 >= widest - 10 }.count
            return nearWidth >= 5 && nearWidth * 2 >= wrapped.count ? widest : nil
        }
        return nil
    }

    /// The line of the list's item before line `number`: the line above, or, over the blank lines and a list announced
    /// again ("and then from—"), the last item before them.
    func listedAbove(_ number: Int) -> Int {
        guard number >= 2 else { return number - 1 }
        var above = number - 1
        if lines[above - 1].isBlank || announcedAgain(above) {
            var k = above
            while k >= 1, lines[k - 1].isBlank || announcedAgain(k) { k -= 1 }
            // Only over a list announced again: blank lines alone end a run of names.
            if k >= 1, (k + 1..<number).contains(where: { !lines[$0 - 1].isBlank }) { above = k }
        }
        return above
    }

    /// "took evidence from—" / "A; B;" / "and then from—" / "C; D.": the list, announced again, goes on.
    func announcesListAgain(_ shape: LineShape) -> Bool {
        let line = shape.line
        guard shape.markers.isEmpty, line.text.first?.isLowercase == true, line.text.wordCount <= 5,
              Self.announcesList(Substring(line.text.trimming(.whitespaces))),
              rosterLabel.map({ $0.plural && $0.rest.isEmpty }) ?? (currentPart != nil),
              let above = lines[..<(line.number - 1)].last(where: { !$0.isBlank }) else { return false }
        return categories[above.number] == .participant
    }

    /// "12:45  Lunch", "17:00  Reception": a pause in a timed programme, understood and part of no one's role.
    func isProgrammePause(_ line: SourceLine) -> Bool {
        guard let first = line.text.utf8.first, first >= 0x30, first <= 0x39,
              case let rest = Times.withoutLeadingTime(line.text), rest != line.text, case let words = rest.lowercased().letterRuns,
              !words.isEmpty else { return false }
        return words.allSatisfy { Self.breakWords.contains(String($0)) || Self.pauseFillers.contains(String($0)) }
    }

    /// The first person under part `index`'s heading, or the next of a run of them, each on a line of its own.
    /// "A;" / "" / "and then from—" / "" / "B;": a list announced again goes on from its last name; "A;" / "B.": the last
    /// item ends the list with a full stop.
    func nextUnderHeading(_ index: Int, _ line: SourceLine) -> Bool {
        let partId = parts[index].id
        guard participations.contains(where: { $0.partId == partId }) else { return !line.text.hasSuffix(".") }
        let last = listedAbove(line.number)
        guard last >= 1, participations.contains(where: { $0.partId == partId && $0.line == last && $0.roleAsPrinted == nil }) else { return false }
        return !line.text.hasSuffix(".") || lines[last - 1].text.hasSuffix(";")
    }

    /// "... - Mr. Abdellah", "... - Dr. Elena": an honorific and at most one word of the name end the line.
    func endsWithinName(_ text: String) -> Bool {
        let words = text.split(separator: " ").suffix(2)
        guard words.count == 2, let given = words.last, given.first?.isUppercase == true, given.allSatisfy(\.isLetter) else { return false }
        return Names.honorific(String(words.first!), lexicon) != nil
    }
}
