/// The body a printed position names, as the reader makes an `Organization` of it: "Chuo University"
/// in "Professor, Chuo University", and as well the bodies printed without a word of an
/// institution: "Senior Commentator, NHK", "Chairman, Goldman Sachs International", "Secretary
/// General of ASEAN", "Member of House of Councillors", "ASEAN Deputy Secretary-General". Not a
/// body: a position's words alone ("Director", "former Minister"), a country alone ("Japan"), a
/// place or a field after a comma or "of" ("Geneva", "Professor of Economics"), a portfolio
/// ("Minister of Foreign Affairs of Thailand").
struct AffiliationBodies {
    /// Lower-cased words of titles and positions (the lexicon's `titleWords`).
    let titleWords: Set<String>
    /// Lower-cased names of countries (the lexicon's).
    let countries: Set<String>

    /// Words in small letters a body's name in English may print ("Chef de Cabinet" is no body's name).
    private static let joiningWords: Set<String> = ["of", "for", "and", "the", "on", "in", "to", "&", "at"]

    /// The outermost body a position prints (the last, as "Division, Ministry" prints it), or nil.
    /// A name with a word of an institution wins, then one with an abbreviation ("WFP Myanmar"),
    /// then the body a position is "of", then other names in capitals ("Goldman Sachs
    /// International"), which may be a place: "Director, UN Office, New York" is of the office.
    func body(in position: String, institution: (String) -> String?) -> String? {
        // "Latvian Foreign Ministry's State Secretary": the body owns the position printed after it.
        if !position.contains(", "), let mark = position.range(of: "'s ") ?? position.range(of: "’s "),
           case let owner = String(position[..<mark.lowerBound]), isPositionPhrase(String(position[mark.upperBound...])) {
            return institution(owner) ?? (isBodyName(owner, alone: true) ? Self.withoutArticle(owner) : nil)
        }
        // "Acadamic Programme Officer", "Research Officer": a chunk that ends in a position's word names the position, not
        // the body, unless a body's "of" says whose it is ("Office of the Secretary").
        // "Office, Ministry of Economy, Trade, and Industry": a ministry's portfolio is one chunk, its commas kept.
        let chunks = Array(PlainTextReader.keepingPortfolios(position, countries: countries).components(separatedBy: ", ").reversed()
            .map { $0.replacing(PlainTextReader.portfolioComma, with: ", ") })
        let named = chunks.filter { chunk in
            chunk.includes(" of ") || !(chunk.split(separator: " ").last.map { isPositionWord(String($0)) } ?? false)
        }.map(withoutTrailingPosition)
        if let named = named.lazy.compactMap(institution).first { return named }
        // A name without a position's words: after the position ("Chairman, Goldman Sachs
        // International"), or as the whole affiliation ("Foreign Policy").
        let bare = chunks.enumerated().filter { offset, chunk in
            (offset < chunks.count - 1 || chunks.count == 1) && !chunk.split(separator: " ").contains { isPositionWord(String($0)) }
                && isBodyName(chunk, alone: true)
        }.map { Self.withoutArticle($0.element) }
        if let named = bare.first(where: { $0.split(separator: " ").contains { Self.isAbbreviation(String($0)) } }) { return named }
        if let named = chunks.lazy.compactMap(afterPosition).first { return named }
        return bare.first
    }

    /// "Japan Society for the Promotion of Science President" → "Japan Society for the Promotion of
    /// Science": the position a body's name is printed before is no part of it; "Office of the
    /// Secretary" keeps its last word, which "the" makes the name's.
    private func withoutTrailingPosition(_ chunk: String) -> String {
        var words = chunk.split(separator: " ").map(String.init)
        guard words.count > 2, words.last.map(isPositionWord) == true else { return chunk }
        while words.count > 1, let last = words.last, isPositionWord(last) { words.removeLast() }
        guard let last = words.last, last.first?.isUppercase == true, !Self.joiningWords.contains(last),
              Patterns.namesInstitution(words.joined(separator: " ")) else { return chunk }
        return words.joined(separator: " ")
    }

    /// "Secretary General of ASEAN" → "ASEAN", "ASEAN Deputy Secretary-General" → "ASEAN": the body
    /// a position's words are of. A name without an abbreviation or an institution's word after "of"
    /// only after a head's or a member's position, with two words in capitals ("Member of House of
    /// Councillors", not "Professor of Economics", "Minister of Finance").
    func afterPosition(_ chunk: String) -> String? {
        let words = chunk.split(separator: " ").map(String.init)
        // "ASEAN Deputy Secretary-General", "UN Resident Coordinator": an abbreviation before the position.
        if words.count > 1, Self.isAbbreviation(words[0]), words.dropFirst().allSatisfy(isPositionWord) { return words[0] }
        for joint in [" of the ", " of ", " at the ", " at "] {
            guard let found = chunk.range(of: joint) else { continue }
            let prefix = String(chunk[..<found.lowerBound])
            let tail = String(chunk[found.upperBound...])
            guard prefix.split(separator: " ").allSatisfy({ isPositionWord(String($0)) }), isBodyName(tail, alone: false) else { break }
            let role = AffiliationRole(position: prefix)
            let capitalised = tail.split(separator: " ").filter { $0.first?.isUppercase == true }.count
            guard tail.split(separator: " ").contains(where: { Self.isAbbreviation(String($0)) }) || Patterns.namesInstitution(tail)
                    || [.head, .deputyHead, .member].contains(role) && capitalised >= 2 else { break }
            return Self.withoutArticle(tail)
        }
        // "Deputy High Commissioner for Refugees (UNHCR)": a position, then the body's abbreviation.
        if words.count > 1, let last = words.last, last.hasPrefix("("), last.hasSuffix(")"), Self.isAbbreviation(last),
           AffiliationRole(position: words.dropLast().joined(separator: " ")) != nil {
            return String(last.dropFirst().dropLast())
        }
        return nil
    }

    /// "Minister for Foreign Affairs" → "Foreign Affairs", "Parliamentary Vice Minister for Foreign
    /// Affairs of Japan" → "Foreign Affairs of Japan": the portfolio of a minister's position.
    func portfolio(_ position: String) -> String? {
        guard !position.contains(", "),
              let joint = [" for ", " of "].compactMap({ position.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let prefix = String(position[..<joint.lowerBound])
        guard prefix.split(separator: " ").allSatisfy({ isPositionWord(String($0)) }),
              [.minister, .deputyMinister].contains(AffiliationRole(position: prefix)) else { return nil }
        let tail = Self.withoutArticle(String(position[joint.upperBound...]))
        return isBodyName(tail, alone: false) ? tail : nil
    }

    /// "Commissioner" → "commission", "councillor" → "council", "Senator" → "senate": the noun of the
    /// body a member's position alone names, when all its words are a position's.
    func bodyNoun(ofMember position: String) -> String? {
        let words = position.lowercased().split(separator: " ").map(String.init)
        guard words.allSatisfy(isPositionWord), let last = words.last else { return nil }
        return Self.membersBodies[last]
    }

    private static let membersBodies = ["commissioner": "commission", "commissioners": "commission", "councillor": "council",
                                        "councilor": "council", "senator": "senate"]

    /// Whether a ministry's name is that of a portfolio: "Ministry of Foreign Affairs (of Japan)" of "Foreign Affairs".
    func isMinistry(_ name: String, of portfolio: String) -> Bool {
        let name = Self.withoutArticle(name).lowercased(), portfolio = portfolio.lowercased()
        return ["ministry of ", "ministry for "].contains { head in
            name == head + portfolio || !portfolio.contains(" of ") && name.hasPrefix(head + portfolio + " of ")
                && countries.contains(Self.withoutArticle(String(name.dropFirst(head.count + portfolio.count + 4))))
        }
    }

    /// Words in capitals, joining words aside, that are no country and do not start with a title;
    /// a single word only an abbreviation ("NHK"), where `alone`.
    func isBodyName(_ text: String, alone: Bool) -> Bool {
        let name = Self.withoutArticle(text)
        let words = name.split(separator: " ").map(String.init)
        guard let first = words.first, first.first?.isUppercase == true, words.count <= 12,
              !isState(name.lowercased()), !titleWords.contains(first.lowercased()), !name.contains("'s "), !name.contains("’s "),
              words.allSatisfy({ Self.joiningWords.contains($0) || $0.first.map { $0.isUppercase || $0.isNumber || $0 == "(" } ?? false }),
              !words.allSatisfy(isPositionWord)
        else { return false }
        return words.count > 1 || Self.isAbbreviation(first) || !alone && !Patterns.namesInstitution(first)
    }

    /// "Japan", "the Republic of Liberia", "Kingdom of Thailand": a state, which is no body of a position.
    func isState(_ lowered: String) -> Bool {
        let name = Self.withoutArticle(lowered)
        if countries.contains(name) { return true }
        guard let of = name.range(of: " of ") else { return false }
        let head = name[..<of.lowerBound].split(separator: " ").last.map(String.init) ?? ""
        return ["republic", "kingdom", "state", "federation", "commonwealth", "principality", "sultanate", "emirates"].contains(head)
            && countries.contains(Self.withoutArticle(String(name[of.upperBound...])))
    }

    /// "Co-Chair", "Secretary-General", "-General", "former", "Senior": a word of a position.
    func isPositionWord(_ word: String) -> Bool {
        NameVocabulary.isPositionWord(word, titleWords: titleWords)
    }

    /// Every word of a position ("Deputy Resident Representative"), joining words aside.
    func isPositionPhrase(_ text: String) -> Bool {
        text.split(separator: " ").allSatisfy { Self.joiningWords.contains(String($0)) || isPositionWord(String($0)) }
    }

    /// Two capitals or more and no small letter: "UNDP", "GATT/WTO", "(JCIE)".
    static func isAbbreviation(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    static func withoutArticle(_ text: String) -> String {
        text.hasPrefix("the ") || text.hasPrefix("The ") ? String(text.dropFirst(4)) : text
    }
}
