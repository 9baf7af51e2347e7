extension Record {
    /// The facts read from one line whose printed words an earlier release's linked data
    /// (`proceedings:venue`, `proceedings:documentType`) and CSV (`venue`, `document_type`) gave in
    /// place of a correction of them; an importer that finds them there replays the corrections on
    /// them. (This release gives the value in force there and the printed words beside it, from
    /// which the replay gives the same value.)
    static let printedReadings: [FactKind] = [.venue, .documentType]

    /// What the page prints of a fact a correction changed: the value the first correction of it
    /// found, which was the importer's reading of the page (empty when the page printed none and
    /// a correction added the value); nil when nothing corrected it.
    public func printedValue(_ fact: FactKind) -> String? {
        corrections.first { $0.fact == fact }?.old
    }

    /// The words of a fact as printed: the page's, where a correction changed the value, else the value.
    func asPrinted(_ fact: FactKind, _ value: String?) -> String? {
        guard let printed = printedValue(fact) else { return value }
        return printed.isEmpty ? nil : printed
    }

    /// What the page prints of the affiliation of the record's participation at `index`: the value
    /// the first correction of it found (nil when the page printed none and a correction added
    /// one), else the affiliation. The corrections of it are those the TEI's `changedElements`
    /// finds: of an affiliation, on the role's line, of the role's holder.
    func printedAffiliation(ofParticipation index: Int) -> String? {
        let p = participations[index]
        guard let first = corrections.first(where: { $0.fact == .affiliation && $0.concerns(p) }) else { return p.affiliation }
        return first.old.isEmpty ? nil : first.old
    }

    /// Whether the role at `index` has an affiliation to describe: one it names, or one the page
    /// printed that a correction removed, whose printed words stay (as a removed venue's do).
    func namesAffiliation(ofParticipation index: Int) -> Bool {
        let p = participations[index]
        return p.namesAffiliation || (p.personId != nil && printedAffiliation(ofParticipation: index) != nil)
    }

    /// The value the record's corrections of `fact` give it, replayed from the printed words as the
    /// corrections were applied: each changes the value it found (`old`) into its `new`, whatever
    /// order a format lists them in.
    func corrected(_ fact: FactKind, printed: String?) -> String? {
        var pending = corrections.filter { $0.fact == fact }
        var value = printed ?? ""
        while let next = pending.firstIndex(where: { $0.old == value }) {
            value = pending.remove(at: next).new
        }
        return value.isEmpty ? nil : value
    }

    /// The record as a format that keeps printed words (`printedReadings`, or the TEI's issue
    /// date, which its source description gives as printed) reads it: those facts were read as
    /// printed, and take again the value the record's corrections gave them.
    func withCorrectedReadings(_ facts: [FactKind] = printedReadings) -> Record {
        var record = self
        for fact in facts where corrections.contains(where: { $0.fact == fact }) {
            switch fact {
            case .venue: record.event.venue = corrected(.venue, printed: event.venue)
            case .documentType: record.document.documentType = corrected(.documentType, printed: document.documentType)
            case .issued: record.document.issued = corrected(.issued, printed: document.issued)
            default: break
            }
        }
        return record
    }
}
