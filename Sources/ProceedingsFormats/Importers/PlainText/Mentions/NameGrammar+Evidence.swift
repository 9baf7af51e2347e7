import Foundation

/// What vouches for a capitalised run as a person's name: a body's short name after it, a verb of saying, a description that
/// says what a person is.
extension MentionFinder {
    /// "TG4", "CSIS", "IWEP": a body's short name, three to eight capitals with perhaps a digit; "KfW": a small letter among
    /// more capitals.
    static func isAcronym(_ text: String) -> Bool {
        let capitals = text.filter(\.isUppercase).count
        return (3...8).contains(text.count) && text.first?.isUppercase == true && capitals >= 2
            && text.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "&" || $0.isLowercase && $0.isASCII }
            && text.filter(\.isLowercase).count < capitals && text.last.map { $0.isUppercase || $0.isNumber } == true
    }

    /// Whether `short` is made of the first letters of the run's words, or they of its letters: "FES" of "Friedrich Ebert
    /// Stiftung", "CBAM" of "Carbon Border Adjustment Mechanism".
    static func initials(of run: ArraySlice<Token>, shortenedAs short: String) -> Bool {
        let initials = String(run.compactMap { $0.text.first }).uppercased()
        let letters = short.filter(\.isLetter).uppercased()
        return letters.hasPrefix(initials) || initials.hasPrefix(letters)
    }

    /// Verbs of presiding over a meeting or a part of it, whose subject is a person.
    static let presidingVerbs: Set<String> = ["chaired", "co-chaired", "moderated", "co-moderated", "facilitated", "co-facilitated", "presided"]

    /// What a person will do at an announced event: "X will moderate", "Y will deliver opening remarks".
    static let announcedVerbs: Set<String> = ["moderate", "chair", "co-chair", "speak", "deliver", "present", "facilitate", "introduce"]

    /// Verbs of speech that a body or a country is as often the subject of as a person: they vouch for no name.
    private static let sharedVerbs: Set<String> = [
        "made", "gave", "took", "offered", "delivered", "called", "welcomed", "raised", "invited", "addressed", "shared",
        "introduced", "presented", "reviewed", "briefed", "reported", "conveyed", "expressed", "discussed", "echoed",
        "announced", "concluded", "encouraged", "informed", "thanked", "commended", "praised", "hailed", "lauded",
        "appealed", "advocated", "recommended", "proposed", "reaffirmed", "reiterated", "affirmed", "acknowledged",
        // "Hurricane Maria drew attention to ...", "The report cited ...": a storm or a paper does these as well.
        "cited", "quoted", "illustrated", "drew", "examined", "explored", "identified", "focused", "focussed", "contrasted", "compared",
    ]

    /// "Sarah Whitcombe cautioned that ...", "Rahul Menon-Iyer, of HelpAge India, said ...", "X of the Office for
    /// National Statistics argued ...": a full name is vouched for as the subject of a verb of saying, past where
    /// the speaker works.
    func subjectOfSaying(_ name: Range<Int>, in tokens: [Token]) -> Bool {
        var k = name.upperBound
        guard k < tokens.count else { return false }
        // "Ana Ruiz (UCH) noted that ...": where the speaker works, in brackets.
        if tokens[k].text == "(", let close = tokens[k...].prefix(12).firstIndex(where: { $0.text == ")" }), close > k + 1 {
            k = close + 1
            guard k < tokens.count else { return false }
        } else if tokens[k].text == ",", k + 1 < tokens.count, ["of", "from", "at"].contains(tokens[k + 1].lower),
           let close = tokens[(k + 1)...].prefix(12).firstIndex(where: { $0.text == "," }) {
            k = close + 1
        } else if tokens[k].text == ",", let close = tokens[(k + 1)...].prefix(16).firstIndex(where: { $0.text == "," }), close > k + 1,
                  close + 1 < tokens.count, !tokens[close + 1].isCapitalised,
                  lexicon.reportingVerbs.contains(tokens[close + 1].lower) && !Self.sharedVerbs.contains(tokens[close + 1].lower)
                    || Self.presidingVerbs.contains(tokens[close + 1].lower) {
            // "Ilaria Conti, policy officer for Low Impact Fishers of Europe (LIFE), argued that ...", "Maria Lopez, a fisher
            // from Sicily, said ...": what the person is, set apart by commas before the verb of saying or of presiding.
            k = close + 1
        } else if tokens[k].text == ",", k + 1 < tokens.count, tokens[k + 1].lower == "who",
                  let close = tokens[(k + 2)...].prefix(24).indices.first(where: { $0 + 1 < tokens.count && tokens[$0].text == ","
                      && !tokens[$0 + 1].isCapitalised && lexicon.reportingVerbs.contains(tokens[$0 + 1].lower) }) {
            // "Owen X, who leads early-career programs at a regional bank, Harborview Financial, said ...": a relative clause
            // may hold commas of its own before the verb of saying.
            k = close + 1
        } else if ["of", "from", "at"].contains(tokens[k].lower) {
            k = Token.pastBody(tokens[(k + 1)...], limit: name.upperBound + 17)
        }
        // "Ana Isabel X (EPP, PT), ENVI rapporteur on the file, said ...": the party in brackets, then what the person is.
        if k > name.upperBound, k < tokens.count, tokens[k - 1].text == ")", tokens[k].text == ",",
           let close = tokens[(k + 1)...].prefix(16).firstIndex(where: { $0.text == "," }), close > k + 1, close + 1 < tokens.count,
           !tokens[close + 1].isCapitalised, lexicon.reportingVerbs.contains(tokens[close + 1].lower), !Self.sharedVerbs.contains(tokens[close + 1].lower) {
            k = close + 1
        }
        // "Eerik X (Åland) from the Nordic Freedom group spoke ...": where the speaker sits, after the brackets.
        if k > name.upperBound, k < tokens.count, tokens[k - 1].text == ")", ["of", "from"].contains(tokens[k].lower) {
            k += 1
            while k < tokens.count, k - name.upperBound <= 16,
                  tokens[k].isCapitalised && tokens[k].isWord || ["the", "of", "for", "and", "&"].contains(tokens[k].lower) { k += 1 }
            if k < tokens.count, ["group", "party", "caucus", "coalition"].contains(tokens[k].lower) { k += 1 }
        }
        // "Jess Kahurangi and Olivia Brandt spoke on behalf of ...": two people, the subjects of one verb.
        // "Speakers from Lake Cathie and Old Bar stressed ...": after a preposition the pair are places.
        if k < tokens.count, tokens[k].lower == "and", name.lowerBound == 0 || !Self.prepositions.contains(tokens[name.lowerBound - 1].lower) {
            var next = k + 1
            while next < tokens.count, next - k <= 4, tokens[next].isCapitalised, !tokens[next].quoted, Names.isNameToken(tokens[next].bare, lexicon) { next += 1 }
            if next - k >= 3 { k = next }
        }
        // "Ana Ruiz moderated the session": a verb of presiding has a person for its subject, as one of saying does; "Noah X will
        // moderate the discussion": so it has in an announcement.
        if k + 1 < tokens.count, ["will", "would"].contains(tokens[k].lower), Self.announcedVerbs.contains(tokens[k + 1].lower) { return true }
        guard k < tokens.count, !tokens[k].isCapitalised,
              lexicon.reportingVerbs.contains(tokens[k].lower) && !Self.sharedVerbs.contains(tokens[k].lower)
                || Self.presidingVerbs.contains(tokens[k].lower) else { return false }
        let words = tokens[name].map(\.lower)
        return !lexicon.countries.contains(words.joined(separator: " ")) && !words.contains(where: lexicon.titleWords.contains)
            && !Patterns.namesInstitution(tokens[name].map(\.text).joined(separator: " "))
    }

    /// "Pasang X of the Sherpa community in Nepal, Aminatou Y of the Tuareg of Niger and Tevita Z of Tonga shared ...": full
    /// names that open the sentence, each perhaps with where the person comes from, the last joined by "and", and one verb
    /// of saying after them all. A list of people is the verb's subject, whatever the verb.
    func opensListOfSpeakers(_ name: Range<Int>, in tokens: [Token]) -> Bool {
        var k = name.upperBound, names = 1
        func skipOrigin() {
            guard k < tokens.count, ["of", "from"].contains(tokens[k].lower) else { return }
            var next = k + 1
            while next < tokens.count, next - k <= 10, ![",", ";", ".", "and"].contains(tokens[next].lower),
                  !lexicon.reportingVerbs.contains(tokens[next].lower), !Self.presidingVerbs.contains(tokens[next].lower) { next += 1 }
            k = next
        }
        skipOrigin()
        while k < tokens.count, tokens[k].text == "," || tokens[k].lower == "and" {
            let last = tokens[k].lower == "and" || k + 1 < tokens.count && tokens[k + 1].lower == "and"
            var start = k + 1
            if start < tokens.count, tokens[start].lower == "and" { start += 1 }
            var end = start
            // "Tereza Bezerra de Menezes": a particle in lower case goes on the name before its next capital.
            while end < tokens.count, end - start < 6, !tokens[end].quoted, Names.isNameToken(tokens[end].bare, lexicon),
                  tokens[end].isCapitalised || end > start && lexicon.nameParticles.contains(tokens[end].lower) && end + 1 < tokens.count && tokens[end + 1].isCapitalised { end += 1 }
            guard end - start >= 2, Names.parse(tokens[start..<end].map(\.bare).joined(separator: " "), lexicon) != nil else { return false }
            names += 1
            k = end
            skipOrigin()
            if last { break }
        }
        return names >= 2 && k < tokens.count && !tokens[k].isCapitalised
            && (lexicon.reportingVerbs.contains(tokens[k].lower) || Self.presidingVerbs.contains(tokens[k].lower))
    }

    /// "During the first day, A, B and C shared ...": a phrase of time fronted before the sentence's subject, closed by the one
    /// comma before `i`; "In Brazil, Rio Grande do Sul, Santa Catarina and ..." fronts a place before places.
    func afterFrontedPhrase(_ i: Int, in tokens: [Token]) -> Bool {
        guard i >= 3, i <= 10, tokens[i - 1].text == ",", ["during", "on", "after", "later", "then", "next"].contains(tokens[0].lower) else { return false }
        let phrase = tokens[1..<(i - 1)]
        return !phrase.contains { !$0.isWord || lexicon.reportingVerbs.contains($0.lower) }
            && phrase.contains { Self.timesOfAMeeting.contains($0.lower) }
    }

    private static let timesOfAMeeting: Set<String> = ["day", "morning", "afternoon", "evening", "session", "panel", "discussion", "week",
                                                       "opening", "meeting", "workshop", "forum", "conference", "seminar"]

    /// A title within the first words ("Ugandan Ambassador", "the Director of ..."), or an institution.
    func describesPerson(_ segment: ArraySlice<Token>) -> Bool {
        // "Jessica Mathews, president of the Endowment": a title may be printed in lower case.
        let lead = segment.prefix(4).map(\.lower)
        // "Under-Secretary-General": a compound title names its office in one of its parts.
        func isTitle(_ word: String) -> Bool {
            lexicon.titleWords.contains(word) || word.contains("-") && word.fields("-").contains { lexicon.titleWords.contains(String($0)) && Self.offices.contains(String($0)) }
        }
        // "Mark Delorme, assistant deputy minister at ...": a rank in lower case before the office.
        guard let first = segment.first,
              first.isCapitalised || ["the", "a", "an", "former", "then"].contains(first.lower) || lexicon.titleWords.contains(first.lower)
                || Self.ranks.contains(first.lower) && lead.dropFirst().contains(where: isTitle) else {
            return false
        }
        if lead.contains(where: { word in isTitle(word) && !["state", "general", "high", "then", "former"].contains(word) }) {
            return true
        }
        let text = segment.map(\.text).joined(separator: " ")
        return segment.count >= 2 && Patterns.namesInstitution(text)
    }

    /// ", assistant deputy minister at ...", ", Professor of Law": a description of a person set off by a comma after `end`.
    func describedAfterComma(_ end: Int, in tokens: [Token]) -> Bool {
        guard end + 1 < tokens.count, tokens[end].text == "," else { return false }
        let segment = tokens[(end + 1)...].prefix { ![",", ";", ".", ")", "("].contains($0.text) }
        return !segment.isEmpty && segment.count <= 16 && describesPerson(segment)
    }

    private static let ranks: Set<String> = ["assistant", "associate", "senior", "junior", "deputy", "chief", "principal", "acting", "interim",
                                             "executive", "managing", "founding", "visiting", "adjunct", "postdoctoral", "doctoral", "research"]

    /// "Mr. Nguyen Van An (Viet Nam)": a capitalised short word that is also an English word ends a
    /// name when the name's description follows it at once.
    func closesName(at j: Int, in tokens: [Token]) -> Bool {
        let token = tokens[j]
        guard token.isCapitalised, token.text.count <= 3, token.text.dropFirst().allSatisfy(\.isLowercase),
              j + 1 < tokens.count, ["(", ","].contains(tokens[j + 1].text) else { return false }
        return !["the", "of", "and", "for", "in", "on", "at", "to", "by", "as"].contains(token.lower)
    }
}
