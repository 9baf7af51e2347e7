/// Names in running text of bodies and countries the record does not list: a body by the shape of
/// its name (capitalised words, one of them a word that names an institution, "Trust Fund for Human
/// Security", "UN General Assembly"), a country by the lexicon's list of countries. Neither becomes an
/// `org` or a `place`: the text says only that these words name a body or a country, not which
/// entry of a register they are, so the TEI marks the words and points nowhere (an expert reading
/// of a first attempt, which minted organisations from such runs, found one office under two ids).
/// Only what no name of the record already covers is looked at, and a body's words are taken
/// before a country's, so that "Japan" in "Japan Society for the Promotion of Science" is the body's.
struct TEIProseNames {
    /// Titles of address, positions and countries, as the reader knows them.
    let vocabulary: NameVocabulary
    /// A position's words (the lexicon's titles, and offices held by a state): "President" before a
    /// person's name ends a body's name ("World Bank President X").
    let positionWords: Set<String>
    /// Names of countries, regions and capitals (`NameVocabulary.regions`, `.capitals`), each as its
    /// lower-cased words, the longest first, a country before a capital of the same name.
    let places: [(words: [String], kind: TEINames.Kind)]
    /// `places` by their first word, each list in the order of `places`: a word is compared with the few names it may
    /// open, not with every name of the list (that was most of the time of writing TEI).
    private let placesByFirstWord: [String: [(words: [String], kind: TEINames.Kind)]]

    static let standard = TEIProseNames(vocabulary: .builtIn)

    init(vocabulary: NameVocabulary) {
        self.vocabulary = vocabulary
        positionWords = vocabulary.titleWords.union(Self.offices)
        func words(_ name: String) -> [String] { Array(name.split(separator: " ").map(String.init).drop { $0 == "the" }) }
        let named: [(String, TEINames.Kind, Int)] = vocabulary.countries.map { ($0, .country, 0) }
            + NameVocabulary.regions.subtracting(vocabulary.countries).map { ($0, .region, 1) }
            + NameVocabulary.capitals.subtracting(vocabulary.countries).map { ($0, .settlement, 2) }
        places = named.map { (words($0.0), $0.1, $0.2) }.filter { !$0.0.isEmpty }
            .sorted { ($1.0.count, $0.2, $0.0.joined(separator: " ")) < ($0.0.count, $1.2, $1.0.joined(separator: " ")) }
            .map { (words: $0.0, kind: $0.1) }
        placesByFirstWord = Dictionary(grouping: places, by: { $0.words[0] })
    }

    /// Offices a body's name is printed after ("the Presidency of the Council of the EU" is held by a
    /// state; the body is the Council).
    private static let offices: Set<String> = ["presidency", "chairmanship", "chairpersonship"]
    /// Words in small letters inside a body's name.
    private static let joining: Set<String> = ["of", "for", "on", "to", "the", "and", "&", "de", "du", "des", "la", "le"]
    /// Capitalised words that open a sentence or a phrase, no part of a name; so are a month, a day
    /// and an abbreviated title (`opens`).
    private static let openers: Set<String> = [
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "this", "these", "that", "those", "its",
        "their", "his", "her", "our", "as", "after", "before", "during", "following", "regarding", "since", "while",
        "when", "both", "each", "all", "also", "however", "next", "then", "and", "but", "or", "under", "through",
        "within", "between", "among", "to", "of", "other", "such", "some", "many", "several", "it", "we", "they",
        "he", "she", "there", "dear", "if", "although", "where", "whereas",
    ]
    private static let calendarWords = Set(NameVocabulary.months + NameVocabulary.weekdays)
    /// Words that make a capitalised run the name of an event, a document or a programme of work
    /// rather than of a body ("Commission on Human Security Symposium", "Human Rights Council Resolution").
    private static let notBodies: Set<String> = [
        "symposium", "conference", "seminar", "summit", "session", "meeting", "forum", "dialogue", "workshop",
        "roundtable", "report", "agenda", "goals", "declaration", "strategy", "plan", "treaty", "convention",
        "resolution", "charter", "award", "prize", "lecture", "act", "day", "week", "year", "decade", "era", "review",
        "platform", "facility", "initiative", "post", "hub", "section", "earthquake", "cup", "games", "action",
        "project", "projects",
    ]
    struct Token {
        let range: Range<Int>
        /// The word without a possessive's "'s".
        let word: String
        let possessive: Bool
        /// A point is printed right after the word ("Dr.").
        let pointed: Bool
        var isCapitalised: Bool { word.first?.isUppercase == true }
        var lower: String { word.lowercased() }
    }

    /// The bodies and countries named in `characters`, outside `taken` (the record's own names).
    func mentions(in characters: [Character], outside taken: [Range<Int>]) -> [TEINames.Mention] {
        let outside = taken + Self.quoted(characters)
        let tokens = Self.tokens(characters).filter { token in !outside.contains { $0.overlaps(token.range) } }
        let bodies = bodyRanges(tokens, characters)
        let placeMentions = places(tokens, characters, outside: bodies)
        return (bodies.map { TEINames.Mention(range: $0, kind: .body) } + placeMentions)
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// What double quotation marks enclose and `TEIQuotation` left as text: a name quoted in title
    /// case ("'Inventing the Future' ~ The Mission of Graduate Schools for the Future"), which is a
    /// title or a project's name as often as a body's, and stays text as the quotation policy says.
    /// A straight mark opens where a word follows it and no word precedes it, and closes after a
    /// word: the closing mark of a quotation `TEIQuotation` marked, which this text begins with, and
    /// the opening mark of the next, which it ends with, enclose nothing here.
    static func quoted(_ characters: [Character]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        for (index, character) in characters.enumerated() where character == "“" || character == "”" || character == "\"" {
            let after = index + 1 < characters.count && !characters[index + 1].isWhitespace
            let before = index > 0 && !characters[index - 1].isWhitespace && !"([".contains(characters[index - 1])
            if let start = open, character == "”" || character == "\"" && before {
                spans.append(start..<(index + 1))
                open = nil
            } else if open == nil, character == "“" || character == "\"" && after && !before {
                open = index
            }
        }
        return spans
    }

    /// Words: letters and digits, joined by a hyphen, slash, ampersand, apostrophe or a point inside
    /// ("U.S."), with a possessive's "'s" apart.
    static func tokens(_ characters: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isLetter || characters[index].isNumber else { index += 1; continue }
            var end = index + 1
            while end < characters.count {
                if characters[end].isLetter || characters[end].isNumber { end += 1; continue }
                if "-/&.'’".contains(characters[end]), end + 1 < characters.count,
                   characters[end + 1].isLetter || characters[end + 1].isNumber { end += 2; continue }
                break
            }
            // "U.S.": an initialism keeps its last point.
            if end < characters.count, characters[end] == ".", end - index >= 3, characters[end - 2] == "." { end += 1 }
            var word = String(characters[index..<end])
            let possessive = word.hasSuffix("'s") || word.hasSuffix("’s")
            if possessive { word.removeLast(2) }
            tokens.append(Token(range: index..<end, word: word, possessive: possessive,
                                pointed: end < characters.count && characters[end] == "."))
            index = end
        }
        return tokens
    }

    /// Runs of capitalised words and the small words inside names, one space apart, a possessive
    /// ending its run; then each run's body, if it names one.
    private func bodyRanges(_ tokens: [Token], _ characters: [Character]) -> [Range<Int>] {
        var runs: [[Token]] = []
        var run: [Token] = []
        for (offset, token) in tokens.enumerated() {
            let adjacent = run.last.map { last in
                !last.possessive && token.range.lowerBound == last.range.upperBound + 1 && characters[last.range.upperBound] == " "
            } ?? false
            let next = offset + 1 < tokens.count ? tokens[offset + 1] : nil
            // Small words inside a name join capitalised words ("Council of the EU", "Ministry of Health
            // and Welfare"); where "and" begins another body, `pieces` cuts the run there.
            let joins = Self.joining.contains(token.word) && next.map { next in
                next.range.lowerBound == token.range.upperBound + 1
                    && (next.isCapitalised || Self.joining.contains(next.word) && next.word != "and")
            } == true
            if !adjacent, !run.isEmpty { runs.append(run); run = [] }
            if token.isCapitalised || (!run.isEmpty && joins) {
                run.append(token)
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs.flatMap(pieces).compactMap(body).compactMap { name in
            name.first.flatMap { first in name.last.map { first.range.lowerBound..<($0.range.upperBound - ($0.possessive ? 2 : 0)) } }
        }
    }

    /// A run cut where "and" begins another body ("WHO and the World Bank", "Ministry of Health and
    /// Ministry of Labour"; "the Economic and Social Commission for Asia and the Pacific" is one), and before a position that only a person's
    /// name follows ("World Bank President Jim Kim").
    private func pieces(_ run: [Token]) -> [[Token]] {
        for (index, token) in run.enumerated() where index > 0 {
            let rest = Array(run[index...])
            let after = Array(rest.dropFirst())
            // "Decision The Area Committee", "Norway The International Energy Agency": a capitalised
            // article begins another name, a title ("Mr") a person's, after a body's ("... of Singapore Mr").
            if token.word == "The" { return [Array(run[..<index])] + pieces(rest) }
            if isTitle(token, before: after.first) { return [Array(run[..<index])] + pieces(after) }
            if token.word == "and", Self.namesBody(after), after.first?.word == "the" || Self.namesBody(Array(run[..<index])) {
                return [Array(run[..<index])] + pieces(after)
            }
            let before = run[index - 1]
            if isPosition(token), before.isCapitalised, !Self.joining.contains(before.word), !isPosition(before), !Self.namesBody(rest) {
                return [Array(run[..<index])]
            }
        }
        return [run]
    }

    /// The body a piece of a run names: without the words that open a sentence, what comes before
    /// the small word that joins its institution's word to the run, and small words at either end;
    /// two capitalised words at least, one naming an institution, none naming an event or a document.
    private func body(_ piece: [Token]) -> [Token]? {
        var words = piece[...]
        while let first = words.first, opens(first) || Self.joining.contains(first.word) { words = words.dropFirst() }
        // A body's name begins with its institution's word or the words that qualify it, never
        // with what a small word other than "and" joins to it: "Director-General of the X
        // Department", "the Presidency of the Council", "the Y Sea for the X Foundation".
        if let institution = words.firstIndex(where: { Self.namesInstitution($0.word) }),
           let joiner = words[..<institution].lastIndex(where: { Self.joining.contains($0.word) && $0.word != "and" }) {
            words = words[(joiner + 1)...]
            while let first = words.first, Self.joining.contains(first.word) { words = words.dropFirst() }
        }
        // "Commission on Human Security Symposium" names the Commission; "Thai Government and Thai"
        // ends with the Government, since only a small word other than "and" carries a name on.
        while let last = words.last, Self.joining.contains(last.word) || Self.notBodies.contains(last.lower) { words = words.dropLast() }
        if let institution = words.lastIndex(where: { Self.namesInstitution($0.word) }), institution + 1 < words.endIndex,
           !Self.joining.contains(words[institution + 1].word) || words[institution + 1].word == "and" {
            words = words[..<(institution + 1)]
        }
        let name = Array(words)
        // A name rarely prints more than four words before its institution's; more are a line of
        // links or a heading run into the prose ("X Facebook LinkedIn WhatsApp Email Government of ...").
        let lead = name.prefix { !Self.namesInstitution($0.word) }
        guard lead.count <= 4, name.filter(\.isCapitalised).count >= 2, Self.namesBody(name),
              !name.contains(where: { Self.notBodies.contains($0.lower) }) else { return nil }
        return name
    }

    private static func namesBody(_ tokens: [Token]) -> Bool {
        tokens.contains { namesInstitution($0.word) }
    }

    /// A word of an institution, in the singular ("International Organizations", "Graduate Schools"
    /// are kinds of body, not a body's name), "Programme" aside: in prose it names a programme of work
    /// ("UN Joint Programme on ...") as often as the body that runs one.
    private static func namesInstitution(_ word: String) -> Bool {
        word.first?.isUppercase == true && !offices.contains(word.lowercased()) && !notBodies.contains(word.lowercased())
            && !["programme", "program"].contains(word.lowercased()) && NameVocabulary.namesInstitution(word, plurals: false)
    }

    private func isPosition(_ token: Token) -> Bool {
        NameVocabulary.isPositionWord(token.word, titleWords: positionWords) && !Self.namesInstitution(token.word)
    }

    /// "Mr. Jordan", "Dr Ivo Marsh": a title of address before a name ends a body's name and is no country's.
    private func isTitle(_ token: Token, before next: Token?) -> Bool {
        vocabulary.isTitle(token.word, before: next?.word, pointed: token.pointed)
    }

    /// A word that opens a sentence or a phrase, a month or a day, or an abbreviated title ("Mr."), is no body's first word.
    private func opens(_ token: Token) -> Bool {
        Self.openers.contains(token.lower) || Self.calendarWords.contains(token.lower) || vocabulary.isAbbreviatedTitle(token.word)
    }

    /// A country's, a region's or a capital's name as the list gives it, each word capitalised as
    /// printed ("Republic of Korea", "Southeast Asia"), that no capitalised word continues on either
    /// side ("South China Sea", "Michael Jordan", "Asia Foundation") and no title precedes ("Mr. Jordan").
    private func places(_ tokens: [Token], _ characters: [Character], outside bodies: [Range<Int>]) -> [TEINames.Mention] {
        let free = tokens.filter { token in !bodies.contains { $0.overlaps(token.range) } }
        var mentions: [TEINames.Mention] = []
        var index = 0
        func adjacent(_ a: Token, _ b: Token) -> Bool {
            b.range.lowerBound == a.range.upperBound + 1 && characters[a.range.upperBound] == " " && !a.possessive
        }
        while index < free.count {
            let found = placesByFirstWord[free[index].lower]?.first { place in
                let name = place.words
                return index + name.count <= free.count && zip(name, free[index..<(index + name.count)]).allSatisfy { word, token in
                    token.lower == word && (Self.joining.contains(word) || token.isCapitalised)
                } && zip(free[index..<(index + name.count - 1)], free[(index + 1)..<(index + name.count)]).allSatisfy(adjacent)
                    && free[index..<(index + name.count - 1)].allSatisfy { !$0.possessive }
            }
            guard let place = found else { index += 1; continue }
            let kind = place.kind, match = place.words
            let first = free[index], last = free[index + match.count - 1]
            let before = index > 0 ? free[index - 1] : nil, after = index + match.count < free.count ? free[index + match.count] : nil
            let continued = before.map { adjacent($0, first) && $0.isCapitalised } == true
                || after.map { adjacent(last, $0) && $0.isCapitalised } == true
                || before.map { isTitle($0, before: first) && first.range.lowerBound - $0.range.upperBound <= 2 } == true
            if !continued {
                mentions.append(TEINames.Mention(range: first.range.lowerBound..<(last.range.upperBound - (last.possessive ? 2 : 0)), kind: kind))
            }
            index += match.count
        }
        return mentions
    }
}
