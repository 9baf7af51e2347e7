import Foundation

/// Those a page names as not there: a label of apologies or absences, over its list or with its names on its line.
extension PlainTextReader {
    /// "APOLOGIES" over "1. Hon. X, MP": minutes list the members who sent apologies, who were not there, to the next line
    /// that names no one.
    mutating func readAbsentees(_ shape: LineShape) -> Bool {
        // "(2) Absent members": an outline numbers the label.
        if shape.markers.isEmpty || shape.number != nil && !shape.isBullet, RosterLines.isAbsentLabel(shape.body) {
            absenteesListed = true
            categories[shape.line.number] = .heading
            return true
        }
        // "MEMBERS EXCUSED: Rep. A, Rep. B", "Apologies: Mr A; Dr B": the label and those it names on one line.
        if shape.markers.isEmpty, let colon = shape.body.firstIndex(of: ":"),
           RosterLines.isAbsentLabel(String(shape.body[..<colon])),
           let absent = RosterLines.people(String(shape.body[shape.body.index(after: colon)...]).trimming(.whitespaces), lexicon) {
            markAbsent(absent.map(\.0), line: shape.line.number)
            // "Members absent   : Hon A" / "                   Hon B": names set in the label's column go on with its list.
            let body = shape.body
            let column = shape.line.indent + (shape.line.text.count - body.count) + body.distance(from: body.startIndex, to: colon) + 1
                + body[body.index(after: colon)...].prefix { $0 == " " }.count
            absenteesListed = lines.indices.contains(shape.line.number) && abs(lines[shape.line.number].indent - column) <= 2
            return true
        }
        guard absenteesListed else { return false }
        // "STAFF PRESENT:" under the excused: a label of its own ends their list.
        if shape.body.hasSuffix(":") || isRosterLabel(shape.body.trimming(.init(charactersIn: " :"))) {
            absenteesListed = false
            return false
        }
        // "Cllr A (Council); Mr B; Ms C (Friends)": the apologies on one line, one after another; "Iceland: Ms D, Ministry of
        // Justice": one after the country or body they would have sat for.
        guard let absent = RosterLines.person(shape.body, lexicon).map({ [$0] }) ?? RosterLines.people(shape.body, lexicon)
                ?? forACountryOrBody(shape.body).map({ [$0] }) else {
            absenteesListed = false
            return false
        }
        markAbsent(absent.map(\.0), line: shape.line.number)
        return true
    }

    /// Those a line of apologies or absences names: not there, and the line is theirs.
    mutating func markAbsent(_ people: [PrintedName], line: Int) {
        for printed in people {
            explain("not-a-participant", printed.name, line: line, cue: "label.absent")
            notPresent.append(printed)
        }
        categories[line] = .participant
    }

    /// "Iceland: Ms D", "European Commission: Mr E": the person after a cell that names a country or a body, not a part one
    /// plays ("Guest: Dr F", "Minute taker: Mr G").
    func forACountryOrBody(_ text: String) -> (PrintedName, String?)? {
        guard let colon = text.firstIndex(of: ":"), case let cell = text[..<colon].trimming(.whitespaces),
              lexicon.countries.contains(cell.lowercased()) || Patterns.namesInstitution(cell) && lexicon.rosterLabels[cell.lowercased()] == nil
        else { return nil }
        return underCell(text)
    }
}
