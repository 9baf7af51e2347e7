import Foundation

/// A transcript's turns: who speaks before the colon, a member's numbered question, the one presiding named by office.
extension PlainTextReader {
    /// "Q12   Name:": the question's number, then who asks it; the rest of the turn after the number, or nil.
    static func afterQuestionNumber(_ text: String) -> Substring? {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "Q") else { return nil }
        let digits = bytes.dropFirst().prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard (1...4).contains(digits.count), case let rest = text.utf8.dropFirst(1 + digits.count),
              rest.first == UInt8(ascii: " ") || rest.first == UInt8(ascii: "\t") else { return nil }
        return Substring(rest).drop { $0 == " " || $0 == "\t" }
    }

    /// "Q4   Imran X: ...": a member's numbered question, the asker named before a colon.
    static func isQuestionTurn(_ text: String) -> Bool {
        guard let turn = afterQuestionNumber(text), let colon = turn.firstIndex(of: ":") else { return false }
        return (2...80).contains(turn.distance(from: turn.startIndex, to: colon)) && turn[turn.index(after: colon)...].first == " "
    }

    private static let presidingOffices: Set<String> = ["chair", "chairman", "chairperson", "chairwoman", "convener", "convenor", "deputy chair"]

    /// "Today we welcome Dr. X", "I invite Ms Y to make her statement", "our witnesses, A and B": who presides calls them.
    static func callsWitnesses(_ lower: String) -> Bool {
        ["welcome", "witness", "joined by", "joining us", "with us", "invite", "introduce", "call on", "call upon", "the floor", "panel"]
            .contains(where: lower.includes)
    }

    /// "Q1   Chair: Good morning", "The Convener: Welcome": a turn the transcript gives the one presiding, named by office.
    static func officeSpeaks(_ text: String) -> Bool {
        var turn = afterQuestionNumber(text) ?? text[...]
        if turn.hasPrefix("The ") { turn = turn.dropFirst(4) }
        guard let colon = turn.prefix(16).firstIndex(of: ":"), turn[turn.index(after: colon)...].first == " " else { return false }
        return presidingOffices.contains(turn[..<colon].trimming(.whitespaces).lowercased())
    }

    /// "MPP Aaron Whitford: Thank you", "Sen. (Dr.) Lelei: I rise", "[The Speaker (Hon. X) in the Chair]": a paragraph that names
    /// who speaks before a colon, or a note of the sitting in brackets, is no part of the turn before it.
    static func opensTurn(_ text: String) -> Bool {
        if let first = text.first, "[(".contains(first) { return true }
        guard let colon = text.prefix(80).firstIndex(of: ":") else { return false }
        let head = text[..<colon].words
        return (1...10).contains(head.count) && head.allSatisfy { word in word.first.map { $0.isUppercase || "(".contains($0) } ?? false }
    }

    /// "Deputy X in the Chair." / "Business of Joint Committee" / "Chairman: Apologies have been received ...": a turn the record
    /// gives the office that presides is the presiding member's, who chairs the item it is spoken in.
    /// A deputy's turn ("Deputy Chair: I will take the chair ...") makes no one the chair.
    mutating func officePresides(turn: String, line: Int) {
        guard let index = currentPart, !["deputy", "vice"].contains(where: turn.lowercased().hasPrefix) else { return }
        let chairs = participations.filter { $0.partId == nil && $0.role == .chair }
        guard chairs.count == 1, let chair = chairs.first, let id = chair.personId,
              !participations.contains(where: { $0.partId == parts[index].id && $0.personId == id }) else { return }
        participate(id, role: .chair, printed: nil, cue: "transcript.office-presides", affiliation: chair.affiliation, line: line)
    }

    /// "Mr. Speaker, Sir, the Committee found ...", "I beg to move ...", "We also received ...": words spoken in the first person or
    /// to the chair; "Cr Lang moved and Cr Allen seconded that ...", "Ms X was then sworn in" are the record's own narrative.
    static func speaksInPerson(_ text: String) -> Bool {
        let lower = text.lowercased()
        if ["mr. speaker", "mr speaker", "madam speaker", "mr. president", "madam president", "chair,", "chairman,", "madam chair"].contains(where: lower.hasPrefix) { return true }
        return lower.words.contains { ["i", "we", "my", "our", "me", "us", "i'm", "i’m", "we're", "we’re"].contains(String($0)) }
    }
}
