/// Which role each person of a sentence held: the cue before a name, a relative clause after it, a
/// list sharing its first member's cue or its last one's, the subject of the sentence.
extension MentionFinder {
    func assignRoles(_ mentions: inout [Mention], tokens: [Token], sentence: String) {
        let cues = CueFinder(lexicon: lexicon)
        var groupStart = 0
        var groups: [Int] = []
        // "The panel, moderated by X, featured A, B and C": the subject of the sentence names the
        // role of the people its verb lists.
        // "On the second day, a panel chaired by X brought together A, B and C": the subject follows a
        // fronted phrase of time or place.
        // "A panel ... was moderated by X. It brought together A, B and C": "it" is the subject of the sentence before.
        let carried = ["it", "they"].contains(tokens.first?.lower ?? "") ? carriedSubject : nil
        let subject = carried ?? mentions.first.flatMap { first in
            let fronted = tokens.first.map { ["on", "in", "at", "during", "after", "later", "then", "next", "that"].contains($0.lower) } ?? false
            let start = fronted ? tokens[0..<first.titleStart].firstIndex { $0.text == "," }.map { $0 + 1 } ?? 0 : 0
            // "A round table moderated by X": the two words name what one names.
            let words = tokens[start..<first.titleStart].filter(\.isWord)
            if let round = words.prefix(3).firstIndex(where: { $0.lower == "round" }), round + 1 < words.endIndex, words[round + 1].lower == "table",
               let panel = label(of: "roundtable") {
                return CueMatch(role: panel.role, printed: words[round].text + " " + words[round + 1].text, id: panel.id + ".subject")
            }
            return words.prefix(3)
                .first { label(of: $0.lower) != nil && $0.lower != "the" }
                .map { word in CueMatch(role: label(of: word.lower)!.role, printed: word.text, id: label(of: word.lower)!.id + ".subject") }
        }
        func assign(_ cue: CueMatch, to index: Int) { mentions.assign(cue, to: index) }
        // "elected A (Egypt) as Chair and B as Vice-Chair": "as" and a role right after a name are that name's.
        var asRole: [Int: (cue: CueMatch, end: Int)] = [:]
        for index in mentions.indices {
            var k = mentions[index].extent.upperBound
            if k < tokens.count, tokens[k].text == "(", let close = tokens[k...].firstIndex(where: { $0.text == ")" }) { k = close + 1 }
            // "A and B spoke as panellists", "X served as rapporteur": a verb of taking part before "as".
            var verbs = 0
            while k < tokens.count, verbs < 3, Self.partTakingVerbs.contains(tokens[k].lower) { k += 1; verbs += 1 }
            // "X as well as Y", "such as": no role of X's.
            // "A was elected Chairperson and B (Viet Nam) Vice-Chairperson": the office alone, its verb the first one's.
            if let elected = electedAlongside(index, after: k, mentions: mentions, tokens: tokens) { asRole[index] = elected; continue }
            guard k < tokens.count, tokens[k].lower == "as", k + 1 < tokens.count, !["well", "such"].contains(tokens[k + 1].lower),
                  k == 0 || tokens[k - 1].lower != "such" else { continue }
            let end = tokens[k...].prefix(5).firstIndex { [",", ";", ".", "and"].contains($0.lower) } ?? min(k + 5, tokens.count)
            guard end > k + 1, let cue = cues.last(in: tokens[k..<end]) else { continue }
            asRole[index] = (cue, end)
            // "elected A (Chile) and B (Finland) as Co-Chairs": an office in the plural is every listed name's.
            if cue.printed.lowercased().hasSuffix("s") { sharePluralOffice(cue, end: end, from: index, mentions: mentions, tokens: tokens, into: &asRole) }
            // The role is no title of the next name: "as Chair and Dr. B" gives B no title "Chair".
            if index + 1 < mentions.count, mentions[index + 1].titleStart < end {
                if mentions[index + 1].affiliation?.hasPrefix(tokens[mentions[index + 1].titleStart].text) ?? false { mentions[index + 1].affiliation = nil }
                mentions[index + 1].titleStart = mentions[index + 1].tokens.lowerBound
            }
        }
        for index in mentions.indices {
            let previousEnd = index == 0 ? 0 : max(mentions[index - 1].extent.upperBound, asRole[index - 1]?.end ?? 0)
            let before = tokens[previousEnd..<max(previousEnd, mentions[index].tokens.lowerBound)]
            let between = text(from: previousEnd, to: max(previousEnd, mentions[index].titleStart), tokens: tokens, sentence: sentence)
            // "A, Energy Group, on subsidies, and by B": what A spoke on stands between the two.
            var connector = between.trimming(.whitespaces)
            // "presentations by Dr. A (Institute) on glacier loss and by Dr. B": the agent's "by" printed again goes on the list.
            if Self.repeatsTheAgent(connector) { connector = "and by" }
            if connector.hasPrefix(", on "), let comma = connector.dropFirst(2).firstIndex(of: ",") {
                connector = connector[comma...].trimming(.whitespaces)
            }
            // "..., and the literary translator X": the article goes with the title, not between the names.
            for article in [" the", " a", " an"] where connector.hasSuffix(article) && connector.count > article.count {
                connector = String(connector.dropLast(article.count))
            }
            // "... and Senior Fellow CHO Min-seok": a title in capitals that the name finder left out of the mention;
            // "Major General (retd)": with the note that the rank is held no longer.
            for retired in [" ( retd )", " ( retd. )", " ( ret. )", " ( ret )", " ( rtd )"] where connector.hasSuffix(retired) { connector.removeLast(retired.count) }
            while let space = connector.lastIndex(of: " "), connector[connector.index(after: space)...].first?.isUppercase == true,
                  lexicon.titleWords.contains(connector[connector.index(after: space)...].lowercased()) {
                connector = connector[..<space].trimming(.whitespaces)
            }
            connector = Self.withoutTitleInLowerCase(connector, lexicon)
            // "A, and the Director of the Academy, Ambassador B", "A, and the Chief Executive Officer of the Ministry of Foreign
            // Affairs, Foreign Trade and Immigration, Ambassador B": a title set apart by commas before the next name's honorific
            // is that name's, and "and" still joins the two. "A; and the National Coordinator of the Society (NEWSAN), Mrs. C": a
            // list's items closed by semicolons, the body's short name in brackets.
            // "A, and Grenada's Minister of Finance, Hon. B": a country's possessive stands where the article would.
            if connector.hasSuffix(","), let (and, joiner) = Self.titledItemOpeners.first(where: { connector.hasPrefix($0 + " ") }).map({ ($0, String($0.dropLast(4))) })
                ?? Self.possessiveItemOpener(connector).flatMap({ opener in Self.hasOwnVerb(after: mentions[index], before: index + 1 < mentions.count
                    ? mentions[index + 1].tokens.lowerBound : tokens.count, tokens, lexicon) ? nil : (opener, opener) }) {
                let title = connector.dropFirst(and.count).dropLast().split(separator: " ").filter { $0 != "(" && $0 != ")" && $0 != "," }
                if title.count <= 18, title.contains(where: { lexicon.titleWords.contains($0.lowercased()) }),
                   title.allSatisfy({ $0.first?.isUppercase == true || ["of", "the", "for", "and", "to", "on"].contains($0) || lexicon.titleWords.contains(String($0)) }) {
                    connector = joiner
                }
            }
            // "A of the Agency and Senior Fellow B": the title read before B began with where A works.
            let joinedByTitle = ["of", "from"].contains(connector)
                && tokens[mentions[index].titleStart..<mentions[index].tokens.lowerBound].contains { $0.lower == "and" }
            if joinedByTitle, let title = mentions[index].affiliation, let and = title.range(of: " and ", options: .backwards) {
                mentions[index].affiliation = String(title[and.upperBound...])
            }
            // "After a word of welcome by X, Y presented ...": the comma closes the fronted phrase, not a list.
            // "After an introduction by the moderator, Dr. X, Prof. Y spoke": the comma that opened X's apposition is no list's.
            let apposedComma = index > 0 && mentions[index - 1].titleStart >= 1 && tokens[mentions[index - 1].titleStart - 1].text == ","
                ? mentions[index - 1].titleStart - 1 : nil
            let closesFronted = connector == "," && ["after", "following", "before", "upon"].contains(tokens.first?.lower ?? "")
                && tokens[..<max(previousEnd, 1)].indices.filter({ tokens[$0].text == "," && $0 != apposedComma }).isEmpty
            // "A of X, who presented research on ..., and B": a relative clause on one member, then the next.
            // "A, who presented research on ...; B, who spoke on ...; and C": the items closed by semicolons.
            let relativeEnd = [", and", "; and", ";", ", and from"].first(where: connector.hasSuffix)
            let afterRelative = connector.hasPrefix(", who ") && relativeEnd.map { !connector.dropFirst(6).dropLast($0.count).contains(",") } ?? false
            let listContinues = index > 0 && asRole[index - 1] == nil && !closesFronted
                && (Self.listConnectors.contains(connector) || Self.describedItemEnds(connector) || Self.topicItemEnds(connector)
                    || joinedByTitle || afterRelative || Self.bracketedItemEnds(connector))
            if !listContinues { groupStart = index }
            groups.append(groupStart)
            let after = tokens[mentions[index].extent.upperBound..<(index + 1 < mentions.count ? mentions[index + 1].tokens.lowerBound : tokens.count)]
            // The cue in the verb's place after the name, which several of the tests below ask for: found once.
            let anotherNameFollows = index + 1 < mentions.count
            var verbCueFound: CueMatch?? = nil
            func verbCue() -> CueMatch? {
                if let found = verbCueFound { return found }
                let found = cues.first(in: after, beforeAnotherName: anotherNameFollows)
                verbCueFound = .some(found)
                return found
            }
            // "the previous Co-Chairs, Mr. A of Thailand and Mr. B of Japan": the list the phrase opened is spoken of as a whole.
            // "Drawing on the work of Joseph Stiglitz, Dr. Ana Ruiz argued": a name that a verb of speech follows is its subject.
            // "Apologies were received from A and B": the phrase before the list speaks of all its members.
            // "apologies from A, and B is attending as her substitute": a name with a verb of its own opens another clause.
            let ownClause = after.first.map { ["is", "was", "are", "were", "has", "had", "will", "would"].contains($0.lower) } ?? false
            let listedWithPrevious = listContinues && ["mention.recalled", "mention.absent"].contains(mentions[index - 1].mentionedOnly)
                && cues.reportingVerb(opening: after) == nil && verbCue() == nil && !ownClause
                ? mentions[index - 1].mentionedOnly : nil
            let titleAt = mentions[index].titleStart
            let heldThen = Self.officeHeldThen(mentions[index], tokens) ? "mention.recalled" : nil
            let apposed = after.first?.text == "," || after.first?.text == ")"
            // "Delivering a statement on behalf of the President, Dr. X, Director of Y, noted": the participle's subject spoke.
            let first = tokens.first?.lower == "also" ? tokens.dropFirst().first : tokens.first
            let fronted = index == 0 && first?.lower.hasSuffix("ing") == true && cues.reportingVerb(opening: after) != nil
            // "the report by his predecessor, X": a title in lower case before the name may be the phrase's last word.
            let nameStart = mentions[index].tokens.lowerBound
            let lowerTitle = nameStart > titleAt && !tokens[titleAt..<nameStart].contains(where: \.isCapitalised)
            if !fronted, let id = (cues.mentionOnly(before: tokens[previousEnd..<max(previousEnd, titleAt)], apposed: apposed)
                ?? (lowerTitle ? cues.mentionOnly(before: tokens[previousEnd..<max(previousEnd, nameStart)], apposed: apposed) : nil)
                ?? (cues.headOfBodyInBrackets(tokens[previousEnd..<max(previousEnd, nameStart)]) ? "mention.head-of-body" : nil))
                // "paid tribute to the late Hon. X, who chaired the first meeting": the dead hold no role of this one.
                .flatMap({ cues.relative(after) == nil || Self.deceased(tokens[previousEnd..<max(previousEnd, nameStart)]) ? $0 : nil })
                ?? cues.mentionOnly(after: after) ?? listedWithPrevious ?? heldThen
                ?? (verbCue() == nil ? reportedEarlierDeed(before: tokens[..<titleAt], after: after) : nil) {
                // "..., at the invitation of X, who welcomed the participants": the clause says X was there.
                // "A message from X, who was unable to attend, was read": an absent author sent words that were heard.
                // "read a message on behalf of Hon. X": the one on whose behalf a message is read wrote it.
                let words = before.filter(\.isWord).map(\.lower)
                // "... on behalf of the Minister, Mr. X": the title may stand between.
                let behalf = words.lastIndex(of: "behalf").flatMap { b in
                    b >= 1 && words[b - 1] == "on" && b + 1 < words.count && words[b + 1] == "of" && words.count - b <= 10 ? b : nil
                }
                let onBehalf = id == "mention.recalled" && behalf != nil
                if let message = cues.last(in: before, titleStart: mentions[index].titleStart), message.role == .messageAuthor,
                   id == "mention.absent" || onBehalf, !listContinues {
                    assign(message, to: index)
                    continue
                }
                // "delivered a statement on behalf of X": the words were X's, read out by another; "Delivering the address on behalf
                // of the Minister, X, the Permanent Secretary, Y, stated ...": the one who read them may come after.
                // "The Chair then delivered remarks on behalf of Hon X": so may one named by office alone.
                let readerFollows = index == 0 && index + 1 < mentions.count && words.first.map(CueFinder.deliveringVerbs.contains) == true
                if onBehalf, let behalf, !listContinues, index > 0 || index + 1 == mentions.count || readerFollows,
                   words[..<behalf].suffix(4).contains(where: { ["statement", "address", "speech", "remarks", "message"].contains($0) }),
                   words[..<behalf].contains(where: { CueFinder.deliveringVerbs.contains($0) }) {
                    let authored = CueMatch(role: .messageAuthor, printed: "on behalf of", id: "role.message.on-behalf")
                    assign(authored, to: index)
                    // The reader who comes after holds the speech's role ("the opening address"), not the author's.
                    // The author's role is no list's the reader continues; only the reader apposed right after the author, no verb
                    // between them, is the sentence's subject.
                    if readerFollows {
                        asRole[index] = (authored, mentions[index].extent.upperBound)
                        if !tokens[mentions[index].extent.upperBound..<mentions[index + 1].tokens.lowerBound]
                            .contains(where: { $0.isWord && !$0.isCapitalised && !["the", "of", "and", "for", "a", "an"].contains($0.lower) }),
                           let on = before.lastIndex(where: { $0.lower == "behalf" }).map({ $0 - 1 }), on > before.startIndex,
                           let speech = cues.last(in: tokens[before.startIndex..<on]), speech.role != .messageAuthor {
                            asRole[index + 1] = (speech, mentions[index + 1].extent.upperBound)
                        }
                    }
                    continue
                }
                // "X, who was unable to travel, sent a video message": the absent wrote words that were heard.
                // "X ... was unable to travel because of illness, but sent a message": what the absent did instead.
                let instead = after.firstIndex(where: { $0.lower == "but" }).flatMap { but in
                    cues.first(in: after[(but + 1)...], beforeAnotherName: index + 1 < mentions.count)
                }
                if id == "mention.absent", let own = verbCue() ?? instead,
                   own.role == .messageAuthor {
                    assign(own, to: index)
                    continue
                }
                // "This summary was prepared by X, rapporteur for the roundtable": the meeting's rapporteur was at it.
                if id == "mention.recalled", let described = mentions[index].affiliation.flatMap(roleDescribed), described.role == .rapporteur {
                    assign(described, to: index)
                    continue
                }
                mentions[index].mentionedOnly = id
                // "Dr. X, citing the work of Y, presented a model": the words set off by commas speak of Y,
                // and the verb after them is X's.
                if index > 0, before.first?.text == ",", after.first?.text == ",", mentions[index - 1].role == nil,
                   mentions[index - 1].mentionedOnly == nil,
                   let verb = verbCue() {
                    assign(verb, to: index - 1)
                }
                continue
            }
            if let own = asRole[index] {
                assign(own.cue, to: index)
                // "A (Senegal) and B (Uganda) spoke as panellists": a role in the plural after the last of a list is the list's.
                if own.cue.printed.lowercased().hasSuffix("s") {
                    for member in groupStart..<index where mentions[member].role == nil && mentions[member].mentionedOnly == nil {
                        assign(own.cue, to: member)
                    }
                }
                continue
            }
            // "The general rapporteur was Mr. X (Burkina Faso), assisted by Ms. Y (Benin)": who assists holds the role of the
            // one assisted.
            if index > 0, mentions[index - 1].role != nil, !listContinues,
               tokens[previousEnd..<max(previousEnd, mentions[index].titleStart)].filter(\.isWord).suffix(2).map(\.lower) == ["assisted", "by"] {
                mentions[index].role = mentions[index - 1].role
                mentions[index].roleAsPrinted = mentions[index - 1].roleAsPrinted
                mentions[index].cue = Self.assistingCue
                continue
            }
            let opener = tokens[previousEnd..<max(previousEnd, mentions[index].titleStart)].last(where: \.isWord)
            // "Speakers included Dr. X, who presented research on ..., and Mr. Y": the list's label says the role, a
            // clause or a cue after a member what the speaker spoke of.
            var listOfTalkers: Bool {
                listLabel(in: tokens, previousEnd..<max(previousEnd, mentions[index].titleStart)).map { Self.talks.contains($0.role) } == true
            }
            // "Commenting on the presentations, Dr. X said": the participle that opens the sentence is the subject's
            // part, whatever nouns its phrase goes on to name.
            let participle = index == 0 && tokens.first?.lower.hasSuffix("ing") == true
                ? tokens[..<mentions[index].titleStart].firstIndex { $0.text == "," }.flatMap { comma in
                    cues.first(in: tokens[0..<comma]).flatMap { $0.printed.lowercased().hasPrefix(tokens[0].lower) ? $0 : nil }
                }
                : nil
            // "Taking the floor, Mrs. X, ..., wished the welcome to the participants": a verb of the subject's own that names a
            // role says more than a participle that only gives the floor.
            let ownVerb = participle?.role == .speaker ? verbCue() : nil
            var cueBefore = listContinues ? nil : ownVerb ?? participle ?? cues.last(in: before, titleStart: mentions[index].titleStart)
            // "Guest speakers Ana Ruiz and John Smith": the plural of a role right before the list names its holders' role.
            if cueBefore == nil, !listContinues, mentions[index].titleStart > 0, case let noun = tokens[mentions[index].titleStart - 1],
               Self.rolePlurals.contains(noun.lower), let found = label(of: noun.lower), found.role != .participant {
                cueBefore = CueMatch(role: found.role, printed: noun.text, id: found.id + ".apposed")
            }
            // "Summary by the Chair, H.E. Ms. X, Minister of Energy": the office the article names is the meeting's own, held by X.
            if cueBefore == nil, !listContinues, verbCue() == nil, let found = heldOffice(mentions[index], in: tokens) { cueBefore = found }
            // "X commented that ... the 2019 offer by President Y": a verb of saying and its "that" clause; what the clause
            // names is what was said, and holds no role of the verb's.
            if let cue = cueBefore, Self.saysThatBefore(cue, in: before) { cueBefore = nil }
            // "X chaired the first session, in which A and B took part": a relative clause opens a new subject.
            let words = before.filter(\.isWord).map(\.lower)
            if let cue = cueBefore, !listContinues, Self.actedOnAfter(cue, words) { cueBefore = nil }
            // "A message from the UN Special Rapporteur on ..., Prof. X, was read out": the office between is X's title, and
            // X sent the message.
            if !listContinues, let from = words.lastIndex(of: "from"), from > 0, MentionFinder.sentWords.contains(words[from - 1]),
               cueBefore.map({ $0.role != .messageAuthor && $0.printed.first?.isUppercase == true }) ?? false {
                cueBefore = CueMatch(role: .messageAuthor, printed: words[from - 1] + " from", id: "role.message")
            }
            if cueBefore != nil, let which = words.lastIndex(of: "which"), which > 0, ["in", "during", "at", "on"].contains(words[which - 1]),
               let cue = cueBefore, let verb = cue.printed.lowercased().split(separator: " ").first, let at = words.lastIndex(of: String(verb)), at < which {
                cueBefore = nil
            }
            // 'a) "Independence of electoral bodies" by Mr. X': an item that opens with a talk's quoted title, then its speaker
            // ("discussed "The Sea" by Joseph Conrad" names a book's author).
            let unquoted = before.filter { $0.isWord && !$0.quoted }
            if cueBefore == nil, !listContinues, index == 0, unquoted.last?.lower == "by", before.contains(where: \.quoted),
               unquoted.dropLast().allSatisfy({ $0.text.count == 1 || Int($0.text) != nil }),
               let presenter = lexicon.roleCues.first(where: { $0.role == .presenter }) {
                cueBefore = CueMatch(role: .presenter, printed: "by", id: presenter.id + ".quoted-title")
            }
            // "A presented on sand and B chaired": the verb right after A is A's; a verb of B's own says B's role.
            if index > 0, let cue = cueBefore, before.first(where: \.isWord)?.lower == cue.printed.lowercased().split(separator: " ").first.map(String.init),
               let own = verbCue() {
                cueBefore = own
            }
            if !listContinues, let subject, let opener, let cueBefore, cueBefore.role != subject.role,
               opener.lower == "together" || Self.listOpeners.contains(opener.lower) && opener.lower != "were" {
                // "A panel moderated by X, an editor, brought together A, B and C": the verb that opens the list
                // gives its people the subject's role, not the cue further back.
                assign(subject, to: index)
            } else if !listContinues, subject == nil, let opener, cueBefore?.role == .moderator || index > 0 && mentions[index - 1].role == .moderator,
                      ["featured", "featuring", "together", "included", "including"].contains(opener.lower) && !listOfTalkers || Self.discussionWith(opener, in: tokens),
                      let panel = label(of: "panelists") {
                // "The first, on X, was moderated by Y and featured A, B and C": those a moderated discussion
                // featured sat on its panel; "Y moderated a panel discussion with A, B and C" too.
                assign(CueMatch(role: panel.role, printed: opener.text, id: panel.id + ".featured"), to: index)
            } else if let cueBefore {
                assign(cueBefore, to: index)
                // "Minister A inaugurated the forum alongside B": the verb between the two is the first's, and B shares it.
                if index > 0, mentions[index - 1].role == nil, mentions[index - 1].mentionedOnly == nil, let opener,
                   opener.lower == "alongside" || opener.lower == "with" && before.filter(\.isWord).dropLast().last.map({ ["along", "together"].contains($0.lower) }) == true {
                    assign(cueBefore, to: index - 1)
                }
                if let relative = cues.relative(after), relative.role != cueBefore.role,
                   [.openingSpeaker, .closingSpeaker, .keynoteSpeaker].contains(relative.role) {
                    mentions[index].alsoRole = relative
                }
            } else if let cue = cues.relative(after),
                      // "Panelists included A, B and C, who shared lessons from ...": what the last member spoke of, in the
                      // role the list gave them all.
                      !(Self.talks.contains(cue.role) && listContinues && mentions[index - 1].role.map(Self.talks.contains) == true),
                      !(cue.role == .speaker && listContinues && mentions[index - 1].role != nil),
                      !(Self.talks.contains(cue.role) && listOfTalkers) {
                // "..., and Akira Ozeki, who served as coordinator": a relative clause speaks of its own
                // antecedent, not of the list it closes.
                assign(cue, to: index)
            } else if listContinues, mentions[index - 1].role != nil || mentions[index - 1].impliedRole != nil && mentions[index - 1].cue == Self.heardFromId {
                mentions[index].role = mentions[index - 1].role
                mentions[index].impliedRole = mentions[index - 1].impliedRole
                mentions[index].roleAsPrinted = mentions[index - 1].roleAsPrinted
                mentions[index].cue = mentions[index - 1].cue
            } else if let cue = verbCue(),
                      !(Self.talks.contains(cue.role) && listOfTalkers) {
                // A list shares the cue printed after its last member.
                for member in groupStart...index where mentions[member].role == nil { assign(cue, to: member) }
            } else if let verb = listOpener(in: tokens[previousEnd..<max(previousEnd, mentions[index].titleStart)], of: tokens),
                      // "..., chaired by Prof. X, presenters included A, B and C": the noun right before the verb is the list's.
                      let subject = nounLabel(before: verb, in: tokens) ?? subject
                        // "A session on land, moderated by X, heard from A and B": those a session heard from spoke.
                        ?? (tokens[verb].lower == "from" ? CueMatch(role: .speaker, printed: "heard from", id: Self.heardFromId) : nil) {
                if subject.role == .participant || subject.id == Self.heardFromId, tokens[verb].lower == "from" {
                    // "Participants heard from Ms. X": those heard from spoke; they are not the subject's kind.
                    mentions[index].impliedRole = .speaker
                    mentions[index].cue = subject.id == Self.heardFromId ? Self.heardFromId : CueFinder.reportingVerbCue
                } else {
                    assign(subject, to: index)
                }
            } else if let verb = cues.reportingVerb(opening: after) ?? cues.reportingVerb(closing: before) ?? cues.reportingVerb(inRelative: after) {
                // "Gerhard Sabathil, Director ..., outlined the basis": the subject of a verb of speech spoke;
                // "A and B discussed how ...": those it lists together sat on a panel.
                // "In the discussion that followed, Ms. X noted ...", "From the floor, Mr. Y asked ...": the floor spoke,
                // as participants, not from the table.
                let (role, cue): (Role, String) = index > groupStart && cues.discusses(after)
                    ? (.panelist, CueFinder.discussingVerbCue)
                    : Self.fromTheFloor(tokens) || Self.fromTheFloor(after: after) ? (.participant, Self.floorCue)
                    // "Ms X (Zero Waste Europe) asked whether ...": a question is the floor's; the panel answers.
                    // "Ms X asked that the County set aside funds": a request made in a statement is no question.
                    : Self.asks(after, verb: verb) ? (.participant, Self.questionCue)
                    : (.speaker, CueFinder.reportingVerbCue)
                for member in groupStart...index where mentions[member].role == nil {
                    mentions[member].impliedRole = role
                    mentions[member].cue = cue
                }
            } else if index > 0, Self.gapped(after, connector: tokens[previousEnd..<max(previousEnd, mentions[index].titleStart)]),
                      mentions[index - 1].role != nil || mentions[index - 1].impliedRole != nil, mentions[index - 1].mentionedOnly == nil {
                // "Dr. A presented code-based encryption, and Dr. B (University) multivariate signatures", "X gave a presentation
                // on shelters, and Ms. Y (Ministry) on civil defence": the verb left out after the second name is the first's.
                mentions[index].role = mentions[index - 1].role
                mentions[index].impliedRole = mentions[index - 1].impliedRole
                mentions[index].roleAsPrinted = mentions[index - 1].roleAsPrinted
                mentions[index].cue = mentions[index - 1].cue
            }
        }
        // "Mr. X and Dr. Y, had confirmed their participation but did not attend": the list is absent as a whole.
        // Not from a relative clause on the last name: "A, B and Dr. C, who was unable to attend" speaks of C alone.
        for index in mentions.indices where mentions[index].mentionedOnly == "mention.absent"
            && tokens[mentions[index].extent.upperBound...].first(where: { $0.text != "," })?.lower != "who" {
            for member in mentions.indices where member < index && groups[member] == groups[index] && mentions[member].role == nil {
                mentions[member].mentionedOnly = "mention.absent"
            }
        }
        separateSubjects(&mentions, groups: groups, tokens: tokens, cues: cues)
        // "A message from X, who could not travel, was delivered by Mr. Y": Y read out the message the sentence began with.
        if let author = mentions.firstIndex(where: { $0.role == .messageAuthor }) {
            for index in mentions.indices where index > author && mentions[index].role == nil && mentions[index].mentionedOnly == nil {
                let before = tokens[mentions[index - 1].extent.upperBound..<mentions[index].titleStart].filter(\.isWord).map(\.lower)
                guard before.last == "by", before.count >= 2, CueFinder.deliveringVerbs.contains(before[before.count - 2]) else { continue }
                assign(CueMatch(role: .speaker, printed: before.suffix(2).joined(separator: " "), id: CueFinder.deliveredMessageCue), to: index)
            }
        }
        // "Youth panel: A (India), B (Ghana) and C (Bolivia) described ...": a label before a colon that opens the sentence
        // names the role of the list after it, whatever verb follows the list.
        // "The Chair: Today we welcome Dr. X": the one who presides, speaking, as a transcript names its speakers.
        // "CHAIR: Ms Doe, would you like to ...?": a question asks, it gives no one a role.
        if let colon = tokens.prefix(5).firstIndex(where: { $0.text == ":" }), colon > 0, tokens[0].lower != "the", tokens.last?.text != "?",
           let word = tokens[..<colon].last(where: \.isWord), let found = label(of: word.lower) ?? label(of: String(word.lower.dropLast())),
           found.role != .participant, let first = mentions.firstIndex(where: { $0.tokens.lowerBound > colon }),
           // "CHAIR: I now welcome Ms X and Dr Y": the one presiding speaks; those named further on are no list under the label.
           mentions[first].titleStart <= colon + 3 {
            for index in mentions.indices where index >= first && groups[index] == groups[first] && mentions[index].role == nil
                && mentions[index].mentionedOnly == nil {
                assign(CueMatch(role: found.role, printed: tokens[..<colon].filter(\.isWord).map(\.text).joined(separator: " "),
                                id: found.id + ".in-sentence"), to: index)
            }
        }
        assignRolesOfTheLayout(&mentions, tokens: tokens, sentence: sentence)
        // "Mr. X (Rapporteur) summarised", "Dr. Y, Chair of the Session, said": a role printed as the person's description
        // after the name; "Co-Chair Ogata" before it is a title the person holds elsewhere.
        for index in mentions.indices where mentions[index].role == nil && mentions[index].mentionedOnly == nil
            && mentions[index].titleStart == mentions[index].tokens.lowerBound {
            if let described = mentions[index].affiliation.flatMap(roleDescribed) { assign(described, to: index) }
        }
    }
}
