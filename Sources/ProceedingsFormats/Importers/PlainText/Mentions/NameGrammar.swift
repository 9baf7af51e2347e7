import Foundation

/// The grammar of a name with neither honorific nor known form: vouched for by a title or an
/// institution after it, by a list it belongs to, or by the verb of a role before it.
extension MentionFinder {
    /// Verbs whose agent, after "by", is a person who held a role.
    static let roleVerbs: Set<String> = [
        "chaired", "co-chaired", "moderated", "facilitated", "opened", "closed", "delivered", "given", "made", "presented",
        "introduced", "followed", "led", "conducted", "presided", "coordinated", "read", "concluded", "summarised", "summarized",
        // "The Aleut Association was represented by X": whom a body sent.
        "represented",
    ]

    func cuedMention(at i: Int, in tokens: [Token]) -> Mention? {
        // "moderated by journalist Ana Ruiz": a title in lower case may stand between.
        var by = i - 1
        while by > 0, !tokens[by].isCapitalised, lexicon.titleWords.contains(tokens[by].lower) { by -= 1 }
        // "moderated by Deutsche Welle journalist Jonas Ebeling": whose journalist, before the title.
        var descriptor: Range<Int>?
        if by < i - 1 {
            var start = by + 1
            while start - 1 > 0, by - start < 3, tokens[start - 1].isCapitalised, tokens[start - 1].isWord, !tokens[start - 1].quoted { start -= 1 }
            if start <= by, tokens[start - 1].lower == "by" || tokens[start - 1].lower == "the" {
                descriptor = start..<(by + 1)
                by = start - 1
            }
        }
        // "moderated by the journalist Ana Ruiz".
        if by < i - 1, by > 0, tokens[by].lower == "the" { by -= 1 }
        // "a video message from X", "a written greeting from X": the sender of words read out.
        guard by >= 1, by >= i - 3, tokens[by].lower == "by" && Self.roleVerbs.contains(tokens[by - 1].lower)
                || tokens[by].lower == "from" && Self.sentWords.contains(tokens[by - 1].lower),
              tokens[i].isCapitalised, !tokens[i].quoted, Names.isNameToken(tokens[i].bare, lexicon) else { return nil }
        var end = i
        while end < tokens.count, end - i < runLimit(tokens[i..<end]), !tokens[end].quoted, Names.isNameToken(tokens[end].bare, lexicon) { end += 1 }
        end = withoutTrailingParticles(i, end, tokens)
        // The name must end its run: "chaired by Kyoto University" names a body.
        if end < tokens.count, tokens[end].isCapitalised, tokens[end].isWord, !Names.postNominals.contains(tokens[end].text) { return nil }
        // "Deutsche Welle journalist Jonas Ebeling": a run before a title in lower case and a name says whose title it is.
        var title = end
        while title < tokens.count, !tokens[title].isCapitalised, lexicon.titleWords.contains(tokens[title].lower) { title += 1 }
        if title > end, title < tokens.count, tokens[title].isCapitalised, Names.isNameToken(tokens[title].bare, lexicon) { return nil }
        guard end - i >= 2, let printed = Names.parse(tokens[i..<end].map(\.bare).joined(separator: " "), lexicon) else { return nil }
        let affiliation = descriptor.map { joined(tokens[$0.lowerBound..<i]) }
        return Mention(printed: printed, tokens: i..<end, extent: i..<end, affiliation: affiliation,
                       titleStart: descriptor?.lowerBound ?? i)
    }

    /// Words sent to a meeting and read or played there: their sender follows "from".
    static let sentWords: Set<String> = ["message", "messages", "greeting", "greetings", "letter"]

    /// "Deputy Minister of Foreign Affairs of Kazakhstan Yerlan Bekmukhanov", "Ambassador of Samoa to Japan Tui
    /// Leota": a title may end in the country it serves, and the name follows with no comma.
    func countryEnds(before i: Int, in tokens: [Token]) -> Bool {
        // "Rector of UWED Dilnoza Yusupova", "Vice President of CASS Wang Shuzhen": or in the acronym of a body.
        if i >= 2, ["of", "to", "for", "at"].contains(tokens[i - 2].lower), tokens[i - 1].isWord, Names.isAllCaps(tokens[i - 1].text),
           (2...6).contains(tokens[i - 1].text.count), !lexicon.nameParticles.contains(tokens[i - 1].lower) { return true }
        for length in 1...4 where i - length >= 1 {
            let words = tokens[(i - length)..<i]
            guard words.allSatisfy(\.isWord) else { return false }
            if ["of", "to", "for", "the"].contains(tokens[i - length - 1].lower),
               lexicon.countries.contains(words.map(\.lower).joined(separator: " ")) { return true }
        }
        return false
    }

    /// How many words a name without honorific may run to: longer with particles ("Ernesto VALDIVIA DE LA CRUZ").
    func runLimit(_ run: ArraySlice<Token>) -> Int {
        run.contains { lexicon.nameParticles.contains($0.lower) } ? 6 : 4
    }

    /// Nouns of an office after which a surname alone names a person: "President Sasae", "Minister KAMIKAWA";
    /// not adjectives of a title ("Member Countries", "General Debate", "High Level Segment").
    static let offices: Set<String> = [
        "minister", "president", "ambassador", "mayor", "secretary", "governor", "chairman", "chairperson", "chairwoman",
        "director", "professor", "dean", "rector", "commissioner", "chancellor", "senator", "premier", "envoy", "chief",
        "congressman", "congresswoman", "co-chair", "moderator", "administrator", "president-elect", "secretary-general",
        "director-general", "under-secretary", "vice-minister", "vice-president", "spokesperson", "judge", "justice",
        "chair", "head", "adviser", "advisor", "consul", "counsellor", "counselor", "rapporteur", "coordinator",
        "spokesman", "spokeswoman", "leader", "treasurer", "officer", "representative", "chief", "emperor", "king", "queen",
    ]

    /// Words of a title that qualify an office rather than name one: a surname alone never follows them.
    static let titleAdjectives: Set<String> = [
        "member", "members", "regional", "high", "senior", "state", "special", "permanent", "former", "then",
        "vice", "deputy", "executive", "managing", "technical", "honorary", "emeritus", "assistant", "associate",
        "parliamentary", "prime", "official", "officials",
    ]

    /// Nouns of people, one of which must stand before a bare list of names: "Panelists included", "Speakers were".
    static let peopleNouns: Set<String> = [
        "participants", "speakers", "panelists", "panellists", "experts", "guests", "members", "attendees", "delegates",
        "representatives", "presenters", "discussants", "commentators", "moderators", "chairs", "co-chairs", "scholars",
        "officials", "ministers", "ambassadors", "leaders", "panel", "others", "those", "among",
    ]

    /// Plurals of the roles of a meeting, which a list of their holders may follow at once.
    static let rolePlurals: Set<String> = [
        "speakers", "panelists", "panellists", "presenters", "discussants", "commentators", "moderators", "respondents", "co-chairs",
        "rapporteurs", "experts", "guests",
    ]

    /// Plurals of professions, which a list of those who practise them may follow: "journalists A and B".
    static let professionPlurals: Set<String> = [
        "journalists", "researchers", "academics", "scientists", "scholars", "economists", "analysts", "lawyers", "diplomats",
        "practitioners", "professors", "parliamentarians", "legislators", "mayors", "activists", "entrepreneurs", "historians",
        "authors", "editors", "artists", "writers", "physicians", "doctors", "engineers", "farmers", "fishers", "students",
    ]

    /// Words after which a list of people may follow: "Panelists included A, B and C".
    static let listOpeners: Set<String> = ["include", "included", "includes", "including", "featured", "featuring", "were", ":", "together"]

    /// Words that end a building's name and no person's: "Wellington Building", "Krabi Maritime Park Hotel" ("Hall" and
    /// "House" are surnames too).
    static let buildings: Set<String> = ["building", "hotel", "pavilion", "auditorium", "campus", "headquarters", "theatre",
                                         "theater", "complex", "centre", "center", "palace", "stadium", "arena", "resort"]

    /// Whether the word at `index` opens a list of people: a list opener, or "heard from" ("A panel ... heard from A, B and C").
    static func opensList(_ tokens: [Token], at index: Int) -> Bool {
        listOpeners.contains(tokens[index].lower) || tokens[index].lower == "from" && index > 0 && tokens[index - 1].lower == "heard"
            // "A round table ... followed, with the participation of A, B and C".
            || tokens[index].lower == "of" && index > 0 && tokens[index - 1].lower == "participation"
            // "Join us for a conversation with A, B, and C".
            || invitedToConversation(tokens, at: index)
    }

    /// A bare full name in a list: after a word that opens one, or after a person of the list
    /// ("Atul Kohli (Princeton University), John Oneal"), and ended by what separates the list.
    /// Countries that are also given names or surnames: "Paul Jordan", "Chad Evans".
    static let countriesAsNames: Set<String> = ["jordan", "israel", "chad", "georgia", "kenya", "india"]

    /// A word that names a country and no person: the last word of "GeoSphere Austria", "Police Scotland".
    func namesCountryOnly(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lexicon.countries.contains(lower) && !Self.countriesAsNames.contains(lower)
    }

    func listedMention(at i: Int, in tokens: [Token], after previous: Mention?) -> Mention? {
        guard i > 0, tokens[i].isCapitalised, !tokens[i].quoted, Names.isNameToken(tokens[i].bare, lexicon) else { return nil }
        var end = i
        // "..., and Alejandro Ortiz de Zárate Carrillo (Banco de México)": a name with particles runs longer.
        while end < tokens.count, end - i < runLimit(tokens[i..<end]), !tokens[end].quoted, Names.isNameToken(tokens[end].bare, lexicon) { end += 1 }
        end = withoutTrailingParticles(i, end, tokens)
        // "..., B of UNESCO’s Culture Sector and C": where a listed person works may follow the name.
        let whereWorks = end + 1 < tokens.count && ["of", "from"].contains(tokens[end].lower)
            && (tokens[end + 1].isCapitalised || tokens[end + 1].lower == "the")
        // "Guest speakers A and B shared ...": the last of a list may be the subject of the verb after it.
        let lastOfList = previous != nil && tokens[i - 1].lower == "and" && end < tokens.count && tokens[end].isWord && !tokens[end].isCapitalised
            && (lexicon.reportingVerbs.contains(tokens[end].lower) || ["attended", "participated", "joined"].contains(tokens[end].lower))
        // "Luke Fletcher MS and Jenny Rathbone MS": a member's post-nominal after the name, before what separates the list.
        var stop = end
        while stop < tokens.count, Names.postNominals.contains(tokens[stop].bare) { stop += 1 }
        // "presentations by Dr A and B on escalation pathways": what the last of the list spoke on follows the name.
        let topicAfterList = previous != nil && tokens[i - 1].lower == "and" && stop + 1 < tokens.count && tokens[stop].lower == "on"
            && !tokens[stop + 1].isCapitalised
        guard end - i >= 2, stop == tokens.count || [",", "and", ";", ".", "(", ")", "&", "–", "—", "-"].contains(tokens[stop].lower) || whereWorks
                || lastOfList || topicAfterList,
              let printed = Names.parse(tokens[i..<end].map(\.bare).joined(separator: " "), lexicon),
              // "in Room 415, Wellington Building, the Chair presiding": a building, not the next person.
              !Self.buildings.contains(tokens[end - 1].lower),
              // "Captain Ravi Nair, Indian Navy": a run that ends in a word of institutions is a body, not the next person.
              !Patterns.namesInstitution(String(printed.name.words.last ?? ""), plurals: false),
              // "Institut Teknologi Sepuluh Nopember": a body whose language puts its kind first.
              !Patterns.namesInstitution(String(printed.name.words.first ?? ""), plurals: false) else { return nil }
        // "Viet Nam Maritime Search and Rescue Coordination Centre": the run and what "and" joins to it is a body.
        if end + 1 < tokens.count, tokens[end].lower == "and", tokens[end + 1].isCapitalised,
           Names.honorific(tokens[end + 1].text, lexicon) == nil,
           let last = tokens[(end + 1)...].prefix(5).prefix(while: { $0.isWord && $0.isCapitalised }).last,
           Patterns.namesInstitution(last.bare, plurals: false) { return nil }
        if let previous, unitOfTitle(at: i, in: tokens, after: previous.tokens.upperBound) { return nil }
        // "Dr. Lukas Größwang, GeoSphere Austria", "X, Statistics Norway", "Y, Enterprise Ireland": after a person and a comma,
        // a run that ends in a country is a national body, where they work.
        if let previous, previous.tokens.upperBound == i - 1, tokens[i - 1].text == ",",
           let last = printed.name.words.last, namesCountryOnly(String(last)) {
            return nil
        }
        // "the Regional Council for Public Savings and Financial Markets (CREPMF)": what "and" joins goes on a body's name.
        // "of the University of Oslo and Mark Delorme, assistant deputy minister": unless what follows describes a person.
        if tokens[i - 1].lower == "and", let first = tokens[..<(i - 1)].lastIndex(where: { !($0.isWord && $0.isCapitalised) }), first < i - 2,
           first >= 1, ["for", "of"].contains(tokens[first].lower), Patterns.namesInstitution(tokens[first - 1].bare, plurals: false),
           !describedAfterComma(end, in: tokens) { return nil }
        let before = tokens[i - 1]
        if ["–", "—"].contains(before.text) {
            // "The panelists – A, B and C – presented": a dash opens a list only right after the people it lists;
            // "Panel 3 – Planned Relocation and ..." is a title.
            guard i >= 2, Self.peopleNouns.contains(tokens[i - 2].lower), tokens[i - 2].lower != "panel",
                  end < tokens.count, [",", "and", "(", "&"].contains(tokens[end].lower) else { return nil }
        } else if Self.rolePlurals.contains(before.lower) || Self.professionPlurals.contains(before.lower)
                    || Self.officePlurals.contains(before.lower) && before.isCapitalised {
            // "Guest speakers Ana Ruiz and John Smith shared ...": the plural of a role, then the list it names; "journalists
            // A (Radio X) and B (Y)": of a profession.
            guard end < tokens.count, [",", "and", "(", "&"].contains(tokens[end].lower) else { return nil }
        } else if before.lower == "from", tokens[max(0, i - 7)..<(i - 1)].contains(where: { $0.lower.hasPrefix("apolog") || $0.lower.hasPrefix("regret") }) {
            // "Apologies were received from Luke Fletcher MS and Jenny Rathbone MS": those who sent their apologies, named bare.
            return Mention(printed: printed, tokens: i..<end, extent: i..<stop, titleStart: i)
        } else if Self.opensList(tokens, at: i - 1) {
            // An opener alone is weak: the list must go on after this name, and people must be its subject. "Panellists
            // included Sara Berg.": a role's holders may be one, whose name ends the sentence.
            let alone = (end == tokens.count || tokens[end].text == ".") && tokens[max(0, i - 4)..<(i - 1)].contains {
                Self.rolePlurals.contains($0.lower) || lexicon.rosterLabels[$0.lower].map { $0.role != .participant } == true
            }
            guard alone || end < tokens.count && [",", "and", "(", "&", "of", "from"].contains(tokens[end].lower),
                  // "Taking part in the discussion were A and B": the clause says they took part, as a noun of people would.
                  // "a panel discussion chaired by X Y brought together A and B": the noun may stand before its chair.
                  tokens[max(0, i - 10)..<(i - 1)].contains(where: { Self.peopleNouns.contains($0.lower) || lexicon.rosterLabels[$0.lower] != nil
                      || ["taking", "participating", "attending", "joining"].contains($0.lower) }) || Self.invitedToConversation(tokens, at: i - 1)
            else { return nil }
        } else {
            guard [",", "and", ";", "&"].contains(before.lower), let previous, i >= 2 else { return nil }
            // "Tom Ferreira, Tres Pinos, spoke regarding ...": set off by commas before the verb, with no "and", a place or a body
            // that describes the one before; a list would join its last name with "and".
            if before.text == ",", end + 1 < tokens.count, tokens[end].text == ",", !tokens[end + 1].isCapitalised,
               lexicon.reportingVerbs.contains(tokens[end + 1].lower) { return nil }
            var j = i - 2
            if tokens[j].text == "," || tokens[j].lower == "and" { j -= 1 }
            let end = previous.tokens.upperBound
            // "A from the Swedish Agency for Digital Government (DIGG) and B": the body's short name closes where A works.
            if j > end + 2, tokens[j].text == ")", let open = tokens[(end + 1)..<j].lastIndex(where: { $0.text == "(" }), j - open <= 4,
               tokens[end].text != "(" { j = open - 1 }
            // "Soledad Ruiz, mediator, and Rahel Haile": the one before may carry a short description.
            let described = j > end && tokens[end].text == "," && j - end <= 10
                && !tokens[(end + 1)...j].contains { $0.text == "," || $0.text == ";" } && isAppositive(tokens[(end + 1)...j], bracketed: false)
                // "Colonel A of the Royal Army, B of UNESCO and C": where the one before works, without a comma.
                || j >= end && ["of", "from", "at"].contains(tokens[end].lower) && j - end <= 9
                    && !tokens[end...j].contains { $0.text == "," || $0.text == ";" } && isAppositive(tokens[end...j], bracketed: false)
            guard j >= 0, j + 1 == end || described || tokens[j].text == ")" && j > end && tokens[end].text == "(" else { return nil }
        }
        return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i)
    }

    /// "People's Deputies Oleksii Movchan and Iryna Konstankevych": an office in the plural before the names it is theirs.
    static let officePlurals: Set<String> = ["deputies", "senators", "councillors", "councilors", "ministers", "ambassadors", "mayors",
                                             "governors", "commissioners", "professors", "representatives", "congressmen", "congresswomen"]

    /// Words after which a capitalised run names a place or a body, not a person.
    static let prepositions: Set<String> = ["of", "for", "at", "in", "the", "to", "from", "on"]

    /// "Thomas Franck (New York University School of Law)", "Koji Tsuruoka, Director-General for Global
    /// Issues": a name printed with neither honorific nor title before it counts only when a title or
    /// an institution follows it, in brackets or after a comma.
    /// "Dr X, Medical Officer, Neglected Tropical Diseases, WHO": after a name and a title set off by commas, the next
    /// capitalised run is the unit where the title is held, not another person. `nameEnd`: where the name before ended,
    /// if known.
    func unitOfTitle(at i: Int, in tokens: [Token], after nameEnd: Int? = nil) -> Bool {
        guard i >= 4, tokens[i - 1].text == "," else { return false }
        var comma = i - 2
        while comma > 0, tokens[comma].isCapitalised || ["of", "for", "and", "the", "-"].contains(tokens[comma].lower) { comma -= 1 }
        guard tokens[comma].text == ",", comma < i - 2, comma >= 1, tokens[comma - 1].isCapitalised, nameEnd.map({ $0 == comma }) ?? true else {
            return false
        }
        guard tokens[(comma + 1)..<(i - 1)].contains(where: { lexicon.titleWords.contains($0.lower) }) else { return false }
        // "A, Ugandan Ambassador, Ryokichi Hirono, Professor Emeritus at ...": a list of people, each with a title.
        var end = i
        while end < tokens.count, tokens[end].isCapitalised || ["of", "for", "and", "the", "-"].contains(tokens[end].lower) { end += 1 }
        guard end < tokens.count, tokens[end].text == "," else { return true }
        return !tokens[(end + 1)...].prefix(while: { $0.text != "," && $0.text != "." }).contains {
            lexicon.titleWords.contains($0.lower) && !Self.titleAdjectives.contains($0.lower)
        }
    }

    private static let closingQuotes: Set<String> = ["”", "\"", "’", "»"]

    func appositiveMention(at i: Int, in tokens: [Token]) -> Mention? {
        guard tokens[i].isCapitalised, !tokens[i].quoted, Names.isNameToken(tokens[i].bare, lexicon) else { return nil }
        if i > 0 {
            let previous = tokens[i - 1]
            // "The best question came from X of the Volta Youth Parliament": after "from" comes a person when
            // what follows the name describes one; a place or a body follows other prepositions.
            // "included the participation of Giovanni Rossetti, from the Consorzio ...": whose participation, a person's.
            guard !Self.prepositions.contains(previous.lower) || previous.lower == "from" && i >= 2 && tokens[i - 2].lower != "the"
                    || previous.lower == "of" && i >= 2 && ["participation", "presence", "contribution", "contributions", "intervention", "interventions",
                                                                               "chairmanship", "chairpersonship", "chairship", "moderation"].contains(tokens[i - 2].lower),
                  !Names.isNameToken(previous.bare, lexicon) || Names.isPossessive(previous.text), previous.text != "-",
                  previous.text != "(" else { return nil }
            // "Institute for New International Political Systems (Coordinator)": a capitalised run goes on a
            // body's name; a bare name starts after a title, a comma or a word in lower case.
            // "and Carnegie's Noah X will moderate": a body's possessive before a person names whose staff they are.
            if previous.isWord, previous.isCapitalised, i >= 2, tokens[i - 2].isWord,
               !lexicon.titleWords.contains(previous.lower), !Names.isPossessive(previous.text) { return nil }
            if unitOfTitle(at: i, in: tokens) { return nil }
            // 'Quoting "Human Security ..." by Shahrbanou Tadjbakhsh': the author of a work cited, not a participant.
            if previous.lower == "by", i >= 2, tokens[i - 2].quoted || ["\"", "”"].contains(tokens[i - 2].text) { return nil }
        }
        var end = i
        while end < tokens.count, end - i < 5, !tokens[end].quoted, Names.isNameToken(tokens[end].bare, lexicon) {
            end += 1
            if tokens[end - 1].bare != tokens[end - 1].text { return nil }
        }
        // '"We want to be asked," said Frida X.': the speaker named after a quotation and its verb, at the sentence's end.
        let afterQuotation = i >= 2 && (lexicon.reportingVerbs.contains(tokens[i - 1].lower) || tokens[i - 1].lower == "says")
            && (Self.closingQuotes.contains(tokens[i - 2].text) || tokens[i - 2].text == "," && i >= 3 && Self.closingQuotes.contains(tokens[i - 3].text))
        guard end - i >= 2, end < tokens.count || afterQuotation, !Self.buildings.contains(tokens[end - 1].lower),
              let printed = Names.parse(tokens[i..<end].map(\.bare).joined(separator: " "), lexicon) else { return nil }
        if afterQuotation { return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i) }
        // "On behalf of the Saami Council, Máret X presented ...": who spoke for a body, named after it.
        if i >= 5, tokens[i - 1].text == ",", tokens[0].lower == "on", tokens[1].lower == "behalf", tokens[2].lower == "of",
           !tokens[3..<(i - 1)].contains(where: { $0.text == "," }) {
            return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i)
        }
        if subjectOfSaying(i..<end, in: tokens) || (i == 0 || afterFrontedPhrase(i, in: tokens)) && opensListOfSpeakers(i..<end, in: tokens) {
            // "Ilaria Conti, policy officer for Low Impact Fishers (LIFE), argued": what she is, between the commas.
            let close = tokens[end].text == "," ? tokens[(end + 1)...].prefix(16).firstIndex(where: { $0.text == "," }).flatMap { $0 > end + 1 ? $0 : nil } : nil
            return Mention(printed: printed, tokens: i..<end, extent: i..<(close.map { $0 + 1 } ?? end),
                           affiliation: close.map { joined(tokens[(end + 1)..<$0]) }, titleStart: i)
        }
        // "Two members of the Youth Council (UNR), Elias X and Frida Y, talked": names set off by a comma after a noun of
        // people that opens the sentence.
        if i >= 3, tokens[i - 1].text == ",", ["and", ","].contains(tokens[end].lower),
           case let before = tokens[..<(i - 1)], before.count <= 12, before.contains(where: { Self.peopleNouns.contains($0.lower) && $0.lower.hasSuffix("s") }),
           !before.contains(where: { $0.text == "," || lexicon.reportingVerbs.contains($0.lower) }) {
            return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i)
        }
        var k = end + 1
        while k < tokens.count, k - end <= 16, ![",", ";", ".", ")", "("].contains(tokens[k].text) { k += 1 }
        let segment = tokens[min(end + 1, tokens.count)..<k]
        switch tokens[end].lower {
        case "(":
            guard k < tokens.count, tokens[k].text == ")" || tokens[k].text == "," else { return nil }
            // "panelists Jimena Sánchez Ocampo (Rappi), ...": after a noun of people, the brackets say where the person works.
            if i >= 1, Self.peopleNouns.contains(tokens[i - 1].lower) || i >= 2 && tokens[i - 1].text == ":" && Self.peopleNouns.contains(tokens[i - 2].lower) {
                return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i)
            }
            // "Orla Nic Aodha (TG4)", "Li Wei (CSIS)": the short name of the body the person comes from.
            // "Friedrich Ebert Stiftung (FES)": letters that are the run's own initials shorten the run, a body's name.
            if segment.count == 1, let body = segment.first, Self.isAcronym(body.text), tokens[k].text == ")",
               !Self.initials(of: tokens[i..<end], shortenedAs: body.text) {
                return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i)
            }
            // "Helga X (Denmark, SOC)", "Anna Y (Sweden)": a member of an assembly with the country she sits for, and her
            // political group.
            if !segment.isEmpty, lexicon.countries.contains(segment.map(\.lower).joined(separator: " ")),
               tokens[k].text == ")" || tokens[(k + 1)...].prefix(5).contains(where: { $0.text == ")" }) {
                return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i)
            }
            // "Hana Novák (MA 2011), an organiser with ...": what the brackets hold may say nothing of a person;
            // the description after them does.
            if !describesPerson(segment), tokens[k].text == ")", k + 2 < tokens.count, tokens[k + 1].text == "," {
                var m = k + 2
                while m < tokens.count, m - k <= 16, ![",", ";", ".", ")", "("].contains(tokens[m].text) { m += 1 }
                guard describesPerson(tokens[(k + 2)..<m]) else { return nil }
                return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i)
            }
        case ",":
            // "Javiera Lagos, of the Circular Economy Office, presented": the body set apart by commas.
            guard end + 1 < tokens.count, ["of", "from"].contains(tokens[end + 1].lower) else { break }
            fallthrough
        case "of", "from":
            // "Robert Kagan of the Carnegie Endowment", "Li Wei from Fudan University": a person of an institution.
            var j = tokens[end].text == "," ? end + 2 : end + 1
            if j < tokens.count, tokens[j].lower == "the" { j += 1 }
            var last = j
            // "from the Consorzio di Bonifica", "of the Instituto de Pesca": a body's name in its own language.
            while last < tokens.count, last - j < 8, tokens[last].isCapitalised
                    || ["of", "for", "and", "&", "di", "de", "del", "della", "des", "du", "da", "do"].contains(tokens[last].lower) {
                last += 1
            }
            // "Pipaluk X of ICC Greenland presented": a body's short name, with its place after it, says so too.
            guard last > j, Patterns.namesInstitution(tokens[j..<last].map(\.text).joined(separator: " ")) || Self.isAcronym(tokens[j].text)
            else { return nil }
            return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i)
        default:
            return nil
        }
        guard describesPerson(segment) else { return nil }
        // "came from Sierra Leone, the Ministry of Health and ...": after "from", a body alone describes a place's
        // people; a person is described by a title ("from Yusuf Demirel, a doctoral researcher").
        if i > 0, tokens[i - 1].lower == "from", tokens[end].lower == ",",
           !segment.prefix(4).contains(where: { lexicon.titleWords.contains($0.lower) }) { return nil }
        return Mention(printed: printed, tokens: i..<end, extent: i..<end, titleStart: i)
    }
}
