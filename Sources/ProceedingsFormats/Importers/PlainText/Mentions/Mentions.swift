import Foundation

/// A person named in a sentence, with what the sentence says about them.
struct Mention {
    var printed: PrintedName
    /// Token span of the name (honorific included), and of the name plus its appositive.
    var tokens: Range<Int>
    var extent: Range<Int>
    var affiliation: String?
    var role: Role?
    var roleAsPrinted: String?
    /// A role the sentence implies without naming it ("X said ..."): the part's own role comes first.
    var impliedRole: Role?
    /// The lexicon's id of the cue that gave the role.
    var cue: String?
    /// The cue by which the sentence only speaks of the person ("the visit of"): no participant.
    var mentionedOnly: String?
    /// A second role a relative clause gives someone whose role was printed before the name: "chaired by X,
    /// who also made closing remarks". It is the event's, not the part's.
    var alsoRole: CueMatch?
    /// Where a title printed before the name begins ("PBC Chair Mr. Yukio Takasu"), else the name's start.
    var titleStart: Int
    /// The title printed right before the name, kept when an apposition after the name gives the affiliation.
    var titleBefore: String?
}

/// Reads the people out of one sentence of reported proceedings, and the role each one played.
struct MentionFinder {
    let registry: Registry
    let lexicon: GenreLexicon
    /// The sentence being read; token ranges point into it.
    var sentence = ""
    /// What the sentence before named as its subject, for one that opens with "It" or "They".
    var carriedSubject: CueMatch?

    /// The text records a sitting of the whole house: a member who takes the floor speaks, and sits on no committee.
    var sittingOfTheHouse = false

    init(registry: Registry, lexicon: GenreLexicon, sittingOfTheHouse: Bool = false) {
        self.registry = registry
        self.lexicon = lexicon
        self.sittingOfTheHouse = sittingOfTheHouse
    }

    /// What stands between two names of one list: "A, B, and C", "A as well as B".
    /// "Presentations were made by A, Org, on X, and by B": the agent's "by" repeated goes on the list.
    static let listConnectors: Set<String> = [",", "and", ", and", "&", ", as well as", "as well as", ", together with",
                                                      ";", "; and", "and by", ", and by", "as well as by", "and from", ", and from",
                                                      // "with the participation of A, of B and of C": Portuguese and Spanish repeat "of".
                                                      ", of", "and of", ", and of", "; and by", "; and of"]

    func mentions(in sentence: String) -> [Mention] {
        var scan = self
        // "Ir. Bambang Hariyanto, M.Sc., Institut ...": a degree after a name is blanked, its place kept, so that what
        // follows it reads as the affiliation and no "Sc" as a person.
        // Most sentences print no comma followed by another: they are left as they are without running the pattern.
        scan.sentence = !sentence.contains(", ") ? sentence
            : sentence.replacing(RosterLines.degreeBetweenCommas) { String(repeating: " ", count: $0.output[0].substring?.count ?? 0) }
        return scan.scan()
    }

    func scan() -> [Mention] {
        let tokens = Tokenizer.tokenize(sentence)
        var found: [Mention] = []
        var i = 0
        while i < tokens.count {
            if let group = officeHolders(at: i, in: tokens) {
                found += group
                i = group.last!.tokens.upperBound
                continue
            }
            if let mention = mention(at: i, in: tokens, after: found.last?.tokens.upperBound ?? 0)
                ?? listedMention(at: i, in: tokens, after: found.last) {
                found.append(mention)
                i = mention.tokens.upperBound
                // "Monte Cassim (Director, Kyoto Museum for World Peace)": what the brackets say of a
                // person describes them and names no one else.
                if i < tokens.count, tokens[i].text == "(" {
                    var depth = 0
                    while i < tokens.count {
                        if tokens[i].text == "(" { depth += 1 }
                        if tokens[i].text == ")" { depth -= 1; if depth == 0 { break } }
                        i += 1
                    }
                }
            } else {
                i += 1
            }
        }
        // "Senator Oh: Victor Oh, Ontario.": a member asked to introduce themselves gives the full name after the colon.
        if found.count == 1, found[0].printed.tokens.count == 1, found[0].tokens.upperBound + 2 < tokens.count,
           tokens[found[0].tokens.upperBound].text == ":", case let start = found[0].tokens.upperBound + 1,
           let end = tokens[start...].prefix(5).firstIndex(where: { !$0.isWord || !$0.isCapitalised }), end - start >= 2,
           end == tokens.count || tokens[end].text == "," || tokens[end].text == ".",
           tokens[end - 1].lower == found[0].printed.family.lowercased(),
           var full = Names.parse(tokens[start..<end].map(\.bare).joined(separator: " "), lexicon) {
            full.honorific = found[0].printed.honorific
            found[0].printed = full
        }
        for index in found.indices {
            // "His Excellency X", "Her Royal Highness Y": the possessive opens the style, and what stands before it is the title's.
            if case let start = found[index].titleStart, start > 0, start == found[index].tokens.lowerBound,
               ["his", "her"].contains(tokens[start - 1].lower), tokens[start - 1].isCapitalised, Names.honorific(tokens[start].text, lexicon) != nil {
                found[index].titleStart = start - 1
            }
            var limit = index + 1 < found.count ? found[index + 1].tokens.lowerBound : tokens.count
            // "the mayor of Cuenca, A, the mayor of Valparaíso, B, and the secretary of Recife, C": where the list's people
            // follow their offices, the office after a name is the next one's, not an apposition of this one.
            if index + 1 < found.count, Self.describedBeforeName(found[index], tokens), Self.describedBeforeName(found[index + 1], tokens) {
                limit = found[index + 1].titleStart
            }
            let (affiliation, end) = appositive(after: found[index].tokens.upperBound, limit: limit, in: tokens, sentence: sentence)
            found[index].extent = found[index].tokens.lowerBound..<end
            if found[index].titleStart < found[index].tokens.lowerBound {
                found[index].titleBefore = joined(tokens[found[index].titleStart..<found[index].tokens.lowerBound])
            }
            if let affiliation { found[index].affiliation = affiliation }
            // Two lines of a roster read as one sentence ("McKENNA, Mr Daniel, Assistant Secretary, ... TAUMOEPEAU, Ms Lesieli"):
            // this one's apposition runs up to the next name, and the next one's title may not reach back into it.
            if index + 1 < found.count, found[index + 1].titleStart < end {
                let start = min(end, found[index + 1].tokens.lowerBound)
                found[index + 1].titleStart = start
                found[index + 1].affiliation = start < found[index + 1].tokens.lowerBound
                    ? joined(tokens[start..<found[index + 1].tokens.lowerBound]) : nil
            }
        }
        welcomedFromTheirBody(&found, tokens)
        assignRoles(&found, tokens: tokens, sentence: sentence)
        return found
    }

    // MARK: - Names

    /// `floor`: where the previous mention ended; a title never reaches back into it.
    static let namedRooms = buildings.union(["room", "hall", "chamber", "library", "lounge", "wing", "suite"])

    func mention(at i: Int, in tokens: [Token], after floor: Int) -> Mention? {
        let token = tokens[i]
        guard !token.quoted, token.isWord else { return nil }
        // 1. An honorific followed by a name: "Mr. Konuma", "H.E. Mr. Yukio Takasu".
        // "a.m. JST": an honorific is capitalised, but for the academic ones Dutch and Flemish pages print in lower case
        // ("prof. dr. ir. Anneke van der Meulen", "dr. Joost de Vries").
        if Names.honorific(token.text, lexicon) != nil, token.isCapitalised || opensLowerCaseDegrees(at: i, in: tokens) {
            var j = i
            // "Ambassador M. Donowaki": after another honorific, a capital and a period is an initial.
            while j < tokens.count, Names.honorific(tokens[j].text, lexicon) != nil,
                  !(j > i && (Names.isInitial(tokens[j].text) || Names.isBareInitial(tokens[j].text))) {
                j += 1
                // "Prof. Dr. Dr. h.c. Wolfgang X": an honorary doctorate, printed in lower case, goes with the honorifics.
                if j + 1 < tokens.count, tokens[j].text == "h", tokens[j + 1].text == "c" { j += 2 }
            }
            let honorificsEnd = j
            // "Colonel (ret.) Ousmane Traoré": a retired officer's mark stands between rank and name.
            // "Brig. Gen. (res.) Dr. X": a reservist's too; "Engr. (Mrs.) X": a second honorific in brackets.
            while j + 2 < tokens.count, tokens[j].text == "(",
                  ["ret", "retd", "ret.", "retd.", "rtd", "rtd.", "res", "res."].contains(tokens[j + 1].lower)
                    || Names.honorific(tokens[j + 1].text, lexicon) != nil && tokens[j + 1].isCapitalised {
                j += 2
                if j < tokens.count, tokens[j].text == "." { j += 1 }
                if j < tokens.count, tokens[j].text == ")" { j += 1 }
                // "Brig. Gen. (res.) Dr. Udi Lavie": honorifics may follow the mark.
                while j < tokens.count, Names.honorific(tokens[j].text, lexicon) != nil, tokens[j].isCapitalised,
                      j + 1 < tokens.count, tokens[j + 1].isCapitalised, !Names.isInitial(tokens[j].text) { j += 1 }
            }
            let nameStart = j
            // "Mr. Khaled bin Mohammed Al Gosaibi": a name with particles runs longer; "Ms. Ni Luh Putu Ayu Laksmi" has five words.
            func limit() -> Int { tokens[nameStart..<j].contains { lexicon.nameParticles.contains($0.lower) } ? 6 : 5 }
            while j < tokens.count, j - nameStart < limit(), !tokens[j].quoted,
                  Names.isNameToken(tokens[j].bare, lexicon) || (isAllCapsName(tokens[j]) && j > nameStart)
                    || j == nameStart && Names.wordsAsGivenNames.contains(tokens[j].lower) && tokens[j].isCapitalised
                        && j + 1 < tokens.count && Names.isNameToken(tokens[j + 1].bare, lexicon)
                    || j > nameStart && closesName(at: j, in: tokens)
                    || tokens[nameStart...j].allSatisfy({ Names.isBareInitial($0.text) }) && j + 1 < tokens.count && tokens[j + 1].isCapitalised {
                j += 1
                if tokens[j - 1].bare != tokens[j - 1].text { break }
            }
            j = withoutTrailingParticles(nameStart, j, tokens)
            // "at the Sen. Gil J. Puyat Room": a hall named after a person is a place.
            if j < tokens.count, tokens[j].isCapitalised, Self.namedRooms.contains(tokens[j].lower) { return nil }
            // "The Sister Cities Network": a word of kinship or rank that is also a common noun needs a full name after it.
            if j == nameStart + 1, Self.softHonorifics.contains(tokens[i].lower.trimming(.init(charactersIn: "."))) { j = nameStart }
            if j > nameStart {
                let place = Self.peerPlace(after: j, honorific: tokens[i], in: tokens)
                let text = (tokens[i..<honorificsEnd].filter { $0.text != "h" && $0.text != "c" } + tokens[nameStart..<j]).map(\.bare)
                    .joined(separator: " ")
                if var printed = Names.parse(text, lexicon) {
                    let affiliation = titleBefore(i, in: tokens, floor: floor)
                    if place > j { printed.name += " of " + tokens[(j + 1)..<place].map(\.text).joined(separator: " ") }
                    return Mention(printed: printed, tokens: i..<place, extent: i..<place, affiliation: affiliation.0,
                                   titleStart: affiliation.1)
                }
            }
        }
        // 2. A person already known, by full name, variant, misspelling or surname.
        if let known = knownMention(at: i, in: tokens, floor: floor) { return known }
        // "Search and Rescue Operations": a capitalised word joined by "and" to the one before goes on a
        // body's name, unless that word ended the person before.
        if i >= 2, tokens[i - 1].lower == "and", i - 2 >= floor, tokens[i - 2].isWord, tokens[i - 2].isCapitalised,
           Names.honorific(tokens[i - 2].text, lexicon) == nil { return nil }
        // 3. A new name after a title, with no honorific: "Minister for Foreign Affairs, Yoriko Kawaguchi,".
        // 4. A new name vouched for by what follows it: "Atul Kohli (Princeton University)".
        // 5. A new name right after a verb of a role and "by": "facilitated by Anna Kowalska".
        return titledMention(at: i, in: tokens, floor: floor) ?? appositiveMention(at: i, in: tokens) ?? cuedMention(at: i, in: tokens)
    }

    /// "Lord Pennington of Wrexham, former Trade Envoy": the end of a peer's place, one to three capitalised words after "of"
    /// that end the run; `j` where there is none ("Lord Smith of the Institute" works there).
    static func peerPlace(after j: Int, honorific: Token, in tokens: [Token]) -> Int {
        guard Names.peerages.contains(honorific.lower.trimming(.init(charactersIn: "."))), j + 1 < tokens.count,
              tokens[j].lower == "of", tokens[j + 1].isCapitalised, tokens[j + 1].isWord else { return j }
        var end = j + 1
        while end < tokens.count, end - j <= 4, tokens[end].isWord,
              tokens[end].isCapitalised || ["upon", "on"].contains(tokens[end].lower) && end + 1 < tokens.count && tokens[end + 1].isCapitalised {
            end += 1
        }
        guard Names.isPeerPlace(tokens[(j + 1)..<end].map { Substring($0.text) }),
              end == tokens.count || !tokens[end].isWord || !tokens[end].isCapitalised else { return j }
        return end
    }

    /// "the mayor of Cuenca (Ecuador), A": an office in lower case after its article, set apart from the name by a comma.
    static func describedBeforeName(_ mention: Mention, _ tokens: [Token]) -> Bool {
        let name = mention.tokens.lowerBound
        guard mention.titleStart >= 0, mention.titleStart + 2 < name, tokens[name - 1].text == "," else { return false }
        return ["the", "its", "their", "our"].contains(tokens[mention.titleStart].lower) && !tokens[mention.titleStart + 1].isCapitalised
    }

    /// Where the description of a role noun in lower case begins, the token before it: "the moderator, X",
    /// "the committee chairperson, X", "the Institute's director, X", "WaterCommons Africa's programme director, X".
    func descriptionStart(before noun: Int, in tokens: [Token]) -> Int? {
        let determiners: Set<String> = ["the", "its", "their", "our", "his", "her"]
        let stops: Set<String> = ["by", "and", "with", "of", "to", "for", "was", "were", "is", "as", "at", "in", "on"]
        var k = noun - 1
        while k >= 0, noun - k <= 2, tokens[k].isWord, !tokens[k].isCapitalised, !determiners.contains(tokens[k].lower),
              !stops.contains(tokens[k].lower) { k -= 1 }
        guard k >= 0 else { return nil }
        if determiners.contains(tokens[k].lower) { return k }
        // "Keynote speaker, X, shared ...": the description opens the sentence.
        if k == 0, noun - k <= 2, tokens[0].isCapitalised, tokens[0].isWord, !tokens[0].text.hasSuffix("'s"), !tokens[0].text.hasSuffix("’s") { return -1 }
        // A body's possessive names whose title it is; the body's name runs back over its capitalised words.
        guard tokens[k].isCapitalised, tokens[k].text.hasSuffix("'s") || tokens[k].text.hasSuffix("’s") else { return nil }
        // The body's name runs back over its capitalised words, not over its article ("The Institute's director").
        var start = k
        while start > 0, k - start < 5, tokens[start - 1].isCapitalised, tokens[start - 1].isWord,
              !determiners.contains(tokens[start - 1].lower) { start -= 1 }
        return start - 1
    }

    /// "Prof. Lars Berg ten years ago": a particle in lower case ends no name; the run stops before it.
    func withoutTrailingParticles(_ start: Int, _ end: Int, _ tokens: [Token]) -> Int {
        var end = end
        while end > start, !tokens[end - 1].isCapitalised, lexicon.nameParticles.contains(tokens[end - 1].lower) { end -= 1 }
        return end
    }

    func isAllCapsName(_ token: Token) -> Bool {
        Names.isAllCaps(token.text) && !lexicon.notNameWords.contains(token.lower) && !Names.postNominals.contains(token.text)
    }

    func knownMention(at i: Int, in tokens: [Token], floor: Int) -> Mention? {
        guard tokens[i].isCapitalised, i == 0 || !Names.isNameToken(tokens[i - 1].bare, lexicon) || lexicon.titleWords.contains(tokens[i - 1].lower) else {
            return nil
        }
        var run = i
        while run < tokens.count, run - i < 4, !tokens[run].quoted, Names.isNameToken(tokens[run].bare, lexicon) { run += 1 }
        run = withoutTrailingParticles(i, run, tokens)
        guard run > i else { return nil }
        // Longest first: "Surin Pitsuwan" before "Surin".
        for end in stride(from: run, to: i, by: -1) {
            let text = tokens[i..<end].map(\.bare).joined(separator: " ")
            let candidate = end - i == 1
                ? PrintedName(honorific: nil, name: text, given: nil, family: text)
                : Names.parse(text, lexicon)
            guard let candidate, let known = registry.match(candidate) else { continue }
            // "Esther Lund" after "Esther Nyambura": a given name that a new surname follows is someone else.
            if end - i == 1, run - i >= 2, registry.persons[known].familyName?.lowercased() != candidate.name.lowercased() { continue }
            // "Ibrahim Hameed Latheef" after "Aishath Zuhura Ibrahim": a known surname that opens a name of other words is
            // someone else's given name; "Tanaka Hiroshi" after "Hiroshi Tanaka" shares them.
            if end - i == 1, run - i >= 3, case let known = Set(registry.persons[known].name.words.map { $0.lowercased() }),
               !tokens[(i + 1)..<run].contains(where: { known.contains($0.bare.lowercased()) }) { continue }
            let title = titleBefore(i, in: tokens, floor: floor)
            return Mention(printed: candidate, tokens: i..<end, extent: i..<end, affiliation: title.0, titleStart: title.1)
        }
        return nil
    }

    nonisolated(unsafe) private static let threeConsonants = /[BCDFGHJKLMNPQRSTVWXZ]{3}/

    func titledMention(at i: Int, in tokens: [Token], floor: Int) -> Mention? {
        // "Head of Laukai Sub-office": after a preposition comes a place or a body, not a person.
        guard tokens[i].isCapitalised, Names.isNameToken(tokens[i].bare, lexicon), i > 0,
              !["of", "for", "at", "in", "the", "to", "from", "on", "about", "against", "among", "with"].contains(tokens[i - 1].lower),
              !Names.isNameToken(tokens[i - 1].bare, lexicon) || lexicon.titleWords.contains(tokens[i - 1].lower)
                || countryEnds(before: i, in: tokens) || Self.townOfOffice(before: i, in: tokens, lexicon)
                || Self.bodyOfOffice(before: i, in: tokens, lexicon) else {
            return nil
        }
        var end = i
        while end < tokens.count, end - i < runLimit(tokens[i..<end]), !tokens[end].quoted, Names.isNameToken(tokens[end].bare, lexicon) { end += 1 }
        end = withoutTrailingParticles(i, end, tokens)
        // "of the National Electric Grid of Uzbekistan": capitalised words after an article, none of them a title, that go on
        // with "of", name a body ("Director of the Polar Institute Kjersti Rønning presented" names a person after it).
        var run = i - 1
        while run > floor, tokens[run].isCapitalised, tokens[run].isWord, !lexicon.titleWords.contains(tokens[run].lower) { run -= 1 }
        if run < i - 1, run >= 0, tokens[run].lower == "the", !tokens[run].isCapitalised, end < tokens.count, tokens[end].lower == "of" { return nil }
        let title = titleBefore(i, in: tokens, floor: floor)
        // "put to panelists by the moderator, Peter Drysdale": a role noun in lower case, set apart by a comma.
        // "the executive director of the Foundation, X": the role noun may have the body it serves after it.
        var roleNoun = i - 2, reach = i - 8
        // "the director of the Catalan Water Agency (ACA), X": the body's short name in brackets before the comma.
        if roleNoun > floor, tokens[roleNoun].text == ")", let open = tokens[max(floor, i - 7)..<roleNoun].lastIndex(where: { $0.text == "(" }) {
            reach -= roleNoun - open + 1
            roleNoun = open - 1
        }
        while roleNoun > max(floor, reach), tokens[roleNoun].isCapitalised && tokens[roleNoun].isWord || ["of", "the", "for"].contains(tokens[roleNoun].lower) {
            roleNoun -= 1
        }
        if roleNoun < i - 2, !(tokens[roleNoun + 1].lower == "of" || tokens[roleNoun + 1].lower == "for") { roleNoun = i - 2 }
        // "the secretary of environment of Recife, X", "the head of research, X": the office's portfolio in lower case after "of".
        if roleNoun > floor + 1, !lexicon.titleWords.contains(tokens[roleNoun].lower),
           let of = stride(from: roleNoun - 1, through: max(floor + 1, roleNoun - 3), by: -1).first(where: { ["of", "for"].contains(tokens[$0].lower) }),
           tokens[(of + 1)...roleNoun].allSatisfy({ $0.isWord && !$0.isCapitalised }),
           !tokens[of - 1].isCapitalised, lexicon.titleWords.contains(tokens[of - 1].lower) {
            roleNoun = of - 1
        }
        if title.0 == nil, end - i >= 2, i >= 3, roleNoun >= 1, tokens[i - 1].text == ",", !tokens[roleNoun].isCapitalised,
           lexicon.titleWords.contains(tokens[roleNoun].lower), let article = descriptionStart(before: roleNoun, in: tokens),
           let printed = Names.parse(tokens[i..<end].map(\.bare).joined(separator: " "), lexicon) {
            // The description starts at its article: "opened by the Institute's director, X" is X's opening.
            let description = joined(tokens[(article + 1)..<(i - 1)])
            return Mention(printed: printed, tokens: i..<end, extent: i..<end, affiliation: description, titleStart: max(article, 0))
        }
        guard end > i, title.0 != nil else { return nil }
        // "discussed Parliamentary Budget Oversight": a word that qualifies an office is no title on its own.
        // "Minister of State Katrin Hollweg" has its office.
        // "Deputy Mary Kelly", "Member Pita Rewi": in a parliament or a board the word is the office itself, before a full name.
        // "National Assembly deputy Tran Thi Hoa": in lower case after the body, the word is the office too.
        let deputyByName = ["deputy", "member"].contains(tokens[i - 1].lower) && end - i >= 2
            && (title.1 == i - 1 || !tokens[i - 1].isCapitalised)
        if Self.titleAdjectives.contains(tokens[i - 1].lower), !deputyByName,
           !tokens[title.1..<i].contains(where: { lexicon.titleWords.contains($0.lower) && !Self.titleAdjectives.contains($0.lower) }) { return nil }
        // "Scientist of the Pacific Tuna Management Secretariat": a run ending in a word of institutions right
        // after a title is the body the title belongs to ("Minister of Trade, Lucy Court," has its comma).
        if tokens[i - 1].text != ",", let last = tokens[i..<end].last, Patterns.namesInstitution(last.bare, plurals: false) { return nil }
        // "Ms. Ingrid Dahl, Senior Adviser, Norwegian Water Directorate": the title is the person before's,
        // and the capitalised run after it is where they work.
        if tokens[i - 1].text == ",", floor > 0, floor < i - 1, tokens[floor].text == ",",
           !tokens[(floor + 1)..<(i - 1)].contains(where: { $0.text == "," || $0.lower == "and" }),
           // "X, who inaugurated the Forum alongside the Vice-Minister of Y, Z": a clause of the person before ends in Z's title.
           tokens[(floor + 1)..<(i - 1)].allSatisfy({ $0.isCapitalised || ["of", "for", "the", "on", "in", "to", "-", "&"].contains($0.lower) || !$0.isWord }) {
            return nil
        }
        // The name must end its run: "Akasaka Prince Hotel" is a place, not a Mr. Prince.
        // "Mayor Yvonne Aki-Sawyerr OBE (Freetown)": letters after a name end it as its last word would.
        if end < tokens.count, tokens[end].isCapitalised, tokens[end].isWord, !Names.postNominals.contains(tokens[end].text) { return nil }
        if end - i == 1 {
            // "President Sasae offered ...", "Prime Minister KISHIDA took ...": a surname right after its
            // title, and something after it: a text cut off at "Permanent Rep" names no one.
            let word = tokens[i].bare
            // "Secretary General Annan": "General" completes an office; "General Debate" names none.
            let previous = tokens[i - 1].lower
            let office = lexicon.titleWords.contains(previous) && !Self.titleAdjectives.contains(previous)
                || previous == "general" && i >= 2 && Self.offices.contains(tokens[i - 2].lower)
            // "Study of Representative Institutions": a body's word after a title word is no surname.
            // "Vice President ICPSS": capitals no voice could say as a name are a body's initials.
            // "the Police Scotland report": a country after a title word is the body's name, no one's surname.
            guard end < tokens.count, office, !Names.isInitial(word), !Patterns.namesInstitution(word), !namesCountryOnly(word),
                  Names.isAllCaps(word) && word.firstMatch(of: Self.threeConsonants) == nil
                    || word.dropFirst().allSatisfy({ !$0.isUppercase }) else { return nil }
            return Mention(printed: PrintedName(honorific: nil, name: word, given: nil, family: word), tokens: i..<end,
                           extent: i..<end, affiliation: title.0, titleStart: title.1)
        }
        // "Divisional Commander, Police Scotland": a title's word before a country names the country's service.
        if lexicon.titleWords.contains(tokens[i].lower), namesCountryOnly(tokens[end - 1].text) { return nil }
        guard let printed = Names.parse(tokens[i..<end].map(\.bare).joined(separator: " "), lexicon) else { return nil }
        return Mention(printed: printed, tokens: i..<end, extent: i..<end, affiliation: title.0, titleStart: title.1)
    }

    // MARK: - Roles

    /// A roster label, or a roundtable, whose members sit on it as on a panel ("A roundtable ... brought together A, B and C").
    func label(of word: String) -> GenreLexicon.RosterLabel? {
        lexicon.rosterLabels[word] ?? (word == "roundtable" ? lexicon.rosterLabels["panel"] : nil)
    }

    /// Text between two token positions with quotations left out.
    func text(from start: Int, to end: Int, tokens: [Token], sentence: String) -> String {
        guard start < end else { return "" }
        return tokens[start..<end].filter { !$0.quoted && $0.text != "\"" }.map(\.text).joined(separator: " ")
    }

    /// The words as printed in the sentence, spacing and hyphens included.
    func joined(_ tokens: ArraySlice<Token>) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return String(sentence[first.range.lowerBound..<last.range.upperBound])
    }
}
