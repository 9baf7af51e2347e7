import Foundation

/// What an authority table did for a run: how many persons, organisations and venues it matched,
/// and the ones it did not, so that the librarian can complete the table.
public struct AuthorityReport: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var kind: AuthorityTable.Kind
        /// The record's id of the person or organisation; a venue's words as a slug.
        public var id: String
        /// As first printed in the run.
        public var name: String
        /// Other printed forms across the run.
        public var variants: [String]
        /// Record ids, in input order.
        public var documents: [String]
    }

    public var persons: Int
    public var matchedPersons: Int
    public var organizations: Int
    public var matchedOrganizations: Int
    /// Venues, told apart by their words: one printed alike in two summaries is one.
    public var places: Int
    public var matchedPlaces: Int
    /// Persons first, then organisations, then venues, each in order of first appearance.
    public var unmatched: [Entry]

    public static let fileName = "authorities-report.csv"
    public static let columns = ["kind", "id", "name", "variants", "documents"]

    /// RFC 4180, like the run's tables.
    public func csv() throws -> [UInt8] {
        let separator = CSVTables.multiValueSeparator
        return try CSVTables.encode([Self.columns] + unmatched.map { entry in
            [entry.kind.rawValue, entry.id, entry.name, entry.variants.joined(separator: separator),
             entry.documents.joined(separator: separator)]
        })
    }

    /// One line for the terminal; `reportPath` is where the unmatched names were written, if anywhere.
    public func summary(reportPath: String?) -> String {
        var line = "authorities: \(matchedPersons) of \(persons) persons, \(matchedOrganizations) of "
            + "\(organizations) organisations and \(matchedPlaces) of \(places) venues matched"
        if let reportPath { line += "; unmatched names in \(reportPath)" }
        return line
    }
}

/// Identity across a run that never depends on the run: a record is named by its source, and a
/// person or organisation belongs to its record unless the librarian's authority table identifies
/// it, in which case its id comes from the identifier (`wikidata-q1254`) and is the same in every
/// record of every run. Converting files together, in another order or one at a time gives each
/// record the same ids. Two names in two summaries are never merged by guess: a single name that
/// could be a full name seen elsewhere in the run is reported.
struct IdentityResolver {
    /// Candidates named in one possible-same-person warning; the rest are counted.
    static let candidatesNamed = 3
    static let findingsPerHandover = 1000

    private let authorities: AuthorityTable?
    private let index: [AuthorityTable.Kind: [String: [Int]]]

    /// Record ids taken in the run, with the source that took each.
    private var recordSources: [String: String] = [:]

    // What the end of the run reports.
    /// The source file of each record admitted, so that the lists below hold a number, not a path.
    private var files: [String] = []
    private var fullNames: [(name: String, file: Int, linked: Bool)] = []
    private var fullNamesByWord: [String: [Int]] = [:]
    private var seenFull: Set<String> = []
    private var singleNames: [(name: String, file: Int, line: Int?, linked: Bool)] = []
    private var reportEntries: [AuthorityTable.Kind: [String: AuthorityReport.Entry]] = [:]
    private var reportOrder: [AuthorityTable.Kind: [String]] = [:]
    private var matched: [AuthorityTable.Kind: Set<String>] = [:]

    /// Inputs of the run whose file names give one record id (`Ids.sharedFileNames`), with the others.
    private let sharedFileNames: [String: [String]]

    /// `inputs`: the names of the run's inputs that are read as files, all of them, before the
    /// first is admitted: whether a file's name is another's is known before either is converted.
    init(authorities: AuthorityTable?, inputs: [String] = []) {
        self.authorities = authorities
        self.index = authorities?.index() ?? [:]
        self.sharedFileNames = Ids.sharedFileNames(inputs)
    }

    /// The record linked to the authority table, and what linking found; nil when another record
    /// of the run already has its id, since two graphs of one IRI would merge in a store.
    /// `input` is the name the run was given, for findings.
    mutating func admit(_ original: Record, from input: String? = nil) -> (record: Record?, findings: [Finding]) {
        var record = original
        if let refusal = Self.sharedName(record, input: input, others: input.flatMap { sharedFileNames[$0] }) {
            return (nil, [refusal])
        }
        if let other = recordSources[record.id] {
            return (nil, [Finding(file: input ?? record.document.sourceFile, severity: .error, rule: .duplicateRecord,
                                  message: "record id \"\(record.id)\" is already the id of \(other) in this run; "
                                      + "not converted — rename one of the files or convert them in separate runs")])
        }
        recordSources[record.id] = input ?? record.document.sourceFile
        var findings: [Finding] = []
        var linked: Set<String> = []
        if let authorities {
            linked.formUnion(link(&record, kind: .person, table: authorities, findings: &findings).keys)
            let organizations = link(&record, kind: .organization, table: authorities, findings: &findings)
            linkVenue(&record, table: authorities, findings: &findings)
            linkIssuer(&record, table: authorities, organizations: organizations, findings: &findings)
            note(record)
        }
        Self.giveIssuerItsOrganizationsLinks(&record)
        files.append(record.document.sourceFile)
        for person in record.persons {
            let key = AuthorityTable.key(person.name)
            let words = key.split(separator: " ").map(String.init)
            if words.count >= 2 {
                guard seenFull.insert(key).inserted else { continue }
                fullNames.append((person.name, files.count - 1, linked.contains(person.id)))
                for word in Set(words) { fullNamesByWord[word, default: []].append(fullNames.count - 1) }
            } else if !key.isEmpty {
                singleNames.append((person.name, files.count - 1, person.lines.first, linked.contains(person.id)))
            }
        }
        return (record, findings)
    }

    /// A record that its input's file name names (its id, or its source's, is the name's, whatever
    /// the catalogue made of it) when another input of the run has a file of that name: refused in
    /// every order of the run. An export whose records have ids of their own keeps them.
    private static func sharedName(_ record: Record, input: String?, others: [String]?) -> Finding? {
        guard let input, let others, let id = Ids.record(fileName: input),
              record.id == id || Ids.record(fileName: record.document.sourceFile) == id else { return nil }
        let list = others.count == 1 ? others[0] : others.dropLast().joined(separator: ", ") + " and " + others.last!
        return Finding(file: input, severity: .error, rule: .duplicateRecord,
                       message: "record id \"\(id)\" is what the file name of \(list) gives too; none of them converted, "
                           + "in any order of the run — a record is named by its file's name, not its folder: rename all but one")
    }

    /// Hands over the warnings that only the whole run can give, a few at a time, so that they
    /// never all stand in memory at once; returns what the authority table matched.
    func finish<Failure: Error>(_ emit: ([Finding]) throws(Failure) -> Void) throws(Failure) -> AuthorityReport? {
        try possibleSamePersons(emit)
        return authorities == nil ? nil : report()
    }

    // MARK: - Authority table

    /// Links every person (or organisation; a venue is `linkVenue`'s) of the record whose name,
    /// variant or "honorific name" is an entry of the table. The mentions of one entry become one, under the id its
    /// identifiers give (`Ids.authority`). Returns the ids linked, with the entry of each.
    private mutating func link(_ record: inout Record, kind: AuthorityTable.Kind, table: AuthorityTable,
                               findings: inout [Finding]) -> [String: Int] {
        let index = self.index[kind] ?? [:]
        // "Dr. Surin" is a way to look a name up, not a printed form.
        let agents: [(id: String, printed: String, lookup: [String], line: Int?)] = kind == .person
            ? record.persons.map { p in
                (p.id, p.name, [p.name] + p.variants + (p.honorific.map { ["\($0) \(p.name)"] } ?? []), p.lines.first)
            }
            : record.organizations.map { ($0.id, $0.name, [$0.name], $0.lines.first) }
        var idOfEntity: [Int: String] = [:]
        var entityOfId: [String: Int] = [:]
        for agent in agents {
            var candidates: [Int] = []
            for name in agent.lookup {
                for e in index[AuthorityTable.key(name)] ?? [] where !candidates.contains(e) { candidates.append(e) }
            }
            guard !candidates.isEmpty else { continue }
            guard candidates.count == 1 else {
                let lines = candidates.map { String(table.entities[$0].line) }.joined(separator: ", ")
                findings.append(Finding(file: record.document.sourceFile, line: agent.line, severity: .warning,
                                        rule: .ambiguousAuthority,
                                        message: "\"\(agent.printed)\" matches several entries of \(table.fileName) "
                                            + "(lines \(lines)); not linked — give the entries an identifier in common or tell them apart"))
                continue
            }
            let e = candidates[0]
            // The index holds only entries with an identifier for the kind.
            guard let target = idOfEntity[e] ?? Ids.authority(table.entities[e].links(for: kind), kind: kind) else { continue }
            if agent.id != target {
                let exists = kind == .person ? record.person(target) != nil : record.organization(target) != nil
                if exists, entityOfId[target] != e {
                    // The id is another entity's in this record; keep the mention apart.
                    continue
                }
                record = switch (kind, exists) {
                case (.person, true): record.mergingPerson(agent.id, into: target)
                case (.person, false): record.renamingPerson(agent.id, to: target)
                case (.organization, true): record.mergingOrganization(agent.id, into: target)
                case (.organization, false): record.renamingOrganization(agent.id, to: target)
                case (.place, _): preconditionFailure("a venue is linked by linkVenue, never merged or renamed")
                }
            }
            idOfEntity[e] = target
            entityOfId[target] = e
        }
        func links(_ e: Int) -> [AuthorityLink] { table.entities[e].links(for: kind) }
        if kind == .person {
            for i in record.persons.indices {
                guard let e = entityOfId[record.persons[i].id] else { continue }
                record.persons[i].authorities = Array(Set(record.persons[i].authorities + links(e))).sorted()
                record.persons[i].authorityName = table.entities[e].names.first
            }
        } else {
            for i in record.organizations.indices {
                guard let e = entityOfId[record.organizations[i].id] else { continue }
                record.organizations[i].authorities = Array(Set(record.organizations[i].authorities + links(e))).sorted()
                record.organizations[i].authorityName = table.entities[e].names.first
            }
        }
        matched[kind, default: []].formUnion(entityOfId.keys)
        return entityOfId
    }

    /// The one entry of `kind` that `name` matches; nil, with a warning when it matches several.
    private func entry(named name: String, kind: AuthorityTable.Kind, table: AuthorityTable, in record: Record,
                       line: Int?, findings: inout [Finding]) -> Int? {
        let candidates = index[kind]?[AuthorityTable.key(name)] ?? []
        guard candidates.count <= 1 else {
            let lines = candidates.map { String(table.entities[$0].line) }.joined(separator: ", ")
            findings.append(Finding(file: record.document.sourceFile, line: line, severity: .warning,
                                    rule: .ambiguousAuthority,
                                    message: "\"\(name)\" matches several entries of \(table.fileName) "
                                        + "(lines \(lines)); not linked — give the entries an identifier in common or tell them apart"))
            return nil
        }
        return candidates.first
    }

    /// The venue as printed, when an entry of kind place names it: the event's place is then the
    /// corpus's (`place/geonames-1850147`), one resource for every event held there.
    private mutating func linkVenue(_ record: inout Record, table: AuthorityTable, findings: inout [Finding]) {
        guard let venue = record.event.venue,
              let e = entry(named: venue, kind: .place, table: table, in: record, line: record.event.venueLine, findings: &findings)
        else { return }
        record.event.venueAuthorities = Array(Set(record.event.venueAuthorities + table.entities[e].links(for: .place))).sorted()
        record.event.venueAuthorityName = table.entities[e].names.first
        matched[.place, default: []].insert(Self.venueId(venue))
    }

    /// The issuer in effect (the catalogue's, else the text's), when an entry of an organisation
    /// names it: the document's publisher is then the organisation of the corpus, one IRI for a
    /// ministry however many summaries it issued and whether or not their text names it. An issuer
    /// that is an organisation of the record by name is that organisation, linked as such
    /// (`organizations`: the entry of each organisation `link` linked). Either way the issuer
    /// takes its entry's name, which every record gives alike.
    private func linkIssuer(_ record: inout Record, table: AuthorityTable, organizations: [String: Int],
                            findings: inout [Finding]) {
        guard let issuer = record.document.issuer else { return }
        let key = AuthorityTable.key(issuer.value)
        // The first of that name, as the linked data's publisher is.
        if let organization = record.organizations.first(where: { AuthorityTable.key($0.name) == key }) {
            record.document.issuerAuthorityName = organizations[organization.id].flatMap { table.entities[$0].names.first }
            return
        }
        guard let e = entry(named: issuer.value, kind: .organization, table: table, in: record,
                            line: issuer.catalogued == nil ? issuer.printed?.line : nil, findings: &findings)
        else { return }
        record.document.issuerAuthorities =
            Array(Set(record.document.issuerAuthorities + table.entities[e].links(for: .organization))).sorted()
        record.document.issuerAuthorityName = table.entities[e].names.first
    }

    /// An issuer that is an organisation of the record by name is that organisation (the linked
    /// data's publisher is its node): it carries the organisation's identifiers, so that every
    /// format gives the issuer what the Turtle gives it, with or without an authority table in the
    /// run (a record read back keeps the links it was written with).
    static func giveIssuerItsOrganizationsLinks(_ record: inout Record) {
        guard let issuer = record.document.issuer else { return }
        let key = AuthorityTable.key(issuer.value)
        // The first of that name, as the linked data's publisher is.
        guard let organization = record.organizations.first(where: { AuthorityTable.key($0.name) == key }) else { return }
        let links = organization.authorities.filter { $0.scheme.identifies(.organization) }
        guard !links.isEmpty else { return }
        record.document.issuerAuthorities = Array(Set(record.document.issuerAuthorities + links)).sorted()
    }

    /// A venue has no id of its own in a record; the report names it by its words.
    static func venueId(_ venue: String) -> String {
        let slug = Ids.slug(venue, maxWords: 32)
        return slug.isEmpty ? "venue" : slug
    }

    // MARK: - Reports

    /// A one-word name ("Surin") that is a word of a full name in the run ("Surin Pitsuwan") may
    /// be the same person or another; unless the authority table decided both, say so once per
    /// mention, naming the first few candidates and counting the others.
    private func possibleSamePersons<Failure: Error>(_ emit: ([Finding]) throws(Failure) -> Void) throws(Failure) {
        var result: [Finding] = []
        result.reserveCapacity(Self.findingsPerHandover)
        for single in singleNames {
            let key = AuthorityTable.key(single.name)
            var seen: Set<Int> = []
            var candidates: [(name: String, file: Int, linked: Bool)] = []
            for index in fullNamesByWord[key] ?? [] where seen.insert(index).inserted {
                let full = fullNames[index]
                guard !(single.linked && full.linked) else { continue }
                candidates.append(full)
            }
            guard !candidates.isEmpty else { continue }
            let named = candidates.prefix(Self.candidatesNamed).map { "\"\($0.name)\" (\(files[$0.file]))" }
            let message: String
            if candidates.count == 1 {
                message = "\"\(single.name)\" may be \(named[0]); kept apart — add both to the authority table to merge them"
            } else {
                let others = candidates.count - named.count
                let list = others == 0
                    ? named.dropLast().joined(separator: ", ") + " or " + named.last!
                    : named.joined(separator: ", ") + " or \(others) other\(others == 1 ? "" : "s") of the run"
                message = "\"\(single.name)\" may be \(list); kept apart — "
                    + "add the right one to the authority table with this name to merge them"
            }
            result.append(Finding(file: files[single.file], line: single.line, severity: .warning,
                                  rule: .possibleSamePerson, message: message))
            if result.count == Self.findingsPerHandover {
                try emit(result)
                result.removeAll(keepingCapacity: true)
            }
        }
        if !result.isEmpty { try emit(result) }
    }

    private mutating func note(_ record: Record) {
        func add(_ kind: AuthorityTable.Kind, _ id: String, _ names: [String]) {
            var entry = reportEntries[kind]?[id]
                ?? AuthorityReport.Entry(kind: kind, id: id, name: names[0], variants: [], documents: [])
            if reportEntries[kind]?[id] == nil { reportOrder[kind, default: []].append(id) }
            for name in names where name != entry.name && !entry.variants.contains(name) { entry.variants.append(name) }
            if entry.documents.last != record.id { entry.documents.append(record.id) }
            reportEntries[kind, default: [:]][id] = entry
        }
        for p in record.persons { add(.person, p.id, [p.name] + p.variants) }
        for o in record.organizations { add(.organization, o.id, [o.name]) }
        if let venue = record.event.venue { add(.place, Self.venueId(venue), [venue]) }
    }

    private func report() -> AuthorityReport {
        func unmatched(_ kind: AuthorityTable.Kind) -> [AuthorityReport.Entry] {
            (reportOrder[kind] ?? []).filter { !(matched[kind]?.contains($0) ?? false) }.map { reportEntries[kind]![$0]! }
        }
        let persons = reportOrder[.person]?.count ?? 0, organizations = reportOrder[.organization]?.count ?? 0
        let places = reportOrder[.place]?.count ?? 0
        let unmatchedPersons = unmatched(.person), unmatchedOrganizations = unmatched(.organization)
        let unmatchedPlaces = unmatched(.place)
        return AuthorityReport(persons: persons, matchedPersons: persons - unmatchedPersons.count,
                               organizations: organizations,
                               matchedOrganizations: organizations - unmatchedOrganizations.count,
                               places: places, matchedPlaces: places - unmatchedPlaces.count,
                               unmatched: unmatchedPersons + unmatchedOrganizations + unmatchedPlaces)
    }
}
