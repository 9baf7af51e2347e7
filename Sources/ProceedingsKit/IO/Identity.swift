import Foundation

/// What an authority table did for a run: how many persons and organisations it matched, and
/// the ones it did not, so that the librarian can complete the table.
public struct AuthorityReport: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var kind: AuthorityTable.Kind
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
    /// Persons first, then organisations, each in order of first appearance.
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
        var line = "authorities: \(matchedPersons) of \(persons) persons and \(matchedOrganizations) of "
            + "\(organizations) organisations matched"
        if let reportPath { line += "; unmatched names in \(reportPath)" }
        return line
    }
}

/// One identity per person across a run, decided record by record in input order so that a run
/// streams: a record's ids depend only on the records before it. Two mentions become one id only
/// on evidence: the same full name, or the same entry of the librarian's authority table. A
/// single name that could be a full name seen elsewhere is reported, never merged by guess.
///
/// With an authority table, a linked person carries every form printed for its entry anywhere in
/// the run, later records included; `printedForms` of a first pass over the run supplies them.
struct IdentityResolver {
    static let possibleSamePerson = "possible-same-person"
    static let ambiguousAuthority = "ambiguous-authority"
    /// Candidates named in one possible-same-person warning; the rest are counted.
    static let candidatesNamed = 3
    static let findingsPerHandover = 1000

    private let authorities: AuthorityTable?
    private let index: [AuthorityTable.Kind: [String: [Int]]]
    private let knownPrinted: [Int: [String]]?

    // Ids taken in the run, persons and organisations alike, with the full name each stands for.
    private var personNames: [String: String] = [:]
    private var organizationNames: [String: String] = [:]
    private var recordIds: Set<String> = []
    private var nextNumber: [String: Int] = [:]
    private var nextRecordNumber: [String: Int] = [:]

    // Authority linking, per kind.
    private var canonical: [AuthorityTable.Kind: [Int: String]] = [:]
    private var entityOfId: [AuthorityTable.Kind: [String: Int]] = [:]
    private(set) var printedForms: [Int: [String]] = [:]

    // What the end of the run reports.
    /// The source file of each record admitted, so that the lists below hold a number, not a path.
    private var files: [String] = []
    private var fullNames: [(id: String, name: String, file: Int)] = []
    private var fullNamesByWord: [String: [Int]] = [:]
    private var seenFull: Set<String> = []
    private var singleNames: [(id: String, name: String, file: Int, line: Int?)] = []
    private var reportEntries: [AuthorityTable.Kind: [String: AuthorityReport.Entry]] = [:]
    private var reportOrder: [AuthorityTable.Kind: [String]] = [:]

    init(authorities: AuthorityTable?, printedForms: [Int: [String]]? = nil) {
        self.authorities = authorities
        self.index = authorities?.index() ?? [:]
        self.knownPrinted = printedForms
    }

    /// The record with ids that agree with the run so far, linked to the authority table, and
    /// what linking it found.
    mutating func admit(_ original: Record) -> (record: Record, findings: [Finding]) {
        var record = reconcile(original)
        var findings: [Finding] = []
        if let authorities {
            link(&record, kind: .person, table: authorities, findings: &findings)
            link(&record, kind: .organization, table: authorities, findings: &findings)
            note(record)
        }
        files.append(record.document.sourceFile)
        for person in record.persons {
            let key = AuthorityTable.key(person.name)
            let words = key.split(separator: " ").map(String.init)
            if words.count >= 2 {
                guard seenFull.insert(person.id).inserted else { continue }
                fullNames.append((person.id, person.name, files.count - 1))
                for word in Set(words) { fullNamesByWord[word, default: []].append(fullNames.count - 1) }
            } else if !key.isEmpty {
                singleNames.append((person.id, person.name, files.count - 1, person.lines.first))
            }
        }
        return (record, findings)
    }

    /// Hands over the warnings that only the whole run can give, a few at a time, so that they
    /// never all stand in memory at once; returns what the authority table matched.
    func finish<Failure: Error>(_ emit: ([Finding]) throws(Failure) -> Void) throws(Failure) -> AuthorityReport? {
        try possibleSamePersons(emit)
        return authorities == nil ? nil : report()
    }

    // MARK: - Ids across the run

    /// Within a run an id names one person and one organisation. The same id with the same full
    /// name is the same entity; a different name, or a surname alone ("Dr. Tanaka" in two
    /// summaries may be two people), is kept apart under a new id rather than merged by guess.
    /// Record ids that collide are numbered.
    /// Names compare as `AuthorityTable.key`: "Sadako Ōgata" and "Sadako Ogata" are one name.
    private mutating func reconcile(_ original: Record) -> Record {
        var record = original
        record.id = freshRecordId(record.id)
        recordIds.insert(record.id)
        for person in original.persons {
            let key = AuthorityTable.key(person.name)
            if let known = personNames[person.id], known != key || !key.contains(" ") {
                let local = Set(record.persons.map(\.id))
                let fresh = freshId(person.id) { local.contains($0) }
                record = record.renamingPerson(person.id, to: fresh)
                personNames[fresh] = key
            } else {
                personNames[person.id] = key
            }
        }
        for organization in original.organizations {
            let key = AuthorityTable.key(organization.name)
            if let known = organizationNames[organization.id], known != key {
                let local = Set(record.organizations.map(\.id))
                let fresh = freshId(organization.id) { local.contains($0) }
                record = record.renamingOrganization(organization.id, to: fresh)
                organizationNames[fresh] = key
            } else {
                organizationNames[organization.id] = key
            }
        }
        return record
    }

    /// `Ids.unique` over the run's record ids, from the last number given to the same base: a
    /// series of summaries with one title would otherwise try every earlier number each time.
    private mutating func freshRecordId(_ base: String) -> String {
        guard recordIds.contains(base) else { return base }
        var n = nextRecordNumber[base] ?? 2
        while recordIds.contains("\(base)-\(n)") { n += 1 }
        nextRecordNumber[base] = n + 1
        return "\(base)-\(n)"
    }

    private func isTaken(_ id: String) -> Bool { personNames[id] != nil || organizationNames[id] != nil }

    /// The first `base-N` (N from 2) that the run and the record have not taken. The numbers
    /// below `nextNumber[base]` are all taken in the run, so a surname printed alone in every
    /// summary costs one step per summary, not one per earlier summary.
    private mutating func freshId(_ base: String, takenLocally: (String) -> Bool) -> String {
        if !isTaken(base), !takenLocally(base) { return base }
        var n = nextNumber[base] ?? 2
        while isTaken("\(base)-\(n)") || takenLocally("\(base)-\(n)") { n += 1 }
        var floor = nextNumber[base] ?? 2
        while floor < n, isTaken("\(base)-\(floor)") { floor += 1 }
        nextNumber[base] = floor == n ? n + 1 : floor
        return "\(base)-\(n)"
    }

    // MARK: - Authority table

    /// Links every person (or organisation) of the record whose name, variant or "honorific
    /// name" is an entry of the table; all mentions of one entry get the id of its first mention
    /// in input order.
    private mutating func link(_ record: inout Record, kind: AuthorityTable.Kind, table: AuthorityTable,
                               findings: inout [Finding]) {
        let index = self.index[kind] ?? [:]
        // "Dr. Surin" is a way to look a name up, not a printed form to keep as a variant.
        let agents: [(id: String, printed: [String], lookup: [String], line: Int?)] = kind == .person
            ? record.persons.map { p in
                (p.id, [p.name] + p.variants, [p.name] + p.variants + (p.honorific.map { ["\($0) \(p.name)"] } ?? []),
                 p.lines.first)
            }
            : record.organizations.map { ($0.id, [$0.name], [$0.name], $0.lines.first) }
        for agent in agents {
            var candidates: [Int] = []
            for name in agent.lookup {
                for e in index[AuthorityTable.key(name)] ?? [] where !candidates.contains(e) { candidates.append(e) }
            }
            guard !candidates.isEmpty else { continue }
            guard candidates.count == 1 else {
                let lines = candidates.map { String(table.entities[$0].line) }.joined(separator: ", ")
                findings.append(Finding(file: record.document.sourceFile, line: agent.line, severity: .warning,
                                        rule: Self.ambiguousAuthority,
                                        message: "\"\(agent.printed[0])\" matches several entries of \(table.fileName) "
                                            + "(lines \(lines)); not linked — give the entries an identifier in common or tell them apart"))
                continue
            }
            let e = candidates[0]
            let target = canonical[kind]?[e] ?? agent.id
            canonical[kind, default: [:]][e] = target
            if agent.id != target {
                let clash = kind == .person ? record.person(target) != nil : record.organization(target) != nil
                if clash, entityOfId[kind]?[target] != e {
                    // The id is another entity's in this record; keep the mention apart.
                    continue
                }
                record = kind == .person ? record.mergingPerson(agent.id, into: target)
                    : record.mergingOrganization(agent.id, into: target)
            }
            entityOfId[kind, default: [:]][target] = e
            if kind == .person {
                for name in agent.printed where !name.isEmpty && !(printedForms[e] ?? []).contains(name) {
                    printedForms[e, default: []].append(name)
                }
            }
        }
        let entities = entityOfId[kind] ?? [:]
        if kind == .person {
            for i in record.persons.indices {
                guard let e = entities[record.persons[i].id] else { continue }
                var person = record.persons[i]
                for name in (knownPrinted ?? printedForms)[e] ?? [] where name != person.name && !person.variants.contains(name) {
                    person.variants.append(name)
                }
                person.authorities = Array(Set(person.authorities + table.entities[e].links)).sorted()
                record.persons[i] = person
            }
        } else {
            for i in record.organizations.indices {
                guard let e = entities[record.organizations[i].id] else { continue }
                record.organizations[i].authorities =
                    Array(Set(record.organizations[i].authorities + table.entities[e].links)).sorted()
            }
        }
    }

    // MARK: - Reports

    /// A one-word name ("Surin") that is a word of a full name in the run ("Surin Pitsuwan") may
    /// be the same person or another; unless the authority table decided both, say so once per
    /// mention, naming the first few candidates and counting the others.
    private func possibleSamePersons<Failure: Error>(_ emit: ([Finding]) throws(Failure) -> Void) throws(Failure) {
        let decided = entityOfId[.person] ?? [:]
        var result: [Finding] = []
        result.reserveCapacity(Self.findingsPerHandover)
        // A name alone gets an id of its own in every record, so each pair comes up once.
        for single in singleNames {
            let key = AuthorityTable.key(single.name)
            var seen: Set<Int> = []
            var candidates: [(id: String, name: String, file: Int)] = []
            for index in fullNamesByWord[key] ?? [] where seen.insert(index).inserted {
                let full = fullNames[index]
                guard full.id != single.id, decided[single.id] == nil || decided[full.id] == nil else { continue }
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
                                  rule: Self.possibleSamePerson, message: message))
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
    }

    private func report() -> AuthorityReport {
        func unmatched(_ kind: AuthorityTable.Kind) -> [AuthorityReport.Entry] {
            (reportOrder[kind] ?? []).filter { entityOfId[kind]?[$0] == nil }.map { reportEntries[kind]![$0]! }
        }
        let persons = reportOrder[.person]?.count ?? 0, organizations = reportOrder[.organization]?.count ?? 0
        let unmatchedPersons = unmatched(.person), unmatchedOrganizations = unmatched(.organization)
        return AuthorityReport(persons: persons, matchedPersons: persons - unmatchedPersons.count,
                               organizations: organizations,
                               matchedOrganizations: organizations - unmatchedOrganizations.count,
                               unmatched: unmatchedPersons + unmatchedOrganizations)
    }
}
