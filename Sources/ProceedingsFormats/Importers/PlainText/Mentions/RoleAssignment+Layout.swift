import Foundation

/// Roles a sentence gives by its layout rather than its words: a list after a colon, a transcript's speaker before one.
extension MentionFinder {
    nonisolated(unsafe) private static let questionNumber = /Q\d{1,4}/

    /// "In a speech read on his behalf by", "In remarks delivered on her behalf by".
    nonisolated(unsafe) private static let speechReadForThem =
        /(?i)^in (?:a|an|the|his|her|their) (?:\w+ )?(?:speech|statement|message|address|remarks) (?:read|delivered|presented) (?:out )?on (?:his|her|their) behalf by(?= )/

    func assignRolesOfTheLayout(_ mentions: inout [Mention], tokens: [Token], sentence: String) {
        // "Secretary A, who was in Singapore, sent Undersecretary B to represent the department": A was not there; B was.
        for index in mentions.indices.dropLast() where mentions[index].role == nil && mentions[index].mentionedOnly == nil {
            let between = tokens[mentions[index].extent.upperBound..<mentions[index + 1].titleStart].filter(\.isWord).map(\.lower)
            let after = tokens[mentions[index + 1].extent.upperBound...].prefix(3).filter(\.isWord).map(\.lower)
            // "sent her deputy, Mr. B, to represent": the one sent may be named by a post first. A's own verb, right after the name
            // or its relative clause: "Dr C said her ministry had sent Ms B" names C, who spoke, as no sender.
            let senders: Set<String> = ["sent", "delegated", "dispatched"]
            guard let verb = between.lastIndex(where: senders.contains), between.distance(from: verb, to: between.endIndex) <= 4,
                  verb == between.startIndex || between.first == "who",
                  !between.contains(where: { lexicon.reportingVerbs.contains($0) || ["had", "has", "have"].contains($0) }),
                  after.first == "to", after.dropFirst().first.map({ ["represent", "attend", "deputise", "deputize"].contains($0) }) == true else { continue }
            mentions[index].mentionedOnly = "mention.absent"
        }
        // "In a speech read on his behalf by the Commissioner, Mr A, the Minister, Hon. B, said ...": A read it out; B, the
        // subject of the verb of saying, wrote it.
        if mentions.count >= 2, mentions[0].role == .speaker, sentence.prefixMatch(of: Self.speechReadForThem) != nil,
           case let end = mentions[1].extent.upperBound, end < tokens.count,
           tokens[end...].prefix(2).contains(where: { lexicon.reportingVerbs.contains($0.lower) }) {
            mentions.assign(CueMatch(role: .messageAuthor, printed: "on his behalf", id: "role.message.read-out"), to: 1)
        }
        // "The webinar heard from three experts: A (X), B (Y) and C (Z).": those listed after the colon are those heard.
        if let colon = tokens.firstIndex(where: { $0.text == ":" }), colon >= 3,
           let from = tokens[..<colon].lastIndex(where: { $0.lower == "from" }), from >= 1, ["heard", "hear", "hearing"].contains(tokens[from - 1].lower) {
            for index in mentions.indices where mentions[index].tokens.lowerBound > colon && mentions[index].role == nil && mentions[index].mentionedOnly == nil {
                mentions.assign(CueMatch(role: .speaker, printed: "heard from", id: Self.heardFromId), to: index)
            }
        }
        // "Responding to questions from Senator A and Representative B, he stated ...": those the questions came from asked;
        // the one who responded is named after them.
        for index in mentions.indices where mentions[index].cue == "role.respondent" {
            let window = tokens[max(0, mentions[index].titleStart - 12)..<mentions[index].titleStart]
            // Only names stand between "from" and the asker: "questions from the floor together with Mr. X" asked nothing of X.
            guard let from = window.lastIndex(where: { $0.lower == "from" }), from > window.startIndex,
                  ["questions", "question", "queries", "comments"].contains(tokens[from - 1].lower),
                  tokens[(from + 1)..<mentions[index].titleStart].allSatisfy({ $0.isCapitalised || [",", "and", "&"].contains($0.lower) })
            else { continue }
            mentions.assign(CueMatch(role: .participant, printed: tokens[from - 1].text + " " + tokens[from].text, id: MentionFinder.questionCue),
                            to: index)
        }
        // "opened by the Cabinet Secretary, Dr. X, who was represented by the Principal Secretary, Dr. Y": Y gave the speech in
        // X's stead, and holds the role the sentence gives X.
        for index in mentions.indices.dropFirst() where mentions[index].role == nil && mentions[index].mentionedOnly == nil {
            let before = tokens[max(0, mentions[index].titleStart - 14)..<mentions[index].titleStart].map(\.lower)
            guard let by = before.lastIndex(of: "by"), by > 0, before[by - 1] == "represented",
                  let absent = mentions[..<index].lastIndex(where: { $0.mentionedOnly == "mention.absent" }),
                  let cue = CueFinder(lexicon: lexicon).last(in: tokens[0..<mentions[absent].titleStart], titleStart: mentions[absent].titleStart),
                  [.openingSpeaker, .closingSpeaker, .keynoteSpeaker, .speaker, .chair].contains(cue.role) else { continue }
            mentions.assign(CueMatch(role: cue.role, printed: cue.printed, id: cue.id + ".represented"), to: index)
        }
        // "with Mr A (Greece, EPP/CD), Chairperson, and subsequently Ms B (Denmark, SOC), First Vice-Chairperson, in the Chair":
        // minutes name those who presided one after the other, and the note after the last is each one's.
        for index in mentions.indices.dropLast().reversed() where mentions[index].role == nil && mentions[index].mentionedOnly == nil {
            let next = mentions[index + 1]
            guard next.role == .chair, next.roleAsPrinted?.lowercased() == "in the chair", mentions[index].extent.upperBound <= next.titleStart,
                  case let between = tokens[mentions[index].extent.upperBound..<next.titleStart].filter(\.isWord).map(\.lower),
                  [["and", "subsequently"], ["and", "later"], ["and", "afterwards"], ["subsequently"]].contains(between),
                  // "with Mr A (...), Chairperson, and subsequently Ms B": the list of those presiding opens with "with".
                  mentions[index].titleStart >= 1, tokens[..<mentions[index].titleStart].last(where: \.isWord)?.lower == "with"
            else { continue }
            mentions.assign(CueMatch(role: .chair, printed: next.roleAsPrinted ?? "in the Chair", id: next.cue ?? "role.chair"), to: index)
        }
        // "CHAIR (Senator Brennan): I declare open ...", "The Convener (Catriona Lamont): Good morning": Hansard names the one
        // presiding by the office, the member in brackets.
        // "The Chair (Mr. Paul Leblanc (Acadie—Bathurst, Lib.)):": the member's seat and party may follow the name.
        if let first = mentions.first, first.role == nil, first.titleStart >= 2, tokens[first.titleStart - 1].text == "(",
           ["chair", "chairman", "chairperson", "chairwoman", "convener", "convenor"].contains(tokens[first.titleStart - 2].lower),
           let close = closingBracket(after: first.tokens.upperBound, in: tokens, sentence: sentence),
           close + 1 < tokens.count, tokens[close + 1].text == ":",
           first.titleStart - 2 == 0 || first.titleStart - 2 == 1 && tokens[0].lower == "the" {
            mentions.assign(CueMatch(role: .chair, printed: tokens[first.titleStart - 2].text, id: "transcript.chair"), to: 0)
        }
        // "Professor X: Thank you, Lord Chair. I am ...", "Q28  Dr Y, Research Scientist, Agency: We would agree.": a transcript
        // names who speaks before a colon, with the position; a question asks, and gives its asker no role. A member of the
        // committee ("Senator Oh:", "Baroness X:") sits on it and stays as the roster lists them.
        if let first = mentions.first, first.role == nil, first.mentionedOnly == nil,
           tokens[..<min(first.titleStart, first.tokens.lowerBound)].allSatisfy({ $0.text.wholeMatch(of: Self.questionNumber) != nil }),
           let colon = tokens[first.tokens.upperBound...].prefix(16).firstIndex(where: { $0.text == ":" }), colon + 2 < tokens.count,
           mentions.count == 1 || mentions[1].tokens.lowerBound > colon,
           tokens[first.tokens.upperBound..<colon].allSatisfy({ !$0.isWord || $0.isCapitalised || ["of", "and", "the", "for", "on", "in", "to"].contains($0.lower) }),
           sittingOfTheHouse || !Self.membersHonorifics.contains(first.printed.honorific?.lowercased().trimming(.init(charactersIn: ".")) ?? "") {
            // "Mr. Dale Reimer (Provencher, CPC): Thank you, Chair.": a seat and a party say a member asks, not a witness.
            if first.tokens.upperBound < colon,
               seatAndParty(sentence[tokens[first.tokens.upperBound].range.lowerBound..<tokens[colon].range.lowerBound]) {
                mentions.assign(CueMatch(role: .participant, printed: "", id: "transcript.member"), to: 0)
                return
            }
            guard !sentence.trimming(.whitespaces).hasSuffix("?") else { return }
            mentions.assign(CueMatch(role: .speaker, printed: "", id: "transcript.speaker"), to: 0)
            // What the speaker says is no part of the position printed before the colon.
            if let affiliation = mentions[0].affiliation, let cut = affiliation.range(of: ": ") {
                mentions[0].affiliation = String(affiliation[..<cut.lowerBound])
            }
        }
    }

    /// The ")" that closes the bracket a name is printed in, right after the name or after the member's seat and party.
    private func closingBracket(after end: Int, in tokens: [Token], sentence: String) -> Int? {
        guard end < tokens.count else { return nil }
        if tokens[end].text == ")" { return end }
        guard tokens[end].text == "(", let inner = tokens[end...].prefix(14).firstIndex(where: { $0.text == ")" }),
              inner + 1 < tokens.count, tokens[inner + 1].text == ")",
              seatAndParty(sentence[tokens[end].range.lowerBound..<tokens[inner + 1].range.lowerBound]) else { return nil }
        return inner + 1
    }

    /// "(Provencher, CPC)", "(Highlands and Islands) (Lab)", "(SNP)": what a legislature's record prints after a member's
    /// name, a seat and a party. "(Director, UNDP)" is a witness's position, and "(Ghana, AU)" a delegate's country.
    func seatAndParty(_ printed: Substring) -> Bool {
        var groups: [[String]] = []
        var rest = printed.trimming(.whitespaces)[...]
        while rest.first == "(", let close = rest.firstIndex(of: ")") {
            groups.append(rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").map { String($0.trimming(.whitespaces)) })
            rest = rest[rest.index(after: close)...].trimming(.whitespaces)[...]
        }
        guard rest.isEmpty, let last = groups.last?.last else { return false }
        let elements = groups.flatMap { $0 }
        let seat = elements.dropLast()
        guard seat.allSatisfy({ element in
            let words = element.split(whereSeparator: { $0 == " " || $0 == "—" || $0 == "-" }).map { $0.lowercased() }
            return !words.isEmpty && !lexicon.countries.contains(element.lowercased())
                && !words.contains(where: { lexicon.titleWords.contains($0) || NameVocabulary.isPositionWord($0, titleWords: lexicon.titleWords) })
        }) else { return false }
        // Only a party the lexicon lists: "(Nairobi, UNEP)" is where a witness works, in the same capitals.
        let party = last.hasSuffix(".") ? String(last.dropLast()) : last
        return lexicon.partyLabels.contains(party.lowercased())
    }

    /// The honorifics of those who sit on a legislature's committee, who ask rather than give evidence.
    static let membersHonorifics: Set<String> = ["senator", "sen", "representative", "rep", "congressman", "congresswoman", "lord", "baroness",
                                                 "viscount", "baron", "councillor", "cllr", "councilor", "supervisor", "alderman", "deputy", "mpp"]
}

extension [Mention] {
    /// The role a cue gives the mention at `index`; a role read from the layout ("Name: ..." in a transcript) has no words
    /// of its own.
    mutating func assign(_ cue: CueMatch, to index: Int) {
        self[index].role = cue.role
        self[index].roleAsPrinted = cue.printed.isEmpty ? nil : cue.printed
        self[index].cue = cue.id
    }
}
