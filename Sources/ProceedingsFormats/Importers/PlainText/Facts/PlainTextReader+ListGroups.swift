import Foundation

/// Lists of participants as pages print them: under a heading that names the list, sorted in groups by country, body or
/// party, a group's name on a line of its own over the names.
extension PlainTextReader {
    nonisolated(unsafe) private static let otherStaff = /,?\s+and \d+ other staff\.?$/
    nonisolated(unsafe) private static let bracketedLine = /\([^()]+\)/
    /// "1. PARTICIPANTS", "2. TEMPORARY ADVISERS", "4. SECRETARIAT": the numbered groups of an organisation's list of participants.
    private static let numberedGroups: Set<String> = ["secretariat", "observers", "staff", "participants", "temporary advisers", "temporary advisors",
                                                      "resource persons", "experts", "representatives", "consultants", "advisers", "advisors"]

    /// The line as a heading of the list, a group of it or one of its names; false when it is none of these.
    mutating func readListLine(_ line: SourceLine, shape: LineShape) -> Bool {
        if shape.markers.isEmpty, let label = RosterLines.listHeading(line.text, lexicon) {
            // "ANNEX 1. LIST OF PARTICIPANTS" after the last session: the list is the whole meeting's.
            currentPart = nil
            partDefaultRole = nil
            partDefaultCue = nil
            readRosterLabel(label, line: line.number)
            categories[line.number] = .heading
            participantList = label
            return true
        }
        // "Witnesses" / "As an Individual" / "• X, Professor ...": a committee's witnesses who speak for no body, a group of the list.
        if rosterLabel != nil, lastLineWasRoster, shape.markers.isEmpty, ["as an individual", "as individuals"].contains(shape.body.lowercased()) {
            categories[line.number] = .heading
            rosterLabel?.group = nil
            return true
        }
        // In a list of participants, a line that is a person is one of them, whatever heading its shape might make.
        if participantList != nil, lastLineWasRoster, shape.markers.isEmpty, !line.text.hasSuffix("."), let label = rosterLabel,
           let (printed, affiliation) = RosterLines.invertedPerson(line.text, lexicon) ?? RosterLines.personInCells(line.text, lexicon) {
            for (printed, affiliation) in RosterLines.peopleInColumns(line.text, lexicon) ?? [(printed, affiliation)] {
                addRosterPerson(printed, affiliation: affiliation, label: label, inherited: true, line: line.number)
            }
            return true
        }
        // "City Affairs Department: Director-General MIYASAKA Tetsuya": in a list of participants, a body, then its officers,
        // each office before the name.
        if participantList != nil, lastLineWasRoster, shape.markers.isEmpty, let label = rosterLabel, let colon = line.text.range(of: ": "),
           case let body = String(line.text[..<colon.lowerBound]), Self.namesBody(body), body.wordCount <= 8,
           let officers = RosterLines.officersByOffice(String(line.text[colon.upperBound...]).replacing(Self.otherStaff, with: ""), lexicon) {
            for (printed, office) in officers {
                addRosterPerson(printed, affiliation: [office, body].compactMap { $0 }.joined(separator: ", "), label: label, inherited: true, line: line.number)
            }
            return true
        }
        // "Witnesses:" / "NT Farmers Association: Paul Burke, Chief Executive Officer": a committee's witnesses, each after the body
        // they speak for, as a parliament's transcript lists them.
        if lastLineWasRoster, shape.markers.isEmpty, let label = rosterLabel, label.rest.isEmpty, let colon = line.text.range(of: ": "),
           case let body = String(line.text[..<colon.lowerBound]), Self.namesBody(body), body.wordCount <= 10, !isRosterLabel(body),
           let (printed, position) = RosterLines.person(String(line.text[colon.upperBound...]), lexicon), printed.tokens.count >= 2 {
            addRosterPerson(printed, affiliation: [position, body].compactMap { $0 }.joined(separator: ", "), label: label, inherited: true, line: line.number)
            return true
        }
        // "Experts", "FAO Secretariat", "Observers" in a list of participants: a group of the names under it, in any case.
        // "Ministry of Agriculture and Livestock Development (State Department for Livestock)": or the body they come from.
        // "(Committee members)", "(Prefecture)": an outline sets its groups in brackets; "(1) Members (9 of 11 members)",
        // "(3) Secretariat": or numbers them, with how many came.
        let bracketed = line.text.trimming(.whitespaces).wholeMatch(of: Self.bracketedLine) != nil
        let numbered = shape.number != nil && !shape.isBullet && Residue.attendanceKinds.contains(where: shape.body.lowercased().includes)
            || shape.number != nil && Self.numberedGroups.contains(shape.body.lowercased())
        let text = numbered ? String(shape.body.prefix { $0 != "(" }).trimming(.whitespaces) : line.text
        if let list = participantList, shape.markers.isEmpty || numbered, !text.contains(where: { $0.isNumber || ":;—–".contains($0) }),
           text.wordCount <= 5 && (bracketed || !text.contains(where: { ",(".contains($0) }))
            || line.text.wordCount <= 14 && Patterns.namesInstitution(String(line.text.prefix { $0 != "(" })),
           !isRosterLabel(line.text),
           // "Bloc Riverain" over bullets, after a body's group: another body's, however like a name it reads.
           RosterLines.person(line.text, lexicon) == nil || rosterLabel?.group != nil && line.number < lines.count && LineShape(lines[line.number]).isBullet,
           RosterLines.invertedPerson(line.text, lexicon) == nil, Headings.heading(shape, lexicon).map({ $0.isWeak }) ?? true,
           // "Business of Joint Committee" over "Chairman: Apologies ...": a body's name over a turn of the record heads an item.
           minutesItem(shape) == nil, !overItsHour(line), !turnOpens(after: line.number) {
            categories[line.number] = .heading
            let previous = rosterLabel?.group
            rosterLabel = list
            let group = bracketed ? String(line.text.trimming(.init(charactersIn: " ()"))) : text
            rosterLabel?.group = RosterLines.groupBody(group).flatMap { previous != nil || Self.namesBody($0) ? $0 : nil }
            lastLineWasRoster = true
            return true
        }
        if openRosterGroup(shape) { return true }
        // "ALGERIA", "INTERNATIONAL ORGANIZATIONS" in a list of participants: the group of the names under it.
        if shape.markers.isEmpty, let label = rosterLabel, label.plural, label.rest.isEmpty, line.text.wordCount <= 6,
           Names.isAllCaps(line.text.replacing(" ", with: "")), !line.text.contains(where: \.isNumber),
           !isRosterLabel(line.text), !Names.opensWithHonorific(line.text, lexicon), minutesItem(shape) == nil {
            categories[line.number] = .heading
            return true
        }
        return false
    }

    /// "During two days, the participants discussed in four sessions:" / "1. Regional data and monitoring;" / "2. ...":
    /// each item the prose announced is a part, titled by the item.
    mutating func readListedPart(_ shape: LineShape) -> Bool {
        guard let noun = partsListed else { return false }
        var title = shape.body.trimming(.whitespaces)
        for end in ["; and", ", and", ";", ".", ","] where title.hasSuffix(end) { title.removeLast(end.count) }
        guard !shape.markers.isEmpty, (1...16).contains(title.wordCount), RosterLines.person(title, lexicon) == nil else {
            partsListed = nil
            return false
        }
        let number = parts.filter { $0.kind == .session }.count + 1
        beginPart(.session, number: number, label: title, title: nil, line: shape.line.number, cue: "listed-\(noun)")
        categories[shape.line.number] = .heading
        // The list of parts ends where the prose resumes, which speaks of the meeting again.
        listedParts = true
        return true
    }

    /// "2 Venue", "3 Attendees", "(2) Absent members" as an outline numbers them: a label, read without its number when the
    /// number has no stop to make it a marker.
    func withoutBareNumber(_ line: SourceLine) -> SourceLine {
        guard let rest = LabelledFact.afterBareNumber(line.text), rest.wordCount <= 4, LabelledFact.label(rest) != nil || RosterLines.label(rest, lexicon).map({ $0.rest.isEmpty }) == true
        else { return line }
        return SourceLine(number: line.number, indent: line.indent, text: rest)
    }

    /// "Harbour Services" / "09:01": an item of the agenda over the hour it began, which ends the list above it.
    func overItsHour(_ line: SourceLine) -> Bool {
        guard line.number < lines.count, case let next = lines[line.number].text.trimming(.whitespaces), next.count <= 12 else { return false }
        return next.wholeMatch(of: Times.clock) != nil
    }
}
