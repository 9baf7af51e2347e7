/// A role cue of the lexicon found beside a name.
struct CueMatch {
    var role: Role
    /// The words as printed: "made a lead-off presentation" gives "lead-off".
    var printed: String
    var id: String
}

/// Finds the lexicon's role cues in the words around a name. Quoted words (titles of talks) never
/// count, and a cue is matched on whole words.
struct CueFinder {
    let lexicon: GenreLexicon

    /// The id under which a role implied by a verb of speech ("X said ...") is explained.
    static let reportingVerbCue = "role.speaker.reporting-verb"

    func words(_ tokens: ArraySlice<Token>) -> [Token] {
        tokens.filter { !$0.quoted && $0.isWord }
    }

    /// Nouns of a role that also name an office: "as Chair of the Peacebuilding Commission".
    private static let offices: Set<String> = ["chair", "co-chair", "chairman", "chairperson", "coordinator", "moderator",
                                               "facilitator", "chairmanship", "co-chairmanship"]

    /// `titleAt`: where the title printed before the name begins; an adjacent cue may end there
    /// ("opened by the Ministry's State Secretary X").
    private func matches(in words: [Token], titleAt: Int? = nil) -> [(range: Range<Int>, cue: GenreLexicon.RoleCue)] {
        let lower = words.map(\.lower)
        guard lower.contains(where: lexicon.cueWords.contains) else { return [] }
        var found: [(range: Range<Int>, cue: GenreLexicon.RoleCue)] = []
        let present = Set(lower)
        for cue in lexicon.roleCues {
            for phrase in cue.phrases where phrase.mayMatch(present) {
                // An article may stand between: "opened by the Ministry's State Secretary X".
                func adjacent(_ end: Int, _ to: Int) -> Bool { end <= to && lower[end..<to].allSatisfy { ["the", "a", "an"].contains($0) } }
                for range in phrase.matches(in: lower)
                where !cue.adjacent || adjacent(range.upperBound, lower.count) || titleAt.map({ adjacent(range.upperBound, min($0, lower.count)) }) ?? false {
                    let next = range.upperBound < words.count ? lower[range.upperBound] : nil
                    // "Chair of the Peacebuilding Commission": an office held elsewhere, not a role here.
                    if Self.offices.contains(lower[range.upperBound - 1]), next == "of", range.upperBound + 1 < words.count,
                       words[range.upperBound + 1].isCapitalised || lower[range.upperBound + 1] == "the",
                       // "acted as the Chair of the meeting" is the role.
                       !lower[(range.upperBound + 1)..<min(lower.count, range.upperBound + 5)].contains(where: { word in
                           lexicon.eventNouns.contains(word) || ["session", "panel", "discussion", "plenary", "day", "round"].contains(word)
                       }) { continue }
                    // "The Prize was presented to Dr. X": given to, not presented by.
                    if lower[range.upperBound - 1] == "presented", next == "to" || next == "with" { continue }
                    found.append((range, cue))
                }
            }
        }
        return found
    }

    /// "After the opening remarks, Dr. Ana Ruiz presented ...": a cue in a phrase fronted before the
    /// subject speaks of an earlier moment, not of the subject; so does a cue of another clause.
    private func ownClause(_ tokens: ArraySlice<Token>) -> ArraySlice<Token> {
        var rest = tokens
        if let first = rest.first(where: \.isWord), ["after", "following", "before", "during", "prior"].contains(first.lower),
           let comma = rest.lastIndex(where: { $0.text == "," }) {
            rest = rest[(comma + 1)...]
        }
        if let cut = rest.lastIndex(where: { $0.text == ";" || ["while", "whereas"].contains($0.lower) }) {
            rest = rest[(cut + 1)...]
        }
        if let and = rest.indices.last(where: { $0 > rest.startIndex && rest[$0].lower == "and" && rest[$0 - 1].text == "," }) {
            rest = rest[(and + 1)...]
        }
        // "A was elected Chair of the meeting and B was designated rapporteur": "and" before the name begins
        // a clause of its own once the last one had its verb.
        if rest.startIndex > 0, let last = rest.last(where: \.isWord), last.lower == "and",
           rest.contains(where: { ["was", "were", "is", "are"].contains($0.lower) }) {
            rest = rest[rest.endIndex...]
        }
        return rest
    }

    /// "... following persons made presentations:", "Country presentations were made by:": a clause that ends
    /// on its cue announces the role of those listed under it. A cue earlier in the clause ("In his presentation
    /// he made these points:") speaks of its subject, not of a list.
    func closing(in tokens: ArraySlice<Token>) -> CueMatch? {
        let words = words(tokens)
        var end = words.last?.lower == "by" ? words.count - 1 : words.count
        // "The following individuals addressed Council:", "... spoke to the committee:": the body they spoke to ends the clause.
        if end >= 2, Self.audiences.contains(words[end - 1].lower) {
            end -= words[end - 2].lower == "the" ? 2 : 1
            if end >= 1, words[end - 1].lower == "to" { end -= 1 }
            if end >= 1, words[end - 1].lower == "addressed" { return CueMatch(role: .speaker, printed: words[(end - 1)...].map(\.text).joined(separator: " "), id: "role.speaker.reporting-verb") }
        }
        let found = matches(in: words).filter { $0.range.upperBound == end || $0.range.upperBound == end - 1 && ["made", "given", "delivered"].contains(words[end - 1].lower) }
        // "Three discussants reacted to the presentation:": a noun after a preposition is what they reacted to.
        let prepositions: Set<String> = ["to", "on", "of", "after", "before", "during", "about", "for", "with"]
        guard let best = found.min(by: { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }),
              !words[..<best.range.lowerBound].suffix(3).contains(where: { prepositions.contains($0.lower) }),
              [.presenter, .speaker, .panelist, .commentator, .moderator, .chair, .rapporteur].contains(best.cue.role) else { return nil }
        return match(best, in: words)
    }

    private static let audiences: Set<String> = ["council", "committee", "board", "commission", "meeting", "assembly", "audience", "panel", "hearing", "forum", "workshop", "participants", "delegates", "members"]

    private func match(_ found: (range: Range<Int>, cue: GenreLexicon.RoleCue), in words: [Token]) -> CueMatch {
        CueMatch(role: found.cue.role, printed: words[found.range].map(\.text).joined(separator: " "), id: found.cue.id)
    }

    /// The cue nearest before a name. A match inside a longer, earlier one does not count: in
    /// "opened with remarks by", "remarks by" is part of the opening.
    func last(in tokens: ArraySlice<Token>, titleStart: Int? = nil) -> CueMatch? {
        let clause = ownClause(tokens)
        let words = words(clause)
        var titleAt = titleStart.map { start in self.words(clause[..<max(clause.startIndex, min(start, clause.endIndex))]).count }
        // "opened by the Ambassador of Indonesia to Poland, Mr. X": the title set apart by a comma before the
        // honorific is the name's, and a cue that must touch the name may touch it.
        if let start = titleStart, start - 1 > clause.startIndex, start <= clause.endIndex, clause[start - 1].text == "," {
            var first = start - 1
            // "the Director of IEFSEM – BAS, Dr. X": a body's name may join its parts with a dash.
            while first - 1 >= clause.startIndex, clause[first - 1].isCapitalised && clause[first - 1].isWord
                    || ["of", "the", "for", "and", "to", "on", "in", "–", "-", "—"].contains(clause[first - 1].lower) { first -= 1 }
            if clause[first..<(start - 1)].contains(where: { lexicon.titleWords.contains($0.lower) }) { titleAt = self.words(clause[..<first]).count }
        }
        // "The Institute convened a roundtable with Ambassador X": a verb of organising before a name has
        // another subject; the person organised it only as the subject of the verb.
        let found = matches(in: words, titleAt: titleAt).filter { $0.cue.role != .organizer || $0.cue.adjacent }
        let standalone = found.filter { match in
            !found.contains { other in
                // "The lecture was chaired by X": a verb of presiding inside the gap of "lecture ... by" is X's role.
                other.range.lowerBound < match.range.lowerBound && other.range.upperBound > match.range.lowerBound
                    && !(other.cue.id == Self.nounGapById && [.chair, .moderator].contains(match.cue.role))
                    // "keynote speech was delivered by": the word before the noun says which speech.
                    || match.cue.role == .speaker && other.cue.role != .speaker && other.range.upperBound == match.range.lowerBound
                    // "keynote presentation", "lead-off presentation": the first word says which.
                    || other.cue.role != match.cue.role && other.range.upperBound == match.range.lowerBound
                        && other.range.lowerBound < match.range.lowerBound
            }
        }
        guard let best = standalone.max(by: { ($0.range.lowerBound, $0.range.count) < ($1.range.lowerBound, $1.range.count) }) else { return nil }
        // "a message which was read to the audience by X": X read it out; its author is named elsewhere.
        // "A video message was delivered by X": X is seen on the screen, the message's author.
        if best.cue.role == .messageAuthor, words.last?.lower == "by",
           words[best.range.upperBound...].contains(where: { Self.deliveringVerbs.contains($0.lower) }),
           best.range.lowerBound == 0 || !["video", "video-recorded", "recorded", "videotaped", "pre-recorded"].contains(words[best.range.lowerBound - 1].lower) {
            return CueMatch(role: .speaker, printed: words[best.range.lowerBound...].map(\.text).joined(separator: " "), id: Self.deliveredMessageCue)
        }
        return match(best, in: words)
    }

    /// The first cue after a name.
    /// A cue after a name is the name's when it stands in the verb's place, within the first words
    /// ("X made a lead-off presentation"); a role noun further on speaks of someone else ("X
    /// introduced the keynote speaker, Y").
    func first(in tokens: ArraySlice<Token>, beforeAnotherName: Bool = false) -> CueMatch? {
        var tokens = tokens
        // "X, who is visiting Geneva, Switzerland to attend ..., organized a dialogue": the verb's place
        // comes after the relative clause.
        if let (_, close) = Self.relativeClause(in: tokens), let close { tokens = tokens[(close + 1)...] }
        let words = words(tokens)
        // The verb's place comes after a title left without its closing comma: "Mr. X, Senior Advisor
        // to the President of the General Assembly spoke ...".
        var verb = 0
        let connectors: Set<String> = ["of", "the", "to", "for", "and", "on", "in", "at", "de", "a"]
        while verb < words.count, words[verb].isCapitalised || connectors.contains(words[verb].lower) { verb += 1 }
        // "X introduced the keynote speaker, Y": a role noun right before the next name is that name's.
        // "who organised the first symposium in 2009", "had organised a similar workshop": another event.
        func anotherEvent(_ range: Range<Int>) -> Bool {
            let object = words[range].map(\.lower) + words[range.upperBound..<min(words.count, range.upperBound + 6)].map(\.lower)
            return object.contains { ["first", "previous", "similar", "another", "earlier", "past", "last", "next", "future"].contains($0)
                || $0.count == 4 && $0.allSatisfy(\.isNumber) } || words[..<range.lowerBound].contains { $0.lower == "had" }
        }
        // "X introduced the four panelists": a plural role noun after a verb names the people X acted on.
        func othersActedOn(_ range: Range<Int>) -> Bool {
            let word = words[range.lowerBound].lower
            guard range.count == 1, word.hasSuffix("s"), range.lowerBound > 0 else { return false }
            return ["the", "two", "three", "four", "five", "six", "all", "both", "our", "their", "its", "fellow"].contains(words[range.lowerBound - 1].lower)
        }
        // "We thank Mr. X for his opening address, and Ms. Y for her remarks": a possessive says whose the words were,
        // however near the next name they stand.
        func possessed(_ range: Range<Int>) -> Bool {
            words[max(0, range.lowerBound - 1)..<range.upperBound].contains { ["his", "her", "their"].contains($0.lower) }
        }
        // "X presented; Y chaired", "X was elected Chairperson and Y Vice-Chairperson": a semicolon closes X's clause,
        // and an election names the office of the one elected, however near the next name.
        func ownClause(_ range: Range<Int>) -> Bool {
            let end = words[range.upperBound - 1].range.upperBound
            return ["elected", "nominated", "designated", "appointed"].contains(words[range.lowerBound].lower) || tokens.contains { $0.text == ";" && $0.range.lowerBound >= end }
        }
        // "X said that fourteen Members had replied": what X reported names no role of X's.
        let reported = words.indices.first { i in
            i + 1 < words.count && words[i + 1].lower == "that" && lexicon.reportingVerbs.contains(words[i].lower)
        } ?? words.count
        let candidates = matches(in: words).filter({ $0.range.lowerBound <= verb + 7 && $0.range.lowerBound <= reported
            && !(beforeAnotherName && $0.range.upperBound >= words.count - 1 && !possessed($0.range) && !ownClause($0.range))
            && !($0.cue.role == .organizer && anotherEvent($0.range)) && !othersActedOn($0.range) })
        guard var found = candidates.min(by: { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }) else { return nil }
        // "X opened the meeting and chaired the discussion throughout": presiding is the role the meeting gives X.
        if [.openingSpeaker, .closingSpeaker].contains(found.cue.role),
           let presiding = candidates.first(where: { [.chair, .moderator].contains($0.cue.role) && $0.range.lowerBound > found.range.upperBound
               && words[found.range.upperBound..<$0.range.lowerBound].last?.lower == "and"
               && ["chaired", "co-chaired", "moderated", "co-moderated", "presided"].contains(words[$0.range.lowerBound].lower) }) {
            found = presiding
        }
        // "A and B shared their experiences in a panel moderated by C": what A and B said, they said as panellists; "in a panel
        // discussion at Davos last year" alone, after no verb of the lexicon's, says nothing of a role.
        if found.cue.role == .speaker, let panel = words[found.range.upperBound...].prefix(6).indices.first(where: { i in
               i + 2 < words.count && ["in", "on"].contains(words[i].lower) && ["a", "the"].contains(words[i + 1].lower) && words[i + 2].lower == "panel"
           }), let label = lexicon.roleCues.first(where: { $0.role == .panelist }) {
            return CueMatch(role: .panelist, printed: words[panel..<(panel + 3)].map(\.text).joined(separator: " "), id: label.id)
        }
        // "X delivered the message of the Secretary-General": X read it out; its author is the one named after.
        // "X read out a message from Y": the particle of the verb stands between.
        if found.cue.role == .messageAuthor, let verb = words[..<found.range.lowerBound].last(where: { !["the", "a", "his", "her", "out", "aloud"].contains($0.lower) }),
           Self.deliveringVerbs.contains(verb.lower) {
            let start = words.firstIndex { $0.range.lowerBound == verb.range.lowerBound }!
            return CueMatch(role: .speaker, printed: words[start..<found.range.upperBound].map(\.text).joined(separator: " "),
                            id: Self.deliveredMessageCue)
        }
        return match(found, in: words)
    }

    static let nounGapById = "role.speaker.noun-gap-by"

    /// The id under which a panel implied by a verb of discussion ("A and B discussed ...") is explained.
    static let discussingVerbCue = "role.panelist.discussed"

    /// "A and B discussed how ...": a verb of discussion whose subject is a list.
    func discusses(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.first(where: { !Self.skippedBeforeVerb.contains($0.lower) }).map { lexicon.discussingVerbs.contains($0.lower) } ?? false
    }

    /// The id under which reading out another's message is explained.
    static let deliveredMessageCue = "role.speaker.delivered-message"
    static let deliveringVerbs: Set<String> = ["delivered", "read", "conveyed", "delivering", "reading", "conveying", "presented"]

    /// A relative clause right after a name ("X, who had been expected to open it, ..."): where "who" stands,
    /// and the comma that closes it, before a word in lower case other than "and", if it is closed.
    static func relativeClause(in tokens: ArraySlice<Token>) -> (who: Int, close: Int?)? {
        guard let who = tokens.firstIndex(where: { $0.text != "," }), tokens[who].lower == "who" else { return nil }
        let close = tokens[who...].indices.first { $0 + 1 < tokens.endIndex && tokens[$0].text == "," && tokens[$0 + 1].isWord
            && !tokens[$0 + 1].isCapitalised && tokens[$0 + 1].lower != "and" }
        return (who, close)
    }

    /// The cue of a relative clause that directly follows a name: ", who chaired the meeting".
    func relative(_ tokens: ArraySlice<Token>) -> CueMatch? {
        var rest = tokens.drop { $0.text == "," }
        guard rest.first?.lower == "who" else { return nil }
        rest = rest.prefix { $0.text != "," && $0.text != ";" }
        // "Professor X, who had co-chaired the high-level dialogue in 2019": what X had done before is another event's role.
        if rest.dropFirst().first?.lower == "had" { return nil }
        return first(in: rest)
    }

    /// '"...," said Jessica Mathews': a verb of speech right before the name.
    /// Only verbs of saying invert so; "gave Dr. X the floor" is no speech of X's.
    private static let invertedVerbs: Set<String> = ["said", "says", "added", "noted", "explained", "stressed", "observed", "remarked"]

    func reportingVerb(closing tokens: ArraySlice<Token>) -> String? {
        guard let verb = tokens.last(where: { $0.text != "," }), Self.invertedVerbs.contains(verb.lower) else { return nil }
        return verb.lower
    }

    // "A, B and C – delivered statements": a dash closes the list set off by the one that opened it.
    private static let skippedBeforeVerb: Set<String> = [",", "-", "–", "—", "also", "then", "further", "first", "finally", "later"]

    /// "A of the Institute and Dr. B of the Agency, who both described the programme": a relative clause's verb of speech.
    func reportingVerb(inRelative tokens: ArraySlice<Token>) -> String? {
        guard tokens.first(where: { $0.text != "," })?.lower == "who",
              let verb = tokens.drop(while: { $0.text == "," }).dropFirst().first(where: { !["both", "each", "also", "then", "later", "jointly"].contains($0.lower) }),
              lexicon.reportingVerbs.contains(verb.lower) else { return nil }
        return verb.lower
    }

    /// A verb of speech as the first word after a name and its appositive: "said", "outlined".
    func reportingVerb(opening tokens: ArraySlice<Token>) -> String? {
        var tokens = tokens
        // "X, ..., which published the book, announced": past a relative clause on the body or the person.
        if let first = tokens.first(where: { $0.text != "," }), ["which", "who", "whose"].contains(first.lower),
           let close = tokens.drop(while: { $0.text == "," }).dropFirst().firstIndex(where: { $0.text == "," }) {
            tokens = tokens[(close + 1)...]
        }
        // "X, speaking on behalf of the Division's Director, said", "Mrs. X, representing the Mayor, wished ...": past a
        // participle's phrase set apart by commas.
        if tokens.first?.text == ",", let participle = tokens.dropFirst().first, participle.lower.hasSuffix("ing"), !participle.isCapitalised,
           let close = tokens.dropFirst(2).prefix(16).firstIndex(where: { $0.text == "," }) {
            tokens = tokens[(close + 1)...]
        }
        // "Sigríður X, a psychologist at the Directorate of Health, described ...": past what the person is, set apart by
        // commas, when it opens with an article or an office.
        if tokens.first?.text == ",", let opening = tokens.dropFirst().first, ["a", "an", "the"].contains(opening.lower) || lexicon.titleWords.contains(opening.lower),
           let close = tokens.dropFirst(2).prefix(16).firstIndex(where: { $0.text == "," }),
           !tokens[tokens.startIndex..<close].contains(where: { lexicon.reportingVerbs.contains($0.lower) || ["who", "which", "and"].contains($0.lower) }) {
            tokens = tokens[(close + 1)...]
        }
        // "X of the Office for National Statistics of the United Kingdom cautioned": past where the speaker works,
        // printed without commas; "in Accra described", "und Investitionen (BVAI) argued": past the rest of it, where the
        // appositive stopped short.
        while let first = tokens.first, let next = tokens.dropFirst().first,
              ["of", "from", "at"].contains(first.lower) && (next.isCapitalised || next.lower == "the")
                || ["in", "on", "und", "für"].contains(first.lower) && next.isCapitalised || first.text == "(" {
            let past = Token.pastBody(tokens.dropFirst(["of", "from", "at"].contains(first.lower) ? 1 : 0), limit: tokens.startIndex + 18)
            guard past > tokens.startIndex else { break }
            tokens = tokens[past...]
        }
        guard let at = tokens.firstIndex(where: { !Self.skippedBeforeVerb.contains($0.lower) }) else { return nil }
        let verb = tokens[at]
        // "X took part in the workshop": taking part is no speech.
        if verb.lower == "took", tokens.index(after: at) < tokens.endIndex, ["part", "place"].contains(tokens[tokens.index(after: at)].lower) { return nil }
        // "Deputy X indicated first.": a member who indicated, with nothing said, asked the chair for the floor.
        if verb.lower == "indicated", tokens.index(after: at) == tokens.endIndex || [".", "first", "next", "earlier"].contains(tokens[tokens.index(after: at)].lower) {
            return nil
        }
        if lexicon.reportingVerbs.contains(verb.lower) || lexicon.discussingVerbs.contains(verb.lower) { return verb.lower }
        // "X represented the Secretariat and introduced its work": a verb of speech coordinated with
        // the first verb of the same clause.
        guard verb.lower.hasSuffix("ed"), !verb.isCapitalised else { return nil }
        let clause = tokens.drop { $0.range.lowerBound <= verb.range.lowerBound }.prefix { ![".", ";", ":"].contains($0.text) }.prefix(14)
        for (index, token) in zip(clause.indices, clause) where token.lower == "and" && index + 1 < clause.endIndex {
            // "founded the institute and made it ...": only a verb that says something reports speech here.
            let verbOfSpeech = lexicon.reportingVerbs.contains(clause[index + 1].lower)
                && !["made", "gave", "took", "offered", "delivered", "called", "welcomed"].contains(clause[index + 1].lower)
            if verbOfSpeech { return clause[index + 1].lower }
        }
        return nil
    }
}
