import Foundation

/// The body of a summary, line after line: headings, roster lines, speakers, lists and prose.
extension PlainTextReader {
    mutating func readBodyLine(_ line: SourceLine) {
        // The description lines of a name block were read with the name.
        if consumed.contains(line.number) { return }
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
            tableColumns = nil
            return
        }
        let shape = LineShape(line)
        // A part runs from its heading to the last line before the next heading.
        if let index = currentPart { parts[index].span.last = line.number }
        let entry = lastRosterEntry
        lastRosterEntry = nil
        if let entry, readEntryDescription(shape, entry: entry) { return }
        if let columns = tableColumns {
            if readTableRow(line, columns: columns) { return }
            tableColumns = nil
        } else if line.text.includes(" | "), let columns = tableHeader(line.text) {
            tableColumns = columns
            categories[line.number] = .heading
            return
        }
        if Residue.matches(line.text) {
            residue.append(TextLine(text: line.text, line: line.number))
            categories[line.number] = .residue
            openParagraph = nil
            return
        }
        // Before headings: "Maria Lopez" in title case over "Director, ..." is a person, not a heading.
        if shape.markers.isEmpty, let (printed, description) = nameBlock(at: line) {
            readNameBlock(printed, description: description, line: line.number)
            return
        }
        if let heading = Headings.heading(shape, lexicon) ?? listHeading(shape), isHeadingInContext(heading, shape: shape) {
            startHeading(themedPart(heading, line: line.number) ?? heading, line: line.number)
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
        if let index = currentPart, parts[index].title == nil, shape.markers.isEmpty, HeaderReader.unquoted(line.text) != line.text,
           !participations.contains(where: { $0.partId == parts[index].id }), !statements.contains(where: { $0.partId == parts[index].id }),
           !line.text.dropFirst().dropLast().contains(where: { "\"“”".contains($0) }) {
            // "Keynote Lecture" over '"Moving with the Rains"': the title of the talk is the part's.
            parts[index].title = HeaderReader.unquoted(line.text)
            categories[line.number] = .heading
            return
        }
        if rosterLabel == nil, let index = currentPart, !participations.contains(where: { $0.partId == parts[index].id }),
           !statements.contains(where: { $0.partId == parts[index].id }),
           shape.markers.isEmpty, !line.text.hasSuffix(":"), !line.text.hasSuffix("."),
           let (printed, affiliation) = RosterLines.person(line.text, lexicon), printed.honorific != nil || affiliation != nil {
            // A person alone under a session's heading presides over it: "Prof. Taga Hidetoshi(Waseda University)".
            let id = registry.person(printed, line: line.number, introduction: true)
            categories[line.number] = .participant
            participate(id, role: partDefaultRole ?? .chair, printed: nil, cue: partDefaultCue ?? "roster.under-heading",
                        affiliation: affiliation, line: line.number)
            return
        }
        if lastLineWasRoster, shape.markers.isEmpty, let (printed, affiliation) = RosterLines.person(line.text, lexicon),
           !line.text.hasSuffix("."), let label = rosterLabel {
            addRosterPerson(printed, affiliation: affiliation, label: label, inherited: true, line: line.number)
            return
        }
        if shape.isBullet, let label = rosterLabel, label.plural, label.rest.isEmpty,
           let (printed, affiliation) = RosterLines.person(shape.body, lexicon),
           !shape.body.hasSuffix(".") || shape.body.includes(", on ") || Self.endsWithAbbreviation(shape.body) {
            // "The participants were:" and a list of bullets, one person each.
            addRosterPerson(printed, affiliation: affiliation, label: label, inherited: false, line: line.number)
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
    /// "Key points" over a list of bullets: a short line in sentence case heads the list below it.
    func listHeading(_ shape: LineShape) -> Heading? {
        let body = shape.body
        guard shape.markers.isEmpty, shape.line.indent <= 1, let first = body.first, first.isUppercase,
              let last = body.last, last.isLetter, (1...5).contains(body.split(separator: " ").count),
              RosterLines.label(body, lexicon) == nil, Names.parse(body, lexicon) == nil, RosterLines.person(body, lexicon) == nil,
              let next = lines[shape.line.number...].first(where: { !$0.isBlank }), LineShape(next).isBullet else { return nil }
        return Heading(target: .section(.other), label: body, title: body, text: body)
    }

    /// A part of the programme from here on, whether a heading or the prose names it; the roles of
    /// an opening, keynote or closing part are its speakers'. `cue` says which: "heading", "in-text".
    mutating func beginPart(_ kind: PartKind, number: Int?, label: String, title: String?, formatNote: String? = nil,
                            line: Int, cue: String) {
        let ordinal = kind == .session ? (number ?? parts.filter { $0.kind == .session }.count + 1) : parts.count + 1
        // "the second panel" named in the prose is the second of the panels, not of all sessions.
        let noun = cue == "in-text" && label.lowercased().hasSuffix("panel") ? "panel" : "session"
        let base: String = switch kind {
        case .session: "\(noun)-\(ordinal)"
        case .concluding: "concluding-session"
        case .opening, .keynote, .closing: kind.rawValue
        case .other: Ids.slug(label)
        }
        let id = Ids.unique(base, in: Set(parts.map(\.id) + sections.map(\.id)))
        parts.append(EventPart(id: id, kind: kind, ordinal: ordinal, label: label, title: title, formatNote: formatNote,
                               span: SourceSpan(line)))
        currentPart = parts.count - 1
        partDefaultRole = switch kind {
        case .opening: .openingSpeaker
        case .closing: .closingSpeaker
        case .keynote: .keynoteSpeaker
        default: nil
        }
        partDefaultCue = partDefaultRole.map { _ in "part.\(kind.rawValue)-\(cue)" }
    }

    /// "Regional Security and Cooperation" over "Moderator: X": a heading that names no part but has
    /// a roster under it is a session, titled by its theme.
    func themedPart(_ heading: Heading, line: Int) -> Heading? {
        guard case .section(.other) = heading.target,
              let next = lines[line...].first(where: { !$0.isBlank }),
              !(heading.title ?? heading.text).lowercased().split(separator: " ").contains(where: { MentionFinder.peopleNouns.contains(String($0)) })
        else { return nil }
        let shape = LineShape(next)
        if let label = RosterLines.label(shape.body, lexicon) {
            guard label.role != .participant else { return nil }
        } else {
            // "(a) Trade and the G-20" over bullets of people ("U.S.: Dr. X (Institute)"): the people of a panel.
            guard shape.isBullet, RosterLines.person(RosterLines.withoutGroupLabel(shape.body), lexicon) != nil else { return nil }
        }
        return Heading(target: .part(.session), label: heading.label, title: heading.title, text: heading.text)
    }

    /// "Panel Presentations" over "(a) Trade" and "(b) Finance": a heading with nothing under it but the
    /// parts that follow names the role of their people.
    /// The parts after the first, enumerated alike, keep the group's role.
    mutating func inheritGroupRole(enumerated: Bool) {
        guard partDefaultRole == nil, parts.count >= 2, let current = currentPart, parts[current].kind == .session else {
            groupRole = nil
            return
        }
        if let groupRole, enumerated {
            (partDefaultRole, partDefaultCue) = (groupRole.role, groupRole.cue)
            return
        }
        groupRole = nil
        let group = parts[current - 1]
        guard group.kind == .session, !participations.contains(where: { $0.partId == group.id }),
              !statements.contains(where: { $0.partId == group.id }) else { return }
        let words = ([group.label] + (group.title.map { [$0] } ?? [])).joined(separator: " ").lowercased().split(separator: " ")
        for word in words.reversed() {
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : String(word)
            guard let label = lexicon.rosterLabels[String(word)] ?? lexicon.rosterLabels[singular], label.role != .participant else { continue }
            partDefaultRole = label.role
            partDefaultCue = label.id + ".group-heading"
            if enumerated { groupRole = (label.role, label.id + ".group-heading") }
            return
        }
    }

    func isHeadingInContext(_ heading: Heading, shape: LineShape) -> Bool {
        guard shape.markers.isEmpty, case .section(.other) = heading.target else { return true }
        return lines[shape.line.number...].contains { !$0.isBlank }
    }

    mutating func startHeading(_ heading: Heading, line: Int) {
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
            partsHaveHeadings = true
            beginPart(kind, number: heading.number, label: heading.label, title: heading.title, formatNote: heading.formatNote,
                      line: line, cue: "heading")
            currentSection = nil
            inheritGroupRole(enumerated: heading.text.first.map { $0 == "(" || $0.isNumber } ?? false)
            if let title = heading.title, let roles = RosterLines.rolesInHeading(title, lexicon) {
                // "Session 1: Water and Cities (Chair: Prof. Kenji Mori)": the heading names who presided.
                parts[parts.count - 1].title = roles.title.isEmpty ? nil : roles.title
                for (printed, affiliation) in roles.people {
                    let id = registry.person(printed, line: line, introduction: true)
                    participate(id, role: roles.role, printed: roles.printed, cue: roles.cue, affiliation: affiliation, line: line)
                }
            }
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

    // MARK: - Paragraphs and points

    mutating func readBlock(_ shape: LineShape) {
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

    mutating func flushProse() {
        guard let pending = pendingProse else { return }
        pendingProse = nil
        readProse(pending.text, form: pending.form, span: pending.span, shape: pending.shape)
    }

    /// The physical line of a wrapped paragraph on which a name is printed.
    func line(of mention: Mention, in span: SourceSpan, from cursor: inout Int) -> Int {
        let key = mention.printed.family
        if let found = (max(cursor, span.first)...span.last).first(where: { lines[$0 - 1].text.contains(key) }) {
            cursor = found
            return found
        }
        return cursor
    }

    /// Nesting read from indentation: each deeper indent of a list item is one level further in.
    mutating func level(of shape: LineShape) -> Int {
        guard !shape.markers.isEmpty else { return 0 }
        while let last = listIndents.last, last > shape.line.indent { listIndents.removeLast() }
        if listIndents.last != shape.line.indent { listIndents.append(shape.line.indent) }
        return listIndents.count - 1
    }

    var introductionPromisedList: Bool {
        guard let intro = speakerIntroduction else { return false }
        return statements[intro].text.hasSuffix(":")
    }

    mutating func readProse(_ text: String, form: BlockForm, span: SourceSpan, shape: LineShape) {
        // A paragraph of prose ends the list a roster label opened.
        if let label = rosterLabel, label.rest.isEmpty, endsSentence(text), text.split(separator: " ").count >= 8 { rosterLabel = nil }
        var subject: String?
        var mentioned: [String] = []
        var cursor = span.first
        let sentences = Tokenizer.sentences(text)
        defer {
            paragraphsRead += 1
            // "... Presentations were made by:" at the end of a paragraph opens a list of the people below.
            if let last = sentences.last, last.hasSuffix(":"), let label = RosterLines.label(String(last), lexicon), label.rest.isEmpty {
                rosterLabel = label
            }
        }
        for (number, printed) in sentences.enumerated() {
            // Made once per sentence: each test below asks for it.
            let sentence = String(printed), lower = sentence.lowercased()
            readEventFacts(sentence, lower: lower, line: span.first)
            if lower.includes("chair") { chairsAct(in: sentence, line: span.first) }
            if let announced = announcedRole(in: sentence) { rolesAnnounced = announced }
            if lower.includes("session") || lower.includes("panel") || lower.includes("segment") || lower.includes("plenary")
                || partsAnnounced != nil {
                startPart(namedIn: sentence, line: span.first)
            }
            if currentPart != nil, let index = currentPart, parts[index].title == nil, let topic = quotedTopic(sentence) {
                parts[index].title = topic
            }
            if firstDayInText == nil, eventDate == nil, paragraphsRead < 3, let date = Dates.all(in: sentence).first(where: { $0.day != nil }) {
                firstDayInText = (date, span.first)
            }
            let mentions = MentionFinder(registry: registry, lexicon: lexicon).mentions(in: sentence)
            for (position, mention) in mentions.enumerated() {
                let printedOn = line(of: mention, in: span, from: &cursor)
                if let cue = mention.mentionedOnly {
                    // "recalling the visit of Mr. X last year": spoken of, not present; the text keeps it.
                    explain("not-a-participant", mention.printed.name, line: printedOn, cue: cue)
                    continue
                }
                let id = registry.person(mention.printed, line: printedOn)
                mentioned.append(id)
                // In an opening or closing part, "remarks by X" are that part's remarks.
                let specific = mention.role == .speaker && partDefaultRole != nil ? nil : mention.role
                var role = specific ?? partDefaultRole ?? mention.impliedRole ?? (currentPart == nil ? .participant : .speaker)
                var cue = specific != nil ? mention.cue : partDefaultRole != nil ? partDefaultCue : mention.cue ?? "mention.default"
                // "Two lead-off speakers introduced the discussion. Colonel X argued ... Prof. Y stressed ...":
                // the subjects of the sentences that follow hold the role announced.
                if specific == nil, position == 0, let announced = rolesAnnounced, announced.count > 0,
                   startsWithSubject(printed, mention: mention) {
                    role = announced.label.role
                    cue = announced.label.id + ".announced"
                    rolesAnnounced?.count -= 1
                }
                // "A, B and C discussed ...": who speaks in a panel, with no other role printed, sits on it.
                if role == .speaker, specific == nil, partDefaultRole == nil, let index = currentPart,
                   parts[index].label.lowercased().includes("panel") {
                    role = .panelist
                    cue = "part.panel-member"
                }
                participate(id, role: role, printed: specific != nil ? mention.roleAsPrinted : nil, cue: cue ?? "mention.default",
                            affiliation: mention.affiliation, line: printedOn, fromEvidence: mention.role != nil)
                if position == 0, subject == nil, number == 0,
                   startsWithSubject(printed, mention: mention) {
                    subject = id
                }
            }
            if lower.includes(" by the ") { actorsByTitle(in: sentence, line: span.first) }
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

    /// "Noordzee Data B.V.", "Acme Inc.": a line whose last period belongs to an abbreviation.
    static func endsWithAbbreviation(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return last.filter({ $0 == "." }).count >= 2 || ["Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr."].contains(String(last))
    }

    /// "The second panel, moderated by the Rector, ...": a person named before by the title printed
    /// with their name ("UNU Rector Hans van Ginkel") holds the role, when only one person has it.
    mutating func actorsByTitle(in sentence: String, line: Int) {
        let tokens = Tokenizer.tokenize(sentence)
        for k in tokens.indices.dropLast(2) where tokens[k].lower == "by" && tokens[k + 1].lower == "the" {
            let title = tokens[k + 2]
            guard title.isCapitalised, lexicon.titleWords.contains(title.lower),
                  k + 3 == tokens.count || !Names.isNameToken(tokens[k + 3].bare, lexicon) && tokens[k + 3].lower != "of",
                  let cue = CueFinder(lexicon: lexicon).last(in: tokens[..<(k + 1)]) else { continue }
            // The title must head the person's description ("UNU Rector", "Rector of the University"),
            // not stand in it ("Special Adviser to the Rector").
            let holders = Set(participations.filter { participation in
                guard participation.personId != nil, let affiliation = participation.affiliation else { return false }
                let head = affiliation.split(separator: ",").first.map { $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }) } ?? []
                let ofAnother = head.contains { ["to", "of", "for", "at", "and"].contains($0) }
                return head.last.map { $0 == title.text } ?? false && !ofAnother || head.first.map { $0 == title.text } ?? false
            }.compactMap(\.personId))
            guard holders.count == 1, let id = holders.first else { continue }
            participate(id, role: cue.role, printed: cue.printed, cue: cue.id + ".by-title", affiliation: nil, line: line)
        }
    }

    /// "Two lead-off speakers introduced the discussion": how many, and which role, with no name given.
    func announcedRole(in sentence: String) -> (label: GenreLexicon.RosterLabel, count: Int)? {
        let numbers = ["two": 2, "three": 3, "four": 4, "five": 5]
        let words = sentence.lowercased().split(separator: " ").prefix(4).map(String.init)
        guard let index = words.firstIndex(where: { numbers[$0] != nil }), index + 1 < words.count, index <= 1 else { return nil }
        let rest = words[(index + 1)...]
        for length in [2, 1] where rest.count >= length {
            let phrase = rest.prefix(length).joined(separator: " ")
            if let label = lexicon.rosterLabels[phrase], label.role != .participant, phrase.hasSuffix("s") {
                return (label, numbers[words[index]]!)
            }
        }
        return nil
    }

    /// "Both Co-Chairs delivered opening remarks", "The Co-Chairs thanked all participants": the chairs
    /// named earlier act in this part; the part says in what role, or the sentence's cue does.
    mutating func chairsAct(in sentence: String, line: Int) {
        let words = sentence.split(separator: " ").prefix(4).map { $0.lowercased() }
        guard let noun = words.firstIndex(where: { ["co-chairs", "co-chairs'", "chairs", "co-chairmen", "co-chairpersons"].contains($0) }),
              noun <= 2, words[..<noun].allSatisfy({ ["both", "the", "two"].contains($0) }) else { return }
        let chairs = participations.filter { $0.role == .chair && $0.personId != nil }.compactMap(\.personId)
        guard chairs.count >= 2 else { return }
        let tokens = Tokenizer.tokenize(sentence)
        let cue = CueFinder(lexicon: lexicon).first(in: tokens[...].dropFirst(noun + 1))
        guard let role = partDefaultRole ?? cue?.role ?? (currentPart != nil ? .speaker : nil) else { return }
        for id in chairs {
            participate(id, role: role, printed: cue?.printed, cue: partDefaultRole != nil ? partDefaultCue ?? "part.chairs" : cue?.id ?? "part.chairs",
                        affiliation: nil, line: line)
        }
    }

    /// "Mr. Konuma, ..., introduced ..." or "(1) Sadako Ogata, ..., made ...": the person is the subject.
    func startsWithSubject(_ sentence: Substring, mention: Mention) -> Bool {
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
    func theme(in sentence: String, lower: String) -> String? {
        guard lower.includes(" the t"),
              let match = sentence.firstMatch(of: Patterns.theme) else { return nil }
        var theme = String(match.output.1).trimming(.whitespaces)
        while let last = theme.last, ".,".contains(last) { theme.removeLast() }
        return theme
    }
}
