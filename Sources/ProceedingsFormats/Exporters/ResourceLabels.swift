import Foundation

/// The `rdfs:label` of a resource that has no name of its own (a role, a statement, a checksum), made of
/// what identifies it, so that a browser of a knowledge graph shows words and not an IRI; the linked
/// data and the CSVW give the same.
enum ResourceLabels {
    /// A statement's first words: enough to tell it from its neighbours, not its text again.
    static func statement(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.prefix(10).joined(separator: " ") + (words.count > 10 ? " …" : "")
    }

    /// Who held which role during what: "Yozo Yokota, moderator, Session 1".
    static func role(_ participation: Participation, in record: Record) -> String {
        let holder = participation.personId.flatMap { id in record.persons.first { $0.id == id }?.name }
            ?? participation.organizationId.flatMap { id in record.organizations.first { $0.id == id }?.name }
        let during = participation.partId.flatMap(record.part).map { part in
            let label = part.label.trimmingCharacters(in: CharacterSet(charactersIn: " :.;,-–—"))
            return label.isEmpty ? part.title ?? part.id : label
        } ?? record.event.title
        return [holder, participation.role.rawValue.replacingOccurrences(of: "-", with: " "), during].compactMap { $0 }.joined(separator: ", ")
    }

    static func speakerInfluence(speaker: String) -> String { speaker + ", reported speaker" }
    static func checksum(of file: String) -> String { "SHA-256 of " + file }
    static func graph(of record: Record) -> String { "Linked data of " + record.id }
    static let tool = Minter.toolName + " " + ProceedingsFormats.version
}
