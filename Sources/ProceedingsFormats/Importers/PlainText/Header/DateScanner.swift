/// The forms of `Dates.all`, matched over the words, numbers and marks of a text read once from its
/// UTF-8 bytes: every sentence with a digit is searched for dates, and regular expressions cost
/// more than the rest of the reading of that sentence.
///
/// Each form matches as a regular expression with `\b` at both ends would: a form starts at a word
/// or number that follows no letter or digit, and ends where a letter or digit does not go on.
struct DateScanner {
    enum Kind: Equatable {
        case number(Int, digits: Int)
        /// Letters, lower-cased; a word that is no ASCII word is kept as "" (it names no month).
        case word(String)
        case space
        case mark(Unicode.Scalar)
    }

    struct Token {
        var kind: Kind
        /// UTF-8 offsets in the scanned text.
        var start: Int
        var end: Int
        var isWordlike: Bool {
            switch kind {
            case .number, .word: return true
            case .space, .mark: return false
            }
        }
    }

    /// A date's fields and the tokens it spans.
    struct Found {
        var year: Int?
        var month: Int
        var day: Int?
        var lastDay: Int?
        var lastMonth: Int?
        var first: Int
        var end: Int
    }

    let tokens: [Token]

    /// The accented letters of the months' names in the languages `Dates` knows, folded to the letter without the
    /// accent ("février", "März", "août", "março"); any other letter outside ASCII names no month.
    private static let folded: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for (letters, base) in [("éèêëÉÈÊË", "e"), ("àâäÀÂÄ", "a"), ("çÇ", "c"), ("ûüùÛÜÙ", "u"), ("ôöÔÖ", "o"), ("îïÎÏ", "i")] {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()

    init(_ text: String) {
        var tokens: [Token] = []
        var offset = 0
        var current: (kind: Kind, start: Int, word: String)? = nil
        func close(at end: Int) {
            guard let open = current else { return }
            let kind: Kind
            switch open.kind {
            case .word: kind = .word(open.word)
            default: kind = open.kind
            }
            tokens.append(Token(kind: kind, start: open.start, end: end))
            current = nil
        }
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            let value = scalar.value
            if value >= 0x30, value <= 0x39 {
                let digit = Int(value - 0x30)
                if case .number(let n, let digits)? = current?.kind {
                    // Long runs of digits are never a day or a year; the value only has to stay in range.
                    current!.kind = .number(digits < 9 ? n * 10 + digit : n, digits: digits + 1)
                } else {
                    close(at: offset)
                    current = (.number(digit, digits: 1), offset, "")
                }
            } else if Tokenizer.isWordScalar(scalar) || value == 0x5F {
                let lower: String = value < 0x80 ? String(Unicode.Scalar(UInt8(value) | (value >= 0x41 && value <= 0x5A ? 0x20 : 0)))
                    : Self.folded[value] ?? "\u{0}"
                if case .word? = current?.kind {
                    current!.word += lower
                } else {
                    close(at: offset)
                    current = (.word(""), offset, lower)
                }
            } else if scalar.properties.isWhitespace {
                if current?.kind != .space {
                    close(at: offset)
                    current = (.space, offset, "")
                }
            } else {
                close(at: offset)
                tokens.append(Token(kind: .mark(scalar), start: offset, end: offset + width))
            }
            offset += width
        }
        close(at: offset)
        self.tokens = tokens
    }

    // MARK: Pieces of a form

    private func token(_ index: Int) -> Kind? {
        index >= 0 && index < tokens.count ? tokens[index].kind : nil
    }

    /// Whether a word boundary falls before token `index`, as Unicode's default word boundaries put
    /// it (UAX #29), which regular expressions use for `\b`: none inside a run of letters and digits, nor
    /// around an apostrophe or dot between letters ("May's"), nor a comma or dot between digits ("5,000").
    private func boundary(before index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return true }
        let before = tokens[index - 1], after = tokens[index]
        if before.isWordlike && after.isWordlike { return false }
        func isWord(_ at: Int) -> Bool { if at >= 0, at < tokens.count, case .word = tokens[at].kind { return true }; return false }
        func isNumber(_ at: Int) -> Bool { if at >= 0, at < tokens.count, case .number = tokens[at].kind { return true }; return false }
        func isMark(_ at: Int, _ marks: String) -> Bool {
            if at >= 0, at < tokens.count, case .mark(let scalar) = tokens[at].kind { return marks.unicodeScalars.contains(scalar) }
            return false
        }
        let betweenLetters = ".:·'’", betweenDigits = ".,;'’"
        if isWord(index - 1), isMark(index, betweenLetters), isWord(index + 1) { return false }
        if isWord(index - 2), isMark(index - 1, betweenLetters), isWord(index) { return false }
        if isNumber(index - 1), isMark(index, betweenDigits), isNumber(index + 1) { return false }
        if isNumber(index - 2), isMark(index - 1, betweenDigits), isNumber(index) { return false }
        return true
    }

    /// Where a form may start: a word or number at a word boundary.
    private func startsWord(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].isWordlike && boundary(before: index)
    }

    /// Where a form may end: a word boundary after its last token.
    private func endsWord(_ index: Int) -> Bool {
        boundary(before: index)
    }

    private func spaces(_ index: Int) -> Int {
        token(index) == .space ? index + 1 : index
    }

    private func space(_ index: Int) -> Int? {
        token(index) == .space ? index + 1 : nil
    }

    private func mark(_ index: Int, _ marks: String) -> Int? {
        if case .mark(let scalar)? = token(index), marks.unicodeScalars.contains(scalar) { return index + 1 }
        return nil
    }

    private func word(_ index: Int, _ words: Set<String>) -> Int? {
        if case .word(let word)? = token(index), words.contains(word) { return index + 1 }
        return nil
    }

    private func number(_ index: Int, digits: ClosedRange<Int>) -> (value: Int, next: Int)? {
        if case .number(let value, let count)? = token(index), digits.contains(count) { return (value, index + 1) }
        return nil
    }

    private static let ordinals: Set<String> = ["st", "nd", "rd", "th"]

    /// "5", "5th".
    private func day(_ index: Int) -> (value: Int, next: Int)? {
        guard let (value, next) = number(index, digits: 1...2) else { return nil }
        return (value, word(next, Self.ordinals) ?? next)
    }

    /// "January", "Jan", "Sept", with the dot of an abbreviation when `dot` allows it.
    private func month(_ index: Int, dot: Bool, first: Bool = false) -> (value: Int, next: Int)? {
        guard case .word(let word)? = token(index), let value = Dates.monthNumber(word, first: first) else { return nil }
        return (value, dot ? (mark(index + 1, ".") ?? index + 1) : index + 1)
    }

    // "May 7 through 9, 2024": American pages join a range's days with "through".
    private static let rangeWords: Set<String> = ["to", "and", "through", "thru"]
    private static let spanWords: Set<String> = ["to", "until", "through", "thru"]

    /// The end of a range in one month: "-21", " to 5", " and 5th", " & 5".
    private func lastDay(_ index: Int) -> (value: Int, next: Int)? {
        let at = spaces(index)
        guard let joined = mark(at, "-–—&") ?? word(at, Self.rangeWords) else { return nil }
        return day(afterWeekday(spaces(joined)))
    }

    /// The days of the week in full, Sunday first, so that a day's index is its weekday number.
    static let weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    static let weekdays: Set<String> = Set(weekdayNames).union(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])

    /// "Thursday 6 – Friday 7 June", "Saturday 14 and Sunday 15 September": the weekday of a range's last day.
    private func afterWeekday(_ index: Int) -> Int {
        guard let weekday = word(index, Self.weekdays) else { return index }
        let next = mark(weekday, ".") ?? weekday
        return space(mark(next, ",") ?? next) ?? index
    }

    /// ",? year": ", 2010", " 2010".
    private func year(_ index: Int) -> (value: Int, next: Int)? {
        guard let spaced = space(mark(index, ",") ?? index) else { return nil }
        return number(spaced, digits: 4...4)
    }

    private func span(_ index: Int) -> Int? {
        let at = spaces(index)
        guard let joined = mark(at, "-–—") ?? word(at, Self.spanWords) else { return nil }
        return afterWeekday(spaces(joined))
    }

    // MARK: The forms, as `Dates` lists them

    /// "30 November - 2 December 2010".
    func dayMonthRange(at index: Int) -> Found? {
        guard startsWord(index), let first = day(index), let gap = space(first.next), let month = month(gap, dot: true),
              let joined = span(month.next), let last = day(joined), let gap2 = space(last.next),
              let lastMonth = self.month(gap2, dot: true), let year = year(lastMonth.next), endsWord(year.next) else { return nil }
        return Found(year: year.value, month: month.value, day: first.value, lastDay: last.value, lastMonth: lastMonth.value,
                     first: index, end: year.next)
    }

    /// "November 30 - December 2, 2010".
    func monthDayRange(at index: Int) -> Found? {
        guard startsWord(index), let month = month(index, dot: true, first: true), let gap = space(month.next), let first = day(gap),
              let joined = span(first.next), let lastMonth = self.month(joined, dot: true), let gap2 = space(lastMonth.next),
              let last = day(gap2), let year = year(last.next), endsWord(year.next) else { return nil }
        return Found(year: year.value, month: month.value, day: first.value, lastDay: last.value, lastMonth: lastMonth.value,
                     first: index, end: year.next)
    }

    /// "02-May-2014", "2-Nov-2019": the day, the month's name and the year joined by hyphens.
    func dayMonthYearHyphenated(at index: Int) -> Found? {
        guard startsWord(index), let first = number(index, digits: 1...2), let s1 = mark(first.next, "-"), let month = month(s1, dot: false),
              let s2 = mark(month.next, "-"), let year = number(s2, digits: 4...4), endsWord(year.next) else { return nil }
        return Found(year: year.value, month: month.value, day: first.value, first: index, end: year.next)
    }

    /// "2010/02/23", "2010-2-23", "2010.02.23".
    func numeric(at index: Int) -> Found? {
        guard startsWord(index), let year = number(index, digits: 4...4), let s1 = mark(year.next, "/.-"),
              let month = number(s1, digits: 1...2), let s2 = mark(month.next, "/.-"), let day = number(s2, digits: 1...2),
              endsWord(day.next) else { return nil }
        return Found(year: year.value, month: month.value, day: day.value, first: index, end: day.next)
    }

    /// "17.05.2016" (`separator` "."), "18/10/2024" (`separator` "/"): the first two numbers as printed.
    /// "24. 4. 2025": Czech, Slovak and German pages print a space after each dot.
    func dayFirst(at index: Int, separator: String) -> (first: Int, second: Int, year: Int, end: Int)? {
        func after(_ mark: Int) -> Int { separator == "." ? space(mark) ?? mark : mark }
        guard startsWord(index), let a = number(index, digits: 1...2), let s1 = mark(a.next, separator),
              let b = number(after(s1), digits: 1...2), let s2 = mark(b.next, separator), let year = number(after(s2), digits: 4...4),
              endsWord(year.next) else { return nil }
        return (a.value, b.value, year.value, year.next)
    }

    /// The weekday printed beside the tokens `first..<end`, 0 for Sunday: "03/09/2016 (Saturday)", "Saturday, 03/09/2016".
    func weekdayBeside(first: Int, end: Int) -> Int? {
        var after = spaces(end)
        if let opened = mark(after, "(,") { after = spaces(opened) }
        var before = first - 1
        if token(before) == .space { before -= 1 }
        if case .mark? = token(before) { before -= 1 }
        for index in [after, before] {
            if case .word(let word)? = token(index), Self.weekdays.contains(word) {
                return ["sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6][String(word.prefix(3))]
            }
        }
        return nil
    }

    /// The weekday of a day of the Gregorian calendar, 0 for Sunday (Sakamoto's method).
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// "23 February, 2010", "24th, February, 2010", "4th of May", "20-21 October 2011".
    func dayMonthYear(at index: Int) -> Found? {
        guard startsWord(index), let first = day(index) else { return nil }
        for (last, afterDays) in days(first) {
            var openings = [afterDays]
            // "4th of May", "16 de junio", "16 de junho": a word between the day and the month.
            if let spaced = space(afterDays), let of = word(spaced, ["of", "de"]) { openings.insert(of, at: 0) }
            // "12. Juni 2025": a German day is an ordinal with its dot.
            if let dot = mark(afterDays, "."), let gap = space(dot), case .word(let word)? = token(gap), Dates.germanMonths.contains(word) {
                openings.append(dot)
            }
            for opening in openings {
                guard let gap = space(mark(opening, ",") ?? opening), let month = month(gap, dot: false) else { continue }
                // "junio de 2025": a word between the month and the year too.
                let ends = (mark(month.next, ".").map { [$0] } ?? []) + (space(month.next).flatMap { word($0, ["de", "del"]) }.map { [$0] } ?? [])
                    + [month.next]
                for end in ends {
                    if let year = year(end), endsWord(year.next) {
                        return Found(year: year.value, month: month.value, day: first.value, lastDay: last, first: index, end: year.next)
                    }
                    if endsWord(end) {
                        return Found(year: nil, month: month.value, day: first.value, lastDay: last, first: index, end: end)
                    }
                }
            }
        }
        return nil
    }

    /// "February 25, 2003", "Feb. 25 2006", "On December 15", "May 5 (Tuesday), 2015", "June 27-28, 2011".
    func monthDayYear(at index: Int) -> Found? {
        guard startsWord(index), let month = month(index, dot: true, first: true), let gap = space(month.next), let first = day(gap) else { return nil }
        for (last, afterDays) in days(first) {
            for end in (weekday(afterDays).map { [$0] } ?? []) + [afterDays] {
                if let year = year(end), endsWord(year.next) {
                    return Found(year: year.value, month: month.value, day: first.value, lastDay: last, first: index, end: year.next)
                }
                if endsWord(end) {
                    return Found(year: nil, month: month.value, day: first.value, lastDay: last, first: index, end: end)
                }
            }
        }
        return nil
    }

    /// A day, with the last day of a range when one follows, tried first as an expression would.
    private func days(_ first: (value: Int, next: Int)) -> [(last: Int?, next: Int)] {
        (lastDay(first.next).map { [($0.value, $0.next)] } ?? []) + [(nil, first.next)]
    }

    /// " (Tuesday)": letters of ASCII only, as a weekday is printed.
    private func weekday(_ index: Int) -> Int? {
        guard let open = mark(spaces(index), "("), case .word(let word)? = token(open), !word.isEmpty, !word.contains("\u{0}"),
              !word.contains("_"), let close = mark(open + 1, ")") else { return nil }
        return close
    }

    /// "March 2003", "December, 2001".
    func monthYear(at index: Int) -> Found? {
        guard startsWord(index), let month = month(index, dot: true, first: true), let year = year(month.next), endsWord(year.next) else { return nil }
        return Found(year: year.value, month: month.value, day: nil, first: index, end: year.next)
    }

    /// Every match of `form`, left to right, none overlapping another of the same form.
    func all<Match>(_ form: (Int) -> Match?, end: (Match) -> Int) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            if let match = form(index) {
                found.append(match)
                index = end(match)
            } else {
                index += 1
            }
        }
        return found
    }

    /// The text's range of the tokens `first..<end`.
    func range(in text: String, first: Int, end: Int) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: tokens[first].start)
        let upper = utf8.index(lower, offsetBy: tokens[end - 1].end - tokens[first].start)
        return lower..<upper
    }
}
