/// The regular expressions of the plain-text reader, compiled once: a literal inside a function
/// is parsed again at every call, which on a batch of summaries is most of the work.
enum Patterns {
    nonisolated(unsafe) static let panelists = /(?i)\bas panel(?:l)?ists\b|^panel(?:l)?ists\b/
    /// "Panelists agreed ...", "The four panellists discussed ...": a sentence whose subject is the panel's members.
    nonisolated(unsafe) static let panelistsAsSubject =
        /(?i)^(?:the |all |both |all the |all four |all three )?(?:two |three |four |five |six )?panel(?:l)?ists\b(?! (?:were|are|include|included)\b)/
    nonisolated(unsafe) static let opensDiscussion =
        /(?i)(?:\(?\d+\)\s*)?(?:in |at )?(?:the )?(?:following )?(?:q ?& ?a|question-and-answer|questions? and answers?|discussion|open floor)/
    nonisolated(unsafe) static let reportsDiscussion = /(?i)questions from the floor|lively discussions? took place/
    nonisolated(unsafe) static let theme = /(?i)(?:under|on) the (?:theme|topic|title) of\s*[“"]([^”"]+)[”"]/
    /// "GDAŃSK, 12 June 2019 — ", "Dakar, March 5, 2015 – ", "Bangkok (Thailand), 24 June 2025 – ": a town, its country in
    /// brackets perhaps, the story's date, a dash.
    nonisolated(unsafe) static let newsDateline =
        /((?:\p{Lu}[\p{Lu} .'’-]+\p{Lu})|(?:\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){0,3}))(?: \([\p{L} .'’-]{2,30}\))?, ([^-–—]{3,32}?)(?:\s*(?:--|—|–)|\s-|:)\s/
    /// "26 June 2025, Amman, Jordan – ", "March 5, 2015, Dakar – ": the story's date, then the town, perhaps its country, a dash.
    nonisolated(unsafe) static let dateFirstDateline =
        /(\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{1,2}, \d{4}), (\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){0,2}(?:, \p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){0,2})?)\s*(?:--|—|–|-)\s/
    nonisolated(unsafe) static let numericDateline = /(\p{Lu}[\p{Lu} .'’-]+\p{Lu}) \((\d{1,2})\/(\d{1,2})\)\s*(?:--|—|–|-)\s/
    nonisolated(unsafe) static let audience =
        /(?i)audience of|attended by (?:about|approximately|some|over|more than)|approximately [\d,]+ (?:attendants|participants|people|persons)|about [\d,]+ (?:people|persons|participants)/
    nonisolated(unsafe) static let organisingVerb = /(?i)\b(co-?organi[sz]ed|organi[sz]ed|co-?sponsored|convened|co-hosted|hosted|held|conducted(?= (?:a|an) (?:[\w’'-]+ ){0,2}(?:hearing|meeting|workshop|seminar|consultation|forum|dialogue|roundtable|round table)\b)|(?:co-?)?organi[sz]es?(?= (?:a|an|the|its|their) (?:[\w’'-]+ ){0,3}(?:forum|conference|symposium|seminar|workshop|dialogue|meeting|roundtable|round table|debate|colloquium|consultation|lecture|webinar|summit)\b)|(?:co-)?hosts?(?= (?:a|an|the|its|their) (?:[\w’'-]+ ){0,3}(?:forum|conference|symposium|seminar|workshop|dialogue|meeting|roundtable|round table|debate|colloquium|consultation|lecture|webinar|summit)\b)|is holding|are holding|will hold(?= (?:a|an|its|their) (?:[\w’'-]+ ){0,3}(?:hearing|meeting|session|consultation|round table|roundtable)\b)|(?:will )?hears?(?= (?:oral )?(?:submissions|evidence|testimony|from experts|from witnesses)\b)|took place|met|gathered|came together|brought together|assembled|opened|ended|closed|concluded|invited to(?= (?:a|an|the) (?:[\w’'-]+ ){0,3}(?:forum|conference|symposium|seminar|workshop|dialogue|meeting|roundtable|discussion|debate|lecture|colloquium)\b)|invited(?= [^.;:]{1,120}? to (?:a|an|the) (?:[\w’'-]+ ){0,3}(?:forum|conference|symposium|seminar|workshop|dialogue|meeting|round table|roundtable|debate|colloquium|consultation)\b))\b/
    nonisolated(unsafe) static let joinedInHosting =
        /(?:^|, )(?:the |The )?([A-Z][^,;]*?) joined (?:the )?([A-Z][^,;]*?) in (hosting|co-hosting|organi[sz]ing|co-organi[sz]ing|convening)\b/
    nonisolated(unsafe) static let coWith =
        /\swith ((?:the )?[A-Z][^,;]*?(?:,\s*(?:and )?(?:the )?[A-Z][^,;]*?)*?)(?=,\s*(?:a|an|the|on|in|at|to)\s+[a-z]|,\s*$|\.|;|$| on [A-Z0-9]| in [A-Z]| at [A-Z]| to [a-z])/
    nonisolated(unsafe) static let jointly =
        /(?:,\s*|\s)(?:together|jointly|in cooperation|in collaboration|in partnership|along|co-?hosted|co-?organi[sz]ed) with ((?:the )?[A-Z][^,;]*?(?:,\s*(?:and )?(?:the )?[A-Z][^,;]*?)*?)(?=,\s*(?:a|an|the|on|in|at|to)\s+[a-z]|,\s*$|\.|;|$| on [A-Z0-9]| in [A-Z]| at [A-Z]| to [a-z])/
    nonisolated(unsafe) static let quotation = /[“"][^”"]*[”"]/
    /// "a two-day workshop", "the 3-day forum": how many days an event lasted.
    nonisolated(unsafe) static let daysLong = /\b(two|three|four|five|2|3|4|5)-day\b/
    static let dayCounts = ["two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5]
    /// "on Tuesday", "last Thursday": a weekday with no date, told from the page's own day.
    nonisolated(unsafe) static let onWeekday = /(?i)\b(?:on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!,? \d)(?! (?:\d|the \d|next))/
    nonisolated(unsafe) static let anEvent =
        /(?i)(?:(?:a|an)|(?:the|its|their) (?:[\w’'-]+ ){0,2}(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|annual|inaugural|biennial)) (?:[\w’'-]+ ){0,3}(?:forum|conference|symposium|seminar|workshop|dialogue|meeting|roundtable|summit|colloquium|consultation|webinar|lecture|debate|retreat)\b/
    /// "Academy’s Commission on Earth Sciences", "the Bank's Energy Division": a unit named by its parent's noun.
    nonisolated(unsafe) static let possessiveUnit = /(?:[Tt]he )?([A-Z][\p{L}\-]+)[’']s ([A-Z].+)/
    nonisolated(unsafe) static let venue =
        /(?:\bat|\bin) ((?:the |a |an |its |their |our )?(?:(?:headquarters|premises|campus|office|offices|residence|hall|auditorium|building|centre|center|secretariat|embassy|hotel|university|palace|house|room) (?:in|of) )?(?:\p{Lu}|(?:committee )?room \d)(?:[^,.;()]|\.(?= \p{Lu}))*?)(?=,|\.(?! \p{Lu})|;|\s*\(| in which| in (?:partnership|cooperation|collaboration|association|conjunction) with| where| with | to | on | from | between | during | until | for | starting | beginning | commencing | under the | at \d| and [a-z]| the [a-z]|$)/
    /// "on the Komaba Campus of the University of Tokyo": "on" introduces a place only before a word of grounds.
    nonisolated(unsafe) static let venueOn =
        /\bon ((?:the )?[A-Z][^,.;()]*?\b(?:Campus|Premises|Grounds|Island|Site|Estate)\b(?: of (?:the )?[A-Z][^,.;()]*?)?)(?=,|\.|;|\s*\(| in which| where| with | to | on | from | between | during | until | for |$)/
    nonisolated(unsafe) static let visiting = /\b(?:is|was|were|while) visiting ([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)(?=,| to | for |\.)/
    /// "to discuss", "which", "that": a clause after the place; "to the United Nations" is a preposition's phrase, no clause.
    nonisolated(unsafe) static let clauseAfterVenue = /\s(?:to (?!the\s|a\s|an\s|its\s|their\s)[a-z]+|which|that|where|whose)\s/
    /// "co-hosted by the Secretariat and the Government of Mauritius under the Blue Charter": the agents (group 2), up to
    /// what the sentence says of them next.
    nonisolated(unsafe) static let organisedBy =
        /\b((?i:co-?organi[sz]ed|organi[sz]ed|co-hosted|hosted|co-?sponsored|sponsored|convened|(?:jointly |co-)held))(?: jointly| together)? by ((?:the |The )?(?:[a-z]+['’]s )?[A-Z].*?)(?=, (?!the |and |through |in collaboration|in partnership|in cooperation|in association|together with|jointly with)[a-z]|, the [a-z]| (?:in|at) (?!partnership|cooperation|collaboration|association|conjunction)(?:the |a |an )?[a-z]| and (?!the )[a-z]| to (?!the )[a-z]+ | under (?:the |its |their )(?:auspices|banner|framework|theme|aegis|umbrella|patronage|[a-z]|(?:[A-Z][\w-]* )*(?:Charter|Programme|Program|Initiative|Framework|Partnership|Agenda|Strategy)\b)|\.$|;|$)/
    /// "convened in Niamey, Republic of Niger, on 26 and 27 February 2020 by ...": the phrase of place and time (group 2)
    /// between an organising verb and "by".
    nonisolated(unsafe) static let organisedThereBy =
        /\b((?i:co-?organi[sz]ed|organi[sz]ed|co-hosted|hosted|convened|held))( (?:in|at|on) (?:(?!\b(?:by|co-?organi[sz]ed|organi[sz]ed|co-hosted|hosted|convened|held|sponsored)\b)[^;:"“]){2,100}?,?) by (?=(?:the |The )?[A-Z])/
    /// "The seminar was organised jointly with the Institute": the partner of an organiser the page leaves unnamed.
    nonisolated(unsafe) static let organisedWith =
        /\b(?i:(?:co-)?organi[sz]ed|co-hosted|convened)(?: (?i:jointly|together|in partnership|in cooperation|in collaboration))? with ((?:the )?[A-Z][^,;]*?)(?=,| and (?!the |an? )[a-z]|\.$|;|$)/
    nonisolated(unsafe) static let passiveEnd = /\b(?:was|were|is|are|been|be)$/
    /// The first words of a body's name in the languages that print the rest of it in lower case:
    /// "Maison des savoirs communautaires", "Institut des humanités numériques de Lyon".
    static let lowerCaseNameHeads: Set<String> = [
        "Maison", "Bibliothèque", "Institut", "Instituto", "Fondation", "Fundación", "Fundação", "Association", "Asociación",
        "Associação", "Colectivo", "Collectif", "Centre", "Centro", "Musée", "Museo", "Université", "Universidad", "Universidade",
        "Stichting", "Ministerio", "Ministère", "Secretaría", "Comisión", "Comité", "Conseil", "Consejo", "Observatoire",
        "Observatorio", "Réseau", "Red", "Escuela", "École", "Agence", "Agencia", "Alcaldía", "Municipalidad", "Ayuntamiento",
        "Prefeitura", "Mairie", "Gobierno", "Gouvernement",
    ]

    /// Whole words only, a plural included (`NameVocabulary.namesInstitution`, which the writers share).
    static func namesInstitution(_ text: String, plurals: Bool = true) -> Bool {
        NameVocabulary.namesInstitution(text, plurals: plurals)
    }

    /// "CERI-Sciences", "UNU-WIDER" is not: a body's capitals joined by a hyphen to a word printed in lower case, which no
    /// person's name is ("FONTAINE-ROUX" is capitals throughout).
    static func joinsLettersOfABody(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-")
        return parts.count >= 2 && parts.contains { $0.count >= 3 && $0.allSatisfy(\.isUppercase) }
            && parts.contains { $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) }
    }
}
