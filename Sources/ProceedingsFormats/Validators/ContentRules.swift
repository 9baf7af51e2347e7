import Foundation

/// What a record must satisfy beyond what a schema can say. The rules run on the model, so they
/// hold for every format a record arrives in; `locate` tells where in the file an entity was.
public enum ContentRules {
    /// An entity of a record that a finding can point at.
    public enum Entity: Sendable, Hashable {
        case event
        case document
        case person(String)
        case participation(Int)
        case statement(String)
    }

    public struct Location: Sendable {
        public var line: Int?
        public var column: Int?
        public var xpath: String?

        public init(line: Int? = nil, column: Int? = nil, xpath: String? = nil) {
            self.line = line
            self.column = column
            self.xpath = xpath
        }
    }

    public static func check(_ record: Record, file: String,
                             locate: (Entity) -> Location? = { _ in nil }) -> [Finding] {
        var findings: [Finding] = []
        func report(_ entity: Entity, _ severity: Finding.Severity, _ rule: Rule, _ message: String) {
            let location = locate(entity)
            findings.append(Finding(file: file, line: location?.line, column: location?.column, severity: severity,
                                    rule: rule, message: message, xpath: location?.xpath))
        }
        let persons = Set(record.persons.map(\.id)), organizations = Set(record.organizations.map(\.id))
        let parts = Set(record.parts.map(\.id)), sections = Set(record.sections.map(\.id))

        for (index, participation) in record.participations.enumerated() {
            if participation.personId == nil, participation.organizationId == nil {
                report(.participation(index), .error, .reference, "participation \(index + 1) names neither a person nor an organisation")
            }
            if let id = participation.personId, !persons.contains(id) {
                report(.participation(index), .error, .reference, "participation \(index + 1) names person \"\(id)\", which the record does not declare")
            }
            if let id = participation.organizationId, !organizations.contains(id) {
                report(.participation(index), .error, .reference, "participation \(index + 1) names organisation \"\(id)\", which the record does not declare")
            }
            if let id = participation.partId, !parts.contains(id) {
                report(.participation(index), .error, .reference, "participation \(index + 1) names part \"\(id)\", which the record does not declare")
            }
        }
        for statement in record.statements {
            if let id = statement.speakerId, !persons.contains(id) {
                report(.statement(statement.id), .error, .reference, "statement \(statement.id) names speaker \"\(id)\", which the record does not declare")
            }
            if let id = statement.partId, !parts.contains(id) {
                report(.statement(statement.id), .error, .reference, "statement \(statement.id) names part \"\(id)\", which the record does not declare")
            }
            if let id = statement.sectionId, !sections.contains(id) {
                report(.statement(statement.id), .error, .reference, "statement \(statement.id) names section \"\(id)\", which the record does not declare")
            }
        }

        for (name, value, entity) in [("start date", record.event.startDate, Entity.event), ("end date", record.event.endDate, .event),
                                      ("date of issue", record.document.issued, .document)] {
            if let value, !isRealDate(value) {
                report(entity, .error, .date, "\(name) \"\(value)\" is not a real date")
            }
        }
        if let start = record.event.startDate, let end = record.event.endDate, isRealDate(start), isRealDate(end),
           end.prefix(start.count) < start.prefix(end.count) {
            report(.event, .error, .partDate, "the event ends (\(end)) before it starts (\(start))")
        }

        var seen: [String: String] = [:]
        for person in record.persons {
            let key = normalisedName(person.name)
            if let other = seen[key] {
                report(.person(person.id), .error, .duplicatePerson,
                       "persons \"\(other)\" and \"\(person.id)\" have the same name, \"\(person.name)\"")
            } else {
                seen[key] = person.id
            }
        }
        return findings
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a day that exists in that month; the model's reading,
    /// which a correction's date needs below the validators.
    public static func isRealDate(_ text: String) -> Bool { DateText.isRealDate(text) }

    /// Case, accents, dots and spacing do not make two names different.
    static func normalisedName(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == " " }
            .map(String.init).joined()
            .split(separator: " ").joined(separator: " ")
    }
}
