/// What became of a row of the corrections file on one record.
public enum CorrectionOutcome: Sendable, Hashable {
    case applied
    /// The record already has the value the row gives: the importer now gets it right.
    case alreadyTrue
    /// The record, read back from an export, already carries this correction.
    case recorded
    /// The source changed, or the line or the old value is not there: never applied by guess.
    case noLongerApplies(column: CorrectionsFile.Column, reason: String)
}

/// Applies rows of a corrections file to a record, after the importer and before identity (see
/// `Batch.stream`). A row changes the record only when the fact is where it says, with the
/// value it says; the record keeps each correction applied (`Record.corrections`).
struct CorrectionApplier {
    private(set) var record: Record

    init(_ record: Record) {
        self.record = record
    }

    mutating func apply(_ row: CorrectionsFile.Row) -> CorrectionOutcome {
        let correction = row.correction
        if record.corrections.contains(where: { $0.id == correction.id }) { return .recorded }
        if let digest = row.sha256, digest != record.document.sha256 {
            return .noLongerApplies(column: .sha256, reason: "the source is not the text the row was made for "
                                    + "(its SHA-256 is \(record.document.sha256))")
        }
        let result: Result
        switch correction.fact {
        case .title, .subtitle, .documentType, .startDate, .endDate, .issued, .venue:
            result = scalar(correction)
        case .role: result = role(correction, holder: row.holder)
        case .affiliation: result = affiliation(correction, holder: row.holder)
        case .organizer: result = organizer(correction)
        case .person: result = person(correction)
        case .notAParticipant: result = notAParticipant(correction)
        case .statementSpeaker: result = statementSpeaker(correction)
        }
        switch result {
        case .applied(let subject):
            var kept = correction
            kept.subject = subject
            record.corrections.append(kept)
            return .applied
        case .alreadyTrue: return .alreadyTrue
        case .notThere(let column, let reason): return .noLongerApplies(column: column, reason: reason)
        }
    }

    /// Removes the roles at `indices`, which the record keeps as removed by `c` (`RemovedRole`). A
    /// holder removed with them (`holderName`) is named by its printed name alone: its id would
    /// point at nothing the record has. The organisation its affiliation named stays the record's.
    private mutating func remove(at indices: [Int], by c: Correction, holderName: String? = nil) {
        record.removedRoles += indices.map { index in
            var participation = record.participations[index]
            if holderName != nil { participation.personId = nil }
            return RemovedRole(correction: c.id, participation: participation, holderName: holderName)
        }
        for index in indices.reversed() { record.participations.remove(at: index) }
    }

    /// The part a role added on `line` is held during: that of the roles the line gives already,
    /// where they agree, else the narrowest part whose lines hold it; nil for the event as a whole.
    private func partId(of line: Int, roles atLine: [Int]) -> String? {
        let parts = Set(atLine.map { record.participations[$0].partId })
        if parts.count == 1, let part = parts.first { return part }
        return record.parts.filter { $0.span.first <= line && line <= $0.span.last }
            .min { $0.span.last - $0.span.first < $1.span.last - $1.span.first }?.id
    }

    private enum Result {
        case applied(subject: String?)
        case alreadyTrue
        case notThere(CorrectionsFile.Column, String)
    }

    // MARK: - The event's and the document's facts

    /// Where a record keeps a fact of which it has one, other than its title: the value and the line it is read from.
    private static func kept(_ fact: FactKind) -> (value: WritableKeyPath<Record, String?>, line: WritableKeyPath<Record, Int?>)? {
        switch fact {
        case .documentType: (\.document.documentType, \.document.documentTypeLine)
        case .startDate: (\.event.startDate, \.event.dateLine)
        case .endDate: (\.event.endDate, \.event.dateLine)
        case .issued: (\.document.issued, \.document.issuedLine)
        case .venue: (\.event.venue, \.event.venueLine)
        default: nil
        }
    }

    /// A fact of which a record has one, read from one line (the title and subtitle: from the title's block of lines).
    private mutating func scalar(_ c: Correction) -> Result {
        let name = c.fact.rawValue
        let kept = Self.kept(c.fact)
        let titleLines = record.event.titleSpan.first...max(record.event.titleSpan.first, record.event.titleSpan.last)
        let current: String, lines: ClosedRange<Int>?
        switch c.fact {
        case .title: (current, lines) = (record.event.title, titleLines)
        case .subtitle: (current, lines) = (record.event.subtitle ?? "", titleLines)
        default:
            guard let kept else { preconditionFailure("not a fact of which a record has one") }
            (current, lines) = (record[keyPath: kept.value] ?? "", record[keyPath: kept.line].map { $0...$0 })
        }
        if current == c.new { return .alreadyTrue }
        if let lines, !lines.contains(c.line) {
            let at = lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)–\(lines.upperBound)"
            return .notThere(.line, "the \(name) is read from \(at), not line \(c.line)")
        }
        guard current == c.old else {
            return .notThere(.old, current.isEmpty ? "the record has no \(name)" : "the \(name) is \"\(current)\", not \"\(c.old)\"")
        }
        let value: String? = c.new.isEmpty ? nil : c.new
        switch c.fact {
        case .title: record.event.title = c.new
        case .subtitle: record.event.subtitle = value
        default:
            guard let kept else { break }
            record[keyPath: kept.value] = value
            record[keyPath: kept.line] = c.line
            // Links an authority gave the printed venue are no longer the venue's.
            if c.fact == .venue {
                record.event.venueAuthorities = []
                record.event.venueAuthorityName = nil
            }
        }
        return .applied(subject: nil)
    }

    // MARK: - Participations

    private func holderName(_ p: Participation) -> String? {
        p.personId.flatMap { record.person($0)?.name } ?? p.organizationId.flatMap { record.organization($0)?.name }
    }

    private func isHeld(_ p: Participation, by holder: String?) -> Bool {
        guard let holder else { return true }
        if let id = p.personId, let person = record.person(id) { return person.isNamed(holder) }
        return holderName(p) == holder
    }

    private func described(_ indices: [Int], _ value: (Participation) -> String) -> String {
        indices.map { "\(holderName(record.participations[$0]) ?? "no one"): \(value(record.participations[$0]))" }
            .joined(separator: "; ")
    }

    private mutating func role(_ c: Correction, holder: String?) -> Result {
        let atLine = record.participations.indices.filter { record.participations[$0].line == c.line }
        let mine = atLine.filter { isHeld(record.participations[$0], by: holder) }
        let matching = mine.filter { record.participations[$0].role.rawValue == c.old }
        if c.old.isEmpty {
            // A role added: to the person the row names, during the part the line is in, as a role read there is.
            if mine.contains(where: { record.participations[$0].role.rawValue == c.new }) { return .alreadyTrue }
            guard let holder, let person = personNamed(holder) else {
                return .notThere(.new, "no person of the record is named \"\(holder ?? "")\"")
            }
            record.participations.append(Participation(personId: person.id, partId: partId(of: c.line, roles: atLine),
                                                       role: Role(rawValue: c.new)!, line: c.line))
            return .applied(subject: person.id)
        }
        guard matching.count == 1 else {
            if matching.isEmpty {
                if c.new.isEmpty || mine.contains(where: { record.participations[$0].role.rawValue == c.new }) { return .alreadyTrue }
                return atLine.isEmpty ? .notThere(.line, "no role is read from line \(c.line)")
                    : .notThere(.old, "line \(c.line) gives no\(holder.map { " \($0)" } ?? "") role \(c.old) (it gives \(described(atLine) { $0.role.rawValue }))")
            }
            return .notThere(.old, "line \(c.line) gives the role \(c.old) to \(matching.count) holders (\(described(matching) { $0.role.rawValue })); "
                             + "name one in old, as \"Name: \(c.old)\"")
        }
        let index = matching[0]
        let subject = record.participations[index].personId ?? record.participations[index].organizationId
        if c.new.isEmpty {
            remove(at: [index], by: c)
        } else {
            record.participations[index].role = Role(rawValue: c.new)!
        }
        return .applied(subject: subject)
    }

    private mutating func affiliation(_ c: Correction, holder: String?) -> Result {
        let atLine = record.participations.indices.filter { record.participations[$0].line == c.line && record.participations[$0].personId != nil }
        let mine = atLine.filter { isHeld(record.participations[$0], by: holder) }
        let matching = mine.filter { (record.participations[$0].affiliation ?? "") == c.old }
        guard !matching.isEmpty else {
            if mine.contains(where: { (record.participations[$0].affiliation ?? "") == c.new }) { return .alreadyTrue }
            return atLine.isEmpty ? .notThere(.line, "no person's role is read from line \(c.line)")
                : .notThere(.old, "line \(c.line) gives no\(holder.map { " \($0)" } ?? "") affiliation \"\(c.old)\" (it gives \(described(atLine) { $0.affiliation ?? "none" }))")
        }
        // One holder, whose several roles on the line share the affiliation printed with the name.
        let holders = Set(matching.compactMap { record.participations[$0].personId })
        guard holders.count == 1 else {
            return .notThere(.old, "line \(c.line) gives the affiliation \"\(c.old)\" to \(holders.count) persons; name one in old, as \"Name: \(c.old)\"")
        }
        for index in matching {
            record.participations[index].affiliation = c.new.isEmpty ? nil : c.new
            // The organisation identified in the old affiliation is the new one's only while the new words still name it.
            if record.participations[index].role != .organizer,
               !(record.participations[index].organizationId.flatMap(record.organization)?.isStillNamed(by: c.new, was: c.old) ?? false) {
                record.participations[index].organizationId = nil
            }
        }
        return .applied(subject: holders.first)
    }

    private mutating func organizer(_ c: Correction) -> Result {
        let atLine = record.participations.indices.filter { record.participations[$0].line == c.line && record.participations[$0].role == .organizer }
        let matching = atLine.filter { holderName(record.participations[$0]) == c.old }
        if c.old.isEmpty {
            if atLine.contains(where: { holderName(record.participations[$0]) == c.new }) { return .alreadyTrue }
            let id = organization(named: c.new, line: c.line)
            record.participations.append(Participation(organizationId: id, role: .organizer, line: c.line))
            return .applied(subject: id)
        }
        guard matching.count == 1 else {
            if matching.isEmpty {
                if c.new.isEmpty || atLine.contains(where: { holderName(record.participations[$0]) == c.new }) { return .alreadyTrue }
                return atLine.isEmpty ? .notThere(.line, "no organiser is read from line \(c.line)")
                    : .notThere(.old, "line \(c.line) gives the organiser\(atLine.count == 1 ? "" : "s") \(described(atLine) { _ in "organizer" }), not \"\(c.old)\"")
            }
            return .notThere(.old, "line \(c.line) names \(matching.count) organisers \"\(c.old)\"")
        }
        let index = matching[0]
        let participation = record.participations[index]
        if c.new.isEmpty {
            remove(at: [index], by: c)
            return .applied(subject: participation.organizationId ?? participation.personId)
        }
        // The organiser's name corrected: the organisation is renamed, and every fact that names it
        // (an affiliation, the issuer) follows; it keeps its id, so its IRIs do not move, and the
        // name the page prints stays as printed. Only a new name that is another organisation's
        // of the record gives the role to that one.
        if let old = participation.organizationId,
           !record.organizations.contains(where: { $0.id != old && $0.name == c.new }),
           let at = record.organizations.firstIndex(where: { $0.id == old }) {
            let printed = record.organizations[at].printedName ?? record.organizations[at].name
            record.organizations[at].name = c.new
            record.organizations[at].printedName = printed == c.new ? nil : printed
            record.organizations[at].authorities = []
            return .applied(subject: old)
        }
        // An organisation made for the role was printed on its line as the one it replaces.
        let id = organization(named: c.new, line: c.line, printed: c.old)
        record.participations[index].organizationId = id
        record.participations[index].personId = nil
        if let old = participation.organizationId, old != id { release(line: c.line, of: old) }
        return .applied(subject: id)
    }

    /// An organisation whose role on `line` went to another is no longer read from that line, so
    /// that the line names one organisation; one that nothing names any more goes.
    private mutating func release(line: Int, of id: String) {
        guard !record.participations.contains(where: { $0.organizationId == id && $0.line == line }),
              let at = record.organizations.firstIndex(where: { $0.id == id }) else { return }
        if record.organizations[at].lines.count > 1 {
            record.organizations[at].lines.removeAll { $0 == line }
        } else if !record.participations.contains(where: { $0.organizationId == id }) {
            record.organizations.remove(at: at)
        }
    }

    /// The id of the record's organisation of that name, made when there is none.
    private mutating func organization(named name: String, line: Int, printed: String? = nil) -> String {
        if let known = record.organizations.first(where: { $0.name == name }) { return known.id }
        let id = Ids.unique(Ids.slug(name).isEmpty ? "organization" : Ids.slug(name),
                            in: Set(record.organizations.map(\.id) + record.persons.map(\.id)))
        record.organizations.append(Organization(id: id, name: name, printedName: printed == name ? nil : printed, lines: [line]))
        return id
    }

    // MARK: - Persons

    private func personNamed(_ name: String) -> Person? {
        record.persons.first { $0.name == name } ?? record.persons.first { $0.isNamed(name) }
    }

    private mutating func person(_ c: Correction) -> Result {
        let named = record.persons.filter { $0.isNamed(c.old) }
        let candidates = named.filter { $0.lines.contains(c.line) }
        if c.old.isEmpty {
            // A person the importer missed: a participant named on the line.
            if let known = personNamed(c.new), known.lines.contains(c.line) { return .alreadyTrue }
            let id = Ids.unique(Ids.slug(c.new).isEmpty ? "person" : Ids.slug(c.new),
                                in: Set(record.persons.map(\.id) + record.organizations.map(\.id)))
            record.persons.append(Person(id: id, name: c.new, lines: [c.line]))
            record.participations.append(Participation(personId: id, role: .participant, line: c.line))
            return .applied(subject: id)
        }
        guard candidates.count == 1 else {
            if candidates.isEmpty {
                if c.new.isEmpty { return .alreadyTrue }
                if let known = personNamed(c.new), known.lines.contains(c.line) { return .alreadyTrue }
                return named.isEmpty ? .notThere(.old, "no person of the record is named \"\(c.old)\"")
                    : .notThere(.line, "\"\(c.old)\" is named on line\(named[0].lines.count == 1 ? "" : "s") "
                                + named[0].lines.map(String.init).joined(separator: ", ") + ", not line \(c.line)")
            }
            return .notThere(.old, "\(candidates.count) persons named \"\(c.old)\" are named on line \(c.line)")
        }
        let id = candidates[0].id
        if c.new.isEmpty {
            // Not a person: its roles go, and the words it was said to speak have no speaker.
            let person = candidates[0], printed = person.printedName ?? person.name
            record.persons.removeAll { $0.id == id }
            remove(at: record.participations.indices.filter { record.participations[$0].personId == id }, by: c,
                   holderName: printed)
            // A role an earlier correction removed loses its holder too, as the roles removed here do:
            // every format then names the holder as printed, none by an id the record no longer has.
            for i in record.removedRoles.indices where record.removedRoles[i].participation.personId == id {
                record.removedRoles[i].participation.personId = nil
                record.removedRoles[i].holderName = printed
            }
            // What was corrected of the person before is about no one now.
            for i in record.corrections.indices where record.corrections[i].subject == id && Correction.personSubjects.contains(record.corrections[i].fact) {
                record.corrections[i].subject = nil
            }
            for i in record.statements.indices where record.statements[i].speakerId == id {
                record.statements[i].speakerId = nil
                record.statements[i].reportedSpeech = false
            }
            return .applied(subject: nil)
        }
        if let other = record.persons.first(where: { $0.id != id && $0.name == c.new }) {
            // The importer made two persons of one: they become one, and what the page printed
            // of the one absorbed stays, as a variant.
            record = record.mergingPerson(id, into: other.id)
            return .applied(subject: other.id)
        }
        let at = record.persons.firstIndex { $0.id == id }!
        // The correction gives the person its name; the page still prints what it printed, and the
        // name as printed, its parts and the variants stay as printed ("old" may be a variant: the
        // person so printed is named "new").
        var person = record.persons[at]
        if person.name == c.new { return .alreadyTrue }
        let printed = person.printedName ?? person.name
        person.name = c.new
        person.printedName = printed == c.new ? nil : printed
        person.authorities = []
        record.persons[at] = person
        return .applied(subject: id)
    }

    private mutating func notAParticipant(_ c: Correction) -> Result {
        let named = record.persons.filter { $0.isNamed(c.old) }
        let candidates = named.filter { $0.lines.contains(c.line) }
        guard candidates.count == 1 else {
            if candidates.isEmpty {
                return named.isEmpty ? .notThere(.old, "no person of the record is named \"\(c.old)\"")
                    : .notThere(.line, "\"\(c.old)\" is not named on line \(c.line)")
            }
            return .notThere(.old, "\(candidates.count) persons named \"\(c.old)\" are named on line \(c.line)")
        }
        let id = candidates[0].id
        guard record.participations.contains(where: { $0.personId == id }) else { return .alreadyTrue }
        // Named by the text, but held no role at the event: the person stays, the roles go.
        remove(at: record.participations.indices.filter { record.participations[$0].personId == id }, by: c)
        return .applied(subject: id)
    }

    // MARK: - Statements

    private mutating func statementSpeaker(_ c: Correction) -> Result {
        guard let index = record.statements.firstIndex(where: { $0.span.first <= c.line && c.line <= max($0.span.first, $0.span.last) }) else {
            return .notThere(.line, "no statement is read from line \(c.line)")
        }
        let current = record.statements[index].speakerId.flatMap { record.person($0)?.name } ?? ""
        if current == c.new { return .alreadyTrue }
        guard current == c.old else {
            return .notThere(.old, current.isEmpty ? "the statement of line \(c.line) has no speaker"
                             : "the statement of line \(c.line) is \(current)'s, not \(c.old.isEmpty ? "no one's" : c.old + "'s")")
        }
        if c.new.isEmpty {
            record.statements[index].speakerId = nil
            record.statements[index].reportedSpeech = false
        } else {
            guard let person = personNamed(c.new) else {
                return .notThere(.new, "no person of the record is named \"\(c.new)\"")
            }
            record.statements[index].speakerId = person.id
            record.statements[index].reportedSpeech = true
        }
        return .applied(subject: record.statements[index].id)
    }
}
