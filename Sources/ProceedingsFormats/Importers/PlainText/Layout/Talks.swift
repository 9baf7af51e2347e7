/// A talk printed as its speaker and its title: "Prof. Lars Østergaard (University of Esbjerg) – “Sailors’
/// talk”", in a programme's heading ("Plenary lecture 1: ...") or as an item under a session.
enum Talks {
    /// The speaker of a talk, with an affiliation, and the talk's title when quoted after a dash.
    static func speaker(_ text: String, _ lexicon: GenreLexicon) -> (person: (PrintedName, String?), title: String)? {
        // Every form quotes its title; most lines quote nothing.
        guard ["“", "\"", "‘", "«"].contains(where: text.includes) else { return nil }
        for dash in [" – ", " — ", " - "] {
            guard let range = text.range(of: dash) else { continue }
            let title = text[range.upperBound...].trimming(.whitespaces)
            let who = String(text[..<range.lowerBound])
            guard let first = title.first, "“\"‘'«".contains(first) else {
                // "“Rivers without borders” – Prof. T. N. Mwansa, Copperbelt Institute": the title first.
                guard let opening = who.first, "“\"‘«".contains(opening), let closing = who.last, "”\"’»".contains(closing),
                      let person = RosterLines.person(title, lexicon), person.0.tokens.count >= 2 || person.0.honorific != nil else { continue }
                return (person, String(who.dropFirst().dropLast()))
            }
            guard let person = RosterLines.person(who, lexicon), person.0.tokens.count >= 2 || person.0.honorific != nil else { return nil }
            return (person, HeaderReader.unquoted(title).trimming(.init(charactersIn: "“”\"‘’«» ")))
        }
        return nil
    }

    /// "Gábor X – Márton Y: Wages in battery plants": the authors of one paper, joined by a dash, before its title.
    static func coAuthors(_ text: String, _ lexicon: GenreLexicon) -> [(PrintedName, String?)]? {
        guard let colon = text.range(of: ": ") else { return nil }
        let who = String(text[..<colon.lowerBound])
        guard let dash = [" – ", " — ", " - "].first(where: who.includes) else { return nil }
        var authors: [(PrintedName, String?)] = []
        for name in who.components(separatedBy: dash) {
            guard let person = RosterLines.person(name, lexicon), person.0.tokens.count >= 2 else { return nil }
            authors.append(person)
        }
        return authors.count >= 2 ? authors : nil
    }

    /// "• Dr. Hendrik Oosthuizen, Southern Waters Research Trust – downscaled rainfall projections to 2050": an item of
    /// a programme that names its speaker, then what they spoke on after a dash.
    static func speakerWithTopic(_ text: String, _ lexicon: GenreLexicon) -> (person: (PrintedName, String?), topic: String)? {
        // A topic is no sentence, and its speaker's name comes first in capitals.
        guard !text.hasSuffix("."), let first = text.unicodeScalars.first, first.properties.isUppercase,
              text.includes(" – ") || text.includes(" — ") || text.includes(": ") else { return nil }
        // "Mr. X, Philippine Disaster Data Office: national experience with ...": or after a colon.
        for dash in [" – ", " — ", ": "] {
            guard let range = text.range(of: dash) else { continue }
            let who = String(text[..<range.lowerBound]), topic = text[range.upperBound...].trimming(.whitespaces)
            // "– Chief Economist, Andean Monetary Observatory" says who the speaker is, not what they spoke on.
            let first = topic.words.first.map { $0.lowercased().trimming(.punctuationCharacters) } ?? ""
            guard topic.wordCount >= 2, RosterLines.person(topic, lexicon) == nil, !lexicon.titleWords.contains(first),
                  let person = RosterLines.person(who, lexicon), person.0.honorific != nil || person.1 != nil && person.0.tokens.count >= 2
            else { return nil }
            return (person, topic)
        }
        return nil
    }

    static let givenNouns: Set<String> = ["welcome", "remarks", "address", "speech", "presentation", "presentations",
                                                  "introduction", "statement", "words", "lecture", "talk", "keynote", "opening", "welcoming"]

    /// "welcome by Prof. X and by Dr. Y": the people after what a label's text says they gave.
    static func withoutGivenBy(_ rest: String) -> String {
        let lower = rest.lowercased()
        guard let by = lower.range(of: " by "),
              lower[..<by.lowerBound].words.allSatisfy({ givenNouns.contains(String($0)) || $0 == "and" }) else { return rest }
        return String(rest.dropFirst(lower.distance(from: lower.startIndex, to: by.upperBound))).replacing(" and by ", with: " and ")
    }
}
