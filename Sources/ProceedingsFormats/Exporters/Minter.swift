import Foundation

/// The IRIs of one record, each made from what identifies the thing and never from its position
/// or from the rest of the run: the record from its source (`Ids.record`), a part from its label,
/// a statement from its lines, a role from its event, holder and role. Ids are percent-encoded
/// path segments, so any id gives a valid IRI.
struct Minter {
    let base: String
    let record: String
    /// Persons and organisations that an authority identifies, by id: these belong to the corpus.
    private var corpusPersons: [String: String] = [:]
    private var corpusOrganizations: [String: String] = [:]
    /// The key of the venue when an authority identifies it, and of the issuer when one does.
    private var corpusPlace: String?
    private var corpusIssuer: String?
    /// The record's organisation that the issuer is, if any: then it is the issuer's node.
    private(set) var issuerOrganization: String?

    init(base: String, recordId: String) {
        self.base = base
        self.record = base + IRI.segment(recordId) + "/"
    }

    /// Two persons of one record with one identifier are a contradiction the record must settle
    /// (content rules report it); until then neither speaks for the corpus's resource.
    init(base: String, record: Record) {
        self.init(base: base, recordId: record.id)
        func corpus(_ entities: [(id: String, key: String?)]) -> [String: String] {
            let keyed = entities.compactMap { entity in entity.key.map { (entity.id, $0) } }
            let counts = Dictionary(keyed.map { ($0.1, 1) }, uniquingKeysWith: +)
            return Dictionary(keyed.filter { counts[$0.1] == 1 }, uniquingKeysWith: { first, _ in first })
        }
        corpusPersons = corpus(record.persons.map { ($0.id, Ids.authority($0.authorities, kind: .person)) })
        corpusOrganizations = corpus(record.organizations.map { ($0.id, Ids.authority($0.authorities, kind: .organization)) })
        if record.event.venue != nil { corpusPlace = Ids.authority(record.event.venueAuthorities, kind: .place) }
        if record.document.issuer != nil { corpusIssuer = Ids.authority(record.document.issuerAuthorities, kind: .organization) }
        // The issuer is the record's organisation of its name, or the one an authority says it is.
        let issuerKey = record.document.issuer.map { AuthorityTable.key($0.value) }
        issuerOrganization = issuerKey.flatMap { key in record.organizations.first { AuthorityTable.key($0.name) == key }?.id }
            ?? corpusIssuer.flatMap { key in record.organizations.first { corpusOrganizations[$0.id] == key }?.id }
    }

    var graph: String { record + "graph" }
    var document: String { record + "document" }
    /// The archived text the record was read from; serve the source file there as text/plain, and
    /// every fact's lines resolve as an RFC 5147 fragment of it.
    var text: String { record + "text" }
    /// Lines `first` to `last` (from 1) of the text, as an RFC 5147 fragment: `#line=29,31`.
    func lines(_ first: Int, _ last: Int) -> String { text + "#line=" + SourceSpan(first, last).positions }
    var event: String { record + "event" }
    /// The venue: the corpus's, `place/geonames-1850147`, when an authority identifies it, so that
    /// every event held there names one place; otherwise its record's, since two summaries' "Main
    /// Hall" may be two halls.
    var place: String { corpusPlace.map { base + "place/" + IRI.segment($0) } ?? record + "place" }
    /// The key of the venue when it belongs to the corpus.
    var corpusKeyOfPlace: String? { corpusPlace }
    /// The organisation that issued the document, when the text names it nowhere else: the
    /// corpus's organisation when an authority identifies it (`org/ror-…`, as the text's own
    /// organisations are), else a node of the record's.
    var issuer: String { corpusIssuer.map { base + "org/" + IRI.segment($0) } ?? record + "issuer" }
    /// The key of the issuer when an authority identifies it.
    var corpusKeyOfIssuer: String? { corpusIssuer }
    /// The document's publisher: the record's organisation that the issuer is, or a node of its own.
    var publisher: String { issuerOrganization.map(organization) ?? issuer }
    /// How a statement's speaker influenced its words: a reported speaker, not its author.
    func speakerInfluence(ofStatement id: String) -> String { statement(id) + "/speaker" }
    func part(_ id: String) -> String { record + "part/" + IRI.segment(id) }
    func section(_ id: String) -> String { record + "section/" + IRI.segment(id) }
    func statement(_ id: String) -> String { record + "statement/" + IRI.segment(id) }
    /// `role/part/session-1/person/yozo-yokota/chair`: who held which role during what. The same
    /// holder in the same role twice during one event (two printed lines) is told apart in reading
    /// order: `.../chair-n2`. A role is named by what the importer read, before the librarian's
    /// corrections: one whose role was corrected, or that went to another organiser, keeps its
    /// IRI, as a person whose name was corrected keeps its own.
    func participationKeys(_ record: Record) -> [String] {
        Ids.distinct(record.participations.map { p in
            let read = Self.asRead(p, in: record)
            let during = p.partId.map { "part/" + IRI.segment($0) } ?? "event"
            return "\(during)/\(read.holder)/\(read.role)"
        })
    }

    /// The holder and role a participation had as the importer read it: its corrections undone,
    /// the last first. The organiser a role went to replaced the record's organisation (or person)
    /// named `old`, which other facts still name; one renamed kept its id, so its role is read as is.
    static func asRead(_ p: Participation, in record: Record) -> (holder: String, role: String) {
        var holder = p.personId.map { "person/" + IRI.segment($0) } ?? p.organizationId.map { "org/" + IRI.segment($0) } ?? "unnamed"
        var holderId = p.personId ?? p.organizationId
        var role = p.role.rawValue
        for c in record.corrections.reversed() where c.line == p.line && !c.old.isEmpty && !c.new.isEmpty && c.subject == holderId {
            switch c.fact {
            case .role where role == c.new:
                role = c.old
            case .organizer where role == Role.organizer.rawValue:
                if let before = record.organizations.first(where: { $0.name == c.old && $0.id != holderId }) {
                    (holder, holderId) = ("org/" + IRI.segment(before.id), before.id)
                } else if let before = record.persons.first(where: { $0.isNamed(c.old) && $0.id != holderId }) {
                    (holder, holderId) = ("person/" + IRI.segment(before.id), before.id)
                }
            default: break
            }
        }
        return (holder, role)
    }
    func participation(_ key: String) -> String { record + "role/" + key }
    /// A librarian's correction, by its id (`Correction.id`: a digest of its fact, line and values).
    func correction(_ id: String) -> String { record + "correction/" + IRI.segment(id) }
    /// The `n`th role (from 1) the correction `id` removed: the correction's, as the role's own IRI may be another's now.
    func removedRole(_ id: String, _ n: Int) -> String { correction(id) + "/removed/\(n)" }
    /// The record's removed roles' IRIs, numbered within each correction.
    func removedRoles(_ record: Record) -> [String] {
        var counts: [String: Int] = [:]
        return record.removedRoles.map { removed in
            counts[removed.correction, default: 0] += 1
            return removedRole(removed.correction, counts[removed.correction]!)
        }
    }
    /// The person who made corrections: the dataset's, not the record's, so that the corrections she
    /// made in every record of a run are one agent's: her identifier when the file gives one (an
    /// ORCID iD), else `corrector/6e1b4252` (`Correction.correctorKey` of her name).
    func corrector(_ c: Correction) -> String { c.byId ?? minted(corrector: c.by) }
    func minted(corrector name: String) -> String { base + "corrector/" + IRI.segment(Correction.correctorKey(name)) }
    /// Notes and page residue are keyed by their words, as statements are: `note/n-5b1e0c7d`.
    func textKeys(_ lines: [TextLine]) -> [String] { Ids.distinct(lines.map { Ids.text($0.text, prefix: "n") }) }
    func affiliation(of participation: String) -> String { participation + "/affiliation" }
    func note(_ key: String) -> String { record + "note/" + IRI.segment(key) }
    func residue(_ key: String) -> String { record + "residue/" + IRI.segment(key) }
    func printed(_ key: String) -> String { record + "printed/" + IRI.segment(key) }
    func personMention(_ id: String) -> String { record + "mention/person/" + IRI.segment(id) }
    func organizationMention(_ id: String) -> String { record + "mention/org/" + IRI.segment(id) }
    func variant(ofPerson id: String, _ key: String) -> String { personMention(id) + "/variant/" + IRI.segment(key) }
    /// The keys of a person's printed variants, by their words, told apart in reading order.
    func variantKeys(of person: Person) -> [String] {
        Ids.distinct(person.variants.map { form in
            let slug = Ids.slug(form, maxWords: 32)
            return slug.isEmpty ? "form" : slug
        })
    }
    /// A person is the corpus's, `person/wikidata-q1254`, when an authority identifies it; otherwise
    /// it is its record's, `RECORD/person/tanaka`: two summaries' "Dr. Tanaka"s are never one by guess.
    func person(_ id: String) -> String {
        corpusPersons[id].map { base + "person/" + IRI.segment($0) } ?? recordPerson(id)
    }
    /// The person or organisation as this record has it, whether or not it belongs to the corpus:
    /// the key of a row of the run's tables.
    func recordPerson(_ id: String) -> String { record + "person/" + IRI.segment(id) }
    func recordOrganization(_ id: String) -> String { record + "org/" + IRI.segment(id) }
    /// The key of a person or organisation that belongs to the corpus, nil for the record's own.
    func corpusKey(person id: String) -> String? { corpusPersons[id] }
    func corpusKey(organization id: String) -> String? { corpusOrganizations[id] }
    func organization(_ id: String) -> String {
        corpusOrganizations[id].map { base + "org/" + IRI.segment($0) } ?? recordOrganization(id)
    }
    /// Who held a role: its person, or else its organisation.
    func holder(of participation: Participation) -> String? {
        if let person = participation.personId { return self.person(person) }
        return participation.organizationId.map(organization)
    }
    /// The event or the part during which a role was held.
    func during(_ participation: Participation) -> String { participation.partId.map(part) ?? event }
    static let tool = "https://w3id.org/proceedings/tool/" + IRI.segment(version)
    static let toolName = "proceedings"
    /// What every graph and the dataset's description say of the tool.
    static let toolDescription: [(predicate: String, object: RDFTerm)] = [
        (NS.type, .iri(NS.prov + "SoftwareAgent")), (NS.type, .iri(NS.schema + "SoftwareApplication")),
        (NS.schema + "name", .literal(toolName)), (NS.schema + "softwareVersion", .literal(version)),
        (NS.rdfs + "label", .literal(ResourceLabels.tool, language: "en")),
    ]
}
