import Foundation

/// Lists of participants as pages print them: under a heading that names the list, sorted in groups by country, body or
/// party, a group's name on a line of its own over the names.
extension PlainTextReader {
    /// The line as a heading of the list, a group of it or one of its names; false when it is none of these.
    mutating func readListLine(_ line: SourceLine, shape: LineShape) -> Bool {
        if shape.markers.isEmpty, let label = RosterLines.listHeading(line.text, lexicon) {
            readRosterLabel(label, line: line.number)
            categories[line.number] = .heading
            participantList = label
            return true
        }
        // In a list of participants, a line that is a person is one of them, whatever heading its shape might make.
        if participantList != nil, lastLineWasRoster, shape.markers.isEmpty, !line.text.hasSuffix("."), let label = rosterLabel,
           let (printed, affiliation) = RosterLines.invertedPerson(line.text, lexicon) ?? RosterLines.personInCells(line.text, lexicon) {
            addRosterPerson(printed, affiliation: affiliation, label: label, inherited: true, line: line.number)
            return true
        }
        // "Experts", "FAO Secretariat", "Observers" in a list of participants: a group of the names under it, in any case.
        // "Ministry of Agriculture and Livestock Development (State Department for Livestock)": or the body they come from.
        // "(Committee members)", "(Prefecture)": an outline sets its groups in brackets.
        let bracketed = line.text.trimming(.whitespaces).wholeMatch(of: /\([^()]+\)/) != nil
        if let list = participantList, shape.markers.isEmpty, !line.text.contains(where: { $0.isNumber || ":;—–".contains($0) }),
           line.text.wordCount <= 5 && (bracketed || !line.text.contains(where: { ",(".contains($0) }))
            || line.text.wordCount <= 14 && Patterns.namesInstitution(String(line.text.prefix { $0 != "(" })),
           !isRosterLabel(line.text),
           // "Bloc Riverain" over bullets, after a body's group: another body's, however like a name it reads.
           RosterLines.person(line.text, lexicon) == nil || rosterLabel?.group != nil && line.number < lines.count && LineShape(lines[line.number]).isBullet,
           RosterLines.invertedPerson(line.text, lexicon) == nil, Headings.heading(shape, lexicon).map({ $0.isWeak }) ?? true,
           minutesItem(shape) == nil {
            categories[line.number] = .heading
            let previous = rosterLabel?.group
            rosterLabel = list
            let group = bracketed ? String(line.text.trimming(.init(charactersIn: " ()"))) : line.text
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
}
