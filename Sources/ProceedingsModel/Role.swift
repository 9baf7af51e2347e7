/// The controlled list of roles a person or organisation can hold at an event or in one of its parts.
/// Raw values are the contract shared by every format (XML, CSV, TEI, RDF).
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case organizer
    case openingSpeaker = "opening-speaker"
    case closingSpeaker = "closing-speaker"
    case messageAuthor = "message-author"
    case keynoteSpeaker = "keynote-speaker"
    case leadOffSpeaker = "lead-off-speaker"
    case moderator
    case chair
    case panelist
    case presenter
    case commentator
    case respondent
    /// Reports a session's or a meeting's discussions back to it: "Rapporteur: ...", "served as rapporteur".
    case rapporteur
    /// The text names someone who spoke but no more specific role.
    case speaker
    case participant

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case symposium, seminar, conference, meeting, workshop, forum, dialogue, other
}

public enum PartKind: String, Sendable, Hashable, Codable, CaseIterable {
    case opening, keynote, session, concluding, closing, other
}

public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case summary, significance, purpose, evaluation, discussions, other
}

public enum StatementKind: String, Sendable, Hashable, Codable, CaseIterable {
    case statement, question, answer, discussion, evaluation, conclusion, remark, narrative
}

/// How a block was laid out in the source, so that exports can keep lists as lists.
public enum BlockForm: String, Sendable, Hashable, Codable, CaseIterable {
    case paragraph, bullet, numbered
}
