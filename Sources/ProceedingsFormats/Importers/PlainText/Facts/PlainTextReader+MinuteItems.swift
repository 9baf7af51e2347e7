import Foundation

/// "1. Decision on taking business in private: The Committee agreed to take items 4 and 5 in private.": a committee's minutes
/// print each item's title and what was done under it on one numbered line, the title closed by a colon.
extension PlainTextReader {
    func minuteItemWithText(_ shape: LineShape) -> (heading: Heading, prose: String, wrapped: [Int])? {
        guard isMinutes, !shape.isBullet, let (printed, number) = shape.number, let colon = shape.body.range(of: ": ") else { return nil }
        let title = String(shape.body[..<colon.lowerBound]).trimming(.whitespaces)
        let prose = String(shape.body[colon.upperBound...]).trimming(.whitespaces)
        guard (1...12).contains(title.wordCount), title.first?.isUppercase == true, prose.first?.isUppercase == true, prose.wordCount >= 4,
              RosterLines.label(title + ":", lexicon) == nil, RosterLines.person(title, lexicon) == nil else { return nil }
        let heading = Heading(target: .part(Headings.partKind(title) ?? .other), label: printed + " " + title, number: number, title: nil,
                              text: shape.line.text)
        return (heading, prose, [])
    }

    /// "IV. Redevelopment of aged estates" / ... / "Briefing by the Administration" / "4. At the invitation of the Chairman, ...":
    /// under an item of minutes whose paragraphs are numbered, a short line over the next paragraph heads what the item went
    /// through; it begins no part or section of its own.
    mutating func markMattersOfItem(_ shape: LineShape) -> Bool {
        guard headsMattersOfItem(shape) else { return false }
        categories[shape.line.number] = .heading
        return true
    }

    /// "Discussion" / "Decanting arrangements for tenants" / "5. Mr X expressed concern ...": one such line may head the next.
    func headsMattersOfItem(_ shape: LineShape, depth: Int = 0) -> Bool {
        // "IV." over "5.": items and paragraphs numbered apart, so that an unnumbered line is neither ("Any Other Business" over
        // "15. There being no other business" is an item where both are numbered alike).
        guard isMinutes, shape.markers.isEmpty, let index = currentPart,
              let item = LineShape(lines[parts[index].span.first - 1]).number, !item.0.contains(where: \.isNumber),
              (1...10).contains(shape.body.wordCount), shape.body.first?.isUppercase == true, !shape.body.hasSuffix("."), !shape.body.hasSuffix(":"),
              RosterLines.label(shape.body, lexicon) == nil, RosterLines.person(shape.body, lexicon) == nil,
              let next = lines[shape.line.number...].first(where: { !$0.isBlank }) else { return false }
        let paragraph = LineShape(next)
        guard let number = paragraph.number else { return depth == 0 && headsMattersOfItem(paragraph, depth: 1) }
        guard number.0.contains(where: \.isNumber) else { return false }
        return paragraph.body.wordCount >= 6 && (!endsSentence(next.text) || paragraph.body.wordCount >= 10)
    }

    /// "3.2 ", the number of a point under an item, printed without a stop after it.
    nonisolated(unsafe) static let pointNumber = /\d{1,2}\.\d{1,2}\s+\p{Lu}/

    /// "2 Inquiry into the publishing sector: evidence session 3" over "2.1 The Committee heard evidence from ...": an item's
    /// number printed without a stop, which the points under it repeat.
    func minuteItemOverItsPoints(_ shape: LineShape) -> Heading? {
        guard isMinutes, shape.markers.isEmpty, let title = LabelledFact.afterBareNumber(shape.line.text),
              let number = Int(shape.line.text.prefix(while: \.isNumber)), (1...40).contains(number), (1...20).contains(title.wordCount),
              !title.hasSuffix("."), !Dates.all(in: shape.line.text).contains(where: { $0.day != nil }),
              let next = lines[shape.line.number...].first(where: { !$0.isBlank }), next.text.hasPrefix("\(number).1 ") else { return nil }
        return Heading(target: .part(Headings.partKind(title) ?? .other), label: shape.line.text, number: number, title: nil, text: shape.line.text)
    }

    /// "Morning Session" / "Armory Consolidation Plan – Adjutant General's Department" over "Colonel X presented ...": in
    /// minutes, a heading of no kind right over the paragraph that records it is an item of the meeting.
    func minutesTopic(_ heading: Heading, shape: LineShape) -> Heading? {
        guard isMinutes, case .section(.other) = heading.target, shape.markers.isEmpty, shape.line.number < lines.count,
              case let next = lines[shape.line.number], !next.isBlank, next.text.wordCount >= 8, endsSentence(next.text) || isLongProseLine(next.number),
              RosterLines.label(shape.body, lexicon) == nil, !isRosterLabel(shape.body) else { return nil }
        return Heading(target: .part(.other), label: heading.label, title: nil, text: heading.text)
    }

    /// "Island Ferry Services (Community Impact)" / "09:01": a heading over the hour it began at is an item of the meeting,
    /// as an official report prints its agenda; the hour is the heading's, no word of what was said under it.
    mutating func timedItem(_ heading: Heading, shape: LineShape) -> Heading? {
        guard case .section(.other) = heading.target, shape.markers.isEmpty, overItsHour(shape.line), !isRosterLabel(shape.body) else { return nil }
        consumed.insert(shape.line.number + 1)
        categories[shape.line.number + 1] = .heading
        return Heading(target: .part(.other), label: heading.label, title: nil, text: heading.text)
    }

    /// "3. Exchange of views with X, EU Special Representative for the Horn of Africa": a long item, named by the guest the
    /// body heard, is an item still when the one before it bore the number before its own.
    func itemInSequence(_ number: Int, _ body: String) -> Bool {
        // "2. X Bill: The Committee took evidence ...": an item's title and what was done under it is another form.
        guard isMinutes, body.wordCount <= 24, number >= 2, !body.includes(": "),
              let previous = parts.last(where: { LineShape(lines[$0.span.first - 1]).number != nil }) else { return false }
        return LineShape(lines[previous.span.first - 1]).number?.1 == number - 1
    }

    /// "3. Chair's annual report", "7. Guest talk": in minutes, an item numbered as the first was is a part of the meeting,
    /// however its words are cased.
    func minutesItem(_ shape: LineShape) -> Heading? {
        // "Staff overview" over "00:02:40 Ms. X presented ...": minutes timed by their recording head each item on a line
        // of its own.
        if isMinutes, shape.markers.isEmpty, case let body = shape.body.trimming(.whitespaces), (1...12).contains(body.wordCount),
           !body.hasSuffix("."), body.first?.isUppercase == true, shape.line.number < lines.count,
           lines[shape.line.number].text.prefixMatch(of: Self.recordingTime) != nil, RosterLines.person(body, lexicon) == nil {
            return Heading(target: .part(Headings.partKind(body) ?? .other), label: body, number: nil, title: nil, text: shape.line.text)
        }
        // "MIN. 049/CAM/HS/2025: PRELIMINARIES": a minute's reference, then the item it records.
        if shape.markers.isEmpty, let match = shape.body.wholeMatch(of: Self.minuteReference), case let body = String(match.output.1),
           (1...20).contains(body.wordCount), !body.hasSuffix(".") {
            return Heading(target: .part(Headings.partKind(body) ?? .other), label: body, number: nil, title: nil, text: shape.line.text)
        }
        // "2 PUBLIC FORUM", "10 CHAIRPERSON'S REPORT": a council's minutes number their items in capitals, with no stop.
        if isMinutes, shape.markers.isEmpty, let match = shape.body.wholeMatch(of: Self.itemInCapitals), let number = Int(match.output.1),
           case let body = String(match.output.2), body.contains(where: \.isLetter), Names.isAllCaps(body.filter(\.isLetter)) {
            return Heading(target: .part(Headings.partKind(body) ?? .other), label: "\(number) \(body)", number: number, title: nil, text: shape.line.text)
        }
        // "7.1 CAO-2024-07 Operating Budget Variance Report" under "7. Staff Reports": minutes number the matters an item takes
        // up under its own number, each a part of the meeting.
        if isMinutes, let match = shape.line.text.prefixMatch(of: Self.subsection), let index = currentPart,
           LineShape(lines[parts[index].span.first - 1]).number?.1 == Int(match.output.1),
           case let body = String(shape.line.text[match.range.upperBound...]).trimming(.whitespaces),
           (1...14).contains(body.wordCount), !body.hasSuffix("."), body.first.map({ $0.isUppercase || $0.isNumber }) == true,
           RosterLines.person(body, lexicon) == nil, RosterLines.label(body, lexicon) == nil {
            let label = String(match.output.0).trimming(.whitespaces)
            return Heading(target: .part(.other), label: label + " " + body, number: nil, title: nil, text: shape.line.text)
        }
        // "(1) Members (9 of 11 members)", "(3) Secretariat" under "3 Attendees": the groups of a list of those present.
        if participantList != nil, lastLineWasRoster, case let lower = shape.body.lowercased(),
           Residue.attendanceKinds.contains(where: lower.includes) || ["secretariat", "observers"].contains(where: lower.hasPrefix) { return nil }
        // "3. Reports from friendship regions" among a programme's numbered items: an item, however cased, as in minutes.
        guard isMinutes || partNumbering != nil && programmeItem(shape) && Headings.heading(shape, lexicon) == nil, !shape.isBullet,
              let (printed, number) = shape.number,
              Self.numbering(shape) == partNumbering ?? Self.numbering(shape),
              case let body = shape.body.trimming(.whitespaces), (1...12).contains(body.wordCount) || itemInSequence(number, body), !body.hasSuffix("."), !body.hasSuffix(":"),
              body.first?.isUppercase == true, RosterLines.person(body, lexicon) == nil,
              // "4. Presentation: State Budget Outlook": an item may name its kind before its subject, but not who held it.
              RosterLines.label(body, lexicon).map({ !$0.rest.isEmpty && RosterLines.people($0.rest, lexicon) == nil }) ?? true else { return nil }
        return Heading(target: .part(Headings.partKind(body) ?? .other), label: printed + " " + body, number: number, title: nil, text: shape.line.text)
    }

    nonisolated(unsafe) static let minuteReference = /(?i:min(?:ute)?\.?\s*(?:no\.?\s*)?)\d+[\w\/.-]*\s*[:–-]\s*(.+)/

    /// "Exchange of views with X, Special Representative ...", "Presentation by X": an item of a body's meeting that names
    /// the one it heard, after "with" or "by", the person's position after a comma.
    func guestInItem(_ label: String) -> (PrintedName, String?)? {
        guard isMinutes else { return nil }
        for joint in [" with ", " by "] {
            guard let range = label.range(of: joint, options: .backwards), label[..<range.lowerBound].wordCount <= 6 else { continue }
            if let (printed, affiliation) = RosterLines.person(String(label[range.upperBound...]), lexicon), printed.tokens.count >= 2 {
                return (printed, affiliation)
            }
        }
        return nil
    }

    /// "Opening by the chair of the committee, Ine Marie Sletten (H)", "Closing remarks by Dr. X, Director": who gave the part's
    /// speech, by name, or by office and then name; "Closing remarks by the chair" names no one.
    func speakerByInHeading(_ label: String) -> (PrintedName, String?)? {
        guard let by = label.range(of: " by "), label[..<by.lowerBound].wordCount <= 4 else { return nil }
        let rest = String(label[by.upperBound...])
        if rest.hasPrefix("the "), let comma = rest.range(of: ", ") {
            guard let (printed, affiliation) = RosterLines.person(String(rest[comma.upperBound...]), lexicon), printed.tokens.count >= 2,
                  !Patterns.namesInstitution(printed.name) else { return nil }
            return (printed, affiliation.map { rest[rest.index(rest.startIndex, offsetBy: 4)..<comma.lowerBound] + ", " + $0 }
                ?? String(rest[rest.index(rest.startIndex, offsetBy: 4)..<comma.lowerBound]))
        }
        // "Opening by Video Link", "Closing ceremony by Cape Coast Castle": only an honorific or a description vouches for a name.
        guard let (printed, affiliation) = RosterLines.person(rest, lexicon), printed.honorific != nil || affiliation != nil,
              !Patterns.namesInstitution(printed.name) else { return nil }
        return (printed, affiliation)
    }

    /// "That the minutes of the meeting held on 9 November 2023 be approved": the meeting minuted before this one, whose day
    /// is no date of this. "The Board held its meeting on 18 January and approved the minutes of ..." holds before the minutes.
    static func approvesEarlierMinutes(_ sentence: String, lower: String, heldAt verb: Range<String.Index>) -> Bool {
        guard lower.includes("minutes of the "), let minutes = sentence.range(of: "minutes of the ", options: .caseInsensitive),
              minutes.upperBound <= verb.lowerBound, sentence.distance(from: minutes.upperBound, to: verb.lowerBound) <= 30 else { return false }
        return ["approve", "adopt", "confirm", "signed", "agreed"].contains(where: lower.includes)
    }
}
