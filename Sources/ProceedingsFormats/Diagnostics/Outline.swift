/// A readable outline of what was extracted, for `proceedings inspect`.
public enum Outline {
    public static func render(_ record: Record) -> String {
        var out: [String] = []
        let event = record.event
        out.append("Record \(record.id)")
        out.append("  source      \(record.document.sourceFile) (sha256 \(record.document.sha256.prefix(12))…)")
        out.append("  title       \(event.title)   [line \(event.titleSpan.first)]")
        if let subtitle = event.subtitle { out.append("  subtitle    \(subtitle)") }
        out.append("  kind        \(event.kind.rawValue)")
        if let type = record.document.documentType { out.append("  document    \(type)") }
        if let issued = record.document.issued { out.append("  issued      \(issued)") }
        if let date = event.startDate { out.append("  date        \(date)\(event.endDate.map { " – \($0)" } ?? "")") }
        if let time = event.time { out.append("  time        \(time)") }
        if let venue = event.venue { out.append("  venue       \(venue)") }
        if let symbol = record.document.symbol { out.append("  symbol      \(symbol.text)") }
        for (label, fact) in [("issuer", record.document.issuer), ("url", record.document.sourceURL)] {
            guard let fact else { continue }
            let padded = label.padding(toLength: 11, withPad: " ", startingAt: 0)
            if let printed = fact.printed, fact.catalogued == nil {
                out.append("  \(padded) \(printed.text)   [line \(printed.line)]")
            } else {
                out.append("  \(padded) \(fact.value)   [catalogue]")
                if let printed = fact.printed { out.append("    printed   \(printed.text)   [line \(printed.line)]") }
            }
        }
        if let audience = event.audienceNote { out.append("  audience    \(audience)") }
        for note in record.document.notes { out.append("  note        \(note.text)   [line \(note.line)]") }
        let organizers = record.participations.filter { $0.role == .organizer }.compactMap { $0.organizationId.flatMap(record.organization)?.name }
        if !organizers.isEmpty { out.append("  organizers  \(organizers.joined(separator: "; "))") }

        func roles(in partId: String?) {
            for p in record.participations where p.partId == partId && p.personId != nil {
                let name = p.personId.flatMap(record.person)?.name ?? "?"
                out.append("      \(p.role.rawValue): \(name)\(p.affiliation.map { " — \($0)" } ?? "")   [line \(p.line)]")
            }
        }
        func statements(where include: (Statement) -> Bool) {
            for s in record.statements where include(s) {
                let who = s.speakerId.flatMap(record.person)?.name.appending(": ") ?? ""
                let text = s.text.count > 70 ? String(s.text.prefix(70)) + "…" : s.text
                out.append("      [\(s.kind.rawValue)] \(who)\(text)   [\(s.span.first)\(s.span.last != s.span.first ? "-\(s.span.last)" : "")]")
            }
        }
        out.append("  event-level roles")
        roles(in: nil)
        statements { $0.partId == nil && $0.sectionId == nil }
        for section in record.sections {
            out.append("  section \(section.id) (\(section.kind.rawValue)): \(section.heading)")
            statements { $0.sectionId == section.id }
        }
        for part in record.parts {
            out.append("  part \(part.id) (\(part.kind.rawValue)) \"\(part.label)\"\(part.title.map { ": \($0)" } ?? "")\(part.formatNote.map { " (\($0))" } ?? "")")
            roles(in: part.id)
            statements { $0.partId == part.id }
        }
        out.append("  persons")
        for person in record.persons {
            let variants = person.variants.isEmpty ? "" : " (also \(person.variants.joined(separator: ", ")))"
            out.append("      \(person.id): \(person.honorific.map { $0 + " " } ?? "")\(person.name)\(variants)")
        }
        out.append("  organizations")
        for org in record.organizations { out.append("      \(org.id): \(org.name)") }
        for item in record.residue { out.append("  residue     \(item.text)   [line \(item.line)]") }
        if !record.corrections.isEmpty { out.append("  corrections") }
        for c in record.corrections {
            let old = c.old.isEmpty ? "nothing" : "\"\(c.old)\"", new = c.new.isEmpty ? "nothing" : "\"\(c.new)\""
            out.append("      \(c.id): \(c.fact.rawValue) \(old) → \(new), by \(c.by) on \(c.date)   [line \(c.line)]")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
