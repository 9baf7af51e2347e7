import Foundation

/// A heading line read as either a programme part or a section of the summary.
struct Heading {
    enum Target {
        case part(PartKind)
        case section(SectionKind)
    }

    var target: Target
    /// As printed, up to the title: "Session 1:", "(3) Session Two", "Concluding Session".
    var label: String
    var number: Int?
    var title: String?
    var formatNote: String?
    /// The whole heading, markers included, for sections.
    var text: String

    /// A heading only by its shape ("General Information"), which a sentence may also have.
    var isWeak: Bool {
        if case .section(.other) = target { true } else { false }
    }

    /// "Session 2: Community Rights", "Panel I – Who Moved": numbered, or its title set apart, as no sentence is.
    func isNumberedOrTitled(_ body: String) -> Bool {
        number != nil || title != nil && (body.includes(": ") || body.includes(" – "))
    }
}

enum Headings {
    /// "Formal Concluding Remarks", "Official Opening": an adjective may stand before the word of the part.
    nonisolated(unsafe) private static let partWords: [(Regex<Substring>, PartKind)] = [
        (/(?i)^plenary (?:lecture|address|speech|talk)\b/, .keynote),
        // "Opening lecture", "Inaugural lecture": a lecture that opens the meeting is its keynote.
        (/(?i)^(?:opening|inaugural|introductory) lecture\b/, .keynote),
        // "Group A – Land tenure", "Working Group 2": a breakout group is a session of its own.
        (/^(?:[Bb]reak-?out |[Ww]orking )?[Gg]roup (?:[A-H]|\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)\b/, .session),
        (/(?i)^(?:(?:parallel |concurrent )?session|panel(?: discussion)?|plenary(?: session)?|workshop|breakout session|round-?table)\b/, .session),
        // "Presentations" over the talks of the programme, "Paper presentations": a part of its own.
        (/(?i)^(?:paper )?presentations(?=\s*(?:$|[:–—-]))/, .session),
        // "Question and Answer Session", "Q&A session": the floor's part of the programme, named as a session.
        (/(?i)^(?:questions? and answers?|q ?& ?a) session\b/, .session),
        // "Round table: Who governs the water?", "Round table. Administration and users": the kind of part before its title.
        (/(?i)^round table(?=\s*(?:$|[:.–—(-]|\d))/, .session),
        // "Technical Session 2", "Ministerial segment", "High-level panel": a session named by its kind.
        (/(?i)^(?:technical|thematic|high-level|ministerial|interactive|special|working) (?:session|segment|panel|dialogue)\b/, .session),
        // "Segment 2: Regional perspectives", "Webinar 3 – Data", "Module 2:", "Track A: Finance", "Topic 1:": numbered parts;
        // "Communication 1: ..." a report's numbered papers ("Presentation 1:" under a session is a talk in it).
        (/(?i)^(?:segment|webinar|module|track|strand|stream|breakout|break-out|workstream|communication|sub-?theme|theme|topic|focus area) (?:\d{1,2}(?-i:[A-H])?|[IVX]{1,4}|(?-i:[A-H]))(?=\s*(?:$|[:.–—|-]))/, .session),
        // "Side event: Youth and water", "Fireside chat with the Minister": an occasion of the programme of its own.
        (/(?i)^(?:side[- ]event|fireside chat)(?=\s*(?:$|[:–—(-]|\d)|\s+with\s)/, .session),
        // "Round 1 – What works at local level?": a round of a roundtable.
        (/(?i)^round (?:\d{1,2}|one|two|three|four|five|[IVX]{1,4})\b/, .session),
        // "Part One – What workers pay".
        (/^(?:PART|Part) (?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|ONE|TWO|THREE|FOUR|FIVE|[IVX]{1,4}|\d{1,2})\b/, .session),
        // "Third Session: Wrap-up and Recommendations", "Second Panel – Finance": a part by its ordinal, with its
        // title after it or alone; never "Twenty-third session", a body's session by its number.
        (/(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:session|panel|segment|plenary|roundtable)(?=\s*(?:$|[:–—(-]))/, .session),
        (/(?i)^inaugural\b/, .opening),
        (/(?i)^introductory (?:remarks|statements?|address|words)\b/, .opening),
        (/(?i)^valedictory\b/, .closing),
        (/(?i)^(?:(?:formal|official|ministerial|special|joint|high-level) )?(?:opening|welcoming|welcome|inauguration)\b/, .opening),
        (/(?i)^(?:(?:formal|official|ministerial|special|joint|high-level) )?keynote\b/, .keynote),
        // Remarks that conclude are spoken by closing speakers; a concluding session is a part of its own kind.
        (/(?i)^(?:(?:formal|official|ministerial|special|joint|high-level) )?concluding (?:remarks|statements?|address|words)\b/, .closing),
        (/(?i)^(?:(?:formal|official|ministerial|special|joint|high-level) )?(?:concluding|conclusion session|wrap-?up|summing up)\b/, .concluding),
        (/(?i)^(?:(?:formal|official|ministerial|special|joint|high-level) )?closing\b/, .closing),
        // "Closure of the session", "V. Closure of the meeting": a UN report's last item closes the meeting.
        (/(?i)^closure of the (?:meeting|session|workshop|seminar|conference|consultation|forum|dialogue)\b/, .closing),
        // "Morning session: Degradation and diagnosis", "Hands-on session", "Poster session": a session named by one word.
        // Not "Twenty-third session": a body's session by its number is the meeting itself.
        // Not "Two sessions examined land tenure and": the word after is a title's mark, a number or nothing.
        (/(?i)^(?!(?:this|that|these|those|each|every|the|a|an|our|next|last|previous|same|both|all|other|several|some|many|two|three|four|five|six)\b)(?![\p{L}-]*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)\b)[\p{L}-]+ sessions?(?=\s*(?:$|[:–—(-]|\d|[IVX]+\b))/, .session),
        // "Item 1. Opening of the meeting and adoption of the agenda", "Agenda item 3: Fiscal rules": a record's items.
        (/^(?:[Aa]genda [Ii]tem|AGENDA ITEM|[Ii]tem|ITEM) \d{1,2}[.:]?(?=\s)/, .session),
        // "FIRST ITEM ON THE AGENDA", "Second item of the order of business": an item by its ordinal, in a parliament's minutes.
        (/(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)) item(?: (?:on|of) the (?:agenda|order of (?:the )?(?:day|business)))?\s*$/, .session),
        // "Day 1 – Getting started", "DAY 2": a day of the programme holds the parts under it.
        (/(?i)^day (?:\d{1,2}|one|two|three|four|five)(?=\s*[–—:,(·|-]|\s*$)/, .other),
    ]
    nonisolated(unsafe) private static let sectionWords: [(Regex<Substring>, SectionKind)] = [
        (/(?i)^summary\b/, .summary),
        (/(?i)^(?:significance|background|overview|outline|general information|introduction)\b/, .significance),
        (/(?i)^(?:purpose|objectives?|aims?)\b/, .purpose),
        (/(?i)^(?:evaluation|assessment|results?|outcomes?)\b/, .evaluation),
        (/(?i)^(?:discussions?|essence|proceedings|programme|program|agenda|conclusions?|recommendations?)\b/, .discussions),
        // "Annex", "ANNEX II", "Appendix B – List of participants": what a report adds after its account, no part of the meeting.
        (/(?i)^(?:annex(?:es)?|appendix|appendices)(?:\s+(?-i:[IVX]{1,4}|\d{1,2}|[A-H]))?(?=\s*$|\s*[:.–—]|\s+-\s)/, .other),
        // "Report", "Event report" alone over the prose under a programme: the account of the meeting, no part of it.
        (/(?i)^(?:(?:event|workshop|meeting|seminar|conference|symposium) )?(?:report|recap|highlights)$/, .discussions),
    ]
    /// The first words of `partWords` and `sectionWords` (`partKind` adds the three of `partFirstWords`).
    private static let keywords: Set<String> = [
        "session", "panel", "side", "side-event", "fireside", "plenary", "workshop", "breakout", "round", "roundtable", "round-table", "opening", "welcoming",
        "welcome", "keynote", "parallel", "concurrent", "concluding", "conclusion", "wrap", "wrapup", "wrap-up", "summing", "closing", "formal", "official",
        "ministerial", "special", "joint", "day", "group", "technical", "thematic", "high-level", "interactive", "working", "part",
        "inaugural", "valedictory", "introductory", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "summary", "significance", "background", "overview", "outline", "general", "introduction",
        "purpose", "objective", "objectives", "aim", "aims", "evaluation", "assessment", "result", "results", "outcome",
        "outcomes", "discussion", "discussions", "essence", "proceedings", "programme", "program", "agenda",
        "conclusions", "recommendation", "recommendations", "item", "segment", "webinar", "module", "track", "strand", "stream", "break-out", "workstream",
        "communication", "report", "recap", "annex", "annexes", "appendix", "appendices", "closure", "highlights", "event", "sub-theme", "subtheme", "theme", "topic", "focus", "question", "questions", "q&a", "morning", "afternoon", "evening",
        "presentations", "paper",
    ]
    nonisolated(unsafe) private static let sessionHead =
        /(?i)^((?:(?:parallel |concurrent )?session|panel(?: discussion| debate)?|plenary(?: session)?|workshop|breakout session|round-?table(?: discussion)?)(?:\s+(?:\d{1,2}(?:[.-]\d{1,2}|\.?(?-i:[A-H]))?|[IVX]{1,5}|(?-i:[A-H])|one|two|three|four|five|six|seven|eight|nine|ten)\b)?(?:\s*\(\d{1,2}[:.]\d{2}\s*[–—-]\s*\d{1,2}[:.]\d{2}\))?(?:\s*\((?:room|hall|salle|sala|auditorium|online|hybrid|virtual)\b[^)]{0,30}\))?\s*[:.\-–—|]?)\s*(.*)$/
    nonisolated(unsafe) private static let formatNote =
        /\s*\(((?:[A-Z][a-z]+|and|&|of)(?:[ -](?:[A-Za-z]+|and|&|of)){0,3})\)\s*$/

    nonisolated(unsafe) private static let ordinalWithTheme =
        /(?i)((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:session|panel|segment|plenary|roundtable))\s*\(([^()]{3,})\)/
    private static let formatWords = ["presentation", "discussion", "panel", "q&a", "question", "keynote", "lecture", "closed", "open", "plenary",
                                      "round table", "roundtable", "webinar", "online", "hybrid", "virtual", "in person", "break", "debate",
                                      "briefing", "video", "remarks", "interactive"]

    nonisolated(unsafe) private static let sessionCode = /((?:TS|PS|SS|RS|CS|WS|BS|RT|PL|S|P|W)[- ]?\d{1,3}(?:\.\d{1,2})?[A-Z]?)\s+(?=[A-Z])/
    nonisolated(unsafe) private static let bareNumber = /\d{1,2}[ \t]+(?=[A-Z])/
    nonisolated(unsafe) private static let subsectionNumber = /\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?[ \t]+/
    /// "A. Session 1: Defining what to measure": a UN report letters the subsections of a chapter. The letter alone may be an
    /// initial ("A. Smith"): it is read as a subsection's only before a part's or a section's word. "I." is a Roman chapter,
    /// so the letters stop at H.
    nonisolated(unsafe) private static let subsectionLetter = /[A-H]\.[ \t]+(?=[A-Z][a-z])/

    private static let closingBrackets: [Character: Character] = ["[": "]", "<": ">", "【": "】", "〈": "〉", "《": "》"]

    static func heading(_ shape: LineShape, _ lexicon: GenreLexicon) -> Heading? {
        // "     A.   Election of officers": a report's lettered subsection may be set in under its chapter.
        guard shape.line.indent <= 4 || shape.line.indent <= 8 && isChapterOrSubsection(shape), !shape.isBullet else { return nil }
        var body = Times.withoutLeadingTime(shape.body.trimming(.whitespaces))
        // "▶ Session 1 | Title": an arrow set before a part's heading, as a programme's ornament, no bullet of a list.
        if let first = body.first, "▶►▷▸".contains(first), case let rest = body.dropFirst().trimming(.whitespaces), partKind(rest) != nil {
            body = rest
        }
        // "[Session I] What the Numbers Say", "[Opening]", "<Session 2> Ports", "【Panel】": a part's label in brackets, then its theme.
        if let open = body.first, let close = Self.closingBrackets[open], let end = body.firstIndex(of: close),
           case let label = body[body.index(after: body.startIndex)..<end].trimming(.whitespaces),
           (1...4).contains(label.wordCount), partKind(label) != nil,
           // "[Panel photo] Dr. A and Prof. B at the seminar": a caption's tag.
           !["photo", "image", "video", "picture", "caption", "credit"].contains(where: label.lowercased().includes) {
            let theme = body[body.index(after: end)...].trimming(.whitespaces)
            body = theme.isEmpty ? label : label + ": " + theme
        }
        // "2.1 Opening session", "3.2. Session 1: Ports": a report's numbered subsection names a part as an item does.
        var sectionNumber: String?
        // "2 Opening session", "6 Recommendations": a report printed from a PDF numbers its headings without a full stop.
        if shape.markers.isEmpty, let number = body.first?.isNumber == true
            ? body.prefixMatch(of: Self.subsectionNumber) ?? body.prefixMatch(of: Self.bareNumber) : body.prefixMatch(of: Self.subsectionLetter),
           case let rest = String(body[number.range.upperBound...]), partKind(rest) != nil || sectionWords.contains(where: { rest.firstMatch(of: $0.0) != nil }),
           Dates.all(in: body).first.map({ $0.range.lowerBound != body.startIndex }) ?? true {
            sectionNumber = String(number.output).trimming(.whitespaces)
            body = String(body[number.range.upperBound...])
        }
        // "Thursday 2 June — Morning session: Degradation and diagnosis": the day printed before a part.
        if body.includes(" — ") || body.includes(" – "),
           let dash = [" — ", " – "].compactMap({ body.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
           Self.namesADay(String(body[..<dash.lowerBound])), partKind(String(body[dash.upperBound...])) != nil {
            body = String(body[dash.upperBound...])
        }
        // "Day 1" / "  Opening Session" / "  Session 1: ...": a part nested under a day is indented; nothing else is.
        // The first line of an indented paragraph ("    Opening remarks were delivered by") is in sentence case, no heading's.
        if shape.line.indent > 1, !isChapterOrSubsection(shape), partKind(body) == nil
            || !(body.includes(": ") || body.includes(" – ") || body.words.allSatisfy { $0.count <= 3 || $0.first?.isUppercase == true }) {
            return nil
        }
        // "Group 1: Indicators – chaired by Togo, rapporteur Mr. X.": a part listed with its roles ends as a sentence does.
        // Only after a dash: "Session 2, chaired by X, examined land tenure." is a sentence.
        let listedWithRoles = body.hasSuffix(".") && partKind(body) == .session
            && [" – ", " — ", " - "].lazy.compactMap({ body.range(of: $0, options: .backwards) }).first.map { dash in
                RosterLines.rolesInHeading(String(body[dash.upperBound...].dropLast()), lexicon).map { $0.title.isEmpty } ?? false
            } ?? false
        // 'Closing the hearing, X said the evidence "leaves no room for waiting."': a sentence that ends on a quotation.
        guard !body.isEmpty, !body.hasSuffix(".") || listedWithRoles, !body.hasSuffix(","), !body.hasSuffix(";"), !body.hasSuffix(".\""), !body.hasSuffix(".”"),
              !introducesQuotation(body, lexicon) else { return nil }
        if listedWithRoles { body.removeLast() }
        let words = body.words
        // A session's quoted title may be long; any other heading is short.
        let sessionWithTitle = (body.contains("\"") || body.contains("“")) && (body.prefixMatch(of: sessionHead) != nil || partKind(body) != nil)
        // "Group A – Governance (facilitator: Dr. X, WHO; rapporteur: Ms. Y, DGHS)": who held its roles makes no heading long.
        let measured = body.hasSuffix(")") || listedWithRoles ? RosterLines.rolesInHeading(body, lexicon)?.title ?? body : body
        guard sessionWithTitle ? words.count <= 30 : measured.wordCount <= 16 && measured.count <= 110,
              // "Keynote Speech: The Last Ten Percent" names a part and its theme; "Keynote Speech: Dr. X", a speaker.
              RosterLines.label(body, lexicon).map({ HeaderReader.unquoted($0.rest) != $0.rest
                  || !$0.rest.isEmpty && partKind(body) != nil && RosterLines.people($0.rest, lexicon) == nil }) ?? true,
              startsWithPerson(body, lexicon) == false else { return nil }
        // "3. Welcome remarks were delivered by the two Co-Chairs. Dr. Farida Osman": two sentences head nothing.
        // "Session 2. Land Tenure and Community Rights in West Africa": a short first sentence is the part's number.
        if words.count >= 8, body.includes(". "), case let sentences = Tokenizer.sentences(body), sentences.count > 1,
           sentences[0].wordCount > 3 { return nil }
        let prefix = (shape.markers.map(\.printed) + [sectionNumber].compactMap { $0 }).joined(separator: " ")
        let printed = prefix.isEmpty ? body : prefix + " " + body
        // "TS-07 Census 2020 round: coverage and quality", "PS 3 Ageing": a congress's sessions by their codes, the letters
        // of a kind of session and a number.
        if let code = body.prefixMatch(of: Self.sessionCode) {
            let title = String(body[code.range.upperBound...])
            let label = prefix.isEmpty ? String(code.output.1) : prefix + " " + code.output.1
            return Heading(target: .part(.session), label: label, title: title, text: printed)
        }
        // The expressions of named parts and sections run only on a line whose first word may begin one.
        let firstWord = words.first.map { $0.lowercased().trimming(.punctuationCharacters) } ?? ""
        if Self.keywords.contains(firstWord) || Self.keywords.contains(String(firstWord.prefix { $0 != "-" }))
            || words.count >= 2 && words[1].lowercased().hasPrefix("session") {
            // "Roundtable report | Maritime Security Programme", "Workshop summary": the kind of document a
            // page is, printed over it, names no part of the meeting.
            if words.count >= 2, ["report", "summary", "recap", "highlights", "record", "minutes", "readout", "synopsis", "digest"]
                .contains(words[1].lowercased().trimming(.punctuationCharacters)) {
                return Heading(target: .section(.other), label: printed, title: body, text: printed)
            }
            // "Plenary sessions", "Thematic round tables", "SELECTED THEMATIC SESSIONS": a heading over several parts is
            // no part of its own.
            if Self.headsParts(body, words) {
                return Heading(target: .section(.other), label: printed, title: body, text: printed)
            }
            for (pattern, kind) in partWords where body.prefixMatch(of: pattern) != nil {
                return partHeading(kind, body: body, prefix: prefix, printed: printed, lexicon)
            }
            for (pattern, kind) in sectionWords where body.prefixMatch(of: pattern) != nil {
                guard words.count <= 8 else { return nil }
                return Heading(target: .section(kind), label: printed, title: body, text: printed)
            }
        }
        // An unlabelled heading is short and in title case: "General Information", "Essence of Each Section".
        let significant = words.filter { $0.count > 3 }
        // An enumerated heading may carry a longer title: "(b) Cooperation in the Global Economy - The Promise of the G-20".
        // "Chaired by Ms. X (SWCN Programme" / "Manager). ...": a bracket left open runs on to the next line.
        guard words.count <= (shape.markers.isEmpty ? 8 : 14), !body.contains(","), !body.hasSuffix(":") || !shape.markers.isEmpty,
              body.filter({ $0 == "(" }).count == body.filter({ $0 == ")" }).count,
              let first = words.first?.first, first.isUppercase,
              significant.isEmpty || Double(significant.filter { $0.first!.isUppercase }.count) / Double(significant.count) >= 0.7
                // "III. Review of the draft indicator set (agenda item 3)": a UN report's chapters are in sentence case.
                || isChapterOrSubsection(shape),
              !shape.markers.isEmpty || words.count >= 2,
              // "Francesca Lucchesi (Politecnico di Milano)" under a programme's item: a person and where she works.
              !body.hasSuffix(")") || RosterLines.person(body, lexicon)?.1 == nil
        else { return nil }
        return Heading(target: .section(.other), label: printed, title: body, text: printed)
    }

    /// "III.", "A.   ": a chapter's Roman number, or a subsection's capital letter set apart as no initial is; not a
    /// transcript's answer ("A.   I do not recall", "A.   No").
    static func isChapterOrSubsection(_ shape: LineShape) -> Bool {
        guard shape.markers.count == 1, let (printed, _) = shape.number, printed.hasSuffix("."), let first = printed.first else { return false }
        if printed.dropLast().allSatisfy({ "IVX".contains($0) }) { return true }
        let answers: Set<String> = ["i", "we", "no", "yes", "it", "that", "there", "my", "our", "well", "sure", "not"]
        return ("A"..."H").contains(first) && printed.count == 2 && !answers.contains(shape.body.lowercased().words.first.map(String.init) ?? "")
    }

    private static let pluralParts: Set<String> = ["sessions", "panels", "tables", "roundtables", "round-tables", "workshops", "segments",
                                                   "groups", "plenaries", "dialogues"]

    static func headsParts(_ body: String, _ words: [Substring]) -> Bool {
        guard (1...4).contains(words.count), !body.contains(where: { $0.isNumber || ":–—".contains($0) }),
              let last = words.last?.lowercased(), pluralParts.contains(last) else { return false }
        return last != "tables" || words.dropLast().last?.lowercased() == "round"
    }

    /// "Thursday 2 June", "Friday, 3 June 2016", "12 May": a day of the programme, and nothing else.
    static func namesADay(_ text: String) -> Bool {
        let words = text.lowercased().letterRuns
        guard (1...5).contains(text.wordCount), let first = words.first else { return false }
        return DateScanner.weekdayNames.contains(String(first)) || Dates.all(in: text).first.map { $0.range.lowerBound == text.startIndex } ?? false
    }

    /// The kind of part a programme's item names ("Welcome and opening remarks", "Keynote", "Panel 1"), if any.
    static func partKind(_ text: String) -> PartKind? {
        // The expressions run only on a text whose first word opens one of them, or that names a session by one word: it is
        // asked of many lines that are no part's name.
        let lower = text.lowercased()
        let first = lower.prefix { $0.isLetter || $0 == "-" || $0 == "&" }
        guard partFirstWords.contains(String(first)) || lower.dropFirst(first.count).hasPrefix(" session") else { return nil }
        return partWords.first { text.prefixMatch(of: $0.0) != nil }?.1
    }

    /// Every word that opens an expression of `partWords`, but for the session named by any one word: the first words
    /// `heading` tries them after, and three it does not ("Inauguration", "Q & A session", "Q& A session").
    private static let partFirstWords = keywords.union(["inauguration", "q", "q&"])

    private static func partHeading(_ kind: PartKind, body: String, prefix: String, printed: String, _ lexicon: GenreLexicon) -> Heading {
        // "First session (Post-war Iraq and the role of the international community)": an ordinal part and its theme in
        // brackets; "(Presentation)", "(Closed meeting)" say how it was held.
        if let match = body.wholeMatch(of: ordinalWithTheme), case let theme = match.output.2.lowercased(), !formatWords.contains(where: theme.includes) {
            let head = String(match.output.1)
            return Heading(target: .part(kind), label: prefix.isEmpty ? head : prefix + " " + head, number: Ordinals.value(String(head.prefix { $0 != " " })),
                           title: String(match.output.2), text: printed)
        }
        var rest = body
        var note: String?
        if let match = rest.firstMatch(of: formatNote) {
            note = String(match.output.1)
            rest.removeSubrange(match.range)
        }
        if kind == .session, let match = rest.wholeMatch(of: sessionHead) {
            let head = String(match.output.1).trimming(.init(charactersIn: " |"))
            let number = head.words.dropFirst().first.flatMap { Ordinals.value(String($0)) }
            var title = HeaderReader.unquoted(String(match.output.2))
            // "Session 1 | Strategic Line  10:45-12:15": the part's hours printed after its theme.
            if let hours = title.firstMatch(of: Times.trailingHours) { title = String(title[..<hours.range.lowerBound]) }
            // "Panel discussion on climate finance": what the discussion was on is its theme.
            if title.hasPrefix("on "), head.lowercased().hasSuffix("discussion") || head.lowercased().hasSuffix("debate") { title.removeFirst(3) }
            let label = prefix.isEmpty ? head : prefix + " " + head
            return Heading(target: .part(kind), label: label, number: number,
                           title: title.isEmpty ? nil : title, formatNote: note, text: printed)
        }
        // 'Keynote Address: "Water utilities as borrowers"': the part, then the title of the talk.
        var title: String?
        if let colon = rest.firstRange(of: ": "), HeaderReader.unquoted(String(rest[colon.upperBound...])) != String(rest[colon.upperBound...]) {
            title = HeaderReader.unquoted(String(rest[colon.upperBound...]))
            rest = String(rest[..<colon.lowerBound])
        } else if let colon = rest.firstRange(of: ": "), Talks.speaker(String(rest[colon.upperBound...]), lexicon) != nil {
            // "Plenary lecture 1: Prof. X (University) – “Title”": the speaker and the talk, read with the part.
            title = String(rest[colon.upperBound...])
            rest = String(rest[..<colon.lowerBound])
        } else if let split = [": ", " – ", " — ", " - "].compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
                  rest[..<split.lowerBound].wordCount <= 3
                    // "Item 3. Thematic session A — Transboundary water allocation": an item's number, then the part's own label.
                    || rest[..<split.lowerBound].wordCount <= 7 && [" – ", " — "].contains(String(rest[split]))
                        && partKind(String(rest[..<split.lowerBound])) != nil {
            // "Day 1 – Opening and keynote", "Keynote Speech: The Last Ten Percent": the part, then its theme,
            // unless a person follows ("Keynote: Dr. X"), who is read as the part's speaker.
            let after = String(rest[split.upperBound...])
            // "Day 1 — Morning session": a part named by when it met, no theme after the dash.
            let namesThePart = after.wordCount <= 3 && after.lowercased().hasSuffix("session") && partKind(after) != nil
            // "AGENDA ITEM 3: COASTAL DATA": a heading in capitals prints its theme so, not a person without honorific.
            let person = RosterLines.person(after, lexicon).map { found in
                found.0.honorific != nil || !Names.isAllCaps(after.replacing(" ", with: "")) || !Names.isAllCaps(rest.replacing(" ", with: ""))
            } ?? false
            if !after.isEmpty, !namesThePart, !person, RosterLines.label(after, lexicon) == nil {
                title = after
                rest = String(rest[..<split.lowerBound])
            }
        }
        let label = prefix.isEmpty ? rest : prefix + " " + rest
        return Heading(target: .part(kind), label: label, title: title, formatNote: note, text: printed)
    }

    /// "Opening the meeting, the Secretary-General said:" leads into the words quoted below it, as a sentence does; a heading
    /// ends with a colon only over what it lists ("Speakers:", "Session 2: Ports").
    private static func introducesQuotation(_ body: String, _ lexicon: GenreLexicon) -> Bool {
        guard body.hasSuffix(":"), let last = body.dropLast().words.last else { return false }
        return body.wordCount >= 3 && lexicon.reportingVerbs.contains(last.lowercased())
    }

    private static func startsWithPerson(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        guard let first = text.words.first else { return false }
        return Names.honorific(String(first), lexicon) != nil && text.wordCount > 1
    }
}
