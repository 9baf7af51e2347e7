import Foundation

/// What a web page prints above its title and is no part of it: a site's sections and its trail,
/// a masthead, bylines, the cells of a dated line, the page's own date.
extension HeaderReader {
    /// "Kyoto Forum on Island States": a line with a noun that names a meeting is a title.
    static func namesMeeting(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        text.letterRuns.contains { lexicon.eventNouns.contains($0.lowercased()) } || numbersItsSession(text)
    }

    /// "THIRTY-NINTH SESSION OF THE ASIA-PACIFIC FISHERY COMMISSION", "the 76th session of the Regional Committee": a body's
    /// session, which its ordinal makes a meeting.
    static func numbersItsSession(_ text: String) -> Bool {
        let words = text.lowercased().words.map(String.init)
        return zip(words, words.dropFirst()).contains { ordinal, noun in
            ["session", "sitting"].contains(noun) && (Ordinals.ordinalWords.contains(String(ordinal.split(separator: "-").last ?? ""))
                || ordinal.count >= 3 && ["st", "nd", "rd", "th"].contains(String(ordinal.suffix(2))) && ordinal.dropLast(2).allSatisfy(\.isNumber))
        }
    }

    /// "Sakura Foundation for Regional Dialogue", "Centre for Humanitarian Dialogue": a body named for the
    /// meetings it holds; its head, before "for" or "of", is a word of institutions and no meeting.
    static func namesBodyForMeetings(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        guard let cut = [" for ", " of ", " on "].compactMap({ text.range(of: $0)?.lowerBound }).min() else { return false }
        let head = String(text[..<cut])
        return head.wordCount <= 4 && !namesMeeting(head, lexicon) && Patterns.namesInstitution(head)
    }

    static let sectionNouns: Set<String> = ["news", "events", "issues", "releases", "topics", "activities", "archives",
                                                    "highlights", "updates", "stories", "publications", "speeches", "statements", "reports",
                                                    "agenda", "item", "calendar", "feature", "features", "interview", "spotlight"]

    /// A site's section printed above the page ("Global Issues & ODA", "Women's Issues"): a short line
    /// naming no meeting and no date, with the document type or the page's date right under it.
    static func isCategoryLabel(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        let text = lines[index].text
        guard isShortLine(text), !namesMeeting(text, lexicon), let next = lines[(index + 1)...].first(where: { !$0.isBlank }) else {
            return false
        }
        // "The Blue Economy" over "12 March 2019" and the text is the title itself.
        guard titleFollows(after: index, in: lines, lexicon) else { return false }
        if next.number == lines[index].number + 1, DocumentTypes.line(next.text, lexicon) != nil { return true }
        let words = text.words
        // "FACULTY OF AGRONOMY" over "Symposium examines indigenous knowledge": the unit whose news it is.
        if text == text.uppercased(), isInstitutionName(text, lexicon), namesMeeting(next.text, lexicon), !isProse(next.text) { return true }
        // "Meetings Coverage and Press Releases" over the page's date: a site's section, named by its plural.
        if words.count <= 6, !text.contains(where: \.isNumber), text.last?.isLetter == true,
           sectionNouns.contains(words.last!.lowercased()), Dates.dateline(next.text).map({ $0.rest.isEmpty }) ?? false { return true }
        guard words.count <= 4, !text.contains(where: \.isNumber), let last = text.last, last.isLetter,
              !words.contains(where: { lexicon.eventNouns.contains($0.lowercased()) }) else { return false }
        // "Events" or "University News" over "Graduate School Hosts International Workshop on ...".
        return DocumentTypes.line(next.text, lexicon) != nil || Dates.dateline(next.text) != nil
            || sectionNouns.contains(words.last!.lowercased()) && namesMeeting(next.text, lexicon) && !isProse(next.text)
    }

    /// "By Staff Reporter", "Writer  Climate Division", "Photo by ...": who wrote or shot the page, above its text.
    static func isByline(_ text: String) -> Bool {
        let lower = text.lowercased()
        // "By Staff Reporter | 4 February 2020" dates the page: it is read for its date.
        guard text.wordCount <= 12, !text.hasSuffix("."), Dates.all(in: text).isEmpty else { return false }
        // "Posted on 11/06/2013 by USP Media": a date whose order the page leaves open, and who posted it.
        return ["by ", "writer ", "author ", "written by ", "photo by ", "photos by ", "report prepared by ", "prepared by ", "posted by "]
            .contains { lower.hasPrefix($0) }
            || ["posted on ", "published on ", "posted ", "published "].contains(where: lower.hasPrefix) && lower.includes(" by ")
    }

    /// Compiled once, not at every call as a literal in the function would be.
    nonisolated(unsafe) private static let pageNamesItself = /^(?:(?:this|the)\s+)?(?:report|summary|record|note|article|page|story)\s+(?:was\s+)?(?=published|posted|issued)/

    /// "Last updated: 21 October 2019", "Published 17.05.2016 | Updated 18.05.2016", "Posted 2 August 2022 | 4 min read".
    static func publishedDate(_ text: String) -> (PrintedDate, String)? {
        var lower = text.lowercased()
        // "Report published on 20 March 2015.", "This summary was posted on ...": the page names itself first.
        // Only such a sentence alone: "Report published on 20 March 2015. Rapporteur: Dr. X" says more than when.
        if let lead = lower.prefixMatch(of: Self.pageNamesItself) {
            guard let date = Dates.all(in: text).first, text[date.range.upperBound...].trimming(.init(charactersIn: " .")).isEmpty else { return nil }
            lower = String(lower[lead.range.upperBound...])
        }
        guard let word = ["last updated", "last update", "published", "minutes published", "posted", "updated", "date of publication", "issued on", "issued:", "date of issue", "date of report", "report date", "report prepared", "prepared on", "date of preparation",
                                     // "Approved: February 18, 2025": minutes bear the day they were approved, after the meeting.
                                     "approved:", "approved on", "date approved",
                                     // "Presented to the House of Representatives: 2 May 2024": a parliament's report is published
                                     // when it is presented or tabled.
                                     "presented to the house", "presented to parliament", "tabled", "laid before"].first(where: { lower.hasPrefix($0) }),
              let date = Dates.all(in: text).first, date.year != nil else { return nil }
        return (date, word)
    }

    /// A body's name: title case or capitals, a word of institutions, no meeting, no date, no sentence.
    static func isInstitutionName(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        // "National Oceanic and Atmospheric Administration | U.S. Department of Commerce": an office and the body over it.
        if text.includes(" | ") {
            let cells = text.components(separatedBy: " | ")
            return cells.count <= 3 && cells.allSatisfy { isInstitutionName($0.trimming(.whitespaces), lexicon) }
        }
        let words = text.words
        guard (1...10).contains(words.count), !text.contains(where: \.isNumber), !text.hasSuffix("."), !text.contains(":"),
              !namesMeeting(text, lexicon), DocumentTypes.line(text, lexicon) == nil else { return false }
        let normal = inTitleCase(text)
        guard PlainTextReader.isOrganizationShape(normal) else { return false }
        // "The Commonwealth": a short name with its article.
        // Not "The Pre-Brexit Settlement": a title may have its article too.
        return Patterns.namesInstitution(normal) || words.count <= 2 && words[0] == "The"
    }

    /// A line printed in capitals as a name is printed in title case: "MINISTRY OF FOREIGN AFFAIRS" →
    /// "Ministry of Foreign Affairs", so that one test of a body's shape reads both.
    static func inTitleCase(_ text: String) -> String {
        guard Names.isAllCaps(text.replacing(" ", with: "")) else { return text }
        return text.capitalized.replacing(" Of ", with: " of ").replacing(" And ", with: " and ")
            .replacing(" For ", with: " for ").replacing(" The ", with: " the ").replacing(" On ", with: " on ")
            .replacing(" In ", with: " in ").replacing(" At ", with: " at ").replacing(" To ", with: " to ")
    }

    /// Whether a line that can be the title still comes before the body: a masthead is set aside only
    /// when something after it can be the title ("Commission on the Status of Women" over a date and
    /// the text is the title itself).
    static func titleFollows(after index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        titleCandidate(after: index, in: lines, lexicon) != nil
    }

    static func titleCandidate(after index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> String? {
        titleCandidateIndex(after: index, in: lines, lexicon).map { lines[$0].text }
    }

    /// The first line after `index` that can be the title, past the mastheads, types, symbols and dates between.
    static func titleCandidateIndex(after index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Int? {
        for position in lines.indices.dropFirst(index + 1).prefix(10) where !lines[position].isBlank {
            let line = lines[position]
            let text = line.text
            if Residue.matches(text) || Residue.isBreadcrumb(text) || Residue.isMenu(text) || isSectionName(text) || isByline(text)
                || DocumentTypes.line(text, lexicon, beforeTitle: true) != nil || datedCells(text, lexicon) != nil
                || Dates.dateline(text) != nil || publishedDate(text) != nil || text.wholeMatch(of: symbol) != nil
                || isInstitutionName(text, lexicon) && !namesMeeting(text, lexicon) && !titlesMinutes(at: position, in: lines, lexicon)
                || !text.contains(where: \.isLetter)
                // "1:00 p.m. – 4:30 p.m. EDT", "Herbert C. Hoover Building, Room 4830, Washington, DC": when and where, under the date.
                || text.wholeMatch(of: Times.clock) != nil || isVenueLine(text, lexicon) { continue }
            // "Can the Energy Transition Be Fair in the Andes?": a headline may ask.
            let asks = text.hasSuffix("?") && text.wordCount <= 16
            // "Featuring", "Speakers:" over the names: the roster under the title, no title of its own.
            let can = (!isProse(text) || asks) && !LineShape(line).isBullet && LabelledFact(text) == nil && text.contains(where: \.isLetter)
                && RosterLines.label(text, lexicon).map({ !$0.rest.isEmpty || $0.role == .participant }) ?? true
                // A long name in capitals is still a title: "JOINT SITTING OF THE COMMITTEE ON ... AND THE COMMITTEE ON ...".
                && (text.wordCount <= 30 || text.wordCount <= 45 && Names.isAllCaps(text.filter(\.isLetter)))
            return can ? position : nil
        }
        return nil
    }

    /// "Advisory Committee on Commercial Remote Sensing" over "Minutes of the Public Meeting": the body that met, over its
    /// minutes, may be their title.
    static func titlesMinutes(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        guard meetsAsABody(lines[index].text), let next = lines[(index + 1)...].first(where: { !$0.isBlank }),
              let type = DocumentTypes.line(next.text, lexicon, beforeTitle: true) else { return false }
        return isMinutes(type)
    }

    /// "Herbert C. Hoover Building, Room 4830, Washington, DC, and virtually via Webex": a hall's address, in parts or with
    /// its number, that names no meeting.
    static func isVenueLine(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        let place = withoutOnline(text)
        return place.includes(", ") && (place.contains(where: \.isNumber) || isPlaceInParts(place)) && !namesMeeting(text, lexicon)
            && isPlaceLine(LineShape(SourceLine(number: 0, indent: 0, text: text)), lexicon)
    }

    /// "For democracy. For everyone." or the body's name in another language ("PARLEMENT PANAFRICAIN") under a
    /// masthead: the masthead goes on while no meeting is named and the line after names one.
    static func continuesMasthead(_ text: String, at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        guard text.wordCount <= 8, !text.contains(where: \.isNumber), !namesMeeting(text, lexicon), !text.hasSuffix(":"),
              DocumentTypes.line(text, lexicon, beforeTitle: true) == nil, Dates.dateline(text) == nil,
              let position = titleCandidateIndex(after: index, in: lines, lexicon) else { return false }
        // The next candidate stands further down, so the walk ends.
        let next = lines[position].text
        return namesMeeting(next, lexicon) || next.wordCount <= 8 && continuesMasthead(next, at: position, in: lines, lexicon)
    }

    /// What may stand under a masthead before the title: another masthead line, the site's sections,
    /// the type, the page's date.
    /// "Wilson Center" over "Menu" / "Search": a site's lines the header has set aside (`chrome`) stand under its name.
    static func headsMore(after index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon, chrome: Set<Int> = []) -> Bool {
        guard let next = lines[(index + 1)...].first(where: { !$0.isBlank && !isRule($0.text) }) else { return false }
        if chrome.contains(next.number) { return true }
        let text = next.text
        // "Place du Petit-Saconnex, CH-1211 Geneva 19, Switzerland": the body's address under its name.
        return isInstitutionName(text, lexicon) || isMasthead(text, lexicon) || Residue.isBreadcrumb(text) || Residue.isMenu(text) || isSectionName(text)
            || next.number == lines[index].number + 1 && text.contains(where: \.isNumber) && isAddress(text)
            || isEventCategory(text, lexicon) && titleFollows(after: lines.firstIndex(where: { $0.number == next.number }) ?? index, in: lines, lexicon)
            || Dates.dateline(text) != nil || Residue.matches(text) || text.wholeMatch(of: symbol) != nil
            || DocumentTypes.line(text, lexicon, beforeTitle: true) != nil || datedCells(text, lexicon) != nil
    }

    /// The name of a part of a site, alone on its line.
    /// Words of a section's name beside its nouns: "Press Room", "Blog", "Past event", "Upcoming events".
    private static let sectionWords: Set<String> = ["press", "media", "room", "centre", "center", "blog", "blogs", "past", "upcoming",
                                                    "previous", "recent", "latest", "event", "commentary", "insights", "opinion", "service"]

    static func isSectionName(_ text: String) -> Bool {
        // "[ Events ]": a site's section in brackets.
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "&" || $0 == "[" || $0 == "]" })
        return (1...3).contains(words.count) && words.allSatisfy { sectionNouns.contains(String($0)) || sectionWords.contains(String($0)) }
    }

    /// "EVENTS · REVIEW", "News | Analysis": a site's section and a part of it, short cells without a date.
    /// "News, 12/05/2014": a site's section with the page's date, however printed.
    static func isSectionWithDate(_ text: String) -> Bool {
        // "News, 12/05/2014", "NEWS · 09/05/2018".
        guard let comma = [",", "·", "|"].lazy.compactMap({ text.firstIndex(of: $0) }).first else { return false }
        let rest = text[text.index(after: comma)...].trimming(.whitespaces)
        // A date that can be read ("News, 9.5.2018") is the page's; one that cannot ("12/05/2014") is set aside with the section.
        return isSectionName(String(text[..<comma]).trimming(.whitespaces)) && !rest.isEmpty && rest.allSatisfy { $0.isNumber || "/.-".contains($0) }
            && Dates.all(in: rest).isEmpty
    }

    static func isSectionCells(_ text: String) -> Bool {
        guard let separator = [" · ", " | ", " • ", " / "].first(where: text.includes) else { return false }
        let cells = text.components(separatedBy: separator).map { $0.trimming(.whitespaces) }
        return (2...3).contains(cells.count) && isSectionName(cells[0])
            && cells.allSatisfy { $0.wordCount <= 3 && $0.first?.isLetter == true && !$0.contains(where: \.isNumber) }
    }

    /// "ROUNDTABLE", "Symposia": the kind of event a site files the page under, one word over the title.
    static let categoryAdjectives: Set<String> = ["international", "regional", "national", "annual", "expert", "technical", "high-level",
                                                  "ministerial", "public", "academic", "joint", "global", "research", "policy",
                                                  "book", "online", "virtual", "youth", "student"]

    static func isEventCategory(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        var text = text.trimming(.whitespaces)
        // "[Event] International Seminar": the site's tag, then the kind.
        if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text.distance(from: text.startIndex, to: close) <= 20 {
            text = text[text.index(after: close)...].trimming(.whitespaces)
        }
        var words = text.lowercased().words.map(String.init)
        // "ROUND TABLE", "Round Tables": one noun printed in two words.
        if words.count >= 2, words[words.count - 2] == "round", words[words.count - 1].hasPrefix("table") {
            words.replaceSubrange((words.count - 2)..., with: ["round" + words[words.count - 1]])
        }
        // "International Workshop" over "SHARING THE BASIN": the kind of event, its name below.
        // "Roundtable discussion", "Panel discussion": the kind, then what it was.
        if words.count == 2, ["discussion", "debate"].contains(words[1]), lexicon.eventNouns.contains(words[0]) || words[0] == "panel" { return true }
        guard let word = words.last, (1...3).contains(words.count), words.dropLast().allSatisfy(categoryAdjectives.contains) else { return false }
        return lexicon.eventNouns.contains(word) || word.hasSuffix("s") && lexicon.eventNouns.contains(String(word.dropLast()))
            || word.hasSuffix("ia") && lexicon.eventNouns.contains(String(word.dropLast(2)) + "ium")
    }

    /// "-----", "=====", "* * *", "------+------": a rule drawn across the page or under a table's header row.
    static func isRule(_ text: String) -> Bool {
        text.count >= 3 && text.allSatisfy { "-=_*~─━—–·. +|:┼".contains($0) }
    }

    nonisolated(unsafe) private static let stateAndZip = /[A-Z]{2} \d{5}(?:-\d{4})?/

    /// "CMPI Conference Room, 14 Kipiani Street, Tbilisi": parts apart by commas, the last a town's name.
    static func isAddress(_ cell: String) -> Bool {
        let parts = cell.components(separatedBy: ", ")
        // "Washington, DC 20036": a US address ends with the state and its ZIP code.
        guard parts.count >= 2, let town = parts.last, (1...3).contains(town.wordCount), town.first?.isUppercase == true,
              !town.contains(where: \.isNumber) || town.wholeMatch(of: Self.stateAndZip) != nil else { return false }
        // "building 1331, room 024": a part of a campus's address may be a unit in lower case and its number.
        return parts.allSatisfy { part in
            part.first?.isUppercase == true || part.first?.isNumber == true
                || part.wordCount == 2 && Self.addressUnits.contains(part.words[0].lowercased()) && part.words[1].contains(where: \.isNumber)
        }
    }

    /// "Brussels, Paul-Henri Spaak building (PHS), room 3C050", "Palais des Nations, Room XVII": a place in parts, one of them
    /// a numbered room, hall or floor; the room a body sat in, on a line of its own under the title.
    static func isRoomAddress(_ text: String) -> Bool {
        let parts = text.components(separatedBy: ", ")
        let isUnit = { (part: String) in
            part.wordCount == 2 && Self.addressUnits.contains(part.words[0].lowercased())
                && (part.words[1].contains(where: \.isNumber) || part.words[1].allSatisfy({ "IVXL".contains($0) }))
        }
        return parts.count >= 2 && text.wordCount <= 16 && !text.contains(where: { ".:;!?\"“".contains($0) }) && parts.contains(where: isUnit)
            && parts.allSatisfy({ $0.first?.isUppercase == true || isUnit($0) })
    }

    static let addressUnits: Set<String> = ["building", "room", "floor", "level", "suite", "block", "wing", "hall", "office", "unit"]

    /// "Press release 14.10.2025 13.45", "News 3 March 2024": the type of the page, then its date and the hour it was
    /// posted, with no mark between them: the type's cell and the date's.
    private static func typedDate(_ text: String, _ lexicon: GenreLexicon) -> [String]? {
        guard text.wordCount <= 6, let date = Dates.all(in: text).first, date.year != nil, date.range.lowerBound > text.startIndex else { return nil }
        let type = text[..<date.range.lowerBound].trimming(.init(charactersIn: " ,:–—-"))
        let after = text[date.range.upperBound...].trimming(.whitespaces)
        guard after.isEmpty || after.wholeMatch(of: Times.clock) != nil, DocumentTypes.line(type, lexicon) != nil else { return nil }
        return [type, String(text[date.range])]
    }

    /// A line of cells set apart by "|" or "·", one of them a date alone.
    private static let creditWords: Set<String> = ["story", "photo", "photos", "photograph", "photographs", "words", "text", "by", "video",
                                                   "videos", "images", "image", "read", "reading", "writer", "author", "editor", "illustration"]

    /// "Story Lerato Mokoena. Photos Jacques Fourie. Read time 5 min.": a cell of credits, each sentence opened by its kind.
    static func isCredits(_ cell: String) -> Bool {
        let sentences = cell.components(separatedBy: ". ").map { $0.trimming(.init(charactersIn: " .")) }.filter { !$0.isEmpty }
        return !sentences.isEmpty && sentences.allSatisfy { sentence in
            sentence.wordCount <= 6 && sentence.words.first.map { creditWords.contains($0.lowercased().trimming(.punctuationCharacters)) } == true
        }
    }

    static func datedCells(_ text: String, _ lexicon: GenreLexicon) -> (date: PrintedDate, type: String?, place: String?)? {
        // "Press service  /  News  /  18.02.2020": a trail of sections that ends in the page's date ("Event / Africa   4 June 2025").
        let cells: [String]
        if let separator = [" | ", " · ", " • ", " / "].first(where: text.includes) {
            cells = text.replacing(/\ {3,}/, with: separator).components(separatedBy: separator).map { $0.trimming(.whitespaces) }
        } else if case let dashed = text.components(separatedBy: " - ").map({ $0.trimming(.whitespaces) }),
                  dashed.count >= 3 || dashed.count == 2 && dashed.contains(where: { Dates.dateline($0).map { $0.rest.isEmpty } ?? false }),
                  dashed.contains(where: { DocumentTypes.line($0, lexicon) != nil }) {
            // "Issue No. 14 - Evidence - May 29, 2024": a record's issue, type and date, set apart by dashes; "14.05.2025 - Press
            // release": a date and a type.
            cells = dashed
        } else if text.includes("   ") {
            // "April 12, 2024      Kelowna, British Columbia      Natural Resources Canada": cells set apart by runs of spaces.
            cells = text.split(separator: "   ").map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
        } else if let typed = typedDate(text, lexicon) {
            cells = typed
        } else {
            return nil
        }
        // "News | Posted 2 March 2020 | Category: Youth & Work": a cell may say how the date came about.
        // "Press release | Date: 14/10/2016 | No: 118/16": a cell may carry its label.
        let datelines = cells.map { cell in
            publishedDate(cell).map { ($0.0, "") }
                ?? Dates.dateline(cell.lowercased().hasPrefix("date:") ? cell.dropFirst(5).trimming(.whitespaces) : cell)
        }
        guard cells.count >= 2, let dateCell = datelines.firstIndex(where: { $0.map { $0.rest.isEmpty && $0.date.year != nil } ?? false }),
              let date = datelines[dateCell]?.date else { return nil }
        // "14 November 2024 | Story Lerato Mokoena. Photos Jacques Fourie. Read time 5 min.": who wrote and shot the page.
        let others = cells.indices.filter { $0 != dateCell && !isCredits(cells[$0]) }.map { cells[$0] }
        let afterDate = cells.indices.filter { $0 > dateCell && !isCredits(cells[$0]) }.map { cells[$0] }
        // "Tallinn seminar brings experts together | 04.10.2022": a headline beside the date is the title's line.
        // "| CMPI Conference Room, 14 Kipiani Street, Tbilisi": a long cell that ends in a town is the place.
        if others.contains(where: { $0.wordCount >= 6 && !$0.contains(":") && !(afterDate.contains($0) && isAddress($0)) }) { return nil }
        let type = others.lazy.compactMap { DocumentTypes.line($0, lexicon) }.first
        // A town follows the date ("... | 18 October 2021 | Brussels"); what stands before it is a label,
        // and a byline or a reading time is no town.
        // "Palais Strohmeyer Conference Rooms, Vienna": a hall and its town are a place too.
        // "2 April 2019 | Alumni Relations Office": the office that wrote the page is no place.
        let writers: Set<String> = ["office", "department", "division", "unit", "team", "desk", "secretariat", "bureau", "communications", "press"]
        // "Posted 19 June 2019 · Energy & Climate Programme · Print": a page's own date, its section and its actions, no place.
        let posted = publishedDate(cells[dateCell]) != nil
        let place = posted ? nil : afterDate.first { cell in
            let address = isAddress(cell)
            // "Transcript - 14 February 2025 - Coffs Harbour - CORRECTED": the state of the record is no place.
            return DocumentTypes.line(cell, lexicon) == nil && (address || !cell.contains(where: \.isNumber)) && Names.parse(cell, lexicon) == nil && !isSectionName(cell)
                && !Residue.isRecordState(cell)
                && !writers.contains(cell.words.last.map { $0.lowercased() } ?? "") && !cell.contains(":")
                && (1...(address ? 14 : 10)).contains(cell.wordCount)
                && cell.words.allSatisfy { word in
                    // "Online (Zoom)": a word in brackets is capitalised after its bracket.
                    let letters = word.first == "(" ? word.dropFirst() : word[...]
                    return letters.first?.isUppercase ?? false || placeParticles.contains(String(word)) || address && letters.first?.isNumber == true
                }
                && cell.words.first?.first?.isUppercase == true
        }
        return (date, type, place)
    }

    /// Small words inside the name of a place: "Palais des Nations", "Plaza de la Constitución".
    static let placeParticles: Set<String> = ["of", "the", "and", "&", "de", "des", "du", "la", "le", "les", "del", "di", "da", "do", "van", "von", "der"]

    /// The words that begin the name of a government body printed as a page's masthead.
    static let mastheadHeads: Set<String> = [
        "ministry", "embassy", "department", "office", "permanent", "mission", "government", "republic", "kingdom",
        "federal", "secretariat", "delegation", "consulate", "presidency", "united",
    ]

    /// A masthead above the title: a body's name alone, in capitals or beginning with a word of
    /// government ("Ministry of ...", "Embassy of ..."), naming no meeting and no date.
    static func isMasthead(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        let words = text.words
        guard (2...10).contains(words.count), !text.contains(where: \.isNumber), !text.hasSuffix("."), !text.contains(":"),
              !namesMeeting(text, lexicon), DocumentTypes.line(text, lexicon) == nil,
              PlainTextReader.isOrganizationShape(inTitleCase(text)) else { return false }
        let capitals = Names.isAllCaps(text.replacing(" ", with: ""))
        let head = words[0].lowercased()
        return capitals ? Patterns.namesInstitution(text.capitalized) || mastheadHeads.contains(head) : mastheadHeads.contains(head)
    }

    /// What the lines set aside as the site's say of the page: a date in figures alone, and the section the page is filed in.
    static func datedFromResidue(_ header: inout Header, _ lexicon: GenreLexicon) {
        if header.dateline == nil {
            header.numericDate = header.residue.lazy.compactMap { item in
                item.text.wholeMatch(of: numericDate) != nil ? item
                    : item.text.wholeMatch(of: labelledNumericDate).map { TextLine(text: String($0.output.1), line: item.line) }
                        ?? typedNumericDate(item.text, lexicon).map { TextLine(text: $0.date, line: item.line) }
            }.first
        }
        // "Media Centre › Press Releases", "NEWS" over a page that prints no type of its own: the section the site
        // files it in says what it is.
        let titleLine = header.titleSpan.first
        if header.documentType == nil, header.title != nil,
           let (type, line) = header.residue.lazy.filter({ $0.line < titleLine }).reversed()
               .compactMap({ item in sectionType(item.text, lexicon).map { ($0, item.line) } }).first {
            header.documentType = type
            header.documentTypeLine = line
            header.documentTypeCue = "document-type.section"
        }
    }
}
