/// Inclusive range of 1-based line numbers in the source file a fact came from.
public struct SourceSpan: Sendable, Hashable, Codable, Comparable {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int? = nil) {
        self.first = first
        self.last = last ?? first
    }

    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }

    /// The lines as RFC 5147 positions, `29,31` for lines 30 and 31: the standard counts the
    /// positions between lines from 0. Linked data and TEI point into the source file with them.
    public var positions: String { "\(max(first - 1, 0)),\(max(last, first))" }

    /// The lines that RFC 5147 positions `from,to` name; nil unless `0 <= from < to`.
    public init?(positions: Substring) {
        let bounds = positions.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
        guard bounds.count == 2, let from = bounds[0], let to = bounds[1], from >= 0, to > from else { return nil }
        self.init(from + 1, to)
    }
}

/// One imported summary: the canonical model every importer fills and every exporter reads.
public struct Record: Sendable, Hashable, Codable {
    /// The record's name, from its source file (`Ids.record`): `2003-02-25-international-symposium-human-security`.
    public var id: String
    public var document: Document
    public var event: Event
    public var parts: [EventPart]
    public var sections: [Section]
    public var persons: [Person]
    public var organizations: [Organization]
    public var participations: [Participation]
    public var statements: [Statement]
    /// Page furniture kept as such ("Back to Index", "(photo) ..."), never mistaken for content.
    public var residue: [TextLine]
    /// The printed lines whose words no other field keeps as printed: the title block, datelines,
    /// role lines ("Moderator: Yozo Yokota, Professor, Chuo University"), headings of parts and of
    /// speakers. With the statements, section headings and residue, every non-blank line of the
    /// source is kept once, so that a format that shows the text (TEI) shows all of it.
    public var printed: [TextLine]
    /// The librarian's corrections applied to the record (`--corrections`), in the order applied.
    public var corrections: [Correction]
    /// The roles those corrections removed, in the order removed (only the TEI gives them).
    public var removedRoles: [RemovedRole] = []

    public init(id: String, document: Document, event: Event, parts: [EventPart] = [],
                sections: [Section] = [], persons: [Person] = [], organizations: [Organization] = [],
                participations: [Participation] = [], statements: [Statement] = [],
                residue: [TextLine] = [], printed: [TextLine] = [], corrections: [Correction] = [], removedRoles: [RemovedRole] = []) {
        self.id = id
        self.document = document
        self.event = event
        self.parts = parts
        self.sections = sections
        self.persons = persons
        self.organizations = organizations
        self.participations = participations
        self.statements = statements
        self.residue = residue
        self.printed = printed
        self.corrections = corrections
        self.removedRoles = removedRoles
    }

    public func person(_ id: String) -> Person? { persons.first { $0.id == id } }
    public func organization(_ id: String) -> Organization? { organizations.first { $0.id == id } }
    public func part(_ id: String) -> EventPart? { parts.first { $0.id == id } }
}

public struct TextLine: Sendable, Hashable, Codable {
    public var text: String
    public var line: Int
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// The printed summary itself, as distinct from the event it reports on.
public struct Document: Sendable, Hashable, Codable {
    public var sourceFile: String
    /// Lowercase hex SHA-256 of the bytes as read, before any decoding.
    public var sha256: String
    /// BCP 47 tag.
    public var language: String
    /// As printed: "Summary and Evaluation", "Chair's Summary", "Summary".
    public var documentType: String?
    public var documentTypeLine: Int?
    /// ISO 8601, as precise as printed: `2003-03` or `2010-02-23`.
    public var issued: String?
    public var issuedLine: Int?
    /// Notes such as the translation disclaimer.
    public var notes: [TextLine]
    /// A document symbol printed with the text, such as a press release's "PKO/186".
    public var symbol: TextLine?
    /// The organisation that issued the summary ("Issued by ..."), as printed or as catalogued.
    public var issuer: SourceFact?
    /// Where the summary was published (an http or https URL), as printed or as catalogued.
    public var sourceURL: SourceFact?
    /// The issuer in effect as the librarian's authority table identifies it; sorted by scheme and
    /// value. Empty without an issuer.
    public var issuerAuthorities: [AuthorityLink]
    /// The name the authority table's entry gives the issuer it identifies (the entry's first row),
    /// never a record's printed or catalogued form: summaries print one ministry differently, and
    /// the corpus's one organisation must have one name.
    public var issuerAuthorityName: String?

    public init(sourceFile: String, sha256: String, language: String = "en", documentType: String? = nil,
                documentTypeLine: Int? = nil, issued: String? = nil, issuedLine: Int? = nil,
                notes: [TextLine] = [], symbol: TextLine? = nil, issuer: SourceFact? = nil,
                sourceURL: SourceFact? = nil, issuerAuthorities: [AuthorityLink] = [], issuerAuthorityName: String? = nil) {
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.language = language
        self.documentType = documentType
        self.documentTypeLine = documentTypeLine
        self.issued = issued
        self.issuedLine = issuedLine
        self.notes = notes
        self.symbol = symbol
        self.issuer = issuer
        self.sourceURL = sourceURL
        self.issuerAuthorities = issuerAuthorities
        self.issuerAuthorityName = issuerAuthorityName
    }
}

/// A fact about the printed summary that the text may print and the archive's catalogue may give
/// (`convert --catalogue`): who issued it, where it was published. Each source keeps its own value,
/// the text's with the line it was printed on; neither overwrites the other.
public struct SourceFact: Sendable, Hashable, Codable {
    /// As printed in the text, with its line.
    public var printed: TextLine?
    /// As the archive's catalogue gives it; the catalogue has no lines.
    public var catalogued: String?

    /// Nil when neither source gives a value: a fact is never empty.
    public init?(printed: TextLine? = nil, catalogued: String? = nil) {
        guard printed != nil || catalogued != nil else { return nil }
        self.printed = printed
        self.catalogued = catalogued
    }

    /// The value in effect: the catalogue's, which is the archivist's word, else the text's.
    public var value: String { catalogued ?? printed?.text ?? "" }
}

public struct Event: Sendable, Hashable, Codable {
    public var kind: EventKind
    public var title: String
    public var subtitle: String?
    public var titleSpan: SourceSpan
    /// ISO 8601 dates (`YYYY-MM-DD`, or coarser when the text is).
    public var startDate: String?
    public var endDate: String?
    public var dateLine: Int?
    /// As printed: "13:15 to 18:00", "1000-1200 am".
    public var time: String?
    public var timeLine: Int?
    /// As printed: "Akasaka Prince Hotel".
    public var venue: String?
    public var venueLine: Int?
    /// The venue as the librarian's authority table identifies it (GeoNames, Wikidata); sorted by
    /// scheme and value. Empty without a venue.
    public var venueAuthorities: [AuthorityLink]
    /// The name the authority table's entry gives the venue it identifies, for the same reason as
    /// `Document.issuerAuthorityName`: "Tokyo" and "Tokyo, Japan" are one place with one name.
    public var venueAuthorityName: String?
    public var audienceNote: String?
    public var audienceLine: Int?

    public init(kind: EventKind, title: String, subtitle: String? = nil, titleSpan: SourceSpan,
                startDate: String? = nil, endDate: String? = nil, dateLine: Int? = nil,
                time: String? = nil, timeLine: Int? = nil, venue: String? = nil, venueLine: Int? = nil, audienceNote: String? = nil,
                audienceLine: Int? = nil, venueAuthorities: [AuthorityLink] = [], venueAuthorityName: String? = nil) {
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.titleSpan = titleSpan
        self.startDate = startDate
        self.endDate = endDate
        self.dateLine = dateLine
        self.time = time
        self.timeLine = timeLine
        self.venue = venue
        self.venueLine = venueLine
        self.venueAuthorities = venueAuthorities
        self.venueAuthorityName = venueAuthorityName
        self.audienceNote = audienceNote
        self.audienceLine = audienceLine
    }
}

/// A programme part: opening, keynote, session, concluding session, closing.
extension Event {
    /// Held online: "Online (Zoom)", "Virtual", "Videoconference". A librarian records such a meeting's place as
    /// "Online" (as the PCC's guidelines for online conferences have it); the linked data makes it a
    /// schema:VirtualLocation, not a schema:Place.
    public var isOnline: Bool { venue.map(Self.namesOnlineVenue) ?? false }

    public static func namesOnlineVenue(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["online", "virtual", "zoom", "webinar", "microsoft teams", "webex", "videoconference", "video conference"]
            .contains { lower.hasPrefix($0) }
    }
}

public struct EventPart: Sendable, Hashable, Codable {
    /// Unique within the record, e.g. `session-1`, `opening`.
    public var id: String
    public var kind: PartKind
    public var ordinal: Int
    /// The heading as printed: "Session One", "Session 1:", "(3) Session Two".
    public var label: String
    public var title: String?
    /// "Presentation", as printed in parentheses after the title.
    public var formatNote: String?
    public var span: SourceSpan
    /// The part this one is given in (a talk in its session, "7.1" under "7."); nil for a part of
    /// the event itself. The Conference Ontology's sub-event of a sub-event.
    public var parentId: String?

    public init(id: String, kind: PartKind, ordinal: Int, label: String, title: String? = nil,
                formatNote: String? = nil, span: SourceSpan, parentId: String? = nil) {
        self.id = id
        self.kind = kind
        self.ordinal = ordinal
        self.label = label
        self.title = title
        self.formatNote = formatNote
        self.span = span
        self.parentId = parentId
    }
}

/// A part of the summary that is not a programme part (summary, significance, purpose, evaluation).
/// Its paragraphs and bullet points are the statements whose `sectionId` names it.
public struct Section: Sendable, Hashable, Codable {
    public var id: String
    public var kind: SectionKind
    public var ordinal: Int
    public var heading: String
    public var line: Int

    public init(id: String, kind: SectionKind, ordinal: Int, heading: String, line: Int) {
        self.id = id
        self.kind = kind
        self.ordinal = ordinal
        self.heading = heading
        self.line = line
    }
}

public struct Person: Sendable, Hashable, Codable {
    public var id: String
    /// The fullest form printed, or the name a librarian's correction gives the person: then
    /// `printedName` keeps what the page prints.
    public var name: String
    /// The fullest form printed, when a correction gave the person another name. A correction
    /// changes how the record reads a name, never what the page prints. Nil when `name` is printed.
    public var printedName: String?
    /// Other printed forms, including misspellings, in order of appearance.
    public var variants: [String]
    public var honorific: String?
    /// The parts of the printed name (`printedName ?? name`) as the reader took them; `nameParts`
    /// gives those of the name.
    public var givenName: String?
    public var familyName: String?
    /// Every line the person is named on, ascending.
    public var lines: [Int]
    /// Links to authority files, from the librarian's authority table; sorted by scheme and value.
    public var authorities: [AuthorityLink]
    /// The name of the authority table's entry that identifies the person, alike in every record
    /// (as `Event.venueAuthorityName`): what names the one resource of the corpus, which no
    /// record's printed form may name for all.
    public var authorityName: String?

    public init(id: String, name: String, printedName: String? = nil, variants: [String] = [], honorific: String? = nil,
                givenName: String? = nil, familyName: String? = nil, lines: [Int] = [],
                authorities: [AuthorityLink] = [], authorityName: String? = nil) {
        self.id = id
        self.name = name
        self.printedName = printedName
        self.variants = variants
        self.honorific = honorific
        self.givenName = givenName
        self.familyName = familyName
        self.lines = lines
        self.authorities = authorities
        self.authorityName = authorityName
    }
}

public struct Organization: Sendable, Hashable, Codable {
    public var id: String
    /// The name as printed, or as a librarian's correction gives it: then `printedName` keeps what
    /// the page prints.
    public var name: String
    /// The name as printed on the organiser's line, when a correction gave the organisation another
    /// name; nil when `name` is printed.
    public var printedName: String?
    public var lines: [Int]
    /// Links to authority files, from the librarian's authority table; sorted by scheme and value.
    public var authorities: [AuthorityLink]
    /// The name of the authority table's entry that identifies the organisation, as `Person.authorityName`.
    public var authorityName: String?

    public init(id: String, name: String, printedName: String? = nil, lines: [Int] = [], authorities: [AuthorityLink] = [],
                authorityName: String? = nil) {
        self.id = id
        self.name = name
        self.printedName = printedName
        self.lines = lines
        self.authorities = authorities
        self.authorityName = authorityName
    }
}

/// Who held which role where. Exactly one of `personId` and `organizationId` names the agent,
/// except that a person's affiliation may also be identified as an organisation.
public struct Participation: Sendable, Hashable, Codable {
    public var personId: String?
    public var organizationId: String?
    /// The programme part, or nil for the event as a whole.
    public var partId: String?
    public var role: Role
    public var roleAsPrinted: String?
    public var affiliation: String?
    public var line: Int

    public init(personId: String? = nil, organizationId: String? = nil, partId: String? = nil, role: Role,
                roleAsPrinted: String? = nil, affiliation: String? = nil, line: Int) {
        self.personId = personId
        self.organizationId = organizationId
        self.partId = partId
        self.role = role
        self.roleAsPrinted = roleAsPrinted
        self.affiliation = affiliation
        self.line = line
    }
}

/// A paragraph or bullet point of the body. In these summaries speech is reported: the wording
/// is the summariser's, so `reportedSpeech` is true for anything attributed to a speaker.
public struct Statement: Sendable, Hashable, Codable {
    /// Unique within the record: `st-1`, `st-2`, ... in reading order.
    public var id: String
    public var partId: String?
    public var sectionId: String?
    public var speakerId: String?
    public var kind: StatementKind
    public var form: BlockForm
    /// Nesting of a list item: 0 at the top, 1 for a bullet under a bullet, ...
    public var level: Int
    /// Reading order within the record, from 1.
    public var ordinal: Int
    public var text: String
    public var reportedSpeech: Bool
    public var span: SourceSpan
    /// The number the page prints before the point, as printed: "(1)", "3.", "b)".
    public var enumerator: String?

    public init(id: String, partId: String? = nil, sectionId: String? = nil, speakerId: String? = nil,
                kind: StatementKind, form: BlockForm = .paragraph, level: Int = 0, ordinal: Int, text: String,
                reportedSpeech: Bool, span: SourceSpan, enumerator: String? = nil) {
        self.id = id
        self.partId = partId
        self.sectionId = sectionId
        self.speakerId = speakerId
        self.kind = kind
        self.form = form
        self.level = level
        self.ordinal = ordinal
        self.text = text
        self.reportedSpeech = reportedSpeech
        self.span = span
        self.enumerator = enumerator
    }
}
