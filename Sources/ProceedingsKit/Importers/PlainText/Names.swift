import Foundation

/// A person as one mention prints them.
struct PrintedName: Sendable, Hashable {
    var honorific: String?
    /// The name without honorific, as printed: "Sadako Ogata", "Nishimura", "KAI Noritake".
    var name: String
    var given: String?
    var family: String

    var tokens: [String] { name.split(separator: " ").map(String.init) }
}

/// The vocabulary of the genre: honorifics, titles and the capitalised words that are not names.
enum Names {
    /// Honorifics written before a name; the key is compared without the final period.
    static let honorifics: [String: String] = [
        "mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss", "dr": "Dr.", "prof": "Prof.",
        "professor": "Professor", "amb": "Amb.", "ambassador": "Ambassador", "h.e": "H.E.",
        "he": "H.E.", "sir": "Sir", "dame": "Dame", "madam": "Madam", "madame": "Madame",
        "rev": "Rev.", "judge": "Judge", "justice": "Justice", "senator": "Senator", "lord": "Lord",
        "lady": "Lady", "m": "M.", "mme": "Mme",
    ]

    /// Titles that may stand before a surname in a later mention ("Co-Chair Ogata", "PBC Chair Takasu").
    static let titleWords: Set<String> = [
        "chair", "co-chair", "cochair", "chairman", "chairperson", "chairwoman", "commissioner", "commissioners",
        "minister", "president", "vice-president", "secretary", "secretary-general", "chief", "director",
        "director-general", "governor", "mayor", "prime", "deputy", "representative", "ambassador",
        "ambassadors", "professor", "professors", "moderator", "panelist", "panelists", "speaker", "dean",
        "head", "officer", "general", "adviser", "advisor", "envoy", "rapporteur", "commentator",
        "member", "members", "former", "vice", "senior", "executive", "managing", "parliamentary", "state",
        "special", "permanent", "regional", "historian", "technical", "commander", "lecturer", "researcher",
        "fellow", "coordinator", "counsellor", "counselor", "consul", "administrator", "high", "under-secretary",
        "assistant", "associate", "emeritus", "honorary", "founder", "leader", "editor", "correspondent",
        "journalist", "economist", "expert", "co-chairs", "chairs", "heads", "then",
        "rector", "vice-rector", "vice-minister", "vice-chair", "vice-chairman", "undersecretary", "spokesperson",
        "spokesman", "chancellor", "vice-chancellor", "provost", "principal", "trustee", "analyst", "scholar",
        "delegate", "delegates", "attaché", "attache", "minister-counsellor", "chargé", "charge", "facilitator",
        "presenter", "discussant", "co-founder", "manager", "officials",
        "official", "chairwoman", "co-chairman", "co-chairperson", "governor-general", "ceo", "premier",
    ]

    /// Capitalised words that are not part of a person's name: institutions, places, events, months.
    static let notNameWords: Set<String> = titleWords.union([
        "the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "from", "as", "this", "that",
        "these", "those", "it", "its", "he", "she", "his", "her", "they", "their", "we", "our", "i", "in", "next",
        "following", "after", "before", "during", "under", "there", "then", "also", "however", "although",
        "ministry", "foreign", "affairs", "government", "japan", "japanese", "united", "nations", "nation",
        "un", "university", "institute", "commission", "committee", "council", "office", "bureau", "agency",
        "department", "division", "programme", "program", "fund", "bank", "organization", "organisation",
        "centre", "center", "school", "college", "academy", "association", "foundation", "society", "board",
        "house", "parliament", "assembly", "cabinet", "embassy", "mission", "missions", "headquarters", "forum",
        "symposium", "seminar", "session", "sessions", "meeting", "conference", "workshop", "summit",
        "human", "security", "development", "international", "global", "national", "regional", "world",
        "social", "economic", "public", "policy", "studies", "research", "cooperation", "relations", "rights",
        "peace", "peacebuilding", "peacekeeping", "health", "education", "report", "trust", "network",
        "asia", "asian", "africa", "african", "europe", "european", "america", "american", "latin", "eastern",
        "western", "northern", "southern", "southeast", "south", "north", "east", "west", "pacific", "middle",
        "tokyo", "new", "york", "geneva", "asean", "apec", "undp", "unicef", "unhcr", "who", "wfp", "fao",
        "ilo", "jica", "oda", "ngo", "ngos", "mdgs", "g8", "eu", "usa", "uk", "cis", "gatt", "wto", "nhk",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "q&a", "opening", "closing", "keynote", "concluding", "remarks", "address", "speech", "welcoming",
        "panel", "discussion", "discussions", "summary", "evaluation", "significance", "purpose", "press",
        "release", "index", "back", "photo", "note", "co-organized", "organized", "hotel", "campus", "hall",
        "auditorium", "plaza", "room", "centre", "city", "republic", "kingdom", "state", "states", "federal",
        "royal", "imperial", "catholic", "christian", "islamic", "muslim", "buddhist", "english",
        "chinese", "korean", "thai", "indonesian", "vietnamese", "french", "german", "british",
        "millennium", "goals", "declaration", "charter", "resolution", "act", "law", "project", "projects",
        "initiative", "agenda", "framework", "plan", "strategy", "approach", "concept", "final", "first",
        "second", "third", "fourth", "fifth", "one", "two", "three", "four", "five", "ii", "iii", "iv",
        "co-organised", "organised", "business", "civil", "private", "sector", "community", "communities",
        "consortium", "graduate", "faculty", "press", "media", "news", "information", "prize", "award",
        "museum", "library", "laboratory", "inc", "ltd", "llc", "corporation", "company", "group", "shimbun",
        "times", "post", "journal", "herald", "partnership", "alliance", "federation", "union", "league",
    ])

    private static let connectorWords: Set<String> = ["van", "von", "de", "da", "del", "della", "der", "di", "du",
                                                      "la", "le", "bin", "binti", "al", "el", "ibn", "dos", "das"]

    /// A token that can be part of a personal name: capitalised (or a particle), letters and
    /// hyphens or apostrophes only, and not one of the genre's institutional words.
    static func isNameToken(_ token: String) -> Bool {
        if connectorWords.contains(token) || isInitial(token) { return true }
        guard let first = token.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) else {
            return false
        }
        guard token.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) || "-'’".unicodeScalars.contains($0) }),
              token.count >= 2 else { return false }
        // "Sub-office", "Vice-Minister": a compound with an institutional part is not a name.
        return !token.lowercased().split(separator: "-").contains { notNameWords.contains(String($0)) }
            && !notNameWords.contains(token.lowercased())
    }

    /// "T." in "Kelly T. Clements": a capital and a period.
    static func isInitial(_ token: String) -> Bool {
        let scalars = token.unicodeScalars
        return scalars.count == 2 && scalars.last == "." && ("A"..."Z").contains(scalars.first!)
    }

    static func honorific(_ token: String) -> String? {
        var key = token.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return honorifics[key]
    }

    /// Parses a printed name ("Dr. Tsunekawa", "KAI Noritake", "Yozo Yokota") into its parts.
    /// Returns nil when the text is not shaped like a person's name.
    static func parse(_ text: String) -> PrintedName? {
        var tokens = text.split(separator: " ").map(String.init)
        var honorificParts: [String] = []
        while let first = tokens.first, let h = honorific(first) {
            honorificParts.append(h)
            tokens.removeFirst()
        }
        guard (1...5).contains(tokens.count), tokens.allSatisfy(isNameToken),
              let last = tokens.last, !connectorWords.contains(last), !isInitial(last),
              !tokens.allSatisfy(isInitial) else { return nil }
        // One word with no honorific is too weak to call a person.
        if tokens.count == 1, honorificParts.isEmpty { return nil }
        let honorific = honorificParts.isEmpty ? nil : honorificParts.joined(separator: " ")
        let name = tokens.joined(separator: " ")
        if tokens.count == 1 {
            return PrintedName(honorific: honorific, name: name, given: nil, family: name)
        }
        // East Asian order with the family name in capitals: "KAI Noritake".
        if let capsIndex = tokens.firstIndex(where: isAllCaps), capsIndex == 0 {
            return PrintedName(honorific: honorific, name: name,
                               given: tokens.dropFirst().joined(separator: " "), family: tokens[0])
        }
        return PrintedName(honorific: honorific, name: name,
                           given: tokens.dropLast().joined(separator: " "), family: last)
    }

    static func isAllCaps(_ token: String) -> Bool {
        token.count >= 2 && token == token.uppercased() && token.contains(where: \.isLetter)
    }

    /// Edit distance, small inputs only: used to recognise a misspelt repeat of a name.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The same word allowing one slip per six letters ("Bonislaw"/"Bronislaw", "Mnistry"/"Ministry").
    static func nearlyEqual(_ a: String, _ b: String) -> Bool {
        if a.caseInsensitiveCompare(b) == .orderedSame { return true }
        let allowed = min(a.count, b.count) / 6
        return allowed > 0 && distance(a, b) <= allowed
    }
}
