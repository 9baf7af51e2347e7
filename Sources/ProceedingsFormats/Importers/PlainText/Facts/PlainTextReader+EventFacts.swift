import Foundation

/// Facts about the event that the text states in labelled lines and in prose: when, where, who organised it.
extension PlainTextReader {
    mutating func apply(_ fact: LabelledFact, line: Int) {
        for kind in fact.kinds {
            switch kind {
            case .date:
                // "March 6–8, 2023 | Crowne Plaza" by the title and "Prepared by: X" / "Date: 20 March 2023" at the foot: a day
                // outside the days the title printed dates the report.
                if let date = Dates.all(in: fact.value).first, !Self.outside(date, headerDateline) {
                    setEventDate(date, line: line, strength: 3, cue: "date.labelled")
                }
            case .time:
                let date = fact.kinds.contains(.date) ? Dates.all(in: fact.value).first : nil
                if time == nil, let printed = fact.time(besides: date) { time = (printed, line) }
            case .venue:
                // "Venue: Redoutensaal, Hofburg" says where, better than a place printed by the date.
                if venue == nil || venue?.cue != "venue.labelled" {
                    venue = (fact.value, line, "venue.labelled")
                }
            case .organizers:
                // "Hosts  Co-hosted by the Foundation and the Institute": the verb is no part of the first name.
                var value = fact.value
                if let by = value.range(of: " by "), case let lead = value[..<by.lowerBound].lowercased(), lead.wordCount <= 3,
                   ["hosted", "organised", "organized", "convened", "sponsored"].contains(where: lead.hasSuffix) {
                    value = String(value[by.upperBound...])
                }
                // "Organisers: Professor A and Associate Professor B (Department of X), in cooperation with the Centre for Y": the
                // people who organised it, then the bodies they worked with.
                if let partners = value.firstRange(of: Self.partnersFollow),
                   let people = RosterLines.people(String(value[..<partners.lowerBound]).trimming(.init(charactersIn: " ,")), lexicon),
                   people.allSatisfy({ $0.0.honorific != nil }) {
                    for (printed, affiliation) in people {
                        let id = registry.person(printed, line: line, introduction: true)
                        _ = participate(id, role: .organizer, printed: nil, cue: "organizer.labelled", affiliation: affiliation, line: line, ofTheEvent: true)
                    }
                    categories[line] = .participant
                    value = String(value[partners.upperBound...])
                }
                for name in organizerNames(value) {
                    let id = registry.organization(name, line: line)
                    participations.append(Participation(organizationId: id, role: .organizer, line: line))
                    explain("organizer", name, line: line, cue: "organizer.labelled")
                }
            }
        }
    }

    nonisolated(unsafe) static let partnerAfterPlace =
        /,? (?:at|in) (?:the )?\p{Lu}[^,;]*?,? (?:in partnership|in cooperation|in collaboration|together|jointly) with (?:the )?(\p{Lu}[^,;.]+)/
    nonisolated(unsafe) static let partnersFollow = /,?\s+(?:in cooperation|in collaboration|in partnership|together|jointly) with\s+(?:the\s+)?/

    /// The day a meeting ended on dates no start: "concluded yesterday", "ended ... on Wednesday".
    static let endingVerbs: Set<String> = ["ended", "closed", "concluded"]
    static let closingVerbs = endingVerbs.union(["opened"])

    nonisolated(unsafe) static let anotherDeedDated =
        /\b(?:enacted|adopted|passed|signed|published|launched|approved|introduced|ratified|established|founded|created) (?:in|on) $|\b(?:last|previous|preceding|earlier) (?:round|meeting|session|edition|consultations?)\b[^.;]*$/

    /// Whether `date` is a day outside the span of days `range` prints.
    static func outside(_ date: PrintedDate, _ range: PrintedDate?) -> Bool {
        guard let range, let first = range.iso, let last = range.lastIso, let day = date.iso, date.lastIso == nil, day.count == 10 else { return false }
        return day < first || day > last
    }

    mutating func readEventFacts(_ sentence: String, lower: String, line: Int) {
        // A news dateline opens the story with where and when it happened: "TOKYO, 5 June -- The Seminar ...".
        // Under a labelled date of the event ("Date: 19 September" over "Abidjan, 22 September 2023 - More than 200
        // attended"), the dateline dates the story alone.
        if eventDate == nil || storyDateline == nil && paragraphsRead <= 2, Self.mayOpenWithDateline(sentence),
           let match = sentence.prefixMatch(of: Patterns.newsDateline),
           // "Day One, 14 May 2024: Arrival and registration" is a programme's line: a colon ends a dateline only in the story's
           // first sentence, which reports the meeting.
           !sentence[match.range].hasSuffix(": ") || paragraphsRead == 0 && Self.organisingVerb(in: sentence) != nil
            && !["day", "update", "note", "deadline"].contains(match.output.1.lowercased().words.first.map(String.init) ?? ""),
           let date = Dates.all(in: String(match.output.2)).first {
            if storyDateline == nil { storyDateline = (date, line) }
            storyDatesTheMeeting(date, in: sentence, line: line)
            if eventDate == nil {
                setEventDate(date, line: line, strength: 1, cue: "date.news-dateline")
                // "Wednesday, January 17, 2024": a weekday before the date is no town.
                if venue == nil, !DateScanner.weekdayNames.contains(match.output.1.lowercased()) {
                    venue = (String(match.output.1).capitalized, line, "venue.news-dateline")
                }
            }
        }
        if storyDateline == nil, paragraphsRead <= 2 { readOtherDatelines(sentence, line: line) }
        readDaysOfTheStory(sentence, lower: lower, line: line)
        readWeekdayOfTheStory(sentence, lower: lower, line: line)
        readInitiative(sentence, lower: lower, line: line)
        readInvitation(sentence, lower: lower, line: line)
        readHostInRelativeClause(sentence, lower: lower, line: line)
        readEventOfBody(sentence, lower: lower, line: line)
        readPlaceSaidInPassing(sentence, lower: lower, line: line)
        readDayBodyWasTold(sentence, lower: lower, line: line)
        if audience == nil, ["attend", "audience", "people", "persons", "participants"].contains(where: lower.includes),
           sentence.firstMatch(of: Patterns.audience) != nil {
            audience = (sentence, line)
        }
        // "The University joined the Ministry in hosting the forum": both organised it.
        if lower.includes(" joined "), !hasOrganizingBody,
           let match = sentence.firstMatch(of: Patterns.joinedInHosting) {
            for name in organizerNames(String(match.output.1)) + organizerNames(String(match.output.2))
            where isOrganizationName(name) {
                let id = registry.organization(name, line: line)
                participations.append(Participation(organizationId: id, role: .organizer, roleAsPrinted: String(match.output.3), line: line))
                explain("organizer", name, line: line, cue: "organizer.joined-in", printed: "joined ... in " + String(match.output.3))
            }
            if let date = Dates.all(in: sentence).first { setEventDate(date, line: line, strength: 2, cue: "date.held") }
        }
        // "the first conference had been convened in Reykjavik in 2010": an earlier meeting's place and year.
        if lower.includes("had been "), let verb = Self.organisingVerb(in: sentence), sentence[..<verb.range.lowerBound].hasSuffix("had been ") { return }
        guard ["organi", "co-sponsored", "cosponsored", "convened", "hosted", "held", "hold", "hear", "conducted", "took place", "met ", "gathered", "came together", "brought together", "assembled", "opened ",
                                   "ended ", "closed ", "concluded ", "invited "].contains(where: lower.includes),
              let verb = Self.organisingVerb(in: sentence), currentPart == nil || namesTheWholeEvent(sentence, before: verb.range.lowerBound),
              !Self.approvesEarlierMinutes(sentence, lower: lower, heldAt: verb.range) else { return }
        // "The Forum took place in Geneva", "Ministers met in Tokyo": when and where, but the subject
        // is the event or its participants, never an organiser.
        // "The Consultation convened in Nairobi": a meeting that convenes is the subject, not its organiser's object.
        // "The Forum ended today at the Ngor Conference Centre": where an event opened or closed is where it was held.
        let closing = Self.closingVerbs.contains(verb.output.1.lowercased())
            && !(verb.output.1.lowercased() == "opened" && Self.opensAnEvent(sentence[verb.range.upperBound...].drop { $0 == " " }))
        // "The Foundation brought together forty negotiators at Ditchley Park": where they were brought is where it was held.
        let intransitive = closing || ["took place", "met", "gathered", "came together", "brought together", "assembled"].contains(verb.output.1.lowercased())
            || verb.output.1.lowercased() == "convened" && [" in ", " at ", " on "].contains(where: { sentence[verb.range.upperBound...].hasPrefix($0) })
        // "The seminar, which runs until 13 March": a date after "until" ends the event; it never starts it.
        // "KINGSTON, 20 November – ... at the close of a meeting hosted by ...": the story's date is not the event's.
        let dateline = Self.mayOpenWithDateline(sentence) ? sentence.prefixMatch(of: Patterns.newsDateline)?.range : nil
        let dates = Dates.all(in: sentence).filter { date in
            if let dateline, dateline.contains(date.range.lowerBound) { return false }
            // "will continue through Wednesday, April 9": the weekday printed before the date is no word of its own.
            let before = Self.wordsBefore(date, in: sentence)
            // "the reform enacted in March 2025", "the accounts for the year ended 31 December 2022": another deed's, a period's end.
            return !["until ", "till ", "through ", "runs to ", "ended ", "ending ", "as at "].contains(where: before.hasSuffix) && before.firstMatch(of: Self.anotherDeedDated) == nil
        }
        // "a mission ... to be held in Majuro", "the next meeting, to be held on 17 December": an event still to come is another event.
        let future = ["to be ", "will be ", "would be ", "to take "].contains { sentence[..<verb.range.lowerBound].hasSuffix($0) }
        // "NEW YORK, 19 September -- The UNU held a seminar ... on Monday (16 September)": the date
        // after the verb is the event's, one before it may be the story's.
        if !future, let date = dates.first(where: { $0.range.lowerBound >= verb.range.upperBound }) ?? dates.first {
            setEventDate(date, line: line, strength: 2, cue: "date.held")
        } else if !future, lower.includes("yesterday") || lower.includes(" today"), !Self.endingVerbs.contains(verb.output.1.lowercased()),
                  let page = lower.includes("yesterday") ? headerDateline ?? storyDateline?.0 : storyDateline?.0 ?? headerDateline, let day = lower.includes("yesterday") ? page.dayBefore() : page {
            // "Olomouc, 24 September 2021 – The Committee yesterday hosted ...": the page's day before; "today", its own, below a printed day.
            // "began today ... and will continue through Wednesday, April 9": the days run to the date after "through".
            var days = day
            if let last = Dates.all(in: sentence).last, let lastDay = last.day, last.month > day.month || last.month == day.month && lastDay > (day.day ?? 31),
               ["until ", "till ", "through "].contains(where: Self.wordsBefore(last, in: sentence).hasSuffix) {
                (days.lastDay, days.lastMonth) = (lastDay, last.month == day.month ? nil : last.month)
            }
            setEventDate(days, line: line, strength: lower.includes("yesterday") ? 2 : 1, cue: lower.includes("yesterday") ? "date.yesterday" : "date.today")
        } else if !future, !Self.endingVerbs.contains(verb.output.1.lowercased()), let day = reportedWeekday(in: sentence) {
            // "GDAŃSK, 12 June 2019 — ... gathered on Tuesday": the last Tuesday the page could report on, not the
            // story's own date; a date the text prints later says better. The day a meeting ended on is its last.
            if eventDate?.cue == "date.news-dateline" { eventDate = nil }
            setEventDate(day, line: line, strength: 1, cue: "date.weekday")
        }
        // "BEIRUT, 22-23 NOVEMBER 2016" under the title, "... at the United Nations House in Beirut" in the text: the
        // building says where in the town.
        // "Jakarta, Indonesia" over the days: a dateline's town as well.
        let townByTheDate = venue.map { ($0.cue.hasPrefix("venue.under-title") || $0.cue == "venue.dateline") && !Self.namesBuilding($0.text) } ?? false
        // "... on ocean acidification in the North Atlantic. The meeting took place at Hannesarholt": a region read as the
        // place gives way to where the meeting took place.
        let regionSoFar = venue.map { $0.cue == "venue.held-at" && Self.namesRegion($0.text) } ?? false
        // "gathered at UCT for three days" over "held from 11 to 13 November in the Neville Alexander Building": a building
        // says where on the campus or in the town.
        let townSoFar = venue.map { $0.cue == "venue.held-at" && !Self.namesBuilding($0.text) && $0.text.wordCount <= 3 } ?? false
        if !future, venue == nil || venue?.cue == "venue.news-dateline" || townByTheDate || regionSoFar || townSoFar {
            // Where the event was held says more than the town of a news dateline.
            var afterVerb = String(sentence[verb.range.upperBound...].replacing(Patterns.quotation, with: "\"\""))
            // A purpose or relative clause says what the event was about, not where it was; "..., which took place in the
            // Salón O’Higgins": one that says where it took place is the event's venue.
            if let cut = afterVerb.firstMatch(of: Patterns.clauseAfterVenue) {
                let clause = afterVerb[cut.range.upperBound...]
                // "jointly organised the dialogue, which was held in Lima on 2 April": with no place before it, a town will do.
                let before = afterVerb[..<cut.range.lowerBound].firstMatch(of: Patterns.venue)
                afterVerb = ["took place ", "was held ", "were held "].contains(where: clause.hasPrefix)
                    && clause.firstMatch(of: Patterns.venue).map({ Self.namesBuilding(String($0.output.1)) || before == nil }) == true
                    && before.map({ Self.namesBuilding(String($0.output.1)) }) != true
                    ? String(clause) : String(afterVerb[..<cut.range.lowerBound])
            }
            // "a symposium on migration and urban resilience in Southern Africa": a region after the subject's "on" is the
            // subject's; a building named later is where it met.
            var found = afterVerb.firstMatch(of: Patterns.venueOn) ?? afterVerb.firstMatch(of: Patterns.venue)
            // "a round table on digital reconstruction in Ukraine": so is a country.
            if let match = found, Self.namesRegion(String(match.output.1)) || lexicon.countries.contains(String(match.output.1).lowercased()),
               String(afterVerb[..<match.range.lowerBound]).includes(" on ") {
                found = afterVerb[match.range.upperBound...].firstMatch(of: Patterns.venue).flatMap { Self.namesBuilding(String($0.output.1)) ? $0 : nil }
            }
            if let match = found, Self.isNearVerb(afterVerb[..<match.range.lowerBound]) {
                // "organised the Workshop on Fishers in Southeast Asia on 18 August at the Royal Hotel, Yogyakarta": the
                // region names the meeting's subject; the building after it is where it met.
                var printed = String(match.output.1)
                if !Self.namesBuilding(printed), let later = afterVerb[match.range.upperBound...].firstMatch(of: Patterns.venue),
                   Self.namesBuilding(String(later.output.1)) {
                    printed = String(later.output.1)
                }
                // "in Arid Cities at the United Nations House in Beirut": the subject's words, then the building.
                if let at = printed.range(of: " at "), !Self.namesBuilding(String(printed[..<at.lowerBound])),
                   Self.namesBuilding(String(printed[at.upperBound...])) {
                    printed = String(printed[at.upperBound...])
                    if printed.hasPrefix("the ") { printed.removeFirst(4) }
                }
                if let place = Self.place(printed), !townByTheDate && !townSoFar || Self.namesBuilding(place) {
                    venue = (place, line, "venue.held-at")
                }
            } else if venue == nil, let place = Self.frontedPlace(sentence[..<verb.range.lowerBound]) {
                venue = (place, line, "venue.fronted")
            } else if venue == nil, let visiting = sentence.firstMatch(of: Patterns.visiting) {
                // "the Minister, who is visiting Geneva to attend ..., organized a dialogue": where the host was.
                venue = (String(visiting.output.1), line, "venue.visiting")
            }
        }
        // "X held the Seminar ..., organised jointly with A and B": the partners join whoever the sentence
        // names as host, once that is read.
        let partner = sentence.firstMatch(of: Patterns.organisedWith)
        defer {
            for name in partner.map({ organizerNames(String($0.output.1)) }) ?? [] where isOrganizingAgent(name) {
                addOrganizer(name, roleAsPrinted: "organised jointly with", cue: "organizer.partner", printed: "jointly with", line: line)
            }
        }
        // "was convened in Niamey, Republic of Niger, on 26 and 27 February 2020 by the Commission ...": where and when stand
        // between the verb and its agents.
        let direct = sentence.firstMatch(of: Patterns.organisedBy)
        let rewritten = direct != nil ? nil : sentence.firstMatch(of: Patterns.organisedThereBy).map { match in
            sentence.replacingCharacters(in: match.output.2.startIndex..<match.output.2.endIndex, with: "")
        }
        let agentSentence = rewritten ?? sentence
        if let passive = direct ?? rewritten?.firstMatch(of: Patterns.organisedBy),
           // "to be hosted by the Forum next year": who will organise another event.
           !["to be ", "will be ", "would be "].contains(where: { agentSentence[..<passive.range.lowerBound].hasSuffix($0) }) {
            let sentence = agentSentence
            let verb = String(passive.output.1)
            // "Japan hosted a side event ... The event was co-hosted by Liberia, Senegal and the WHO": co-hosts
            // named later join the hosts; any other organiser named later is the same fact said twice.
            let joins = verb.lowercased().hasPrefix("co") || verb.lowercased().hasPrefix("jointly")
            var list = String(passive.output.2)
            // "Hosted by the Ministry of X, the Workshop was co-chaired by ...": a participle that opens the
            // sentence ends where the sentence's own subject begins.
            if passive.range.lowerBound == sentence.startIndex,
               let subject = [", the ", ", this ", ", The "].compactMap({ list.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
               [" was ", " were ", " is ", " are ", " has ", " have ", " had ", " brought ", " took ", " began ", " opened "]
                .contains(where: { list[subject.upperBound...].contains($0) }) {
                list = String(list[..<subject.lowerBound])
            }
            // "held by A and B in the Agency's main hall": where it was held is no part of a name.
            if let venue, venue.line == line, let at = list.firstRange(of: " in the " + venue.text) ?? list.firstRange(of: " in " + venue.text)
                ?? list.firstRange(of: " at the " + venue.text) ?? list.firstRange(of: " at " + venue.text) {
                list = String(list[..<at.lowerBound])
            }
            // "organised by A at the University in partnership with B": the partner named after the place organised it too.
            if let partner = sentence[passive.range.upperBound...].prefixMatch(of: Self.partnerAfterPlace) { list += ", " + partner.output.1 }
            // "Hosted by the City of Ghent" ... "organised by Eurocities together with the City of Ghent": a later list that names
            // an organiser already read says the fact in full; any other is the same fact said twice, or another event's.
            // "Austria hosted the conference ..." / "The conference was organised by the Federal Ministry ...": a country hosts as
            // its government does; the bodies said to have organised it are the organisers.
            if !joins, hasOrganizingBody, verb.lowercased().hasPrefix("organi"), case let hosts = organizingBodies.compactMap({ id in
                registry.organizations.first { $0.id == id }?.name }), hosts.count == organizingBodies.count,
               hosts.allSatisfy({ lexicon.countries.contains($0.lowercased()) }) {
                participations.removeAll { $0.role == .organizer && $0.personId == nil }
                explanations.removeAll { $0.fact == "organizer" && hosts.contains($0.value) }
            }
            // "The SDWG held its meeting ... The meeting, hosted by the Ministry, ...": the event's own hosts, whoever else held it.
            // "The workshop, which brought together farmers and researchers, was organised by": the clause says no more of who.
            let before = sentence[..<passive.range.lowerBound]
            let subject = before[..<(before.firstRange(of: ", which ")?.lowerBound ?? before.endIndex)].lowercased().letterRuns
            let ofTheEvent = subject.count <= 3 && ["the", "this", "it"].contains(subject.first ?? "") && subject.contains(where: { lexicon.eventNouns.contains(String($0)) || $0 == "it" })
            if !joins, hasOrganizingBody, !ofTheEvent {
                let organizers = organizingBodies
                guard organizerNames(list).contains(where: { registry.knownOrganization($0).map(organizers.contains) ?? false }) else { return }
            }
            // "The evening reception was co-hosted by ...": co-hosts of another occasion are not this event's.
            if joins, hasOrganizingBody, !subject.contains(where: { lexicon.eventNouns.contains(String($0)) || $0 == "it" }) { return }
            var agents = [(verb, list)]
            // "hosted by the Government of X and organised by the Secretariat": a second verb, with agents of its own.
            var rest = sentence[passive.range.upperBound...]
            // "..., and was hosted by Yukon College": the auxiliary may be printed again.
            while rest.hasPrefix(" and ") || rest.hasPrefix(", and "), let next = rest.firstMatch(of: Patterns.organisedBy),
                  rest[..<next.range.lowerBound].words.filter({ $0 != "," }).allSatisfy({ ["and", "was", "were", "also"].contains($0) }) {
                agents.append((String(next.output.1), String(next.output.2)))
                rest = rest[next.range.upperBound...]
            }
            // "cosponsored by Representatives Krueger, Delgado and Thao": a list that opens with an office names people.
            for (verb, list) in agents where !Self.personalOffices.contains(list.words.first?.lowercased() ?? "") {
                for name in organizerNames(list).map(Self.bodyOfItsHead) where isOrganizingAgent(name) {
                    addOrganizer(name, roleAsPrinted: verb, cue: "organizer.by", printed: verb + " by", line: line)
                }
            }
            return
        }
        // "The Committee met at 3:34 p.m.": a body that sat; "The Nobel Committee met the laureate" met someone.
        if intransitive, verb.output.1 != "met" || sentence[..<verb.range.lowerBound].trimming(.whitespaces).wholeMatch(of: Self.sittingBody) == nil
            || !["at", "in", "on", "this", "today", "yesterday", "from", "via", "virtually", "online", "for"].contains(sentence[verb.range.upperBound...].words.first?.lowercased() ?? "") { return }
        // "The Committee will hear evidence on it in June", "will hold a hearing next year", "The Council met in emergency
        // session in May": another sitting than the page's.
        if verb.output.1.lowercased().hasPrefix("will") || verb.output.1 == "met", case let words = sentence.lowercased().letterRuns.map(String.init),
           words.contains(where: Self.monthNames.contains) || sentence.lowercased().includes("next year") { return }
        // "Gallagher Convention Centre, Midrand" / "Held on 7 and 8 August 2014": a participle that opens a line of its
        // own is no verb of the place printed above it.
        if verb.output.1.first?.isUppercase ?? false { return }
        // "The Business Forum 2018, held on 15 and 16 March at the Convention Centre, closed": a participle set off by a comma
        // and followed by when or where is passive; the forum is what was held.
        if sentence[..<verb.range.lowerBound].hasSuffix(", "), !verb.output.1.hasSuffix("ing"), !verb.output.1.contains(" "),
           let next = sentence[verb.range.upperBound...].words.first?.lowercased(), ["on", "in", "at", "from", "during", "between", "last"].contains(next) {
            return
        }
        var subject = String(sentence[..<verb.range.lowerBound])
        var cutAtDate = false
        // "On 5 May, the Institute held": the subject after the date that opens the sentence; "The Institute on Tuesday 23rd
        // June, 2026 convened": or before the date that ends it.
        // "The Committee (PAC) of Parliament on Wednesday, 6th March, 2024 held": a date right before the verb ends the subject.
        if let lastDate = dates.last(where: { $0.range.upperBound <= verb.range.lowerBound }) {
            if !sentence[lastDate.range.upperBound..<verb.range.lowerBound].trimming(.init(charactersIn: " ,")).isEmpty {
                subject = String(sentence[lastDate.range.upperBound..<verb.range.lowerBound])
                cutAtDate = true
            } else if lastDate.range.lowerBound > sentence.startIndex {
                subject = String(sentence[..<lastDate.range.lowerBound]).replacing(Self.dateLead, with: "")
                cutAtDate = true
            }
        }
        // "NEW YORK, 19 September (UNU) -- The United Nations University held", "Vientiane, 14 May 2024: ERIA and the Ministry
        // jointly organised": the news dateline is no organiser.
        if let dateline, dateline.upperBound <= verb.range.lowerBound, !cutAtDate {
            subject = String(sentence[dateline.upperBound..<verb.range.lowerBound])
        }
        if let dash = subject.range(of: " -- ", options: .backwards) ?? subject.range(of: " — ", options: .backwards)
            ?? subject.range(of: " – ", options: .backwards) ?? subject.range(of: " - ", options: .backwards) {
            subject = String(subject[dash.upperBound...])
        }
        subject = subject.replacing(Self.participleAfterSubject, with: "").trimming(.init(charactersIn: " ,"))
        // "[Seoul] The Korea Institute ... co-hosted": a release's town in brackets before the story is no part of who held it.
        if subject.hasPrefix("["), let close = subject.prefix(32).firstIndex(of: "]") {
            subject = subject[subject.index(after: close)...].trimming(.whitespaces)
        }
        // "..., when the Institute and the Observatory co-hosted a roundtable": the clause's subject follows its conjunction.
        for conjunction in ["when ", "as ", "after ", "where ", "while ", "once "] where subject.hasPrefix(conjunction) {
            subject.removeFirst(conjunction.count)
        }
        // "The Water Institute and UNDP jointly organised", "A in collaboration with B have held": an adverb or
        // the auxiliary of a perfect tense is not part of the name.
        while let tail = Self.subjectTails.first(where: subject.hasSuffix) {
            subject = String(subject.dropLast(tail.count)).trimming(.init(charactersIn: " ,"))
        }
        // "The Centre (EPRC), in partnership with FES, on Tuesday 23rd June, 2026 convened": when it did is no part of who did.
        if let when = subject.firstMatch(of: Self.trailingWhen) { subject = String(subject[..<when.range.lowerBound]) }
        // "The meeting was held": a passive sentence names no organiser before its verb.
        if subject.firstMatch(of: Patterns.passiveEnd) != nil { return }
        // "At the 70th UN General Assembly, Japan hosted": a phrase of time or place opens the sentence.
        var segments = subject.components(separatedBy: ", ")
        while segments.count > 1, let first = segments.first?.words.first?.lowercased(),
              ["at", "in", "on", "during", "following", "after", "with", "as", "for", "today", "yesterday", "under"].contains(first) {
            segments.removeFirst()
        }
        // "the Institute of Sociology (IOS) under the Vietnam Academy of Social Sciences in collaboration with ...":
        // the body a unit belongs to is said of the unit; the unit organised.
        // "The Public Accounts Committee (PAC) of Parliament held": the short name in brackets ends the body's name; what follows
        // "of" is the body it belongs to.
        subject = segments.joined(separator: ", ").replacing(Self.parentBody, with: "").replacing(Self.parentAfterAcronym) { $0.output.1 }
            .replacing(Self.headInBrackets) { "(\($0.output.1))" }
        var organizers = organizerNames(subject)
        // "Japan hosted, together with Brazil and the WHO, a side event": the partners organised it too.
        let afterVerb = sentence[verb.range.upperBound...]
        // ... or "Japan co-hosted the event with Brazil and the WHO".
        let coVerb = verb.output.1.lowercased().hasPrefix("co")
        if let partners = afterVerb.firstMatch(of: Patterns.jointly)
            ?? (coVerb ? afterVerb.firstMatch(of: Patterns.coWith) : nil) {
            organizers += organizerNames(String(partners.output.1)).filter(isOrganizationName)
        }
        // "Sahayatri Migrant Rights Forum organised a roundtable": a body named for its meetings organises another one;
        // a meeting of its own ("The Third Regional Forum hosted a panel") does not.
        let organisesAnEvent = Self.opensAnEvent(afterVerb.drop { $0 == " " }) || afterVerb.drop(while: { $0 == " " }).hasPrefix("a roundtable")
        func agent(_ name: String) -> Bool {
            // "Minister of Social Affairs and Health Päivi X hosted": an office before a name is a person's, no body's.
            guard name.words.first.map({ !Self.personalOffices.contains($0.lowercased()) }) ?? false else { return false }
            return isOrganizationName(name) || organisesAnEvent && isOrganizingAgent(name) && !eventTitle.includes(name.lowercased())
                && name.firstMatch(of: Self.ordinal) == nil
        }
        guard !organizers.isEmpty, organizers.allSatisfy(agent),
              !hasOrganizingBody else { return }
        for name in organizers {
            let id = registry.organization(name, line: line)
            participations.append(Participation(organizationId: id, role: .organizer, roleAsPrinted: String(verb.output.1), line: line))
            explain("organizer", name, line: line, cue: "organizer.subject", printed: String(verb.output.1))
        }
    }
}
