/// The kinds of fact a librarian's correction can change (`--corrections`). The raw value is the
/// `fact` column's word and the word every format records: a contract, defined here once.
public enum FactKind: String, Sendable, Hashable, Codable, CaseIterable {
    case title, subtitle
    case documentType = "document-type"
    case startDate = "start-date"
    case endDate = "end-date"
    case issued, venue, organizer, person, role, affiliation
    case notAParticipant = "not-a-participant"
    case statementSpeaker = "statement-speaker"

    /// Facts of a participation, whose `old` may name its holder ("Name: value") when the line
    /// gives the value to several.
    package var isOfParticipation: Bool { self == .role || self == .affiliation }
}

/// A correction applied to a record, kept with it in every format, so that a record read back
/// from an export keeps it and converting it again does not apply it twice.
public struct Correction: Sendable, Hashable, Codable {
    /// `c-` and a digest of what identifies the correction (`Correction.key`): the same row gives
    /// the same id in every run, whoever made it and whenever.
    public var id: String
    public var fact: FactKind
    /// The source line of the fact.
    public var line: Int
    /// The value as the importer gave it; empty when the importer gave none.
    public var old: String
    /// The value it must have; empty when the fact was removed.
    public var new: String
    /// Who corrected it and when (ISO 8601 date, or date and time).
    public var by: String
    /// An identifier of who corrected it, when the file gives one (`by_id`): an IRI, such as an
    /// ORCID iD (https://orcid.org/0000-0002-1825-0097). Every format names the corrector by it.
    public var byId: String?
    public var date: String
    public var note: String?
    /// The record's id of what the fact is about, where that is not the event or the document: a
    /// person (person, role, affiliation, not-a-participant), an organisation (organizer) or a
    /// statement (statement-speaker). Nil when it no longer exists (a person removed).
    public var subject: String?

    public init(fact: FactKind, line: Int, old: String, new: String, by: String, byId: String? = nil, date: String,
                note: String? = nil, subject: String? = nil) {
        self.id = Self.id(fact: fact, line: line, old: old, new: new)
        self.fact = fact
        self.line = line
        self.old = old
        self.new = new
        self.by = by
        self.byId = byId
        self.date = date
        self.note = note
        self.subject = subject
    }

    /// What identifies a correction: the fact, its line, and the values before and after. Who made
    /// it, when and why describe it; changing them does not make it another correction.
    public static func id(fact: FactKind, line: Int, old: String, new: String) -> String {
        Ids.text([fact.rawValue, String(line), old, new].joined(separator: "\u{1F}"), prefix: "c")
    }
}

extension Correction {
    /// Who made a correction, as every format names her when the file gives no identifier
    /// (`by_id`): a digest of the name as the corrections file gives it. One person is one
    /// corrector in every record and every run, however many records she corrected; a name
    /// written otherwise is another corrector.
    public static func correctorKey(_ name: String) -> String { Ids.digest(name, bytes: 4) }

    /// What tells one corrector from another: her identifier when the file gives one, else her name.
    public var corrector: String { byId ?? by }

    /// The kinds whose subject is a person of the record.
    package static let personSubjects: Set<FactKind> = [.person, .role, .affiliation, .notAParticipant]
}

extension Correction {
    /// The correction is of a role's fact: on the role's line, of the role's holder. The TEI's changed elements and the
    /// printed affiliation kept beside a corrected one both ask it, so that they agree.
    package func concerns(_ participation: Participation) -> Bool {
        participation.line == line && subject != nil && (participation.personId ?? participation.organizationId) == subject
    }
}
