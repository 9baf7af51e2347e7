import Foundation

/// Minutes print the body that met over the document's type, and their first line often says when and where the
/// meeting was held.
extension HeaderReader {
    /// The title of minutes is the body that met; the line that says which meeting it was says when and where.
    static func titleTheMinutes(_ header: inout Header, _ lines: [SourceLine]) {
        titleTheBodyThatMet(&header)
        titleCutAtHolding(&header)
        titleTheBodyOverItsMeeting(&header)
        titleTheBodyNamedAbove(&header)
        titleTheBodyOverItsDatedMeeting(&header)
        titleTheBodyUnderItsOffice(&header)
        typeGoesOnUnderItself(&header)
        titleTheBodyBesideItsMinutes(&header, lines)
        typedByTheTrail(&header)
    }

    /// "MINUTES" / "of the 27th meeting": the type printed over the rest of its phrase, which names the meeting; read as one line.
    static func typeGoesOnUnderItself(_ header: inout Header) {
        guard let type = header.documentType, isMinutes(type), let typeLine = header.documentTypeLine, let title = header.title,
              header.titleSpan.first == typeLine + 1, title.lowercased().hasPrefix("of the "),
              (type + " " + title).wholeMatch(of: minutesOfAMeeting) != nil else { return }
        header.title = type + " " + title
        header.titleSpan = SourceSpan(typeLine, header.titleSpan.last)
        header.documentType = nil
        header.documentTypeLine = nil
    }

    /// "Home > Committees > Public Accounts Committee > Minutes": a page that prints no type of its own is of the kind its
    /// site files it under, when that is minutes.
    static func typedByTheTrail(_ header: inout Header) {
        guard header.documentType == nil, header.title != nil,
              let trail = header.residue.last(where: { $0.line < header.titleSpan.first && (Residue.isBreadcrumb($0.text) || isTrailFromHome($0.text)) }),
              case let steps = Residue.cells(trail.text, apartBy: [" › ", " » ", " > ", " / ", " | "]), steps.count > 2, let step = steps.last,
              step.wordCount <= 3, step.lowercased().includes("minutes"), step.first?.isUppercase == true else { return }
        header.documentType = step
        header.documentTypeLine = trail.line
    }

    /// "Joint Select Committee on Social Services" / "Minutes of the Sixth Meeting", or the two the other way round: minutes
    /// of a meeting named by its number alone are the minutes of the body printed beside them; the meeting is the subtitle.
    /// "JOINT SELECT COMMITTEE ON X" / "MINUTES OF THE SIXTH MEETING HELD ON ...": so are those whose type was read already.
    static func titleTheBodyBesideItsMinutes(_ header: inout Header, _ lines: [SourceLine]) {
        // "Minutes of the 6th Meeting" read whole as the type, "WORK SESSION MINUTES" set aside as the site's: with no other title,
        // the meeting is the title (unless a body is printed beside it), the rest the type.
        if header.title == nil, let line = header.documentTypeLine.map({ TextLine(text: lines[$0 - 1].text, line: $0) })
            ?? header.residue.first(where: { $0.text.lowercased().hasSuffix(" minutes") && (3...8).contains($0.text.wordCount) && !Residue.isBreadcrumb($0.text) }) {
            let printed = line.text.trimming(.whitespaces)
            if let typed = printed.wholeMatch(of: minutesOfAMeeting) {
                header.title = String(typed.output.2)
            } else if printed.wordCount >= 3, let minutes = printed.range(of: " minutes", options: [.caseInsensitive, .backwards, .anchored]) {
                header.title = String(printed[..<minutes.lowerBound])
                header.documentType = String(printed[printed.index(after: minutes.lowerBound)...])
                header.documentTypeLine = line.line
                header.residue.removeAll { $0.line == line.line }
            }
            if header.title != nil { header.titleSpan = SourceSpan(line.line) }
        }
        guard let title = header.title else { return }
        let line = header.titleSpan.first
        var meeting: String
        if header.documentType == nil, let typed = title.wholeMatch(of: minutesOfAMeeting) {
            header.documentType = String(typed.output.1)
            header.documentTypeLine = line
            meeting = String(typed.output.2)
        } else if let type = header.documentType, isMinutes(type), header.documentTypeLine == line,
                  let which = title.prefixMatch(of: aMeeting) {
            meeting = String(which.output)
            let rest = title[which.range.upperBound...]
            guard rest.isEmpty || rest.lowercased().hasPrefix(" held ") else { return }
            if !rest.isEmpty { header.titleHeld = TextLine(text: inTitleCase(rest.trimming(.init(charactersIn: " ,"))), line: line) }
        } else {
            return
        }
        let body: TextLine
        if header.subtitleLines == [line + 1], let subtitle = header.subtitle, meetsAsABody(subtitle) {
            body = TextLine(text: subtitle, line: line + 1)
        } else if let above = header.residue.last(where: { $0.line < line }), above.line >= line - 2, meetsAsABody(above.text),
                  !Residue.isBreadcrumb(above.text) {
            body = above
            header.residue.removeAll { $0.line == above.line }
        } else {
            header.title = meeting
            return
        }
        if meeting.allSatisfy({ !$0.isLowercase }) { meeting = inTitleCase(meeting) }
        header.subtitle = meeting
        header.subtitleLines = [line]
        header.title = unquoted(body.text)
        header.titleSpan = SourceSpan(body.line)
    }

    /// "Minutes of the Sixth Meeting", "MINUTES OF PROCEEDINGS OF THE 12TH SITTING": the type, then which meeting.
    nonisolated(unsafe) private static let minutesOfAMeeting =
        /(?i)((?:summary |concise )?minutes(?: of proceedings)?) of (?:the )?((?:\w+ ){1,3}(?:meeting|sitting|session)(?: no\.? ?\d+)?)/
    nonisolated(unsafe) private static let aMeeting = /(?i)(?:\w+ ){1,3}(?:meeting|sitting|session)(?: no\.? ?\d+)?/

    /// "Joint Committee on Agriculture" / "MINUTES OF PROCEEDINGS" / "Meeting 112": minutes are titled by the body that
    /// met, whose name the page prints over them; the meeting's number, if printed, is the subtitle.
    static func titleTheBodyThatMet(_ header: inout Header) {
        // "Rural Affairs and Islands Committee" / "3rd Meeting 2026, Session 6": a meeting's number under a body's name says
        // the page is the record of that body's meeting, whatever type it prints.
        let numbered = header.title?.wholeMatch(of: meetingNumber) != nil
        guard header.documentType.map(isMinutes) == true && header.title == nil || numbered else { return }
        // "The Parliament" / its menu / "Minutes" / "Coastal Affairs Committee": a body printed under the type is the one
        // that met; the site's masthead over it is not.
        let before = header.title == nil ? Int.max : header.titleSpan.first
        // "Advisory Committee on X" right over "Minutes of the Public Meeting": the body that met, whatever masthead is above it.
        let typeLine = header.documentTypeLine ?? Int.max
        guard let body = header.residue.last(where: { $0.line > typeLine && $0.line < before && meetsAsABody($0.text) })
            ?? header.residue.last(where: { $0.line == typeLine - 1 && meetsAsABody($0.text) && !Residue.isBreadcrumb($0.text) })
            ?? bodyOverItsNumber(header, before: before)
            ?? header.masthead else { return }
        if let number = header.title {
            header.subtitle = number
            header.subtitleLines = [header.titleSpan.first]
        }
        header.title = unquoted(body.text)
        header.titleSpan = SourceSpan(body.line)
        header.residue.removeAll { $0.line == body.line }
    }

    /// The body's name printed last over the meeting's number, in the case it is printed in elsewhere on the page when it
    /// also prints it in capitals ("Rural Affairs Committee" ... "RURAL AFFAIRS COMMITTEE" / "3rd Meeting 2026").
    private static func bodyOverItsNumber(_ header: Header, before: Int) -> TextLine? {
        let bodies = header.residue.filter { $0.line < before && meetsAsABody($0.text) && !Residue.isBreadcrumb($0.text) }
        guard let last = bodies.last else { return nil }
        return bodies.first { $0.text.lowercased() == last.text.lowercased() && $0.text != last.text.uppercased() } ?? last
    }

    /// "Harbourside Community Board" / "MINUTES" / "Minutes of an ordinary meeting of the Harbourside Community Board held
    /// in ...": the body printed over the type is the title, which the long line repeats with the kind of meeting.
    static func titleTheBodyNamedAbove(_ header: inout Header) {
        guard let type = header.documentType, isMinutes(type), let typeLine = header.documentTypeLine, let title = header.title,
              title.lowercased().hasPrefix("minutes of "), header.titleSpan.first > typeLine,
              let body = header.residue.last(where: { $0.line < typeLine }), body.text.wordCount >= 2,
              title.lowercased().hasSuffix(" " + body.text.lowercased()) else { return }
        header.repeats += Array(header.titleSpan.first...header.titleSpan.last)
        header.title = unquoted(body.text)
        header.titleSpan = SourceSpan(body.line)
        header.residue.removeAll { $0.line == body.line }
    }

    /// "Committee on Development" / "DEVE_PV(2025)0319_1" / "MINUTES" / "Meeting of 19 March 2025, 9.00-12.30" / "BRUSSELS" /
    /// "Room: Altiero Spinelli (3G3)": minutes that name their meeting by its date alone are the body's over them, and the lines
    /// under the date say where it met.
    static func titleTheBodyOverItsDatedMeeting(_ header: inout Header) {
        guard let type = header.documentType, isMinutes(type), let typeLine = header.documentTypeLine, let title = header.title,
              let of = title.range(of: " of "), ["meeting", "sitting", "meetings"].contains(title[..<of.lowerBound].lowercased()),
              // "Meeting of 19 March 2025", not "Meeting of the Sub-Committee on X of 5 March 2025", which names the body that met.
              case let after = title[of.upperBound...], let date = Dates.all(in: String(after)).first,
              after.first?.isNumber == true || after.words.first.map({ Self.daysAndMonths.contains($0.lowercased().trimming(.punctuationCharacters)) }) == true,
              let body = header.residue.last(where: { $0.line < typeLine && meetsAsABody($0.text) && !Residue.isTrail($0.text) && $0.text.wordCount <= 12 })
        else { return }
        header.residue.removeAll { $0.line == body.line }
        header.residue.append(TextLine(text: title, line: header.titleSpan.first))
        let dated = header.titleSpan.first
        header.title = unquoted(body.text)
        header.titleSpan = SourceSpan(body.line)
        if header.eventDate == nil { header.eventDate = (date, nil, dated) }
        // "BRUSSELS" over "Room: Altiero Spinelli (3G3)": the room, then the town in capitals; "Joint meeting with X" is no place.
        guard let under = header.subtitle, header.place == nil, case let cells = under.components(separatedBy: ": ").filter({ $0.lowercased() != "room" }),
              let town = cells.first, Names.isAllCaps(town.replacing(" ", with: "")), town.wordCount <= 3,
              cells.count == 1 || cells.count == 2 && under.includes("Room: ") else { return }
        header.place = cells.count == 2 ? cells[1] + ", " + town : town
        header.placeLines = header.subtitleLines
        header.subtitle = nil
        header.subtitleLines = []
    }

    static let daysAndMonths = Set(NameVocabulary.weekdays + NameVocabulary.months)

    /// "MINUTES" / "Montana Legislative Services Division" / "ECONOMIC AFFAIRS INTERIM COMMITTEE" / the date: the office that
    /// keeps the minutes prints its name over the body that met, which is the title.
    static func titleTheBodyUnderItsOffice(_ header: inout Header) {
        guard let type = header.documentType, isMinutes(type), let title = header.title, header.titleSpan.first == header.titleSpan.last,
              !meetsAsABody(title), let dated = header.datelineLine ?? header.eventDate?.line,
              let body = header.residue.first(where: { $0.line > header.titleSpan.last && $0.line < dated }), meetsAsABody(body.text)
        else { return }
        header.residue.removeAll { $0.line == body.line }
        header.residue.append(TextLine(text: title, line: header.titleSpan.first))
        header.title = unquoted(body.text)
        header.titleSpan = SourceSpan(body.line)
    }

    /// "THE COUNTY ASSEMBLY OF MACHAKOS" / "MINUTES OF THE 14TH SITTING OF THE SECTORAL COMMITTEE ON HEALTH SERVICES HELD ON
    /// TUESDAY, 11TH MARCH, 2025 IN COMMITTEE ROOM 2 ...": the line that says whose minutes these are is the title, whatever
    /// the masthead over it; the type is its first word, and what follows "held" says when and where.
    static func readMinutesTitle(_ text: String, line: Int, into header: inout Header) -> Bool {
        guard isMinutesTitle(text), header.documentType.map(isMinutes) ?? true, header.dateline == nil, header.facts.isEmpty else { return false }
        if let title = header.title {
            header.residue.append(TextLine(text: title, line: header.titleSpan.first))
            header.subtitle = nil
            header.subtitleLines = []
        }
        var title = text
        // The line's first word is the type, unless a line of its own printed the type already ("MINUTES"): then the line
        // keeps its words, for `titleTheBodyNamedAbove` to replace with the body printed over them.
        if header.documentType == nil {
            title = String(text.dropFirst("minutes of ".count))
            if title.lowercased().hasPrefix("the ") { title.removeFirst(4) }
            header.documentType = String(text.prefix("minutes".count))
            header.documentTypeLine = line
        }
        header.title = title
        header.titleSpan = SourceSpan(line)
        header.lastHeaderLine = line
        return true
    }

    /// "LEGISLATIVE ASSEMBLY ENVIRONMENT AND PLANNING COMMITTEE" / "Inquiry into Climate Resilience of Regional Water
    /// Supplies": a committee's transcript or minutes name the inquiry the committee sat for under it.
    static func readInquiryOfItsCommittee(_ text: String, line: Int, into header: inout Header) -> Bool {
        guard let title = header.title, header.subtitle == nil, header.titleSpan.last < line, meetsAsABody(title),
              ["inquiry into ", "inquiry on ", "review of "].contains(where: text.lowercased().hasPrefix),
              text.wordCount <= 20, !text.hasSuffix(".") else { return false }
        // The inquiry is what the sitting was for, and the committee held it.
        let committee = TextLine(text: inTitleCase(title), line: header.titleSpan.first)
        header.inquiryOf = committee
        header.subtitle = committee.text
        header.subtitleLines = [committee.line]
        header.title = text
        header.titleSpan = SourceSpan(line)
        header.lastHeaderLine = line
        return true
    }

    /// A body whose meetings are minuted: a committee, a board, a council.
    /// Minutes whose type line has the body that met right over it: the title is known before the lines under the date.
    static func minutesUnderTheirBody(_ header: Header) -> Bool {
        guard let type = header.documentType, isMinutes(type), let typeLine = header.documentTypeLine else { return false }
        return header.residue.contains { $0.line == typeLine - 1 && meetsAsABody($0.text) && !Residue.isBreadcrumb($0.text) }
    }

    static func meetsAsABody(_ text: String) -> Bool {
        text.lowercased().words.contains { ["committee", "subcommittee", "board", "council", "commission", "caucus", "assembly", "senate"].contains(String($0)) }
    }

    /// Minutes, and the other records of a sitting that print the body that sat over them: a committee's "Evidence", its
    /// "Hansard", "Official Report", "Transcript".
    static func isMinutes(_ type: String) -> Bool {
        let lower = type.lowercased()
        return ["minutes", "evidence", "hansard", "official report", "transcript", "verbatim", "outline"].contains(where: lower.includes)
    }

    /// "Minutes of an ordinary meeting of the Board held in the Board Room, Port Road, on Tuesday 5 March 2024, commencing
    /// at 5.30 pm": a title line that goes on to say where and when the meeting was held ends before "held".
    static func titleCutAtHolding(_ header: inout Header) {
        guard let title = header.title, header.titleSpan.first == header.titleSpan.last,
              let held = title.range(of: " held ", options: .caseInsensitive), held.lowerBound > title.startIndex,
              Dates.all(in: String(title[held.upperBound...])).contains(where: { $0.day != nil }),
              title[..<held.lowerBound].wordCount >= 3 else { return }
        header.titleHeld = TextLine(text: inTitleCase(String(title[held.lowerBound...]).trimming(.init(charactersIn: " ,"))), line: header.titleSpan.first)
        header.title = String(title[..<held.lowerBound])
    }

    /// The index of a body's name printed right over "Minutes of meeting held on Tuesday, 7 November 2023": whatever the
    /// page prints above the two (the site's name in two scripts, the paper's number, a file reference) is its masthead.
    /// The header is read from there; from the first line on any other page.
    static func startAtTheBodyOverItsMinutes(_ lines: [SourceLine], _ header: inout Header) -> Int {
        guard let body = bodyOverMinutesOfItsMeeting(lines) else { return 0 }
        header.residue = lines[..<body].filter { !$0.isBlank }.map { TextLine(text: $0.text.trimming(.whitespaces), line: $0.number) }
        return body
    }

    private static func bodyOverMinutesOfItsMeeting(_ lines: [SourceLine]) -> Int? {
        let printed = lines.prefix(30).indices.filter { !lines[$0].isBlank }
        for (above, held) in zip(printed, printed.dropFirst()) {
            let text = lines[held].text.trimming(.whitespaces)
            // "Minutes of the meeting held on 5 March 2024 were confirmed.": a sentence about other minutes is no heading.
            guard text.lowercased().hasPrefix("minutes of "), text.dropFirst("minutes of ".count).prefixMatch(of: aMeetingHeld) != nil,
                  !text.hasSuffix("."), ![" were ", " was "].contains(where: text.includes) else { continue }
            return isBodysName(lines[above].text.trimming(.whitespaces)) && Dates.all(in: text).contains { $0.day != nil } ? above : nil
        }
        return nil
    }

    /// "meeting held on", "the special meeting held at": a meeting named by no number, only by when and where it was held.
    nonisolated(unsafe) private static let aMeetingHeld =
        /(?i)(?:(?:the|an?) )?(?:(?:special|ordinary|regular|extraordinary|public|open|general|joint|informal|formal) )?meeting(?= held (?:on|at|in)\s)/

    /// "Panel on Housing" / "Minutes of meeting held on Tuesday, 7 November 2023, at 4:30 pm" / "in Conference Room 1 of
    /// the Legislative Council Complex": minutes that name no body on their own line are the minutes of the body printed
    /// just over it, and the line goes on to say when and where, carried on to the next line.
    static func titleTheBodyOverItsMeeting(_ header: inout Header) {
        guard let type = header.documentType, type.lowercased() == "minutes", let title = header.title,
              header.titleSpan.first == header.titleSpan.last,
              let typed = title.prefixMatch(of: aMeetingHeld) else { return }
        let line = header.titleSpan.first
        guard let body = header.residue.last(where: { $0.line < line }), body.line >= line - 3, isBodysName(body.text) else { return }
        var held = String(title[typed.range.upperBound...]).trimming(.whitespaces)
        if header.subtitleLines == [line + 1], let place = header.subtitle, ["in ", "at "].contains(where: place.hasPrefix) {
            held += " " + place
            header.subtitle = nil
            header.subtitleLines = []
        }
        header.documentType = type + " of " + typed.output
        header.documentTypeLine = line
        header.titleHeld = TextLine(text: held, line: line)
        header.title = unquoted(body.text)
        header.titleSpan = SourceSpan(body.line)
        header.residue.removeAll { $0.line == body.line }
    }

    /// "Panel on Housing", "Finance Committee", "Board of Trustees": a name as a heading prints it, not a sentence, a date or
    /// a reference.
    private static func isBodysName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...10).contains(words.count), text.first?.isUppercase == true, !text.hasSuffix("."), !text.contains(":"),
              !Residue.isBreadcrumb(text), Dates.all(in: text).isEmpty, !text.contains(where: \.isNumber) else { return false }
        return PlainTextReader.isOrganizationShape(text)
    }

    nonisolated(unsafe) static let meetingNumber = /(?i)(?:meeting|session|sitting)\s+(?:no\.?\s*)?\d+|\d+(?:st|nd|rd|th) (?:meeting|session|sitting)(?:,? \d{4})?(?:,? (?:session|sitting) \d+)?(?:\s*\([^)]*\))?/

    /// "House of Commons" / "CANADA" / "" / "Standing Committee on Agriculture and Agri-Food" / "EVIDENCE" / "NUMBER 103" /
    /// "1st SESSION": a parliament's masthead, then the committee that sat over the kind of its record and the sitting's numbers.
    /// The committee is the title; the parliament read as the title was the masthead. True when the lines were read so.
    static func bodyOverItsRecord(_ index: inout Int, _ lines: [SourceLine], _ header: inout Header, _ lexicon: GenreLexicon) -> Bool {
        let text = lines[index].text.trimming(.whitespaces)
        guard let title = header.title, header.documentType == nil, header.dateline == nil, lines[index].number > header.titleSpan.last + 1,
              index + 1 < lines.count, title.wordCount <= 6, !namesMeeting(title, lexicon), meetsAsABody(text), isInstitutionName(text, lexicon),
              let type = DocumentTypes.line(lines[index + 1].text, lexicon), isMinutes(type) else { return false }
        if header.masthead == nil { header.masthead = TextLine(text: title, line: header.titleSpan.first) }
        demoteTitle(&header, lines)
        header.title = text
        header.titleSpan = SourceSpan(lines[index].number)
        header.documentType = Names.isAllCaps(type.replacing(" ", with: "")) ? inTitleCase(type) : type
        header.documentTypeLine = lines[index + 1].number
        header.documentTypeCue = "document-type.after-title"
        index += 2
        // "NUMBER 103", "1st SESSION", "44th PARLIAMENT": which sitting of which parliament.
        while index < lines.count, !lines[index].isBlank, isSittingNumber(lines[index].text) {
            header.residue.append(TextLine(text: lines[index].text, line: lines[index].number))
            index += 1
        }
        header.lastHeaderLine = lines[index - 1].number
        return true
    }

    /// "NUMBER 103", "1st SESSION", "44th PARLIAMENT", "20th PARLIAMENTARY TERM - SESSION B": which sitting of which parliament.
    static func isSittingNumber(_ text: String) -> Bool {
        let words = text.lowercased().words.filter { !["-", "–", "—", ","].contains($0) }.map { $0.trimming(.init(charactersIn: ",")) }
        guard (2...6).contains(words.count), words.contains(where: { $0.first?.isNumber == true }) else { return false }
        return words.allSatisfy { word in
            word.first?.isNumber == true || word.count == 1 && word != "a"
                || ["number", "no.", "session", "parliament", "legislature", "sitting", "meeting", "issue", "parliamentary", "term",
                    "legislative", "period", "year"].contains(word)
        }
    }
}
