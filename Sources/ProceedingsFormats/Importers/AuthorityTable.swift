import Foundation

/// A librarian's authority table: names and variants of persons, organisations and places (the
/// venues of events) with their Wikidata, VIAF, ISNI, ORCID, ROR and GeoNames identifiers, read
/// from CSV.
///
/// A header row is required; column names are case-insensitive. `name` is required; `kind`
/// (`person`, `organization` or `place`) and one column per `AuthorityScheme` are optional. An empty
/// kind is a person or an organisation, or a place when the entry has a GeoNames identifier, which
/// names nothing else: a venue is linked only where the librarian said it is a place. Each row
/// gives one name; rows that share any identifier describe one entity, so a variant is simply
/// another row with the same identifier.
public struct AuthorityTable: Sendable, Hashable {
    public typealias Kind = AuthorityKind

    /// One person, organisation or place: every name the table gives it, and the union of its identifiers.
    public struct Entity: Sendable, Hashable {
        /// As written in the table (NFC), in table order.
        public var names: [String]
        /// As the table gives it, or a place when it has a GeoNames identifier and no kind.
        public var kind: Kind?
        /// Sorted by scheme and value.
        public var links: [AuthorityLink]
        /// The table line of the entity's first row.
        public var line: Int

        /// The identifiers that can identify an entity of the kind (`AuthorityKind.schemes`): ORCID
        /// identifies persons, ROR organisations and GeoNames places, so a row that gives another
        /// kind's links nothing through it.
        public func links(for kind: Kind) -> [AuthorityLink] {
            links.filter { $0.scheme.identifies(kind) }
        }

        /// The kinds the entity may be matched as: an entry of no kind is a person or an organisation.
        var kinds: [Kind] { kind.map { [$0] } ?? [.person, .organization] }
    }

    public var fileName: String
    public var entities: [Entity]

    public init(fileName: String, entities: [Entity]) {
        self.fileName = fileName
        self.entities = entities
    }

    /// Problems are findings with the table's line and the 1-based column of the cell; a bad
    /// identifier is left out and the rest of its row still counts.
    public static func parse(_ bytes: [UInt8], fileName: String) -> (AuthorityTable, [Finding]) {
        var findings: [Finding] = []
        func problem(_ severity: Finding.Severity, _ line: Int?, _ column: Int?, _ message: String) {
            findings.append(Finding(file: fileName, line: line, column: column, severity: severity,
                                    rule: .authorityTable, message: message))
        }
        let empty = AuthorityTable(fileName: fileName, entities: [])
        guard let table = LibrarianTable.read(bytes, what: "authority table", expecting: "a name column",
                                              report: { problem(.error, $0, nil, $1) }) else {
            return (empty, findings)
        }
        let (header, rows) = table
        var nameColumn: Int?, kindColumn: Int?
        var schemeColumns: [(scheme: AuthorityScheme, column: Int)] = []
        for (index, raw) in header.cells.enumerated() {
            let label = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if label == "name", nameColumn == nil {
                nameColumn = index
            } else if label == "kind", kindColumn == nil {
                kindColumn = index
            } else if let scheme = AuthorityScheme(rawValue: label), !schemeColumns.contains(where: { $0.scheme == scheme }) {
                schemeColumns.append((scheme, index))
            } else {
                problem(.warning, header.line, index + 1, "column \"\(raw)\" is not one of name, kind, "
                        + AuthorityScheme.allCases.map(\.rawValue).joined(separator: ", ") + "; ignored")
            }
        }
        guard let nameColumn else {
            problem(.error, header.line, nil, "authority table has no name column; the header row is \""
                    + header.cells.joined(separator: ",") + "\"")
            return (empty, findings)
        }

        struct Row {
            var line: Int
            var name: String
            var kind: Kind?
            var links: [AuthorityLink]
        }
        var parsed: [Row] = []
        for (line, cells) in rows {
            func cell(_ column: Int) -> String {
                column < cells.count ? cells[column].trimmingCharacters(in: .whitespacesAndNewlines) : ""
            }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let name = cell(nameColumn)
            guard !name.isEmpty else {
                problem(.error, line, nameColumn + 1, "row has no name")
                continue
            }
            var kind: Kind?
            if let kindColumn, !cell(kindColumn).isEmpty {
                kind = Kind(rawValue: cell(kindColumn).lowercased())
                if kind == nil {
                    problem(.error, line, kindColumn + 1, "kind \"\(cell(kindColumn))\" is not person, organization or place")
                }
            }
            var links: [AuthorityLink] = []
            for (scheme, column) in schemeColumns where !cell(column).isEmpty {
                // Several identifiers of one scheme share a cell, as in the exported tables.
                for value in cell(column).split(separator: "|") {
                    switch AuthorityLink.parse(String(value), scheme: scheme) {
                    case .success(let link): links.append(link)
                    case .failure(let invalid): problem(.error, line, column + 1, invalid.description)
                    }
                }
            }
            // A place and an agent never share an identifier's scheme but Wikidata's: a GeoNames
            // identifier on a person, or a VIAF one on a place, is a slip of the librarian's.
            let rowKinds = kind.map { [$0] } ?? (links.contains { $0.scheme == .geonames } ? [.place] : [.person, .organization])
            for (scheme, column) in schemeColumns where !rowKinds.contains(where: scheme.identifies) {
                let stray = links.filter { $0.scheme == scheme }
                guard !stray.isEmpty else { continue }
                problem(.error, line, column + 1, "\(scheme.titleWithArticle) identifier cannot name "
                        + (rowKinds.count == 1 ? rowKinds[0].withArticle : "a person or organisation")
                        + "; left out")
                links.removeAll { $0.scheme == scheme }
            }
            parsed.append(Row(line: line, name: name, kind: kind, links: links))
        }

        // Rows that share an identifier are one entity; union-find keeps the first row as the root.
        var parent = Array(parsed.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        var owner: [AuthorityLink: Int] = [:]
        for (index, row) in parsed.enumerated() {
            for link in row.links {
                if let other = owner[link] {
                    let (a, b) = (root(other), root(index))
                    if a != b { parent[max(a, b)] = min(a, b) }
                } else {
                    owner[link] = index
                }
            }
        }
        var entityOfRoot: [Int: Int] = [:]
        var entities: [Entity] = []
        for (index, row) in parsed.enumerated() {
            let r = root(index)
            if let e = entityOfRoot[r] {
                if !entities[e].names.contains(row.name) { entities[e].names.append(row.name) }
                entities[e].links = Array(Set(entities[e].links + row.links)).sorted()
                if let kind = row.kind {
                    if let known = entities[e].kind, known != kind {
                        problem(.error, row.line, kindColumn.map { $0 + 1 },
                                "kind \(kind.rawValue) contradicts kind \(known.rawValue) of line \(entities[e].line), which shares an identifier")
                    } else {
                        entities[e].kind = kind
                    }
                }
            } else {
                entityOfRoot[r] = entities.count
                entities.append(Entity(names: [row.name], kind: row.kind, links: Array(Set(row.links)).sorted(),
                                       line: row.line))
            }
        }
        for e in entities.indices where entities[e].kind == nil && entities[e].links.contains(where: { $0.scheme == .geonames }) {
            entities[e].kind = .place
        }
        return (AuthorityTable(fileName: fileName, entities: entities), findings)
    }

    /// The form names are compared in: NFC, case and accents folded, punctuation as space,
    /// whitespace collapsed. "Dr. Ōgata" and "dr ogata" compare equal.
    public static func key(_ name: String) -> String {
        let folded = name.precomposedStringWithCanonicalMapping
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
                     locale: Locale(identifier: "en_US_POSIX"))
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "\u{2019}" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    /// Entity indices by name key, per kind; an entity of no kind is listed as a person and as an organisation. A row
    /// without identifiers links nothing: it is a name waiting for the librarian to complete it.
    package func index() -> [Kind: [String: [Int]]] {
        var result: [Kind: [String: [Int]]] = [:]
        for (e, entity) in entities.enumerated() {
            for kind in entity.kinds where !entity.links(for: kind).isEmpty {
                for name in entity.names {
                    let key = Self.key(name)
                    guard !key.isEmpty else { continue }
                    if result[kind, default: [:]][key, default: []].contains(e) == false {
                        result[kind, default: [:]][key, default: []].append(e)
                    }
                }
            }
        }
        return result
    }
}
