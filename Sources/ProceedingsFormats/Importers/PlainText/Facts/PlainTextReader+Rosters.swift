import Foundation

/// Rosters: who held which role, printed as labels ("Moderator: X"), lists under a label, speaker
/// lines over their points, and names over their titles.
extension PlainTextReader {
    mutating func readRosterLabel(_ label: RosterLines.Label, line: Int) {
        var label = label
        // "YEAS: A, B, C — 3;": a recorded division counts the names it lists; "Present: 4 - A, B, C, D" before them.
        label.rest = label.rest.replacing(Self.countClosingList, with: "").replacing(Self.countOpeningList, with: "")
        // "Present:" / "Chair: Ms A, Estonia" / "Denmark: Ms B": an office named in a list of those present is its line's
        // alone; the list goes on under its own label.
        let list = rosterLabel.flatMap { open in
            lastLineWasRoster && open.rest.isEmpty && open.role == .participant && !label.rest.isEmpty && !label.plural
                && label.role != .participant ? open : nil
        }
        defer { if let list { rosterLabel = list } }
        rosterLabel = label
        lastLineWasRoster = true
        openParagraph = nil
        categories[line] = .participant
        // "Senators Present:" ... "Resource Persons:": in an attendance list, a label alone opens the next list, its groups
        // under it.
        if label.rest.isEmpty, participantList != nil { participantList = label }
        if label.rest.isEmpty { return }
        // "Acting Members present: Ben Lobo for John Barlowe.": a substitute sits for a member, who was not there.
        if label.role == .participant, let pairs = substitutes(label.rest) {
            for (present, absent) in pairs {
                addRosterPerson(present, affiliation: nil, label: label, inherited: false, line: line)
                markAbsent([absent], line: line)
            }
            return
        }
        // "Members in attendance: Senators Brockman, Dean and Ruiz": the office in the plural, then each who holds it.
        if let holders = RosterLines.officeHolders(label.rest, lexicon) {
            for (printed, office) in holders { addRosterPerson(printed, affiliation: office, label: label, inherited: false, line: line) }
            return
        }
        // "Speakers: A (Fudan University), B (CSIS Indonesi": a copy cut off on the page's last line leaves a bracket open.
        if line == lines.last(where: { !$0.isBlank })?.number, label.rest.filter({ $0 == "(" }).count == label.rest.filter({ $0 == ")" }).count + 1 {
            label.rest += ")"
        }
        if let people = RosterLines.groupedPeople(label.rest, lexicon) ?? RosterLines.people(label.rest, lexicon)
            ?? RosterLines.officersByOffice(label.rest, lexicon) {
            for (printed, affiliation) in people {
                addRosterPerson(printed, affiliation: affiliation, label: label, inherited: false, line: line)
            }
        } else {
            // A label with text that names no one ("Panelists: UN agencies") is still kept.
            categories[line] = .unclassified
            unclassified(line)
            appendStatement(text: lines[line - 1].text, kind: .narrative, form: .paragraph, speakerId: nil, span: SourceSpan(line))
        }
    }

    /// "A for B, C for D": each item a substitute and the member replaced; nil unless every item is one.
    func substitutes(_ rest: String) -> [(PrintedName, PrintedName)]? {
        let items = rest.trimming(.init(charactersIn: " .")).replacing(" and ", with: ", ").components(separatedBy: ", ")
        let pairs = items.compactMap { item -> (PrintedName, PrintedName)? in
            guard let cut = item.range(of: " for "), let present = Names.parse(String(item[..<cut.lowerBound]), lexicon),
                  let absent = Names.parse(String(item[cut.upperBound...]), lexicon) else { return nil }
            return (present, absent)
        }
        return !pairs.isEmpty && pairs.count == items.count ? pairs : nil
    }

    nonisolated(unsafe) private static let countClosingList = /\s+[—–-]\s*\d+\s*[;.]?$/
    nonisolated(unsafe) private static let countOpeningList = /^\d{1,3}\s*[—–-]\s+(?=\p{Lu})/
    static let speeches: Set<Role> = [.openingSpeaker, .closingSpeaker, .keynoteSpeaker, .messageAuthor]

    /// "Members present:" / "" / "Deputies A, B and C." / "Senators D and E.": a label's list printed as sentences, under the
    /// office of those it names or not; every one named is the label's.
    mutating func readNamesListedInSentences(_ line: SourceLine, _ shape: LineShape) -> Bool {
        guard lastLineWasRoster || listsUnderLabel(line) || listAnnouncedAbove(line), shape.markers.isEmpty, let label = rosterLabel,
              label.rest.isEmpty, label.plural || label.role == .participant,
              // "Niamh Doyle, Eamon Dervan and Colm Reilly.": the names alone, each of two words at least.
              let holders = RosterLines.officeHolders(line.text, lexicon) ?? RosterLines.people(line.text.trimming(.init(charactersIn: " .")), lexicon)
                .flatMap({ people in people.count >= 2 && people.allSatisfy({ $0.0.tokens.count >= 2 && $0.1 == nil }) ? people : nil }),
              // Every name of the sentence read, or the sentence is left to the prose, which keeps them all.
              holders.count == RosterLines.listItems(line.text).count
        else { return false }
        for (printed, affiliation) in holders { addRosterPerson(printed, affiliation: affiliation, label: label, inherited: true, line: line.number) }
        return true
    }

    mutating func addRosterPerson(_ listed: PrintedName, affiliation listedAffiliation: String?, label: RosterLines.Label,
                                          inherited: Bool, line: Int) {
        var (printed, affiliation) = (listed, listedAffiliation)
        // "Chief Justice X (represented by Justice Y, Constitutional Court)": Y took X's seat; X was not there.
        if let text = affiliation, let by = text.range(of: "represented by ", options: .caseInsensitive),
           by.lowerBound == text.startIndex || text[..<by.lowerBound].hasSuffix(", "),
           let (representative, description) = RosterLines.person(String(text[by.upperBound...]), lexicon) {
            explain("not-a-participant", printed.name, line: line, cue: "label.represented")
            notPresent.append(printed)
            (printed, affiliation) = (representative, description)
        }
        // "Liberal Party" / "• Jaspreet Gill": the group's body is the affiliation of a name listed alone.
        if let group = label.group, affiliation.map({ !Patterns.namesInstitution($0) }) ?? true {
            affiliation = affiliation.map { $0 + ", " + group } ?? group
        }
        let id = registry.person(printed, line: line, introduction: true)
        categories[line] = .participant
        lastLineWasRoster = true
        // "Closing remarks by Dr. X, Chair": the speech names her role here; "Chair" is her office.
        if let affiliation, !Self.speeches.contains(label.role), let (role, printed, rest) = RosterLines.trailingRole(affiliation, lexicon) {
            // "Hon. X – Vice-Chairperson": an office that gives no role of the meeting stays the person's position.
            let index = participate(id, role: role.role, printed: printed, cue: role.id + ".after-description",
                                    affiliation: role.role == .participant ? affiliation : rest.isEmpty ? nil : rest, line: line)
            lastRosterEntry = index.map { ($0, lines[line - 1].indent) }
            return
        }
        let panel = currentPart.map { parts[$0].seatsAPanel } == true
        // "Chair: Ms X, Executive Director" / "Mr Y, Program Director" / "Cr Z, Mayor": a label in the singular that
        // named its one person on its own line hands the slot's next lines to those who speak in it.
        if inherited, !label.plural, !label.rest.isEmpty, currentPart != nil, label.role != .participant, !Self.speeches.contains(label.role) {
            // "Katalin X (IWE): Battery gigafactories and the supplier base": a line that gives the paper's title presents it.
            let titled = lines[line - 1].text.includes("): ") || Talks.speakerWithTopic(lines[line - 1].text, lexicon) != nil
                || Talks.coAuthors(lines[line - 1].text, lexicon) != nil
            let role = partDefaultRole ?? (titled ? .presenter : panel ? .panelist : .speaker)
            let index = participate(id, role: role, printed: nil, cue: partDefaultCue ?? "roster.after-singular-label",
                                    affiliation: affiliation, line: line)
            if let index { tentative.insert(index) }
            lastRosterEntry = index.map { ($0, lines[line - 1].indent) }
            return
        }
        // "Panel 1" / "Participants:" and a list sit on the panel; "Members present:" under it sat through the whole meeting.
        let sitting = label.role == .participant && ["present", "attendance"].contains(where: label.printed.lowercased().includes)
        let onPanel = label.role == .participant && panel && !sitting || speakersCalledPanelists(label)
        let index = participate(id, role: onPanel ? .panelist : label.role, printed: label.asPrinted,
                                cue: inherited ? label.cue + ".continued" : label.cue, affiliation: affiliation, line: line, ofTheEvent: sitting)
        if inherited, !label.plural, let index { tentative.insert(index) }
        lastRosterEntry = index.map { ($0, lines[line - 1].indent) }
    }

    /// "Featuring" / A / B, and "we have three panelists with us today" in the page's prose: the speakers a page lists for the
    /// whole event are the panel it calls them.
    mutating func speakersCalledPanelists(_ label: RosterLines.Label) -> Bool {
        guard label.role == .speaker, label.cue == "label.speaker", currentPart == nil else { return false }
        if panelistsCounted == nil { panelistsCounted = Self.callsThemPanelists(lines) }
        return panelistsCounted!
    }

    /// Whether a sentence of the page counts those who speak as panelists ("three panelists with us", "our panellists"); a label
    /// ("Panelists:"), "the panel" or "questions for the panelists" does not.
    static func callsThemPanelists(_ lines: [SourceLine]) -> Bool {
        lines.contains { line in
            // Most lines hold no such word: told before the line is lowered and searched.
            guard line.text.range(of: "panelists", options: .caseInsensitive) != nil || line.text.range(of: "panellists", options: .caseInsensitive) != nil,
                  line.text.wordCount >= 6 else { return false }
            return line.text.lowercased().firstMatch(of: /\b(?:our|two|three|four|five|six|\d) panel+ists\b/) != nil
        }
    }

    /// "Liberal Party" / "Library of Parliament" over "• Jaspreet Gill" and "• Harjit Brar, Analyst": a body's name over a
    /// list of names is a group of those who attended, sorted by the body they come from, as committee minutes list
    /// their members by party; a topic over people is a panel's.
    mutating func openRosterGroup(_ shape: LineShape) -> Bool {
        guard shape.markers.isEmpty, rosterLabel?.rest.isEmpty ?? true, let group = RosterLines.groupBody(shape.body),
              Self.namesBody(group),
              let next = lines[shape.line.number...].first(where: { !$0.isBlank }), case let item = LineShape(next),
              // "Resource Persons:" / "Department of Energy (DOE)" / "Usec. X – Undersecretary": under a label, unmarked too.
              item.isBullet || rosterLabel != nil && item.markers.isEmpty,
              RosterLines.person(item.body, lexicon) != nil, Talks.speaker(item.body, lexicon) == nil else { return false }
        // The group keeps the role its label gave those listed.
        let list = rosterLabel?.plural == true ? rosterLabel : nil
        let label = RosterLines.Label(role: list?.role ?? .participant,
                                      cue: list.map { $0.cue.hasSuffix(".group") ? $0.cue : $0.cue + ".group" } ?? "roster.body-group",
                                      printed: list?.printed ?? "", plural: true, rest: "", group: group)
        categories[shape.line.number] = .heading
        (rosterLabel, participantList, lastLineWasRoster) = (label, label, true)
        return true
    }

    static func namesBody(_ name: String) -> Bool {
        Patterns.namesInstitution(name) || name.hasSuffix(" Party")
    }

    /// "• Dr. Ana Ruiz, Chair" over an indented "Vice President, Institute of Peace": the lines under a
    /// roster entry, indented further, describe that person.
    /// "Ms. X, Ministry of Energy, Mines, Water and" / "    Environment": an entry's description left unfinished at
    /// the width of a hard-wrapped page goes on in the next line, set in as far or further.
    mutating func readEntryDescription(_ shape: LineShape, entry: (participation: Int, indent: Int)) -> Bool {
        let text = shape.line.text.trimming(.whitespaces)
        if shape.markers.isEmpty, shape.line.indent >= entry.indent, let affiliation = participations[entry.participation].affiliation,
           Self.endsUnfinished(affiliation), text.first?.isUppercase == true, RosterLines.person(text, lexicon) == nil || !text.contains(",") {
            participations[entry.participation].affiliation = affiliation + " " + text
            participations[entry.participation].organizationId = organization(in: affiliation + " " + text, line: shape.line.number)
            categories[shape.line.number] = .participant
            lastRosterEntry = entry
            return true
        }
        // "Ms A, JP" / "Permanent Secretary for Housing": a post right under the name's own line, the name with none, set in as
        // far, is the name's; a body listed as one more attendee ("Friends of the Park Society") is no post.
        let underIt = shape.line.indent == entry.indent && participations[entry.participation].affiliation == nil
            && participations[entry.participation].line == shape.line.number - 1 && !Names.opensWithHonorific(text, lexicon)
            && ![":", "(", " - ", " – ", " — "].contains(where: text.includes) && !lines[shape.line.number - 2].text.contains(":")
            && RosterLines.person(text, lexicon) == nil && !Patterns.namesInstitution(text.split(separator: ",").first.map(String.init) ?? text)
        // "IN ATTENDANCE   Mark Vesey (Parks Operations Manager) and" / "                Priya Raman (...)": the next of a list set
        // in under its label's cell is someone else, not a description of one already described.
        guard shape.markers.isEmpty, shape.line.indent > entry.indent || underIt, isDescription(shape.line.text),
              participations[entry.participation].affiliation == nil || RosterLines.person(text, lexicon) == nil else { return false }
        if participations[entry.participation].affiliation == nil {
            participations[entry.participation].affiliation = text
            participations[entry.participation].organizationId = organization(in: text, line: shape.line.number)
        }
        categories[shape.line.number] = .participant
        lastRosterEntry = entry
        return true
    }

    /// A name alone on its line with its title and organisation on the lines right under it, as
    /// rosters of speakers print them: "Maria Lopez" / "Director, Centre for Maritime Studies".
    func nameBlock(at line: SourceLine) -> (PrintedName, [SourceLine])? {
        var text = line.text.trimming(.whitespaces)
        // "Gregory T. Whitfield, moderator": the role the roster gives, after the name.
        // "The Hon Mr Justice X": the article before a judge's style.
        text = Names.withoutArticle(text, lexicon)
        // "Ir Dr Winnie TSANG Wai-man, FHKIArb": or the letters of a fellowship.
        if let comma = text.range(of: ", ", options: .backwards), lexicon.rosterLabels[text[comma.upperBound...].lowercased()] != nil
            || text[comma.upperBound...].wholeMatch(of: RosterLines.fellowshipLetters) != nil {
            text = String(text[..<comma.lowerBound])
        }
        guard let last = text.last, last.isLetter || last == ")", text.wordCount <= 6,
              // "STAFF PRESENT" over "ERIN SCHUMACHER, Research Analyst": a label in capitals heads a list, as a name does not.
              !isRosterLabel(text), let printed = Names.parse(text, lexicon), printed.tokens.count >= 2 || printed.honorific != nil,
              !HeaderReader.namesMeeting(text, lexicon) else { return nil }
        var description: [SourceLine] = []
        var index = line.number
        // "Laura X" / "Nonresident Senior Fellow, Security Initiative" / "Atlantic Council": a speaker's card closes with the body's
        // name on a line of its own, whatever its words.
        while index < lines.count, description.count < 3, !lines[index].isBlank,
              isDescription(lines[index].text) || !description.isEmpty && closesCard(lines[index]) || description.isEmpty && cardRole(lines[index]) != nil {
            description.append(lines[index])
            index += 1
        }
        return description.isEmpty ? nil : (printed, description)
    }

    /// "Senior Fellow, Ocean Policy Institute": a title within the first words, or an institution.
    static func endsUnfinished(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return text.hasSuffix(",") || ["and", "of", "for", "the", "on", "in", "to", "&", "de", "du", "des", "la", "le", "et", "y", "del", "für", "und"]
            .contains(last.lowercased())
    }

    func isDescription(_ text: String) -> Bool {
        let words = text.words
        guard let first = words.first?.first, first.isUppercase, words.count <= 16, !text.hasSuffix("."),
              LineShape(SourceLine(number: 0, indent: 0, text: text)).markers.isEmpty, Names.parse(text, lexicon) == nil,
              // "Ana X" / "President" / "Ruiz Energy Foundation": an office held at home describes the person.
              RosterLines.label(text, lexicon) == nil || RosterLines.namesAnOffice(text),
              // "Ms. Emma Hartley (Fair Recruitment Initiative)" under another speaker is the next one, not a description;
              // so is "Siobhan Donnelly (Committee Substitute)" under another member, a full name before the bracket.
              !namesNextPerson(text)
        else { return false }
        let lead = words.prefix(4).map { $0.lowercased().trimming(.punctuationCharacters) }
        return lead.contains(where: lexicon.titleWords.contains) || Patterns.namesInstitution(text)
    }

    private func namesNextPerson(_ text: String) -> Bool {
        let head = String(text.prefix(while: { $0 != "(" && $0 != "," })).trimming(.whitespaces)
        guard let name = Names.parse(head, lexicon) else { return false }
        if name.honorific != nil { return true }
        let rest = text.dropFirst(head.count).trimming(.whitespaces)
        guard name.tokens.count >= 2, !Patterns.namesInstitution(head) else { return false }
        // "Tom Kerrigan, Flagstaff Lodging Association" under "Brenda Yazzie": a name, then the body its holder speaks for.
        return rest.hasPrefix("(") || rest.hasPrefix(",") && Patterns.namesInstitution(String(rest.dropFirst()))
            && !head.lowercased().words.contains(where: { lexicon.titleWords.contains(String($0)) })
    }

    mutating func readNameBlock(_ printed: PrintedName, description: [SourceLine], line: Int) {
        for described in description {
            categories[described.number] = .participant
            consumed.insert(described.number)
        }
        categories[line] = .participant
        // "“Preparing for emergencies means ...”" / "The Honourable X" / "Minister of Y": a release signs its quotations so;
        // someone the page names nowhere else is quoted, not present.
        if signsQuotation(printed, line: line) { return }
        let id = registry.person(printed, line: line, introduction: true)
        let label = rosterLabel.flatMap { $0.rest.isEmpty ? $0 : nil }
        var affiliation = description.map(\.text).joined(separator: ", ")
        let nameLine = lines[line - 1].text.trimming(.whitespaces)
        if let comma = nameLine.range(of: ", ", options: .backwards), let role = lexicon.rosterLabels[nameLine[comma.upperBound...].lowercased()] {
            participate(id, role: role.role, printed: String(nameLine[comma.upperBound...]), cue: role.id + ".after-name",
                        affiliation: affiliation, line: line)
        } else if let first = description.first, let role = cardRole(first) {
            let rest = description.dropFirst().map(\.text).joined(separator: ", ")
            participate(id, role: role.role, printed: first.text.trimming(.whitespaces), cue: role.id + ".under-name",
                        affiliation: rest.isEmpty ? nil : rest, line: line)
        } else if let (role, printed, rest) = RosterLines.trailingRole(affiliation, lexicon) {
            // "Senior Expert, U.S. Institute of Peace, Moderator": the role the roster gives this person.
            affiliation = rest
            participate(id, role: role.role, printed: printed, cue: role.id + ".after-description",
                        affiliation: rest.isEmpty ? nil : rest, line: line)
        } else {
            // "0900  Welcome Remarks" / "Datuk X" / "Chairman, Y": under a part that names the speech, the name gives it.
            // "Panel discussion: Measuring ..." / "Priya X" / "Professor of Economics": those a panel lists sit on it. A
            // legislature's "Panel on Housing" that lists its members present is a standing committee, and those under it officers.
            let onPanel = label == nil && partDefaultRole == nil && currentPart.map { index in
                parts[index].seatsAPanel && !explanations.contains { $0.part == parts[index].id && $0.cue.hasPrefix("label.participants") }
            } == true
            let called = label.map { speakersCalledPanelists($0) } == true
            // "10:05 am - 10:35 am" / "Fireside chat" / "Kwabena X" / "Vice President, ...": the one a timed part lists speaks in it.
            let timed = label == nil && partDefaultRole == nil && !onPanel && currentPart.map({ isTimed($0) && listsOneCard($0, from: line) }) == true
            participate(id, role: called ? .panelist : label?.role ?? partDefaultRole ?? (onPanel ? .panelist : timed ? .speaker : .participant),
                        printed: label?.printed,
                        cue: label?.cue ?? partDefaultCue ?? (onPanel ? "part.panel-member" : timed ? "roster.under-timed-heading" : "roster.name-block"),
                        affiliation: affiliation, line: line)
        }
        if let last = description.last?.number, let index = currentPart { parts[index].span.last = last }
    }

    /// "1. Bronislaw Geremek, commissioner" or "Prof. Amako Satoshi:": who speaks in the points below.
    func speakerItem(_ shape: LineShape) -> (PrintedName, String?)? {
        var body = shape.body
        // "- A, ...;" / "- B, Head of Division, Department X.": the last item of a list closes it with a full stop. The items of
        // such a list may be longer than a roster's lines, for the semicolons set them apart.
        let previous = shape.line.number >= 2 ? lines[..<(shape.line.number - 1)].last(where: { !$0.isBlank }) : nil
        let semicolonList = !shape.markers.isEmpty && previous.map { $0.text.hasSuffix(";") || $0.text.hasSuffix("; and") } == true
        if body.hasSuffix("."), semicolonList, !Self.endsWithAbbreviation(body) { body.removeLast() }
        // A longer item that reports what the person said is a point of the discussion, not a roster's line.
        guard !body.hasSuffix("."), body.wordCount <= 14 || semicolonList && body.wordCount <= 24
                && !body.lowercased().letterRuns.contains(where: { lexicon.reportingVerbs.contains(String($0)) }),
              !shape.markers.isEmpty || shape.line.indent > 0 || body.hasSuffix(":") else { return nil }
        // "Concise Minutes:" over the attendance: the record's type, not a speaker.
        guard DocumentTypes.line(String(body.trimming(.init(charactersIn: ": "))), lexicon) == nil,
              let (printed, affiliation) = RosterLines.person(body, lexicon) else { return nil }
        if let affiliation, affiliation.wordCount > (semicolonList ? 20 : 12) { return nil }
        // A known person, or a name an honorific or a colon vouches for.
        if registry.match(printed) != nil || printed.honorific != nil || body.hasSuffix(":") || printed.tokens.count >= 2 {
            return (printed, affiliation)
        }
        return nil
    }

    /// "“Preparing for emergencies means ...”" / "- The Honourable X, Minister of Y": a release signs its quotations so, the
    /// name on a line of its own or after a dash; someone the page names nowhere else is quoted, not present.
    /// A quotation a blank line above is signed only if it ends a sentence: '“Financing the transition: who pays?”' over a
    /// speaker is the title of a talk.
    mutating func signsQuotation(_ printed: PrintedName, line: Int) -> Bool {
        guard line >= 2, let quoted = lines[..<(line - 1)].last(where: { !$0.isBlank }), quoted.number >= line - 2,
              case let above = quoted.text.trimming(.whitespaces), above.wordCount >= 6,
              above.first.map({ "“\"".contains($0) }) == true, above.last.map({ "”\"".contains($0) }) == true,
              quoted.number == line - 1 || above.dropLast().hasSuffix("."), registry.match(printed) == nil else { return false }
        explain("not-a-participant", printed.name, line: line, cue: "mention.quoted")
        notPresent.append(printed)
        categories[line] = .participant
        return true
    }

    mutating func startSpeaker(_ printed: PrintedName, affiliation: String?, line: Int) {
        if lines[line - 1].text.first.map({ "-–—".contains($0) }) == true, signsQuotation(printed, line: line) {
            openParagraph = nil
            return
        }
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
        // "Panel I – Autonomy" / "Moderator: ..." / "• Mr X, Ombudsman": those listed under a panel sit on it, as do those a
        // panel's sentence lists after "with:".
        let onPanel = currentPart.map { parts[$0].seatsAPanel } ?? false
        let pending = rosterLabel.flatMap { $0.rest.isEmpty && !(onPanel && $0.printed.lowercased() == "with") ? $0 : nil }
        // "“Recruitment Agencies and Debt Bondage”" / "  Dewi Anggraeni (Universitas Diponegoro)": a paper's title in quotes
        // over a name is the paper that person presents.
        let paper = line >= 2 && !lines[line - 2].isBlank && Self.isQuotedLine(lines[line - 2].text)
        // "- KIM Hyun-jung, Senior Fellow, KIPF (Chair)": the line gives the person's part in the session after the description.
        // Only in brackets, and no office's title: "- JANG X, Korea Institute, President" is the institute's president.
        if let affiliation, affiliation.hasSuffix(")"), let (role, printed, rest) = RosterLines.trailingRole(affiliation, lexicon), role.role != .participant,
           !RosterLines.namesAnOffice(printed) {
            participate(id, role: role.role, printed: printed, cue: role.id + ".after-description", affiliation: rest.isEmpty ? nil : rest, line: line)
            return
        }
        participate(id, role: pending?.role ?? (paper ? .presenter : nil) ?? partDefaultRole ?? (onPanel ? .panelist : .speaker),
                    printed: pending?.printed,
                    cue: pending?.cue ?? (paper ? "roster.under-paper-title" : nil) ?? partDefaultCue ?? (onPanel ? "part.panel-member" : "roster.speaker-line"),
                    affiliation: affiliation, line: line, fromEvidence: pending != nil)
        // "Participants" over a list: each item is one of them; "Opening Address:" names one speaker.
        if let pending, !pending.plural { rosterLabel = nil }
    }

    /// "“Port State Measures and Labour Inspection”": a line that is a quotation and nothing else.
    static func isQuotedLine(_ text: String) -> Bool {
        let body = Times.withoutLeadingTime(text.trimming(.whitespaces))
        guard let first = body.first, let last = body.last, "\"“‘«".contains(first), "\"”’»".contains(last), body.count > 8 else { return false }
        return !body.dropFirst().dropLast().contains(where: { "\"“”".contains($0) })
    }

    /// "Noordzee Data B.V.", "Acme Inc.": a line whose last period belongs to an abbreviation.
    static func endsWithAbbreviation(_ text: String) -> Bool {
        guard let last = text.words.last else { return false }
        return last.filter({ $0 == "." }).count >= 2 || ["Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr."].contains(String(last))
    }
}
