import Foundation

/// A list marker printed at the start of a line.
enum Marker: Sendable, Hashable {
    /// `--`, `- -`, `-`, `•`, `・`, `*`, `–`.
    case bullet(String)
    /// `1.`, `(1)`, `1)`, `1.)`, `I.`, `(a)`: the printed form and its value.
    case number(String, Int)

    var printed: String {
        switch self {
        case .bullet(let text), .number(let text, _): text
        }
    }
}

/// The typographic shape of one line: its markers and the text after them.
struct LineShape: Sendable {
    let line: SourceLine
    /// Outer marker first: "  3. -- Even though" has `[.number("3.", 3), .bullet("--")]`.
    let markers: [Marker]
    let body: String

    init(_ line: SourceLine) {
        self.line = line
        var rest = Substring(line.text)
        var markers: [Marker] = []
        while markers.count < 3, let (marker, after) = LineShape.leadingMarker(rest) {
            markers.append(marker)
            rest = after
        }
        self.markers = markers
        self.body = String(rest)
    }

    /// "- Facilitator: Dr. X (Lake Basin Water Research" / "     Trust)", "- Dr. X, ITPA, on the recovery of the cocoa" /
    /// "  sector in southern Bahia;": an item whose bracket is left open, or that is unfinished, runs on to the deeper
    /// lines under it; the item is read whole, and the numbers of the lines it took are returned.
    /// `cutName`: whether a line ends within a name ("... - Mr. Abdellah" / "    Ait Lhaj, Basin Agency").
    static func wrappedItem(at index: Int, in lines: [SourceLine], cutName: (String) -> Bool = { _ in false }) -> (SourceLine, [Int]) {
        let line = lines[index]
        func open(_ text: String) -> Int { text.utf8.reduce(0) { $0 + ($1 == 0x28 ? 1 : $1 == 0x29 ? -1 : 0) } }
        // Unfinished: a bracket left open, or no closing mark before a line that goes on in lower case (a line in capitals
        // under "Dr. X, Chair" describes X, as a name block does), or a name cut after its honorific.
        func unfinished(_ text: String, _ next: SourceLine) -> Bool {
            open(text) > 0 || !(text.last.map { ".;:!?)".contains($0) } ?? true)
                && (next.text.first?.isLowercase == true || next.text.first?.isUppercase == true && cutName(text))
        }
        guard index + 1 < lines.count, lines[index + 1].indent > line.indent, !lines[index + 1].isBlank, unfinished(line.text, lines[index + 1]),
              !LineShape(line).markers.isEmpty, LineShape(lines[index + 1]).markers.isEmpty else { return (line, []) }
        var text = line.text, continued: [Int] = []
        var next = index + 1
        while next < lines.count, continued.count < 3, !lines[next].isBlank, unfinished(text, lines[next]), lines[next].indent > line.indent,
              LineShape(lines[next]).markers.isEmpty {
            text += " " + lines[next].text
            continued.append(lines[next].number)
            next += 1
        }
        guard open(text) <= 0 else { return (line, []) }
        return (SourceLine(number: line.number, indent: line.indent, text: text), continued)
    }

    var isBullet: Bool { markers.contains { if case .bullet = $0 { true } else { false } } }
    var number: (String, Int)? {
        for marker in markers { if case .number(let p, let v) = marker { return (p, v) } }
        return nil
    }
    /// The numbers printed before the text, as printed: "1. (1) reviewing ..." is "1. (1)"; nil when none is.
    var printedNumbers: String? {
        let numbers = markers.prefix { if case .number = $0 { true } else { false } }
        return numbers.isEmpty ? number?.0 : numbers.map(\.printed).joined(separator: " ")
    }

    nonisolated(unsafe) private static let numberPattern =
        /^(\((\d{1,2}|[a-z]|[ivx]{1,4})\)|(\d{1,2})\.\)|(\d{1,3})[.)]|([IVX]{1,5})\.|([a-z])\))(?=\s|$)/
    nonisolated(unsafe) private static let letterPattern = /^([A-H]\.)(?:[ ]{3,}|\t)(?=\S)/
    nonisolated(unsafe) private static let bulletPattern = /^(- -|--+|[-–•・●○■□◆◇▪*·➢]|o(?=\s+[A-Z“"]))(?=\s|[A-Z\[“"])/
    /// "o In Session 1, ...": a word processor's bullet of the second level, a small letter o, copied as a letter.
    private static let bulletScalars = Set("-–•・●○■□◆◇▪*·➢o".unicodeScalars)

    private static func leadingMarker(_ text: Substring) -> (Marker, Substring)? {
        // The expressions run only where a marker may begin: most lines start with a word.
        guard let first = text.unicodeScalars.first else { return nil }
        let second = text.unicodeScalars.dropFirst().first
        let mayBeNumber = first == "(" || ("0"..."9").contains(first) || "IVX".unicodeScalars.contains(first)
            || ("a"..."z").contains(first) && second == ")"
        // "A.   Election of officers": a report letters the subsections of a chapter, set apart by more than the one space
        // that follows an initial ("A. Smith").
        if ("A"..."H").contains(first), second == ".", let match = text.prefixMatch(of: letterPattern) {
            return (.number(String(match.output.1), Int(first.value - ("A" as Unicode.Scalar).value) + 1), text[match.range.upperBound...].drop { $0 == " " || $0 == "\t" })
        }
        guard bulletScalars.contains(first) || mayBeNumber else { return nil }
        if bulletScalars.contains(first), let match = text.prefixMatch(of: bulletPattern) {
            return (.bullet(String(match.output.1)), text[match.range.upperBound...].drop { $0 == " " })
        }
        if let match = text.prefixMatch(of: numberPattern) {
            let printed = String(match.output.1)
            let digits = match.output.2.map(String.init) ?? match.output.3.map(String.init)
                ?? match.output.4.map(String.init)
            let value: Int
            if let digits, let n = Int(digits) {
                value = n
            } else if let roman = match.output.5 ?? match.output.2, let n = romanValue(String(roman)) {
                value = n
            } else if let letter = (match.output.6 ?? match.output.2)?.unicodeScalars.first,
                      let a = "a".unicodeScalars.first {
                value = Int(letter.value) - Int(a.value) + 1
            } else {
                return nil
            }
            let after = text[match.range.upperBound...].drop { $0 == " " }
            // "I. M. Järvinen-Sorsa, Senior Adviser, presented ...": a letter and a period before another
            // initial opens a name, not a list.
            if printed.count == 2, printed.last == ".", after.count > 2, after.first?.isUppercase == true,
               after.dropFirst().first == ".", after.dropFirst(2).first == " " {
                return nil
            }
            return (.number(printed, value), after)
        }
        return nil
    }

    static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        var total = 0, previous = 0
        for character in text.lowercased().reversed() {
            guard let v = values[character] else { return nil }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total > 0 ? total : nil
    }
}

/// Page furniture from the published web pages: kept as residue, never read as content.
enum Residue {
    nonisolated(unsafe) private static let recordState = /(?i)(?:un)?corrected(?: (?:proof|copy|version|transcript))?|proof|draft|provisional/

    /// "CORRECTED", "Uncorrected proof", "Draft": the state of the record, printed in its heading or among the page's cells.
    static func isRecordState(_ text: String) -> Bool { text.wholeMatch(of: recordState) != nil }

    nonisolated(unsafe) private static let wholeLines: [Regex<Substring>] = [
        /(?i)(?:back|return|go) to (?:the )?(?:[A-Za-z]+ ){0,2}(?:index|top|contents|list|home|news|events|page|articles|releases|archive|portal(?: \p{L}+)?)/,
        /(?i)(?:page top|top of page|return to top|related (?:links|information)|press releases(?:\s*\S+)?)/,
        // "Skip to main content": a link for screen readers, first on many pages.
        /(?i)(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu|search)|skip navigation/,
        // "Watch the meeting", "Watch the recording": a link to the video, printed where the page's subtitle would stand.
        /(?i)(?:watch|view|listen to) (?:the )?(?:meeting|recording|video|webcast|livestream|live stream|event|session|hearing|replay)(?: (?:online|here|again|live))?|watch live|watch again/,
        // "Meetings Coverage and Press Releases": the name of a site's press section.
        /(?:[A-Z][a-z]+ ){1,3}(?:and|&) Press Releases/,
        /(?i)(?:print|share|tweet|english|japanese|日本語|\(?(?:provisional )?translation\)?|for immediate release)/,
        // "Photographer" over "Ólavur Frederiksen/norden.org": a photograph's credit, the name and the site it was taken for.
        /(?i)photo|photos|photograph|photographer|foto|image credit|photo credit/,
        /[\p{Lu}][\p{L}.'’ -]{2,60}\s?\/\s?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/,
        // "Share on Facebook", "Share on X", "Email", "Copy link": the buttons to pass the page on.
        /(?i)(?:[•・●▪*-]\s*)?(?:share (?:on|via|to) [\p{L}+]+|facebook|twitter|x|linkedin|whatsapp|bluesky|telegram|reddit|e-?mail|copy link)/,
        /(?i)\(received from .*\)/,
        // "CORRECTED", "Uncorrected proof": the state of a hearing's transcript, printed under its heading.
        recordState,
        // "Media Release: UN Day 2006 (56 KB PDF)", "UN Day pages are available in Japanese": links to a file (its size said) or a language.
        /.{1,100}[(\[](?:\d+(?:[.,]\d+)? ?[KMG]B (?:PDF|DOCX?|XLSX?|PPTX?)|(?:PDF|DOCX?|XLSX?|PPTX?)[,\/ ]+\d+(?:[.,]\d+)? ?[KMG]B)[)\]]|[^.]{1,60}\bpages? (?:is|are) (?:also )?available in \p{Lu}\p{Ll}+\.?/,
        // "Newsletter No. 58 — Autumn 2021", "Bulletin, Vol. 12, Issue 3": the issue of a serial the page was printed in.
        /(?i)(?:[\p{L}'’-]+ ){0,3}(?:newsletter|bulletin|magazine|e-?news)\b[^.]{0,12}(?:no\.?|issue|vol\.?|volume|number)\s*\d+[^.]{0,30}/,
        // "Related: Policy Brief 14/2023 ... by Dr. X", "See also: ...": links to other pages of the site, no part of this one.
        /(?i)(?:related(?: content| links| publications| events)?|see also|read more|further reading|you may also like)\s*:\s*.+/,
        // "Ville de Montréal – Official website", "The official portal of the Government of X": the site names itself.
        // "An official website of the United States government Here's how you know", "Official websites use .gov ...": the
        // banner over every page of a US federal site.
        /(?i)(?:[^|:]{1,60} [–—-] )?(?:the |an? )?official (?:website|web site|site|portal|web portal)(?: of [^|:]{1,60})?/,
        /(?i)here['’]s how you know\.?|(?:official|secure) \.gov websites? use .{0,300}/,
        // A UN document's distribution and language lines.
        // "Original: Arabic/English": the languages it was written in, apart by a slash or a comma.
        /(?i)(?:distr\.?|distribution|original|language)\s*:\s*[a-z]+(?:\s*[ \/,]\s*[a-z]+)*/,
        // "Distr." over "LIMITED": the label and its value on lines of their own.
        /(?i)distr\.|limited|restricted|restricted distribution|for participants only/,
    ]
    /// "Aboriginal and Torres Strait Islander people are advised that this page may contain names of people who have passed
    /// away": an Australian site's cultural advice, printed over many of its pages, however long.
    nonisolated(unsafe) private static let culturalAdvice =
        /(?i)(?:aboriginal and torres strait islander|first nations|indigenous) (?:people|peoples|viewers|readers|visitors)(?: should be| are)? (?:advised|warned|aware)\b.{0,200}/
    nonisolated(unsafe) private static let neighbourStory = /(?:[«‹<]\s*)?(?:Previous|Prev|Next|PREVIOUS|NEXT)(?: (?:[Aa]rticle|[Pp]ost|[Ss]tory|[Nn]ews|[Ii]tem|[Rr]elease))?(?:\s*[:|»›>]\s*|\t\s*|\s{2,})\p{Lu}/
    /// Photo captions, filing labels and links ("Click here to ...") lead with a marker and run to the end of the line.
    private static let captionPrefixes = ["(photo)", "[photo]", "photo:", "(photo:", "(photo ", "[photo:", "(photograph)", "[image]",
                                          "(image)", "image:", "[image:", "photo credit", "share:", "share this", "photo caption", "caption:", "compartir", "partager",
                                          "teilen", "categories:", "category:", "tags:", "filed under", "keywords:", "click here ", "please click here "]

    /// Words of the kinds of attendee a list of those present is sorted by.
    static let attendanceKinds = ["members", "staff", "officials", "guests", "attendees", "others", "witnesses", "in attendance", "present"]

    /// A site's masthead: title-case segments set apart by bullets ("Department of Public Information • News and Media Division • New York").
    static func isMasthead(_ text: String) -> Bool {
        let separator = [" • ", " · "].first(where: text.includes) ?? " • "
        let segments = text.components(separatedBy: separator)
        return segments.count >= 2 && segments.allSatisfy { segment in
            segment.words.allSatisfy { word in
                word.first.map { $0.isUppercase } ?? false || ["of", "and", "the", "for", "&"].contains(word)
            }
        }
    }

    /// A site's trail of sections: "Home › Media Centre › News", "Home / Events / Past Events",
    /// "News | School of International Studies": two or more short capitalised segments and no date.
    static func isBreadcrumb(_ text: String, captioned: Bool = false) -> Bool {
        // "Home >> News & Events": a doubled arrow is one step.
        if text.includes(" >> ") { return isBreadcrumb(text.replacing(" >> ", with: " > "), captioned: captioned) }
        // "You are here:" over the trail's steps, one to a line: the caption alone.
        if ["you are here:", "you are here :", "you are here"].contains(text.trimming(.whitespaces).lowercased()) { return true }
        // "You are here: Home › Faculty › Agenda": the trail with its caption.
        for caption in ["You are here: ", "You are here : ", "You are here ", "Location: "] where text.hasPrefix(caption) {
            return isBreadcrumb(String(text.dropFirst(caption.count)), captioned: caption.hasPrefix("You"))
        }
        // "Home   Research   Events   About   Donate": a site's menu, its items apart by runs of spaces; under the trail's
        // caption a step may name a ministry in full ("Home  Ministries  Ministry of Infrastructure and Water Management").
        let items = text.components(separatedBy: "  ").map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
        if items.count >= (captioned ? 2 : 4), items.allSatisfy({ $0.wordCount <= (captioned ? 8 : 3) && $0.first?.isUppercase == true && !$0.hasSuffix(".") }) {
            return true
        }
        for separator in [" › ", " » ", " > ", " / ", " | ", " :: "] where text.includes(separator) {
            let segments = text.components(separatedBy: separator).map { $0.trimming(.whitespaces) }
            // "Events » Africa Futures Forum 2013 » Programme": an arrow only ever leads through a site,
            // and its last steps may name a page, a year included.
            // "Home > News > 2016 > Regional forum in Lima calls for ...": the last step may be the page's own headline.
            if [" › ", " » ", " > "].contains(separator), segments.count >= 3,
               segments.enumerated().allSatisfy({ position, segment in
                   // "... > 3rd Manila Symposium": the last step may begin with an ordinal.
                   (1...(position == segments.count - 1 ? 20 : 8)).contains(segment.wordCount) && !segment.hasSuffix(".")
                       && (segment.first?.isLetter == true || position == segments.count - 1 && segment.wordCount >= 2 && segment.first?.isNumber == true
                           // "Conferences > 12th Annual Conference > Conference Report": a step may name an edition.
                           || segment.prefixMatch(of: Ordinals.inFigures) != nil && segment.wordCount >= 2)
                       || segment.count == 4 && segment.allSatisfy(\.isNumber)
               }) {
                return true
            }
            // "Events » Annual Conference 2017": an arrow from a section of the site leads to the page.
            if [" › ", " » ", " > "].contains(separator), segments.count == 2, menuItems.contains(segments[0].lowercased()),
               (1...10).contains(segments[1].wordCount), !segments[1].hasSuffix(".") {
                return true
            }
            // "Home / Meetings / Expert Groups / EGM-SP 2023": a trail from the home page, its last step the page.
            if segments.count >= 3, ["home", "home page", "homepage", "start", "front page"].contains(segments[0].lowercased()),
               // "... / Workshop report: Planning for managed retreat on the NSW coast": the last step may be the headline.
               segments.enumerated().allSatisfy({ (1...($0.offset == segments.count - 1 ? 20 : 8)).contains($0.element.wordCount) && !$0.element.hasSuffix(".") }) {
                return true
            }
            // "workshops / past workshops / montréal 2019": a trail printed all in lower case.
            if separator == " / ", segments.count >= 3, text == text.lowercased(),
               segments.allSatisfy({ (1...4).contains($0.wordCount) && $0.first?.isLetter == true && !$0.contains(where: { ".,;:".contains($0) }) }) {
                return true
            }
            return segments.count >= 2 && segments.enumerated().allSatisfy { position, segment in
                let words = segment.words
                // "Top > Press Releases > 2019": a year may name an archive's section; "Activities / Workshops /
                // Amman 2013": the last step of three may name the page, its year included.
                let year = segment.count == 4 && segment.allSatisfy(\.isNumber)
                let lastOfThree = segments.count >= 3 && position == segments.count - 1
                return year || (1...7).contains(words.count) && segment.first.map(\.isUppercase) == true
                    && (!segment.contains(where: \.isNumber) || lastOfThree) && !segment.hasSuffix(".")
            }
        }
        return false
    }

    /// The words of a site's menu: its sections, its pages about itself, its languages.
    static let menuItems: Set<String> = [
        "home", "about", "about us", "who we are", "what we do", "where we work", "our work", "contact", "contact us", "visit", "learn",
        "news", "events", "publications", "research", "media", "press", "press room", "newsroom", "media centre", "media center",
        "programmes", "programs", "projects", "resources", "blog", "donate", "search", "support us", "get involved", "careers",
        "experts", "fellows", "library", "members", "study", "students", "staff", "alumni", "knowledge", "topics", "stories", "hansard",
        "skip to content", "skip to main content", "menu", "log in", "login", "sign in", "subscribe", "a–z", "a-z", "sitemap", "site map", "faq",
        "conferences", "seminars", "workshops", "lectures", "symposia", "webinars", "meetings", "past events", "committees", "senators",
    ]
    static let languages: Set<String> = [
        "en", "english", "fr", "français", "french", "de", "deutsch", "es", "español", "nl", "nederlands", "pt", "português",
        "ru", "русский", "ja", "日本語", "zh", "中文", "ar", "العربية", "it", "italiano", "kk", "қазақша", "ko", "한국어",
        // A legislature's or a ministry's second language: "Menu   Search   Gaeilge", "English | Cymraeg".
        "gaeilge", "cymraeg", "gàidhlig", "māori", "te reo māori", "svenska", "suomi", "norsk", "dansk", "eesti", "latviešu",
        "lietuvių", "polski", "türkçe", "bahasa indonesia", "bahasa melayu", "filipino", "kiswahili", "afrikaans", "简体中文", "繁體中文",
    ]

    /// "DE | EN", "日本語 | English": a choice of languages alone.
    static func isLanguageChoice(_ text: String) -> Bool {
        let items = cells(text, apartBy: [" | ", " · ", " • ", " / "])
        return items.count >= 2 && items.allSatisfy { languages.contains($0.lowercased()) }
    }

    /// A line's cells, set apart by `separators` or by runs of spaces.
    static func cells(_ text: String, apartBy separators: [String]) -> [String] {
        var normalized = text
        for separator in separators where normalized.includes(separator) { normalized = normalized.replacing(separator, with: "  ") }
        return normalized.components(separatedBy: "  ").map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
    }

    static let pageActions = ["print", "share", "download", "email", "e-mail", "tweet", "save", "bookmark", "listen", "copy link", "send",
                              "text size", "font size", "pdf", "video", "audio", "watch", "rss"]

    /// A site's menu: four items or more set apart by bars, dots or runs of spaces, one of them a word
    /// of menus ("Home | About | Research | Events"), or a choice of languages alone ("DE | EN", "日本語 | English").
    static func isMenu(_ text: String) -> Bool {
        // "[Print]  [Text size: A A A]": what a reader may do with the page, in brackets.
        // "Total 4,213   [Prev] [List] [Next]": a bulletin board's count and its buttons.
        let buttons = ["prev", "previous", "next", "list", "back", "top", "home"]
        let bracketed = text.split(separator: "]").map { $0.trimming(.init(charactersIn: "[ ")).lowercased() }.filter { !$0.isEmpty }
        if text.contains("["), bracketed.count >= 2, bracketed.enumerated().allSatisfy({ position, item in
            pageActions.contains { item.hasPrefix($0) } || buttons.contains(item) || position == 0 && item.hasPrefix("total ")
        }) { return true }
        // "Facebook  Twitter  Kakao  Print  URL Copy": the page's sharing buttons.
        let shareWords: Set<String> = ["facebook", "twitter", "x", "linkedin", "whatsapp", "kakao", "kakaotalk", "weibo", "wechat", "line",
                                       "email", "e-mail", "print", "share", "url", "copy", "link", "telegram", "reddit", "mail", "bluesky",
                                       "mastodon", "instagram", "threads", "youtube"]
        let words = text.lowercased().letterRuns
        if words.count >= 3, words.count <= 10, words.allSatisfy({ shareWords.contains(String($0)) }),
           words.filter({ ["facebook", "twitter", "x", "linkedin", "whatsapp", "kakao", "weibo", "wechat", "telegram", "reddit", "bluesky",
                           "mastodon", "instagram", "threads", "youtube"].contains(String($0)) }).count >= 2 {
            return true
        }
        // "Print this page", "Download PDF": one action alone.
        if ["print this page", "share this page", "download pdf", "print page", "email this page"].contains(text.trimming(.whitespaces).lowercased()) {
            return true
        }
        // "Download the Official Report (PDF)", "Download agenda [PDF, 245 KB]", "Download PDF (612 KB)": a link to the file
        // of the page.
        let lowered = text.trimming(.whitespaces).lowercased()
        if lowered.hasPrefix("download "), text.wordCount <= 10, lowered.letterRuns.contains(where: { ["pdf", "docx", "doc", "epub"].contains(String($0)) }) {
            return true
        }
        let items = cells(text, apartBy: [" | ", " · ", " • ", " :: ", "\t"])
        guard items.count >= 2, items.allSatisfy({ $0.wordCount <= 4 && !$0.hasSuffix(".") && !$0.contains(":") }) else {
            return false
        }
        let lower = items.map { $0.lowercased().trimming(.init(charactersIn: " ▸▾›»")) }
        if isLanguageChoice(text) { return true }
        // "Print this page   Share   Download PDF": what a reader may do with the page.
        if lower.allSatisfy({ item in pageActions.contains { item == $0 || item.hasPrefix($0 + " ") } }) { return true }
        // "Menu   Search   English": only the site's own words, however few.
        if lower.allSatisfy({ menuItems.contains($0) || languages.contains($0) || pageActions.contains($0) }) { return true }
        // "Newsroom | Members | Forum 2017 | Contact": one item may name a year, none a day.
        let numbered = items.filter { $0.contains(where: \.isNumber) }
        return items.count >= 4 && lower.contains(where: menuItems.contains)
            && (numbered.isEmpty || numbered.count == 1 && items.count >= 5 && Dates.all(in: numbered[0]).isEmpty)
    }

    /// "regjeringen.no", "www.example.org": a site's name printed as its domain.
    static func isDomain(_ text: String) -> Bool {
        // A domain has a dot and no space inside it: most lines fail that, counted on bytes.
        var dots = 0, innerSpace = false, seenNonSpace = false, pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 {
                pendingSpace = seenNonSpace
            } else {
                if pendingSpace { innerSpace = true; break }
                seenNonSpace = true
                if byte == 0x2E { dots += 1 }
            }
        }
        guard dots > 0, !innerSpace else { return false }
        let value = text.trimming(.whitespaces)
        let labels = value.split(separator: ".", omittingEmptySubsequences: false)
        guard !value.contains(" "), labels.count >= 2, !labels.contains(where: \.isEmpty), value.count <= 60, let tld = labels.last,
              (2...6).contains(tld.count), tld.allSatisfy({ $0.isLetter && $0.isLowercase }) else { return false }
        return value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// A trail that leads to the page ("Home › News", "News › Events", "Home / Events / Past Events"):
    /// a line of two sections split by "/" or "|" may as well be a place ("Palais des Nations / Geneva").
    static func isTrail(_ text: String) -> Bool {
        // "Time | Session | Speaker(s)" heads a programme's table; it leads nowhere.
        let columns: Set<String> = ["time", "session", "speaker", "speakers", "speaker(s)", "topic", "programme", "program"]
        if text.includes(" | "), text.components(separatedBy: " | ").contains(where: { columns.contains($0.trimming(.whitespaces).lowercased()) }) {
            return false
        }
        return isBreadcrumb(text) && ([" › ", " » ", " > ", " >> "].contains(where: text.includes) || text.components(separatedBy: " / ").count >= (text.hasPrefix("Home / ") ? 2 : 3)
            || text.components(separatedBy: " | ").count >= 3)
    }

    static func matches(_ text: String) -> Bool {
        let lower = text.lowercased()
        if isDomain(text) || isSittingNote(lower) { return true }
        // "*attended", "* denotes a member present": the key to the marks of a roster, no item of it.
        if text.first == "*", text.wordCount <= 4, text.dropFirst().trimming(.whitespaces).first?.isLowercase == true { return true }
        // Every whole-line form is short, except a bracketed note of origin. An expression runs only where what it opens with is printed.
        if ["aboriginal", "first nations", "indigenous"].contains(where: lower.hasPrefix), text.wholeMatch(of: culturalAdvice) != nil { return true }
        // "The University acknowledges that it is built on the lands of the Dharawal people, and we pay our respects to Elders
        // past and present": an acknowledgement of Country, the site's and not the meeting's.
        // Someone who gives the acknowledgement at the meeting is named; the site's own speaks as "we" or as the body.
        if lower.hasPrefix("we acknowledge") || lower.hasPrefix("the ") && lower.includes(" acknowledges "),
           ["elders past", "traditional custodians", "traditional owners"].contains(where: lower.includes) { return true }
        // "Category: Witnesses" heads those who attended in minutes, no site's filing.
        if lower.hasPrefix("category: "), attendanceKinds.contains(where: lower.includes) { return false }
        // "Previous    Vice Foreign Minister Meets with ...", "Next: Minister Holds Talks": links to the site's stories either side.
        if ["Prev", "Next", "PREV", "NEXT"].contains(where: text.includes), text.prefixMatch(of: neighbourStory) != nil { return true }
        if isSiteLineByShape(text, lower: lower) { return true }
        return captionPrefixes.contains { lower.hasPrefix($0) }
            || (text.utf8.count <= 80 || text.first == "(") && wholeLines.contains { text.wholeMatch(of: $0) != nil }
    }
}
