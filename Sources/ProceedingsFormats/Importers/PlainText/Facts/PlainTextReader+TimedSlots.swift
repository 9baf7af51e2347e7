import Foundation

/// A programme printed as lines, each slot opening with its hour: "09:45  Input: ... – Prof. Dr X, WSL".
extension PlainTextReader {
    /// "09:45  Input: State of biodiversity – Prof. Dr X, WSL": a slot of a programme printed as lines, a talk's title and who
    /// gave it after a dash. A slot that names a part ("09:30  Welcome – Dr Y") is read as that part's heading is.
    func timedTalk(_ text: String) -> (title: String, person: PrintedName, affiliation: String?, role: RosterLines.Label?)? {
        let rest = Times.withoutLeadingTime(text)
        // "02:06:35 Beth Oyler, representing herself": in minutes timed by their recording, a name alone at its time is who
        // spoke then, as those who testify or comment do.
        if isMinutes, text.prefixMatch(of: Self.recordingTime) != nil, !rest.hasSuffix("."), rest.wordCount <= 14,
           let (person, affiliation) = RosterLines.person(rest, lexicon), person.tokens.count >= 2 {
            return ("", person, affiliation, RosterLines.Label(role: .speaker, cue: "minutes.timed-speaker", printed: "", plural: false, rest: ""))
        }
        // "11:30 Lessons from the label, by Hélène X (I4CE)": the talk's title, then who gave it after "by".
        guard rest != text, let dash = [" – ", " — ", " - ", ", by "].lazy.compactMap({ rest.range(of: $0, options: .backwards) }).first else { return nil }
        let title = String(rest[..<dash.lowerBound]), after = String(rest[dash.upperBound...])
        // "Presentation: 'Sand as a scarce resource' – prof. dr. X": the slot's label, the talk's title, then who gave it.
        // A keynote, an opening or a closing heads a part of its own, read as a heading.
        if let labelled = RosterLines.label(title, lexicon), !labelled.rest.isEmpty, Headings.partKind(labelled.printed) == nil,
           RosterLines.people(labelled.rest, lexicon) == nil,
           let (person, affiliation) = RosterLines.person(after, lexicon), person.honorific != nil || person.tokens.count >= 2 {
            return (HeaderReader.unquoted(labelled.rest.trimming(.whitespaces)), person, affiliation,
                    RosterLines.Label(role: labelled.role, cue: labelled.cue, printed: labelled.printed, plural: false, rest: ""))
        }
        // "Vote of thanks – Dr X", "The 2021 Marlow Lecture – Professor Y": a slot whose words name a role is read for it.
        guard Headings.partKind(title) == nil, CueFinder(lexicon: lexicon).last(in: Tokenizer.tokenize(title)[...]) == nil,
              !title.lowercased().letterRuns.contains(where: { ["lecture", "address", "speech", "remarks", "keynote"].contains($0) }),
              let (person, affiliation) = RosterLines.person(after, lexicon), person.honorific != nil || person.tokens.count >= 2 else { return nil }
        // "15:00  Conclusions and next steps – X": a slot named by a role's label gives that role.
        // "Awards and closing – X": the slot that closes the day is the closing speaker's.
        let closing = title.lowercased().letterRuns.last == "closing"
            ? RosterLines.Label(role: .closingSpeaker, cue: "programme.closing-slot", printed: title, plural: false, rest: "") : nil
        let label = RosterLines.label(title, lexicon).flatMap { $0.rest.isEmpty ? $0 : nil } ?? closing
        return (title, person, affiliation, label)
    }

    /// "11:00  Flash talks by PhD candidates (chair: Dr. X)": a slot that names who presides over it is a part of its own,
    /// whatever its words.
    func presidedSlot(_ text: String) -> Heading? {
        let rest = Times.withoutLeadingTime(text)
        guard rest != text, rest.hasSuffix(")"), let open = rest.lastIndex(of: "("), open > rest.startIndex,
              let label = RosterLines.label(String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]), lexicon),
              [.chair, .moderator].contains(label.role), RosterLines.people(label.rest, lexicon) != nil,
              Headings.heading(LineShape(SourceLine(number: 0, indent: 0, text: rest)), lexicon) == nil else { return nil }
        let name = rest[..<open].trimming(.whitespaces)
        return Heading(target: .part(.session), label: name, number: nil, title: rest, formatNote: nil, text: rest)
    }

    /// "14:10  Presentation of the report" over "       Dr. X, Institute": the slot's words name the role of
    /// those set in under it.
    /// "3.30pm  Small-group scenario exercise" over "         Facilitators: Dr A and Dr B": a timed slot with its
    /// people set in under it is a part of the programme, and those under it without a label speak in it.
    mutating func openSlot(over line: SourceLine) {
        guard let pending = pendingProse, !pending.text.hasSuffix("."), Times.opensWithTime(pending.text) || !endsSentence(pending.text) else { return }
        let person = RosterLines.person(line.text, lexicon) != nil
        let label = RosterLines.label(LineShape(line).body, lexicon)
        // "A/Prof X and Dr Y": the people of a slot may share its line.
        let people = person || RosterLines.people(line.text.trimming(.whitespaces), lexicon).map { $0.count >= 2 } == true
        let slot = Times.withoutLeadingTime(pending.text).trimming(.whitespaces)
        let cue = CueFinder(lexicon: lexicon).last(in: Tokenizer.tokenize(slot)[...])
        let part = slot != pending.text.trimming(.whitespaces) && (1...12).contains(slot.wordCount) && (people || label.map { $0.role != .participant } == true)
            && Headings.heading(LineShape(SourceLine(number: 0, indent: 0, text: slot)), lexicon) == nil
        guard part || person && pending.text.wordCount <= 8 && cue != nil else { return }
        pendingProse = nil
        if part {
            let name = slot.range(of: ": ").map { String(slot[..<$0.lowerBound]) } ?? slot
            startHeading(Heading(target: .part(Headings.partKind(slot) ?? .other), label: name, number: nil, title: slot, formatNote: nil, text: slot),
                         line: pending.span.first)
            if partDefaultRole == nil, cue == nil { (partDefaultRole, partDefaultCue) = (.speaker, "programme.slot") }
        }
        if person, let cue {
            readRosterLabel(RosterLines.Label(role: cue.role, cue: cue.id + ".slot", printed: cue.printed, plural: true, rest: ""),
                            line: pending.span.first)
        }
    }

    /// The talk of a timed slot is given in the part the programme is in; an opening or a closing begun by a slot of its own
    /// ends at the next slot.
    mutating func readTimedTalk(_ talk: (title: String, person: PrintedName, affiliation: String?, role: RosterLines.Label?), line: Int) {
        if let index = currentPart, [.opening, .closing, .keynote].contains(parts[index].kind),
           Times.opensWithTime(lines[parts[index].span.first - 1].text) {
            (currentPart, partDefaultRole, partDefaultCue) = (nil, nil, nil)
        }
        categories[line] = .participant
        let id = registry.person(talk.person, line: line, introduction: true)
        participate(id, role: talk.role?.role ?? .presenter, printed: talk.role?.asPrinted, cue: talk.role.map { $0.cue + ".timed" } ?? "programme.timed-talk",
                    affiliation: talk.affiliation, line: line)
    }

    /// "09:00 Welcome remarks. Prof. X, Dean", "10:55 Lessons from Lagos: Ms. Y, LAMATA", '09:30 Keynote: "Streets for
    /// people", Dr. Z (University of Talca)', "15:20 Vote of thanks by Mr. W": a slot, then who gives it after a full stop,
    /// a colon, the talk's quoted title or "by". What the slot's words name is the role; a talk's is the presenter's.
    func timedSlot(_ text: String) -> (slot: String, kind: PartKind?, label: RosterLines.Label)? {
        let rest = Times.withoutLeadingTime(text).trimming(.whitespaces)
        guard rest != text.trimming(.whitespaces), !rest.hasSuffix("."), (3...40).contains(rest.wordCount) else { return nil }
        // "10:30 – Dr. X (Institute – Academy) – Sound archives and metadata": the speaker first, then the talk after a dash
        // outside the brackets.
        if let dash = Self.dashOutsideBrackets(rest), case let who = String(rest[..<dash.lowerBound]),
           case let topic = rest[dash.upperBound...].trimming(.whitespaces), topic.wordCount >= 2, RosterLines.person(topic, lexicon) == nil,
           let (person, affiliation) = RosterLines.person(who, lexicon), person.honorific != nil || affiliation != nil && person.tokens.count >= 2 {
            return (topic, nil, RosterLines.Label(role: .presenter, cue: "programme.timed-speaker-first", printed: "", plural: false, rest: who))
        }
        for (slot, who, loose) in Self.slotSplits(rest, lexicon) {
            let slot = slot.trimming(.init(charactersIn: " :,.–—-"))
            guard !slot.isEmpty, slot.wordCount <= 12, RosterLines.person(slot, lexicon) == nil else { continue }
            let kind = Headings.partKind(slot)
            // "10:30 Session 1: Financing transit": a part's heading, read as one.
            if let kind, ![.opening, .closing, .keynote].contains(kind) { continue }
            let people = RosterLines.people(who, lexicon) ?? RosterLines.person(who, lexicon).map { [$0] } ?? []
            // After a colon or a full stop, a topic in title case ("Urban Rail Finance") would read as a name: a person
            // there has an honorific or says where they work.
            guard !people.isEmpty, people.allSatisfy({ $0.0.honorific != nil || $0.0.tokens.count >= 2 && (!loose || $0.1 != nil) })
            else { continue }
            let role: Role, cue: String
            if let kind, let part = Self.slotRoles[kind] {
                (role, cue) = (part, "programme.slot-\(kind.rawValue)")
            } else if let found = CueFinder(lexicon: lexicon).last(in: Tokenizer.tokenize(slot)[...]) {
                (role, cue) = (found.role, found.id + ".slot")
            } else if let label = RosterLines.label(slot, lexicon), label.rest.isEmpty {
                (role, cue) = (label.role, label.cue + ".slot")
            } else if slot.lowercased().letterRuns.last == "closing" {
                (role, cue) = (.closingSpeaker, "programme.closing-slot")
            } else {
                (role, cue) = (.presenter, "programme.timed-slot")
            }
            return (slot, kind, RosterLines.Label(role: role, cue: cue, printed: slot, plural: people.count > 1, rest: who))
        }
        return nil
    }

    /// The first dash between words that no bracket encloses.
    static func dashOutsideBrackets(_ text: String) -> Range<String.Index>? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if depth == 0, "–—-".contains(character), index > text.startIndex, text[text.index(before: index)] == " ",
               case let next = text.index(after: index), next < text.endIndex, text[next] == " " {
                return text.index(before: index)..<text.index(after: next)
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static let slotRoles: [PartKind: Role] = [.opening: .openingSpeaker, .closing: .closingSpeaker, .keynote: .keynoteSpeaker]

    /// Where a slot's words may end and its speakers begin, the surest first; `loose` where a title could pass for a name.
    nonisolated(unsafe) private static let columnGap = /\s{2,}/

    private static func slotSplits(_ rest: String, _ lexicon: GenreLexicon) -> [(String, String, Bool)] {
        var splits: [(String, String, Bool)] = []
        // '"Streets for people", Dr. Z': the talk's quoted title closes, then its speaker.
        if let close = rest.lastIndex(where: { "”\"»".contains($0) }), close != rest.startIndex,
           case let after = rest[rest.index(after: close)...], let comma = after.first, ",–—-".contains(comma) {
            // The slot's words are those before the title: "Keynote: "Streets for people"" is the keynote's.
            let open = rest[..<close].firstIndex { "“\"«".contains($0) } ?? rest.startIndex
            let words = rest[..<open].trimming(.init(charactersIn: " :,–—-"))
            splits.append((words.isEmpty ? String(rest[...close]) : words, after.dropFirst().trimming(.whitespaces), false))
        }
        if let by = rest.range(of: " by ", options: .backwards) {
            splits.append((String(rest[..<by.lowerBound]), String(rest[by.upperBound...]), false))
        }
        let sentences = Tokenizer.sentences(rest, honorifics: lexicon.honorifics)
        if sentences.count == 2 {
            splits.append((String(sentences[0]), sentences[1].trimming(.whitespaces), true))
        }
        if let colon = rest.range(of: ": ") {
            splits.append((String(rest[..<colon.lowerBound]), String(rest[colon.upperBound...]), true))
        }
        // "Opening Remarks  CHUNG Yong-hoon, President, KEEI": the programme's columns, apart by a run of spaces.
        if let gap = rest.ranges(of: Self.columnGap).last {
            splits.append((String(rest[..<gap.lowerBound]), String(rest[gap.upperBound...]), false))
        }
        return splits
    }

    /// An opening, a keynote or a closing given in a slot of its own is a part of the programme; a talk is given in the
    /// part the programme is in.
    mutating func readTimedSlot(_ slot: (slot: String, kind: PartKind?, label: RosterLines.Label), line: Int) {
        let kind = slot.kind ?? Self.slotRoles.first { $0.value == slot.label.role }?.key
        if let kind {
            startHeading(Heading(target: .part(kind), label: slot.slot, text: slot.slot), line: line)
        } else if let index = currentPart, Self.slotRoles[parts[index].kind] != nil, Times.opensWithTime(lines[parts[index].span.first - 1].text) {
            (currentPart, partDefaultRole, partDefaultCue) = (nil, nil, nil)
        }
        readRosterLabel(slot.label, line: line)
    }
}
