import Foundation

/// What stands around the title and is not it: a masthead's columns (the body, its symbol, its distribution), the site's
/// section a page is filed in, a title read too early and given back to the masthead, a headline printed twice.
extension HeaderReader {
    /// A line of two columns set far apart whose right one is a document's symbol, its distribution, its
    /// language or its date.
    static func masthead(columns text: String) -> (String, String)? {
        guard let gap = text.firstRange(of: "      ") else { return nil }
        let left = text[..<gap.lowerBound].trimming(.whitespaces), right = text[gap.upperBound...].trimming(.whitespaces)
        guard !left.isEmpty, !right.isEmpty, !left.contains("      "), !right.contains("      "), left.wordCount <= 8 else { return nil }
        // "Cultural Organization        Paris, 15 November 2024": a place of issue only beside a body's name, not a meeting's.
        let isFact = right.wholeMatch(of: symbol) != nil || Residue.matches(right)
            || Dates.dateline(right).map { $0.rest.isEmpty || isPlaceOfIssue($0.rest) && !namesMeeting(left, .builtIn) && left.wordCount <= 4 } ?? false
            || left.wholeMatch(of: symbol) != nil && right.wordCount <= 4 && !right.contains(where: \.isNumber)
            // "NATIONS        EP": the logo's words, the letters of the organ whose series the symbol is in.
            || Names.isAllCaps(left) && left.wordCount <= 2 && right.count <= 4 && Names.isAllCaps(right) && right.allSatisfy(\.isLetter)
        return isFact ? (left, right) : nil
    }

    /// "Global Economy & Development" / "" / "Financing Africa's energy transition: What role for MDBs?" / "" / "Tuesday, April 8,
    /// 2025": the research programme a think tank files the event under, over a headline that is whole by itself (it has its
    /// own colon or question) and the event's date under that. A short name of a meeting ("Tokyo Forum 2013") or a short
    /// headline ("Ministers Adopt Lisbon Declaration") over a subtitle is no such label.
    static func isTopicOverHeadline(_ text: String, at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        guard (1...4).contains(text.wordCount), !text.contains(where: { $0.isNumber || ":?.,;".contains($0) }),
              text.words.allSatisfy({ $0.first?.isUppercase == true || ["&", "and", "of", "the", "for"].contains($0.lowercased()) }),
              // A programme's name: "Economy & Development", "Governance Studies", "Foreign Policy Program"; not a short headline.
              text.includes(" & ") || text.words.last.map({ ["studies", "program", "programme", "initiative", "policy", "project"].contains($0.lowercased()) }) == true,
              !namesMeeting(text, lexicon), Names.parse(text, lexicon) == nil,
              let headline = titleCandidateIndex(after: index, in: lines, lexicon), lines[headline].text.wordCount >= 5,
              lines[headline].text.includes(": ") || lines[headline].text.hasSuffix("?"), !lines[headline].text.hasSuffix("."),
              let under = lines[(headline + 1)...].first(where: { !$0.isBlank }) else { return false }
        return under.text.wordCount <= 8 && !Dates.all(in: under.text).isEmpty
    }

    /// A masthead's line of two columns, or the logo's word over one: residue, with the symbol and the date it gives.
    static func readMastheadColumns(_ text: String, at index: Int, in lines: [SourceLine], into header: inout Header, _ lexicon: GenreLexicon) -> Bool {
        let line = lines[index]
        // "Organisation de Coopération et de Développement Économiques" / "Organisation for Economic Co-operation and
        // Development        02-May-2014": a line read as the title was the masthead's, over its other language.
        let mastheadGoesOn = header.title != nil && header.documentType == nil && header.facts.isEmpty && header.dateline == nil
            && header.titleSpan.last + 1 == line.number && header.symbol != nil
        if header.title == nil, opensMasthead(text, at: index, in: lines) {
            header.residue.append(TextLine(text: text, line: line.number))
            return true
        }
        if header.title == nil || mastheadGoesOn, let (left, right) = masthead(columns: text), DocumentTypes.line(left, lexicon, beforeTitle: true) == nil {
            if mastheadGoesOn { demoteTitle(&header, lines) }
            // "United Nations        ESCAP/SDD/EGM/2017/4" / "Economic and Social Council        Distr.: General": a UN
            // document's first lines, the body on the left, its symbol and distribution on the right.
            if right.wholeMatch(of: symbol) != nil, header.symbol == nil {
                header.symbol = TextLine(text: right, line: line.number)
            } else if left.wholeMatch(of: symbol) != nil, header.symbol == nil {
                // "RS/2016/GE/52(PHL)        English only": the symbol on the left, the languages on the right.
                header.symbol = TextLine(text: left, line: line.number)
            } else if let (date, rest) = Dates.dateline(right), rest.isEmpty || isPlaceOfIssue(rest), header.dateline == nil {
                header.dateline = date
                header.datelineLine = line.number
            }
            if header.masthead == nil, isInstitutionName(left, lexicon) { header.masthead = TextLine(text: left, line: line.number) }
            header.residue.append(TextLine(text: text, line: line.number))
            return true
        }
        return false
    }

    /// "Paris, 15 November 2024" in a masthead's column: the town where the document was issued, not where the meeting met.
    static func isPlaceOfIssue(_ rest: String) -> Bool {
        (1...3).contains(rest.wordCount) && rest.words.allSatisfy { $0.first?.isUppercase == true } && !rest.contains(where: \.isNumber)
    }

    /// "UNITED" over "NATIONS        EP": the logo's first word, on a line of its own over the masthead.
    static func opensMasthead(_ text: String, at index: Int, in lines: [SourceLine]) -> Bool {
        guard text.wordCount == 1, text.count <= 12, Names.isAllCaps(text), text.allSatisfy(\.isLetter),
              let next = lines[(index + 1)...].first(where: { !$0.isBlank }) else { return false }
        return masthead(columns: next.text) != nil
    }

    /// The type of document a site's section names as its last cell: "Press Releases" → "Press Release",
    /// "News". Another section ("Events", "Publications") names none.
    static func sectionType(_ text: String, _ lexicon: GenreLexicon) -> String? {
        let cells = [" › ", " > ", " / ", " | ", " » ", " · "].first(where: text.includes).map { text.components(separatedBy: $0) } ?? [text]
        guard let last = cells.last?.trimming(.init(charactersIn: " []")), last.wordCount <= 3, !last.isEmpty else { return nil }
        let normal = inTitleCase(last)
        if normal.lowercased() == "news" { return normal }
        guard normal.hasSuffix("s"), let type = DocumentTypes.line(String(normal.dropLast()), lexicon, beforeTitle: true) else { return nil }
        return type
    }

    /// Whether `line` is the first printed line of the page: a site's name stands there, over its menu.
    static func opensThePage(_ line: Int, _ lines: [SourceLine]) -> Bool {
        lines.first(where: { !$0.isBlank })?.number == line
    }

    /// The title is the page's first line, or only the site's chrome ("Skip to main content") stands above it.
    static func opensThePage(_ header: Header, _ lines: [SourceLine]) -> Bool {
        lines[..<(header.titleSpan.first - 1)].allSatisfy { line in line.isBlank || header.residue.contains { $0.line == line.number } }
    }

    /// "About IPU" / "Our impact" / "Events" / "Home / Events / Hearing": a run of a site's menu words that leads down to its trail
    /// of sections.
    static func leadsToTrail(from index: Int, _ lines: [SourceLine]) -> Bool {
        var run = 0
        for line in lines[index...].prefix(24) where !line.isBlank {
            if Residue.isTrail(line.text) || Residue.isBreadcrumb(line.text) { return run >= 3 }
            // "Speakers" / "Dr Mia Holt": a label and the names under it are the page's, not the site's menu.
            guard line.text.wordCount <= 3, !line.text.contains(where: { ".:;,".contains($0) }), RosterLines.label(line.text + ":", .builtIn) == nil,
                  !Names.opensWithHonorific(line.text, .builtIn) else { return false }
            run += 1
        }
        return false
    }

    /// The lines read as the title were the page's masthead: they become residue, and the title is still to come.
    static func demoteTitle(_ header: inout Header, _ lines: [SourceLine]) {
        for number in [header.titleSpan.first] + header.subtitleLines {
            header.residue.append(TextLine(text: lines[number - 1].text, line: number))
        }
        header.title = nil
        header.subtitle = nil
        header.subtitleLines = []
    }

    static func isKeywordHeading(_ shape: LineShape, _ lexicon: GenreLexicon) -> Bool {
        guard let heading = Headings.heading(shape, lexicon) else { return false }
        if case .section(.other) = heading.target { return false }
        return true
    }

    static func isRepeatedTitle(_ text: String, _ header: Header) -> Bool {
        guard let title = header.title?.lowercased(), text.count >= 12 else { return false }
        return title.contains(text.lowercased())
    }

    /// `"Title"`, `-- Title --` and `- Title -` print a title; the decoration is not part of it.
    /// "Theme: “Seeds of Resilience”": the label of a meeting's theme, which the theme printed under a title carries.
    nonisolated(unsafe) private static let themeLabel = /(?i)^(?:theme|sub-?theme|motto)\s*[:–—]\s*(?=["“])/

    static func unquoted(_ text: String) -> String {
        var value = text.trimming(.whitespaces)
        if let label = value.prefixMatch(of: themeLabel) { value = String(value[label.range.upperBound...]) }
        for (open, close) in [("\"", "\""), ("“", "”"), ("--", "--"), ("–", "–"), ("-", "-")] {
            if value.hasPrefix(open), value.hasSuffix(close), value.count > open.count + close.count {
                let inner = value.dropFirst(open.count).dropLast(close.count)
                if open == "\"", inner.contains("\"") { continue }
                value = inner.trimming(.whitespaces)
            }
        }
        return value
    }
}
