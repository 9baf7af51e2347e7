import Foundation

/// Assembly: participations, statements and organisations as the walk finds them, and the record at the end.
extension PlainTextReader {
    @discardableResult
    mutating func participate(_ personId: String, role: Role, printed: String?, cue: String, affiliation: String?,
                                      line: Int, fromEvidence: Bool = true, ofTheEvent: Bool = false) -> Int? {
        // `ofTheEvent`: a role held at the whole event, whatever part the text is in ("who also made closing remarks").
        let partId = ofTheEvent ? nil : currentPart.map { parts[$0].id }
        let affiliation = affiliation.map { known(affiliation: $0, of: personId) }
        // One role per person and part: the model keeps the first role the text gives with evidence.
        func rank(_ role: Role) -> Int { role == .participant ? 0 : role == .speaker ? 1 : 2 }
        // "Ms X welcomed participants ... Ms X closed the conference": the words that open or close the event are a role of their
        // own beside a talk the person gave there; who presides or organised opens and closes as such.
        if fromEvidence, [.openingSpeaker, .closingSpeaker].contains(role), ["role.closing.verb", "role.opening.verb", "role.closing.by"].contains(cue),
           printed.map({ $0.lowercased().letterRuns.contains { lexicon.eventNouns.contains(String($0)) } }) == true,
           let existing = participations.firstIndex(where: { $0.personId == personId && $0.partId == partId }),
           [.openingSpeaker, .closingSpeaker, .keynoteSpeaker, .leadOffSpeaker, .presenter, .panelist, .respondent, .commentator]
            .contains(participations[existing].role), !participations.contains(where: { $0.personId == personId && $0.partId == partId && $0.role == role }) {
            participations.append(Participation(personId: personId, organizationId: participations[existing].organizationId, partId: partId,
                                                role: role, roleAsPrinted: printed, affiliation: participations[existing].affiliation, line: line))
            explanations.append(Explanation(line: line, fact: role.rawValue, value: personId, cue: cue, printed: printed, part: partId, person: true))
            return participations.count - 1
        }
        if let existing = participations.firstIndex(where: { $0.personId == personId && $0.partId == partId }) {
            // Evidence in the text corrects a role that was only inherited from a singular label, and
            // names the role of someone known so far only as present ("Dr. Berg delivered a keynote speech").
            // A speaker is more than someone present: "Mr. X attended ... the guest speech by X".
            // A speaker who "presented" findings is the same fact said twice: the first stays.
            // A minister who "hosted" the round table and gave its opening address opened it: the host's part in the programme.
            let unspecific = rank(participations[existing].role) < rank(role) && !(participations[existing].role == .speaker && role == .presenter)
                || participations[existing].role == .organizer && role == .openingSpeaker
                // "Rapporteur: Ms X" over an item, then "Speakers: Ms X, ...": the label names the member who holds the file; what
                // she did at the meeting is what the list says.
                || isMinutes && participations[existing].role == .rapporteur && participations[existing].roleAsPrinted?.lowercased() == "rapporteur"
                    && [.speaker, .presenter].contains(role)
            if tentative.contains(existing) || unspecific, fromEvidence {
                if role != participations[existing].role {
                    participations[existing].role = role
                    participations[existing].roleAsPrinted = printed
                    explanations.append(Explanation(line: line, fact: role.rawValue, value: personId, cue: cue, printed: printed,
                                                    part: partId, person: true))
                } else if participations[existing].roleAsPrinted == nil {
                    // A role taken from the layout alone, which the text now says in words of its own.
                    participations[existing].roleAsPrinted = printed
                }
                tentative.remove(existing)
            }
            if participations[existing].affiliation == nil, let affiliation {
                participations[existing].affiliation = affiliation
                participations[existing].organizationId = organization(in: affiliation, line: line)
            }
            return nil
        }
        participations.append(Participation(personId: personId,
                                            organizationId: affiliation.flatMap { organization(in: $0, line: line) },
                                            partId: partId, role: role, roleAsPrinted: printed,
                                            affiliation: affiliation, line: line))
        explanations.append(Explanation(line: line, fact: role.rawValue, value: personId, cue: cue, printed: printed,
                                        part: partId, person: true))
        return participations.count - 1
    }

    /// A role learnt after the fact ("... featured A and B. The panelists agreed ..."): the participation
    /// and the explanation of its role both change.
    mutating func settle(_ personId: String, in partId: String?, as role: Role, cue: String) {
        // Looked up when settled: participations read in between may have been withdrawn ("was unable to attend").
        guard let index = participations.firstIndex(where: { $0.personId == personId && $0.partId == partId }) else { return }
        let old = participations[index]
        guard old.role != role else { return }
        participations[index].role = role
        participations[index].roleAsPrinted = nil
        if let explained = explanations.lastIndex(where: { $0.person && $0.value == old.personId && $0.part == old.partId && $0.fact == old.role.rawValue }) {
            explanations[explained].fact = role.rawValue
            explanations[explained].cue = cue
        }
    }

    /// "Minister for Foreign Affairs" on a page that names the Ministry of Foreign Affairs: a minister's
    /// affiliation that prints no body is with the ministry of the portfolio, where the page lists it;
    /// "commissioner" alone, on a page that names one commission, is of that commission.
    mutating func linkBodiesOfPositions() {
        let bodies = AffiliationBodies(titleWords: lexicon.titleWords, countries: lexicon.countries)
        for index in participations.indices where participations[index].personId != nil && participations[index].organizationId == nil {
            guard let text = participations[index].affiliation else { continue }
            let held = PrintedPositions.split(text).filter { !$0.former }
            var body: Organization?
            if let portfolio = held.lazy.compactMap({ bodies.portfolio($0.text) }).first {
                body = registry.organizations.first { bodies.isMinistry($0.name, of: portfolio) }
            } else if held.count == 1, let noun = bodies.bodyNoun(ofMember: held[0].text) {
                let named = registry.organizations.filter { $0.name.split(separator: " ").contains { $0.lowercased() == noun } }
                body = named.count == 1 ? named[0] : nil
            }
            guard let body else { continue }
            participations[index].organizationId = registry.organization(body.name, line: participations[index].line)
        }
    }

    /// "Speakers" / "Hiroyuki Okamura" / "Minister, Embassy of Japan", then "Panelists: Hiroyuki Okamura, ...": a part that
    /// names someone the page described once, and only so, describes them so in the part too.
    mutating func describeInParts() {
        var described: [String: Set<String>] = [:]
        for participation in participations {
            if let id = participation.personId, let affiliation = participation.affiliation { described[id, default: []].insert(affiliation) }
        }
        for index in participations.indices where participations[index].partId != nil && participations[index].affiliation == nil {
            guard let id = participations[index].personId, let only = described[id], only.count == 1, let affiliation = only.first else { continue }
            participations[index].affiliation = affiliation
            participations[index].organizationId = participations.first { $0.personId == id && $0.affiliation == affiliation }?.organizationId
        }
    }

    /// "Co-Chair" in "Co-Chair Ogata summarized ...": the position alone of an affiliation the person
    /// was introduced with ("Co-Chair, Commission on Human Security") is that affiliation again.
    func known(affiliation: String, of personId: String) -> String {
        participations.first { participation in
            guard participation.personId == personId, participation.organizationId != nil, let known = participation.affiliation else { return false }
            return [", ", " of the ", " of "].contains { known.hasPrefix(affiliation + $0) }
        }?.affiliation ?? affiliation
    }

    /// The organisation an affiliation names: "Professor, Chuo University" → "Chuo University". Every
    /// position's body becomes an organisation of the record (`AffiliationBodies`); the one the
    /// affiliation names is that of the first position held now that prints one, else the first.
    mutating func organization(in affiliation: String, line: Int) -> String? {
        let bodies = AffiliationBodies(titleWords: lexicon.titleWords, countries: lexicon.countries)
        var chosen: (id: String, current: Bool)?
        for position in PrintedPositions.split(affiliation) {
            guard let name = bodies.body(in: position.text, institution: institution) else { continue }
            let id = registry.organization(name, line: line)
            if chosen == nil || chosen?.current == false && !position.former { chosen = (id, !position.former) }
        }
        return chosen?.id
    }

    /// A part of an affiliation that prints an institution's word, as the body's name: "President of
    /// the Board of ... of the Inter-American Institute of X" → the innermost phrase naming one.
    func institution(_ segment: String) -> String? {
        guard Patterns.namesInstitution(segment) else { return nil }
        var candidate = segment
        let pieces = segment.components(separatedBy: " of the ")
        if pieces.count > 1, let index = pieces.indices.last(where: { Patterns.namesInstitution(pieces[$0]) && pieces[$0].first!.isUppercase }) {
            candidate = pieces[index...].joined(separator: " of the ")
        }
        if candidate.hasPrefix("the ") { candidate.removeFirst(4) }
        let words = candidate.words
        guard let first = words.first?.first, first.isUppercase, words.count <= 12,
              !lexicon.titleWords.contains(String(words[0]).lowercased()) else { return nil }
        return candidate
    }

    @discardableResult
    mutating func appendStatement(text: String, kind: StatementKind, form: BlockForm, level: Int = 0,
                                          speakerId: String?, span: SourceSpan) -> Int {
        let ordinal = statements.count + 1
        if form == .paragraph { listIndents.removeAll() }
        // "(1) Sadako Ogata ... made a lead-off presentation.", "1. (1) reviewing ...": the numbers as the page prints them.
        let enumerator = LineShape(lines[span.first - 1]).printedNumbers
        statements.append(Statement(id: "st-\(ordinal)", partId: currentPart.map { parts[$0].id },
                                    sectionId: currentSection.map { sections[$0].id }, speakerId: speakerId,
                                    kind: kind, form: form, level: level, ordinal: ordinal, text: text,
                                    reportedSpeech: speakerId != nil, span: span, enumerator: enumerator))
        for line in span.first...span.last where categories[line] != .unclassified {
            categories[line] = kind == .narrative ? .narrative : .statement
        }
        return statements.count - 1
    }

    mutating func unclassified(_ line: Int) {
        categories[line] = .unclassified
        let text = lines[line - 1].text
        findings.append(Finding(file: fileName, line: line, column: lines[line - 1].indent + 1, severity: .warning,
                                rule: .unclassifiedLine, message: "line not understood, kept as narrative: \"\(text)\""))
    }

    func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        // "... and by Prof." / "NGUYEN Duc Thanh, Rector ...": a title's abbreviation runs on into the name.
        if last == ".", let word = text.words.last, Tokenizer.abbreviations.contains(word.lowercased()) { return false }
        return ".!?:;\"”)".contains(last)
    }

    func firstYear(headerEnd: Int, title: SourceSpan) -> (year: Int, line: Int?)? {
        for line in lines {
            if let date = Dates.all(in: line.text).first(where: { $0.year != nil }), let year = date.year { return (year, nil) }
        }
        // "... first half of 2015, published on Friday": a page whose date is in another language still
        // prints its year above the text.
        // "Regional Forum on the 2030 Agenda": a year in the title names a programme, not the page's date.
        for line in lines.prefix(max(headerEnd, 3)) where !(title.first...title.last).contains(line.number) {
            for word in line.text.split(whereSeparator: { !$0.isNumber }) where word.count == 4 {
                if let year = Int(word), (1900...2100).contains(year) { return (year, line.number) }
            }
        }
        return nil
    }

    /// "Dialogue on ... at the Latvian Foreign Ministry": a title may end with the building it was held in.
    /// Only a body or a building counts: "Europe at the Crossroads" is no place.
    static func venue(inTitle title: String) -> String? {
        // "Round table in Tallinn: experts map ...": a headline that opens with the meeting and its town.
        if let town = title.prefixMatch(of: meetingInTown) { return String(town.output.1) }
        guard let at = title.range(of: " at ", options: .backwards) else { return nil }
        var place = String(title[at.upperBound...])
        if place.hasPrefix("the ") { place.removeFirst(4) }
        // The place ends with the word of a building or of the body that houses it: "... Ministry", "... Hall".
        let buildings: Set<String> = ["Hall", "Hotel", "Headquarters", "House", "Palace", "Auditorium", "Campus", "Centre", "Center",
                                      "Ministry", "Embassy", "University", "Institute", "Library", "Museum", "Parliament"]
        guard PlainTextReader.isOrganizationShape(place), let last = place.words.last, buildings.contains(String(last))
        else { return nil }
        return place
    }

    nonisolated(unsafe) static let meetingInTown =
        /(?i:round ?table|conference|workshop|seminar|symposium|forum|meeting|dialogue|summit|colloquium|consultation)\s+in\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?=\s*[:–—|]|$)/

    /// A day on or up to two months before the page's date, or in the month the page gives alone.
    static func precedesPage(_ date: PrintedDate, _ page: PrintedDate?) -> Bool {
        // Without the page's date, a day in the text may be any day it recalls ("Since the earthquake of 11 March 2011").
        guard let year = date.year, date.day != nil, let page, let pageYear = page.year else { return false }
        let day = date.day!
        let ordinal = year * 372 + date.month * 31 + day
        let pageOrdinal = pageYear * 372 + page.month * 31 + (page.day ?? 31)
        return ordinal <= pageOrdinal && pageOrdinal - ordinal <= 62 && (page.day == nil || ordinal < pageOrdinal)
    }

    /// The day a date printed in numbers alone names, read day first or month first: the reading that falls on
    /// the event's first day or within two months after it, when only one does.
    static func pageDay(_ printed: String, onOrAfter first: String) -> String? {
        let numbers = printed.split(whereSeparator: { "/.-".contains($0) }).compactMap { Int($0) }
        let start = first.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard numbers.count == 3, start.count == 3 else { return nil }
        func ordinal(_ year: Int, _ month: Int, _ day: Int) -> Int { year * 372 + month * 31 + day }
        let from = ordinal(start[0], start[1], start[2])
        let readings = Set([(numbers[0], numbers[1]), (numbers[1], numbers[0])].filter { day, month in
            (1...12).contains(month) && (1...31).contains(day) && (0...62).contains(ordinal(numbers[2], month, day) - from)
        }.map { day, month in [numbers[2], month, day] })
        guard readings.count == 1, let day = readings.first else { return nil }
        return String(format: "%04d-%02d-%02d", day[0], day[1], day[2])
    }

    mutating func explain(_ fact: String, _ value: String, line: Int, cue: String, printed: String? = nil) {
        explanations.append(Explanation(line: line, fact: fact, value: value, cue: cue, printed: printed))
    }

    mutating func explainHeader(_ header: Header, title: String, start: PrintedDate?) {
        explain("title", title, line: header.titleSpan.first, cue: header.titleInProse ? "title.from-text" : "title.line")
        if let subtitle = header.subtitle, let line = header.subtitleLines.first { explain("subtitle", subtitle, line: line, cue: "subtitle.line") }
        if let type = header.documentType, let line = header.documentTypeLine {
            explain("document-type", type, line: line, cue: header.documentTypeCue)
        }
        if !header.datelineIsEvent, let issued = header.dateline?.iso, let line = header.datelineLine {
            explain("issued", issued, line: line, cue: "date.page")
        }
        if let start, let iso = start.iso {
            let line = eventDate?.line ?? header.datelineLine ?? header.titleSpan.first
            let cue = eventDate?.cue ?? (header.datelineIsEvent ? "date.dateline-range" : "date.page")
            explain("start-date", iso, line: line, cue: cue)
            if let last = start.lastIso { explain("end-date", last, line: line, cue: cue) }
        }
        if let venue {
            explain("venue", venue.text, line: venue.line, cue: venue.cue)
        } else if let place = header.place {
            explain("venue", place, line: header.placeLines.first ?? header.datelineLine ?? header.titleSpan.first, cue: "venue.dateline")
        }
    }

    /// The explanations in line order, persons by the name the record gives them.
    func resolvedExplanations() -> [Explanation] {
        let names = Dictionary(uniqueKeysWithValues: registry.persons.map { ($0.id, $0.name) })
        return explanations.map { explanation in
            var resolved = explanation
            if explanation.person { resolved.value = names[explanation.value] ?? explanation.value }
            return resolved
        }.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    func accounts() -> [LineAccount] {
        lines.map { line in
            LineAccount(line: line.number, text: line.text,
                        category: line.isBlank ? .blank : categories[line.number] ?? .unclassified)
        }
    }

    /// "This report summarizes the discussions ...", "This Chair's Summary reflects ...": a page that prints its type
    /// nowhere else names it in the sentence that says what the page does.
    func documentTypeInText(after header: Header) -> (type: String, line: Int)? {
        let verbs: Set<String> = ["summarizes", "summarises", "reflects", "presents", "contains", "provides", "records", "captures",
                                  "highlights", "outlines", "reports", "gives", "sets", "was", "is", "has", "offers", "describes"]
        for line in lines.dropFirst(header.lastHeaderLine).prefix(60) where !line.isBlank && categories[line.number] != .residue {
            for sentence in Tokenizer.sentences(line.text, honorifics: lexicon.honorifics).prefix(2) {
                let words = sentence.split(separator: " ").map(String.init)
                guard words.count >= 3, ["this", "the present"].contains(words[0].lowercased()) || words.prefix(2).joined(separator: " ").lowercased() == "the present"
                else { continue }
                let start = words[0].lowercased() == "this" ? 1 : 2
                for end in stride(from: min(start + 4, words.count - 1), to: start, by: -1) where verbs.contains(words[end].lowercased()) {
                    if let type = DocumentTypes.line(words[start..<end].joined(separator: " "), lexicon), type.wordCount >= 1,
                       !["programme", "program", "agenda", "statement"].contains(type.lowercased()) {
                        return (type, line.number)
                    }
                }
            }
        }
        return nil
    }

    mutating func buildRecord(header: Header, title: String) -> Record {
        var header = header
        if header.documentType == nil, let (type, line) = documentTypeInText(after: header) {
            header.documentType = type.prefix(1).uppercased() + type.dropFirst()
            header.documentTypeLine = line
            header.documentTypeCue = "document-type.in-text"
        }
        if venue == nil, header.place == nil, let place = Self.venue(inTitle: title) {
            venue = (place, header.titleSpan.first, "venue.title")
        }
        if eventDate == nil, !header.datelineIsEvent, !isMinutes, let (date, line) = firstDayInText,
           Self.precedesPage(date.completed(withYear: yearContext), header.dateline) {
            // "On September 28, ..." under a page dated September 29: the day the page reports on. Minutes are dated by the
            // meeting they record; an earlier date in them is another deed's ("replaced Senator X (April 7)").
            setEventDate(date, line: line, strength: 0, cue: "date.first-in-text")
        }
        let start = eventDate?.date ?? header.dateline
        if let line = yearInferred, let year = start?.year {
            findings.append(Finding(file: fileName, line: line, column: lines[line - 1].indent + 1, severity: .warning,
                                    rule: .inferredYear,
                                    message: "the event's date prints no year; \(year) is taken from "
                                        + (yearLine.map { "the year printed on line \($0)" } ?? "the page's own date")))
        }
        let kind = EventKind.allCases.first { kind in
            kind != .other && title.lowercased().letterRuns.contains { $0.hasPrefix(kind.rawValue) }
        } ?? .other
        var issued = header.datelineIsEvent ? nil : header.dateline.flatMap { date in date.iso }
        var issuedLine = issued != nil ? header.datelineLine : nil
        if issued == nil, let (date, line) = labelledPageDate, let day = date.iso {
            (issued, issuedLine) = (day, line)
            explain("issued", day, line: line, cue: "date.labelled-page")
        }
        if issued == nil, let printed = header.numericDate, let first = start?.iso, let day = Self.pageDay(printed.text, onOrAfter: first) {
            // "07-03-2014" over a consultation held on 3-4 March: the reading on or after the event is the page's day.
            issued = day
            issuedLine = printed.line
            residue.removeAll { $0.line == printed.line }
            categories[printed.line] = .header
            explain("issued", day, line: printed.line, cue: "date.page-numeric")
        }
        // One URL and one issuer describe the document; a further one is kept as a note, and said.
        var notes = header.notes
        for (kind, facts) in [("source URL", urls), ("issuer", issuers)] {
            for extra in facts.dropFirst() {
                notes.append(TextLine(text: lines[extra.line - 1].text, line: extra.line))
                findings.append(Finding(file: fileName, line: extra.line, column: lines[extra.line - 1].indent + 1,
                                        severity: .warning, rule: .sourceFact,
                                        message: "another \(kind), kept as a note; the document's is the one on line \(facts[0].line)"))
            }
        }
        notes.sort { $0.line < $1.line }
        explainHeader(header, title: title, start: start)
        let event = Event(kind: kind, title: title, subtitle: header.subtitle, titleSpan: header.titleSpan,
                          startDate: start?.iso, endDate: start?.lastIso, dateLine: eventDate?.line ?? header.datelineLine,
                          time: time?.0, timeLine: time?.1,
                          venue: venue?.text ?? header.place, venueLine: venue?.line ?? (header.place != nil ? header.placeLines.first ?? header.datelineLine : nil),
                          audienceNote: audience?.0, audienceLine: audience?.1)
        let document = Document(sourceFile: sourceName, sha256: sha256, language: "en",
                                documentType: header.documentType, documentTypeLine: header.documentTypeLine,
                                issued: issued, issuedLine: issuedLine, notes: notes,
                                symbol: header.symbol, issuer: SourceFact(printed: issuers.first),
                                sourceURL: SourceFact(printed: urls.first))
        describeInParts()
        linkBodiesOfPositions()
        // Someone the programme listed and the text then says did not come keeps no record of their own.
        let referenced = Set(participations.compactMap(\.personId) + statements.compactMap(\.speakerId))
        let persons = registry.persons.filter { referenced.contains($0.id) }
        // Each printed line is kept once: in a statement, a section's heading, the residue, or as printed.
        var kept = Set(residue.map(\.line) + sections.map(\.line))
        for statement in statements { kept.formUnion(statement.span.first...max(statement.span.first, statement.span.last)) }
        let printed = lines.filter { !$0.isBlank && !kept.contains($0.number) }.map { TextLine(text: $0.text, line: $0.number) }
        return Record(id: Ids.record(sourceFile: sourceName, date: start?.iso, title: title), document: document, event: event, parts: EventPart.spanningSubParts(parts),
                      sections: sections, persons: persons, organizations: registry.organizations,
                      participations: participations, statements: Ids.keyedByText(statements), residue: residue,
                      printed: printed)
    }
}
