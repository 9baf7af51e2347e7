import Foundation

/// Whether words are shaped like a body's name: capitalised words and the small words between them, a unit named by a common
/// noun after its body, a name in the body's own language in brackets after it.
extension PlainTextReader {
    private static let unitNouns: Set<String> = ["office", "offices", "branch", "chapter", "delegation", "mission", "bureau", "secretariat"]

    static func isOrganizationShape(_ name: String) -> Bool {
        // "Parliament of Åland (Ålands lagting)": the body's name in its own language after it, as that language prints it.
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex, case let inside = name[name.index(after: open)...],
           inside.first?.isUppercase == true, inside.wordCount <= 4, !inside.contains("("), case let head = name[..<open].trimming(.whitespaces), head.wordCount >= 2,
           // "(Host country)", "(See also the programme)": a note, no name.
           !["host", "see", "co-host", "organiser", "organizer", "tbc", "online", "virtual"].contains(inside.words.first?.lowercased() ?? "") {
            return isOrganizationShape(head)
        }
        // "Alcaldía de Medellín - Mayor's Office": a dash may join two names of one body.
        let words = name.words.filter { !["-", "–", "—"].contains($0) }
        // "Division for Inclusive Social Development of the Department of Economic and Social Affairs (DESA)".
        guard (1...16).contains(words.count), name.filter({ $0 == "(" }).count == name.filter({ $0 == ")" }).count else {
            return false
        }
        let connectors: Set<String> = ["of", "the", "and", "for", "on", "in", "de", "du", "des", "&", "to", "at",
                                       "para", "el", "la", "del", "los", "las", "y", "da", "do", "dos", "das", "di", "della", "für", "et", "pour", "sur"]
        if words.count <= 8, Patterns.lowerCaseNameHeads.contains(String(words[0])),
           !words.dropFirst().contains(where: { ["was", "were", "is", "are", "has", "have", "and"].contains($0) }) { return true }
        return words.allSatisfy { word in
            let bare = word.trimming(.init(charactersIn: "()\"“”,"))
            // "Atlantic Forum Berlin e.V.": a registered association's mark.
            // "the Konrad-Adenauer-Stiftung (KAS) office in Poland": a body's unit, named by a common noun after it.
            return bare.isEmpty || bare.first!.isUppercase || bare.first!.isNumber || connectors.contains(bare) || bare == "e.V."
                || Self.unitNouns.contains(bare) && word != words.first
        } && words.first!.first!.isUppercase
    }
}
