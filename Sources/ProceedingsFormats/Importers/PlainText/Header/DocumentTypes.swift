import Foundation

/// What kind of document a summary says it is: "Chair's Summary", "Overview and Evaluation",
/// "Event Report", "Press Release". Printed on a line of its own, in brackets after the title, or
/// before the title ("Press Release: ...", "Chairperson's summary of the ..."). The words are the
/// lexicon's `documentTypes`: a line of its heads and modifiers only, with at least one head.
enum DocumentTypes {
    private static func words(_ text: String) -> [String] {
        // "Proceedings of a Workshop—in Brief": a dash between words parts them as a space does.
        text.lowercased().replacing("’", with: "'")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "—" || $0 == "–" }).map(String.init)
    }

    private static let notes: Set<String> = ["draft", "unofficial", "translation", "provisional", "abridged", "excerpts", "excerpt", "unedited"]

    /// Compiled once, not at every call as a literal in the function would be.
    nonisolated(unsafe) private static let leadsIntoTitle = /(?i)\s+(?:of|on|from)(?:\s+the)?$/
    nonisolated(unsafe) private static let numberJoined = /(\p{L}+)-\d+/
    nonisolated(unsafe) private static let year = /(?:19|20)\d\d/
    nonisolated(unsafe) private static let whichMeeting = /\d+(?:st|nd|rd|th) (?:meeting|session|plenary meeting)/

    /// The line is a document type and nothing else: "(Overview and Evaluation)", "Event Report", "press release".
    /// `beforeTitle`: above the title, "Programme" or "Agenda" alone names the document; below it, a section.
    nonisolated(unsafe) private static let reportFromTheEvent = /report from the (?:event|meeting|seminar|conference|workshop|symposium|forum|dialogue)/

    static func line(_ text: String, _ lexicon: GenreLexicon, beforeTitle: Bool = false) -> String? {
        var value = text.trimming(.init(charactersIn: "[]* \t"))
        // "Report from the event": a report named for what it reports on ("Highlights from the Conference" is a headline).
        if value.lowercased().wholeMatch(of: Self.reportFromTheEvent) != nil { return value }
        // "PRESS RELEASE                For immediate release": the type, and a note on when it may be printed.
        // "PRESS RELEASE — FOR IMMEDIATE RELEASE", "Press release | For immediate release": or after a dash or a bar.
        if let run = value.range(of: "   ") ?? [" — ", " – ", " | ", " - "].lazy.compactMap({ value.range(of: $0) }).first {
            let rest = value[run.upperBound...].trimming(.whitespaces).lowercased()
            if rest.hasPrefix("for immediate release") || rest.hasPrefix("embargo") { value = value[..<run.lowerBound].trimming(.whitespaces) }
        }
        // "REPORT OF PROCEEDINGS (summary)", "Chair's Summary (draft)": a note on the type in brackets after it.
        // "Official Report of Debates (Hansard)": the record's own name in brackets is part of the type, read apart.
        var ownName = ""
        if value.lowercased().hasSuffix(" (hansard)"), value.count > " (hansard)".count {
            ownName = String(value.suffix(" (hansard)".count))
            value = String(value.dropLast(ownName.count))
        }
        if value.hasSuffix(")"), let open = value.range(of: " (", options: .backwards),
           words(String(value[open.upperBound...].dropLast())).allSatisfy({ lexicon.documentTypeHeads.contains($0)
               || lexicon.documentTypeModifiers.contains($0) || Self.notes.contains($0) }) {
            value = String(value[..<open.lowerBound])
        }
        value = value.trimming(.init(charactersIn: "()[]* \t"))
        // "REPORT ON PROCEEDINGS BEFORE" over the committee's name: the type, and the word that leads to the body.
        if value.count > 7, value.lowercased().hasSuffix(" before") { value = String(value.dropLast(7)) }
        // "Boletín-1184", "Bulletin-052": the type and its number joined by a hyphen.
        if let joined = value.wholeMatch(of: Self.numberJoined) { value = String(joined.output.1) }
        // A series its publisher numbers is a kind of document, whichever words name it ("Information for the Press N°: 412/23").
        var numbered = false
        // "Press Release PRN-0412-23", "Press Release No. 45": the type, then its reference.
        // "Agenda 2063" names a programme: a reference mixes letters or signs with its digits.
        // "Note to the press No. 312": after "No." a number alone is a reference too.
        // "PRESS RELEASE 402": after a type of two words or more, a number alone is its reference.
        if let last = value.words.last, last.contains(where: \.isNumber), !last.allSatisfy(\.isNumber)
            || [" No. ", " No "].contains(where: { value.hasSuffix($0 + last) }) || value.wordCount >= 3 && last.count <= 6,
           value.wordCount >= 2 {
            value = value.dropLast(last.count).trimming(.whitespaces)
            // "Press release N° 214-24", "Nota de prensa Nº 12": the number's sign as Spanish and French pages print it.
            // "Information for the Press N°: 412/23": with a colon after the sign too.
            if value.hasSuffix(":") { value.removeLast() }
            for number in [" No.", " No", " no.", " N°", " Nº", " N.°", " Nr.", " #"] where value.hasSuffix(number) {
                value.removeLast(number.count)
                numbered = true
            }
        }
        // "Summary record of the 1st meeting": the type of a body's record, and which meeting.
        if let of = value.range(of: " of the ", options: .caseInsensitive),
           value[of.upperBound...].lowercased().wholeMatch(of: Self.whichMeeting) != nil {
            value = String(value[..<of.lowerBound])
        }
        // "Summary report on the" / "Regional consultation on ...", "Report of the" / "EXPERT CONSULTATION ON ...": over
        // the title, the type leads into it with a preposition left open at the line's end.
        if beforeTitle, let open = value.firstMatch(of: Self.leadsIntoTitle), open.range.upperBound == value.endIndex, open.range.lowerBound > value.startIndex {
            value = String(value[..<open.range.lowerBound])
        }
        // "ACA 2025 Annual Conference Recap": the year of the meeting said in the type.
        // "Agenda 2063 Forum", "Regional Forum on the 2030 Agenda" name a programme: only a report's type says a year.
        var lower = words(value)
        if let last = lower.last, lexicon.documentTypeHeads.contains(last), !["agenda", "programme", "program"].contains(last) {
            lower = lower.filter { $0.wholeMatch(of: Self.year) == nil }
        }
        // "A Report on the Two-Day National Seminar": an article before the type.
        if lower.count >= 3, lower[0] == "a" { lower.removeFirst() }
        // "IOSS Seminar Report", "UNU Workshop Report": the publisher's acronym, then the type.
        if lower.count >= 2, !Names.isAllCaps(value.replacing(" ", with: "")), let first = value.words.first, (2...8).contains(first.count), Names.isAllCaps(String(first)),
           first.allSatisfy(\.isLetter) {
            lower.removeFirst()
        }
        let connectors: Set<String> = ["and", "of", "the", "to", "a", "in", "on", "for"]
        guard (1...(lower.contains("on") || lower.contains("in") ? 7 : 5)).contains(lower.count),
              lower.contains(where: lexicon.documentTypeHeads.contains) || numbered && lower.count >= 2,
              lower.allSatisfy({ lexicon.documentTypeHeads.contains($0) || lexicon.documentTypeModifiers.contains($0) }),
              !connectors.contains(lower.first!), !connectors.contains(lower.last!) else { return nil }
        // "Report of the International Seminar" over its quoted name leads into the title, which the kind of meeting begins;
        // "A Report on the Two-Day National Seminar" only says what the document is about.
        if lower.contains("of"), lower.contains(where: ["national", "international", "regional", "high-level"].contains) { return nil }
        // "Evaluation" or "Proceedings" alone heads a section rather than naming the document.
        // "Hansard" or "Debates" alone is a parliament's menu item; "Committee Hansard" is the record.
        if lower.count == 1, ["evaluation", "proceedings", "record", "statement", "conclusions", "note", "document", "item", "hansard", "debates"].contains(lower[0]) { return nil }
        // "News item" names a page; "Agenda item" an item of a meeting's agenda.
        if lower.last == "item", lower.first != "news" { return nil }
        if lower.count == 1, ["programme", "program", "agenda", "highlights"].contains(lower[0]), !beforeTitle { return nil }
        return value + ownName
    }

    nonisolated(unsafe) private static let quotedTitle = /[“"]([^”"]{3,})[”"]/

    /// A type printed before the title: "Press Release: Future of ...", "Chairperson's summary of the Tokyo ...".
    static func prefix(_ title: String, _ lexicon: GenreLexicon) -> (type: String, title: String)? {
        // "REPORT ON PROCEEDINGS BEFORE": a type and nothing else titles nothing.
        if title.lowercased().hasSuffix(" before"), line(title, lexicon) != nil { return nil }
        let tokens = title.split(separator: " ", omittingEmptySubsequences: false)
        for count in stride(from: min(5, tokens.count - 1), through: 1, by: -1) {
            var head = tokens.prefix(count).joined(separator: " ")
            var rest = tokens.dropFirst(count).joined(separator: " ")
            if head.hasSuffix(":") || head.hasSuffix(" -") || head.hasSuffix(" –") || head.hasSuffix(" —") {
                head = head.trimming(.init(charactersIn: ":-–— "))
            } else if head.hasPrefix("["), head.hasSuffix("]") {
                // "[Event Report] The 5th Strategic Dialogue": a site's tag before the headline.
                head = String(head.dropFirst().dropLast())
            } else if let connector = ["of ", "regarding ", "concerning ", "on "].first(where: rest.lowercased().hasPrefix),
                      // "Summary of the Expert Roundtable on Food Security": "on" after "of" goes on with the meeting's name.
                      connector != "on " || !head.lowercased().words.contains("of") {
                // "Press Release Regarding the Fifth Istanbul Conference on Mediation".
                rest.removeFirst(connector.count)
                if rest.lowercased().hasPrefix("the ") { rest.removeFirst(4) }
            } else {
                continue
            }
            // "Outline of the 2nd Meeting of the Council": which meeting belongs to the title, never to the type.
            if head.words.contains(where: { $0.wholeMatch(of: Ordinals.inFigures) != nil || Ordinals.ordinalWords.contains($0.lowercased()) }) { continue }
            guard let type = line(head, lexicon), let first = rest.first else { continue }
            // "Outcome of the stakeholder workshop "Urban biodiversity"": the quoted name is the title the type is of.
            if first.isLowercase, let quoted = rest.firstMatch(of: Self.quotedTitle) { return (type, String(quoted.output.1)) }
            guard first.isUppercase || first.isNumber || "\"“‘'«".contains(first) else { continue }
            // "SUMMARY RECORD OF THE THIRD MEETING": which meeting alone is no title; the whole line is.
            let which = rest.lowercased().words
            if which.count == 2 || which.count == 3 && which[1] == "plenary", ["meeting", "session", "sitting"].contains(which.last!),
               Ordinals.ordinalWords.contains(String(which[0])) || which[0].wholeMatch(of: Ordinals.inFigures) != nil {
                return nil
            }
            return (type, rest)
        }
        return nil
    }

    /// "... (Summary)", "... (Chair's Summary)": a type in brackets that ends the title.
    static func suffix(_ title: String, _ lexicon: GenreLexicon) -> (type: String, title: String)? {
        var text = title.trimming(.whitespaces)
        if text.hasSuffix("*") { text = text.trimming(.init(charactersIn: "* ")) }
        // "... Conference – Conference Report": a type after a dash.
        // "Third Roundtable on X: Chair's Summary": a type after a colon.
        for dash in [" – ", " — ", " - ", ": "] {
            // "8th Annual Symposium – Programme": after a dash, "Programme" alone names the document.
            if let range = text.range(of: dash, options: .backwards), let type = line(String(text[range.upperBound...]), lexicon, beforeTitle: true) {
                let rest = text[..<range.lowerBound].trimming(.whitespaces)
                if !rest.isEmpty { return (type, rest) }
            }
        }
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        guard let type = line(inner, lexicon) else { return nil }
        let rest = text[..<open].trimming(.whitespaces)
        return rest.isEmpty ? nil : (type, rest)
    }
}
