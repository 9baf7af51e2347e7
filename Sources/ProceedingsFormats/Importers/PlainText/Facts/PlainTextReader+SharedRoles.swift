import Foundation

/// "- OH Se-ra (Ministry of Economy) / Rafael MENDES (ADB) (Discussants)": several people on one line of a programme, each with
/// where they work, and the part they all play in the session in the last bracket.
extension PlainTextReader {
    mutating func readPeopleSharingRole(_ shape: LineShape) -> Bool {
        let body = shape.body.trimming(.whitespaces)
        guard body.hasSuffix(")"), body.includes(", ") || body.includes(" / ") || body.includes(" and "),
              let open = body.lastIndex(of: "("), case let printed = body[body.index(after: open)..<body.index(before: body.endIndex)].trimming(.whitespaces),
              let label = lexicon.rosterLabels[printed.lowercased()], label.role != .participant,
              // "(Discussants)", "(Panelists)": a label in the plural for all; "(Moderator)" is the last one's alone.
              printed.lowercased().hasSuffix("s") || printed.lowercased().hasSuffix("(s)"),
              case let rest = body[..<open].trimming(.whitespaces), rest.hasSuffix(")"),
              let people = RosterLines.people(String(rest), lexicon), people.count >= 2 else { return false }
        flushProse()
        openParagraph = nil
        for (name, affiliation) in people {
            let id = registry.person(name, line: shape.line.number, introduction: true)
            participate(id, role: label.role, printed: printed, cue: label.id + ".after-people", affiliation: affiliation, line: shape.line.number)
        }
        categories[shape.line.number] = .participant
        return true
    }
}
