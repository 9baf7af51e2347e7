import Foundation

/// People the text names again without their names: by the title that heads their description
/// ("moderated by the Rector"), as a body ("Both Co-Chairs delivered opening remarks"), or before
/// it names them ("Two lead-off speakers introduced the discussion. X argued ...").
extension PlainTextReader {
    /// "The second panel, moderated by the Rector, ...": a person named before by the title printed
    /// with their name ("UNU Rector Hans van Ginkel") holds the role, when only one person has it.
    mutating func actorsByTitle(in sentence: String, line: Int) {
        let tokens = Tokenizer.tokenize(sentence)
        // "In her opening address the Minister stressed ...": the title as the subject of a reporting verb, the cue before it.
        // Only "In her <speech> the <Title>": the possessive opens the phrase, so the speech is the title holder's own.
        func subject(_ k: Int) -> Bool {
            tokens[k].lower == "the" && k >= 3 && k + 3 < tokens.count && lexicon.reportingVerbs.contains(tokens[k + 2].lower)
                && tokens[0].lower == "in" && ["his", "her", "their"].contains(tokens[1].lower)
                && !tokens[2..<k].contains { $0.isCapitalised || !$0.isWord }
        }
        for k in tokens.indices.dropLast(2) where tokens[k].lower == "by" && tokens[k + 1].lower == "the" || subject(k) {
            let by = tokens[k].lower == "by"
            let title = tokens[by ? k + 2 : k + 1]
            let after = by ? k + 3 : k + 2
            // "Rapporteur: Mr X" over "considered a memorandum presented by the rapporteur": in lower case, the one the item
            // names under that label ("introduced by the chair" says no more than the chair's own label did).
            // Only as the agent of the verb right before it, with no name apposed: "put to panelists by the moderator, Ruth X" names
            // the moderator itself.
            let ofThePart = title.isCapitalised || !by || k == 0 || !tokens[k - 1].lower.hasSuffix("ed") || after < tokens.count && tokens[after].text == ","
                || !["rapporteur", "co-rapporteur"].contains(title.lower) ? nil : holderInThePart(labelled: title.lower, before: line)
            // "the Vice-Chairperson", "the Co-Chair": an office of the title's.
            guard ofThePart != nil || title.isCapitalised && (lexicon.titleWords.contains(title.lower) || ["vice-", "co-"].contains(where: title.lower.hasPrefix)
                    && lexicon.titleWords.contains(String(title.lower.drop { $0 != "-" }.dropFirst()))),
                  after == tokens.count || !Names.isNameToken(tokens[after].bare, lexicon) && tokens[after].lower != "of",
                  let cue = CueFinder(lexicon: lexicon).last(in: tokens[..<(by ? k + 1 : k)]) else { continue }
            // The title must head the person's description ("UNU Rector", "Rector of the University"),
            // not stand in it ("Special Adviser to the Rector").
            let holders = Set(participations.filter { participation in
                guard participation.personId != nil, let affiliation = participation.affiliation else { return false }
                let head = affiliation.fields(",").first.map { $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }) } ?? []
                // "Vice President" is not "the President".
                let ofAnother = head.contains { ["to", "of", "for", "at", "and"].contains($0) }
                    || head.dropLast().contains { lexicon.titleWords.contains($0.lowercased()) }
                return head.last.map { $0 == title.text } ?? false && !ofAnother || head.first.map { $0 == title.text } ?? false
            }.compactMap(\.personId))
            // "elected Dr. X (Bulgaria) as Chair" / "The session, moderated by the Chair, ...": the office the meeting gave.
            let officers = holders.isEmpty ? lexicon.rosterLabels[title.lower].map { office in
                // "chaired by the Vice-Chairperson": the vice-chair the meeting elected holds an office of the chair.
                Set(participations.filter { $0.personId != nil && $0.partId == nil && ($0.role == office.role || $0.role == .chair && title.lower.includes("chair"))
                    && $0.roleAsPrinted?.lowercased().words.last == title.lower[...] }.compactMap(\.personId))
            } ?? [] : holders
            guard let id = ofThePart ?? (officers.count == 1 ? officers.first : nil) else { continue }
            // What the item's rapporteur did at the meeting says more than the label that named them for the report.
            if ofThePart != nil, let part = currentPart.map({ parts[$0].id }) {
                settle(id, in: part, as: cue.role, cue: cue.id + ".by-label")
                if let index = participations.firstIndex(where: { $0.personId == id && $0.partId == part }) { participations[index].roleAsPrinted = cue.printed }
                continue
            }
            participate(id, role: cue.role, printed: cue.printed, cue: cue.id + ".by-title", affiliation: nil, line: line)
        }
    }

    /// The one person the current part listed under `label` ("Rapporteur: Mr X") on a line before `line`, if one; not one
    /// the sentence itself names ("put to panelists by the moderator, Peter X").
    func holderInThePart(labelled label: String, before line: Int) -> String? {
        guard let index = currentPart, lexicon.rosterLabels[label] != nil else { return nil }
        let holders = Set(participations.filter { $0.partId == parts[index].id && $0.line < line && $0.roleAsPrinted?.lowercased() == label }
            .compactMap(\.personId))
        return holders.count == 1 ? holders.first : nil
    }

    /// "Two lead-off speakers introduced the discussion": how many, and which role, with no name given.
    /// "... who kept the four panelists to strict answers": a number of people in a role, announced anywhere in the sentence.
    func announcedRole(in sentence: String) -> (label: GenreLexicon.RosterLabel, count: Int)? {
        let numbers = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6]
        let words = sentence.lowercased().words.map { $0.trimming(.init(charactersIn: ",.;:")) }
        for index in words.indices where numbers[words[index]] != nil && index + 1 < words.count {
            let rest = words[(index + 1)...]
            for length in [2, 1] where rest.count >= length {
                let phrase = rest.prefix(length).joined(separator: " ")
                if let label = lexicon.rosterLabels[phrase], label.role != .participant, phrase.hasSuffix("s") {
                    return (label, numbers[words[index]]!)
                }
            }
        }
        return nil
    }

    private static let singularChairs: Set<String> = ["chair", "chairman", "chairperson", "chairwoman", "convener", "convenor"]

    /// Who "the Chair" is at this point of the record: the one who last took the chair ("Mr. X, Vice-Chair, took the
    /// Chair"), else the one chair of the meeting; under "Chair: A / later: B" the first, until B takes it.
    var presiding: String? {
        let chairs = participations.filter { $0.role == .chair && $0.personId != nil }
        if let took = chairs.last(where: { ($0.roleAsPrinted ?? "").lowercased().hasSuffix(" the chair") && $0.roleAsPrinted?.lowercased() != "in the chair" }) {
            return took.personId
        }
        let meeting = chairs.filter { $0.partId == nil }
        let people = Set(meeting.compactMap(\.personId))
        if people.count == 1 { return people.first }
        // "Chair: A" over "later: B": two chairs of the meeting, one after the other.
        return meeting.count == 2 && meeting[1].roleAsPrinted?.lowercased() == "later" ? meeting[0].personId : nil
    }

    /// "Both Co-Chairs delivered opening remarks", "The Co-Chairs thanked all participants": the chairs
    /// named earlier act in this part; the part says in what role, or the sentence's cue does.
    mutating func chairsAct(in sentence: String, line: Int) {
        // "The Convener: Our next item is ...": a transcript names the one presiding by the office alone.
        let words = sentence.words.prefix(4).map { $0.lowercased().trimming(.init(charactersIn: ":")) }
        // "President: H.E. Mr X" in the Bureau elected, then "The President closed the session": the chair by the office's name.
        let presidents = words.contains("president") ? Set(participations.filter { $0.role == .chair && $0.roleAsPrinted?.lowercased() == "president" }
            .compactMap(\.personId)) : []
        guard let noun = words.firstIndex(where: { ["co-chairs", "co-chairs'", "chairs", "co-chairmen", "co-chairpersons"].contains($0)
                                                    || Self.singularChairs.contains($0) || $0 == "president" && presidents.count == 1 }),
              noun <= 2, words[..<noun].allSatisfy({ ["both", "the", "two"].contains($0) }),
              // "The chairs of the three working groups" are other people.
              noun + 1 >= words.count || words[noun + 1] != "of" else { return }
        // "The Chair thanked delegations": the one chair of the meeting, named earlier.
        let singular = Self.singularChairs.contains(words[noun]) || words[noun] == "president"
        let named = participations.filter { $0.role == .chair && $0.personId != nil }.compactMap(\.personId)
        let chairs = words[noun] == "president" ? Array(presidents) : singular ? presiding.map { [$0] } ?? [] : named
        guard singular ? chairs.count == 1 && words[..<noun] == ["the"] : chairs.count >= 2 else { return }
        let tokens = Tokenizer.tokenize(sentence)
        let cue = CueFinder(lexicon: lexicon).first(in: tokens[...].dropFirst(noun + 1))
        guard var role = partDefaultRole ?? cue?.role ?? (currentPart != nil ? .speaker : nil) else { return }
        // "The Chair said she took it that ...": in a part, the one chair of the meeting who speaks presides over it.
        if singular, role == .speaker, currentPart != nil { role = .chair }
        for id in chairs {
            participate(id, role: role, printed: cue?.printed, cue: partDefaultRole != nil ? partDefaultCue ?? "part.chairs" : cue?.id ?? "part.chairs",
                        affiliation: nil, line: line)
        }
    }
}
