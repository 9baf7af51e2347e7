import CSV
import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The facts of one summary as `samples/expected.json` speaks of them, read either from the model
/// or from the CSV tables, so that one checker holds both to the same expectations.
struct SeedFacts {
    struct Participation {
        var person: String
        var variants: [String]
        /// nil for the event as a whole.
        var partKind: String?
        var partLabel: String?
        var partTitle: String?
        var role: String
        var affiliation: String?
    }

    struct Statement {
        var partLabel: String?
        var partTitle: String?
        var speaker: String?
        var kind: String
    }

    var title: String
    var subtitle: String?
    var documentType: String?
    var issued: String?
    var startDate: String?
    var venue: String?
    var organizers: [String]
    var persons: [(name: String, variants: [String])]
    var participations: [Participation]
    var statements: [Statement]

    init(record: Record) {
        title = record.event.title
        subtitle = record.event.subtitle
        documentType = record.document.documentType
        issued = record.document.issued
        startDate = record.event.startDate
        venue = record.event.venue
        organizers = record.participations.filter { $0.role == .organizer }
            .compactMap { $0.organizationId.flatMap(record.organization)?.name }
        persons = record.persons.map { ($0.name, $0.variants) }
        participations = record.participations.compactMap { p in
            guard let person = p.personId.flatMap(record.person) else { return nil }
            let part = p.partId.flatMap(record.part)
            return Participation(person: person.name, variants: person.variants, partKind: part?.kind.rawValue,
                                 partLabel: part?.label, partTitle: part?.title, role: p.role.rawValue,
                                 affiliation: p.affiliation)
        }
        statements = record.statements.map { s in
            let part = s.partId.flatMap(record.part)
            return Statement(partLabel: part?.label, partTitle: part?.title,
                             speaker: s.speakerId.flatMap(record.person)?.name, kind: s.kind.rawValue)
        }
    }

    /// The same facts from the run's CSV tables, joined by their shared ids.
    init(csvDirectory: URL, sourceFile: String) throws {
        func table(_ name: String) throws -> [[String: String]] {
            let text = try String(contentsOf: csvDirectory.appendingPathComponent(name), encoding: .utf8)
            let reader = try CSVReader(string: text, hasHeaderRow: true)
            let header = reader.headerRow ?? []
            var rows: [[String: String]] = []
            while let row = reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, row))) }
            return rows
        }
        let documents = try table("documents.csv"), events = try table("events.csv")
        let persons = try table("persons.csv"), organizations = try table("organizations.csv")
        let participations = try table("participations.csv"), statements = try table("statements.csv")
        let document = try #require(documents.first { $0["source_file"] == sourceFile })
        let documentId = document["document_id"]!
        let event = try #require(events.first { $0["event_id"] == documentId })
        let parts = Dictionary(uniqueKeysWithValues: events.filter { $0["parent_id"] == documentId }.map { ($0["event_id"]!, $0) })
        let personRows = Dictionary(uniqueKeysWithValues: persons.map { ($0["person_id"]!, $0) })
        func variants(_ row: [String: String]?) -> [String] {
            (row?["variants"] ?? "").split(separator: "|").map(String.init)
        }
        func blank(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
        let mine = participations.filter { $0["event_id"] == documentId || parts[$0["event_id"]!] != nil }

        title = document["title"]!
        subtitle = blank(document["subtitle"])
        documentType = blank(document["document_type"])
        issued = blank(document["issued"])
        startDate = blank(event["start_date"])
        venue = blank(event["venue"])
        organizers = mine.filter { $0["role"] == "organizer" }.compactMap { row in
            organizations.first { $0["organization_id"] == row["organization_id"] }?["name"]
        }
        let personIds = Set(mine.compactMap { blank($0["person_id"]) })
            .union(statements.filter { $0["statement_id"]!.hasPrefix(documentId + "/") }.compactMap { blank($0["person_id"]) })
        self.persons = personIds.sorted().compactMap { personRows[$0] }.map { ($0["name"]!, variants($0)) }
        self.participations = mine.compactMap { row in
            guard let id = blank(row["person_id"]), let person = personRows[id] else { return nil }
            let part = parts[row["event_id"]!]
            return Participation(person: person["name"]!, variants: variants(person), partKind: part?["kind"],
                                 partLabel: part?["label"], partTitle: blank(part?["title"]), role: row["role"]!,
                                 affiliation: blank(row["affiliation"]))
        }
        self.statements = statements.filter { $0["statement_id"]!.hasPrefix(documentId + "/") }.map { row in
            let part = parts[row["event_id"]!]
            return Statement(partLabel: part?["label"], partTitle: blank(part?["title"]),
                             speaker: blank(row["person_id"]).flatMap { personRows[$0]?["name"] }, kind: row["kind"]!)
        }
    }
}

/// Holds a summary's facts to what a librarian expects of it (`samples/expected.json`).
enum SeedExpectations {
    static func load() throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: Paths.sample("expected.json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
    }

    /// A printed name answers to an expected one when it is that name or a variant of it.
    static func named(_ expected: String, _ name: String, _ variants: [String]) -> Bool {
        ([name] + variants).contains { $0 == expected }
    }

    static func check(_ facts: SeedFacts, against expected: [String: Any], file: String) {
        #expect(facts.title == expected["title"] as? String, "\(file): title")
        if let subtitle = expected["subtitle"] as? String { #expect(facts.subtitle == subtitle, "\(file): subtitle") }
        if let type = expected["document_type"] as? String { #expect(facts.documentType == type, "\(file): document type") }
        if let issued = expected["issued"] as? String { #expect(facts.issued == issued, "\(file): issued") }
        if let date = expected["start_date"] as? String { #expect(facts.startDate == date, "\(file): start date") }
        if let venue = expected["venue"] as? String { #expect(facts.venue == venue, "\(file): venue") }
        if let organizers = expected["organizers"] as? [String] {
            #expect(Set(facts.organizers) == Set(organizers), "\(file): organizers")
        }
        for person in expected["persons"] as? [String] ?? [] {
            #expect(facts.persons.contains { named(person, $0.name, $0.variants) }, "\(file): person \(person)")
        }
        if let count = expected["distinct_person_count"] as? Int {
            #expect(facts.persons.count == count, "\(file): \(facts.persons.map(\.name))")
        }
        for name in expected["not_participants"] as? [String] ?? [] {
            #expect(!facts.participations.contains { named(name, $0.person, $0.variants) }, "\(file): \(name) is no participant")
            #expect(!facts.persons.contains { named(name, $0.name, $0.variants) }, "\(file): \(name) is no person")
        }
        for role in expected["event_roles"] as? [[String: Any]] ?? [] {
            // Opening and closing remarks belong to the event, whether or not the summary gives them a part of their own.
            let eventLevel = facts.participations.filter { $0.partKind == nil || $0.partKind == "opening" || $0.partKind == "closing" }
            checkRole(role, in: eventLevel, file: file, place: "event")
        }
        for session in expected["sessions"] as? [[String: Any]] ?? [] {
            let match = session["match"] as! String
            let inSession: (String?, String?) -> Bool = { label, title in
                (label?.contains(match) ?? false) || (title?.contains(match) ?? false)
            }
            let participations = facts.participations.filter { inSession($0.partLabel, $0.partTitle) }
            #expect(!participations.isEmpty, "\(file): no part matches \(match)")
            if let theme = session["theme"] as? String {
                #expect(facts.participations.contains { inSession($0.partLabel, $0.partTitle) && $0.partTitle == theme },
                        "\(file): theme of \(match)")
            }
            for role in session["roles"] as? [[String: Any]] ?? [] {
                checkRole(role, in: participations, file: file, place: match)
            }
            for (person, count) in session["statements"] as? [String: Int] ?? [:] {
                let said = facts.statements.filter {
                    inSession($0.partLabel, $0.partTitle) && $0.speaker == person && $0.kind != "narrative" && $0.kind != "discussion"
                }
                #expect(said.count == count, "\(file): statements of \(person) in \(match)")
            }
        }
        if let points = expected["evaluation_points"] as? Int {
            #expect(facts.statements.filter { $0.kind == "evaluation" }.count == points, "\(file): evaluation points")
        }
    }

    private static func checkRole(_ role: [String: Any], in participations: [SeedFacts.Participation], file: String, place: String) {
        let person = role["person"] as! String
        let accepted = role["roles"] as! [String]
        let held = participations.filter { named(person, $0.person, $0.variants) || $0.person.hasSuffix(" " + person) && person.split(separator: " ").count == 1 }
        #expect(held.count == 1, "\(file): \(person) should hold one role in \(place), holds \(held.map(\.role))")
        guard let participation = held.first else { return }
        #expect(accepted.contains(participation.role), "\(file): \(person) in \(place) is \(participation.role), expected one of \(accepted)")
        if let affiliation = role["affiliation"] as? String {
            #expect(participation.affiliation?.contains(affiliation) ?? false,
                    "\(file): affiliation of \(person) in \(place): \(participation.affiliation ?? "none")")
        }
    }
}
