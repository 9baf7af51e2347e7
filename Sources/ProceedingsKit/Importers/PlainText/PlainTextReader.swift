import Foundation

/// Walks the lines of one summary once, top to bottom, building the record as it goes.
struct PlainTextReader {
    let lines: [SourceLine]
    let lexicon: GenreLexicon
    let fileName: String
    let sourceName: String
    let sha256: String

    private var registry = Registry()
    private var parts: [EventPart] = []
    private var sections: [Section] = []
    private var participations: [Participation] = []
    /// Participations read from a roster line under a singular label ("Lead-off:"), which the
    /// body may correct: whoever the text shows doing something else held that role instead.
    private var tentative: Set<Int> = []
    private var statements: [Statement] = []
    private var residue: [TextLine] = []
    private var categories: [Int: LineAccount.Category] = [:]
    private var findings: [Finding] = []
    /// Each fact with its line and the cue that produced it, for `inspect --explain`.
    private var explanations: [Explanation] = []
    private var venueCue = ""

    // Where the walk is.
    private var currentPart: Int?
    private var currentSection: Int?
    private var rosterLabel: RosterLines.Label?
    private var lastLineWasRoster = false
    private var partDefaultRole: Role?
    /// The cue behind the part's default role: its heading, or a sentence naming its panelists.
    private var partDefaultCue: String?
    private var speaker: String?
    /// The paragraph that introduced the current speaker's points, and whether it promised a list.
    private var speakerIntroduction: Int?
    private var pointsFollow = false
    private var speakerLabelled = false
    /// Indents of the open list items, outermost first.
    private var listIndents: [Int] = []
    /// The statement a hard-wrapped line continues.
    private var openParagraph: Int?
    /// A paragraph still being read: it is understood only once its last wrapped line is in.
    private var pendingProse: (text: String, span: SourceSpan, shape: LineShape, form: BlockForm)?
    private var yearContext: Int?
    /// The first line of the trailer: what follows the last paragraph (blank lines, page residue,
    /// the URL and issuer lines of `SourceLines`).
    private var trailerStart = Int.max
    /// "https://..." and "Issued by ..." lines of the header and the trailer, in order.
    private var urls: [TextLine] = []
    private var issuers: [TextLine] = []

    // Facts about the event found in the prose.
    /// The event's date and its line, with how directly the text states it: a labelled or bracketed
    /// date (3) over a sentence saying the event was held (2) over a news dateline (1).
    private var eventDate: (date: PrintedDate, line: Int, strength: Int)?
    private var eventDateCue = ""
    private var time: (String, Int)?
    private var headerDateline: PrintedDate?
    /// The line of an event date whose year was taken from elsewhere in the text.
    private var yearInferred: Int?
    private var venue: (String, Int)?
    private var audience: (String, Int)?

    init(lines: [SourceLine], lexicon: GenreLexicon, fileName: String, sourceName: String, sha256: String) {
        self.lines = lines
        self.lexicon = lexicon
        self.fileName = fileName
        self.sourceName = sourceName
        self.sha256 = sha256
    }

    mutating func read() -> ImportResult {
        var header = HeaderReader.read(lines, lexicon)
        if header.title == nil, let (name, line) = titleFromProse(after: header.bodyStart) {
            header.title = name
            header.titleSpan = SourceSpan(line)
            header.titleInProse = true
            findings.append(Finding(file: fileName, line: line, column: lines[line - 1].indent + 1, severity: .warning,
                                    rule: "title-from-text",
                                    message: "no title line; the event's name is taken from the text: \"\(name)\""))
        }
        guard let title = header.title, !title.isEmpty else {
            let first = lines.first { !$0.isBlank }
            let finding = Finding(file: fileName, line: first?.number, column: first.map { $0.indent + 1 }, severity: .error,
                                  rule: "no-title", message: "no recognisable title: a summary starts with the event's title")
            return ImportResult(record: nil, findings: [finding], lines: accounts())
        }
        if !header.titleInProse {
            for line in header.titleSpan.first...header.titleSpan.last { categories[line] = .header }
        }
        for line in [header.documentTypeLine, header.datelineLine].compactMap({ $0 }) + header.placeLines {
            categories[line] = .header
        }
        for note in header.notes { categories[note.line] = .header }
        for line in header.subtitleLines + header.repeats + [header.symbol?.line, header.time?.line].compactMap({ $0 }) {
            categories[line] = .header
        }
        for item in header.residue { categories[item.line] = .residue }
        urls = header.urls
        issuers = header.issuers
        for fact in urls + issuers { categories[fact.line] = .header }
        trailerStart = lines.count + 1
        for line in lines[header.bodyStart...].reversed() {
            guard line.isBlank || Residue.matches(line.text) || SourceLines.fact(line.text) != nil else { break }
            trailerStart = line.number
        }
        residue = header.residue
        yearContext = header.dateline?.year ?? firstYear()
        headerDateline = header.dateline
        if let date = header.eventDateValue, let line = header.eventDate?.line {
            categories[line] = .header
            setEventDate(date, line: line, strength: 3, cue: "date.bracketed")
            if let place = header.eventPlace {
                venue = (place, line)
                venueCue = "venue.bracketed"
            }
        }
        time = header.time.map { ($0.text, $0.line) }
        for (fact, line) in header.facts {
            categories[line] = .header
            apply(fact, line: line)
        }

        for index in header.bodyStart..<lines.count { readBodyLine(lines[index]) }
        flushProse()

        let record = buildRecord(header: header, title: title)
        return ImportResult(record: record, findings: findings, lines: accounts(), explanations: resolvedExplanations())
    }

    /// The event's name in the first sentences of the first paragraphs, for a page without a title line.
    private func titleFromProse(after start: Int) -> (String, Int)? {
        var paragraphs = 0
        for line in lines[start...] where !line.isBlank {
            for sentence in Tokenizer.sentences(line.text).prefix(2) {
                if let name = EventName.find(in: String(sentence), lexicon) { return (HeaderReader.unquoted(name), line.number) }
            }
            paragraphs += 1
            if paragraphs == 3 { break }
        }
        return nil
    }

    // MARK: - Body

    private mutating func readBodyLine(_ line: SourceLine) {
        if line.number >= trailerStart, !line.isBlank, let fact = SourceLines.fact(line.text) {
            flushProse()
            openParagraph = nil
            categories[line.number] = .header
            switch fact {
            case .url(let url): urls.append(TextLine(text: url, line: line.number))
            case .issuer(let issuer): issuers.append(TextLine(text: issuer, line: line.number))
            }
            return
        }
        if let pending = pendingProse, !line.isBlank, !endsSentence(pending.text), !Residue.matches(line.text) {
            let shape = LineShape(line)
            if shape.markers.isEmpty, Headings.heading(shape, lexicon) == nil, RosterLines.label(line.text, lexicon) == nil,
               LabelledFact(line.text) == nil {
                // A hard-wrapped line from a PDF continues the paragraph above it.
                pendingProse?.text += " " + line.text
                pendingProse?.span.last = line.number
                if let index = currentPart { parts[index].span.last = line.number }
                return
            }
        }
        flushProse()
        if line.isBlank {
            categories[line.number] = .blank
            openParagraph = nil
            lastLineWasRoster = false
            return
        }
        let shape = LineShape(line)
        // A part runs from its heading to the last line before the next heading.
        if let index = currentPart { parts[index].span.last = line.number }
        if Residue.matches(line.text) {
            residue.append(TextLine(text: line.text, line: line.number))
            categories[line.number] = .residue
            openParagraph = nil
            return
        }
        if let heading = Headings.heading(shape, lexicon), isHeadingInContext(heading, shape: shape) {
            startHeading(heading, line: line.number)
            return
        }
        if shape.markers.isEmpty, let fact = LabelledFact(line.text) {
            categories[line.number] = .header
            apply(fact, line: line.number)
            return
        }
        if let label = RosterLines.label(shape.body, lexicon) {
            readRosterLabel(label, line: line.number)
            return
        }
        if rosterLabel == nil, let index = currentPart, !participations.contains(where: { $0.partId == parts[index].id }),
           !statements.contains(where: { $0.partId == parts[index].id }),
           shape.markers.isEmpty, !line.text.hasSuffix(":"), !line.text.hasSuffix("."),
           let (printed, affiliation) = RosterLines.person(line.text, lexicon), printed.honorific != nil || affiliation != nil {
            // A person alone under a session's heading presides over it: "Prof. Taga Hidetoshi(Waseda University)".
            let id = registry.person(printed, line: line.number, introduction: true)
            categories[line.number] = .participant
            participate(id, role: .chair, printed: nil, cue: "roster.under-heading", affiliation: affiliation, line: line.number)
            return
        }
        if lastLineWasRoster, shape.markers.isEmpty, let (printed, affiliation) = RosterLines.person(line.text, lexicon),
           !line.text.hasSuffix("."), let label = rosterLabel {
            addRosterPerson(printed, affiliation: affiliation, label: label, inherited: true, line: line.number)
            return
        }
        lastLineWasRoster = false
        if let (printed, affiliation) = speakerItem(shape) {
            startSpeaker(printed, affiliation: affiliation, line: line.number)
            return
        }
        if let open = openParagraph, shape.markers.isEmpty, !endsSentence(statements[open].text) {
            // A hard-wrapped line from a PDF continues the paragraph above it.
            statements[open].text += " " + line.text
            statements[open].span.last = line.number
            categories[line.number] = .narrative
            return
        }
        readBlock(shape)
    }

    /// An unnumbered line in title case is a heading only if something follows it.
    private func isHeadingInContext(_ heading: Heading, shape: LineShape) -> Bool {
        guard shape.markers.isEmpty, case .section(.other) = heading.target else { return true }
        return lines[shape.line.number...].contains { !$0.isBlank }
    }

    private mutating func startHeading(_ heading: Heading, line: Int) {
        categories[line] = .heading
        openParagraph = nil
        rosterLabel = nil
        lastLineWasRoster = true
        speaker = nil
        speakerIntroduction = nil
        pointsFollow = false
        speakerLabelled = false
        listIndents.removeAll()
        switch heading.target {
        case .part(let kind):
            let sessions = parts.filter { $0.kind == .session }.count
            let ordinal = kind == .session ? (heading.number ?? sessions + 1) : parts.count + 1
            let base: String = switch kind {
            case .session: "session-\(ordinal)"
            case .concluding: "concluding-session"
            case .opening, .keynote, .closing: kind.rawValue
            case .other: Ids.slug(heading.label)
            }
            let id = Ids.unique(base, in: Set(parts.map(\.id) + sections.map(\.id)))
            parts.append(EventPart(id: id, kind: kind, ordinal: ordinal, label: heading.label, title: heading.title,
                                   formatNote: heading.formatNote, span: SourceSpan(line)))
            currentPart = parts.count - 1
            currentSection = nil
            partDefaultRole = switch kind {
            case .opening: .openingSpeaker
            case .closing: .closingSpeaker
            case .keynote: .keynoteSpeaker
            default: nil
            }
            partDefaultCue = partDefaultRole.map { _ in "part.\(kind.rawValue)-heading" }
        case .section(let kind):
            let base = Ids.slug(heading.title ?? heading.text, maxWords: 6)
            let id = Ids.unique(base.isEmpty ? "section" : base, in: Set(parts.map(\.id) + sections.map(\.id)))
            sections.append(Section(id: id, kind: kind, ordinal: sections.count + 1, heading: heading.text, line: line))
            currentSection = sections.count - 1
            currentPart = nil
            partDefaultRole = nil
            partDefaultCue = nil
        }
    }

    private mutating func readRosterLabel(_ label: RosterLines.Label, line: Int) {
        rosterLabel = label
        lastLineWasRoster = true
        openParagraph = nil
        categories[line] = .participant
        if label.rest.isEmpty { return }
        if let (printed, affiliation) = RosterLines.person(label.rest, lexicon) {
            addRosterPerson(printed, affiliation: affiliation, label: label, inherited: false, line: line)
        } else {
            // A label with text that names no one ("Panelists: UN agencies") is still kept.
            categories[line] = .unclassified
            unclassified(line)
            appendStatement(text: lines[line - 1].text, kind: .narrative, form: .paragraph, speakerId: nil, span: SourceSpan(line))
        }
    }

    private mutating func addRosterPerson(_ printed: PrintedName, affiliation: String?, label: RosterLines.Label,
                                          inherited: Bool, line: Int) {
        let id = registry.person(printed, line: line, introduction: true)
        categories[line] = .participant
        lastLineWasRoster = true
        let index = participate(id, role: label.role, printed: label.printed,
                                cue: inherited ? label.cue + ".continued" : label.cue, affiliation: affiliation, line: line)
        if inherited, !label.plural, let index { tentative.insert(index) }
    }

    /// "1. Bronislaw Geremek, commissioner" or "Prof. Amako Satoshi:": who speaks in the points below.
    private func speakerItem(_ shape: LineShape) -> (PrintedName, String?)? {
        let body = shape.body
        guard !body.hasSuffix("."), body.split(separator: " ").count <= 14,
              !shape.markers.isEmpty || shape.line.indent > 0 || body.hasSuffix(":") else { return nil }
        guard let (printed, affiliation) = RosterLines.person(body, lexicon) else { return nil }
        if let affiliation, affiliation.split(separator: " ").count > 12 { return nil }
        // A known person, or a name an honorific or a colon vouches for.
        if registry.match(printed) != nil || printed.honorific != nil || body.hasSuffix(":") || printed.tokens.count >= 2 {
            return (printed, affiliation)
        }
        return nil
    }

    private mutating func startSpeaker(_ printed: PrintedName, affiliation: String?, line: Int) {
        let id = registry.person(printed, line: line)
        categories[line] = .participant
        openParagraph = nil
        speaker = id
        speakerIntroduction = nil
        pointsFollow = true
        listIndents.removeAll()
        // "Prof. Amako Satoshi:" heads what follows: paragraphs below are theirs too.
        speakerLabelled = lines[line - 1].text.hasSuffix(":")
        // "Opening Address:" on a line of its own names the role of the speaker who follows.
        let pending = rosterLabel.flatMap { $0.rest.isEmpty ? $0 : nil }
        participate(id, role: pending?.role ?? partDefaultRole ?? .speaker, printed: pending?.printed,
                    cue: pending?.cue ?? partDefaultCue ?? "roster.speaker-line",
                    affiliation: affiliation, line: line, fromEvidence: pending != nil)
        if pending != nil { rosterLabel = nil }
    }

    // MARK: - Paragraphs and points

    private mutating func readBlock(_ shape: LineShape) {
        let line = shape.line
        let text = shape.body
        let span = SourceSpan(line.number)
        let form: BlockForm = shape.isBullet ? .bullet : (shape.number != nil ? .numbered : .paragraph)
        let inEvaluation = currentSection.map { sections[$0].kind == .evaluation } ?? false
        let concluding = currentPart.map { parts[$0].kind == .concluding } ?? false

        if let speaker, pointsFollow, form != .paragraph && (shape.isBullet || introductionPromisedList) || speakerLabelled {
            if let intro = speakerIntroduction, statements[intro].kind != .narrative {
                statements[intro].kind = .narrative
            }
            appendStatement(text: text, kind: concluding ? .conclusion : .statement, form: form, level: level(of: shape),
                            speakerId: speaker, span: span)
            openParagraph = form == .paragraph ? statements.count - 1 : nil
            return
        }
        if inEvaluation, form != .paragraph {
            appendStatement(text: text, kind: .evaluation, form: form, level: level(of: shape), speakerId: nil, span: span)
            return
        }
        pendingProse = (text, span, shape, form)
    }

    private mutating func flushProse() {
        guard let pending = pendingProse else { return }
        pendingProse = nil
        readProse(pending.text, form: pending.form, span: pending.span, shape: pending.shape)
    }

    /// The physical line of a wrapped paragraph on which a name is printed.
    private func line(of mention: Mention, in span: SourceSpan, from cursor: inout Int) -> Int {
        let key = mention.printed.family
        if let found = (max(cursor, span.first)...span.last).first(where: { lines[$0 - 1].text.contains(key) }) {
            cursor = found
            return found
        }
        return cursor
    }

    /// Nesting read from indentation: each deeper indent of a list item is one level further in.
    private mutating func level(of shape: LineShape) -> Int {
        guard !shape.markers.isEmpty else { return 0 }
        while let last = listIndents.last, last > shape.line.indent { listIndents.removeLast() }
        if listIndents.last != shape.line.indent { listIndents.append(shape.line.indent) }
        return listIndents.count - 1
    }

    private var introductionPromisedList: Bool {
        guard let intro = speakerIntroduction else { return false }
        return statements[intro].text.hasSuffix(":")
    }

    private mutating func readProse(_ text: String, form: BlockForm, span: SourceSpan, shape: LineShape) {
        var subject: String?
        var mentioned: [String] = []
        var cursor = span.first
        let sentences = Tokenizer.sentences(text)
        for (number, printed) in sentences.enumerated() {
            // Made once per sentence: each test below asks for it.
            let sentence = String(printed), lower = sentence.lowercased()
            readEventFacts(sentence, lower: lower, line: span.first)
            let mentions = MentionFinder(registry: registry, lexicon: lexicon).mentions(in: sentence)
            for (position, mention) in mentions.enumerated() {
                let printedOn = line(of: mention, in: span, from: &cursor)
                let id = registry.person(mention.printed, line: printedOn)
                mentioned.append(id)
                let role = mention.role ?? partDefaultRole ?? mention.impliedRole ?? (currentPart == nil ? .participant : .speaker)
                let cue = mention.role != nil ? mention.cue : partDefaultRole != nil ? partDefaultCue : mention.cue ?? "mention.default"
                participate(id, role: role, printed: mention.role != nil ? mention.roleAsPrinted : nil, cue: cue ?? "mention.default",
                            affiliation: mention.affiliation, line: printedOn, fromEvidence: mention.role != nil)
                if position == 0, subject == nil, number == 0,
                   startsWithSubject(printed, mention: mention) {
                    subject = id
                }
            }
            if currentPart != nil, partDefaultRole == nil, mentions.isEmpty, lower.includes("panel"),
               sentence.firstMatch(of: Patterns.panelists) != nil {
                partDefaultRole = .panelist
                partDefaultCue = "part.panelists-sentence"
            }
            if currentPart != nil, let theme = theme(in: sentence, lower: lower), let index = currentPart, parts[index].title == nil {
                parts[index].title = theme
            }
        }
        let inEvaluation = currentSection.map { sections[$0].kind == .evaluation } ?? false
        let opensDiscussion = text.prefixMatch(of: Patterns.opensDiscussion) != nil
        let lower = text.lowercased()
        let reportsDiscussion = mentioned.isEmpty && (lower.includes("floor") || lower.includes("lively"))
            && text.firstMatch(of: Patterns.reportsDiscussion) != nil
        let isDiscussion = opensDiscussion || reportsDiscussion
        let kind: StatementKind
        if isDiscussion {
            kind = .discussion
            speaker = nil
        } else if let subject {
            kind = currentPart.map { parts[$0].kind == .concluding } ?? false ? .conclusion : .statement
            speaker = subject
        } else if inEvaluation {
            kind = .evaluation
        } else {
            kind = .narrative
            speaker = nil
        }
        let index = appendStatement(text: text, kind: kind, form: form, level: level(of: shape),
                                    speakerId: kind == .narrative || kind == .discussion ? nil : subject, span: span)
        if subject != nil {
            speakerIntroduction = index
            pointsFollow = true
        } else {
            speakerIntroduction = nil
            pointsFollow = false
        }
        if text.split(separator: " ").count <= 6, !endsSentence(text), shape.markers.isEmpty, mentioned.isEmpty {
            categories[span.first] = .unclassified
            unclassified(span.first)
        }
        openParagraph = nil
    }

    /// "Mr. Konuma, ..., introduced ..." or "(1) Sadako Ogata, ..., made ...": the person is the subject.
    private func startsWithSubject(_ sentence: Substring, mention: Mention) -> Bool {
        let tokens = Tokenizer.tokenize(String(sentence))
        var start = 0
        // "Co-Chair Ogata", "Commissioners Surin Pitsuwan and ...": titles before the subject.
        while start < mention.tokens.lowerBound, lexicon.titleWords.contains(tokens[start].lower) || tokens[start].text == "(" || tokens[start].text == ")" || Int(tokens[start].text) != nil {
            start += 1
        }
        guard start == mention.tokens.lowerBound else { return false }
        // "Sadako Ogata and Sonia Picado made ...": several subjects, no single speaker.
        let next = mention.extent.upperBound < tokens.count ? tokens[mention.extent.upperBound] : nil
        if let next, next.lower == "and" || next.text == "&" { return false }
        if mention.extent.upperBound < tokens.count, tokens[mention.extent.upperBound].text == "," {
            return tokens.count > mention.extent.upperBound + 1 && !tokens[mention.extent.upperBound + 1].isCapitalised
        }
        return next.map { !$0.isCapitalised && $0.isWord } ?? false
    }

    /// `under the theme of "..."` names a part's theme.
    private func theme(in sentence: String, lower: String) -> String? {
        guard lower.includes(" the t"),
              let match = sentence.firstMatch(of: Patterns.theme) else { return nil }
        var theme = String(match.output.1).trimmingCharacters(in: .whitespaces)
        while let last = theme.last, ".,".contains(last) { theme.removeLast() }
        return theme
    }

    // MARK: - The event

    private mutating func apply(_ fact: LabelledFact, line: Int) {
        for kind in fact.kinds {
            switch kind {
            case .date:
                if let date = Dates.all(in: fact.value).first { setEventDate(date, line: line, strength: 3, cue: "date.labelled") }
            case .time:
                let date = fact.kinds.contains(.date) ? Dates.all(in: fact.value).first : nil
                if time == nil, let printed = fact.time(besides: date) { time = (printed, line) }
            case .venue:
                if venue == nil {
                    venue = (fact.value, line)
                    venueCue = "venue.labelled"
                }
            case .organizers:
                for name in Self.organizerNames(fact.value) {
                    let id = registry.organization(name, line: line)
                    participations.append(Participation(organizationId: id, role: .organizer, line: line))
                    explain("organizer", name, line: line, cue: "organizer.labelled")
                }
            }
        }
    }

    /// "the Ministry of Foreign Affairs of Japan, the United Nations and the Graduate School ..." → three names.
    static func organizerNames(_ list: String) -> [String] {
        list.replacingOccurrences(of: ", and ", with: ", ").replacingOccurrences(of: " and the ", with: ", the ")
            .replacingOccurrences(of: "; ", with: ", ")
            .components(separatedBy: ", ")
            .map { $0.hasPrefix("the ") || $0.hasPrefix("The ") ? String($0.dropFirst(4)) : $0 }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The shape of an organisation's name: capitalised words, a few lowercase connectors, an
    /// acronym in brackets. "This meeting was co-chaired by Japan" is a clause, not a name.
    static func isOrganizationName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (1...12).contains(words.count), name.filter({ $0 == "(" }).count == name.filter({ $0 == ")" }).count else {
            return false
        }
        let connectors: Set<String> = ["of", "the", "and", "for", "on", "in", "de", "du", "des", "&", "to", "at"]
        return words.allSatisfy { word in
            let bare = word.trimmingCharacters(in: .init(charactersIn: "()\"“”,"))
            return bare.isEmpty || bare.first!.isUppercase || bare.first!.isNumber || connectors.contains(bare)
        } && words.first!.first!.isUppercase
    }

    /// The dateline expression starts with two characters of a capitalised place name; most
    /// sentences are rejected here without running it.
    private static func mayOpenWithDateline(_ sentence: String) -> Bool {
        let scalars = sentence.unicodeScalars.prefix(2)
        guard scalars.count == 2, ("A"..."Z").contains(scalars.first!) else { return false }
        return ("A"..."Z").contains(scalars.last!) || " .'’-".unicodeScalars.contains(scalars.last!)
    }

    private mutating func readEventFacts(_ sentence: String, lower: String, line: Int) {
        // A news dateline opens the story with where and when it happened: "TOKYO, 5 June -- The Seminar ...".
        if eventDate == nil, Self.mayOpenWithDateline(sentence),
           let match = sentence.prefixMatch(of: Patterns.newsDateline),
           let date = Dates.all(in: String(match.output.2)).first {
            setEventDate(date, line: line, strength: 1, cue: "date.news-dateline")
            if venue == nil {
                venue = (String(match.output.1).capitalized, line)
                venueCue = "venue.news-dateline"
            }
        }
        if audience == nil, ["attend", "audience", "people", "persons", "participants"].contains(where: lower.includes),
           sentence.firstMatch(of: Patterns.audience) != nil {
            audience = (sentence, line)
        }
        guard currentPart == nil, ["organi", "convened", "hosted", "held"].contains(where: lower.includes),
              let verb = sentence.firstMatch(of: Patterns.organisingVerb) else { return }
        let dates = Dates.all(in: sentence)
        // "NEW YORK, 19 September -- The UNU held a seminar ... on Monday (16 September)": the date
        // after the verb is the event's, one before it may be the story's.
        if let date = dates.first(where: { $0.range.lowerBound >= verb.range.upperBound }) ?? dates.first {
            setEventDate(date, line: line, strength: 2, cue: "date.held")
        }
        if venue == nil {
            var afterVerb = String(sentence[verb.range.upperBound...].replacing(Patterns.quotation, with: "\"\""))
            // A purpose or relative clause says what the event was about, not where it was.
            if let cut = afterVerb.firstMatch(of: Patterns.clauseAfterVenue) { afterVerb = String(afterVerb[..<cut.range.lowerBound]) }
            if let match = afterVerb.firstMatch(of: Patterns.venueOn) ?? afterVerb.firstMatch(of: Patterns.venue) {
                var place = String(match.output.1).trimmingCharacters(in: .whitespaces)
                if place.hasPrefix("the ") { place.removeFirst(4) }
                if !place.isEmpty, Dates.all(in: place).isEmpty {
                    venue = (place, line)
                    venueCue = "venue.held-at"
                }
            }
        }
        if let passive = sentence.firstMatch(of: Patterns.organisedBy),
           !participations.contains(where: { $0.role == .organizer }) {
            for name in Self.organizerNames(String(passive.output.2)) where Self.isOrganizationName(name) {
                let id = registry.organization(name, line: line)
                participations.append(Participation(organizationId: id, role: .organizer, roleAsPrinted: String(passive.output.1), line: line))
                explain("organizer", name, line: line, cue: "organizer.by", printed: String(passive.output.1) + " by")
            }
            return
        }
        var subject = String(sentence[..<verb.range.lowerBound])
        if let lastDate = dates.last(where: { $0.range.upperBound <= verb.range.lowerBound }) {
            subject = String(sentence[lastDate.range.upperBound..<verb.range.lowerBound])
        }
        // "NEW YORK, 19 September (UNU) -- The United Nations University held": the news dateline is no organiser.
        if let dash = subject.range(of: " -- ", options: .backwards) ?? subject.range(of: " — ", options: .backwards) {
            subject = String(subject[dash.upperBound...])
        }
        subject = subject.trimmingCharacters(in: .init(charactersIn: " ,"))
        // "The meeting was held": a passive sentence names no organiser before its verb.
        if subject.firstMatch(of: Patterns.passiveEnd) != nil { return }
        let organizers = Self.organizerNames(subject)
        guard !organizers.isEmpty, organizers.allSatisfy(Self.isOrganizationName),
              !participations.contains(where: { $0.role == .organizer }) else { return }
        for name in organizers {
            let id = registry.organization(name, line: line)
            participations.append(Participation(organizationId: id, role: .organizer, roleAsPrinted: String(verb.output.1), line: line))
            explain("organizer", name, line: line, cue: "organizer.subject", printed: String(verb.output.1))
        }
    }

    /// A date of the event replaces one the text states less directly. A year that only the page's
    /// own date gives is an inference, and said.
    private mutating func setEventDate(_ date: PrintedDate, line: Int, strength: Int, cue: String) {
        if let current = eventDate, current.strength >= strength { return }
        eventDateCue = cue
        var completed = date.completed(withYear: yearContext)
        if let page = headerDateline, completed.year == nil, page.year != nil { completed.year = page.year }
        eventDate = (completed, line, strength)
        yearInferred = date.year == nil && completed.year != nil ? line : nil
    }

    // MARK: - Building

    @discardableResult
    private mutating func participate(_ personId: String, role: Role, printed: String?, cue: String, affiliation: String?,
                                      line: Int, fromEvidence: Bool = true) -> Int? {
        let partId = currentPart.map { parts[$0].id }
        if let existing = participations.firstIndex(where: { $0.personId == personId && $0.partId == partId }) {
            // Evidence in the text corrects a role that was only inherited from a singular label.
            if tentative.contains(existing), fromEvidence {
                if role != participations[existing].role {
                    participations[existing].role = role
                    participations[existing].roleAsPrinted = printed
                    explanations.append(Explanation(line: line, fact: role.rawValue, value: personId, cue: cue, printed: printed,
                                                    part: partId, person: true))
                }
                tentative.remove(existing)
            }
            if participations[existing].affiliation == nil, let affiliation {
                participations[existing].affiliation = affiliation
                participations[existing].organizationId = organization(in: affiliation, line: line)
            }
            return nil
        }
        participations.append(Participation(personId: personId,
                                            organizationId: affiliation.flatMap { organization(in: $0, line: line) },
                                            partId: partId, role: role, roleAsPrinted: printed,
                                            affiliation: affiliation, line: line))
        explanations.append(Explanation(line: line, fact: role.rawValue, value: personId, cue: cue, printed: printed,
                                        part: partId, person: true))
        return participations.count - 1
    }

    /// The organisation an affiliation names: "Professor, Chuo University" → "Chuo University".
    private mutating func organization(in affiliation: String, line: Int) -> String? {
        for segment in affiliation.components(separatedBy: ", ").reversed() {
            guard Patterns.namesInstitution(segment) else { continue }
            var candidate = segment
            // "President of the Board of ... of the Inter-American Institute of X": the innermost phrase naming an institution.
            let pieces = segment.components(separatedBy: " of the ")
            if pieces.count > 1, let index = pieces.indices.last(where: { Patterns.namesInstitution(pieces[$0]) && pieces[$0].first!.isUppercase }) {
                candidate = pieces[index...].joined(separator: " of the ")
            }
            if candidate.hasPrefix("the ") { candidate.removeFirst(4) }
            let words = candidate.split(separator: " ")
            guard let first = words.first?.first, first.isUppercase, words.count <= 12,
                  !lexicon.titleWords.contains(String(words[0]).lowercased()) else { continue }
            return registry.organization(candidate, line: line)
        }
        return nil
    }

    @discardableResult
    private mutating func appendStatement(text: String, kind: StatementKind, form: BlockForm, level: Int = 0,
                                          speakerId: String?, span: SourceSpan) -> Int {
        let ordinal = statements.count + 1
        if form == .paragraph { listIndents.removeAll() }
        statements.append(Statement(id: "st-\(ordinal)", partId: currentPart.map { parts[$0].id },
                                    sectionId: currentSection.map { sections[$0].id }, speakerId: speakerId,
                                    kind: kind, form: form, level: level, ordinal: ordinal, text: text,
                                    reportedSpeech: speakerId != nil, span: span))
        for line in span.first...span.last where categories[line] != .unclassified {
            categories[line] = kind == .narrative ? .narrative : .statement
        }
        return statements.count - 1
    }

    private mutating func unclassified(_ line: Int) {
        categories[line] = .unclassified
        let text = lines[line - 1].text
        findings.append(Finding(file: fileName, line: line, column: lines[line - 1].indent + 1, severity: .warning,
                                rule: "unclassified-line", message: "line not understood, kept as narrative: \"\(text)\""))
    }

    private func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?:;\"”)".contains(last)
    }

    private func firstYear() -> Int? {
        for line in lines {
            if let date = Dates.all(in: line.text).first(where: { $0.year != nil }) { return date.year }
        }
        return nil
    }

    private mutating func explain(_ fact: String, _ value: String, line: Int, cue: String, printed: String? = nil) {
        explanations.append(Explanation(line: line, fact: fact, value: value, cue: cue, printed: printed))
    }

    private mutating func explainHeader(_ header: Header, title: String, start: PrintedDate?) {
        explain("title", title, line: header.titleSpan.first, cue: header.titleInProse ? "title.from-text" : "title.line")
        if let subtitle = header.subtitle, let line = header.subtitleLines.first { explain("subtitle", subtitle, line: line, cue: "subtitle.line") }
        if let type = header.documentType, let line = header.documentTypeLine {
            explain("document-type", type, line: line, cue: header.documentTypeCue)
        }
        if let issued = header.dateline?.iso, let line = header.datelineLine { explain("issued", issued, line: line, cue: "date.page") }
        if let start, let iso = start.iso {
            let line = eventDate?.line ?? header.datelineLine ?? header.titleSpan.first
            explain("start-date", iso, line: line, cue: eventDate == nil ? "date.page" : eventDateCue)
            if let last = start.lastIso { explain("end-date", last, line: line, cue: eventDate == nil ? "date.page" : eventDateCue) }
        }
        if let venue {
            explain("venue", venue.0, line: venue.1, cue: venueCue)
        } else if let place = header.place {
            explain("venue", place, line: header.placeLines.first ?? header.datelineLine ?? header.titleSpan.first, cue: "venue.dateline")
        }
    }

    /// The explanations in line order, persons by the name the record gives them.
    private func resolvedExplanations() -> [Explanation] {
        let names = Dictionary(uniqueKeysWithValues: registry.persons.map { ($0.id, $0.name) })
        return explanations.map { explanation in
            var resolved = explanation
            if explanation.person { resolved.value = names[explanation.value] ?? explanation.value }
            return resolved
        }.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    private func accounts() -> [LineAccount] {
        lines.map { line in
            LineAccount(line: line.number, text: line.text,
                        category: line.isBlank ? .blank : categories[line.number] ?? .unclassified)
        }
    }

    private mutating func buildRecord(header: Header, title: String) -> Record {
        let start = eventDate?.date ?? header.dateline
        if let line = yearInferred, let year = start?.year {
            findings.append(Finding(file: fileName, line: line, column: lines[line - 1].indent + 1, severity: .warning,
                                    rule: "inferred-year",
                                    message: "the event's date prints no year; \(year) is taken from the page's own date"))
        }
        let kind = EventKind.allCases.first { kind in
            kind != .other && title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix(kind.rawValue) }
        } ?? .other
        let issued = header.dateline.flatMap { date in date.iso }
        // One URL and one issuer describe the document; a further one is kept as a note, and said.
        var notes = header.notes
        for (kind, facts) in [("source URL", urls), ("issuer", issuers)] {
            for extra in facts.dropFirst() {
                notes.append(TextLine(text: lines[extra.line - 1].text, line: extra.line))
                findings.append(Finding(file: fileName, line: extra.line, column: lines[extra.line - 1].indent + 1,
                                        severity: .warning, rule: SourceLines.rule,
                                        message: "another \(kind), kept as a note; the document's is the one on line \(facts[0].line)"))
            }
        }
        notes.sort { $0.line < $1.line }
        explainHeader(header, title: title, start: start)
        let event = Event(kind: kind, title: title, subtitle: header.subtitle, titleSpan: header.titleSpan,
                          startDate: start?.iso, endDate: start?.lastIso, dateLine: eventDate?.line ?? header.datelineLine,
                          time: time?.0, timeLine: time?.1,
                          venue: venue?.0 ?? header.place, venueLine: venue?.1 ?? (header.place != nil ? header.placeLines.first ?? header.datelineLine : nil),
                          audienceNote: audience?.0, audienceLine: audience?.1)
        let document = Document(sourceFile: sourceName, sha256: sha256, language: "en",
                                documentType: header.documentType, documentTypeLine: header.documentTypeLine,
                                issued: issued, issuedLine: issued != nil ? header.datelineLine : nil, notes: notes,
                                symbol: header.symbol, issuer: SourceFact(printed: issuers.first),
                                sourceURL: SourceFact(printed: urls.first))
        return Record(id: Ids.record(date: start?.iso, title: title), document: document, event: event, parts: parts,
                      sections: sections, persons: registry.persons, organizations: registry.organizations,
                      participations: participations, statements: statements, residue: residue)
    }
}
