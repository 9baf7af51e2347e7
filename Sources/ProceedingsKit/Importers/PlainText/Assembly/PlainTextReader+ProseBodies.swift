/// Bodies the running text names that hold no role at the event: "Projects implemented through the
/// United Nations Trust Fund for Human Security were introduced". A librarian records such a body as
/// one the summary names, as a register of organisations would, without making it an organiser or a
/// participant: the record lists it, and no participation points at it. Only a name the page prints
/// in full with a word of an institution is taken ("Fund", "University", "Council"); a name in
/// capitals without one ("Sciences Po") may be a place, a programme or a title, and stays text.
extension PlainTextReader {
    /// `excluded`: the event's title and venue, which may be shaped as a body's name.
    mutating func registerBodiesNamedInProse(excluding excluded: [String]) {
        let bodies = AffiliationBodies(titleWords: lexicon.titleWords, countries: lexicon.countries)
        let people = registry.persons.flatMap { [$0.name] + $0.variants }.filter { $0.contains(" ") }
        let excluded = (excluded + parts.compactMap(\.title)).map { $0.lowercased() }.filter { !$0.isEmpty }
        for statement in statements {
            // The forms of those the record holds, as TEI marks them: "United Nations Development
            // Program" is "United Nations Development Programme (UNDP)".
            let known = registry.organizations.flatMap { organization in
                let names = [organization.name] + [TEI.abbreviated(organization.name)?.full].compactMap { $0 }
                return names + names.compactMap(TEINames.otherSpelling)
            }
            for name in Self.bodiesNamed(in: statement.text, bodies: bodies, lexicon: lexicon)
            where registry.knownOrganization(name) == nil
                // "the Japanese Ministry of Foreign Affairs", "Human Security Commission": a name that
                // is, ends in or has the words of one the record holds is that one's, or a guess at another.
                && !known.contains(where: { name == $0 || name.hasSuffix(" " + $0) || Self.sameWords(name, $0) })
                && !people.contains(where: name.includes)
                // A title may name a body ("Implementation of the ... Trust Fund ... Projects") but is a
                // meeting's; a venue shaped as a body's name is a place.
                && !excluded.contains(where: { name.lowercased().includes($0) }) {
                let line = lineNaming(name, in: statement.span)
                registry.organization(name, line: line)
                explain("named-organization", name, line: line, cue: "organization.named-in-prose")
            }
        }
    }

    /// The names of bodies `text` prints in full, in its order.
    static func bodiesNamed(in text: String, bodies: AffiliationBodies, lexicon: GenreLexicon) -> [String] {
        capitalisedRuns(in: text).compactMap { run in
            var names = [run.words]
            let words = run.words.split(separator: " ")
            // A sentence's first word is capitalised whatever it is: "Projects of the Lenton Trust".
            if run.startsSentence, !Patterns.namesInstitution(String(words[0])) {
                let rest = words.dropFirst().drop { joiningWords.contains($0) }.joined(separator: " ")
                names = words.count > 1 && joiningWords.contains(words[1]) ? [rest] : [run.words, rest]
            }
            return names.lazy.map { joinedName($0, bodies: bodies) }.map { bodies.afterPosition($0) ?? AffiliationBodies.withoutArticle($0) }
                .first { namesBodyInFull($0, bodies: bodies, lexicon: lexicon) }
        }
    }

    /// "Japan and the European Union": of a state and a body that "and the" joins, the body; else the
    /// run, since "and" joins the words of one ("Economic and Social Commission for Asia and the Pacific").
    static func joinedName(_ run: String, bodies: AffiliationBodies) -> String {
        guard let joint = run.range(of: " and the "), bodies.isState(run[..<joint.lowerBound].lowercased()) else { return run }
        return String(run[joint.upperBound...])
    }

    /// The same capitalised words in another order: "Human Security Commission", "Commission on Human Security".
    static func sameWords(_ one: String, _ other: String) -> Bool {
        func words(_ name: String) -> [Substring] { name.split(separator: " ").filter { $0.first?.isUppercase == true }.sorted() }
        return words(one).count > 1 && words(one) == words(other)
    }

    /// What a body runs, writes or holds, named after it: "... Trust Fund for Human Security Project".
    static let madeByBodies: Set<String> = ["project", "projects", "report", "reports", "declaration", "charter", "plan",
                                            "strategy", "framework", "agenda", "resolution", "fellowship", "prize", "award",
                                            "act", "treaty", "protocol", "guidelines", "study", "studies"]

    /// Two words or more with a word of an institution, shaped as a body's name and not as a
    /// person's, a position's, a state's or a meeting's, nor as what a body makes.
    static func namesBodyInFull(_ name: String, bodies: AffiliationBodies, lexicon: GenreLexicon) -> Bool {
        let words = name.split(separator: " ")
        // "Programme of Action", "Programme for ...": a plan, where a body's programme has its owner's name before it.
        return (2...12).contains(words.filter { !$0.hasPrefix("(") }.count) && Patterns.namesInstitution(name, plurals: false)
            && !["Programme", "Program"].contains(words[0]) && !madeByBodies.contains(words.last!.lowercased())
            && bodies.isBodyName(name, alone: false) && !bodies.isPositionPhrase(name) && isOrganizationName(name, lexicon)
    }

    private static let joiningWords: Set<Substring> = ["of", "for", "and", "the", "on", "in", "to", "&"]
    private static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december"]

    /// Runs of words in capitals, with the small words a body's name may hold between them, that
    /// quotation marks neither enclose nor touch (a quoted name is a title), with an abbreviation in
    /// brackets after them kept: "United Nations Development Programme (UNDP)". Whether a run starts a
    /// sentence is said, since a sentence's first word is capitalised whatever it is.
    static func capitalisedRuns(in text: String) -> [(words: String, startsSentence: Bool)] {
        let quotes: Set<Character> = ["\"", "“", "”"]
        let tokens = text.split(separator: " ")
        var runs: [(String, Bool)] = []
        var run: [Substring] = []
        var runStartsSentence = false, quoted = false, sentenceStart = true
        // After a possessive, a month or a title the words in capitals are a thing of it, a date or a
        // name: "Children’s Fund", "March Council", "Prof. Sato".
        var skipping = false
        func close() {
            while let last = run.last, joiningWords.contains(last) { run.removeLast() }
            if run.count >= 2 { runs.append((run.joined(separator: " "), runStartsSentence)) }
            run = []
        }
        for (index, token) in tokens.enumerated() {
            let wasQuoted = quoted
            for character in token where quotes.contains(character) { quoted = character == "“" || character == "\"" && !quoted }
            var word = token.drop { ",.;:!?".contains($0) }
            while let last = word.last, ",.;:!?".contains(last) { word.removeLast() }
            // "Union(EU)": the word before the bracket, then the name ends.
            let glued = word.dropFirst().firstIndex(of: "(")
            if let glued { word = word[..<glued] }
            let capitalised = word.first?.isUppercase == true
            // "Mr.", "Prof.": a title, whose full stop ends no sentence.
            if capitalised, token.hasSuffix("."), word.count <= 4, !AffiliationBodies.isAbbreviation(String(word)) {
                close()
                skipping = true
                continue
            }
            if word.contains(where: "[]".contains) {
                // "[... Trust Fund for Human Security] There": a summariser's bracket cuts the name, which is not taken.
                run = []
                skipping = false
            } else if wasQuoted || token.contains(where: quotes.contains) || word.isEmpty
                || capitalised && (months.contains(word.lowercased()) || word.contains("’") || word.contains("'")) {
                close()
                skipping = capitalised
            } else if word.hasPrefix("("), word.hasSuffix(")"), AffiliationBodies.isAbbreviation(String(word)), !run.isEmpty {
                run.append(word)
                close()
            } else if capitalised, !skipping {
                if run.isEmpty { runStartsSentence = sentenceStart }
                run.append(word)
            } else if joiningWords.contains(word), !run.isEmpty {
                run.append(word)
            } else {
                close()
                skipping = skipping && capitalised
            }
            if glued != nil { close() }
            // "Ministry of Economy, Trade and Industry": a name may go on after a comma, so one cut
            // there before a capital is not taken.
            if token.hasSuffix(","), index + 1 < tokens.count, tokens[index + 1].first?.isUppercase == true { run = [] }
            if let last = token.last, ",.;:!?)".contains(last) { close() }
            sentenceStart = token.last.map { ".!?".contains($0) } ?? false
            if sentenceStart { skipping = false }
        }
        close()
        return runs
    }

    /// The first line of `span` that prints the name whole, else the first that prints its first word.
    func lineNaming(_ name: String, in span: SourceSpan) -> Int {
        let numbers = (span.first...max(span.first, span.last)).filter { $0 >= 1 && $0 <= lines.count }
        let first = name.split(separator: " ").first.map(String.init) ?? name
        return numbers.first { lines[$0 - 1].text.includes(name) } ?? numbers.first { lines[$0 - 1].text.includes(first) } ?? span.first
    }
}
