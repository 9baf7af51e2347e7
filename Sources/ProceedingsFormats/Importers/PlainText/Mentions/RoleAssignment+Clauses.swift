import Foundation

/// The clauses of a sentence that part its people from the role before them: subjects set apart from a presiding agent,
/// the subject a pronoun stands for, a clause whose verb is left out.
extension MentionFinder {
    /// "In the panel, chaired by X, Dean of Y, A (Org), B (Org) and C discussed ...": one agent of a
    /// singular "chaired by" and its description, then the subject of the sentence's verb. Those who
    /// follow the agent speak; they did not chair.
    func separateSubjects(_ mentions: inout [Mention], groups: [Int], tokens: [Token], cues: CueFinder) {
        var start = 0
        while start < mentions.count {
            var end = start
            while end + 1 < mentions.count, groups[end + 1] == start { end += 1 }
            defer { start = end + 1 }
            // "Under the chairmanship of Dr. X, A, B and C introduced ...": the fronted phrase ends at its comma.
            let fronted = ["chairmanship", "moderation", "coordination"].contains(mentions[start].roleAsPrinted?.lowercased() ?? "")
            // "In the first panel, moderated by Sen. X, A, B and C shared ...": a participle set off by a comma before it.
            let title = mentions[start].titleStart
            // "The session, moderated by A and B, discussed": two who moderated; only a comma right after the one closes the clause.
            let setOff = title >= 3 && tokens[title - 1].lower == "by" && tokens[title - 2].lower.hasSuffix("ed") && tokens[title - 3].text == ","
                && mentions[start].extent.upperBound < tokens.count && tokens[mentions[start].extent.upperBound].text == ","
            guard end > start, let role = mentions[start].role, role == .chair || role == .moderator,
                  mentions[start].affiliation != nil || fronted || setOff,
                  !(mentions[start].roleAsPrinted?.lowercased().hasPrefix("co") ?? true),
                  mentions[(start + 1)...end].allSatisfy({ $0.cue == mentions[start].cue }) else { continue }
            let after = tokens[mentions[end].extent.upperBound..<(end + 1 < mentions.count ? mentions[end + 1].tokens.lowerBound : tokens.count)]
            var ownCue = cues.first(in: after, beforeAnotherName: end + 1 < mentions.count)
            // "moderated by Prof. A of X, Y, Rep. B of the Z Committee and Mr. C, Member of W, made presentations": the last of
            // the agent's list is joined by "and" to one whose role the verb after them gives; they share it.
            if ownCue == nil, cues.reportingVerb(opening: after) == nil, end + 1 < mentions.count, after.last?.lower == "and",
               case let next = mentions[end + 1].extent.upperBound,
               case let tail = tokens[next..<(end + 2 < mentions.count ? mentions[end + 2].tokens.lowerBound : tokens.count)],
               let verb = cues.first(in: tail, beforeAnotherName: end + 2 < mentions.count), verb.role == mentions[end + 1].role {
                ownCue = verb
            }
            guard cues.reportingVerb(opening: after) != nil || ownCue != nil else { continue }
            for member in (start + 1)...end {
                mentions[member].role = ownCue?.role
                mentions[member].roleAsPrinted = ownCue?.printed
                mentions[member].impliedRole = ownCue == nil ? .speaker : nil
                mentions[member].cue = ownCue?.id ?? CueFinder.reportingVerbCue
            }
        }
    }
    /// The label a sentence's subject names in its first words ("A panel on ...", "The roundtable"), for a
    /// pronoun that opens the next sentence.
    func subjectLabel(of sentence: String) -> CueMatch? {
        let words = Tokenizer.tokenize(sentence).filter(\.isWord).prefix(3)
        // "A closing roundtable": the noun names the people, not the word that says when it was.
        guard let word = words.first(where: { $0.lower != "the" && label(of: $0.lower).map { [.panelist, .speaker, .presenter].contains($0.role) } ?? false }),
              let found = label(of: word.lower) else { return nil }
        return CueMatch(role: found.role, printed: word.text, id: found.id + ".subject")
    }

    /// The id under which one who assists another in a role is explained.
    static let assistingCue = "role.assisting"

    static let heardFromId = "role.speaker.heard-from"

    /// A clause whose verb is left out because it is the one before: it follows ", and" or ";" after the words the previous
    /// name's verb governed, and after its name (and bracket) comes what was spoken on, no verb.
    static func gapped(_ after: ArraySlice<Token>, connector: ArraySlice<Token>) -> Bool {
        let words = connector.filter(\.isWord).map(\.lower)
        guard words.count >= 3, words.last == "and" || connector.last?.text == ";",
              connector.contains(where: { $0.text == "," || $0.text == ";" }) else { return false }
        var rest = after.drop { $0.text == "," }
        if rest.first?.text == "(", let close = rest.firstIndex(where: { $0.text == ")" }) { rest = rest[(close + 1)...] }
        rest = rest.drop { $0.text == "," }
        guard let first = rest.first, first.isWord, !first.isCapitalised else { return false }
        if ["on", "about", "regarding", "concerning"].contains(first.lower) { return true }
        // "multivariate signatures.": a noun phrase to the sentence's end.
        return rest.count <= 8 && rest.allSatisfy { !$0.isWord || !($0.lower.hasSuffix("ed") || $0.lower == "was" || $0.lower == "were") }
            && (rest.last?.text == "." || rest.count == rest.filter(\.isWord).count)
    }

    /// "She noted that Provost X had approved two posts", "He recalled that the Director-General, Mr Y, had placed": a deed a
    /// speaker reports as done before the meeting, by someone the sentence gives no part in it.
    func reportedEarlierDeed(before: ArraySlice<Token>, after: ArraySlice<Token>) -> String? {
        guard let that = before.lastIndex(where: { $0.lower == "that" }), that > before.startIndex,
              lexicon.reportingVerbs.contains(before[that - 1].lower),
              !before[(that + 1)...].contains(where: { ["and", "while", "but"].contains($0.lower) }) else { return nil }
        var clause = after
        // "the Director-General, Mr Y, had placed": the comma that closes the name's apposition, or one past the name's own.
        if clause.first?.text == ",", clause.dropFirst().first?.lower == "had" {
            clause = clause.dropFirst()
        } else if clause.first?.text == ",", let close = clause.dropFirst().firstIndex(where: { $0.text == "," }), close - clause.startIndex <= 12 {
            clause = clause[(close + 1)...]
        }
        let words = Array(clause.prefix(2))
        guard words.count == 2, words[0].lower == "had", words[1].lower != "been",
              words[1].lower.hasSuffix("ed") || Self.irregularParticiples.contains(words[1].lower) else { return nil }
        return "mention.recalled"
    }

    static let irregularParticiples: Set<String> = ["written", "given", "made", "taken", "sent", "led", "held", "set", "said", "told", "spoken",
                                                    "chosen", "begun", "won", "sought", "brought", "built", "taught", "put"]

    /// The verb that opens a list right before a name, or past up to three words that describe its first member, with no stop
    /// between: "brought together Valais cantonal geologist X".
    func listOpener(in before: ArraySlice<Token>, of tokens: [Token]) -> Int? {
        let words = before.indices.filter { before[$0].isWord && !["the", "a", "an"].contains(before[$0].lower) }
        guard let last = words.last else { return nil }
        if Self.opensList(tokens, at: last) { return last }
        for k in words.suffix(4).dropLast().reversed() {
            guard before[(k + 1)...].allSatisfy(\.isWord) else { return nil }
            if Self.opensList(tokens, at: k) { return k }
        }
        return nil
    }

    /// "the Chair, Ms. X", "the Moderator, Dr. Y": a role of the meeting's, named with its article and set apart by a comma.
    func heldOffice(_ mention: Mention, in tokens: [Token]) -> CueMatch? {
        // The title stands before the comma that sets the name apart.
        let comma = mention.titleStart - 1
        guard comma >= 2, tokens[comma].text == ",", tokens[comma - 2].lower == "the", case let title = tokens[comma - 1].text,
              let label = lexicon.rosterLabels[title.lowercased()], [.chair, .moderator, .rapporteur].contains(label.role) else { return nil }
        return CueMatch(role: label.role, printed: tokens[comma - 2].text + " " + title, id: label.id + ".apposed")
    }

    /// "the late Hon.", "the late former Minister": the words before a name say the person has died.
    static func deceased(_ before: ArraySlice<Token>) -> Bool {
        let words = before.filter(\.isWord)
        return zip(words, words.dropFirst()).contains { $0.lower == "the" && $1.lower == "late" }
    }

    /// "..., and of the professor": a title in lower case after its article, as translations print it before "Dr. X", is the
    /// next name's, not what joins the two.
    static func withoutTitleInLowerCase(_ connector: String, _ lexicon: GenreLexicon) -> String {
        guard let last = connector.split(separator: " ").last, last.first?.isLowercase == true, lexicon.titleWords.contains(String(last)),
              connector.hasSuffix(" the " + last) else { return connector }
        return String(connector.dropLast(last.count + 5))
    }

    /// What opens the next item of a list before its title: "A, and the Director of the Academy, Ambassador B".
    /// A verb after the name, before the next name or the sentence's end: "..., Hon. B, delivered the keynote".
    static func hasOwnVerb(after mention: Mention, before end: Int, _ tokens: [Token], _ lexicon: GenreLexicon) -> Bool {
        tokens[mention.extent.upperBound..<max(mention.extent.upperBound, end)].contains { token in
            token.isWord && !token.isCapitalised && opensClause(token.lower, lexicon)
        }
    }

    static let titledItemOpeners = ["and the", ", and the", "; and the", "; the", "and by the", ", and by the", "; and by the"]

    /// ", and Grenada's": the list's joiner before a title that opens with a country's or a body's possessive; not where the one
    /// named after it has a verb of their own ("chaired by A, and Kenya's Minister of Finance, Hon. B, delivered the keynote").
    static func possessiveItemOpener(_ connector: String) -> String? {
        [", and", "; and", "and"].first { opener in
            guard connector.hasPrefix(opener + " "), let word = connector.dropFirst(opener.count + 1).split(separator: " ").first else { return false }
            return word.first?.isUppercase == true && Names.isPossessive(word)
        }
    }

    private static let electingVerbs: Set<String> = ["elected", "appointed", "designated", "nominated", "re-elected", "confirmed"]

    /// "presentations by A, Org, on X, and by B", "by A (X), who compared ..., by B (Y) on ..., and by C": the agent's "by"
    /// repeated goes on the list, after a clause on the one before it too when a comma sets the "by" apart.
    static func repeatsTheAgent(_ connector: String) -> Bool {
        guard connector.hasSuffix(" and by") || connector.hasSuffix(", by"), !connector.contains(";"), !connector.contains(", which") else { return false }
        return !connector.contains(", who") || connector.hasSuffix(", by") || connector.hasSuffix(", and by")
    }

    /// "The experts elected A (Chile), B (Peru) and C (Finland) as Co-Chairs": the names an election lists before the last,
    /// joined by commas and "and", each with a country in brackets perhaps, share the office; names with roles of their own
    /// ("moderated by A, and B and C joined as panellists") keep them.
    func sharePluralOffice(_ cue: CueMatch, end: Int, from index: Int, mentions: [Mention], tokens: [Token],
                           into asRole: inout [Int: (cue: CueMatch, end: Int)]) {
        var current = index
        while current > 0, asRole[current - 1] == nil, mentions[current - 1].role == nil {
            var k = mentions[current - 1].extent.upperBound
            if k < tokens.count, tokens[k].text == "(", let close = tokens[k...].firstIndex(where: { $0.text == ")" }),
               lexicon.countries.contains(tokens[(k + 1)..<close].map(\.text).joined(separator: " ").lowercased()) {
                k = close + 1
            }
            let between = tokens[min(k, mentions[current].titleStart)..<mentions[current].titleStart]
            guard !between.isEmpty, between.allSatisfy({ [",", "and"].contains($0.lower) }) else { return }
            current -= 1
        }
        // Only an election lists its officers so: the verb stands before the first of them.
        guard current < index, tokens[..<mentions[current].titleStart].contains(where: { Self.electingVerbs.contains($0.lower) }) else { return }
        for shared in current..<index { asRole[shared] = (cue, end) }
    }

    /// "Ms A (Philippines) was elected Chairperson of the workshop and Mr B (Viet Nam) Vice-Chairperson": after "and", a name
    /// and an office alone, the verb of electing printed once before the first name.
    func electedAlongside(_ index: Int, after k: Int, mentions: [Mention], tokens: [Token]) -> (cue: CueMatch, end: Int)? {
        let start = mentions[index].extent.lowerBound
        let titleStart = mentions[index].titleStart
        guard index > 0, k < tokens.count, tokens[k].isCapitalised, start > 0, titleStart > 0,
              tokens[start - 1].lower == "and" || tokens[titleStart - 1].lower == "and",
              tokens[..<start].contains(where: { Self.electingVerbs.contains($0.lower) }) else { return nil }
        let end = tokens[k...].firstIndex { [",", ";", ".", "and"].contains($0.lower) } ?? tokens.count
        guard end - k <= 3, case let office = tokens[k..<end].map(\.lower).joined(separator: " "), let label = label(of: office) else { return nil }
        let printed = tokens[k..<end].map(\.text).joined(separator: " ")
        // "Vice-Chairperson", "Co-Chair": an office of the chair, as "elected ... as Vice-Chair" reads.
        if office.includes("chair") { return (CueMatch(role: .chair, printed: printed, id: "role.chair.elected"), end) }
        return (CueMatch(role: label.role, printed: printed, id: label.id + ".elected"), end)
    }

    /// "X welcomed participants and introduced the working group's chair, Y": after the cue, a verb of X's that acts on Y; the cue
    /// is X's, and names no role of Y's.
    static func actedOnAfter(_ cue: CueMatch, _ words: [String]) -> Bool {
        guard let last = cue.printed.lowercased().split(separator: " ").last, let at = words.lastIndex(of: String(last)) else { return false }
        let rest = Array(words[(at + 1)...])
        return zip(rest, rest.dropFirst()).contains { $0 == "and" && ["introduced", "thanked", "invited", "congratulated", "acknowledged", "praised", "commended"].contains($1) }
    }

    /// A description that is a role at the meeting: a roster label alone ("Moderator"), or one of a part
    /// or of the meeting ("Chair of the Session", "chairperson of the committee" apposed, "rapporteur for the roundtable");
    /// "Chair of the Board of X" is elsewhere.
    func roleDescribed(_ description: String) -> CueMatch? {
        var head = description.trimming(.whitespaces).lowercased()
        // "SATO Hiroshi (Chair, Professor, Shizuoka University)": the role at the meeting first, then the position.
        // "Jonathan Pryce, Chair, Publishing Wales Forum": the chair of the body named after it alone, a position elsewhere.
        if let comma = head.firstIndex(of: ","), case let first = String(head[..<comma]), first.wordCount <= 2,
           let found = label(of: first), [.chair, .moderator, .rapporteur].contains(found.role),
           case let rest = description.trimming(.whitespaces).dropFirst(first.count + 1).trimming(.whitespaces),
           rest.contains(",") || rest.isEmpty || lexicon.titleWords.contains(rest.lowercased().words.first.map(String.init) ?? "")
            || !rest.words.allSatisfy({ $0.first?.isUppercase == true || ["of", "for", "and", "the", "on", "&"].contains(String($0)) }) {
            return CueMatch(role: found.role, printed: String(description.trimming(.whitespaces).prefix(first.count)), id: found.id + ".described")
        }
        // "rapporteur for the roundtable": a role held for the meeting, as of it.
        if let of = head.range(of: " of ") ?? head.range(of: " for ") {
            let rest = head[of.upperBound...].split(separator: " ").filter { $0 != "the" && $0 != "this" }
            guard rest.count == 1, let noun = rest.first,
                  ["session", "meeting", "panel", "plenary", "segment", "roundtable", "discussion", "day"].contains(String(noun))
                    || noun.hasSuffix("committee") && description.first?.isLowercase == true
                    || lexicon.eventNouns.contains(String(noun)) else { return nil }
            head = String(head[..<of.lowerBound])
        }
        guard head.wordCount <= 2, let found = label(of: head), found.role != .participant else { return nil }
        return CueMatch(role: found.role, printed: description, id: found.id + ".described")
    }

    /// "announced in 2017 by then-Prime Minister X", "worked with then Secretary-General X": an office held then, at another time
    /// than the meeting's. "and then Minister X spoke" is the order of speakers, and "from then Minister X led" its moment, so a
    /// bare "then" before the title counts only after a preposition of those. "X, then Director of Y" after a name is the
    /// office held at the time of the meeting reported, by one who may well have been there.
    static func officeHeldThen(_ mention: Mention, _ tokens: [Token]) -> Bool {
        let title = mention.titleStart, name = mention.tokens.lowerBound
        if title <= name, tokens[title].lower.hasPrefix("then-") || title >= 1 && tokens[title - 1].lower.hasPrefix("then-") { return true }
        if title <= name, title >= 2, tokens[title - 1].lower == "then", tokens[title].isCapitalised,
           ["with", "by", "under", "of", "to", "for"].contains(tokens[title - 2].lower) { return true }
        return false
    }
}
