import Foundation

/// Where a copied web page's headline stands. A page prints the site's name, its menu and the trail of
/// sections first, and the headline right above the story, with at most the page's date, its document
/// type and its symbol between them. So the headline is found from the story upwards, not from the top
/// down; when every line above it is such furniture, those lines are the site's and none is the title.
/// Where a line above it could be part of a title block ("Symposium on X" over "-- Toward Y --"),
/// nothing is set aside and the title is read from the top as before.
extension HeaderReader {
    /// The numbers of the lines above the headline that are the site's furniture; empty when the page
    /// does not have that shape.
    static func furnitureAboveHeadline(_ lines: [SourceLine], _ lexicon: GenreLexicon) -> (furniture: Set<Int>, deck: Int?) {
        let printed = lines.indices.filter { !lines[$0].isBlank }.prefix(40)
        // The story: the first paragraph of prose.
        guard let story = printed.first(where: { isProse(lines[$0].text) && lines[$0].text.wordCount >= 12 }),
              // "1. The Expert Group Meeting on ... was organized by ...": a chair's summary numbers its paragraphs.
              story != printed.first, !LineShape(lines[story]).isBullet else { return ([], nil) }
        let above = printed.filter { $0 < story }
        // "Add to calendar", "Free entry. Registration required.", "Seminar": the page's buttons, its notes and
        // the kind of event among its facts stand between the headline and the story, and are no headline.
        guard let headline = above.last(where: { !isHeaderFact(lines[$0].text, lexicon) && !isNotice(lines[$0].text, lexicon)
                                                    && !isEventCategory(lines[$0].text, lexicon) })
              ?? above.last(where: { !isHeaderFact(lines[$0].text, lexicon) }) else { return ([], nil) }
        guard isHeadline(lines[headline].text, lexicon), LineShape(lines[headline]).markers.isEmpty,
              !isKeywordHeading(LineShape(lines[headline]), lexicon) || saysWhatHappened(lines[headline].text) else {
            // "KU Leuven" / "Home  Education  Research" / "Search" / "News" over a story that names its meeting:
            // a page with no headline, all of whose lines above the story are the site's.
            let site = above.filter { !isHeaderFact(lines[$0].text, lexicon) }
            guard site.count >= 3, site.allSatisfy({ isFurniture(at: $0, in: lines, lexicon) }),
                  namesMeeting(lines[story].text, lexicon) else { return ([], nil) }
            return (Set(site.map { lines[$0].number }), nil)
        }
        // A title block printed on lines without a blank between them is one headline.
        var top = headline
        while top > 0, !lines[top - 1].isBlank, !isHeaderFact(lines[top - 1].text, lexicon),
              !isFurniture(at: top - 1, in: lines, lexicon) { top -= 1 }
        var furniture: Set<Int> = []
        for index in above where index < top {
            let text = lines[index].text
            if isFurniture(at: index, in: lines, lexicon) || isIssuingOffice(at: index, in: lines, lexicon) {
                furniture.insert(lines[index].number)
            } else if !isHeaderFact(text, lexicon) {
                // "EXPERTS CALL FOR ..." / "Press Release" / "SOC/4871" / a date / "Expert Group Meeting Recommends ...":
                // a headline over the page's facts, and its deck under them. Only the site's lines stand above it.
                let between = above.filter { $0 > index && $0 < top }
                guard isHeadline(text, lexicon), LineShape(lines[index]).markers.isEmpty,
                      between.allSatisfy({ isHeaderFact(lines[$0].text, lexicon) }),
                      // The page's type or symbol stands between them; a date alone may head a place line.
                      between.contains(where: { DocumentTypes.line(lines[$0].text, lexicon, beforeTitle: true) != nil
                          || lines[$0].text.wholeMatch(of: symbol) != nil || isNumbered(lines[$0].text) }),
                      above.filter({ $0 < index }).allSatisfy({ isFurniture(at: $0, in: lines, lexicon) || isHeaderFact(lines[$0].text, lexicon) })
                else { return ([], nil) }
                return (furniture, lines[headline].number)
            }
        }
        return (furniture, nil)
    }

    /// "The Scottish Parliament" / "Search" / "MSPs" / "Bills and laws" / ... / "Minutes": a page that opens with its site's name,
    /// its menu and its trail set one item to a line, with no blank between them, before anything of its own.
    static func openingChrome(_ lines: [SourceLine], _ lexicon: GenreLexicon) -> Set<Int> {
        siteLines(lines, lexicon).union(trailOneStepToALine(lines))
    }

    /// "Home" / "Latest" / "News" / "Press release": the trail to the page, a step to a line, in one of the page's first two
    /// blocks; "Home" opens no title, type or story.
    static func trailOneStepToALine(_ lines: [SourceLine]) -> Set<Int> {
        var blocks = 0, index = 0
        while index < lines.count, blocks < 2 {
            guard !lines[index].isBlank else { index += 1; continue }
            blocks += 1
            var end = index
            while end < lines.count, !lines[end].isBlank, lines[end].text.wordCount <= 4,
                  !lines[end].text.contains(where: { $0.isNumber || $0 == ":" }), !lines[end].text.hasSuffix(".") { end += 1 }
            if ["home", "homepage", "home page"].contains(lines[index].text.trimming(.whitespaces).lowercased()), end - index >= 2 {
                return Set(lines[index..<end].map(\.number))
            }
            while index < lines.count, !lines[index].isBlank { index += 1 }
        }
        return []
    }

    private static func siteLines(_ lines: [SourceLine], _ lexicon: GenreLexicon) -> Set<Int> {
        var site = siteBlock(lines, lexicon)
        // The block after `index`, if it is a menu: three short lines or more, two of them the menu's own words.
        func menu(after index: Int) -> Range<Int>? {
            var start = index + 1
            while start < lines.count, lines[start].isBlank { start += 1 }
            var end = start
            while end < lines.count, !lines[end].isBlank { end += 1 }
            let block = lines[start..<end]
            guard block.count >= 3, block.allSatisfy(isChrome), lines[end...].contains(where: { !$0.isBlank }),
                  block.filter(isSiteWord).count >= 2 else { return nil }
            return start..<end
        }
        var last: Int
        if let number = site.max(), let index = lines.firstIndex(where: { $0.number == number }) {
            last = index
        } else {
            // "Skip to main content" / "Clingendael" / "Netherlands Institute of International Relations", then the menu's block:
            // the site's name and motto; a body's name among them is the masthead.
            guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].text.lowercased().hasPrefix("skip to") else { return [] }
            var end = first
            while end < lines.count, !lines[end].isBlank { end += 1 }
            guard lines[first..<end].allSatisfy(isChrome), menu(after: end - 1) != nil else { return [] }
            // An event's own site is named for the event: "Baltic Sea Youth Summit" is its title.
            site = Set(lines[first..<end].filter { !isInstitutionName($0.text, lexicon) && !namesMeeting($0.text, lexicon) }.map(\.number))
            last = end - 1
        }
        // "Wilson Center" / "Menu" / "Search", then "Programs" / "Insight & Analysis" / "Events" / "Experts" / "About": under
        // the site's first lines, its menu may stand in a block of its own.
        while let block = menu(after: last) {
            site.formUnion(lines[block].map(\.number))
            last = block.upperBound - 1
        }
        return site
    }

    /// A line that is one of a menu's own words: "Search", "About us".
    private static func isSiteWord(_ line: SourceLine) -> Bool {
        siteWords.contains(line.text.trimming(.whitespaces).lowercased())
    }

    private static func isChrome(_ line: SourceLine) -> Bool {
        Residue.isBreadcrumb(line.text) || Residue.isMenu(line.text) || line.text.wordCount <= 8 && !line.text.hasSuffix(".") && !line.text.hasSuffix(":")
            && LineShape(line).markers.isEmpty && !Dates.all(in: line.text).contains { $0.year != nil }
    }

    private static func siteBlock(_ lines: [SourceLine], _ lexicon: GenreLexicon) -> Set<Int> {
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { return [] }
        var end = first
        while end < lines.count, !lines[end].isBlank { end += 1 }
        // A site's lines, and not an agenda or a roster typed without blank lines: two of them at least are the menu's own
        // words or its trail.
        func isSite(_ block: ArraySlice<SourceLine>) -> Bool {
            // "Skip to main content" / "UK Parliament" / "Committees" / ... / "Search": a shorter block when it opens with the
            // link for screen readers, which only a site prints.
            // "Skip to main content" / "Council on Foreign Relations" / "Search" / "Regions  Topics  Research  Events": with the
            // link, a site's name over its button and its menu on one line are enough.
            let skipLink = block.first.map { $0.text.lowercased().hasPrefix("skip to") } ?? false
            let siteItems = block.filter({ isSiteWord($0) || Residue.isBreadcrumb($0.text)
                || Residue.isTrail($0.text) || Residue.isMenu($0.text) || Residue.matches($0.text) }).count
            // "Skip to main content" / "Events" / "Water Futures Forum" / "Search" has no menu line: the forum's name is the title.
            if skipLink, block.count >= 3, siteItems >= 3, block.contains(where: { Residue.isMenu($0.text) }) { return true }
            return block.count >= (skipLink ? 5 : 8) && block.filter({ $0.text.wordCount <= 3 }).count >= (skipLink ? 4 : 5)
                && siteItems >= 2
        }
        let block = lines[first..<end]
        if block.allSatisfy(isChrome) {
            let buttons = !isSite(block) && (showsMenuButtons(block) || switchesLanguage(block))
            guard isSite(block) || buttons, lines[end...].contains(where: { !$0.isBlank }) else { return [] }
            // The site's name over its buttons names whose page it is, as a masthead does.
            let name = buttons ? block.first(where: { isInstitutionName($0.text, lexicon) })?.number : nil
            return Set(block.map(\.number).filter { $0 != name })
        }
        // A page copied without blank lines: the site's lines run on into the headline and the story. They end with the
        // last menu item or trail; a longer line after them may be the title's.
        // The site's lines end before the first line of six words or more past the menu's first few items: a headline's.
        var last = first
        while last < end, isChrome(lines[last]), last - first < 5 || lines[last].text.wordCount < 6 { last += 1 }
        last -= 1
        while last >= first, lines[last].text.wordCount >= 4, !Residue.isTrail(lines[last].text), !Residue.isBreadcrumb(lines[last].text) { last -= 1 }
        guard last >= first, isSite(lines[first...last]) else { return [] }
        return Set(lines[first...last].map(\.number))
    }

    /// "National Institute of X" / "U.S. Department of Y" / "Search NIST" / "Menu": a site's name over the two buttons a
    /// narrow window shows in place of its menu.
    static func showsMenuButtons(_ block: ArraySlice<SourceLine>) -> Bool {
        block.count >= 3 && block.contains { Self.menuButtons.contains($0.text.lowercased()) }
            && block.contains { $0.text.lowercased() == "search" || $0.text.hasPrefix("Search ") && $0.text.wordCount <= 3 }
    }

    static let menuButtons: Set<String> = ["menu", "main menu", "open menu", "show menu", "toggle navigation", "navigation"]

    /// "Senate of Canada" / "Sénat du Canada" / "Français" / "Senators  Committees  ..." : a site's name, in its languages, over
    /// the link to its other language and its menu on one line.
    static func switchesLanguage(_ block: ArraySlice<SourceLine>) -> Bool {
        block.count >= 3 && block.contains { Residue.languages.contains($0.text.lowercased()) || Residue.isLanguageChoice($0.text) }
            && block.contains { Residue.isMenu($0.text) }
    }

    /// Items of a site's menu, which no agenda, roster or title block prints as a line of its own.
    static let siteWords: Set<String> = ["home", "search", "menu", "main menu", "about", "about us", "contact", "contact us", "news", "events",
                                         "publications", "research", "resources", "media", "topics", "projects", "login", "log in", "sitemap",
                                         "site map", "skip to main content", "skip to content", "share", "give", "donate", "careers", "library",
                                         "data", "people", "experts", "staff", "legislation", "latest", "documents", "ministries", "press",
                                         "newsroom", "media centre", "media center", "english", "search within government.nl",
                                         "get involved", "visit us", "subscribe", "newsletter", "jobs", "faq", "faqs", "help", "accessibility",
                                         // The switch to the site's other language, printed in that language.
                                         "cymraeg", "gaeilge", "français", "deutsch", "español", "português", "italiano", "nederlands",
                                         "svenska", "suomi", "norsk", "dansk", "íslenska", "eesti", "polski", "čeština", "magyar",
                                         "русский", "українська", "中文", "日本語", "한국어", "العربية", "te reo māori", "bahasa indonesia"]

    /// A line of the header that states a fact of the page rather than its title: a date, a type, a
    /// symbol, a byline, a labelled value, a button.
    private static func isHeaderFact(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        Dates.dateline(text).map { $0.rest.isEmpty || isShortLine(text) } ?? false
            // "Regional Seminar, Kathmandu, Friday 9th - Saturday 10th June 2006": when and where, under the title.
            || text.wordCount <= 12 && !isProse(text) && Dates.all(in: text).contains { $0.day != nil && $0.year != nil }
            || publishedDate(text) != nil || datedCells(text, lexicon) != nil
            || DocumentTypes.line(text, lexicon, beforeTitle: true) != nil || text.wholeMatch(of: symbol) != nil || isNumbered(text)
            || isByline(text) || LabelledFact(text) != nil || Residue.matches(text) || !text.contains(where: \.isLetter)
            // "10:00 am - 11:30 am ET": the hours, with their zone.
            || Times.range(text) != nil || text.wholeMatch(of: Times.clock) != nil
            // "Center for Strategic and International Studies, 1616 Rhode Island Avenue, NW, Washington, DC 20036": where.
            || text.wordCount <= 24 && text.contains(where: \.isNumber) && isAddress(text)
            // "NIFS, Drammensveien 42, Oslo (Auditorium, 3rd floor)": where, under the date.
            || text.wordCount <= 12 && text.contains(",") && text.contains(where: \.isNumber) && !isProse(text) && !namesMeeting(text, lexicon)
    }

    /// "Roundtable calls for zero-cost recruitment", "Workshop examines ...": a part's word, then a verb in lower
    /// case, is a headline's sentence; "Roundtable on Water" or "Workshop 2: Finance" heads a part.
    static func saysWhatHappened(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 4, let second = words.dropFirst().first, second.first?.isLowercase == true else { return false }
        return !["on", "of", "for", "and", "in", "with", "at", "to", "the", "a", "an", "&", "session", "discussion", "meeting", "i", "ii"]
            .contains(second.lowercased())
    }

    /// "Legal Affairs Committee hears victims", "Ministers discuss water": a headline's sentence, its subject's last word
    /// capitalised and its verb in the present right after it.
    static func hasPresentVerb(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        for (previous, word) in zip(words, words.dropFirst()) where previous.first?.isUppercase == true && word.first?.isLowercase == true {
            let lower = word.lowercased().trimming(.punctuationCharacters)
            if Self.pluralSubjectVerbs.contains(lower) { return true }
            if lower.count >= 4, lower.hasSuffix("s"), !["ss", "us", "is", "ous", "ics"].contains(where: lower.hasSuffix),
               !["this", "has", "was", "towards", "always", "across", "versus", "perhaps", "whereas"].contains(lower) { return true }
        }
        return false
    }

    private static let pluralSubjectVerbs: Set<String> = ["discuss", "call", "meet", "gather", "explore", "agree", "urge", "share", "hold", "host",
                                                          "review", "examine", "look", "debate", "adopt", "launch", "mark", "seek", "take",
                                                          "hear", "join", "unite", "weigh", "tackle", "reflect", "chart", "map"]

    /// A few words that ask the reader to act or tell her how to attend, under the page's facts.
    static func isNotice(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        // "Register   Add to calendar": the page's buttons side by side, each a notice of its own.
        if text.includes("   "), case let buttons = text.split(separator: "   ").map({ $0.trimming(.whitespaces) }).filter({ !$0.isEmpty }),
           buttons.count >= 2, buttons.allSatisfy({ !$0.includes("   ") && isNotice($0, lexicon) }) { return true }
        // "Language: English", "Admission: free": a field of the event's practical details.
        if text.wordCount <= 8, let colon = text.firstIndex(of: ":"), text[colon...].count > 2,
           (1...2).contains(text[..<colon].wordCount), text.first?.isUppercase == true, !namesMeeting(text, lexicon) { return true }
        return text.wordCount <= 5 && !namesMeeting(text, lexicon) && !text.contains(where: \.isNumber)
            && (text.hasSuffix(".") || text.hasSuffix("!") || text.first?.isUppercase == true && text.dropFirst().allSatisfy { !$0.isUppercase })
    }

    /// A headline names its meeting or says what happened at length; it is no sentence of a story.
    private static func isHeadline(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        let words = text.wordCount
        return words >= 3 && words <= 40 && !text.hasSuffix(":") && !isProse(text)
            && (namesMeeting(text, lexicon) || words >= 6)
            && !Residue.isMenu(text) && !Residue.isTrail(text) && !isInstitutionName(text, lexicon)
    }

    /// "The Hon Margaret Ellison MP" / "Minister for Foreign Affairs" over a media release: the office that
    /// issues it, a name with its honorific and the title under it.
    private static func isIssuingOffice(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        let text = lines[index].text
        guard text.wordCount <= 8, !text.hasSuffix("."), !namesMeeting(text, lexicon) else { return false }
        let first = text.words.first.map { $0.lowercased().trimming(.punctuationCharacters) } ?? ""
        let honorific = Names.honorific(String(text.words.first ?? ""), lexicon) != nil || first == "the" && text.words.count > 1
            && Names.honorific(String(text.words[1]), lexicon) != nil
        if honorific, !text.contains(where: \.isNumber) { return true }
        // The title under that name: "Minister for Foreign Affairs".
        guard index > 0, !lines[index - 1].isBlank, isIssuingOffice(at: index - 1, in: lines, lexicon) else { return false }
        return lexicon.titleWords.contains(first)
    }

    /// One entry of a menu printed a line each: a word or two, no sentence, no meeting, no date.
    /// The page's first two lines, short and without a blank between them, over a menu: the site's name and its
    /// motto or its name in another language. A meeting's name over its subtitle has no menu under it.
    private static func sitesNameOverMotto(at first: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        guard first + 1 < lines.count, !lines[first + 1].isBlank else { return false }
        let name = lines[first].text, motto = lines[first + 1].text
        // "gob.pe" / "Plataforma digital única del Estado Peruano": a site named by its domain, its motto under it.
        if Residue.isDomain(name.trimming(.whitespaces)), motto.wordCount <= 10, !namesMeeting(motto, lexicon), !motto.hasSuffix(".") { return true }
        guard name.wordCount <= 8, motto.wordCount <= 10, !namesMeeting(motto, lexicon), Dates.all(in: name + " " + motto).isEmpty,
              !motto.hasSuffix(".") || motto.wordCount <= 6 else { return false }
        // The menu, or the choice of language over it.
        return lines.indices.dropFirst(first + 2).filter { !lines[$0].isBlank }.prefix(2).contains { next in
            let text = lines[next].text
            return Residue.isMenu(text) || Residue.isLanguageChoice(text)
                || isMenuItem(at: next, in: lines, lexicon) && isMenuItem(at: next + 1, in: lines, lexicon)
                || text.hasPrefix("[") && text.components(separatedBy: "]").count >= 3
        }
    }

    private static func isMenuItem(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        guard lines.indices.contains(index), !lines[index].isBlank else { return false }
        let text = lines[index].text
        return text.wordCount <= 3 && !text.hasSuffix(".") && !text.hasSuffix(":") && !text.contains(where: \.isNumber)
            && (text.wordCount == 1 || !namesMeeting(text, lexicon))
    }

    /// "(SAFPHR)": capitals in brackets.
    static func isAcronymInBrackets(_ text: Substring) -> Bool {
        let inner = text.dropFirst().dropLast()
        return text.first == "(" && text.last == ")" && inner.count >= 2 && inner.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "&" }
    }

    /// The site's name, its menu and trail, the section a page is filed in.
    private static func isFurniture(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        let text = lines[index].text
        if Residue.isMenu(text) || Residue.isTrail(text) || Residue.isBreadcrumb(text) || Residue.isMasthead(text)
            || isSectionName(text) || isSectionCells(text) || isEventCategory(text, lexicon) || isInstitutionName(text, lexicon) {
            return true
        }
        // ">> Home >> Activities >> Seminars >> 2006", "Mission to Skopje | Press release": the trail's or the section's cells.
        let cells = [" | ", " › ", " >> ", " > ", " » "].first(where: text.includes).map { text.components(separatedBy: $0) } ?? []
        // "News  |  Posted 2 March 2020  |  Category: ...": a cell with the page's date is the walker's to read.
        if cells.count >= 2, cells.allSatisfy({ $0.wordCount <= 5 && !namesMeeting($0, lexicon) }),
           !cells.contains(where: { Dates.all(in: $0).contains { $0.day != nil } }) { return true }
        // "South Asian Forum for Peace and Human Rights (SAFPHR)" opening the page: the body whose site it is.
        if lines[..<index].allSatisfy(\.isBlank), text.hasSuffix(")"), let open = text.lastIndex(of: "("),
           HeaderReader.isAcronymInBrackets(text[open...]), PlainTextReader.isOrganizationShape(String(text[..<open]).trimming(.whitespaces)) {
            return true
        }
        // "PARLIAMENT OF MALTA" / "Il-Parlament ta' Malta", "AISM | Asian Institute ..." / "Cleaner streets. Fairer cities.":
        // the site's name opening the page, its name in another language or its motto under it, then its menu.
        if let first = lines.firstIndex(where: { !$0.isBlank }), index == first || index == first + 1,
           sitesNameOverMotto(at: first, in: lines, lexicon) { return true }
        let words = text.words
        guard !words.isEmpty, !text.hasSuffix("."), !text.hasSuffix(":"), !text.contains(where: \.isNumber) else { return false }
        // "NORDIC POLICY FORUM" over "Research" / "Events" / "Publications": the site's name over its menu,
        // though its name is a meeting's noun.
        if words.count <= 6, (1...3).allSatisfy({ isMenuItem(at: index + $0, in: lines, lexicon) }) { return true }
        // "Forum" among "Research" / "Projects" / "Publications": a menu's entry, though a meeting's noun.
        if words.count == 1, isMenuItem(at: index, in: lines, lexicon),
           run(around: index, where: { isMenuItem(at: $0, in: lines, lexicon) }) >= 4 { return true }
        // "ERCTT" over "Eurasian Research Centre for Trade and Transport": the site's logo opening the page.
        if words.count == 1, lines[..<index].allSatisfy(\.isBlank), (2...8).contains(text.count), text.allSatisfy({ $0.isUppercase }),
           index + 1 < lines.count, isInstitutionName(lines[index + 1].text, lexicon) { return true }
        // "Meetings Coverage and Press Releases": a section, named by its plural.
        if words.count <= 6, sectionNouns.contains(words.last!.lowercased()) { return true }
        guard !namesMeeting(text, lexicon) else { return false }
        // "Navigation", "Water diplomacy": a word or two of a menu, not the first line of a title block.
        let next = index + 1 < lines.count ? lines[index + 1] : nil
        if words.count <= 3, next.map({ $0.isBlank || $0.text.wordCount <= 3 }) ?? true { return true }
        // A run of three or more short lines without a blank between them is a menu.
        guard words.count <= 6 else { return false }
        func isItem(_ k: Int) -> Bool {
            lines.indices.contains(k) && !lines[k].isBlank && lines[k].text.wordCount <= 6 && !lines[k].text.hasSuffix(":")
                && !namesMeeting(lines[k].text, lexicon)
        }
        return run(around: index, where: isItem) >= 3
    }

    /// How many lines in a row around `index`, itself included, are entries of one menu.
    private static func run(around index: Int, where isItem: (Int) -> Bool) -> Int {
        var first = index, last = index
        while isItem(first - 1) { first -= 1 }
        while isItem(last + 1) { last += 1 }
        return last - first + 1
    }
}
