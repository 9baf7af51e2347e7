import Foundation

/// How the words between two names of a sentence decide whether a list goes on and whose role a cue is: an item's topic or
/// description, a discussion "with" its panel, a "that" clause after a verb of saying, a role after "spoke as", the floor.
extension MentionFinder {
    /// "a panel discussion with", "a conversation with": the people a discussion was held with, the word before "with" a
    /// discussion's.
    static func discussionWith(_ opener: Token, in tokens: [Token]) -> Bool {
        guard opener.lower == "with", let at = tokens.firstIndex(where: { $0.range == opener.range }),
              let noun = tokens[..<at].last(where: \.isWord) else { return false }
        return ["panel", "discussion", "debate", "conversation", "dialogue", "exchange", "roundtable"].contains(noun.lower)
    }

    /// "Join us for a conversation with A, B, and C": an event page invites to the talk of those it lists; "her dialogue with
    /// Kofi Annan" recalls another's.
    static func invitedToConversation(_ tokens: [Token], at index: Int) -> Bool {
        guard index >= 3, tokens[index].lower == "with", ["conversation", "discussion", "dialogue"].contains(tokens[index - 1].lower),
              ["a", "an"].contains(tokens[index - 2].lower) else { return false }
        return ["for", "to", "join"].contains(tokens[index - 3].lower)
    }

    /// Whether "that" follows the cue's first word among the words before the name.
    static func saysThatBefore(_ cue: CueMatch, in before: ArraySlice<Token>) -> Bool {
        guard let first = cue.printed.lowercased().split(separator: " ").first.map(String.init) else { return false }
        let words = before.filter(\.isWord).map(\.lower)
        guard let at = words.firstIndex(of: first), let that = words.lastIndex(of: "that") else { return false }
        return that > at && that - at <= 2
    }

    /// Verbs of taking part that a role after "as" completes: "spoke as panellists", "took part as"; "served as" is a cue of its own.
    static let partTakingVerbs: Set<String> = ["spoke", "participated", "appeared", "sat", "took", "part", "also", "joined"]

    static let talks: Set<Role> = [.speaker, .presenter, .panelist]

    /// "Speakers included", "Panelists were": the label of people whose list the verb in `range`, before a name, opens.
    func listLabel(in tokens: [Token], _ range: Range<Int>) -> CueMatch? {
        guard let verb = tokens[range].lastIndex(where: { $0.isWord && !["the", "a", "an"].contains($0.lower) }),
              verb > range.lowerBound, Self.opensList(tokens, at: verb) else { return nil }
        return nounLabel(before: verb, in: tokens)
    }

    /// "presenters included": a plural noun of people right before the verb that opens their list.
    func nounLabel(before verb: Int, in tokens: [Token]) -> CueMatch? {
        guard verb > 0, tokens[verb - 1].lower.hasSuffix("s") else { return nil }
        // "the resource persons were": a label of two words before the verb.
        if verb > 1, let label = label(of: tokens[verb - 2].lower + " " + tokens[verb - 1].lower) {
            return CueMatch(role: label.role, printed: tokens[verb - 2].text + " " + tokens[verb - 1].text, id: label.id + ".subject")
        }
        guard let label = label(of: tokens[verb - 1].lower) else { return nil }
        return CueMatch(role: label.role, printed: tokens[verb - 1].text, id: label.id + ".subject")
    }
    static let floorCue = "role.participant.discussion"
    static let questionCue = "role.participant.question"
    static let askingVerbs: Set<String> = ["asked", "enquired", "inquired", "queried", "wondered"]

    /// "asked whether ...", "questioned how communities would prove their claims": a question, not a request ("asked that
    /// ...") nor a doubt ("questioned whether ...", "questioned the need for ...").
    static func asks(_ after: ArraySlice<Token>, verb: String) -> Bool {
        if askingVerbs.contains(verb) { return !requests(after, verb: verb) }
        guard verb == "questioned", let at = after.firstIndex(where: { $0.lower == verb }), at + 1 < after.endIndex else { return false }
        return ["how", "why", "what", "who", "when", "where", "which"].contains(after[at + 1].lower)
    }

    /// "asked that ...", "asked for ...": the verb of asking makes a request, as a statement does.
    static func requests(_ after: ArraySlice<Token>, verb: String) -> Bool {
        guard let at = after.firstIndex(where: { $0.lower == verb }), at + 1 < after.endIndex else { return false }
        return ["that", "for"].contains(after[at + 1].lower)
    }

    /// A sentence that opens in the discussion after the talks: "In the (ensuing) discussion (that followed),",
    /// "During the discussion,", "From the floor,", "In the question-and-answer session,".
    /// "X, a former regulator, asked from the floor why ...": the verb's own phrase says where the question came from.
    static func fromTheFloor(after: ArraySlice<Token>) -> Bool {
        let words = after.prefix(24).filter(\.isWord).map(\.lower).joined(separator: " ")
        return words.includes(" from the floor") || words.includes(" from the audience")
    }

    static func fromTheFloor(_ tokens: [Token]) -> Bool {
        guard let comma = tokens.prefix(10).firstIndex(where: { $0.text == "," }) else { return false }
        let words = tokens[..<comma].filter(\.isWord).map(\.lower)
        guard let first = words.first, ["in", "during", "from"].contains(first) else { return false }
        return words.contains("floor") || words.contains("discussion") && !words.contains("panel")
            || words.contains("question-and-answer") || words.contains("q&a")
    }

    /// "presentations by A (Institute) on glacier loss and from B", "papers by A on piracy; B on ports; and C": each
    /// member's topic, then the list goes on; a topic has no verb of its own.
    /// "coordinators of Kenya (Ms. A), Somalia (Mr. B) and South Sudan (Mr. C)": each name in brackets after the country or
    /// body it speaks for, and the list goes on from bracket to bracket.
    static func bracketedItemEnds(_ between: String) -> Bool {
        between.wholeMatch(of: bracketToBracket) != nil
    }

    /// "Bangladesh (Mr A, Department of Agricultural Extension), Indonesia (Ms B, ...)": the bracket may give the position too.
    nonisolated(unsafe) private static let bracketToBracket = /(?:,[^()]{1,90})?\)\s*(?:,\s*|,?\s*and\s+)(?:the\s+)?\p{Lu}[^()]{0,40}?\s*\(/

    static func topicItemEnds(_ between: String) -> Bool {
        guard between.hasPrefix("on "), let end = ["; and", ";", " and from", " and by", " and"].first(where: between.hasSuffix) else { return false }
        let topic = between.dropFirst(3).dropLast(end.count)
        guard !topic.isEmpty, end.hasPrefix(";") || !topic.contains(where: { ",;".contains($0) }) else { return false }
        let words = topic.letterRuns.map { $0.lowercased() }
        return !words.contains(where: { verbsOfAnItem.contains($0) || $0.hasSuffix("ed") && $0.count > 4 })
    }

    private static let verbsOfAnItem: Set<String> = ["is", "was", "were", "are", "has", "had", "said", "spoke", "gave", "made", "opened",
                                                     "closed", "presented"]

    /// "A, treasurer of a water committee; B, an area mechanic; and C": what stands between two names of a
    /// list is the first one's description, closed by a semicolon, with no verb of its own.
    static func describedItemEnds(_ between: String) -> Bool {
        // "A of the Swedish Energy Agency and Senior Fellow B": where each works, then "and", goes on the list.
        let byAnd = (between.hasSuffix(" and") || between.hasSuffix(" and by")) && !between.contains(",") && !between.contains(";")
            && (between.hasPrefix("of ") || between.hasPrefix("from ") || between.hasPrefix("("))
        // "A from the University of the Philippines, B from the Knowledge Centre and C": where each comes from, then a comma.
        let byComma = (between.hasSuffix(",") || between.hasSuffix(", and")) && between.dropLast().filter({ $0 == "," }).count <= 1
            && (between.hasPrefix("of ") || between.hasPrefix("from ")) && between.wordCount <= 12
        guard between.hasSuffix(";") || between.hasSuffix("; and") || byAnd || byComma,
              between.hasPrefix(",") || between.hasPrefix("(") || between.hasPrefix("of ") || between.hasPrefix("from ") else { return false }
        let words = between.letterRuns.map { $0.lowercased() }
        return !words.contains(where: { verbsOfAnItem.contains($0) || $0.hasSuffix("ed") && $0.count > 4 })
    }
}
