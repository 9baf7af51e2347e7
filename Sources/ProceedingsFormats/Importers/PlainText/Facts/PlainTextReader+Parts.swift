import Foundation

/// Parts of the programme and sections of the summary, begun by headings: numbered or named, a
/// theme over a roster, a group heading whose parts inherit its role.
extension PlainTextReader {
    nonisolated(unsafe) static let recordingTime = /\d{1,2}:\d{2}:\d{2}\s/
    nonisolated(unsafe) static let itemInCapitals = /(\d{1,2})\s+(\p{Lu}[\p{Lu}\d ,'’&()\/-]{2,90})/
    /// "Moved by: ", "Seconded by: ", "Staff: ": a label of up to three words and its colon, opening a line.
    nonisolated(unsafe) static let shortLabel = /\p{Lu}[\p{L}'’\-]*(?:\s[\p{L}'’\-]+){0,2}:\s/
    /// "chaired by X" under a part's heading: who presides over it.
    nonisolated(unsafe) static let presidedBy = /(?i)(?:co-)?(?:chaired|moderated|facilitated|presided(?: over)?|led) by\s/

    /// An unnumbered line in title case is a heading only if something follows it.
    /// "Key points" over a list of bullets: a short line in sentence case heads the list below it.
    func listHeading(_ shape: LineShape) -> Heading? {
        let body = shape.body
        guard shape.markers.isEmpty, shape.line.indent <= 1, let first = body.first, first.isUppercase,
              let last = body.last, last.isLetter, (1...5).contains(body.wordCount),
              RosterLines.label(body, lexicon) == nil, Names.parse(body, lexicon) == nil, RosterLines.person(body, lexicon) == nil,
              let next = lines[shape.line.number...].first(where: { !$0.isBlank }), LineShape(next).isBullet else { return nil }
        return Heading(target: .section(.other), label: body, title: body, text: body)
    }

    nonisolated(unsafe) private static let bulletedPartLabel =
        /^((?:(?:[Bb]reakout|[Ww]orking|[Dd]iscussion|[Tt]hematic) )?[Gg]roup|[Rr]ound ?[Tt]able|[Rr]oundtable|[Pp]anel|[Ss]ession|[Bb]reakout [Ss]ession|[Pp]arallel [Ss]ession)\s+([A-H]|\d{1,2}|[IVX]{1,4}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight)(?:\s*[:,–—|]\s+|\s+-\s+|\s{2,})(?:on\s+)?/

    /// "◆ Session 1  Financing the transition", "- Session 2 | Ageing": the label and the theme apart by a run of spaces or a bar.
    /// "- Group 1: Eastern Africa (facilitator: Dr X)", "- Working Group 2: Regulation, facilitated by Dr. Y;", "- Round table 1,
    /// on vaccines, moderated by Prof. Z": a list of the meeting's groups, each a part with its theme and who led it.
    /// What follows the theme ("moderated by Prof. X, with interventions by Dr. Y") is read as the part's prose.
    /// The item's lines wrapped under it ("moderated by Dr." / "   Fatou Cissé (University)") are read with it.
    func bulletedPart(_ shape: LineShape) -> (heading: Heading, prose: String, wrapped: [Int])? {
        // "· Opening Ceremony" over "  Chair: Dr. X": a part named alone, its roster set in under it.
        if shape.isBullet, shape.line.indent <= 4, case let body = shape.body.trimming(.whitespaces), (1...4).contains(body.wordCount),
           let kind = Headings.partKind(body), shape.line.number < lines.count, case let next = lines[shape.line.number],
           next.indent > shape.line.indent, RosterLines.label(next.text.trimming(.whitespaces), lexicon).map({ !$0.rest.isEmpty }) == true,
           // "• Workshop" / "    Host: Ministry of Finance": the kind of event among the page's facts.
           LabelledFact(next.text.trimming(.whitespaces)) == nil {
            return (Heading(target: .part(kind), label: body, text: body), "", [])
        }
        guard shape.isBullet, shape.line.indent <= 4, shape.body.prefixMatch(of: Self.bulletedPartLabel) != nil else { return nil }
        let first = lines[shape.line.number - 1]
        var text = first.text, wrapped: [Int] = []
        while first.number + wrapped.count < lines.count, case let next = lines[first.number + wrapped.count], !next.isBlank,
              next.indent > first.indent, !LineShape(next).isBullet, RosterLines.label(next.text.trimming(.whitespaces), lexicon).map({ $0.rest.isEmpty }) ?? true {
            text += " " + next.text
            wrapped.append(next.number)
        }
        let item = LineShape(SourceLine(number: first.number, indent: first.indent, text: text))
        guard let label = item.body.prefixMatch(of: Self.bulletedPartLabel) else { return nil }
        var title = String(item.body[label.range.upperBound...]).trimming(.whitespaces)
        for end in ["; and", ";", ".", ","] where title.hasSuffix(end) { title.removeLast(end.count) }
        // "Session 1 | Strategic Line  10:45-12:15": the part's hours printed after its theme.
        if let hours = title.firstMatch(of: Times.trailingHours) { title = String(title[..<hours.range.lowerBound]) }
        var prose = ""
        if let verb = title.firstMatch(of: Self.roleClause) {
            prose = String(title[title.index(verb.range.lowerBound, offsetBy: 2)...])
            title = String(title[..<verb.range.lowerBound])
        }
        guard title.first?.isLetter == true, RosterLines.person(title, lexicon) == nil else { return nil }
        let printed = String(label.output.1) + " " + label.output.2
        return (Heading(target: .part(.session), label: printed, number: Ordinals.value(String(label.output.2)), title: title, text: item.body),
                prose, wrapped)
    }

    nonisolated(unsafe) private static let roleClause = /,\s(?:co-)?(?:moderated|chaired|facilitated|led|presided|introduced|convened) by\s/

    /// "Day 1 — Morning session" / "Protection at sea": the line right under a part's heading that printed no theme is its
    /// theme, when it is a short title and no roster line, person, date or sentence.
    func isThemeUnderHeading(_ shape: LineShape, of part: EventPart) -> Bool {
        let text = shape.body
        guard part.title == nil, part.span.first == shape.line.number - 1, shape.markers.isEmpty, shape.line.indent <= 4,
              (1...12).contains(text.wordCount), text.first?.isUppercase == true, !text.hasSuffix("."),
              Dates.all(in: text).isEmpty, RosterLines.label(text, lexicon) == nil, RosterLines.person(text, lexicon) == nil,
              !Names.opensWithHonorific(text, lexicon), LabelledFact(text) == nil,
              // "Closing remarks by the Chair, Dr. X": a line that names who spoke is no theme.
              !text.includes(" by "), !text.words.contains(where: { Names.honorific(String($0), lexicon) != nil }) else { return false }
        // A table of contents ("Closing ........ 7") lists headings, no themes.
        // "Day 1 (Wednesday 12 July)" / "  Opening Session": a part set in under a day is nested in it.
        let heading = lines[part.span.first - 1]
        guard !text.includes(".."), !heading.text.includes(".."), shape.line.indent <= heading.indent else { return false }
        // "Opening and framing", "Conclusions and recommendations" name the part's theme; "Session 2" heads a part of its own.
        if case .part(let kind) = Headings.heading(shape, lexicon)?.target { return kind == .opening || kind == .closing }
        return true
    }

    /// ", Prof. X": an honorific after a comma, outside brackets.
    func namesSomeoneAfterAComma(_ text: String) -> Bool {
        guard !text.contains("("), !text.contains(":") else { return false }
        let words = text.words
        return words.indices.dropFirst().contains { words[$0 - 1].hasSuffix(",") && Names.honorific(String(words[$0]), lexicon) != nil }
    }

    /// Words of a heading that names a moment of the event rather than a topic of the summary.
    static let momentNouns: Set<String> = ["talk", "talks", "response", "responses", "panel", "floor", "q&a", "questions", "discussion",
                                           "debate", "presentation", "presentations", "remarks", "welcome", "keynote", "conversation",
                                           "roundtable", "session", "lecture", "exchange"]

    private static let otherEventsWords: Set<String> = ["recent", "past", "previous", "earlier", "upcoming", "forthcoming", "future",
                                                          "related", "other", "more", "next", "similar"]

    /// "Recent lectures", "Upcoming events", "Related events", "Past Dialogues": a heading over other events of the site.
    static func headsOtherEvents(_ shape: LineShape, _ lexicon: GenreLexicon) -> Bool {
        guard shape.markers.isEmpty, shape.body.utf8.count <= 40, !shape.body.hasSuffix(".") else { return false }
        let words = shape.body.lowercased().letterRuns
        guard (2...4).contains(words.count), let first = words.first, otherEventsWords.contains(String(first)),
              let last = words.last, last.hasSuffix("s") else { return false }
        let noun = String(last.dropLast())
        return lexicon.eventNouns.contains(noun) || noun == "event" || noun == "lecture"
    }

    /// "The talk", "From the floor", "What's next": a short line in sentence case set apart by blank lines over
    /// a paragraph is the writer's heading; one that names a moment of the event is a part of it.
    func proseHeading(_ shape: LineShape) -> Heading? {
        let body = shape.body, number = shape.line.number
        let words = body.words
        guard shape.markers.isEmpty, shape.line.indent <= 1, (1...6).contains(words.count), let first = body.first, first.isUppercase,
              let last = body.last, last.isLetter || last.isNumber, number >= 2, lines[number - 2].isBlank, number < lines.count,
              let next = lines[number...].first(where: { !$0.isBlank }),
              HeaderReader.isProse(next.text) || next.text.wordCount >= 15 || RosterLines.label(next.text, lexicon) != nil,
              // "Blue bonds and debt swaps" / "A ministerial panel moderated by ...": a story's subheading may stand right
              // over its paragraph, whole or cut off.
              // A caption ("Participants at the opening") or a place ("Port Louis, Mauritius") set over a paragraph heads nothing.
              lines[number].isBlank || next.text.wordCount >= 15 && (HeaderReader.isProse(next.text) || next.text.includes(". "))
                && !body.contains(",") && !["participants", "photo", "delegates", "image", "pictured"].contains(words[0].lowercased()),
              RosterLines.label(body, lexicon) == nil, Names.parse(body, lexicon) == nil, LabelledFact(body) == nil, !Residue.matches(body)
        else { return nil }
        let lower = words.map { $0.lowercased() }
        if lower.contains(where: Self.momentNouns.contains) {
            return Heading(target: .part(Headings.partKind(body) ?? .other), label: body, title: nil, text: body)
        }

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
        // The part before ends on its last line above this one, not on this part's heading.
        if let index = currentPart, parts[index].span.first < line, parts[index].span.last >= line {
            var last = line - 1
            while last > parts[index].span.first, lines[last - 1].isBlank { last -= 1 }
            parts[index].span.last = last
        }
        parts.append(EventPart(id: id, kind: kind, ordinal: ordinal, label: label, title: title, formatNote: formatNote,
                               span: SourceSpan(line), parentId: enclosingPart(ofHeadingOn: line, kind: kind, cue: cue).map { parts[$0].id }))
        resumePart(parts.count - 1, cue: cue)
    }

    /// The part at `index` is where the text is again: "In Session 1, ..." in a summary under the programme
    /// that listed Session 1.
    mutating func resumePart(_ index: Int, cue: String) {
        currentPart = index
        let kind = parts[index].kind
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
              !(heading.title ?? heading.text).lowercased().words.contains(where: { MentionFinder.peopleNouns.contains(String($0)) }),
              // "Organising Committee", "Acknowledgements", "Contacts": lists of people that are no part of the programme.
              !["committee", "acknowledg", "contact", "organis", "organiz", "team", "staff", "list", "credits", "secretariat"]
                .contains(where: (heading.title ?? heading.text).lowercased().includes)
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
        guard partDefaultRole == nil, parts.count >= 2, let current = currentPart, current == parts.count - 1, parts[current].kind == .session else {
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
        let words = ([group.label] + (group.title.map { [$0] } ?? [])).joined(separator: " ").lowercased().words
        for word in words.reversed() {
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : String(word)
            guard let label = lexicon.rosterLabels[String(word)] ?? lexicon.rosterLabels[singular], label.role != .participant else { continue }
            partDefaultRole = label.role
            partDefaultCue = label.id + ".group-heading"
            if enumerated { groupRole = (label.role, label.id + ".group-heading") }
            return
        }
    }

    /// "I.", "II.", "(a)", "1.": a marker's numbering, whatever its number.
    static func numbering(_ shape: LineShape) -> String? {
        guard let (printed, _) = shape.number else { return nil }
        let classes = printed.map { $0.isNumber ? "9" : "IVX".contains($0) ? "R" : $0.isLetter ? "a" : $0 }
        return String(classes.enumerated().filter { $0.offset == 0 || classes[$0.offset - 1] != $0.element }.map(\.element))
    }

    /// "(2) Reports" after "(1) Opening remarks": a short line numbered in the same style as the part's heading, with another
    /// number.
    func endsPartAsSibling(_ shape: LineShape, of part: EventPart) -> Bool {
        // "10:05–10:25" alone under a part headed right under an hour alone begins the next slot, unless within that part's hours.
        if shape.line.number > part.span.first, part.span.first >= 2, shape.body.wholeMatch(of: Times.clock) != nil,
           case let above = lines[part.span.first - 2].text.trimming(.whitespaces), above.wholeMatch(of: Times.clock) != nil {
            return Times.beginsAfter(shape.body, above)
        }
        guard let (_, number) = shape.number, shape.line.number > part.span.first, shape.body.wordCount <= 12, !shape.body.hasSuffix("."),
              case let heading = LineShape(lines[part.span.first - 1]), let (_, own) = heading.number else { return false }
        return own != number && shape.line.indent == heading.line.indent && Self.numbering(shape) == Self.numbering(heading)
    }

    /// A heading numbered as the parts of the programme are is one of them: "II. ELECTION OF THE CHAIR".
    func numberedLikeParts(_ heading: Heading, shape: LineShape) -> Heading? {
        // Agenda items are numbered in roman numerals ("II."); "4. Key Findings" under "1. Opening session" is a topic.
        // Minutes number their items in figures: "3. Chair's annual report" under "1. Welcome and apologies".
        guard case .section(.other) = heading.target, let numbering = Self.numbering(shape), numbering == partNumbering,
              numbering.contains("R") || isMinutes else { return nil }
        return Heading(target: .part(.other), label: heading.label, title: nil, text: heading.text)
    }

    /// "3. Reports from friendship regions" over lines set in, as "2. Keynote lecture" was: a programme's item, its people
    /// under it.
    func programmeItem(_ shape: LineShape) -> Bool {
        func setIn(_ number: Int) -> Bool {
            lines[number...].first(where: { !$0.isBlank }).map { $0.indent > lines[number - 1].indent } ?? false
        }
        guard let last = parts.last, LineShape(lines[last.span.first - 1]).number != nil,
              // "(b) Shipping in the Arctic" over "• Norway: Mr. X": a theme over its panel's list, read as a themed part.
              let next = lines[shape.line.number...].first(where: { !$0.isBlank }), !LineShape(next).isBullet else { return false }
        return setIn(shape.line.number) && setIn(last.span.first)
    }

    /// "2. Summary of discussions", "III. PROCEEDINGS": a report's section that goes through the sessions one subsection each.
    static func sessionsSectionNumber(_ text: String) -> String? {
        guard let number = text.prefixMatch(of: Self.sectionNumber) else { return nil }
        let words = text.lowercased()
        guard ["discussion", "proceedings", "deliberation", "sessions"].contains(where: words.includes),
              !["conclusion", "recommendation"].contains(where: words.includes) else { return nil }
        return String(number.output.1)
    }

    /// "2.1 Progress in implementing national action plans" under "2. Summary of discussions": a session and its theme,
    /// printed in sentence case as a report's subsections are.
    func sessionSubsection(_ shape: LineShape) -> Heading? {
        guard let section = sessionsSection, shape.line.indent <= 4, !shape.isBullet,
              let match = shape.line.text.prefixMatch(of: Self.subsection), String(match.output.1) == section else { return nil }
        // "2.1 Opening session": a subsection that names its kind of part is read as that part.
        if case .part = Headings.heading(shape, lexicon)?.target { return nil }
        let title = String(shape.line.text[match.range.upperBound...]).trimming(.whitespaces)
        guard (1...16).contains(title.wordCount), title.first?.isUppercase == true, !title.hasSuffix("."), !title.hasSuffix(":") else { return nil }
        let label = String(match.output.0).trimming(.whitespaces)
        return Heading(target: .part(.session), label: label, number: Int(match.output.2), title: title, text: shape.line.text)
    }

    nonisolated(unsafe) private static let sectionNumber = /(\d{1,2})\.?\s+/
    nonisolated(unsafe) static let subsection = /(\d{1,2})\.(\d{1,2})\.?\s+/

    /// "Introduction" / "Daniela X" / "Senior Director, ...": a label of the lexicon over a speaker's card heads a part of the
    /// programme, not a section of a report.
    func partOverACard(_ heading: Heading, shape: LineShape) -> Heading? {
        guard case .section = heading.target, shape.markers.isEmpty, let label = lexicon.rosterLabels[shape.body.lowercased()],
              shape.line.number < lines.count, let card = nameBlock(at: lines[shape.line.number]) else { return nil }
        // Over an editor's byline and the volume's prose ("This volume collects the papers ..."), the report's own section.
        var end = shape.line.number + card.1.count + 1
        while end < lines.count, lines[end].isBlank { end += 1 }
        if end < lines.count, lines[end].text.wordCount >= 12, endsSentence(lines[end].text) { return nil }
        let kind: PartKind = label.role == .openingSpeaker ? .opening : label.role == .closingSpeaker ? .closing : .other
        return Heading(target: .part(kind), label: shape.body, text: shape.line.text)
    }

    func isHeadingInContext(_ heading: Heading, shape: LineShape) -> Bool {
        guard shape.markers.isEmpty, case .section(.other) = heading.target else { return true }
        // "... provided a presentation that covered:" / "" / "LICENSING PROGRAM - FIRST YEAR" / "COMPLAINTS AND ENFORCEMENT": lines in
        // capitals under a sentence that announces them are its list, not headings.
        var above = shape.line.number - 1
        while above >= 1, !lines[above - 1].isBlank, Names.isAllCaps(lines[above - 1].text.replacing(" ", with: "")) { above -= 1 }
        if above >= 1, lines[above - 1].isBlank { above -= 1 }
        if above >= 1, case let announcing = lines[above - 1].text, announcing.hasSuffix(":"), announcing.wordCount >= 6,
           !Names.isAllCaps(announcing.replacing(" ", with: "")) {
            return false
        }
        return lines[shape.line.number...].contains { !$0.isBlank }
    }

    mutating func startHeading(_ heading: Heading, line: Int) {
        categories[line] = .heading
        openParagraph = nil
        rosterLabel = nil
        participantList = nil
        // What a part announced, and a list of other events, end where the next heading begins.
        rolesAnnounced = nil
        otherEventsFrom = nil
        lastLineWasRoster = true
        speaker = nil
        speakerIntroduction = nil
        pointsFollow = false
        speakerLabelled = false
        listIndents.removeAll()
        switch heading.target {
        case .part(let kind):
            partsHaveHeadings = true
            // "7.1 ..." under "7. Staff Reports": a matter under an item leaves the items' numbering as it was.
            if !isMinutes || lines[line - 1].text.prefixMatch(of: Self.subsection) == nil { partNumbering = Self.numbering(LineShape(lines[line - 1])) }
            // "CONTENTS / Agenda item 5: Guidance ..." over "AGENDA ITEM 5: GUIDANCE ...": the report goes through the parts
            // its contents or programme listed, each the part listed.
            func same(_ a: String?, _ b: String?) -> Bool {
                (a ?? "").lowercased().trimming(.init(charactersIn: " :.-–—")) == (b ?? "").lowercased().trimming(.init(charactersIn: " :.-–—"))
            }
            if let listed = parts.firstIndex(where: { $0.kind == kind && same($0.label, heading.label) && same($0.title, heading.title) }),
               listed != currentPart {
                resumePart(listed, cue: "heading")
            } else {
                beginPart(kind, number: heading.number, label: heading.label, title: heading.title, formatNote: heading.formatNote,
                          line: line, cue: "heading")
            }
            currentSection = nil
            inheritGroupRole(enumerated: heading.text.first.map { $0 == "(" || $0.isNumber } ?? false)
            if let title = heading.title, RosterLines.rolesInHeading(title, lexicon) == nil, let talk = Talks.speaker(title, lexicon) {
                // "Plenary lecture 1: Prof. X (University) – “Sailors’ talk”": the part's speaker and the talk's title.
                parts[currentPart ?? parts.count - 1].title = talk.title
                let id = registry.person(talk.person.0, line: line, introduction: true)
                participate(id, role: partDefaultRole ?? .speaker, printed: nil, cue: partDefaultCue ?? "part.speaker-in-heading",
                            affiliation: talk.person.1, line: line)
            } else if heading.title == nil, let (printed, affiliation) = guestInItem(heading.label) {
                // "3. Exchange of views with X, EU Special Representative for ...": the guest the body heard under the item.
                let id = registry.person(printed, line: line, introduction: true)
                participate(id, role: .speaker, printed: nil, cue: "part.guest-in-item", affiliation: affiliation, line: line)
            } else if heading.title == nil, let (printed, affiliation) = speakerByInHeading(heading.label) {
                participate(registry.person(printed, line: line, introduction: true), role: partDefaultRole ?? .speaker, printed: nil, cue: partDefaultCue ?? "part.speaker-by-in-heading", affiliation: affiliation, line: line)
            } else if let title = heading.title, let roles = RosterLines.rolesInHeading(title, lexicon) {
                // "Session 1: Water and Cities (Chair: Prof. Kenji Mori)": the heading names who presided.
                parts[currentPart ?? parts.count - 1].title = roles.title.isEmpty ? nil : roles.title
                for group in roles.groups {
                    for (printed, affiliation) in group.people {
                        let id = registry.person(printed, line: line, introduction: true)
                        participate(id, role: group.role, printed: group.printed, cue: group.cue, affiliation: affiliation, line: line)
                    }
                }
            }
        case .section(let kind):
            // "CONTENTS" / "Decision on Taking Business in Private" / ... then the heading again over a sitting's record: an agenda
            // item of the body that sat (a report's contents list its chapters).
            if kind == .other, isMinutes || hearsEvidence || HeaderReader.meetsAsABody(eventTitle), heading.text.wordCount >= 2,
               listedInContents(heading.text, before: line) || turnOpens(after: line) {
                startHeading(Heading(target: .part(.other), label: heading.text, text: heading.text), line: line)
                return
            }
            let base = Ids.slug(heading.title ?? heading.text, maxWords: 6)
            let id = Ids.unique(base.isEmpty ? "section" : base, in: Set(parts.map(\.id) + sections.map(\.id)))
            sections.append(Section(id: id, kind: kind, ordinal: sections.count + 1, heading: heading.text, line: line))
            currentSection = sections.count - 1
            sessionsSection = Self.sessionsSectionNumber(heading.text)
            currentPart = nil
            partDefaultRole = nil
            partDefaultCue = nil
        }
    }

    // MARK: - Paragraphs and points
}

extension EventPart {
    /// A panel or a round table: those who speak in it sit at its table. "Session 2: From data to decisions – panel
    /// discussion": the heading may say so after the session's theme.
    var seatsAPanel: Bool {
        let label = label.lowercased()
        return ["panel", "round table", "roundtable", "round-table"].contains(where: label.includes)
            || title.map { $0.lowercased().hasSuffix("panel discussion") || $0.lowercased().hasSuffix("roundtable discussion") } == true
    }
}
