/// Names and dates in the running text of a paragraph or point (Guidelines 13, *Names, Dates,
/// People, and Places*): the printed words that name a person, an organisation or the place of
/// the record, and the dates the text prints. Only what is certain is marked: a printed form of the
/// record's own person or organisation (its name, its name as printed, the variants the reader
/// found; an organisation's name in full and its abbreviation), the venue's words as printed, and a
/// date that prints its year. A person's family name alone ("Mr. Berg") is a form only in a
/// statement on the lines the reader found the person on; a form that two of them share is no
/// one's. Matches are whole words, the longest first, with a title printed before a person's name
/// ("Dr."); none overlaps another.
struct TEINames {
    enum Kind: Hashable {
        /// The local id of the person, organisation or listed place.
        case person(String), organization(String), place(String)
        /// ISO 8601 dates, one day (or month) in `when`, a range in `from` and `to`.
        case date(when: String?, from: String?, to: String?)
    }

    struct Form {
        let words: [Character]
        /// nil: a form two of them share, which is marked as no one's but keeps a shorter form
        /// out of its words ("A. Ruiz" of two Ruizes is not "Ruiz" of one).
        let kind: Kind?
        /// The only source lines the form may be marked on (a family name alone: the person's); empty: any line.
        let lines: Set<Int>
    }

    struct Mention: Equatable {
        /// Characters of the searched text.
        let range: Range<Int>
        let kind: Kind
    }

    let forms: [Form]
    /// Names of units of organisations, each on the lines whose affiliations print it, where it is
    /// the unit's rather than that of anything else of its name ("International Cooperation Bureau"
    /// of an academy, on the line of the person who directs it).
    let units: [Form]

    /// The forms of the record's persons (`personNames` gives the forms that print a person whole),
    /// its organisations, the units of them that affiliations print, and its venue.
    init(record: Record, personNames: (Person) -> [String], venueId: String, units: [Form] = []) {
        self.units = units
        var candidates: [(words: String, kind: Kind, lines: Set<Int>)] = []
        for person in record.persons {
            for name in personNames(person) { candidates.append((name, .person(person.id), [])) }
            if let family = person.familyName, !person.lines.isEmpty {
                candidates.append((family, .person(person.id), Set(person.lines)))
            }
        }
        for organization in record.organizations {
            var names = [organization.name] + [organization.printedName].compactMap { $0 }
            if let (full, abbreviation) = TEI.abbreviated(organization.name) { names += [full, abbreviation] }
            for name in names { candidates.append((name, .organization(organization.id), [])) }
        }
        let event = record.event
        // The listed place, which a correction that removed the venue no longer lists.
        for venue in [event.venue, record.asPrinted(.venue, event.venue)].compactMap({ $0 }) where event.venue != nil && !event.isOnline {
            candidates.append((venue, .place(venueId), []))
        }
        // A form two different things print is neither's.
        var kinds: [String: Kind?] = [:]
        for candidate in candidates where candidate.words.count > 1 {
            if let known = kinds[candidate.words], known != candidate.kind { kinds[candidate.words] = .some(nil) } else {
                kinds[candidate.words] = candidate.kind
            }
        }
        struct Seen: Hashable { let words: String, kind: Kind? }
        var seen: Set<Seen> = []
        forms = candidates.compactMap { candidate in
            guard let kind = kinds[candidate.words], seen.insert(Seen(words: candidate.words, kind: kind)).inserted else { return nil }
            return Form(words: Array(candidate.words), kind: kind, lines: kind == nil ? [] : candidate.lines)
        }
    }

    /// The forms that may be marked in a statement printed on `span`'s lines.
    func forms(on span: SourceSpan) -> [Form] {
        let lines = span.first...max(span.first, span.last)
        let units = units.filter { $0.lines.contains(where: lines.contains) }
        return units + forms.filter { form in
            (form.lines.isEmpty || form.lines.contains(where: lines.contains)) && !units.contains { $0.words == form.words }
        }
    }

    /// Every mention in `text` of one of `forms`, and every date it prints with its year, in the
    /// order of the text.
    static func mentions(in text: String, forms: [Form]) -> [Mention] {
        let characters = Array(text)
        var found: [(range: Range<Int>, kind: Kind?)] = []
        for form in forms {
            var start = 0
            while start + form.words.count <= characters.count {
                let end = start + form.words.count
                if characters[start] == form.words[0], characters[start..<end].elementsEqual(form.words),
                   start == 0 || !TEISpeech.isWordCharacter(characters[start - 1]),
                   end == characters.count || !TEISpeech.isWordCharacter(characters[end]) {
                    let range = start..<end
                    found.append((form.kind?.isPerson == true ? TEISpeech.withTitle(range, in: characters) : range, form.kind))
                    start = end
                } else {
                    start += 1
                }
            }
        }
        found += dates(in: text).map { ($0.range, $0.kind) }
        var kept: [(range: Range<Int>, kind: Kind?)] = []
        for mention in found.sorted(by: { ($1.range.count, $0.range.lowerBound) < ($0.range.count, $1.range.lowerBound) })
        where !kept.contains(where: { $0.range.overlaps(mention.range) }) {
            kept.append(mention)
        }
        return kept.compactMap { found in found.kind.map { Mention(range: found.range, kind: $0) } }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Dates printed with their year ("12 May 2021", "20-21 October 2010", "December 2001"); a
    /// date without one is not marked, since the year would be a guess.
    static func dates(in text: String) -> [Mention] {
        Dates.all(in: text).compactMap { date in
            guard let iso = date.iso else { return nil }
            let kind: Kind
            if date.lastDay != nil {
                guard let last = date.lastIso else { return nil }
                kind = .date(when: nil, from: iso, to: last)
            } else {
                kind = .date(when: iso, from: nil, to: nil)
            }
            let start = text.distance(from: text.startIndex, to: date.range.lowerBound)
            return Mention(range: start..<(start + text.distance(from: date.range.lowerBound, to: date.range.upperBound)), kind: kind)
        }
    }
}

extension TEINames.Kind {
    var isPerson: Bool { if case .person = self { true } else { false } }
}
