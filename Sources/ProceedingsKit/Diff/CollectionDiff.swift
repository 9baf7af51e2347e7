public import Foundation

/// One fact of a record that is not the same in the two exports.
public struct FactChange: Sendable, Hashable, Codable {
    public enum Change: String, Sendable, Hashable, Codable {
        case added, removed, changed
    }

    public var fact: ComparedKind
    public var change: Change
    /// The fact's source line in the new export, or in the old one for a fact removed.
    public var line: Int?
    /// The line in the old export, when it is not `line`.
    public var oldLine: Int?
    /// The id of the person, organisation, statement or correction the fact is about.
    public var subject: String?
    /// The name of the person or organisation the fact is about.
    public var name: String?
    /// The programme part of a role or an organiser; nil for the event as a whole.
    public var part: String?
    /// Absent for a fact added.
    public var old: String?
    /// Absent for a fact removed.
    public var new: String?
}

/// What differs in one record, or that it is in one export only.
public struct RecordChange: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case added, removed, changed
    }

    public var id: String
    public var sourceFile: String
    public var status: Status
    /// Empty for a record added or removed: all of it is.
    public var changes: [FactChange]
}

/// Two exports of one collection compared fact by fact (`proceedings diff`): the records matched by
/// id, and in each the facts added, removed and changed. The order is the same in every run:
/// records by id, a record's changes by line, kind of fact, name and value.
public struct CollectionDiff: Sendable, Hashable {
    public struct Side: Sendable, Hashable, Codable {
        public var path: String
        public var format: ProceedingsKit.Format
        public var records: Int
    }

    public var old: Side
    public var new: Side
    /// Only records that differ, by id.
    public var records: [RecordChange]
    /// Records in both exports.
    public var compared: Int

    public var isEmpty: Bool { records.isEmpty }

    public init(old: ExportFolder, new: ExportFolder) {
        self.old = Side(path: old.path, format: old.format, records: old.records.count)
        self.new = Side(path: new.path, format: new.format, records: new.records.count)
        let before = Dictionary(old.records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var records: [RecordChange] = []
        var compared = 0
        for id in Set(before.keys).union(after.keys).sorted() {
            switch (before[id], after[id]) {
            case let (was?, now?):
                compared += 1
                let changes = Self.compare(was, now)
                if !changes.isEmpty {
                    records.append(RecordChange(id: id, sourceFile: now.document.sourceFile, status: .changed, changes: changes))
                }
            case let (was?, nil):
                records.append(RecordChange(id: id, sourceFile: was.document.sourceFile, status: .removed, changes: []))
            case let (nil, now?):
                records.append(RecordChange(id: id, sourceFile: now.document.sourceFile, status: .added, changes: []))
            case (nil, nil):
                break
            }
        }
        self.records = records
        self.compared = compared
    }

    /// The facts of `new` that `old` does not have in the same slot with the same value and line,
    /// and the other way round. In a slot, a fact removed and one added are one fact changed when
    /// they pair without guessing: of the same resource (its id), at the same line, or as the
    /// slot's only two.
    static func compare(_ old: Record, _ new: Record) -> [FactChange] {
        struct Key: Hashable {
            var kind: ComparedKind
            var slot: String
            var value: String
            var line: Int?
        }
        func key(_ f: ComparedFact) -> Key { Key(kind: f.kind, slot: f.slot, value: f.value, line: f.line) }
        func unique(_ facts: [ComparedFact]) -> [Key: ComparedFact] {
            Dictionary(facts.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let before = unique(old.comparedFacts), after = unique(new.comparedFacts)
        struct Slot: Hashable {
            var kind: ComparedKind
            var slot: String
        }
        var removed: [Slot: [ComparedFact]] = [:], added: [Slot: [ComparedFact]] = [:]
        for (k, fact) in before where after[k] == nil { removed[Slot(kind: k.kind, slot: k.slot), default: []].append(fact) }
        for (k, fact) in after where before[k] == nil { added[Slot(kind: k.kind, slot: k.slot), default: []].append(fact) }

        var changes: [FactChange] = []
        func change(_ was: ComparedFact?, _ now: ComparedFact?) {
            let fact = (now ?? was)!
            let kind: FactChange.Change = was == nil ? .added : now == nil ? .removed : .changed
            let oldLine = was?.line != fact.line ? was?.line : nil
            changes.append(FactChange(fact: fact.kind, change: kind, line: fact.line, oldLine: oldLine, subject: fact.subject,
                                      name: fact.name, part: fact.part, old: was.map { $0.shown ?? $0.value }, new: now.map { $0.shown ?? $0.value }))
        }
        for slot in Set(removed.keys).union(added.keys) {
            var gone = removed[slot] ?? [], came = added[slot] ?? []
            // The same resource, which a correction renamed and which keeps its id, is no guess.
            for (i, was) in gone.enumerated().reversed() {
                guard let subject = was.subject, gone.filter({ $0.subject == subject }).count == 1 else { continue }
                let same = came.indices.filter { came[$0].subject == subject }
                guard same.count == 1 else { continue }
                change(was, came.remove(at: same[0]))
                gone.remove(at: i)
            }
            for (i, was) in gone.enumerated().reversed() {
                let sameLine = came.indices.filter { came[$0].line == was.line }
                guard sameLine.count == 1, gone.filter({ $0.line == was.line }).count == 1 else { continue }
                change(was, came.remove(at: sameLine[0]))
                gone.remove(at: i)
            }
            if gone.count == 1, came.count == 1 {
                change(gone[0], came[0])
                gone = []
                came = []
            }
            for was in gone { change(was, nil) }
            for now in came { change(nil, now) }
        }
        return changes.sorted(by: Self.order)
    }

    static func order(_ a: FactChange, _ b: FactChange) -> Bool {
        if (a.line ?? Int.max) != (b.line ?? Int.max) { return (a.line ?? Int.max) < (b.line ?? Int.max) }
        if a.fact != b.fact { return a.fact < b.fact }
        func fields(_ c: FactChange) -> [String] {
            [c.name ?? "", c.subject ?? "", c.part ?? "", c.change.rawValue, c.old ?? "", c.new ?? ""]
        }
        return fields(a).lexicographicallyPrecedes(fields(b))
    }
}

// MARK: - Reports

extension CollectionDiff {
    public enum Format: String, Sendable, CaseIterable {
        case text, json
    }

    public func render(_ format: Format) throws -> [UInt8] {
        switch format {
        case .text: Array(text().utf8)
        case .json: try json()
        }
    }

    private var counts: (added: Int, removed: Int, changed: Int) {
        let all = records.flatMap(\.changes)
        return (all.filter { $0.change == .added }.count, all.filter { $0.change == .removed }.count,
                all.filter { $0.change == .changed }.count)
    }

    /// The last line of the text report.
    public var summary: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let status = { (s: RecordChange.Status) in records.filter { $0.status == s }.count }
        guard !isEmpty else { return "\(plural(compared, "record")) compared: no change" }
        let facts = counts
        return "\(plural(compared, "record")) compared, \(status(.changed)) changed; \(status(.added)) added, \(status(.removed)) removed; "
            + "\(plural(facts.added + facts.removed + facts.changed, "fact")): \(facts.changed) changed, \(facts.added) added, \(facts.removed) removed"
    }

    /// For people: a record a paragraph, a fact a line, each with its source line.
    public func text() -> String {
        func side(_ s: Side) -> String { "\(s.path) (\(s.format.title), \(s.records) record\(s.records == 1 ? "" : "s"))" }
        var out = "old: \(side(old))\nnew: \(side(new))\n"
        for record in records {
            switch record.status {
            case .added: out += "record added: \(record.id) (\(record.sourceFile))\n"
            case .removed: out += "record removed: \(record.id) (\(record.sourceFile))\n"
            case .changed:
                out += "record \(record.id) (\(record.sourceFile)):\n"
                for change in record.changes { out += "  " + Self.describe(change) + "\n" }
            }
        }
        return out + summary + "\n"
    }

    static func describe(_ c: FactChange) -> String {
        var what = c.fact.name
        switch c.fact {
        case .fact(.role), .fact(.affiliation), .removedRole: what += " of \(c.name ?? c.subject ?? "")"
        case .fact(.statementSpeaker): what += " of \(c.subject ?? "")"
        case .correction: what += " \(c.subject ?? "")"
        default: break
        }
        if let part = c.part { what += " in \(part)" }
        func quoted(_ value: String?) -> String {
            guard let value else { return "" }
            // A correction's value is its own description, already quoted where it quotes.
            return c.fact == .correction ? value : "\"\(value)\""
        }
        let at = c.line.map { "line \($0)" } ?? "no line"
        let moved = c.oldLine.map { " (was line \($0))" } ?? ""
        switch c.change {
        case .added: return "\(at): \(what) added: \(quoted(c.new))"
        case .removed: return "\(at): \(what) removed: \(quoted(c.old))"
        case .changed: return "\(at)\(moved): \(what) changed: \(quoted(c.old)) → \(quoted(c.new))"
        }
    }

    /// For scripts; its shape is `Schemas/diff.schema.json`.
    func json() throws -> [UInt8] {
        struct Tool: Encodable { let name = "proceedings", version = ProceedingsKit.version }
        struct Summary: Encodable {
            var compared, changed, added, removed, factsAdded, factsRemoved, factsChanged: Int
        }
        struct Document: Encodable {
            var tool = Tool()
            var old, new: Side
            var records: [RecordChange]
            var summary: Summary
        }
        let facts = counts
        let status = { (s: RecordChange.Status) in records.filter { $0.status == s }.count }
        let document = Document(old: old, new: new, records: records,
                                summary: Summary(compared: compared, changed: status(.changed), added: status(.added), removed: status(.removed),
                                                 factsAdded: facts.added, factsRemoved: facts.removed, factsChanged: facts.changed))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(document)) + [0x0A]
    }
}
