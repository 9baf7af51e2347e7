import Foundation

/// Organisers as the page names them in full. A news item writes "PEFTLW organised" under a masthead
/// "PEFTLW – Pan-European Federation of Transport and Logistics Workers", and "the Bank's Energy
/// Division" on the site of the Mekong Development Bank: a librarian records the body the page itself
/// spells out, and the parent of a unit named by its parent's noun.
extension PlainTextReader {
    /// Every "Full Name (ACR)" and "ACR – Full Name" the page prints: acronym → full name.
    func acronyms(masthead: TextLine?) -> [String: String] {
        var table: [String: String] = [:]
        // "UNOCR | United Nations Office for Coastal Resilience" at the top of the page, a masthead or not.
        let top = lines.prefix(12).filter { !$0.isBlank }.prefix(3).map { TextLine(text: $0.text, line: $0.number) }
        for line in [masthead].compactMap({ $0 }) + top {
            if let body = Self.bodyName(inMasthead: line.text), let acronym = body.acronym, line.text.includes(acronym),
               table[acronym] == nil, Self.initialsFit(acronym, body.name) {
                table[acronym] = body.name
            }
        }
        for line in lines where line.text.includes(" (") {
            for (acronym, name) in Self.definedAcronyms(in: line.text) where table[acronym] == nil && Self.initialsFit(acronym, name) {
                table[acronym] = name
            }
        }
        return table
    }

    /// "the Pan-European Federation of Transport and Logistics Workers (PEFTLW)": each capitalised name with its
    /// acronym in brackets after it. A walk back from each bracket rather than an expression over every line.
    static func definedAcronyms(in text: String) -> [(acronym: String, name: String)] {
        let connectors: Set<String> = ["of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "del", "&"]
        var found: [(String, String)] = []
        var rest = text[...]
        while let open = rest.firstRange(of: " (") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let acronym = rest[..<close]
            guard (2...10).contains(acronym.count), acronym.first?.isUppercase == true,
                  acronym.allSatisfy({ $0.isLetter && $0.isASCII }) else { continue }
            // Twelve words at most, from a window before the bracket rather than the whole line before it.
            let from = text.index(open.lowerBound, offsetBy: -240, limitedBy: text.startIndex) ?? text.startIndex
            let words = text[from..<open.lowerBound].split(separator: " ").dropFirst(from == text.startIndex ? 0 : 1).suffix(12)
            var name: [Substring] = []
            for word in words.reversed() {
                if word.first?.isUppercase == true || connectors.contains(String(word)) { name.insert(word, at: 0) } else { break }
            }
            while let first = name.first, connectors.contains(String(first)) { name.removeFirst() }
            if !name.isEmpty { found.append((String(acronym), name.joined(separator: " "))) }
        }
        return found
    }

    /// "Pan-European Federation of Transport and Logistics Workers" for "PEFTLW": the acronym's letters
    /// are initials of the name's words, in order, so that a bracket after a name is its acronym.
    static func initialsFit(_ acronym: String, _ name: String) -> Bool {
        let initials = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" }).compactMap(\.first)
            .filter(\.isUppercase).map { String($0) }.joined()
        var rest = Substring(initials)
        for letter in acronym where letter.isUppercase {
            guard let at = rest.firstIndex(of: letter) else { return false }
            rest = rest[rest.index(after: at)...]
        }
        return true
    }

    mutating func resolveOrganizerNames(masthead: TextLine?) {
        let organizerIds = organizingBodies
        // Only a bare acronym or a unit named by its parent's noun asks for the page's names in full.
        guard registry.organizations.contains(where: { organizerIds.contains($0.id)
            && (!$0.name.contains(" ") && Names.isAllCaps($0.name) || $0.name.includes("’s ") || $0.name.includes("'s ")) }) else { return }
        let table = acronyms(masthead: masthead)
        let parent = masthead.flatMap { Self.bodyName(inMasthead: $0.text)?.name }
        for org in registry.organizations where organizerIds.contains(org.id) {
            var resolved: String?
            if let full = table[org.name] {
                // "PEFTLW" → "Pan-European Federation of Transport and Logistics Workers (PEFTLW)".
                resolved = "\(full) (\(org.name))"
            } else if let match = org.name.wholeMatch(of: Patterns.possessiveUnit) {
                // "Academy’s Commission on Earth Sciences" → "Commission on Earth Sciences, Nordic–Baltic Academy of Sciences".
                let noun = String(match.output.1)
                let bodies = ([parent].compactMap { $0 } + table.values.sorted())
                if let body = bodies.first(where: { $0.letterRuns.contains(Substring(noun)) }) {
                    resolved = "\(match.output.2), \(body)"
                }
            }
            guard let resolved, resolved != org.name else { continue }
            let id = registry.rename(org.id, to: resolved)
            for index in participations.indices where participations[index].organizationId == org.id {
                participations[index].organizationId = id
            }
            for index in explanations.indices where explanations[index].fact == "organizer" && explanations[index].value == org.name {
                explanations[index].value = resolved
            }
        }
    }

    /// An organisation is already recorded as organiser; a person who organised does not count here.
    var hasOrganizingBody: Bool { participations.contains { $0.role == .organizer && $0.personId == nil } }
    /// The organisations recorded as organisers so far.
    var organizingBodies: Set<String> { Set(participations.filter { $0.role == .organizer && $0.personId == nil }.compactMap(\.organizationId)) }

    /// "the Ministry of Foreign Affairs of Japan, the United Nations and the Graduate School ..." → three names.
    /// The organisers a list names, with the countries of this run's lexicon.
    func organizerNames(_ list: String) -> [String] { Self.organizerNames(list, countries: lexicon.countries) }

    nonisolated(unsafe) private static let initiativeOf =
        /\b(?:was|is) (?:a|an|the) ((?:joint |collaborative )?(?:initiative|collaboration|partnership|co-production|undertaking) (?:of|between)) ((?:the )?[A-Z][^;]*?)(?=,(?! and)|\.$|;|$| to | in (?!partnership|cooperation))/

    /// "The event was a joint initiative of the University of Lagos and the British Council", "The dialogue is a collaboration
    /// between A and B": the event's subject, then those whose initiative it was.
    mutating func readInitiative(_ sentence: String, lower: String, line: Int) {
        // Asked of every sentence: the words first, the scan of what was read last.
        guard ["initiative", "collaboration", "partnership", "undertaking"].contains(where: lower.includes),
              let match = sentence.firstMatch(of: Self.initiativeOf), !hasOrganizingBody else { return }
        // "With the collaboration of X": who helped, no initiative of the event's own.
        let subject = sentence[..<match.range.lowerBound].lowercased()
        guard subject.letterRuns.contains(where: { lexicon.eventNouns.contains(String($0)) || $0 == "it" }) else { return }
        let printed = String(match.output.1)
        for name in organizerNames(String(match.output.2)) where isOrganizingAgent(name) {
            let id = registry.organization(name, line: line)
            guard !participations.contains(where: { $0.organizationId == id && $0.role == .organizer }) else { continue }
            participations.append(Participation(organizationId: id, role: .organizer, roleAsPrinted: printed, line: line))
            explain("organizer", name, line: line, cue: "organizer.initiative", printed: printed)
        }
    }

    nonisolated(unsafe) private static let whichHosted =
        /(?:^|, |and )(?:the |The )?(\p{Lu}[^,;()]*?)(?: \(\p{Lu}{2,10}\))?, which (co-hosted|co-organi[sz]ed|hosted|organi[sz]ed|convened) (?:the|this) (?:[\w’'-]+ ){0,2}?(?:event|meeting|lecture|symposium|seminar|conference|workshop|forum|dialogue|roundtable|round table|evening|debate|colloquium)(?: (?:jointly |together )?with (?:the )?(\p{Lu}[^,;.()]*))?/

    /// "... thanking the panel and the Hocken Collections, which co-hosted the event with the Faculty of Law": a body that a
    /// relative clause says hosted the event, and the one it hosted it with.
    mutating func readHostInRelativeClause(_ sentence: String, lower: String, line: Int) {
        guard lower.includes(", which "), let match = sentence.firstMatch(of: Self.whichHosted) else { return }
        let printed = String(match.output.2)
        // "thanking the panel and the Hocken Collections": the body's name is the capitalised words that end the phrase.
        let words = match.output.1.split(separator: " ")
        let body = words.suffix(from: words.lastIndex(where: { $0.first?.isUppercase != true && !["of", "for", "on", "de"].contains($0) })
            .map { $0 + 1 } ?? words.startIndex).drop { ["of", "for", "on", "de"].contains($0) }.joined(separator: " ")
        for name in [body] + [match.output.3].compactMap({ $0 }).map(String.init) where isOrganizingAgent(name) {
            addOrganizer(name, roleAsPrinted: printed, cue: "organizer.relative", printed: "which " + printed, line: line)
        }
    }

    nonisolated(unsafe) private static let joinUs =
        /(?i:please\s)?(?i:join)\s(?:the\s)?([A-Z][^;.]*?)\s(?i:for|on|at)\s(?:a|an|the|its|their)\s/

    /// "Please join the CSIS Europe, Russia, and Eurasia Program for a discussion on ...": an event page invites its readers
    /// to the event of the body that holds it.
    mutating func readInvitation(_ sentence: String, lower: String, line: Int) {
        guard lower.hasPrefix("please join") || lower.hasPrefix("join "), !hasOrganizingBody,
              let match = sentence.prefixMatch(of: Self.joinUs), case let after = sentence[match.range.upperBound...],
              after.letterRuns.prefix(3).contains(where: { lexicon.eventNouns.contains($0.lowercased()) || ["discussion", "conversation", "panel"].contains($0.lowercased()) })
        else { return }
        let name = String(match.output.1)
        guard name.lowercased() != "us", isOrganizingAgent(name) else { return }
        let id = registry.organization(name, line: line)
        participations.append(Participation(organizationId: id, role: .organizer, roleAsPrinted: "join", line: line))
        explain("organizer", name, line: line, cue: "organizer.invitation", printed: "join")
    }

    nonisolated(unsafe) private static let withBeforeBody = /\s+with (?=(?:the )?\p{Lu})/

    static func organizerNames(_ list: String, countries: Set<String> = GenreLexicon.builtIn.countries) -> [String] {
        var list = list
        // "with the support of the Agency": who supported it did not organise it.
        // "hosted by the Government of X as part of the Danish Presidency": the frame the meeting was held in organised nothing;
        // "co-hosted by A and B under the theme "...", was attended by ...": nor its theme, nor what the sentence says after it.
        for support in [" with the support of ", " with support from ", " with the financial support of ", " supported by ",
                        " with funding from ", " under the auspices of ", " sponsored by ", " with the participation of ",
                        " as part of ", " within the framework of ", " in the framework of ", " under the theme ", " under the title "] {
            if let cut = list.range(of: support, options: .caseInsensitive) { list = String(list[..<cut.lowerBound]) }
        }
        // "co-organised with X and supported by Y": the conjunction before the support cut goes with it.
        for conjunction in [", and", " and"] where list.hasSuffix(conjunction) { list.removeLast(conjunction.count) }
        // "CAF -development bank of Latin America and the Caribbean- and the Intendencia": a description set off by hyphens.
        list = list.replacing(/\s-[^\s-][^-]{1,78}?[^\s-]-(?= |,|$)/, with: "")
        list = distributed(list, countries: countries)
        // "the university's Institute of Coastal Studies": whose it is goes with the page.
        if list.hasPrefix("the ") || list.hasPrefix("The "), let second = list.words.dropFirst().first,
           second.hasSuffix("'s") || second.hasSuffix("’s"), second.first?.isLowercase == true {
            list = String(list.dropFirst(4 + second.count + 1))
        }
        // "Chile and Norway held ...": two countries are two hosts.
        if let and = list.range(of: " and "), countries.contains(list[..<and.lowerBound].trimming(.whitespaces).lowercased()),
           countries.contains(list[and.upperBound...].trimming(.init(charactersIn: " ,.")).lowercased()) {
            list.replaceSubrange(and, with: ", ")
        }
        // "Water Institute (WI) and Andean Network (AN)": a name closed by its acronym ends there.
        if list.includes(") and ") { list = list.replacing(") and ", with: "), ") }
        // "The Water Institute and UNDP", "... and UN-Habitat": two names when the second is an acronym.
        if let and = list.range(of: " and ", options: .backwards),
           list[and.upperBound...].wordCount == 1 && list[and.upperBound...].prefix(2).allSatisfy({ $0.isUppercase })
            // "IERT and Fundación Tierra Común": an acronym before "and" is a body of its own too.
            || Self.isAcronym(list[..<and.lowerBound]) {
            list.replaceSubrange(and, with: ", ")
        }
        // "The OAS, through the Secretariat of CICTE and in partnership with X": a body acts through its
        // own office, which is no further organiser.
        // "hosted by the Royal Government of Cambodia through the National Committee ...": without the comma too.
        if let through = list.firstRange(of: ", through ") ?? list.firstRange(of: " through the ") {
            let rest = list[through.upperBound...]
            let end = rest.firstRange(of: " and in ")?.lowerBound ?? rest.firstRange(of: ", ")?.lowerBound ?? rest.endIndex
            list.replaceSubrange(through.lowerBound..<end, with: end < rest.endIndex && rest[end...].hasPrefix(" and in ") ? "," : "")
            list = list.replacing(", and in ", with: ", in ")
        }
        // "Instituto de Estudos (IAED), Porto": the town of the body before it, no body of its own.
        var searchFrom = list.startIndex
        while let comma = list.range(of: "), ", range: searchFrom..<list.endIndex) {
            let rest = list[comma.upperBound...]
            let end = [rest.range(of: ",")?.lowerBound, rest.range(of: " and ")?.lowerBound].compactMap { $0 }.min() ?? rest.endIndex
            let town = rest[..<end]
            // Only the list's last item: "(AUC), Germany and Japan" names three hosts; a town that is no country
            // may be followed by the rest of the sentence: "(ISS), Pretoria, and hosted by".
            let last = end == rest.endIndex || rest[end...].hasPrefix(",") && !countries.contains(town.lowercased())
                && rest[end...].dropFirst().trimming(.whitespaces).isEmpty
            if last, !town.isEmpty, !town.contains(" "), town.first!.isUppercase, !town.allSatisfy({ $0.isUppercase || $0 == "-" }) {
                list.removeSubrange(list.index(after: comma.lowerBound)..<end)
                searchFrom = list.index(after: comma.lowerBound)
            } else {
                searchFrom = comma.upperBound
            }
        }
        // "the Institute in partnership with the Embassy of Norway": both organised it.
        for partner in [" in partnership with ", " in cooperation with ", " in collaboration with ", " together with ",
                        " jointly with ", " in association with ", " in conjunction with "] {
            list = list.replacing(partner, with: ", ")
        }
        // "Convened by EcoPeace Middle East with the Konrad-Adenauer-Stiftung Jordan Office": "with" another body joins it.
        list = list.replacing(Self.withBeforeBody, with: ", ")
        list = keepingPortfolios(list, countries: countries)
        return list.replacing(", and ", with: ", ").replacing(" and the ", with: ", the ")
            .replacing("; ", with: ", ")
            .components(separatedBy: ", ")
            .map { $0.replacing(Self.portfolioComma, with: ", ") }
            .map { $0.hasPrefix("the ") || $0.hasPrefix("The ") ? String($0.dropFirst(4)) : $0 }
            // "the Romanian think tank New Strategy Center": what kind of body it is, in lower case, is no part of its name.
            .map { name in name.prefixMatch(of: Self.describedBody).map { String(name[$0.range.upperBound...]) } ?? name }
            // "Atlantic Forum Berlin e.V.": the registered association's mark keeps its stop.
            .map { $0.trimming(.init(charactersIn: $0.hasSuffix(" e.V.") ? " ;:," : " .;:,")) }
            .filter { !$0.isEmpty }
            .reduce(into: []) { names, name in
                // "the Global Fund to Fight AIDS, Tuberculosis and Malaria (The Global Fund)": the short
                // name in brackets begins the name before the comma, so the two are one body's.
                if let previous = names.last, let open = name.range(of: " ("), name.hasSuffix(")") {
                    let short = name[open.upperBound..<name.index(before: name.endIndex)]
                    let bare = short.hasPrefix("The ") || short.hasPrefix("the ") ? short.dropFirst(4) : short
                    if bare.contains(" "), previous.hasPrefix(bare + " ") {
                        names[names.count - 1] = previous + ", " + name
                        return
                    }
                }
                names.append(name)
            }
    }

    nonisolated(unsafe) private static let describedBody =
        /(?:\p{Lu}[\p{L}-]+ )?(?:think[- ]tank|non-governmental organi[sz]ation|NGO|foundation|research (?:institute|centre|center)|association|network|company|firm|agency|news agency|broadcaster|university|charity) (?=\p{Lu})/

    /// Stands for a comma inside one body's name while the list is cut at its commas.
    static let portfolioComma = "\u{E000}"

    private static let portfolioHeads = ["Ministry", "Department", "Committee", "Commission", "Council", "Bureau", "Directorate",
                                         "Secretariat", "Subcommittee", "Cabinet Secretary"]
    nonisolated(unsafe) private static let portfolio =
        /(?:Ministry|Department|Committee|Commission|Council|Bureau|Directorate|Secretariat|Subcommittee|Sub-Committee|Cabinet Secretary) (?:of|on|for) (?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})+),? and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}/

    /// "Portfolio Committee on Agriculture, Land Reform and Rural Development", "Ministry of Agriculture, Forestry and
    /// Fisheries": a body's portfolio is a list of fields, one name; its commas do not part two organisers. A field is a
    /// word or three in capitals that is no body, acronym or country ("Ministry of Health, UNICEF and WHO" are three).
    static func keepingPortfolios(_ list: String, countries: Set<String>) -> String {
        // The expression is tried only where a head of it and a list's "and" are printed: it is asked of every affiliation.
        guard list.includes(" and "), list.includes(", "), portfolioHeads.contains(where: list.includes) else { return list }
        var list = list
        for match in list.matches(of: portfolio).reversed() {
            let fields = match.output.1.components(separatedBy: ", ")
            guard fields.allSatisfy({ !Patterns.namesInstitution($0) && !isAcronym(Substring($0)) && !countries.contains($0.lowercased()) })
            else { continue }
            // "Ministry of Economy, Trade, and Industry": the comma before the last field is the portfolio's too.
            list.replaceSubrange(match.output.1.startIndex..<match.range.upperBound,
                                 with: list[match.output.1.startIndex..<match.range.upperBound].replacing(", ", with: portfolioComma))
        }
        return list
    }

    /// Plural heads whose countries each have one: "Embassies of Denmark, Finland and Sweden in Nairobi".
    private static let distributedHeads = ["Embassies": "Embassy", "Ministries": "Ministry", "Governments": "Government",
                                           "Permanent Missions": "Permanent Mission", "Missions": "Mission", "Delegations": "Delegation",
                                           "Consulates": "Consulate", "Consulates General": "Consulate General"]

    /// Compiled once, not at every call as a literal in the function would be.
    nonisolated(unsafe) private static let accreditedIn = /^ (?:in|to) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*/

    /// "the Embassies of Denmark, Finland, Norway and Sweden in Nairobi" names four embassies: "Embassy of Denmark in
    /// Nairobi", ...; only countries are distributed, so "Ministries of Health and Education" stays as printed.
    static func distributed(_ list: String, countries: Set<String> = GenreLexicon.builtIn.countries) -> String {
        for (plural, singular) in distributedHeads.sorted(by: { $0.key.count > $1.key.count }) {
            guard let head = list.range(of: plural + " of ") else { continue }
            let rest = list[head.upperBound...]
            var items: [String] = [], cursor = rest.startIndex, listEnd = rest.startIndex
            // Longest country first at each place: "Republic of Korea", "Antigua and Barbuda".
            while cursor < rest.endIndex {
                var tail = rest[cursor...]
                let article = tail.hasPrefix("the ") ? "the " : ""
                tail = tail.dropFirst(article.count)
                let lower = tail.lowercased()
                guard let country = countries.filter({ lower.hasPrefix($0) && (lower.count == $0.count || !lower.dropFirst($0.count).first!.isLetter) })
                    .max(by: { $0.count < $1.count }) else { break }
                let end = tail.index(tail.startIndex, offsetBy: country.count)
                items.append(article + tail[..<end])
                cursor = end
                listEnd = end
                if let separator = [", and ", " and ", ", "].first(where: { rest[cursor...].hasPrefix($0) }), items.count < 12 {
                    cursor = rest.index(cursor, offsetBy: separator.count)
                } else { break }
            }
            // "... of Japan and Mexico, and the UN Office": the list ends with its last country.
            cursor = listEnd
            guard items.count >= 2 else { continue }
            // "... in Nairobi", "... to Kenya": where each is accredited.
            var suffix = ""
            if let place = rest[cursor...].prefixMatch(of: Self.accreditedIn) {
                suffix = String(place.output)
                cursor = place.range.upperBound
            }
            let expanded = items.map { singular + " of " + $0 + suffix }.joined(separator: ", ")
            return String(list[..<head.lowerBound]) + expanded + String(rest[cursor...])
        }
        return list
    }

    /// "IERT", "the UNDP": a body's acronym, with its article.
    static func isAcronym(_ text: Substring) -> Bool {
        let bare = text.hasPrefix("the ") || text.hasPrefix("The ") ? text.dropFirst(4) : text
        return bare.count >= 2 && !bare.contains(" ") && bare.allSatisfy { $0.isUppercase || $0 == "-" }
    }

    /// The shape of an organisation's name: capitalised words, a few lowercase connectors, an
    /// acronym in brackets. "This meeting was co-chaired by Japan" is a clause, not a name.
    func isOrganizationName(_ name: String) -> Bool {
        Self.isOrganizationName(name, lexicon)
    }

    /// After "organised by", a name that ends in a meeting's noun is a body that meets ("the Colombo Policy
    /// Forum"): a meeting organises nothing.
    func isOrganizingAgent(_ name: String) -> Bool {
        if isOrganizationName(name) { return true }
        let words = name.words
        guard words.count >= 2, let last = words.last, lexicon.eventNouns.contains(last.lowercased()), last.first?.isUppercase == true
        else { return false }
        return Self.isOrganizationShape(name) && Names.parse(name, lexicon) == nil
    }

    /// Not an organisation: "The Symposium, held at ...", "Participants held lively discussions",
    /// "Minister Kenji Mori hosted a lunch".
    static func isOrganizationName(_ name: String, _ lexicon: GenreLexicon) -> Bool {
        // "Brunei Darussalam", shaped like a person's name, is a country that hosted.
        if lexicon.countries.contains(name.lowercased()) { return true }
        guard let last = name.words.last?.lowercased().trimming(.punctuationCharacters),
              // "Sakura Foundation for Regional Dialogue": a body may be named for the meetings it holds.
              !lexicon.eventNouns.contains(last) || HeaderReader.namesBodyForMeetings(name, lexicon), !["participants", "delegates", "experts", "members", "speakers", "panelists",
                                                     "attendees", "they", "we", "it"].contains(last),
              // "Andean Democracy Observatory" is shaped like a name, but a word of institutions says what it is.
              Names.parse(name, lexicon) == nil && RosterLines.person(name, lexicon) == nil || Patterns.namesInstitution(name)
                // "Red Andina de Bancos Comunitarios": a body's first word in a language that prints the rest in lower case.
                || name.words.first.map { Patterns.lowerCaseNameHeads.contains(String($0)) } == true
                // "Citizens’ Budget Watch Ghana": a plural's possessive names a body, never a person; "CERI-Sciences Po": nor
                // does a body's letters joined to a word in lower case.
                || ["’ ", "' "].contains(where: name.includes) || name.words.contains(where: Patterns.joinsLettersOfABody),
              // "Professor Kwame Mensah and Dr. Ama Owusu": people, whatever else their list holds.
              !name.words.contains(where: { word in
                  word.hasSuffix(".") && Names.honorific(String(word), lexicon) != nil
                      || ["Professor", "Ambassador", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Madam"].contains(String(word))
              })
        else { return false }
        return isOrganizationShape(name)
    }
}
