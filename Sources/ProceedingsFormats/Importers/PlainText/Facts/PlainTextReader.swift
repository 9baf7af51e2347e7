import Foundation

/// Walks the lines of one summary once, top to bottom, building the record as it goes.
struct PlainTextReader {
    let lines: [SourceLine]
    let lexicon: GenreLexicon
    let fileName: String
    let sourceName: String
    let sha256: String

    var registry = Registry()
    var parts: [EventPart] = []
    var sections: [Section] = []
    var participations: [Participation] = []
    /// Participations read from a roster line under a singular label ("Lead-off:"), which the
    /// body may correct: whoever the text shows doing something else held that role instead.
    var tentative: Set<Int> = []
    var statements: [Statement] = []
    var residue: [TextLine] = []
    var categories: [Int: LineAccount.Category] = [:]
    var findings: [Finding] = []
    /// Lines read together with an earlier one: the description lines of a name block.
    var consumed: Set<Int> = []
    /// Each fact with its line and the cue that produced it, for `inspect --explain`.
    var explanations: [Explanation] = []

    // Where the walk is.
    var currentPart: Int?
    /// The page gives its parts headings; then a part named in the prose is one of them, not a new one.
    var partsHaveHeadings = false
    /// How the headings of the programme's parts are numbered ("R." for "I.", "II."): a heading numbered
    /// alike is a part too ("II. ELECTION OF THE CHAIR" after "I. OPENING OF THE MEETING").
    var partNumbering: String?
    /// The page is minutes: its numbered items are the meeting's parts.
    var isMinutes = false
    /// "("PS(H)")": the short forms minutes give the posts of those who attended, and whose they are.
    var postShortForms: [String: PostHolder] = [:]
    /// The page records a body hearing evidence (minutes, a debate, a transcript): a witness's "opening statement" opens theirs.
    var hearsEvidence = false
    /// The last line a transcript's turn spoke, for the paragraphs under it that go on with the turn.
    var lastTurnEnd: Int?
    /// The offices ("co-chair") the text has named as the meeting's own by its short name; see `meetingOffice`.
    var meetingOfficeNamed: Set<String> = []
    /// The record of a sitting of the whole house ("[The Speaker (Hon. X) in the Chair]"); see `Residue.opensSittingOfTheHouse`.
    lazy var sittingOfTheHouse = lines.prefix(60).contains { Residue.opensSittingOfTheHouse($0.text) }
    var currentSection: Int?
    /// "2. Summary of discussions": the number of the section whose numbered subsections ("2.1 Integrated surveillance")
    /// are the meeting's sessions.
    var sessionsSection: String?
    var rosterLabel: RosterLines.Label?
    var lastLineWasRoster = false
    /// "LIST OF PARTICIPANTS": a list of people that goes on over blank lines and the groups it is sorted in, to the next
    /// heading of the document.
    var participantList: RosterLines.Label?
    var partDefaultRole: Role?
    /// The cue behind the part's default role: its heading, or a sentence naming its panelists.
    var partDefaultCue: String?
    var speaker: String?
    /// The paragraph that introduced the current speaker's points, and whether it promised a list.
    var speakerIntroduction: Int?
    var pointsFollow = false
    var speakerLabelled = false
    /// Indents of the open list items, outermost first.
    var listIndents: [Int] = []
    /// The statement a hard-wrapped line continues.
    var openParagraph: Int?
    /// A paragraph still being read: it is understood only once its last wrapped line is in.
    var pendingProse: (text: String, span: SourceSpan, shape: LineShape, form: BlockForm)?
    /// The participation a roster line just recorded, and that line's indent: indented lines under it describe the person.
    var lastRosterEntry: (participation: Int, indent: Int)?
    /// The role a group heading ("Panel Presentations") gives the enumerated parts under it.
    var groupRole: (role: Role, cue: String)?
    /// The noun of parts the prose announced ("featured two panels"), which it may go on to name by ordinal alone.
    var partsAnnounced: (noun: String, left: Int)?
    /// "... discussed in four sessions:": the noun of the parts listed below, one item each.
    var partsListed: String?
    /// The columns of a programme table being read, and the part its last row began.
    var tableColumns: TableColumns?
    var tablePart: Int?
    /// The columns of a table that a blank line or a session's heading interrupted; a timed row may resume it.
    var endedTable: TableColumns?
    /// The current part is an item of a bulleted list of groups ("- Group 1: ..."), which ends with the list.
    var listedParts = false
    /// Under "APOLOGIES": the names that follow were not at the meeting.
    var absenteesListed = false
    /// The columns of a list of participants printed as a table.
    var rosterColumns: RosterColumns?
    /// The part cell of the roster table's row above: a row repeats it while the part goes on.
    var rosterTablePart: String?
    /// Rows of a spaced table whose people cell continues the cell above, read with it.
    var wrappedPeopleCells: Set<Int> = []
    /// A role the prose announced for a number of people it names next ("Two lead-off speakers ...").
    var rolesAnnounced: (label: GenreLexicon.RosterLabel, count: Int)?
    /// The paragraph that named a ceremony ("The opening ceremony was headed by ..."): the part ends with it.
    var ceremonyParagraph: Int?
    var yearContext: Int?
    /// The line of a bare year the context was taken from, when no date printed one.
    var yearLine: Int?
    /// The first line of the trailer: what follows the last paragraph (blank lines, page residue,
    /// the URL and issuer lines of `SourceLines`).
    var trailerStart = Int.max
    /// The line of a heading such as "Contacts" or "Related stories" after the story: from there on the
    /// page is the site's, and whoever it names took no part.
    var closingStart = Int.max
    /// "Recent lectures", "Upcoming events": from this heading on the page lists other events, whose people were not at this one.
    var otherEventsFrom: Int?
    static let buildingWords: Set<String> = ["hall", "hotel", "resort", "centre", "center", "room", "house", "building", "palace", "palacio",
                                               "auditorium", "auditório", "auditorio", "aula", "campus", "university", "headquarters",
                                               "theatre", "theater", "library", "museum", "residence", "embassy", "institute", "school",
                                               "centro", "centre-ville", "palais", "palazzo", "palácio", "sala", "salle", "salón", "salon",
                                               "pavilion", "chamber", "chambers", "complex", "venue", "castle", "villa", "lodge", "inn",
                                               "convention", "congress", "congressos", "kongress", "conference", "parliament", "secretariat"]

    /// "Southern Africa", "the Lake Chad Basin", "Southeast Asia": a region, which a meeting's subject names more often
    /// than its venue.
    static func namesRegion(_ text: String) -> Bool {
        let regions: Set<String> = ["africa", "asia", "america", "americas", "europe", "pacific", "caribbean", "mediterranean", "arctic",
                                    "antarctic", "sahel", "balkans", "basin", "region", "oceania", "maghreb", "sea", "ocean", "andes",
                                    "amazon", "himalaya", "himalayas", "caucasus", "levant", "gulf", "atlantic", "baltic"]
        return !namesBuilding(text) && text.lowercased().letterRuns.last.map { regions.contains(String($0)) } ?? false
    }

    static func namesBuilding(_ text: String) -> Bool {
        text.lowercased().letterRuns.contains { buildingWords.contains(String($0)) }
    }

    /// Names the text says were not at the event: recalled, quoted, absent.
    var notPresent: [PrintedName] = []
    /// A committee's Chair has called its next presenter: who speaks next presents.
    var presentersCalled = false
    /// Those a legislature's record printed with a seat and a party: members, whose later turns are a member's too.
    var seatedMembers: Set<String> = []
    /// "Venue" alone on a line: the next line printed is its value.
    var pendingFactLabel: (kinds: [LabelledFact.Kind], line: Int)?
    /// "https://..." and "Issued by ..." lines of the header and the trailer, in order.
    var urls: [TextLine] = []
    var issuers: [TextLine] = []

    // Facts about the event found in the prose.
    /// The event's date and its line, with how directly the text states it: a labelled or bracketed
    /// date (3) over a sentence saying the event was held (2) over a news dateline (1).
    var eventDate: (date: PrintedDate, line: Int, strength: Int, cue: String)?
    /// The first day printed in the first paragraphs, for a page that says nowhere else when the event was.
    var firstDayInText: (date: PrintedDate, line: Int)?
    var paragraphsRead = 0
    /// The width a page was hard-wrapped at, if it was: most long lines end within a few columns of it.
    lazy var wrapWidth: Int? = Self.wrapWidth(of: lines)
    var time: (String, Int)?
    var headerDateline: PrintedDate?
    /// A labelled date that the prose showed to be the page's: the event was held before it.
    var labelledPageDate: (PrintedDate, Int)?
    /// The date of a news dateline that opens the story, when the header prints none.
    var storyDateline: (PrintedDate, Int)?
    /// The line of an event date whose year was taken from elsewhere in the text.
    var yearInferred: Int?
    var venue: (text: String, line: Int, cue: String)?
    var audience: (String, Int)?
    /// "the spring flagship panel of the Center for X": the body whose event the text calls it, should nothing else name one.
    var eventOfBody: (name: String, printed: String, line: Int)?
    /// The event's name, lower-cased: a sentence that repeats it ("The Meeting on Action and Insurance was
    /// convened ...") names no person inside it.
    var eventTitle = ""
    /// "UNEP/SCP/EGM.3/4": the document's symbol, which a report prints again at the head of every page.
    var documentSymbol: String?
    /// Whether a sentence of the page counts its speakers as panelists; read the first time a roster asks.
    var panelistsCounted: Bool?

    init(lines: [SourceLine], lexicon: GenreLexicon, fileName: String, sourceName: String, sha256: String) {
        self.lines = lines
        self.lexicon = lexicon
        registry.countries = lexicon.countries
        self.fileName = fileName
        self.sourceName = sourceName
        self.sha256 = sha256
    }

    /// "International Conference, Vienna" by the date: the kind of meeting is no part of the place ("Conference
    /// Hall, Vienna" is).
    func withoutEventKind(_ place: String) -> String? {
        let cells = place.components(separatedBy: ", ").drop { cell in
            cell.split(separator: " ").last.map { lexicon.eventNouns.contains($0.lowercased()) } ?? false
        }
        return cells.isEmpty ? nil : cells.joined(separator: ", ")
    }

    mutating func read() -> ImportResult {
        var header = HeaderReader.withDocumentBlock(HeaderReader.read(lines, lexicon), lines, lexicon)
        if header.title == nil, let (name, line) = titleFromProse(after: header.bodyStart) {
            header.title = name
            header.titleSpan = SourceSpan(line)
            header.titleInProse = true
            findings.append(Finding(file: fileName, line: line, column: lines[line - 1].indent + 1, severity: .warning,
                                    rule: .titleFromText,
                                    message: "no title line; the event's name is taken from the text: \"\(name)\""))
        }
        guard let title = header.title, !title.isEmpty else {
            let first = lines.first { !$0.isBlank }
            let finding = Finding(file: fileName, line: first?.number, column: first.map { $0.indent + 1 }, severity: .error,
                                  rule: .noTitle, message: "no recognisable title: a summary starts with the event's title")
            return ImportResult(record: nil, findings: [finding], lines: accounts())
        }
        eventTitle = title.lowercased()
        documentSymbol = header.symbol?.text
        // An outline is the minutes of a meeting of a body ("Outline of the 2nd Meeting of the Council"), not of a forum.
        // "Meeting summary" of "AFET committee meeting of 6 and 7 November 2023": a body's record of its sitting, item by item.
        isMinutes = header.documentType.map { HeaderReader.isMinutes($0) && ($0.lowercased() != "outline" || HeaderReader.meetsAsABody(title))
            || $0.lowercased().includes("summary") && HeaderReader.meetsAsABody(title) && title.lowercased().words.contains("meeting") } ?? false
        hearsEvidence = isMinutes || ["debate", "hearing", "hansard", "official report", "transcript", "evidence"].contains { word in
            (header.documentType?.lowercased().includes(word) ?? false) || title.lowercased().includes(word)
        }
        if !header.titleInProse {
            for line in header.titleSpan.first...header.titleSpan.last { categories[line] = .header }
        }
        for line in [header.documentTypeLine, header.datelineLine].compactMap({ $0 }) + header.placeLines + header.otherDates {
            categories[line] = .header
        }
        for note in header.notes { categories[note.line] = .header }
        for line in header.subtitleLines + header.repeats + [header.symbol?.line, header.time?.line].compactMap({ $0 }) {
            categories[line] = .header
        }
        for item in header.residue { categories[item.line] = .residue }
        for partner in header.partners {
            categories[partner.line] = .header
            readPartnerLine(partner.text, line: partner.line)
        }
        urls = header.urls
        issuers = header.issuers
        for fact in urls + issuers { categories[fact.line] = .header }
        trailerStart = lines.count + 1
        for line in lines[header.bodyStart...].reversed() {
            guard line.isBlank || Residue.matches(line.text) || SourceLines.fact(line.text) != nil else { break }
            trailerStart = line.number
        }
        closingStart = closingHeading(after: header.bodyStart) ?? Int.max
        residue = header.residue
        if let year = header.dateline?.year {
            yearContext = year
        } else if let (year, line) = firstYear(headerEnd: header.bodyStart, title: header.titleSpan) {
            yearContext = year
            yearLine = line
        }
        headerDateline = header.dateline
        header.place = header.place.flatMap(withoutEventKind)
        if let (date, place, line) = header.eventDate {
            categories[line] = .header
            // A plain date above the page's "Last updated" is likelier the event's than not, but the prose says better;
            // a span of days under the title can only be the event's.
            let plain = header.eventDateCue == "under-title" && date.lastIso == nil
            setEventDate(date, line: line, strength: plain ? 1 : 3, cue: "date." + header.eventDateCue)
            if let place = place.flatMap(withoutEventKind) {
                venue = (place, line, "venue." + header.eventDateCue)
            }
        }
        time = header.time.map { ($0.text, $0.line) }
        // "Technical workshop held April 18-20, 2017 at the Hotel Posada del Molino": a deck under the title
        // that says when and where, as the first sentence would.
        if let subtitle = header.subtitle, let line = header.subtitleLines.first, Dates.all(in: subtitle).contains(where: { $0.day != nil }) {
            readEventFacts(subtitle, lower: subtitle.lowercased(), line: line)
        }
        if let held = header.titleHeld { readEventFacts(held.text, lower: held.text.lowercased(), line: held.line) }
        for (fact, line) in header.facts {
            categories[line] = .header
            apply(fact, line: line)
        }
        for line in header.factContinuations { categories[line] = .header }

        for index in Array(header.rostersAbove.joined()) + Array(header.bodyStart..<lines.count) {
            let (line, continued) = wrappedLine(at: index)
            readBodyLine(line)
            for number in continued where !consumed.contains(number) {
                consumed.insert(number)
                categories[number] = categories[line.number]
            }
        }
        flushProse()
        bodyOfTheEventAsOrganizer()
        // "UK Parliament" / "Committees" / "Foreign Affairs Committee" over the title: the masthead, then the site's lines
        // nearest the title.
        // "Report of the Foreign Affairs, Defence and Trade Committee" under the title: the body whose report it is, first.
        let underTitle = min(header.titleSpan.last, lines.count)
        let reportOf = lines[underTitle..<min(lines.count, max(underTitle, header.bodyStart) + 4)]
            .lazy.filter { $0.text.wordCount <= 14 }.compactMap { line in
                Self.reportOpeners.first(where: line.text.hasPrefix).map { TextLine(text: String(line.text.dropFirst($0.count)), line: line.number) }
            }.first
        let mastheads = [header.masthead].compactMap { $0 }
            + header.residue.filter { $0.line < header.titleSpan.first && $0.line != header.masthead?.line }.reversed()
        publisherAsOrganizer(mastheads, reportOf: reportOf ?? header.inquiryOf, inquiry: reportOf == nil && header.inquiryOf != nil,
                             body: header.bodyStart..<max(header.bodyStart, min(lines.count, trailerStart - 1)))
        resolveOrganizerNames(masthead: header.masthead)
        // "Published 5 November 2018", "Montevideo, March 6, 2015" at the foot of the page: the page's own date; "Summary
        // posted January 24, 2024" under the event's day at the top says so too.
        // "Minutes of the Community Committee" / "Thursday, 18th January, 2024" / "Minutes published: 29th January, 2024": minutes
        // are dated by the meeting, and may say when they were published.
        let foot = pageDateAtFoot() ?? (header.dateline == nil || header.datelineIsEvent || isMinutes ? publishedNearTop(header.bodyStart) : nil)
        // "ACCRA, 14 June 2019 – The Ministry ...": a news story dates itself in its first line.
        if header.dateline == nil, labelledPageDate == nil, let (date, line) = storyDateline, date.year != nil {
            header.dateline = date
            header.datelineLine = line
        }
        // "Buenos Aires, November 29th, 2016" over the story and "Published on 2016-12-02" at its foot: the page says
        // which date is its own, and the other dated the meeting it reports.
        let datelineSaysPublished = header.datelineLine.map { HeaderReader.publishedDate(lines[$0 - 1].text.trimming(.whitespaces)) != nil } ?? false
        if let foot, header.datelineLine != foot.line, header.dateline == nil || header.datelineIsEvent
            || foot.labelled && !datelineSaysPublished && header.datelineLine.map({ $0 < foot.line }) == true {
            let (date, line) = (foot.date, foot.line)
            // "11–12 October 2018 · Tartu" under the title dated the meeting; it still does.
            if header.datelineIsEvent, let range = header.dateline, let rangeLine = header.datelineLine {
                setEventDate(range, line: rangeLine, strength: 3, cue: "date.dateline-range")
            } else if let day = header.dateline, let dayLine = header.datelineLine, day.day != nil, day.year != nil {
                setEventDate(day, line: dayLine, strength: isMinutes ? 3 : 1, cue: isMinutes ? "date.minutes" : "date.news-dateline")
            }
            header.dateline = date
            header.datelineLine = line
            // "Report published on 20 March 2015. Rapporteur: Dr. X": the line names someone too.
            if categories[line] != .participant { categories[line] = .header }
            findings.removeAll { $0.rule == RuleID(.unclassifiedLine) && $0.line == line }
        }

        // "September 18–22, 2017" under the title and "In September 2017, experts met" in the prose: the days printed by the
        // title say more than the month the prose gives.
        if header.datelineIsEvent, let range = header.dateline, let line = header.datelineLine, let current = eventDate,
           current.date.day == nil, range.day != nil {
            setEventDate(range, line: line, strength: 3, cue: "date.dateline-range")
        }
        // "· Online (Zoom)" by the date: an event held online has no hall, and a place in its prose is what it spoke of.
        if let place = header.place, HeaderReader.isOnline(place), venue?.cue == "venue.held-at" { venue = nil }
        // "Valparaíso, 24–25 April 2019 · Aula Magna, Casa Central" by the title, and "a seminar on migrants in South
        // America" in the prose: a place the page prints by the date is the venue, unless the prose names a building.
        // A hall printed by the date ("Mövenpick Hotel & Resort, Raouché, Beirut") is the venue over a building the prose names.
        if header.datelineIsEvent || eventDate?.cue == "date.dateline-range", let place = header.place, let prose = venue, prose.cue == "venue.held-at",
           Self.namesBuilding(place) && header.placeLines.count == 1 && place.wordCount > prose.text.wordCount
            || !Self.namesBuilding(prose.text) && !prose.text.lowercased().letterRuns.contains(where: { place.lowercased().letterRuns.contains($0) }) {
            venue = nil
        }
        // Held online, and no hall named: the place a librarian records is "Online"; a story's dateline says where it was filed.
        if venue == nil || venue?.cue == "venue.news-dateline", header.place == nil, let (online, line) = onlineVenue(title: title, titleLine: header.titleSpan.first, bodyStart: header.bodyStart) {
            venue = (online, line, "venue.online")
        }
        let record = buildRecord(header: header, title: title)
        return ImportResult(record: record, findings: findings, lines: accounts(), explanations: resolvedExplanations())
    }

    /// The event's name in the first sentences of the first paragraphs, for a page without a title line.
    func titleFromProse(after start: Int) -> (String, Int)? {
        var paragraphs = 0
        for line in lines[start...] where !line.isBlank {
            for sentence in Tokenizer.sentences(LineShape(line).body, honorifics: lexicon.honorifics).prefix(2) {
                if let name = EventName.find(in: String(sentence), lexicon) { return (HeaderReader.unquoted(name), line.number) }
            }
            paragraphs += 1
            if paragraphs == 3 { break }
        }
        // No meeting is named: the first sentence says what the page reports ("This public symposium
        // explored how ..."), and a long one is cut at a word.
        // A text about no meeting at all (a letter, a source file) is not a summary.
        guard let first = lines[start...].first(where: { !$0.isBlank && HeaderReader.isProse(LineShape($0).body) }),
              HeaderReader.namesMeeting(first.text, lexicon),
              let sentence = Tokenizer.sentences(LineShape(first).body, honorifics: lexicon.honorifics).first(where: { $0.wordCount >= 3 })
        else { return nil }
        var words = sentence.words
        var title = sentence.trimming(.init(charactersIn: " ."))
        if words.count > 20 {
            words = Array(words.prefix(16))
            title = words.joined(separator: " ").trimming(.punctuationCharacters) + " …"
        }
        return (title, first.number)
    }
}
