import Foundation

/// A heading line read as either a programme part or a section of the summary.
struct Heading {
    enum Target {
        case part(PartKind)
        case section(SectionKind)
    }

    var target: Target
    /// As printed, up to the title: "Session 1:", "(3) Session Two", "Concluding Session".
    var label: String
    var number: Int?
    var title: String?
    var formatNote: String?
    /// The whole heading, markers included, for sections.
    var text: String
}

enum Headings {
    /// "Formal Concluding Remarks", "Official Opening": an adjective may stand before the word of the part.
    nonisolated(unsafe) private static let partWords: [(Regex<Substring>, PartKind)] = [
        (/(?i)^plenary (?:lecture|address|speech|talk)\b/, .keynote),
        // "Group A – Land tenure", "Working Group 2": a breakout group is a session of its own.
        (/^(?:[Bb]reakout |[Ww]orking )?[Gg]roup (?:[A-H]|\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)\b/, .session),
        (/(?i)^(?:session|panel(?: discussion)?|plenary(?: session)?|workshop|breakout session|round-?table)\b/, .session),
        (/(?i)^(?:(?:formal|official|ministerial|special|joint) )?(?:opening|welcoming|welcome)\b/, .opening),
        (/(?i)^(?:(?:formal|official|ministerial|special|joint) )?keynote\b/, .keynote),
        // Remarks that conclude are spoken by closing speakers; a concluding session is a part of its own kind.
        (/(?i)^(?:(?:formal|official|ministerial|special|joint) )?concluding (?:remarks|statements?|address|words)\b/, .closing),
        (/(?i)^(?:(?:formal|official|ministerial|special|joint) )?(?:concluding|conclusion session|wrap-?up|summing up)\b/, .concluding),
        (/(?i)^(?:(?:formal|official|ministerial|special|joint) )?closing\b/, .closing),
        // "Day 1 – Getting started", "DAY 2": a day of the programme holds the parts under it.
        (/(?i)^day (?:\d{1,2}|one|two|three|four|five)(?=\s*[–—:,(-]|\s*$)/, .other),
    ]
    nonisolated(unsafe) private static let sectionWords: [(Regex<Substring>, SectionKind)] = [
        (/(?i)^summary\b/, .summary),
        (/(?i)^(?:significance|background|overview|outline|general information|introduction)\b/, .significance),
        (/(?i)^(?:purpose|objectives?|aims?)\b/, .purpose),
        (/(?i)^(?:evaluation|assessment|results?|outcomes?)\b/, .evaluation),
        (/(?i)^(?:discussions?|essence|proceedings|programme|program|agenda|conclusions?|recommendations?)\b/, .discussions),
    ]
    /// The first words of `partWords` and `sectionWords`.
    private static let keywords: Set<String> = [
        "session", "panel", "plenary", "workshop", "breakout", "round", "roundtable", "round-table", "opening", "welcoming",
        "welcome", "keynote", "concluding", "conclusion", "wrap", "wrapup", "wrap-up", "summing", "closing", "formal", "official",
        "ministerial", "special", "joint", "day", "group", "summary", "significance", "background", "overview", "outline", "general", "introduction",
        "purpose", "objective", "objectives", "aim", "aims", "evaluation", "assessment", "result", "results", "outcome",
        "outcomes", "discussion", "discussions", "essence", "proceedings", "programme", "program", "agenda",
        "conclusions", "recommendation", "recommendations",
    ]
    nonisolated(unsafe) private static let sessionHead =
        /(?i)^((?:session|panel(?: discussion)?|plenary(?: session)?|workshop|breakout session|round-?table)(?:\s+(?:\d{1,2}|[IVX]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten)\b)?\s*[:.\-–—]?)\s*(.*)$/
    nonisolated(unsafe) private static let formatNote =
        /\s*\(((?:[A-Z][a-z]+|and|&|of)(?:[ -](?:[A-Za-z]+|and|&|of)){0,3})\)\s*$/

    static func heading(_ shape: LineShape, _ lexicon: GenreLexicon) -> Heading? {
        guard shape.line.indent <= 1, !shape.isBullet else { return nil }
        let body = Times.withoutLeadingTime(shape.body.trimming(.whitespaces))
        guard !body.isEmpty, !body.hasSuffix("."), !body.hasSuffix(","), !body.hasSuffix(";") else { return nil }
        let words = body.words
        // A session's quoted title may be long; any other heading is short.
        let sessionWithTitle = body.firstMatch(of: sessionHead) != nil && (body.contains("\"") || body.contains("“"))
        guard sessionWithTitle ? words.count <= 30 : words.count <= 16 && body.count <= 110,
              // "Keynote Speech: The Last Ten Percent" names a part and its theme; "Keynote Speech: Dr. X", a speaker.
              RosterLines.label(body, lexicon).map({ HeaderReader.unquoted($0.rest) != $0.rest
                  || !$0.rest.isEmpty && partKind(body) != nil && RosterLines.people($0.rest, lexicon) == nil }) ?? true,
              startsWithPerson(body, lexicon) == false else { return nil }
        let prefix = shape.markers.map(\.printed).joined(separator: " ")
        let printed = prefix.isEmpty ? body : prefix + " " + body
        // The expressions of named parts and sections run only on a line whose first word may begin one.
        let firstWord = words.first.map { $0.lowercased().trimming(.punctuationCharacters) } ?? ""
        if Self.keywords.contains(firstWord) || Self.keywords.contains(String(firstWord.prefix { $0 != "-" })) {
            for (pattern, kind) in partWords where body.firstMatch(of: pattern) != nil {
                return partHeading(kind, body: body, prefix: prefix, printed: printed, lexicon)
            }
            for (pattern, kind) in sectionWords where body.firstMatch(of: pattern) != nil {
                guard words.count <= 8 else { return nil }
                return Heading(target: .section(kind), label: printed, title: body, text: printed)
            }
        }
        // An unlabelled heading is short and in title case: "General Information", "Essence of Each Section".
        let significant = words.filter { $0.count > 3 }
        // An enumerated heading may carry a longer title: "(b) Cooperation in the Global Economy - The Promise of the G-20".
        // "Chaired by Ms. X (SWCN Programme" / "Manager). ...": a bracket left open runs on to the next line.
        guard words.count <= (shape.markers.isEmpty ? 8 : 14), !body.contains(","), !body.hasSuffix(":") || !shape.markers.isEmpty,
              body.filter({ $0 == "(" }).count == body.filter({ $0 == ")" }).count,
              let first = words.first?.first, first.isUppercase,
              significant.isEmpty || Double(significant.filter { $0.first!.isUppercase }.count) / Double(significant.count) >= 0.7,
              !shape.markers.isEmpty || words.count >= 2
        else { return nil }
        return Heading(target: .section(.other), label: printed, title: body, text: printed)
    }

    /// The kind of part a programme's item names ("Welcome and opening remarks", "Keynote", "Panel 1"), if any.
    static func partKind(_ text: String) -> PartKind? {
        partWords.first { text.firstMatch(of: $0.0) != nil }?.1
    }

    private static func partHeading(_ kind: PartKind, body: String, prefix: String, printed: String, _ lexicon: GenreLexicon) -> Heading {
        var rest = body
        var note: String?
        if let match = rest.firstMatch(of: formatNote) {
            note = String(match.output.1)
            rest.removeSubrange(match.range)
        }
        if kind == .session, let match = rest.wholeMatch(of: sessionHead) {
            let head = String(match.output.1).trimming(.whitespaces)
            let number = head.words.dropFirst().first.flatMap { Ordinals.value(String($0)) }
            let title = HeaderReader.unquoted(String(match.output.2))
            let label = prefix.isEmpty ? head : prefix + " " + head
            return Heading(target: .part(kind), label: label, number: number,
                           title: title.isEmpty ? nil : title, formatNote: note, text: printed)
        }
        // 'Keynote Address: "Water utilities as borrowers"': the part, then the title of the talk.
        var title: String?
        if let colon = rest.firstRange(of: ": "), HeaderReader.unquoted(String(rest[colon.upperBound...])) != String(rest[colon.upperBound...]) {
            title = HeaderReader.unquoted(String(rest[colon.upperBound...]))
            rest = String(rest[..<colon.lowerBound])
        } else if let colon = rest.firstRange(of: ": "), Talks.speaker(String(rest[colon.upperBound...]), lexicon) != nil {
            // "Plenary lecture 1: Prof. X (University) – “Title”": the speaker and the talk, read with the part.
            title = String(rest[colon.upperBound...])
            rest = String(rest[..<colon.lowerBound])
        } else if let split = [": ", " – ", " — ", " - "].compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
                  rest[..<split.lowerBound].wordCount <= 3 {
            // "Day 1 – Opening and keynote", "Keynote Speech: The Last Ten Percent": the part, then its theme,
            // unless a person follows ("Keynote: Dr. X"), who is read as the part's speaker.
            let after = String(rest[split.upperBound...])
            if !after.isEmpty, RosterLines.person(after, lexicon) == nil, RosterLines.label(after, lexicon) == nil {
                title = after
                rest = String(rest[..<split.lowerBound])
            }
        }
        let label = prefix.isEmpty ? rest : prefix + " " + rest
        return Heading(target: .part(kind), label: label, title: title, formatNote: note, text: printed)
    }

    private static func startsWithPerson(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        guard let first = text.words.first else { return false }
        return Names.honorific(String(first), lexicon) != nil && text.wordCount > 1
    }
}

/// Lines that list who held which role: "Moderator: Yozo Yokota, Professor, Chuo University".
enum RosterLines {
    struct Label {
        var role: Role
        /// The lexicon's id of the label: "label.moderator".
        var cue: String
        var printed: String
        /// "Panelists:" promises several lines; "Lead-off:" names one, so a following line may be someone else.
        var plural: Bool
        var rest: String
    }

    nonisolated(unsafe) private static let pattern = /^([A-Za-z][A-Za-z\- ]{1,30}?)\s*:\s*(.*)$/
    nonisolated(unsafe) private static let byPattern = /(?i)^((?:keynote|opening|closing|welcoming) (?:speech|address|remarks|lecture)) by\s+(.+)$/

    /// "The participants were:", "Speakers included:": a label in a clause.
    private static let clauseVerbs: Set<String> = ["were", "are", "was", "is", "included", "include", "includes", "comprised", "consisted of",
                                                   "were made by", "were given by", "were delivered by", "was made by", "was given by"]

    static func label(_ text: String, _ lexicon: GenreLexicon) -> Label? {
        // Every form has a colon, a " by " or at most three words; most lines have none of them, and
        // this runs several times on every line.
        guard text.utf8.contains(UInt8(ascii: ":")) || text.includes(" by ") || text.includes(" By ") || text.includes(" BY ")
                || text.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).count < 3 else { return nil }
        if let match = text.wholeMatch(of: pattern) {
            var printed = String(match.output.1)
            var clause = false
            // "The following participated:", "The following attended:".
            if ["the following participated", "the following attended", "the following took part", "the following were present",
                "participating were", "present were"].contains(printed.lowercased()) {
                printed = "participants"
                clause = true
            }
            if lexicon.rosterLabels[printed.lowercased()] == nil {
                var words = printed.words.map(String.init)
                // "On the panel were:", "The participants were:".
                if ["on", "in", "at"].contains(words.first?.lowercased() ?? ""), words.count > 2 { words.removeFirst() }
                if words.first?.lowercased() == "the" { words.removeFirst() }
                if words.count >= 2, clauseVerbs.contains(words.dropFirst().joined(separator: " ").lowercased()) {
                    printed = words[0]
                    clause = true
                }
            }
            // "Presentations were made by:": the plural of a label is that label.
            let key = printed.lowercased()
            guard let label = lexicon.rosterLabels[key] ?? (key.hasSuffix("s") ? lexicon.rosterLabels[String(key.dropLast())] : nil)
            else { return nil }
            let role = label.role
            return Label(role: role, cue: label.id, printed: printed,
                         plural: printed.lowercased().hasSuffix("s") && role != .chair || printed.lowercased() == "participants"
                            || clause && match.output.2.isEmpty,
                         rest: Talks.withoutGivenBy(String(match.output.2)).trimming(.init(charactersIn: " .")))
        }
        // "Speakers" or "Moderator:" alone on a line heads the names below it.
        let bare = text.trimming(.init(charactersIn: " :")).lowercased()
        if bare.wordCount <= 3, let label = lexicon.rosterLabels[bare], !bare.isEmpty,
           ![.openingSpeaker, .closingSpeaker, .keynoteSpeaker, .messageAuthor].contains(label.role) {
            // "Opening" or "Keynote" alone heads a part of the programme instead.
            let printed = text.trimming(.init(charactersIn: " :"))
            return Label(role: label.role, cue: label.id, printed: printed,
                         plural: bare.hasSuffix("s") && label.role != .chair || bare == "participants", rest: "")
        }
        if let match = text.wholeMatch(of: byPattern), let label = lexicon.rosterLabels[String(match.output.1).lowercased()]
            ?? lexicon.rosterLabels[String(match.output.1).lowercased().words.first.map(String.init) ?? ""] {
            return Label(role: label.role, cue: label.id, printed: String(match.output.1), plural: false, rest: String(match.output.2))
        }
        return nil
    }

    /// "Moderator: Dr. Ana Ruiz (Risk Lab). Presenters: Mr. Kofi Mensah (Pool); Ms. Hanna Berg (Bank).": several
    /// labels run on in one paragraph, each starting a sentence. Nil unless the text is two labels or more and nothing else.
    static func labelRun(_ text: String, _ lexicon: GenreLexicon) -> [Label]? {
        guard text.utf8.lazy.filter({ $0 == UInt8(ascii: ":") }).count >= 2 else { return nil }
        // Where each label starts: at the text's start, or after ". " or "; ", one to three words before a colon.
        var starts: [String.Index] = []
        var index = text.startIndex
        while let colon = text[index...].firstIndex(of: ":") {
            let before = text[..<colon]
            let sentenceStart = [". ", "; "].compactMap { before.range(of: $0, options: .backwards)?.upperBound }.max() ?? text.startIndex
            let words = text[sentenceStart..<colon].words
            let key = words.joined(separator: " ").lowercased()
            if (1...3).contains(words.count), lexicon.rosterLabels[key] ?? (key.hasSuffix("s") ? lexicon.rosterLabels[String(key.dropLast())] : nil) != nil {
                starts.append(sentenceStart)
            }
            index = text.index(after: colon)
        }
        guard starts.count >= 2, starts[0] == text.startIndex else { return nil }
        var labels: [Label] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : text.endIndex
            let segment = text[start..<end].trimming(.init(charactersIn: " .;"))
            guard let label = label(segment, lexicon), !label.rest.isEmpty else { return nil }
            labels.append(label)
        }
        return labels
    }

    /// "Senior Fellow, Ocean Institute, Moderator", "Director, X (Keynote Speaker)": a role printed at the end
    /// of a person's description; returns the role's label and the description without it.
    static func trailingRole(_ description: String, _ lexicon: GenreLexicon) -> (GenreLexicon.RosterLabel, String, String)? {
        var text = description.trimming(.whitespaces)
        // "Dr. Ana Ruiz, Chair": the description is the role alone.
        if let label = lexicon.rosterLabels[text.lowercased()] { return (label, text, "") }
        var role: Substring
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            role = text[text.index(after: open)..<text.index(before: text.endIndex)]
            text = String(text[..<open])
        } else if let separator = text.range(of: ", ", options: .backwards) ?? text.range(of: " – ", options: .backwards)
                    ?? text.range(of: " - ", options: .backwards) {
            role = text[separator.upperBound...]
            text = String(text[..<separator.lowerBound])
        } else {
            return nil
        }
        let key = role.trimming(.whitespaces).lowercased()
        guard let label = lexicon.rosterLabels[key] else { return nil }
        return (label, String(role).trimming(.whitespaces), text.trimming(.init(charactersIn: " ,;-–")))
    }

    struct HeadingRoles {
        var title: String
        var role: Role
        var printed: String
        var cue: String
        var people: [(PrintedName, String?)]
    }

    /// "Water and Cities (Chair: Prof. Kenji Mori, Kyoto University)", "Financing Water, chaired by
    /// Prof. Kenji Mori": who held a role in a part, printed in its heading.
    static func rolesInHeading(_ title: String, _ lexicon: GenreLexicon) -> HeadingRoles? {
        let text = title.trimming(.whitespaces)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("),
           let colon = text[open...].firstIndex(of: ":") {
            let label = text[text.index(after: open)..<colon].trimming(.whitespaces)
            let names = text[text.index(after: colon)..<text.index(before: text.endIndex)].trimming(.whitespaces)
            guard let entry = lexicon.rosterLabels[label.lowercased()], let people = people(names, lexicon) else { return nil }
            return HeadingRoles(title: text[..<open].trimming(.init(charactersIn: " ,;-–—")), role: entry.role,
                                printed: label, cue: entry.id + ".in-heading", people: people)
        }
        for (verb, role) in [("chaired by", Role.chair), ("presided by", .chair), ("moderated by", .moderator), ("facilitated by", .moderator)] {
            guard let range = text.range(of: verb, options: [.caseInsensitive, .backwards]),
                  let people = people(String(text[range.upperBound...]).trimming(.whitespaces), lexicon) else { continue }
            return HeadingRoles(title: text[..<range.lowerBound].trimming(.init(charactersIn: " ,;-–—")), role: role,
                                printed: String(text[range]), cue: role == .chair ? "role.chair.in-heading" : "role.moderator.in-heading",
                                people: people)
        }
        return nil
    }

    /// "Dr. Ana Ruiz and Prof. Kenji Mori", "A (X University); B (Y Institute)": several people
    /// on one roster line, when every part is a person.
    static func people(_ text: String, _ lexicon: GenreLexicon) -> [(PrintedName, String?)]? {
        // "A MP (Chairperson), B MP, C MP": a plain list of names, each a person on its own, read before the
        // whole as one person with a long description.
        let commaParts = text.replacing(", and ", with: ", ").components(separatedBy: ", ")
        if commaParts.count > 1, !text.contains(";") {
            let people = commaParts.compactMap { part in person(part, lexicon).flatMap { $0.1 == nil || part.hasSuffix(")") ? $0 : nil } }
            if people.count == commaParts.count { return people }
        }
        // "Prof. A (Dean, Faculty of Arts) and Dr. B": a description in brackets ends the first person.
        if let and = text.range(of: ") and "), !text.contains(";") {
            let first = String(text[..<text.index(after: and.lowerBound)]), second = String(text[and.upperBound...])
            if let a = person(first, lexicon), let b = person(second, lexicon) { return [a, b] }
        }
        if !text.contains(";"), let one = person(text, lexicon) { return [one] }
        // "Mayor A (Seoul), Mayor B (Paris)": bracketed descriptions let commas separate people.
        if text.contains(")"), !text.contains(";") {
            let parts = text.replacing("), ", with: ")\u{1F}").components(separatedBy: "\u{1F}")
            let people = parts.compactMap { person($0, lexicon) }
            if parts.count > 1, people.count == parts.count { return people }
        }
        // "...; and yours truly": the writer, named by the page's byline, not in the list.
        let writer: Set<String> = ["yours truly", "myself", "me", "the author", "the writer", "this writer"]
        // "A, Researcher, Academy of Sea and Island Affairs; B": "and" joins two people only where one follows.
        var listed: [String] = []
        for piece in text.replacing(", and ", with: "; ").components(separatedBy: ";") {
            var item = piece.trimming(.init(charactersIn: " ."))
            if item.hasPrefix("and ") { item.removeFirst(4) }
            if let joint = item.range(of: " and ", options: .backwards) ?? item.range(of: " & ", options: .backwards),
               person(String(item[joint.upperBound...]), lexicon) != nil || writer.contains(item[joint.upperBound...].lowercased()) {
                listed += [String(item[..<joint.lowerBound]), String(item[joint.upperBound...])]
            } else if !item.isEmpty {
                listed.append(item)
            }
        }
        let parts = listed.filter { !writer.contains($0.lowercased()) }
        guard parts.count > 1 || parts.count == 1 && listed.count > 1 else { return nil }
        let people = parts.compactMap { person($0, lexicon) }
        return people.count == parts.count ? people : nil
    }

    /// "U.S.: Col. Ana Ruiz (USIP)", "Japan: Mr. X": a roster groups people under a country or body
    /// that is not a role; the person follows the colon.
    static func withoutGroupLabel(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24 else { return text }
        let group = text[..<colon]
        guard group.first?.isUppercase == true, group.wordCount <= 3 else { return text }
        return text[text.index(after: colon)...].trimming(.whitespaces)
    }

    /// "Name, affiliation", "Name Title, ...", "Name (Affiliation)", optionally with an honorific.
    static func person(_ text: String, _ lexicon: GenreLexicon) -> (PrintedName, String?)? {
        var body = text.trimming(.whitespaces)
        if body.hasSuffix(":") || body.hasSuffix(").") { body.removeLast() }
        // "Ms. X, Coast Guard, on the delimitation of regions; and": an item of a list ends with its punctuation,
        // and what the person spoke on is no part of who they are.
        for end in ["; and", ";", ", and"] where body.hasSuffix(end) { body.removeLast(end.count) }
        if let topic = body.firstRange(of: ", on ") { body = String(body[..<topic.lowerBound]) }
        // "Ms. X (Water Commission): licensing of tubewells".
        if let topic = body.firstRange(of: "): ") { body = String(body[..<body.index(after: topic.lowerBound)]) }
        // "Rachel Ngata MP (Chairperson)", "Sir John Hale KC": letters after a name are no part of it.
        body = body.split(separator: " ", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset == 0 || !Names.postNominals.contains(String($0.element)) }.map(\.element).joined(separator: " ")
        // "Col. Ana Ruiz (ret.) (Director, ...)": a retired officer's mark is part of the name's line, not its description.
        for mark in [" (ret.)", " (Ret.)", " (retd.)", " (Retd.)", " (ret)"] { body = body.replacing(mark, with: "") }
        // "Mayor Park Won-soon (Seoul)": a title before the name belongs to the description.
        var leading = body.words
        var title: [Substring] = []
        while leading.count > 2, let first = leading.first, first.first?.isUppercase == true,
              lexicon.titleWords.contains(first.lowercased()), Names.honorific(String(first), lexicon) == nil {
            title.append(leading.removeFirst())
        }
        // "AMLS President Dr. María Fuente": a body's acronym and an office, then the honorific.
        if title.isEmpty, let k = leading.firstIndex(where: { Names.honorific(String($0), lexicon) != nil }), (1...3).contains(k),
           leading[..<k].allSatisfy({ lexicon.titleWords.contains($0.lowercased()) || $0.count <= 6 && Names.isAllCaps(String($0)) && $0.last?.isLetter == true }) {
            title = Array(leading[..<k])
            leading.removeFirst(k)
        }
        if !title.isEmpty, let (printed, affiliation) = person(leading.joined(separator: " "), lexicon) {
            return (printed, ([title.joined(separator: " ")] + (affiliation.map { [$0] } ?? [])).joined(separator: ", "))
        }
        for suffix in ["'s arguments", "'s remarks", "'s presentation", "'s statement", "’s arguments"] where body.hasSuffix(suffix) {
            body.removeLast(suffix.count)
        }
        if let paren = body.firstIndex(of: "("), body.hasSuffix(")") {
            let name = body[..<paren].trimming(.whitespaces)
            let affiliation = body[body.index(after: paren)..<body.index(before: body.endIndex)]
            // "A (X); B (Y)" is two people, not one with the affiliation "X); B (Y".
            if !affiliation.contains("("), !affiliation.contains(")"), let printed = Names.parse(name, lexicon) {
                return (printed, String(affiliation))
            }
        }
        if let comma = body.firstIndex(of: ",") {
            let name = String(body[..<comma])
            let affiliation = body[body.index(after: comma)...].trimming(.whitespaces)
            if let printed = Names.parse(name, lexicon) { return (printed, affiliation.isEmpty ? nil : affiliation) }
        }
        if let printed = Names.parse(body, lexicon) { return (printed, nil) }
        // "Lincoln Chen Director, Center for ...": the name stops at the first title word.
        let words = body.words.map(String.init)
        if let cut = words.firstIndex(where: { lexicon.titleWords.contains($0.lowercased().trimming(.punctuationCharacters)) }),
           cut >= 2, let printed = Names.parse(words[..<cut].joined(separator: " "), lexicon) {
            return (printed, words[cut...].joined(separator: " "))
        }
        return nil
    }
}
