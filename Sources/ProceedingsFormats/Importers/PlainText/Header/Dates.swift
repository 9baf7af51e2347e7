/// Dates as the genre prints them: `24th, February, 2010`, `Feb 25, 2006`, `December 2001`,
/// `On December 15` (year from the dateline), `2010/02/23`.
struct PrintedDate: Sendable, Hashable {
    var year: Int?
    var month: Int
    var day: Int?
    /// The last day of a range printed in one month: "20-21 October", "June 27-28, 2011".
    var lastDay: Int?
    /// The month of the last day when the range crosses into the next: "30 November - 2 December 2010".
    var lastMonth: Int? = nil
    /// Where in the searched text the date was printed.
    var range: Range<String.Index>

    /// ISO 8601 at the precision printed; nil while the year is unknown.
    var iso: String? {
        guard let year else { return nil }
        var text = String(format: "%04d-%02d", year, month)
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// The last day of a range, ISO 8601; nil for a single day.
    var lastIso: String? {
        guard let year, let lastDay, let day else { return nil }
        if let lastMonth {
            // "30 December 2010 - 2 January": the range ends in the next year.
            return String(format: "%04d-%02d-%02d", lastMonth < month ? year + 1 : year, lastMonth, lastDay)
        }
        guard lastDay > day else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, lastDay)
    }

    /// The day before a full date: what "yesterday" means on a page dated this day.
    /// The day after this one (its first day, for a range).
    func dayAfter() -> PrintedDate? {
        guard let year, let day else { return nil }
        var result = self
        result.lastDay = nil
        result.lastMonth = nil
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        if day < [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] {
            result.day = day + 1
            return result
        }
        (result.year, result.month, result.day) = month == 12 ? (year + 1, 1, 1) : (year, month + 1, 1)
        return result
    }

    /// The `count` days that end on this one (`ending`) or begin with it, as one range; nil across a year's end.
    func span(of count: Int, ending: Bool) -> PrintedDate? {
        guard count >= 2, day != nil else { return nil }
        var other: PrintedDate? = self
        for _ in 1..<count { other = ending ? other?.dayBefore() : other?.dayAfter() }
        guard let other, other.year == year else { return nil }
        var first = ending ? other : self
        let last = ending ? self : other
        first.lastDay = last.day
        first.lastMonth = last.month == first.month ? nil : last.month
        return first
    }

    func dayBefore() -> PrintedDate? {
        guard let year, let day else { return nil }
        var result = self
        result.lastDay = nil
        result.lastMonth = nil
        if day > 1 {
            result.day = day - 1
            return result
        }
        let (y, m) = month == 1 ? (year - 1, 12) : (year, month - 1)
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        result.year = y
        result.month = m
        result.day = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return result
    }

    /// The day of the week, 0 for Sunday; nil without year and day.
    var weekday: Int? {
        guard let year, let day else { return nil }
        return DateScanner.weekday(year: year, month: month, day: day)
    }

    /// "gathered on Tuesday" on a page dated Wednesday 12 June: the last such weekday on or before this day.
    func last(_ weekday: Int) -> PrintedDate? {
        guard let own = self.weekday else { return nil }
        var date = self
        date.lastDay = nil
        date.lastMonth = nil
        for _ in 0..<((own - weekday + 7) % 7) {
            guard let before = date.dayBefore() else { return nil }
            date = before
        }
        return date
    }

    func completed(withYear fallback: Int?) -> PrintedDate {
        var copy = self
        if copy.year == nil { copy.year = fallback }
        return copy
    }
}

enum Dates {
    /// "Wednesday 8 November 2023", "March 5, 2024": a line that opens with its day's or its month's name.
    static func opensWithDayOrMonth(_ text: String) -> Bool {
        guard let first = text.lowercased().letterRuns.first.map(String.init) else { return false }
        return NameVocabulary.weekdays.contains(first) || months[first] != nil
    }

    private static let months: [String: Int] = {
        let names = NameVocabulary.months
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        // The months as pages in Spanish, Portuguese, French, German, Italian, Dutch and Indonesian print them, in full, their
        // accents folded as the scanner folds them ("março" is "marco").
        let others = [["enero", "janeiro", "janvier", "januar", "gennaio", "januari"],
                      ["febrero", "fevereiro", "fevrier", "februar", "febbraio", "februari"],
                      ["marzo", "marco", "mars", "marz", "maart", "maret"], ["abril", "avril", "aprile"],
                      ["mayo", "maio", "mai", "maggio", "mei"], ["junio", "junho", "juin", "juni", "giugno"],
                      ["julio", "julho", "juillet", "juli", "luglio"], ["agosto", "aout", "augustus", "agustus"],
                      ["septiembre", "setiembre", "setembro", "septembre", "settembre"],
                      ["octubre", "outubro", "octobre", "oktober", "ottobre"], ["noviembre", "novembro", "novembre", "nopember"],
                      ["diciembre", "dezembro", "decembre", "dezember", "dicembre", "desember"]]
        for (index, names) in others.enumerated() {
            for name in names where table[name] == nil { table[name] = index + 1 }
        }
        return table
    }()

    /// The English months, full and short: the only ones that may open a date ("March 5", "Mars 2020" is a planet's).
    private static let englishMonths: Set<String> = Set(NameVocabulary.months.flatMap { [$0, String($0.prefix(3))] } + ["sept"])

    /// The German months, after whose day a dot is printed ("12. Juni 2025").
    static let germanMonths: Set<String> = ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                                            "november", "dezember"]

    /// `first`: the month opens the date, as only English pages print one.
    static func monthNumber(_ word: String, first: Bool = false) -> Int? { first && !englishMonths.contains(word) ? nil : months[word] }

    /// Every date printed in `text`, in order of appearance.
    static func all(in text: String) -> [PrintedDate] {
        // Every form has a digit; most sentences have none.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let hasMonth = namesMonth(text)
        let scanner = DateScanner(text)
        var found: [PrintedDate] = []
        func add(_ match: DateScanner.Found) {
            let date = PrintedDate(year: match.year, month: match.month, day: match.day, lastDay: match.lastDay, lastMonth: match.lastMonth,
                                   range: scanner.range(in: text, first: match.first, end: match.end))
            guard (1...12).contains(date.month), date.day.map({ (1...31).contains($0) }) ?? true,
                  date.lastDay.map({ (1...31).contains($0) }) ?? true,
                  date.year.map({ (1900...2100).contains($0) }) ?? true,
                  !found.contains(where: { $0.range.overlaps(date.range) }) else { return }
            found.append(date)
        }
        // Every form but the numeric ones names a month, and a range has a dash or a word between its days.
        let hasRange = hasMonth && (text.includes("-") || text.includes("–") || text.includes("—") || text.includes(" to ") || text.includes(" until ")
            || text.includes(" through ") || text.includes(" thru "))
        var forms: [(Int) -> DateScanner.Found?] = []
        if hasRange { forms += [scanner.dayMonthRange, scanner.monthDayRange] }
        forms.append(scanner.numeric)
        if text.includes(".") {
            forms.append { index in
                scanner.dayFirst(at: index, separator: ".").map { .init(year: $0.year, month: $0.second, day: $0.first, first: index, end: $0.end) }
            }
        }
        // "18/10/2024" (day first) or "10/18/2024" (month first), "23-06-2016": read only where the order is plain, a number
        // over 12, or a weekday beside it says; European and American pages print both with hyphens.
        for separator in ["/", "-"] where text.includes(separator) {
            forms.append { index in
                guard let match = scanner.dayFirst(at: index, separator: separator) else { return nil }
                guard (match.first > 12) != (match.second > 12) else {
                    // "03/09/2016 (Saturday)": the weekday printed beside it says which order was meant.
                    if match.first <= 12, match.second <= 12, match.first >= 1, match.second >= 1, match.first != match.second,
                       let weekday = scanner.weekdayBeside(first: index, end: match.end) {
                        let dayFirst = DateScanner.weekday(year: match.year, month: match.second, day: match.first) == weekday
                        let monthFirst = DateScanner.weekday(year: match.year, month: match.first, day: match.second) == weekday
                        if dayFirst != monthFirst {
                            return .init(year: match.year, month: dayFirst ? match.second : match.first,
                                         day: dayFirst ? match.first : match.second, first: index, end: match.end)
                        }
                    }
                    return .init(year: nil, month: 0, day: nil, first: index, end: match.end)
                }
                return .init(year: match.year, month: match.first > 12 ? match.second : match.first,
                             day: match.first > 12 ? match.first : match.second, first: index, end: match.end)
            }
        }
        if hasMonth { forms += [scanner.dayMonthYearHyphenated, scanner.dayMonthYear, scanner.monthDayYear, scanner.monthYear] }
        found += numericRanges(in: text)
        for form in forms {
            for match in scanner.all(form, end: \.end) { add(match) }
        }
        return joinedRanges(found.sorted { $0.range.lowerBound < $1.range.lowerBound }, in: text)
    }

    /// "12/05/2019 - 14/05/2019": the side whose order is plain says which number is the day on both sides.
    nonisolated(unsafe) private static let numericRange =
        /\b(\d{1,2})([\/.])(\d{1,2})\2(\d{4})\s*(?:-|–|—|to|until)\s*(\d{1,2})\2(\d{1,2})\2(\d{4})\b/

    /// "7–8.5.2024", "07.-08.05.2024", "28.2.–1.3.2024": days with dots, the month and year printed once, day first as every
    /// page that dots its dates prints them.
    nonisolated(unsafe) private static let dottedDays =
        /\b(\d{1,2})\.?(?:\s?(\d{1,2})\.)?\s?[-–—]\s?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/

    private static func numericRanges(in text: String) -> [PrintedDate] {
        // Asked of every text with a digit: most have no two numeric dates joined by a dash or a word.
        guard text.includes("/") || text.includes("."), text.includes("-") || text.includes("–") || text.includes("—")
            || text.includes(" to ") || text.includes(" until ") else { return [] }
        let dotted: [PrintedDate] = text.matches(of: dottedDays).compactMap { match in
            guard let day = Int(match.output.1), let lastDay = Int(match.output.3), let lastMonth = Int(match.output.4),
                  let year = Int(match.output.5), case let month = match.output.2.flatMap { Int($0) } ?? lastMonth,
                  (1...12).contains(month), (1...12).contains(lastMonth), (1...31).contains(day), (1...31).contains(lastDay),
                  month < lastMonth || month == lastMonth && day < lastDay else { return nil }
            return PrintedDate(year: year, month: month, day: day, lastDay: lastDay, lastMonth: lastMonth == month ? nil : lastMonth,
                               range: match.range)
        }
        return dotted + text.matches(of: numericRange).compactMap { match in
            guard let a1 = Int(match.output.1), let a2 = Int(match.output.3), let year = Int(match.output.4),
                  let b1 = Int(match.output.5), let b2 = Int(match.output.6), let lastYear = Int(match.output.7) else { return nil }
            let dayFirst: Bool
            if a1 > 12 || b1 > 12 || a2 == b2 && a1 != b1 { dayFirst = true }
            else if a2 > 12 || b2 > 12 || a1 == b1 && a2 != b2 { dayFirst = false }
            else { return nil }
            let (month, day, lastMonth, lastDay) = dayFirst ? (a2, a1, b2, b1) : (a1, a2, b1, b2)
            guard (1...12).contains(month), (1...12).contains(lastMonth), (1...31).contains(day), (1...31).contains(lastDay),
                  lastYear == year || lastYear == year + 1 && lastMonth < month else { return nil }
            return PrintedDate(year: year, month: month, day: day, lastDay: lastDay, lastMonth: lastMonth == month ? nil : lastMonth,
                               range: match.range)
        }
    }

    /// "2019-05-12 to 2019-05-14", "December 30, 2018 - January 2, 2019": a range printed as two whole dates, the
    /// second within two months after the first.
    private static func joinedRanges(_ dates: [PrintedDate], in text: String) -> [PrintedDate] {
        guard dates.count >= 2 else { return dates }
        var result: [PrintedDate] = []
        var index = 0
        while index < dates.count {
            let first = dates[index]
            if index + 1 < dates.count, case let second = dates[index + 1], first.lastDay == nil, second.lastDay == nil,
               let day = first.day, let lastDay = second.day, let year = first.year, let lastYear = second.year,
               ["-", "–", "—", "to", "until", "through", "till"].contains(Self.withoutWeekday(text[first.range.upperBound..<second.range.lowerBound])) {
                let months = (lastYear - year) * 12 + second.month - first.month
                if (0...2).contains(months), months > 0 || lastDay > day, lastYear == year || lastYear == year + 1 && second.month < first.month {
                    result.append(PrintedDate(year: year, month: first.month, day: day, lastDay: lastDay,
                                              lastMonth: second.month == first.month ? nil : second.month,
                                              range: first.range.lowerBound..<second.range.upperBound))
                    index += 2
                    continue
                }
            }
            result.append(first)
            index += 1
        }
        return result
    }

    /// "– Wednesday,": what stands between two days of a range, the weekday of the second left out.
    private static func withoutWeekday(_ between: Substring) -> String {
        var words = between.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        if let last = words.last, NameVocabulary.weekdays.contains(String(last)) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// The first three letters of the months' names, as `namesMonth` compares them: bytes with the bit of lower case
    /// set, so that "Mär" and "Aoû" are found by their accented letters' bytes too.
    private static func prefixes(_ words: [String]) -> Set<Int> {
        Set(words.map { word in word.utf8.prefix(3).reduce(0) { $0 << 8 | Int($1 | 0x20) } })
    }
    private static let englishPrefixes = prefixes(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
    /// Prefixes of the other languages' months only, which begin common English words too ("general", "outcome",
    /// "settings"): they count only after a day, as those languages print them ("16 de junio", "12. Juni").
    private static let otherPrefixes = prefixes(["ene", "abr", "ago", "dic", "fev", "mai", "set", "out", "dez", "jui", "aou", "gen", "giu",
                                                 "lug", "ott", "okt", "fév", "aoû", "déc", "mär", "mei", "maa", "agu", "des", "nop"])

    /// Whether a word of `text` begins with the first three letters of a month, compared on bytes:
    /// most sentences with a digit name none, and the expressions are dear.
    static func namesMonth(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // "16 de junio", "12. Juni", "3 août": a day's digit before the word, past a space, a dot or "de".
            func afterADay(_ index: Int) -> Bool {
                var k = index - 1
                guard k >= 1, bytes[k] == 0x20 else { return false }
                k -= 1
                if k >= 2, bytes[k] | 0x20 == 0x65, bytes[k - 1] | 0x20 == 0x64, bytes[k - 2] == 0x20 { k -= 3 }
                if k >= 0, bytes[k] == 0x2E { k -= 1 }
                // A day has one digit or two, never a year's four.
                func isDigit(_ at: Int) -> Bool { at >= 0 && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
                return isDigit(k) && !(isDigit(k - 1) && isDigit(k - 2))
            }
            var index = 0
            while index + 3 <= bytes.count {
                let atWordStart = index == 0 || !(bytes[index - 1] | 0x20 >= 0x61 && bytes[index - 1] | 0x20 <= 0x7A)
                if atWordStart {
                    let prefix = Int(bytes[index] | 0x20) << 16 | Int(bytes[index + 1] | 0x20) << 8 | Int(bytes[index + 2] | 0x20)
                    if englishPrefixes.contains(prefix) || otherPrefixes.contains(prefix) && afterADay(index) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// The date when `text` is a dateline and little else: its remainder is returned for a place.
    nonisolated(unsafe) private static let fileNote = /(?i)[(\[]\s*(?:pdf|docx?|rtf|odt|html?)(?:\s*[,;]?\s*[\d.,]+\s*[kmg]?b)?\s*[)\]]/

    static func dateline(_ text: String) -> (date: PrintedDate, rest: String)? {
        guard let date = all(in: text).first, date.year != nil else { return nil }
        var rest = text
        rest.removeSubrange(date.range)
        // "For immediate release - Amman, 28 October 2018": a press release's embargo line, then the place.
        if rest.lowercased().hasPrefix("for immediate release") { rest.removeFirst("for immediate release".count) }
        // "Tuesday, February 27, 2024 / 10:00 am - 11:30 am EST": a weekday and a time are no place.
        if let time = rest.firstMatch(of: Times.clock) ?? rest.firstMatch(of: Times.hours) { rest.removeSubrange(time.range) }
        // "6.00pm – 7.30pm (doors open 5.30pm)", "(Lima, GMT-5)": a note on the times is no place either.
        if let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")"),
           rest[open...close].firstMatch(of: Times.clock) ?? rest[open...close].firstMatch(of: Times.hours) != nil
            || String(rest[open...close]).includes("GMT") || String(rest[open...close]).includes("UTC") {
            rest.removeSubrange(open...close)
        }
        // "Feb. 11, 2025  (PDF)": the link to the file's copy is no place.
        if rest.contains(where: { $0 == "(" || $0 == "[" }), let note = rest.firstMatch(of: Self.fileNote) { rest.removeSubrange(note.range) }
        // "Thursday, 17 September 2020 · 10:00–11:30 · Online (Zoom)": the cells left once the date and time are out.
        if [" · ", " • ", " | "].contains(where: rest.includes) {
            rest = Residue.cells(rest, apartBy: [" · ", " • ", " | "]).map { $0.trimming(.init(charactersIn: " ,·")) }.filter { !$0.isEmpty }
                .joined(separator: ", ")
        }
        var remainder = rest.trimming(.init(charactersIn: " ,.-–—:/|·•"))
        // "Held on 3-4 April 2014": when it was held, no place.
        // "From 12 to 14 May 2019 in Bangkok": the words that carried the date and the place.
        for word in ["From ", "from "] where remainder.hasPrefix(word) { remainder = remainder.dropFirst(word.count).trimming(.whitespaces) }
        // "At Coffs Harbour Cultural and Civic Space, Coffs Harbour, on Friday 14 February 2025": a hearing's place and day.
        for word in ["in ", "at ", "At ", "In "] where remainder.hasPrefix(word) { remainder = remainder.dropFirst(word.count).trimming(.whitespaces) }
        for verb in ["Held on", "Held", "held on", "Took place on"] where remainder.hasPrefix(verb) {
            remainder = String(remainder.dropFirst(verb.count)).trimming(.init(charactersIn: " ,.-–—:/|"))
            break
        }
        if remainder.hasSuffix(" on") { remainder = String(remainder.dropLast(3)).trimming(.init(charactersIn: " ,")) }
        // "Sunday–Monday, 4–5 March 2018": each weekday of a range.
        let weekdays = NameVocabulary.weekdays
        // "THURSDAY, 6 MARCH 2025": in capitals too.
        while case let lower = remainder.lowercased(), let day = weekdays.first(where: { lower.hasPrefix($0) }) {
            remainder = String(remainder.dropFirst(day.count)).trimming(.init(charactersIn: " ,.-–—:/|"))
        }
        // "OTTAWA, Thursday, May 15, 2025", "Bendigo – Wednesday 12 June 2024": the town, then the day of the week.
        while case let lower = remainder.lowercased(),
              let day = weekdays.first(where: { day in [", ", " – ", " — ", " - "].contains { lower.hasSuffix($0 + day) } }) {
            remainder = String(remainder.dropLast(day.count)).trimming(.init(charactersIn: " ,.-–—:/|"))
        }
        // "Transcript - 14 February 2025 - Coffs Harbour - CORRECTED": the state of the record is no place.
        if let dash = [" - ", " – "].lazy.compactMap({ remainder.range(of: $0, options: .backwards) }).first,
           Residue.isRecordState(String(remainder[dash.upperBound...])) {
            remainder = String(remainder[..<dash.lowerBound])
        }
        // A dateline may carry a place or a time ("Tokyo, Japan, 6 October 2005"), but not a sentence.
        guard remainder.wordCount <= 8, !remainder.hasSuffix(".") else { return nil }
        // "The Forum took place in Lisbon from 4 to 5 September 2003." is a sentence, not a dateline.
        let allowed: Set<String> = ["of", "the", "and", "de", "la", "du", "at", "in", "on", "am", "pm", "a.m.", "p.m.",
                                    "updated", "issued", "posted", "released", "published", "date", "dated", "last"]
        guard remainder.words.allSatisfy({ word in
            word.first.map { !$0.isLetter || $0.isUppercase } ?? true || allowed.contains(word.lowercased().trimming(.punctuationCharacters))
        }) else { return nil }
        return (date, remainder)
    }
}
