import Foundation

/// What stands before a name and is no part of it: degrees and honorifics printed in lower case, words of kinship or
/// rank, trades, and the title or office the page prints right before the person.
extension MentionFinder {
    /// Degrees that Dutch, Flemish and Polish pages print in lower case before a name, each with its period or, as Polish
    /// prints "dr hab.", before the habilitation's mark.
    static let lowerCaseDegrees: Set<String> = ["prof", "dr", "ir", "drs", "ing", "mgr", "inż"]

    /// "prof. dr. ir. X", "dr hab. X", "mgr inż. X": a degree in lower case with its period, or before the habilitation's
    /// mark or another degree with its period.
    func opensLowerCaseDegrees(at i: Int, in tokens: [Token]) -> Bool {
        func degree(_ token: Token) -> Bool {
            token.text.hasSuffix(".") && Self.lowerCaseDegrees.contains(String(token.lower.dropLast()))
        }
        guard Self.lowerCaseDegrees.contains(tokens[i].lower) || degree(tokens[i]) else { return false }
        return degree(tokens[i]) || i + 1 < tokens.count && (["hab", "hab."].contains(tokens[i + 1].lower) || degree(tokens[i + 1]))
    }

    /// Honorifics that are also common words: "Sister", "Father", "Uncle", "U".
    static let softHonorifics: Set<String> = ["sister", "father", "uncle", "aunty", "auntie", "u", "daw", "brother", "seri", "setia", "awang", "haji", "hajah"]

    /// Trades and professions printed in lower case before a name, which no sentence puts there otherwise.
    static let occupations: Set<String> = [
        "barrister", "solicitor", "lawyer", "attorney", "judge", "prosecutor", "carpenter", "craftsman", "craftswoman", "artisan",
        "weaver", "potter", "farmer", "fisherman", "fisher", "herder", "midwife", "nurse", "doctor", "physician", "surgeon",
        "engineer", "architect", "economist", "historian", "journalist", "photographer", "filmmaker", "novelist", "poet",
        "writer", "artist", "musician", "activist", "entrepreneur", "researcher", "scientist", "anthropologist", "sociologist",
        "geographer", "planner", "teacher", "student", "chef", "vendor", "trader", "mechanic", "elder", "translator", "editor",
        "curator", "publisher", "broadcaster", "singer", "composer", "dancer", "captain", "medallist", "medalist", "champion",
        "athlete", "coach", "olympian", "footballer", "cricketer", "author", "actor", "actress", "storyteller", "campaigner",
        "educator", "practitioner", "expert", "survivor", "pilot", "diplomat", "scholar", "academic", "analyst", "commentator", "candidate",
        // Offices that pages translated from Spanish or Portuguese print in lower case: "the committee's president, senator X".
        "senator", "deputy", "congressman", "congresswoman", "councillor", "councilor", "legislator", "alderman", "mayor", "governor",
    ]
    private static let notQualifiers: Set<String> = [
        "the", "a", "an", "and", "or", "of", "by", "with", "to", "for", "in", "on", "at", "as", "from", "said", "told", "that",
        "who", "which", "while", "whereas", "but", "also", "then", "included", "including", "were", "was", "are", "is",
    ]

    /// The title printed just before a name: "Secretary -General of the United Nations Kofi Annan",
    /// or "Parliamentary Secretary for Foreign Affairs, Shinako Tuchiya".
    func titleBefore(_ start: Int, in tokens: [Token], floor: Int) -> (String?, Int) {
        var j = start
        // "senator X" in a translated page: an office in lower case is no honorific, but the title before the name.
        while j > 0, Names.honorific(tokens[j - 1].text, lexicon) != nil, tokens[j - 1].isCapitalised { j -= 1 }
        // "Ms A of the Institute of Teacher Education and Mr B": after a person, the words before "and" say where that person
        // works ("opened by the Ambassador of Norway and Dr. B", with no one before, gives the two one cue).
        if floor > 0, j > floor, tokens[j - 1].lower == "and" { return (nil, start) }
        let afterComma = j > 0 && tokens[j - 1].text == ","
        if afterComma { j -= 1 }
        var first = j
        let connectors: Set<String> = ["of", "the", "for", "and", "-", "on", "in", "to"]
        // "Argentine economist Luciana Paz": a title word in lower case right before the name, with what qualifies it.
        if !afterComma, first > floor, !tokens[first - 1].isCapitalised, tokens[first - 1].isWord,
           lexicon.titleWords.contains(tokens[first - 1].lower), first - 1 > floor, tokens[first - 2].isCapitalised {
            first -= 1
        } else if !afterComma, let office = lowerCaseOffice(before: first, in: tokens, floor: floor) {
            first = office
        } else if !afterComma, first - 1 > floor, !tokens[first - 1].isCapitalised, lexicon.titleWords.contains(tokens[first - 1].lower),
                  case var start = first - 1, ({
                      while start - 1 > floor, !tokens[start - 1].isCapitalised, lexicon.titleWords.contains(tokens[start - 1].lower) { start -= 1 }
                      return start - 1 >= floor && ["our", "its", "their"].contains(tokens[start - 1].lower)
                  })() {
            // "Our general manager Tor Erik Nygård opened": the publisher's own officer, the office in lower case.
            return (joined(tokens[start..<first]), start)
        } else if !afterComma, first - 1 > floor, !tokens[first - 1].isCapitalised, tokens[first - 1].isWord,
                  Self.occupations.contains(tokens[first - 1].lower), Names.honorific(tokens[first].text, lexicon) == nil {
            // "defence barrister Kwame Asante-Boateng", "master carpenter Lê Quang Huy": a trade in lower case, with the
            // word that qualifies it.
            let qualified = first - 2 > floor && tokens[first - 2].isWord && !tokens[first - 2].isCapitalised
                && !Self.notQualifiers.contains(tokens[first - 2].lower)
            let start = qualified ? first - 2 : first - 1
            return (joined(tokens[start..<first]), start)
        }
        while first > floor {
            let previous = tokens[first - 1]
            // "UN Peacebuilding Support Office (PBSO) Chief": an acronym in brackets belongs to the title.
            // "Ms. A (Senior Specialist) and Mr. B": brackets right after the person before are theirs.
            if previous.text == ")", let open = tokens[floor..<(first - 1)].lastIndex(where: { $0.text == "(" }), open == floor { break }
            let bracket = previous.text == ")" || previous.text == "(" && first < j && tokens[first].isCapitalised
            // "Chargé d'affaires": a title word may be printed in lower case after an elided article.
            let elided = previous.lower.hasPrefix("d'") || previous.lower.hasPrefix("d’")
            // "the Minister of Commerce, Industry and Tourism, María ...": a comma within an office's list of portfolios.
            // "Director-General for Climate, Environment and Science Diplomacy Baek Jun-seo": the list may stand inside the title.
            let portfolio = previous.text == "," && Self.portfolioComma(at: first - 1, before: j, in: tokens)
            if afterComma, previous.text == ",", !portfolio {
                // "opened by Deputy Prime Minister, Minister of Foreign Affairs, X": offices one after the other, each a title.
                var start = first - 1
                while start > floor, tokens[start - 1].isWord && tokens[start - 1].isCapitalised || connectors.contains(tokens[start - 1].lower) && tokens[start - 1].text != "-" {
                    start -= 1
                }
                while start < first - 1, connectors.contains(tokens[start].lower) { start += 1 }
                let office = tokens[start..<(first - 1)]
                guard !office.isEmpty, office.count <= 6, office.contains(where: { lexicon.titleWords.contains($0.lower) }),
                      start == 0 || !tokens[start - 1].isCapitalised else { break }
                first = start
                break
            }
            guard !previous.quoted, previous.isCapitalised || connectors.contains(previous.lower) || previous.text == "-" || bracket || elided || portfolio
            else { break }
            if afterComma, previous.text == ",", !portfolio { break }
            first -= 1
        }
        while first < j, connectors.contains(tokens[first].lower) || tokens[first].text == ")" { first += 1 }
        // "Quoting the Ecuadorian economist X": a participle that opens the sentence is no part of the title.
        if first < j, first == 0, tokens[first].lower.hasSuffix("ing"), !lexicon.titleWords.contains(tokens[first].lower),
           first + 1 < tokens.count, !tokens[first + 1].isCapitalised {
            first += 1
            while first < j, connectors.contains(tokens[first].lower) { first += 1 }
        }
        guard first < j else { return (nil, start) }
        let words = tokens[first..<j]
        // "Vice-Minister", "Ambassador-at-Large": a compound title names its office in its first part.
        guard words.contains(where: { lexicon.titleWords.contains($0.lower) || $0.lower.includes("-") && (lexicon.titleWords.contains($0.lower.replacing("-", with: ""))
                                        || $0.lower.fields("-").first.map { lexicon.titleWords.contains(String($0)) } ?? false) }),
              words.count <= 14 else { return (nil, start) }
        // "In closing the symposium, Minister ...": a title starts with a title or institution word.
        guard let firstWord = words.first, !["in", "at", "on", "after", "following", "next"].contains(firstWord.lower) else {
            return (nil, start)
        }
        // "opened by the Minister of Commerce, Industry and Tourism, X": a title that runs over its portfolios' commas is
        // the name's own, and the cue before it is adjacent to it.
        return (joined(words), afterComma && !words.contains(where: { $0.text == "," }) ? start : first)
    }

    /// "Atlantic Council nonresident senior fellow X", "Thai member of parliament X": an office in lower case of up to three
    /// words after the capitalised body or nationality it belongs to; the word next to the name is the office's noun.
    private static let officeQualifiers: Set<String> = ["senior", "nonresident", "non-resident", "resident", "visiting", "distinguished",
                                                        "deputy", "chief", "acting", "former", "associate", "assistant", "principal",
                                                        "executive", "general", "managing", "honorary", "adjunct", "founding", "interim",
                                                        "lead", "junior", "permanent", "special", "vice", "research", "policy", "program",
                                                        "programme", "communications", "legal", "economic",
                                                        // "Kiribati community leader X": a noun that says whose leader or activist.
                                                        "community", "union", "youth", "business", "industry", "party", "opposition",
                                                        "tribal", "village", "civic", "student", "faith", "traditional"]

    func lowerCaseOffice(before first: Int, in tokens: [Token], floor: Int) -> Int? {
        guard first - 2 > floor, !tokens[first - 1].isCapitalised else { return nil }
        var start = first - 1
        if tokens[start].lower == "parliament", start - 2 > floor, tokens[start - 1].lower == "of", tokens[start - 2].lower == "member" {
            start -= 2
        } else if !lexicon.titleWords.contains(tokens[start].lower) {
            return nil
        }
        // "Germany sent deputy minister X": only an office's own words qualify it, not a verb before it.
        while start - 1 > floor, first - start < 3, tokens[start - 1].isWord, !tokens[start - 1].isCapitalised,
              lexicon.titleWords.contains(tokens[start - 1].lower) || Self.officeQualifiers.contains(tokens[start - 1].lower) {
            start -= 1
        }
        guard start < first - 1, !tokens[start].isCapitalised, tokens[start - 1].isWord, tokens[start - 1].isCapitalised else { return nil }
        return start
    }

    /// "Mayor of Helsinki Juhana Virtanen", "Governor of Bali I Wayan Koster": an office of one town, its name a single word
    /// right before the person's.
    static func townOfOffice(before i: Int, in tokens: [Token], _ lexicon: GenreLexicon) -> Bool {
        guard i >= 3, tokens[i - 2].lower == "of", tokens[i - 1].isCapitalised, tokens[i - 1].isWord,
              ["mayor", "governor", "prefect", "deputy mayor", "lord mayor", "vice-mayor", "vice-governor"].contains(tokens[i - 3].lower) else { return false }
        return i + 1 < tokens.count && Names.isNameToken(tokens[i + 1].bare, lexicon) && tokens[i + 1].isCapitalised
    }

    /// "Member of the Latvian Saeima Ilze Bērziņa", "Speaker of the Riigikogu Lauri Hussar": an office of a body
    /// whose name the page does not explain, then a name of two words with no comma between them, as Nordic and Baltic
    /// pages print them. The body's name runs back to "of"; the last two capitalised words are the person's.
    static func bodyOfOffice(before i: Int, in tokens: [Token], _ lexicon: GenreLexicon) -> Bool {
        guard i + 2 <= tokens.count, tokens[i].isCapitalised, tokens[i + 1].isCapitalised, tokens[i + 1].isWord,
              Names.isNameToken(tokens[i + 1].bare, lexicon),
              i + 2 == tokens.count || !(tokens[i + 2].isCapitalised && tokens[i + 2].isWord) else { return false }
        var start = i
        while start > 0, i - start < 4, tokens[start - 1].isCapitalised, tokens[start - 1].isWord { start -= 1 }
        guard start < i else { return false }
        var of = start - 1
        if of >= 0, tokens[of].lower == "the" { of -= 1 }
        guard of >= 1, tokens[of].lower == "of" else { return false }
        return lexicon.titleWords.contains(tokens[of - 1].lower) && tokens[of - 1].isCapitalised
    }

    /// Whether the comma at `comma` parts the portfolios of one office ("of Commerce, Industry and Tourism,"): a capitalised
    /// word before it, and after it capitalised words joined by "and" up to the comma at `end` that sets the name apart.
    /// "of Digital Development, Innovation and Aerospace Industry of Kazakhstan": the last portfolio may name whose it is.
    static func portfolioComma(at comma: Int, before end: Int, in tokens: [Token]) -> Bool {
        guard comma > 0, tokens[comma - 1].isCapitalised, end - comma <= 8, comma + 1 < end, tokens[comma + 1].isCapitalised else { return false }
        let between = tokens[(comma + 1)..<end]
        return between.contains { $0.lower == "and" || $0.text == "&" }
            && between.allSatisfy { $0.isCapitalised && $0.isWord || ["and", "&", "of", "the"].contains($0.lower) }
    }
}
