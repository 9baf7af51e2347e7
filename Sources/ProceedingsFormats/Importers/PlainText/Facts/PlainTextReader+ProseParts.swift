import Foundation

/// Parts of the programme that the prose names as it reports them: "In the opening session held on
/// February 16, ...", "In the first session, which focussed on ...", "The second panel, moderated by
/// the Rector, looked at "Perspectives from the United Nations"". A page without headings for its
/// parts still says who held which role in which part.
extension PlainTextReader {
    private static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]
    private static let openers: Set<String> = ["in", "at", "during", "the", "a", "an", "for"]
    private static let partNouns: Set<String> = ["session", "panel", "segment", "plenary", "roundtable", "ceremony", "discussion", "part"]
    private static let partAdjectives: Set<String> = ["technical", "thematic", "plenary", "working", "parallel", "breakout", "special",
                                                      "interactive", "ministerial", "high-level", "panel", "expert"]

    /// The part a sentence opens with, as printed ("opening session", "first session"), if any.
    /// "On the second day, Session 2 was chaired by": after a fronted phrase of time, the part the rest opens with.
    func partNamed(opening sentence: String) -> (kind: PartKind, ordinal: Int?, printed: String)? {
        if let named = partNamedFirst(sentence) { return named }
        guard let comma = sentence.firstIndex(of: ","), case let phrase = sentence[..<comma].lowercased().letterRuns,
              (2...6).contains(phrase.count), Self.timeOpeners.contains(String(phrase[0])),
              phrase.dropFirst().contains(where: { Self.timeWords.contains(String($0)) || NameVocabulary.months.contains(String($0))
                  || NameVocabulary.weekdays.contains(String($0)) }) else { return nil }
        return partNamedFirst(String(sentence[sentence.index(after: comma)...]).trimming(.whitespaces))
    }

    private static let timeOpeners: Set<String> = ["on", "in", "during", "later", "then", "after", "over", "next", "the"]
    private static let timeWords: Set<String> = ["day", "morning", "afternoon", "evening", "night", "week", "lunch", "break", "recess"]

    private func partNamedFirst(_ sentence: String) -> (kind: PartKind, ordinal: Int?, printed: String)? {
        let tokens = Tokenizer.tokenize(sentence).filter(\.isWord)
        var index = 0
        // "Speaking at the closing session, X recalled": a participle fronted before the part.
        if tokens.count > 2, tokens[0].lower.hasSuffix("ing"), ["at", "in", "during"].contains(tokens[1].lower) { index = 1 }
        while index < tokens.count, index < 3 + (index > 0 && tokens[0].lower.hasSuffix("ing") ? 1 : 0), Self.openers.contains(tokens[index].lower) { index += 1 }
        // A sentence of openers alone ("into the three ...", cut off) names no part; the reads below look past the word at `index`.
        guard index < tokens.count else { return nil }
        // "The session on financing adaptation was chaired by", "A panel on ports, moderated by X, followed": a part by its
        // subject, which names it.
        if index + 2 < tokens.count, index > 0, Self.partNouns.contains(tokens[index].lower), tokens[index].lower != "discussion",
           tokens[index + 1].lower == "on", let end = Self.topicEnd(in: sentence, from: tokens[index + 1].range.upperBound) {
            let topic = sentence[tokens[index + 1].range.upperBound..<end].trimming(.whitespaces)
            // 'The panel on "Sport and health" was moderated by': a quoted subject is the whole of it.
            let quoted = topic.count > 2 && topic.first.map("\"“".contains) == true && topic.last.map("\"”".contains) == true
            if (1...12).contains(topic.wordCount), quoted || !topic.contains("\"") {
                return (.session, nil, String(sentence[tokens[index].range.lowerBound..<end]).trimming(.whitespaces))
            }
        }
        // 'The panel "Regional Interdependence" was moderated by', 'A session entitled "Water and peace" heard': a part by
        // its quoted title, which is its theme.
        if index > 0, index < tokens.count, Self.partNouns.contains(tokens[index].lower), tokens[index].lower != "discussion",
           case let rest = sentence[tokens[index].range.upperBound...],
           case let lead = rest.prefix(while: { !"\"“".contains($0) }),
           ["", ",", "titled", "entitled", "on"].contains(lead.trimming(.init(charactersIn: " ")).lowercased()),
           lead.count < rest.count, let quote = rest[lead.endIndex...].firstMatch(of: Patterns.quotation), quote.range.lowerBound == lead.endIndex {
            return (.session, nil, String(sentence[tokens[index].range.lowerBound..<quote.range.upperBound]))
        }
        // "The panel discussion that followed was moderated by X and featured A, B and C": the discussion named by its kind.
        var kindAt = index
        if index > 0, kindAt < tokens.count, ["subsequent", "following", "ensuing", "closing", "concluding"].contains(tokens[kindAt].lower) { kindAt += 1 }
        if index > 0, kindAt + 1 < tokens.count, ["panel", "roundtable"].contains(tokens[kindAt].lower),
           ["discussion", "debate"].contains(tokens[kindAt + 1].lower) {
            return (.session, nil, String(sentence[tokens[kindAt].range.lowerBound..<tokens[kindAt + 1].range.upperBound]))
        }
        // "A panel moderated by X then took up ...", "The panel, chaired by X, heard ...": a panel named by who presided over it.
        // "The Panel, chaired by Hon X, received views": in capitals, a legislature's standing panel, the body that met.
        if index > 0, kindAt + 2 < tokens.count, ["panel", "roundtable"].contains(tokens[kindAt].text),
           ["moderated", "chaired", "facilitated", "co-moderated", "co-chaired"].contains(tokens[kindAt + 1].lower), tokens[kindAt + 2].lower == "by" {
            return (.session, nil, String(sentence[tokens[kindAt].range]))
        }
        // "Round table A on SDG 16 was co-facilitated by", "Panel B, on trade, heard": a part by its letter.
        let twoWords = index + 2 < tokens.count && tokens[index].lower == "round" && tokens[index + 1].lower == "table"
        let lettered = twoWords ? index + 2 : index + 1
        if lettered < tokens.count, twoWords || Self.partNouns.contains(tokens[index].lower),
           tokens[lettered].text.count == 1, let letter = tokens[lettered].text.first, ("A"..."H").contains(letter) {
            return (.session, nil, String(sentence[tokens[index].range.lowerBound..<tokens[lettered].range.upperBound]))
        }
        // "In the session 1", "Session II", "Technical session one": the noun before its number.
        let head = index + 2 < tokens.count && Self.partAdjectives.contains(tokens[index].lower) && Self.partNouns.contains(tokens[index + 1].lower)
            ? index + 1 : index
        if head + 1 < tokens.count, Self.partNouns.contains(tokens[head].lower), Self.ordinals[tokens[head + 1].lower] == nil,
           let number = Ordinals.value(tokens[head + 1].text), (1...20).contains(number),
           head + 2 >= tokens.count || tokens[head + 2].lower != "of" {
            return (.session, number, String(sentence[tokens[index].range.lowerBound..<tokens[head + 1].range.upperBound]))
        }
        // "featured two panels ... The first was moderated by X": the noun is the one announced.
        if let noun = partsAnnounced?.noun, index + 1 < tokens.count, tokens[index].lower != "opening", let number = Self.ordinals[tokens[index].lower],
           ["looked", "focused", "focussed", "examined", "discussed", "addressed", "dealt", "featured"].contains(tokens[index + 1].lower)
            || ["was", "were", "is"].contains(tokens[index + 1].lower) && index + 2 < tokens.count
                && ["moderated", "chaired", "devoted", "dedicated", "led", "facilitated", "opened"].contains(tokens[index + 2].lower) {
            return (.session, number, tokens[index].text.prefix(1).uppercased() + tokens[index].text.dropFirst() + " " + noun)
        }
        // "The first technical session, on ...": a word of the part's kind between the ordinal and the noun.
        var noun = index + 1
        if noun + 1 < tokens.count, Self.partAdjectives.contains(tokens[noun].lower), Self.partNouns.contains(tokens[noun + 1].lower) { noun += 1 }
        // "In the first part of the round table": a part of this very event.
        let ofThisEvent = tokens[noun...].dropFirst().prefix(3).map(\.lower).starts(with: ["of", "the"])
            && noun + 3 < tokens.count && (lexicon.eventNouns.contains(tokens[noun + 3].lower) || tokens[noun + 3].lower == "round")
        guard noun < tokens.count, Self.partNouns.contains(tokens[noun].lower),
              // "The first session of the General Assembly" is another body's, not a part of this event.
              noun + 1 >= tokens.count || tokens[noun + 1].lower != "of" || tokens[noun].lower == "part" && ofThisEvent,
              // "the first part of his speech": a part is the event's only when an ordinal numbers it.
              tokens[noun].lower != "part" || Self.ordinals[tokens[index].lower] != nil else { return nil }
        let word = tokens[index].lower
        let kind: PartKind
        var ordinal: Int?
        // "The opening panel": the people of a panel sit on it, whenever it meets.
        let panel = tokens[noun].lower == "panel"
        switch word {
        case "opening" where !panel, "inaugural" where !panel: kind = .opening
        case "closing" where !panel, "final" where !panel, "concluding" where !panel, "last" where !panel: kind = .closing
        case "opening", "inaugural", "closing", "final", "concluding", "last": kind = .session
        case "morning", "afternoon", "evening", "ministerial", "plenary", "high-level":
            kind = .session
        default:
            guard let number = Self.ordinals[word] else { return nil }
            kind = .session
            ordinal = number
        }
        let printed = String(sentence[tokens[index].range.lowerBound..<tokens[noun].range.upperBound])
        return (kind, ordinal, printed)
    }

    /// "A. Youth labour market trends" over "The first session was chaired by ...": a heading whose first paragraph names a part
    /// is that part's theme.
    func headingOverPart(at line: Int) -> String? {
        guard let index = currentSection, sections[index].kind == .other, sections[index].line < line,
              // "Data and disclosure" / "On the second day, ... The session, chaired by X, ...": the paragraph's own earlier
              // sentences are no text of the section before the part.
              !statements.contains(where: { $0.sectionId == sections[index].id && $0.span.first < line }),
              (sections[index].line..<line).dropFirst().allSatisfy({ lines[$0 - 1].isBlank }) else { return nil }
        let heading = sections[index].heading.replacing(Self.enumerator, with: "").trimming(.whitespaces)
        return heading.isEmpty || heading.wordCount > 14 ? nil : heading
    }

    nonisolated(unsafe) private static let enumerator = /^(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]\s+/

    /// "Chaired by X (Y), the first panel heard from ...", "X then chaired the first working session, devoted to ...": a part
    /// named after a phrase that says who presided, or as the object of the verb that says so.
    func partNamed(within sentence: String) -> (kind: PartKind, ordinal: Int?, printed: String)? {
        let lower = sentence.lowercased()
        if ["chaired by ", "moderated by ", "co-chaired by ", "facilitated by ", "presided over by "].contains(where: lower.hasPrefix),
           let comma = sentence.range(of: ", the ") {
            return partNamed(opening: String(sentence[sentence.index(comma.lowerBound, offsetBy: 2)...]))
        }
        // "X also addressed the opening ceremony", "X spoke at the closing session": where one spoke names the part, whichever
        // it is; "opened the first session" opens a part, "opened the meeting" the event, which names no part.
        let spokeAt = [" addressed the ", " spoke at the ", " spoke during the ", " speaking at the "]
        let presided = [" chaired the ", " moderated the ", " co-chaired the ", " facilitated the ", " presided over the ", " opened the "]
        // In ASCII, lower case is what a search that ignores case compares, and the cheap search in `lower` says first whether
        // Foundation's need be run (ten of them on every sentence of prose).
        let ascii = sentence.utf8.allSatisfy { $0 < 0x80 }
        for (verb, anyPart) in spokeAt.map({ ($0, true) }) + presided.map({ ($0, false) }) where !ascii || lower.includes(verb) {
            // Found in the sentence itself: an index into its lower-cased copy is no index into it ("İ" lower-cases to two
            // scalars).
            guard let found = sentence.range(of: verb, options: .caseInsensitive) else { continue }
            let object = String(sentence[sentence.index(found.upperBound, offsetBy: -4)...])
            guard let named = partNamed(opening: object), anyPart || named.ordinal != nil || named.kind == .session else { continue }
            return named
        }
        return nil
    }

    /// "The first session, on the legal framework, was chaired by", "The second session focused on audits.": what the
    /// part was about, right after its name.
    /// "'Regulatory Harmonisation and Grid Codes'": a British page quotes a session's theme in single quotes.
    static func withoutSingleQuotes(_ theme: String) -> String {
        guard let first = theme.first, let last = theme.last, "'‘".contains(first), "'’".contains(last), theme.count > 2 else { return theme }
        return String(theme.dropFirst().dropLast())
    }

    nonisolated(unsafe) private static let appositeKindOn = /^, (?:a|an|the) [\w -]{1,40}? on ([‘'][^’',]{2,100}[’'])(?=,)/

    static func topic(after name: String, in sentence: String) -> String? {
        guard let end = sentence.range(of: name)?.upperBound else { return nil }
        let rest = sentence[end...]
        // "Session 3, a policy roundtable on 'The Way Forward', was moderated by": the kind of part, then its theme, apposed.
        if let apposed = rest.prefixMatch(of: appositeKindOn) { return String(apposed.output.1) }
        if rest.hasPrefix(", on "), let comma = rest.dropFirst(5).firstIndex(of: ",") {
            let topic = rest[rest.index(rest.startIndex, offsetBy: 5)..<comma]
            return topic.wordCount <= 20 ? String(topic) : nil
        }
        // "Round table A on SDG 16 was co-facilitated by": the topic runs to the verb.
        if rest.hasPrefix(" on "), let verb = [" was ", " were ", ",", "."].compactMap({ rest.range(of: $0)?.lowerBound }).min() {
            let topic = rest[rest.index(rest.startIndex, offsetBy: 4)..<verb]
            return topic.wordCount <= 12 ? String(topic) : nil
        }
        // "The second session focused on audits", "Session 2, chaired by X (Y), examined land tenure", "In the fourth session,
        // which focused on data, ...": the verb of its subject right after the name, after an apposition set off by commas,
        // or in a relative clause.
        for verb in [" focused on ", " focussed on ", " focusing on ", " was devoted to ", " was dedicated to ", " devoted to ", " dedicated to ",
                     " dealt with ", " addressed ", " examined ", " explored ", " looked at "] {
            guard let found = rest.range(of: verb) else { continue }
            let before = rest[..<found.lowerBound]
            let apposed = before.hasPrefix(", ") && before.hasSuffix(",") && before.filter({ $0 == "," }).count <= 3
            guard before.isEmpty || apposed || [",", ", which", ", which was"].contains(before) else { continue }
            let topic = rest[found.upperBound...].prefix { $0 != "." && $0 != ";" && $0 != "," }
            return topic.isEmpty || topic.wordCount > 20 ? nil : String(topic)
        }
        return nil
    }

    /// Nouns of events that name a part of one as often: "the debate", "the roundtable", "the hearing" may be the panel's.
    static let nounsOfParts: Set<String> = ["debate", "roundtable", "briefing", "sitting", "hearing", "lecture"]

    /// "The symposium also drew on ...", "Symposium convenor Dr X said": a paragraph whose first noun is the event's.
    static func opensWithTheEvent(_ text: String, eventNouns: Set<String>) -> Bool {
        let words = text.prefix(60).lowercased().letterRuns.prefix(2)
        guard let first = words.first else { return false }
        let noun = first == "the" ? words.dropFirst().first : first
        return noun.map { eventNouns.contains(String($0)) && !Self.nounsOfParts.contains(String($0)) } ?? false
    }

    /// Where the subject of "the session on ..." ends: at its verb, its comma or its stop.
    static func topicEnd(in sentence: String, from start: String.Index) -> String.Index? {
        let rest = sentence[start...]
        return [" was ", " were ", ", ", ".", " chaired by", " moderated by", " featured ", " heard ", " opened ", " examined ", " looked "]
            .compactMap { rest.range(of: $0)?.lowerBound }.min()
    }

    /// "featured two panels", "in three sessions": the prose announces parts it will go on to name by ordinal alone.
    static func announcedParts(_ sentence: String) -> String? {
        let words = sentence.lowercased().letterRuns
        for (index, word) in words.enumerated().dropFirst() where ["panels", "sessions", "segments"].contains(word) {
            if ["two", "three", "four", "five", "several"].contains(words[index - 1]) { return String(word.dropLast()) }
        }
        return nil
    }

    /// 'discussed "Perspectives from Japan."', 'looked at "..."': what a part was about, quoted.
    func quotedTopic(_ sentence: String) -> String? {
        guard let quote = sentence.firstMatch(of: Patterns.quotation) else { return nil }
        let before = sentence[..<quote.range.lowerBound].lowercased()
        // 'The keynote lecture, "Informality as a Trap?", was delivered by': the talk's title in apposition to it.
        let apposed = ["lecture, ", "address, ", "speech, ", "keynote, ", "presentation, ", "talk, ", "panel, ", "session, "].contains(where: before.hasSuffix)
        guard apposed || ["discussed ", "looked at ", "examined ", "addressed ", "explored ", "focused on ", "entitled ", "titled ", "theme "]
            .contains(where: { before.hasSuffix($0) }) else { return nil }
        let topic = String(quote.output).trimming(.init(charactersIn: "\"“”,. "))
        return topic.isEmpty ? nil : topic
    }

    /// Starts the part a sentence names, unless the page gives its parts headings of their own.
    mutating func startPart(namedIn sentence: String, line: Int) {
        // The parts a sentence announces are named by ordinal in the sentences that follow it, or not at all.
        defer {
            if let noun = Self.announcedParts(sentence) {
                partsAnnounced = (noun, 2)
            } else if let announced = partsAnnounced {
                partsAnnounced = announced.left > 1 ? (announced.noun, announced.left - 1) : nil
            }
        }
        // Under a heading of the summary's own ("III. PROCEEDINGS") rather than a part's, the prose names the parts.
        // "At the closing session, Dr. X summarized" after a programme of headed sessions: a part the headings never gave.
        // Right under a heading, "the final session" is the part headed.
        let underHeading = currentPart.map { index in
            !participations.contains { $0.partId == parts[index].id } && !statements.contains { $0.partId == parts[index].id }
        } ?? false
        guard let named = partNamed(opening: sentence) ?? partNamed(within: sentence),
              !partsHaveHeadings || currentSection != nil
                || [.opening, .closing].contains(named.kind) && !underHeading && !parts.contains(where: { $0.kind == named.kind })
        else { return }
        // 'panel "Regional Interdependence"': the part's noun is its label, the quotation its theme.
        let quoted = named.printed.firstMatch(of: Patterns.quotation)
        if let quoted {
            let noun = named.printed[..<quoted.range.lowerBound].trimming(.init(charactersIn: " ,"))
            let label = noun.lowercased().hasSuffix("titled") || noun.lowercased().hasSuffix(" on") ? String(noun.words.first ?? "") : noun
            let theme = String(quoted.output).trimming(.init(charactersIn: "\"“”,. "))
            if parts.contains(where: { $0.title == theme }) { return }
            let capitalised = label.prefix(1).uppercased() + label.dropFirst()
            beginPart(named.kind, number: named.ordinal, label: capitalised, title: theme, line: line, cue: "in-text")
            explain("part", capitalised, line: line, cue: "part.named-in-text")
            return
        }
        let label = named.printed.prefix(1).uppercased() + named.printed.dropFirst()
        if let index = currentPart, parts[index].label.lowercased() == named.printed.lowercased() { return }
        func bare(_ label: String) -> String { label.lowercased().trimming(.init(charactersIn: " :.-–—")) }
        let session = named.printed.lowercased().includes("session")
        if let index = parts.firstIndex(where: { part in
            bare(part.label) == bare(named.printed)
                || session && named.ordinal != nil && part.kind == .session && part.ordinal == named.ordinal && part.label.lowercased().includes("session")
        }) {
            resumePart(index, cue: "in-text")
            return
        }
        // 'looked at "Perspectives from the United Nations"': the quotation names the part's theme.
        let theme = (sentence.firstMatch(of: Patterns.quotation).map { String($0.output).trimming(.init(charactersIn: "\"“”,. ")) }
            ?? Self.topic(after: named.printed, in: sentence)
            ?? named.printed.range(of: " on ").map { String(named.printed[$0.upperBound...]) }
            ?? headingOverPart(at: line)).map(Self.withoutSingleQuotes)
        beginPart(named.kind, number: named.ordinal, label: label, title: theme, line: line, cue: "in-text")
        if label.lowercased().hasSuffix("ceremony") { ceremonyParagraph = line }
        explain("part", label, line: line, cue: "part.named-in-text")
    }
}
