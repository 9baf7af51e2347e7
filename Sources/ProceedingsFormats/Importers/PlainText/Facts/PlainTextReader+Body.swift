import Foundation

/// The body of a summary, line after line: headings, roster lines, speakers, lists and prose.
extension PlainTextReader {
    mutating func readBodyLine(_ printed: SourceLine) {
        // The description lines of a name block were read with the name.
        if consumed.contains(printed.number) { return }
        let line = withoutBareNumber(printed)
        if line.number >= closingStart, !line.isBlank, SourceLines.fact(line.text) == nil {
            flushProse()
            openParagraph = nil
            residue.append(TextLine(text: line.text, line: line.number))
            categories[line.number] = .residue
            return
        }
        if line.number >= min(trailerStart, closingStart), !line.isBlank, let fact = SourceLines.fact(line.text) {
            flushProse()
            openParagraph = nil
            categories[line.number] = .header
            switch fact {
            case .url(let url): urls.append(TextLine(text: url, line: line.number))
            case .issuer(let issuer): issuers.append(TextLine(text: issuer, line: line.number))
            }
            return
        }
        // "------" drawn across the page ends what stood above it and heads nothing: it is layout.
        if !line.isBlank, HeaderReader.isRule(line.text.trimming(.whitespaces)) {
            flushProse()
            openParagraph = nil
            residue.append(TextLine(text: line.text, line: line.number))
            categories[line.number] = .residue
            return
        }
        // "... Dr. Y (Curriculum Institute)" / "discussed how ...": a bracket or a quotation closes a line, not the sentence.
        if let pending = pendingProse, !line.isBlank, !Residue.matches(line.text), !opensParagraph(line, under: pending.text, pending.span),
           !endsSentence(pending.text) || pending.text.last.map({ ")”\"".contains($0) }) == true && line.text.first?.isLowercase == true
            // "3.30pm  Exercise: “Old Bar, 2040”" over a line set in: the slot's people, whatever closes its title.
            || Times.opensWithTime(pending.text) && line.indent > pending.shape.line.indent && !pending.text.hasSuffix(".") {
            let shape = LineShape(line)
            // "In her" / "opening words Ambassador X recalled ...": a heading never starts in lower case.
            // "... Mr. Jean-Baptiste" / "RAZAFINDRAKOTO (Madagascar Fisheries Observatory) and Mr. Oliver": a line in
            // title case under an unfinished sentence goes on with it; only a part's or a section's own word heads one.
            let lowercase = line.text.first?.isLowercase == true
            // A part's word at the start of a line under a long wrapped line ("... October 2017. The" / "Workshop was
            // co-hosted by ...") goes on with the sentence too, unless the line is numbered or titled as a part is.
            func weakHeading() -> Bool {
                guard let heading = Headings.heading(shape, lexicon) else { return true }
                return heading.isWeak || !heading.isNumberedOrTitled(shape.body) && isLongProseLine(line.number - 1)
            }
            // "Presenters:" over indented names: a name that a line of its own holds is the list's next item.
            let listedUnderLabel = listsUnderLabel(line) && RosterLines.person(line.text, lexicon) != nil
            // "ALGERIA" / "  Rachid Bouzidi, Director, ...": a line set in further under one that has no marker starts a
            // block of its own; a wrapped paragraph goes on at its own margin.
            let setIn = line.indent > pending.shape.line.indent && pending.shape.markers.isEmpty && !lowercase
            if setIn { openSlot(over: line) }
            // "10:45  Group work" / "15:00  Conclusions – X": a line that begins with the hour begins a slot of its own.
            let slot = Times.opensWithTime(pending.text) && Times.opensWithTime(line.text)
            // "Moved by: Councillor A" / "Seconded by: Councillor B": a label's line under another's is a line of its own.
            let labels = pending.text.prefixMatch(of: Self.shortLabel) != nil && line.text.prefixMatch(of: Self.shortLabel) != nil
            // "3.1 Letter from the Cabinet Secretary" / "3.2 Letter from X": an item's points, each numbered, are lines of their own.
            let points = pending.text.prefixMatch(of: Self.pointNumber) != nil && line.text.prefixMatch(of: Self.pointNumber) != nil
            if shape.markers.isEmpty, lowercase || weakHeading(), !listedUnderLabel, !setIn, !slot, !labels, !points,
               lowercase || RosterLines.label(line.text, lexicon) == nil,
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
            lastLineWasRoster = participantList != nil
            endedTable = tableColumns ?? endedTable
            tableColumns = nil
            rosterColumns = nil
            return
        }
        let shape = LineShape(line)
        if otherEventsFrom == nil, Self.headsOtherEvents(shape, lexicon) { otherEventsFrom = line.number }
        if announcesListAgain(shape) {
            categories[line.number] = .participant
            return
        }
        if tableColumns == nil, isProgrammePause(line) {
            categories[line.number] = .narrative
            return
        }
        // "2" alone between blank lines, "Fafo-notat 2015:07  Reforming the Kafala System": a PDF's page number and running
        // head, printed again on every page.
        if isPageFurniture(line) {
            residue.append(TextLine(text: line.text, line: line.number))
            categories[line.number] = .residue
            return
        }
        // A part runs from its heading to the last line before the next heading; a list of groups ends where the prose resumes.
        if listedParts, !shape.isBullet {
            listedParts = false
            currentPart = nil
        }
        // "(1) Opening remarks" / ... / "(2) Reports": an item numbered as the part's own heading was is its sibling, which
        // ends the part, whether or not it is a part itself.
        if let index = currentPart, endsPartAsSibling(shape, of: parts[index]) { (currentPart, partDefaultRole, partDefaultCue) = (nil, nil, nil) }
        // "00:00 Welcome – A" / "03:12 Keynote – B" / ..., then a paragraph: a run of timed lines is over where the prose
        // resumes, which reports the whole meeting, not the run's last item.
        if let index = currentPart, line.number >= 3, lines[line.number - 2].isBlank, line.text.wordCount >= 12, endsSentence(line.text) {
            let run = (1..<(line.number - 1)).reversed().prefix { !lines[$0 - 1].isBlank }
            // The run may have a caption over it ("Video chapters").
            let timed = run.filter { Times.opensWithTime(lines[$0 - 1].text) }.count
            if timed >= 3, run.count - timed <= 1, run.contains(parts[index].span.first) {
                (currentPart, partDefaultRole, partDefaultCue) = (nil, nil, nil)
            }
        }
        if let index = currentPart { parts[index].span.last = line.number }
        let entry = lastRosterEntry
        lastRosterEntry = nil
        // A table's next row is a row of its own, set in as its columns are.
        if let entry, tableColumns == nil, readEntryDescription(shape, entry: entry) { return }
        closeSingleLabel(before: line)
        if readTableLine(line) || readAbsentees(shape) { return }
        if Residue.matches(line.text) {
            residue.append(TextLine(text: line.text, line: line.number))
            categories[line.number] = .residue
            openParagraph = nil
            return
        }
        // "2. Venue" / "Grand Hall, Hotel X, Lima": a label, and its value on the line under it.
        if let label = pendingFactLabel {
            pendingFactLabel = nil
            if label.line == line.number - 1 || lines[(label.line)..<(line.number - 1)].allSatisfy(\.isBlank), !shape.isBullet {
                categories[line.number] = .header
                apply(LabelledFact(kinds: label.kinds, value: shape.body.trimming(.whitespaces)), line: line.number)
                return
            }
        }
        if shape.markers.count <= 1, !shape.isBullet, let kinds = LabelledFact.label(shape.body) {
            // "CLERK TO THE COMMITTEE" / "Lorna X" / "LOCATION": a field's label ends the list above it.
            categories[line.number] = .header
            (pendingFactLabel, rosterLabel, participantList) = ((kinds, line.number), nil, nil)
            return
        }
        // "1. Date: 3 March 2016": an outline numbers its facts, "1 Venue: Room 3" even without a stop; "○ Hosted by: KIEP, ERIA":
        // an overview bullets them.
        if let fact = LabelledFact(!shape.markers.isEmpty ? shape.body : LabelledFact.withoutBareNumber(shape.body)),
           !shape.markers.isEmpty || shape.body.first?.isNumber == true {
            categories[line.number] = .header
            apply(fact, line: line.number)
            return
        }
        // Before headings: "Maria Lopez" in title case over "Director, ..." is a person, not a heading.
        if shape.markers.isEmpty, let (printed, description) = nameBlock(at: line) {
            readNameBlock(printed, description: description, line: line.number)
            return
        }
        // "1. The Expert Group Meeting on the Assessment of" / "under Changing Conditions was ...": the first line
        // of a wrapped paragraph, however short, heads nothing and names no speaker.
        // So does a line that names someone after a comma, as a sentence does and no heading: "Opening the discussion,
        // Prof. X, Director of the Northern" / "Housing Policy Institute, presented ...".
        // Asked only of a line that may head something or name a speaker, the cheap tests first.
        // A page hard-wrapped at a width: a line that reaches it goes on in the next ("Eng. X, Secretary-General of the
        // Jordan Centre for Water" / "Futures, gave the welcome ...").
        func wrapsOn(_ heading: Heading? = nil) -> Bool {
            guard line.number < lines.count else { return false }
            let next = lines[line.number]
            // A part's own heading ("5. Session III: Disaster Management and ...") may reach the width too.
            let weak = heading?.isWeak ?? true
            // "Morning session – Law and history" over "chaired by X, member of the Academy": who presides under the part.
            if !weak, next.text.prefixMatch(of: Self.presidedBy) != nil { return false }
            let atWidth = weak && (wrapWidth.map { line.text.count >= $0 - 10 && !endsSentence(line.text) } ?? false)
            // "Closing remarks were made by Ms. X, Regional" / "Director, ...": a line with a finite verb is a sentence's.
            let finite = shape.body.includes(" were ") || shape.body.includes(" was ")
            return !next.isBlank && (next.text.first?.isLowercase == true || namesSomeoneAfterAComma(shape.body) || atWidth || finite)
                && LineShape(next).markers.isEmpty
        }
        // "... followed by a" / "keynote lecture by Prof. X of the Delft": a line in lower case under an unfinished
        // sentence goes on with it, whatever word it starts with.
        // So does any line under a wrapped line of prose left unfinished ("... on 2nd and 3rd October 2017. The" /
        // "Workshop was co-hosted by the Ministry ...").
        let continues = line.number >= 2 && !lines[line.number - 2].isBlank && !endsSentence(lines[line.number - 2].text)
            && categories[line.number - 1] != .heading
            && (line.text.first?.isLowercase == true || categories[line.number - 1] == .narrative && isLongProseLine(line.number - 1))
        if readColumnRoster(line) || readListLine(line, shape: shape) { return }
        if readListedPart(shape) { return }
        // A table's row printed the part's theme in its cell, if any; the line under the table is not it.
        if let index = currentPart, index != tablePart, isThemeUnderHeading(shape, of: parts[index]) {
            parts[index].title = shape.body
            categories[line.number] = .heading
            return
        }
        if let heading = sessionSubsection(shape) {
            startHeading(heading, line: line.number)
            return
        }
        if let item = minutesItem(shape) {
            startHeading(item, line: line.number)
            return
        }
        if tableColumns == nil, shape.markers.isEmpty, let slot = presidedSlot(line.text) {
            startHeading(slot, line: line.number)
            return
        }
        if tableColumns == nil, shape.markers.isEmpty, let talk = timedTalk(line.text) {
            readTimedTalk(talk, line: line.number)
            return
        }
        if tableColumns == nil, shape.markers.isEmpty, let slot = timedSlot(line.text) {
            readTimedSlot(slot, line: line.number)
            return
        }
        // "Session 2: Community Rights" is a heading wherever it stands.
        if let (heading, prose, wrapped) = bulletedPart(shape) ?? minuteItemWithText(shape) {
            startHeading(heading, line: line.number)
            // "■ Session 1: Security" / "" / "Moderator: Dr. X", "◆ Session 1  Finance" / "  - Moderator  X": an item over the part's
            // roster heads it, as a heading would; items listed one under another are a list of parts, which the prose after them ends.
            let after = (wrapped.last ?? line.number)
            let rosterFollows = lines[after...].first(where: { !$0.isBlank }).map { RosterLines.label(LineShape($0).body, lexicon) != nil } ?? false
            listedParts = shape.isBullet && !rosterFollows
            for number in wrapped { consumed.insert(number); categories[number] = .heading }
            if let index = currentPart, let last = wrapped.last { parts[index].span.last = last }
            if !prose.isEmpty { readProse(prose, form: .paragraph, span: SourceSpan(line.number, wrapped.last ?? line.number), shape: shape) }
            return
        }
        // "Present:" / "Eilidh Macleod (Convener)" / "Kenneth Gibb": a name right under the list's last name is its next
        // item, however much it looks like a heading.
        // "Present:" / "" / "Kenneth Gibb": the first name under the label, a blank line between them.
        let listGoesOn = (lastLineWasRoster && categories[line.number - 1] == .participant || listAnnouncedAbove(line))
            && (rosterLabel?.plural == true || rosterLabel?.role == .participant || labelAloneAbove(line))
            && rosterLabel.map { $0.rest.isEmpty || RosterLines.people($0.rest, lexicon)?.count == 1 } == true
            && shape.markers.isEmpty && RosterLines.person(line.text, lexicon) != nil
        // "13.15–13.30 Closing remarks" / "Ildikó Ványi": a name right under a part that names its speech gives it.
        // Only someone the page has named already: "Rising Tides" under "Keynote lecture" is the talk's title.
        let givesTheSpeech = partDefaultRole != nil && currentPart.map { parts[$0].span.first == line.number - 1 } == true
            && shape.markers.isEmpty && RosterLines.person(line.text, lexicon).map { $0.0.tokens.count >= 2 && registry.match($0.0) != nil } == true
        if markMattersOfItem(shape) { return }
        if !listGoesOn, !givesTheSpeech, let heading = minuteItemOverItsPoints(shape) ?? Headings.heading(shape, lexicon) ?? listHeading(shape) ?? proseHeading(shape),
           !continues || heading.isNumberedOrTitled(shape.body),
           isHeadingInContext(heading, shape: shape), !wrapsOn(heading) {
            startHeading(partOverACard(heading, shape: shape) ?? themedPart(heading, line: line.number) ?? numberedLikeParts(heading, shape: shape) ?? minutesTopic(heading, shape: shape)
                            ?? timedItem(heading, shape: shape) ?? heading,
                         line: line.number)
            return
        }
        if readDaysAndPlace(shape) { return } else if shape.markers.isEmpty, let fact = LabelledFact(line.text) {
            categories[line.number] = .header
            apply(fact, line: line.number)
            return
        }
        // "Presentation 2" / "Speaker: ..." / "Title: “Sending-side perspectives ...”": the title of the part's talk.
        if let index = currentPart, parts[index].title == nil || parts[index].title == parts[index].label, shape.markers.isEmpty,
           let title = ["Title: ", "Topic: ", "Theme: "].first(where: { line.text.hasPrefix($0) }).map({ line.text.dropFirst($0.count) }) {
            parts[index].title = HeaderReader.unquoted(String(title).trimming(.whitespaces))
            categories[line.number] = .heading
            return
        }
        if readNumberedTalk(shape) { return }
        // "DOE, Ms Jane, Chief Executive Officer, Regional Aviation Association": a hearing lists its witnesses surname first,
        // each on a line of their own; they gave evidence.
        if shape.markers.isEmpty, let (printed, position) = RosterLines.surnameFirst(shape.body, lexicon) {
            addRosterPerson(printed, affiliation: position, label: RosterLines.Label(role: .speaker, cue: "roster.witness-surname-first",
                                                                                    printed: "", plural: true, rest: ""),
                            inherited: false, line: line.number)
            return
        }
        if let labels = RosterLines.labelRun(shape.body, lexicon) {
            for label in labels { readRosterLabel(label, line: line.number) }
            return
        }
        // "Witnesses: Department of X: Dr. A, Director. As an individual: B.": sentences of a list sorted by body.
        if shape.body.includes(": "), let label = RosterLines.label(shape.body, lexicon), label.rest.includes(": "),
           RosterLines.groupedPeople(label.rest, lexicon) != nil {
            readRosterLabel(label, line: line.number)
            return
        }
        // "Presenters: Dr. A (X) and Prof. B (Y). Moderated by Dr. C.": a label's sentence, then prose of its own.
        let sentences = shape.body.utf8.contains(UInt8(ascii: ":")) ? Tokenizer.sentences(shape.body, honorifics: lexicon.honorifics) : []
        if sentences.count >= 2, let label = RosterLines.label(String(sentences[0]).trimming(.init(charactersIn: " .")), lexicon),
           !label.rest.isEmpty, RosterLines.people(label.rest, lexicon) != nil {
            readRosterLabel(label, line: line.number)
            readProse(sentences.dropFirst().joined(separator: " "), form: .paragraph, span: SourceSpan(line.number), shape: shape)
            return
        }
        // "Opening remarks by Minister X were followed by a keynote speech by Dr. Y": a sentence that opens as a
        // label would, read as prose when no list of people follows the label.
        // "11:00 Keynote address by Prof. X": in a timed programme, a slot of its own, the part and who gave it.
        if Times.withoutLeadingTime(shape.body) != shape.body, let label = RosterLines.label(shape.body, lexicon), !label.rest.isEmpty,
           let kind = Headings.partKind(label.printed), [.keynote, .opening, .closing].contains(kind) {
            startHeading(Heading(target: .part(kind), label: label.printed, text: shape.body), line: line.number)
            readRosterLabel(label, line: line.number)
            return
        }
        // "CHAIR: Mr Smith, do you have an opening statement?": a transcript's speaker asking, not a roster.
        if var label = RosterLines.label(shape.body, lexicon), !(shape.body.hasSuffix("?") && shape.body.wordCount >= 6),
           label.rest.isEmpty || RosterLines.people(label.rest, lexicon) != nil || RosterLines.officeHolders(label.rest, lexicon) != nil
            || shape.body.wordCount < 8 || !endsSentence(shape.body)
            || label.role == .participant && substitutes(label.rest) != nil {
            // "Discussant: Prof. X (Hamad Bin Khalifa University," / "Doha). He argued ...": a bracket a wrapped line closes.
            if label.rest.filter({ $0 == "(" }).count > label.rest.filter({ $0 == ")" }).count, line.number < lines.count,
               let close = lines[line.number].text.firstIndex(of: ")"), lines[line.number].text[..<close].wordCount <= 6 {
                label.rest += " " + lines[line.number].text[...close]
            }
            readRosterLabel(label, line: line.number)
            // "IN ATTENDANCE" alone: a list of those present, sorted in groups as a list of participants is.
            // "3. Attendees": an outline numbers the label as it numbers its other facts.
            if label.rest.isEmpty, label.role == .participant, !shape.isBullet { participantList = label }
            return
        }
        if let index = currentPart, parts[index].title == nil || parts[index].title == parts[index].label, shape.markers.isEmpty, HeaderReader.unquoted(line.text) != line.text,
           !participations.contains(where: { $0.partId == parts[index].id }), !statements.contains(where: { $0.partId == parts[index].id }),
           !line.text.dropFirst().dropLast().contains(where: { "\"“”".contains($0) }) {
            // "Keynote Lecture" over '"Moving with the Rains"': the title of the talk is the part's.
            parts[index].title = HeaderReader.unquoted(line.text)
            categories[line.number] = .heading
            return
        }
        if rosterLabel == nil, let index = currentPart, !statements.contains(where: { $0.partId == parts[index].id }),
           nextUnderHeading(index, line),
           shape.markers.isEmpty, !line.text.hasSuffix(":"), !line.text.includes(". ") || line.text.wordCount <= 24,
           // "Dr X, Medical Officer, WHO," / "presented an overview ...": the subject of a wrapped sentence.
           !(line.text.hasSuffix(",") && line.number < lines.count && lines[line.number].text.first?.isLowercase == true),
           let (printed, affiliation) = RosterLines.person(RosterLines.afterRepresented(line.text, lexicon), lexicon),
           // "13.15–13.30 Closing remarks" / "Ildikó Ványi": under a part that names the speech, a name alone gives it.
           printed.honorific != nil || affiliation != nil || partDefaultRole != nil && printed.tokens.count >= 2 && registry.match(printed) != nil {
            // A person alone under a session's heading presides over it: "Prof. Taga Hidetoshi(Waseda University)"; one of
            // several, each on a line of its own, speaks in it, or sits on it when it is a panel.
            // "12.00 – 13.00   Session 2: Inverter Standards" over "Ir. Sarah X, Energy Commission": a timed slot's one person gives it.
            let several = line.number < lines.count && RosterLines.person(RosterLines.afterRepresented(lines[line.number].text, lexicon), lexicon) != nil
                || participations.contains(where: { $0.partId == parts[index].id })
            let timed = Times.opensWithTime(lines[parts[index].span.first - 1].text)
            let id = registry.person(printed, line: line.number, introduction: true)
            categories[line.number] = .participant
            let panel = several && parts[index].seatsAPanel
            participate(id, role: partDefaultRole ?? (panel ? .panelist : several || timed ? .speaker : .chair), printed: nil,
                        cue: partDefaultCue ?? (panel ? "part.panel-member" : several ? "roster.under-heading.several" : timed ? "roster.under-timed-heading" : "roster.under-heading"),
                        affiliation: affiliation, line: line.number)
            return
        }
        if readNamesListedInSentences(line, shape) { return }
        if lastLineWasRoster || listsUnderLabel(line) || listAnnouncedAbove(line),
           shape.markers.isEmpty,
           let (printed, affiliation) = RosterLines.invertedPerson(line.text, lexicon) ?? RosterLines.personInCells(line.text, lexicon)
               ?? RosterLines.person(line.text, lexicon) ?? underCell(line.text),
           !line.text.hasSuffix(".") || endsSemicolonList(line), let label = rosterLabel {
            // "Gábor X – Márton Y: Wages in battery plants": the authors of one paper.
            for (printed, affiliation) in Talks.coAuthors(line.text, lexicon) ?? RosterLines.peopleInColumns(line.text, lexicon) ?? [(printed, affiliation)] {
                addRosterPerson(printed, affiliation: affiliation, label: label, inherited: true, line: line.number)
            }
            return
        }
        if !shape.markers.isEmpty, let label = rosterLabel, label.plural, label.rest.isEmpty,
           let (printed, affiliation) = RosterLines.person(shape.body, lexicon),
           // The list's last item ends it with a full stop: "A;" / "B;" / "C.".
           !shape.body.hasSuffix(".") || shape.body.includes(", on ") || Self.endsWithAbbreviation(shape.body) || lastLineWasRoster {
            // "The participants were:" and a list of bullets or numbered items, one person each.
            addRosterPerson(printed, affiliation: affiliation, label: label, inherited: false, line: line.number)
            return
        }
        if !shape.markers.isEmpty, let label = rosterLabel, label.plural, label.rest.isEmpty,
           let dash = [" -- ", " – ", " — "].lazy.compactMap({ shape.body.range(of: $0) }).first,
           let (printed, affiliation) = RosterLines.person(shape.body[dash.upperBound...].trimming(.whitespaces), lexicon) {
            // "The following case studies were presented:" / "(1) Bangkok (Thailand) -- Dr. X, Institute": what was presented, then by whom.
            addRosterPerson(printed, affiliation: affiliation, label: label, inherited: false, line: line.number)
            return
        }
        lastLineWasRoster = false
        if !shape.markers.isEmpty, let talk = Talks.speaker(shape.body, lexicon).map({ ($0.person, $0.title) })
            ?? Talks.speakerWithTopic(shape.body, lexicon).map({ ($0.person, $0.topic) }) {
            // "• Inês Carvalho (Lisbon Institute) – “Contact varieties in West African ports”": a talk given in the part.
            let id = registry.person(talk.0.0, line: line.number, introduction: true)
            // A talk on a panel is the part a panelist plays.
            let onPanel = currentPart.map { parts[$0].seatsAPanel } ?? false
            // "Speakers:" over "• Dr. X (BAI) – National ASF situationer": the label says what role the talks were given in.
            if let label = rosterLabel, label.plural, label.rest.isEmpty, categories[line.number - 1] == .participant {
                participate(id, role: label.role, printed: label.printed, cue: label.cue + ".talk", affiliation: talk.0.1, line: line.number)
                categories[line.number] = .participant
                lastLineWasRoster = true
                return
            }
            participate(id, role: partDefaultRole ?? (onPanel ? .panelist : .presenter), printed: nil,
                        cue: partDefaultCue ?? (onPanel ? "part.panel-member" : "roster.talk"),
                        affiliation: talk.0.1, line: line.number)
            categories[line.number] = .participant
            return
        }
        if readPeopleSharingRole(shape) { return } else if let (printed, affiliation) = speakerItem(shape), !wrapsOn() {
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
}
