import Foundation

/// A part given inside another: "7.1 Operating Budget Variance Report" under "7. Staff Reports" in minutes, "14:10
/// Presentation of the report" under "Session 2: Finance" in a programme. The Conference Ontology's Session has its
/// Talks as sub-events, and the roles held in a talk are held during it.
extension PlainTextReader {
    nonisolated(unsafe) static let matterNumber = /(\d{1,2})\.(\d{1,2})\.?\s+/

    /// The index of the part that a part whose heading is on `line` is given in: the part the text is in, or one it is
    /// given in, whose heading the new one's is printed under by its numbering (a matter numbered under its item's number)
    /// or by its hour (a slot of the day's timetable under a heading that gives none). A part named in the prose, a list's
    /// group, an opening, a closing and a conclusion stand in the event itself.
    func enclosingPart(ofHeadingOn line: Int, kind: PartKind, cue: String) -> Int? {
        guard cue == "heading", ![.closing, .concluding].contains(kind) else { return nil }
        let own = lines[line - 1].text
        // "(b) ..." is given where "(a) ..." before it was, whatever the lines between them ended.
        if Self.lettered(lines[line - 1]), let previous = parts.last, Self.lettered(lines[previous.span.first - 1]),
           let parent = previous.parentId {
            return parts.firstIndex { $0.id == parent }
        }
        var candidate = currentPart
        while let index = candidate, parts[index].span.first < line {
            let heading = lines[parts[index].span.first - 1].text
            if isMinutes, let matter = own.prefixMatch(of: Self.matterNumber), heading.prefixMatch(of: Self.matterNumber) == nil,
               LineShape(lines[parts[index].span.first - 1]).number?.1 == Int(matter.output.1) {
                return index
            }
            if Times.opensWithTime(own), !Times.opensWithTime(heading), [.session, .other].contains(parts[index].kind),
               !isMinutes {
                return index
            }
            // "Panel Presentations" over "(a) Trilateral Cooperation ..." and "(b) ...": a lettered heading is printed under the
            // last heading that no letter marks, when nothing but its own heading stands in that part.
            if Self.lettered(lines[line - 1]), !Self.lettered(lines[parts[index].span.first - 1]), [.session, .other].contains(parts[index].kind),
               !statements.contains(where: { $0.partId == parts[index].id }) {
                return index
            }
            candidate = parts[index].parentId.flatMap { id in parts.firstIndex { $0.id == id } }
        }
        return nil
    }

    /// "(a)", "b)", "(iv)": a heading numbered with a letter, as a page numbers the parts of a part.
    static func lettered(_ line: SourceLine) -> Bool {
        LineShape(line).number.map { $0.0.contains(where: \.isLowercase) } ?? false
    }

    /// "Business of Joint Committee" / "Chairman: Apologies have been received ...": a heading over a turn of the record, the
    /// presiding office's or a named speaker's, is an item the body took.
    func turnOpens(after line: Int) -> Bool {
        guard let next = lines[line...].first(where: { !$0.isBlank }), Self.opensTurn(next.text), let colon = next.text.firstIndex(of: ":") else { return false }
        let head = String(next.text[..<colon])
        // "Chair: Cllr X" names who holds an office; a turn speaks: "Chairman: Apologies have been received ...".
        let words = next.text[next.text.index(after: colon)...].trimming(.whitespaces)
        guard words.wordCount >= 4, RosterLines.people(words, lexicon) == nil, RosterLines.person(words, lexicon) == nil else { return false }
        return Self.officeSpeaks(next.text) || Names.opensWithHonorific(head, lexicon) && RosterLines.person(head, lexicon) != nil
    }

    /// "CONTENTS" over the record's items, each printed again as a heading further down: the heading at `line` is one of them.
    func listedInContents(_ heading: String, before line: Int) -> Bool {
        let wanted = heading.lowercased().trimming(.whitespaces)
        guard let contents = lines.prefix(min(line - 1, 60)).firstIndex(where: { ["contents", "table of contents"].contains($0.text.lowercased().trimming(.init(charactersIn: " :"))) })
        else { return false }
        let listed = lines[(contents + 1)...].prefix { !$0.isBlank }
        guard let last = listed.last, last.number < line else { return false }
        return listed.contains { $0.text.lowercased().replacing(/[ .]*\d{1,3}$/, with: "").trimming(.whitespaces) == wanted }
    }
}

extension EventPart {
    /// The parts with each one's lines running on to the last line of the parts given in it: a session's lines are its
    /// heading's and its talks'.
    static func spanningSubParts(_ parts: [EventPart]) -> [EventPart] {
        var parts = parts
        // A sub-part comes after the part it is given in, so one pass from the end carries the lines up every level.
        for index in parts.indices.reversed() {
            guard let parent = parts[index].parentId, let at = parts.firstIndex(where: { $0.id == parent }) else { continue }
            parts[at].span.last = max(parts[at].span.last, parts[index].span.last)
        }
        return parts
    }
}
