import Foundation

/// Where the event met, as the prose says it: the place after a verb of holding, as a librarian records it, and a meeting
/// held online.
extension PlainTextReader {
    /// "held on the theme of participation in the UN": a theme printed without quotation marks runs
    /// on to the place it speaks of, which is not the venue; a quoted theme ("under the theme of "..."
    /// at the Hotel") is already set aside.
    static func isNearVerb(_ gap: Substring) -> Bool {
        let words = gap.words
        // "was held with the support of X and brought together experts from states in Asia": a second verb's place.
        // "was co-hosted by A and B and took place in Conference Room 11": taking place says where, as holding does.
        if let and = words.firstIndex(of: "and"), and + 1 < words.count, case let next = words[and + 1], next.first?.isLowercase == true,
           next.hasSuffix("ed") || ["brought", "drew", "took", "saw", "heard", "gave", "made", "met"].contains(next),
           !(next == "took" && and + 2 < words.count && words[and + 2] == "place") {
            return false
        }
        guard let theme = words.firstIndex(where: { ["theme", "topic", "subject", "entitled", "titled"].contains($0.lowercased()) }) else {
            return true
        }
        let after = words[(theme + 1)...].drop { $0 == "of" || $0 == ":" }
        return after.first.map { $0.hasPrefix("\"\"") } ?? true
    }

    /// The place as a librarian records it: "Tokyo in September 4 and 5" ends before its date, and "a
    /// hotel in Tokyo", a building the text does not name, is recorded as the town.
    static let describedPlaces: Set<Substring> = ["capital", "north", "south", "east", "west", "region", "city", "coast", "interior",
                                                   "heartland", "countryside", "outskirts", "provinces", "islands"]

    static func place(_ printed: String) -> String? {
        var place = printed.trimming(.whitespaces)
        if let date = Dates.all(in: place).first {
            place = place[..<date.range.lowerBound].trimming(.whitespaces)
            for word in [" in", " on", " from", " of"] where place.hasSuffix(word) { place.removeLast(word.count) }
        }
        // "at its Kisumu CBD Campus": the host's own grounds, named.
        for article in ["the ", "its ", "their ", "our "] where place.hasPrefix(article) { place.removeFirst(article.count) }
        // "a hotel in Tokyo", "its headquarters in Paris": a building the text does not name, in the town it does.
        if place.hasPrefix("a ") || place.hasPrefix("an ") || place.first?.isLowercase == true, let town = place.firstRange(of: " in ") {
            let rest = place[town.upperBound...]
            if rest.first?.isUppercase ?? false { place = String(rest) }
        }
        for article in ["a ", "an "] where place.hasPrefix(article) && place.dropFirst(article.count).first?.isUppercase == true {
            place.removeFirst(article.count)
        }
        // "held in Riga by the Institute of Waters": who held it, not where.
        if let by = place.range(of: " by ") { place = place[..<by.lowerBound].trimming(.whitespaces) }
        // "closed in Apia today": when, not where.
        // "gathered in Dakar this week", "met in Suva last month": when too.
        for adverb in [" today", " yesterday", " tonight", " here", " this week", " last week", " this month", " last month", " this year",
                       " this morning", " this afternoon", " earlier this week", " earlier this month", " recently"] where place.hasSuffix(adverb) {
            place.removeLast(adverb.count)
            break
        }
        // "took place in May", "in spring 2024": when, not where. "met at 0900 in room 151": a room by its number is a place.
        guard let first = place.first, first.isUppercase || place.prefixMatch(of: /(?:committee )?room \d/) != nil, !Self.timeWords.contains(place.words.first?.lowercased() ?? "") else { return nil }
        // "in Samoa’s capital", "in the country's north": a town or a region described, not named
        // ("JETRO’s head office" is a building, and where the event was).
        if place.includes("’s ") || place.includes("'s "), let last = place.words.last, Self.describedPlaces.contains(last) { return nil }
        return place
    }

    /// "On October 12, 2023, in Hanoi, the Institute organized ...": a place set off by commas before the subject of a
    /// verb of holding, after when.
    /// "Over three days at Wiston House, West Sussex, 48 policymakers ... met": how long, then where, fronted.
    nonisolated(unsafe) private static let daysAt =
        /^(?:Over|For|During|Across) (?:the )?(?:two|three|four|five|several|\d) days (?:at|in) ([^,]{3,60}?)(?:, (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}))?,(?= )/

    static func frontedPlace(_ beforeVerb: Substring) -> String? {
        if let days = beforeVerb.prefixMatch(of: daysAt) {
            return place([days.output.1, days.output.2].compactMap { $0.map(String.init) }.joined(separator: ", "))
        }
        let segments = beforeVerb.components(separatedBy: ", ")
        guard segments.count >= 3, !Dates.all(in: segments[0]).isEmpty else { return nil }
        let phrase = segments[1].trimming(.whitespaces)
        guard let preposition = ["in ", "at ", "In ", "At "].first(where: phrase.hasPrefix), (1...6).contains(phrase.wordCount - 1),
              Dates.all(in: phrase).isEmpty, phrase.first(where: \.isNumber) == nil,
              !Self.timeWords.contains(phrase.words.dropFirst().first?.lowercased() ?? "") else { return nil }
        return place(String(phrase.dropFirst(preposition.count)))
    }

    private static let timeWords: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                                 "october", "november", "december", "spring", "summer", "autumn", "winter"]

    nonisolated(unsafe) private static let heldOnline =
        /(?i)\b(?:held|took place|conducted|organi[sz]ed|hosted|convened|met)\b[^.;]{0,30}?\b(?:virtually|online|by video-?conference|via video-?conference|via (?:zoom|webex|microsoft teams)|(?:on|through) (?:the )?zoom)\b/
    nonisolated(unsafe) private static let onlineMeeting =
        /(?i)\b(?:webinar|virtual (?:roundtable|round table|meeting|seminar|consultation|workshop|forum|dialogue|event|conference|session|briefing)|online (?:seminar|workshop|consultation|roundtable|meeting|conference|dialogue|forum))\b/

    /// The words one of the two expressions needs: most lines have none, and the expressions are slow to say so.
    private static func mayBeOnline(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["virtual", "online", "video", "zoom", "webex", "teams", "webinar"].contains(where: lower.includes)
    }

    /// "The webinar was held virtually through Zoom", "hosts virtual roundtable": a meeting held online, whose
    /// place a librarian records as "Online" when the page prints no other.
    func onlineVenue(title: String, titleLine: Int, bodyStart: Int) -> (String, Int)? {
        if Self.mayBeOnline(title), title.firstMatch(of: Self.onlineMeeting) != nil { return ("Online", titleLine) }
        for line in lines[bodyStart...].prefix(30) where !line.isBlank && Self.mayBeOnline(line.text) {
            if line.text.firstMatch(of: Self.heldOnline) != nil || line.text.firstMatch(of: Self.onlineMeeting) != nil {
                return ("Online", line.number)
            }
        }
        return nil
    }
}

/// "More than 400 people filled the Burns Lecture Theatre", "drawing more than 80 students to the Pyle Center": a recap says
/// where the meeting was by the room its audience filled or came to; minutes by the room the meeting was called to order in
/// ("called to order by the Chairperson at 9:00 a.m. on Tuesday, February 11, 2025, in Room 218-N of the Capitol").
extension PlainTextReader {
    nonisolated(unsafe) private static let calledToOrderIn =
        /(?i:called to order)\b[^.;]*?\bin (?:the )?(\p{Lu}[\w’'-]*(?:\s(?:of|the|\p{Lu}[\w’'-]*|\d[\w-]*))*)/

    nonisolated(unsafe) private static let roomFilled =
        /\b(?:filled|packed|crowded into|drawing|drew|attracting|attracted)\s(?:[^.;]{0,90}?\sto\s)?(?:the\s)?(\p{Lu}[\w’'-]*(?:\s(?:of|the|\p{Lu}[\w’'-]*))*(?:\s(?:in|at)\s(?:the\s)?\p{Lu}[\w’'-]*(?:\s\p{Lu}[\w’'-]*)*)?)/

    /// "Meeting in Paris today under the chairmanship of X, the Committee held a hearing": the town a fronted participle names.
    nonisolated(unsafe) private static let meetingIn = /^(?:Meeting|Gathered|Gathering|Convening|Convened|Assembled) in (\p{Lu}[\w’'-]*(?: \p{Lu}[\w’'-]*)*)/

    mutating func readPlaceSaidInPassing(_ sentence: String, lower: String, line: Int) {
        if venue == nil, let match = sentence.prefixMatch(of: Self.meetingIn), !Self.timeWords.contains(match.output.1.lowercased()) {
            venue = (String(match.output.1), line, "venue.meeting-in")
        }
        // "at 9:00 a.m. on Tuesday": the stops of the hour end no clause.
        if venue == nil, lower.includes("called to order"),
           let match = ["a.m.", "p.m.", "A.M.", "P.M."].reduce(sentence, { $0.replacing($1, with: $1.replacing(".", with: "")) })
            .firstMatch(of: Self.calledToOrderIn),
           case let room = String(match.output.1), Self.namesBuilding(room) {
            venue = (room, line, "venue.called-to-order")
        }
        guard venue == nil, ["filled", "packed", "crowded", "drawing", "drew", "attract"].contains(where: lower.includes),
              let match = sentence.firstMatch(of: Self.roomFilled), case let room = String(match.output.1),
              Self.namesBuilding(room), !Patterns.namesInstitution(String(room.words.first ?? "")) else { return }
        venue = (room, line, "venue.room-filled")
    }

    /// The first verb of organising or holding; an event that opened or closed counts only as its own verb right before
    /// its place ("The Forum ended today at the Ngor Centre"), not "X closed a conference on ... in West Africa".
    static func organisingVerb(in sentence: String) -> Regex<(Substring, Substring)>.Match? {
        let verbs = sentence.matches(of: Patterns.organisingVerb)
        // "The Meeting, convened by A and hosted by B, took place ... at the Resort": the participles describe the subject; the
        // verb of the clause says where.
        if let first = verbs.first, sentence[..<first.range.lowerBound].hasSuffix(", "), let main = verbs.dropFirst().first(where: { verb in
            let word = verb.output.1.lowercased(), before = sentence[..<verb.range.lowerBound]
            // Only the comma that closes the participles stands between: "..., recalled that its first edition, hosted by Japan,
            // took place in Osaka" is another clause's.
            let between = sentence[first.range.upperBound..<verb.range.lowerBound]
            guard let auxiliary = word == "took place" ? "" : word == "held" ? ["was ", "were "].first(where: before.hasSuffix) : nil else { return false }
            return between.filter({ $0 == "," }).count == 1 && between.hasSuffix(", " + auxiliary)
        }) {
            return main
        }
        for verb in verbs {
            guard closingVerbs.contains(verb.output.1.lowercased()) else { return verb }
            var after = sentence[verb.range.upperBound...].drop { $0 == " " }
            for adverb in ["today ", "yesterday ", "here ", "this morning ", "this afternoon ", "this evening "] where after.hasPrefix(adverb) {
                after = after.dropFirst(adverb.count)
            }
            if after.hasPrefix("at ") || after.hasPrefix("in ") || verb.output.1.lowercased() == "opened" && opensAnEvent(after) { return verb }
        }
        return nil
    }

    /// "The Observatory and the Institute opened a two-day Regional Forum": opening a meeting, not remarks at one.
    static func opensAnEvent(_ after: Substring) -> Bool {
        after.prefixMatch(of: Patterns.anEvent) != nil
    }
}
