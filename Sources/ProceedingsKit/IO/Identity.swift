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

/// One identity per person across a run. Two mentions become one id only on evidence: the same
/// full name, or the same entry of the librarian's authority table. A single name that could be
/// a full name seen elsewhere is reported, never merged by guess.
enum Identity {
    static let possibleSamePerson = "possible-same-person"
    static let ambiguousAuthority = "ambiguous-authority"

    struct Resolution {
        var records: [Record]
        var findings: [Finding]
        var report: AuthorityReport?
    }

    static func resolve(_ input: [Record], authorities: AuthorityTable?) -> Resolution {
        var records = input
        var findings: [Finding] = []
        var personEntity: [String: Int] = [:], organizationEntity: [String: Int] = [:]
        if let authorities {
            let index = authorities.index()
            personEntity = link(&records, kind: .person, table: authorities, index: index[.person] ?? [:],
                                findings: &findings)
            organizationEntity = link(&records, kind: .organization, table: authorities,
                                      index: index[.organization] ?? [:], findings: &findings)
        }
        findings += possibleSamePersons(records, decided: personEntity)
        let summary = authorities == nil ? nil
            : report(records, personEntity: personEntity, organizationEntity: organizationEntity)
        return Resolution(records: records, findings: findings, report: summary)
    }

    /// Links every person (or organisation) whose name, variant or "honorific name" is an entry
    /// of the table, gives all mentions of one entry the id of its first mention in input order,
    /// and returns the entity of each id.
    private static func link(_ records: inout [Record], kind: AuthorityTable.Kind, table: AuthorityTable,
                             index: [String: [Int]], findings: inout [Finding]) -> [String: Int] {
        var canonical: [Int: String] = [:]
        var entityOfId: [String: Int] = [:]
        var printed: [Int: [String]] = [:]
        for r in records.indices {
            let record = records[r]
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
                                            rule: ambiguousAuthority,
                                            message: "\"\(agent.printed[0])\" matches several entries of \(table.fileName) "
                                                + "(lines \(lines)); not linked — give the entries an identifier in common or tell them apart"))
                    continue
                }
                let e = candidates[0]
                let target = canonical[e] ?? agent.id
                canonical[e] = target
                if agent.id != target {
                    let clash = kind == .person ? records[r].person(target) != nil : records[r].organization(target) != nil
                    if clash, entityOfId[target] != e {
                        // The id is another entity's in this record; keep the mention apart.
                        continue
                    }
                    records[r] = kind == .person ? records[r].mergingPerson(agent.id, into: target)
                        : records[r].mergingOrganization(agent.id, into: target)
                }
                entityOfId[target] = e
                for name in agent.printed where !name.isEmpty && !(printed[e] ?? []).contains(name) {
                    printed[e, default: []].append(name)
                }
            }
        }
        for r in records.indices {
            if kind == .person {
                for i in records[r].persons.indices {
                    guard let e = entityOfId[records[r].persons[i].id] else { continue }
                    var person = records[r].persons[i]
                    for name in printed[e] ?? [] where name != person.name && !person.variants.contains(name) {
                        person.variants.append(name)
                    }
                    person.authorities = Array(Set(person.authorities + table.entities[e].links)).sorted()
                    records[r].persons[i] = person
                }
            } else {
                for i in records[r].organizations.indices {
                    guard let e = entityOfId[records[r].organizations[i].id] else { continue }
                    records[r].organizations[i].authorities =
                        Array(Set(records[r].organizations[i].authorities + table.entities[e].links)).sorted()
                }
            }
        }
        return entityOfId
    }

    /// A one-word name ("Surin") that is a word of a full name in the run ("Surin Pitsuwan") may
    /// be the same person or another; unless the authority table decided both, say so once per pair.
    private static func possibleSamePersons(_ records: [Record], decided: [String: Int]) -> [Finding] {
        var fullNames: [(id: String, name: String, words: Set<String>, file: String)] = []
        var seenFull: Set<String> = []
        for record in records {
            for person in record.persons {
                let words = AuthorityTable.key(person.name).split(separator: " ").map(String.init)
                if words.count >= 2, seenFull.insert(person.id).inserted {
                    fullNames.append((person.id, person.name, Set(words), record.document.sourceFile))
                }
            }
        }
        var findings: [Finding] = []
        var reported: Set<[String]> = []
        for record in records {
            for person in record.persons {
                let key = AuthorityTable.key(person.name)
                guard !key.isEmpty, !key.contains(" ") else { continue }
                for full in fullNames where full.words.contains(key) && full.id != person.id {
                    if decided[person.id] != nil, decided[full.id] != nil { continue }
                    guard reported.insert([person.id, full.id]).inserted else { continue }
                    findings.append(Finding(
                        file: record.document.sourceFile, line: person.lines.first, severity: .warning,
                        rule: possibleSamePerson,
                        message: "\"\(person.name)\" may be \"\(full.name)\" (\(full.file)); kept apart — "
                            + "add both to the authority table to merge them"))
                }
            }
        }
        return findings
    }

    private static func report(_ records: [Record], personEntity: [String: Int],
                               organizationEntity: [String: Int]) -> AuthorityReport {
        var persons: [String: AuthorityReport.Entry] = [:], personOrder: [String] = []
        var organizations: [String: AuthorityReport.Entry] = [:], organizationOrder: [String] = []
        func note(_ kind: AuthorityTable.Kind, _ id: String, _ names: [String], _ record: Record,
                  _ entries: inout [String: AuthorityReport.Entry], _ order: inout [String]) {
            var entry = entries[id] ?? AuthorityReport.Entry(kind: kind, id: id, name: names[0], variants: [],
                                                             documents: [])
            if entries[id] == nil { order.append(id) }
            for name in names where name != entry.name && !entry.variants.contains(name) { entry.variants.append(name) }
            if !entry.documents.contains(record.id) { entry.documents.append(record.id) }
            entries[id] = entry
        }
        for record in records {
            for p in record.persons { note(.person, p.id, [p.name] + p.variants, record, &persons, &personOrder) }
            for o in record.organizations {
                note(.organization, o.id, [o.name], record, &organizations, &organizationOrder)
            }
        }
        let unmatched = personOrder.filter { personEntity[$0] == nil }.map { persons[$0]! }
            + organizationOrder.filter { organizationEntity[$0] == nil }.map { organizations[$0]! }
        return AuthorityReport(persons: personOrder.count, matchedPersons: personOrder.count - unmatched.count(where: { $0.kind == .person }),
                               organizations: organizationOrder.count,
                               matchedOrganizations: organizationOrder.count - unmatched.count(where: { $0.kind == .organization }),
                               unmatched: unmatched)
    }
}
