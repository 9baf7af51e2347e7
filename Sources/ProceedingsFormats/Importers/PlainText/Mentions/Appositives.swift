import Foundation

/// What a sentence prints beside a name about the person: ", Deputy Resident Representative, UNDP Mongolia,".
extension MentionFinder {
    /// ", Deputy Resident Representative, UNDP Mongolia," after a name: the affiliation as printed.
    func appositive(after end: Int, limit: Int, in tokens: [Token], sentence: String) -> (String?, Int) {
        var segments: [ArraySlice<Token>] = []
        var j = end
        // "Professor Helen Ashcroft FRS of the University of Bristol": the letters after a name stand between it and its body.
        while j < limit, Names.postNominals.contains(tokens[j].text) { j += 1 }
        let afterName = j
        // "of Japan" directly after the name belongs to it.
        // "of Japan", "from Peking University", "at the Korea Development Institute" directly after the name.
        let prepositions: Set<String> = ["of", "from", "at"]
        while j < limit, tokens[j].text == "," || (segments.isEmpty && j == afterName && prepositions.contains(tokens[j].lower)) || tokens[j].text == "(" {
            let opener = prepositions.contains(tokens[j].lower) ? "of" : tokens[j].text
            var k = opener == "of" ? j : j + 1
            var depth = opener == "(" ? 1 : 0
            while k < limit {
                let t = tokens[k]
                if t.text == "(" { depth += 1 }
                if t.text == ")" {
                    // "Bangladesh (Mr A, Department of Extension), Indonesia": a bracket opened before the name closes the apposition.
                    if depth == 0 { break }
                    depth -= 1
                    if depth == 0, opener == "(" { break }
                }
                if depth == 0, t.text == "," || t.text == ";" || t.text == "." { break }
                k += 1
            }
            if opener == "of" {
                // "Ambassador Yukio Takasu of Japan welcomed ...": only the capitalised words belong to the name.
                k = j + 1
                // "of the Department of Political Affairs", "of the Instituto del Mar del Perú": connectors and
                // particles inside the body's name belong to it.
                // "of the University of Oslo and Mark Delorme, assistant deputy minister": "and" before a person ends the body.
                // "of the University of the West Indies": "of the" together before a capitalised word.
                func capitalisedAt(_ i: Int) -> Bool {
                    i < limit && (tokens[i].isCapitalised || tokens[i].lower == "the" && ["of", "for", "on"].contains(tokens[i - 1].lower)
                        && i + 1 < limit && tokens[i + 1].isCapitalised)
                }
                while k < limit, tokens[k].isCapitalised
                        || (["the", "and", "of", "for", "on"].contains(tokens[k].lower) || lexicon.nameParticles.contains(tokens[k].lower))
                            && capitalisedAt(k + 1) && !(tokens[k].lower == "and" && appositiveMention(at: k + 1, in: tokens) != nil) { k += 1 }
            }
            // "Prof. X of Lund University, Sweden delivered the keynote": a place or a title left without its closing comma,
            // then the person's verb; the apposition ends before it.
            if opener == ",", j + 1 < k, tokens[j + 1].isCapitalised,
               let verb = tokens[(j + 2)..<k].firstIndex(where: { $0.isWord && !$0.isCapitalised && !Self.titleConnectors.contains($0.lower) }),
               Self.opensClause(tokens[verb].lower, lexicon) {
                k = verb
            }
            let segment = tokens[(opener == "of" ? j : j + 1)..<k]
            // A segment that runs into the next name is that person's title, not this one's affiliation.
            guard isAppositive(segment, bracketed: opener == "("), k < limit || limit == tokens.count || opener == "(" else { break }
            segments.append(segment)
            j = k
            if opener == "(", j < limit { j += 1 }
        }
        guard !segments.isEmpty else { return (nil, end) }
        let text = segments.map { segment in
            segment.first.map { prepositions.contains($0.lower) } ?? false ? joined(segment.dropFirst()) : joined(segment)
        }.joined(separator: ", ")
        return (text, j)
    }

    private static let titleConnectors: Set<String> = ["of", "the", "to", "for", "and", "on", "in", "at", "de", "a", "an", "with"]

    /// A verb that begins what a person did: of speech, of presiding, of delivering, of opening or closing.
    static func opensClause(_ word: String, _ lexicon: GenreLexicon) -> Bool {
        lexicon.reportingVerbs.contains(word) || presidingVerbs.contains(word) || CueFinder.deliveringVerbs.contains(word)
            || ["gave", "made", "spoke", "opened", "closed", "welcomed", "introduced", "led", "addressed"].contains(word)
    }

    /// Brackets bound what they hold, so a bracketed appositive may be long: "(Special Advisor to the
    /// President, Ritsumeikan University/ Director, Kyoto Museum for World Peace, ...)".
    func isAppositive(_ segment: ArraySlice<Token>, bracketed: Bool) -> Bool {
        guard let first = segment.first, segment.count <= (bracketed ? 40 : 16) else { return false }
        if ["of", "from", "at"].contains(first.lower) { return (2...9).contains(segment.count) }
        if first.isCapitalised {
            // Not a new clause ("He", "It") and not the next person of a list.
            return !["he", "she", "it", "they", "we", "this", "there", "in", "on", "at", "as", "after"].contains(first.lower)
                && !(segment.count >= 2 && Names.parse(joined(segment.prefix(2)), lexicon) != nil && registry.match(Names.parse(joined(segment.prefix(2)), lexicon)!) != nil)
        }
        if ["the", "a", "an", "former", "then"].contains(first.lower), segment.count > 1 {
            // "a policy adviser with ...", "the bank's chief economist": the title may come a word or two later;
            // "an underwriter with Northgate Marine Insurance": a noun of work, then where.
            return segment.dropFirst().first!.isCapitalised || segment.dropFirst().prefix(3).contains { lexicon.titleWords.contains($0.lower) }
                || segment.dropFirst().prefix(4).indices.contains { k in
                    ["with", "at", "of", "from"].contains(segment[k].lower) && k + 1 < segment.endIndex && segment[k + 1].isCapitalised
                }
        }
        return lexicon.titleWords.contains(first.lower)
    }

    /// "From Trócaire, I welcome Ms X, head of policy.": a committee's chair names the body a witness speaks for before the
    /// witness; the body is part of where each one welcomed works.
    func welcomedFromTheirBody(_ found: inout [Mention], _ tokens: [Token]) {
        guard tokens.first?.lower == "from", let comma = tokens.prefix(12).firstIndex(where: { $0.text == "," }), comma >= 2,
              tokens[1..<comma].allSatisfy({ $0.isCapitalised || ["of", "for", "and", "the", "&"].contains($0.lower) }),
              comma + 2 < tokens.count, ["i", "we"].contains(tokens[comma + 1].lower),
              tokens[(comma + 2)...].prefix(5).contains(where: { $0.lower == "welcome" }) else { return }
        let body = joined(tokens[1..<comma])
        // "From January, we welcome ...": a time is no body.
        guard PlainTextReader.isOrganizationShape(AffiliationBodies.withoutArticle(body)), !tokens[1..<comma].contains(where: { NameVocabulary.months.contains($0.lower)
            || DateScanner.weekdayNames.contains($0.lower) }) else { return }
        // "..., and from the Central Bank, Mr C": the next "from" names the next one's body.
        let next = tokens[(comma + 1)...].firstIndex(where: { $0.lower == "from" }) ?? tokens.count
        for index in found.indices where found[index].tokens.lowerBound > comma && found[index].tokens.lowerBound < next {
            found[index].affiliation = found[index].affiliation.map { $0 + ", " + body } ?? body
        }
    }
}
