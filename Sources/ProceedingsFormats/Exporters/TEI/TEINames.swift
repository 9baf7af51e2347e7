/// Names and dates in the running text of a paragraph or point (Guidelines 13, *Names, Dates,
/// People, and Places*): the printed words that name a person, an organisation or the place of
/// the record, and the dates the text prints. Only what is certain is marked: a printed form of the
/// record's own person or organisation (its name, its name as printed, the variants the reader
/// found; an organisation's name in full and its abbreviation, and in its other spelling), the
/// venue's words as printed, and a date that prints its year, or a day without it in an event of
/// one year. A person's family name alone ("Mr. Berg") is a form only in a statement on the lines
/// the reader found the person on; a form that two of them share is no one's. Matches are whole
/// words, the longest first, with a title printed before a person's name ("Dr."); none overlaps
/// another, and an organisation's name that a longer capitalised name begins with is not marked.
struct TEINames {
    enum Kind: Hashable {
        /// The local id of the person, organisation or listed place.
        case person(String), organization(String), place(String)
        /// ISO 8601 dates, one day (or month) in `when`, a range in `from` and `to`.
        case date(when: String?, from: String?, to: String?)
        /// A date printed without its year, which is the event's (`TEINames.eventYear`).
        case dateInEventYear(when: String?, from: String?, to: String?)
        /// Such a date that would fall after the event's last day and the page's own date in the event's
        /// year: the summary may report it as past, in another year ("the September 11 attacks" in a
        /// January meeting's summary), or as to come; a date whose year the text does not give.
        case dateOfUnknownYear
        /// A body the record does not list, told by its name's shape (`TEIProseNames`): the converter's reading.
        case body
        /// A country the record does not list, by the lexicon's list of countries.
        case country
        /// A region or a capital the record does not list, by the vocabulary's lists (`NameVocabulary.regions`, `.capitals`).
        case region, settlement
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
    /// The year of the event, when it begins and ends in one: the year of a day the text prints without one.
    let eventYear: Int?
    /// The later of the event's last day and the page's own date (ISO 8601): a day printed without its
    /// year that would fall after it in the event's year is no day of that year the summary can report
    /// as past ("the September 11 attacks" in the summary of a January meeting), while one up to it is
    /// (the event's second day, the day of a press release written after the event).
    let lastKnownDay: String?

    /// The forms of the record's persons (`personNames` gives the forms that print a person whole),
    /// its organisations, the units of them that affiliations print, and its venue.
    init(record: Record, personNames: (Person) -> [String], venueId: String, units: [Form] = []) {
        self.units = units
        let years = Set([record.event.startDate, record.event.endDate].compactMap { $0.flatMap { Int($0.prefix(4)) } })
        eventYear = years.count == 1 ? years.first : nil
        let eventEnd = record.event.endDate ?? record.event.startDate
        lastKnownDay = [eventEnd, record.document.issued].compactMap { $0 }.filter { $0.count == 10 }.max() ?? eventEnd
        var candidates: [(words: String, kind: Kind, lines: Set<Int>)] = []
        for person in record.persons {
            for name in personNames(person) { candidates.append((name, .person(person.id), [])) }
            if let family = person.familyName, !person.lines.isEmpty {
                for form in Self.withMixedCase([family]) { candidates.append((form, .person(person.id), Set(person.lines))) }
            }
        }
        let organizationNames = record.organizations.map { organization in
            var names = [organization.name] + [organization.printedName].compactMap { $0 }
            if let (full, abbreviation) = OrganizationName.abbreviated(organization.name) { names += [full, abbreviation] }
            return (id: organization.id, names: names)
        }
        for (id, names) in organizationNames {
            for name in names { candidates.append((name, .organization(id), [])) }
        }
        let event = record.event
        // The listed place, which a correction that removed the venue no longer lists.
        for venue in [event.venue, record.asPrinted(.venue, event.venue)].compactMap({ $0 }) where event.venue != nil && !event.isOnline {
            candidates.append((venue, .place(venueId), []))
        }
        // A name in its other spelling, which never takes a form the record prints.
        let printed = Set(candidates.map(\.words))
        for (id, names) in organizationNames {
            for name in names where name.contains(" ") {
                if let other = OrganizationName.otherSpelling(of: name), !printed.contains(other) { candidates.append((other, .organization(id), [])) }
            }
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

    /// The names, each followed by its form in mixed case where it prints a word in capitals: a
    /// summary that lists "Ms. KAMIKAWA Yoko" names her "Minister Kamikawa" in its running text.
    static func withMixedCase(_ names: [String]) -> [String] {
        names.flatMap { name -> [String] in
            let words = name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                let letters = word.filter(\.isLetter)
                // "II" after a name is its number, not a word in capitals.
                guard letters.count > 1, letters.allSatisfy(\.isUppercase), !word.contains("."),
                      !letters.allSatisfy({ "IVX".contains($0) }) else { return String(word) }
                return word.prefix(1) + word.dropFirst().lowercased()
            }.joined(separator: " ")
            return words == name ? [name] : [name, words]
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
    static func mentions(in text: String, forms: [Form], eventYear: Int? = nil, lastKnownDay: String? = nil) -> [Mention] {
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
        found += dates(in: text, eventYear: eventYear, lastKnownDay: lastKnownDay).map { ($0.range, $0.kind) }
        var kept: [(range: Range<Int>, kind: Kind?)] = []
        for mention in found.sorted(by: { ($1.range.count, $0.range.lowerBound) < ($0.range.count, $1.range.lowerBound) })
        where !kept.contains(where: { $0.range.overlaps(mention.range) }) {
            kept.append(mention)
        }
        // An organisation's name of more than one word that a capitalised word continues, which
        // no other mention begins, is the start of a longer name ("the United Nations Industrial
        // Council"): it is not marked.
        let starts = Set(kept.filter { $0.kind != nil }.map(\.range.lowerBound))
        kept.removeAll { mention in
            guard case .organization = mention.kind, characters[mention.range].contains(" ") else { return false }
            let next = mention.range.upperBound + 1
            return next < characters.count && characters[next - 1] == " " && characters[next].isUppercase
                && !starts.contains(next)
        }
        // The words no name of the record covers may name a body or a country it does not list.
        let unlisted = TEIProseNames.standard.mentions(in: characters, outside: kept.map(\.range))
        return (kept.compactMap { found in found.kind.map { Mention(range: found.range, kind: $0) } } + unlisted)
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Dates printed with their year ("12 May 2021", "20-21 October 2010", "December 2001"), and,
    /// given the event's year, a day printed without one ("On February 25", "February 23 and 24"),
    /// which is a day of that year, unless it would fall after the last day the summary knows of
    /// (`lastKnownDay`): its year is then unknown, as it is for any such date without the event's year.
    static func dates(in text: String, eventYear: Int? = nil, lastKnownDay: String? = nil) -> [Mention] {
        Dates.all(in: text).compactMap { printed in
            var date = printed
            let supplied = date.year == nil
            if supplied {
                guard let eventYear, date.day != nil else { return nil }
                date.year = eventYear
                if date.lastDay == nil, let last = lastDay(after: date, in: text) { (date.lastDay, date.range) = last }
            }
            guard let iso = date.iso else { return nil }
            let after = supplied && lastKnownDay.map { iso.prefix($0.count) > $0.prefix(iso.count) } == true
            let (when, from, to): (String?, String?, String?)
            if date.lastDay != nil {
                guard let last = date.lastIso else { return nil }
                (when, from, to) = (nil, iso, last)
            } else {
                (when, from, to) = (iso, nil, nil)
            }
            let start = text.distance(from: text.startIndex, to: date.range.lowerBound)
            return Mention(range: start..<(start + text.distance(from: date.range.lowerBound, to: date.range.upperBound)),
                           kind: after ? .dateOfUnknownYear
                                : supplied ? .dateInEventYear(when: when, from: from, to: to) : .date(when: when, from: from, to: to))
        }
    }

    nonisolated(unsafe) private static let andSecondDay = /\s+and\s+(\d{1,2})\b/

    /// "February 23 and 24": the later day of the month that " and " joins to a day printed
    /// without its year, with the range of both.
    private static func lastDay(after date: PrintedDate, in text: String) -> (Int, Range<String.Index>)? {
        guard let day = date.day, let match = text[date.range.upperBound...].prefixMatch(of: Self.andSecondDay),
              let last = Int(match.output.1), last > day, last <= 31 else { return nil }
        return (last, date.range.lowerBound..<match.range.upperBound)
    }
}

extension TEINames.Kind {
    var isPerson: Bool { if case .person = self { true } else { false } }
}
