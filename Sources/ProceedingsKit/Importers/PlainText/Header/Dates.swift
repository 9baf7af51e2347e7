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

    func completed(withYear fallback: Int?) -> PrintedDate {
        var copy = self
        if copy.year == nil { copy.year = fallback }
        return copy
    }
}

enum Dates {
    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    private static let monthPattern = #"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"#
    private static let day = #"(\d{1,2})(?:st|nd|rd|th)?"#
    /// "20-21", "4 to 5", "4th and 5th": the last day of a range in one month.
    private static let lastDay = #"(?:\s*(?:[-–—]|to|and|&)\s*(\d{1,2})(?:st|nd|rd|th)?)?"#

    // Day first: "23 February, 2010", "24th, February, 2010", "15 May 2008".
    nonisolated(unsafe) private static let dayMonthYear = try! Regex(
        #"\b"# + day + lastDay + #"(?:\s+of)?,?\s+("# + monthPattern + #")(?:,?\s+(\d{4}))?\b"#).ignoresCase()
    // Month first: "February 25, 2003", "Feb 25 2006", "On December 15".
    nonisolated(unsafe) private static let monthDayYear = try! Regex(
        #"\b("# + monthPattern + #")\s+"# + day + lastDay + #"(?:\s*\([A-Za-z]+\))?(?:,?\s+(\d{4}))?\b"#).ignoresCase()
    // Month and year only: "March 2003", "December, 2001".
    nonisolated(unsafe) private static let monthYear = try! Regex(
        #"\b("# + monthPattern + #"),?\s+(\d{4})\b"#).ignoresCase()
    // Across two months: "30 November - 2 December 2010", "November 30 - December 2, 2010".
    nonisolated(unsafe) private static let dayMonthRange = try! Regex(
        #"\b"# + day + #"\s+("# + monthPattern + #")\s*(?:[-–—]|to|until)\s*"# + day + #"\s+("# + monthPattern + #"),?\s+(\d{4})\b"#).ignoresCase()
    nonisolated(unsafe) private static let monthDayRange = try! Regex(
        #"\b("# + monthPattern + #")\s+"# + day + #"\s*(?:[-–—]|to|until)\s*("# + monthPattern + #")\s+"# + day + #",?\s+(\d{4})\b"#).ignoresCase()
    nonisolated(unsafe) private static let numeric = try! Regex(#"\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b"#)
    /// "17.05.2016": day first, as Europe prints it with dots.
    nonisolated(unsafe) private static let dotted = try! Regex(#"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"#)
    /// "18/10/2024" (day first) or "10/18/2024" (month first): read only where the order is plain, a number over 12.
    nonisolated(unsafe) private static let slashed = try! Regex(#"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"#)

    /// Every date printed in `text`, in order of appearance.
    static func all(in text: String) -> [PrintedDate] {
        // Every form has a digit; most sentences have none.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let hasMonth = namesMonth(text)
        var found: [PrintedDate] = []
        func add(_ date: PrintedDate) {
            guard (1...12).contains(date.month), date.day.map({ (1...31).contains($0) }) ?? true,
                  date.lastDay.map({ (1...31).contains($0) }) ?? true,
                  date.year.map({ (1900...2100).contains($0) }) ?? true,
                  !found.contains(where: { $0.range.overlaps(date.range) }) else { return }
            found.append(date)
        }
        // Every form but the numeric one names a month, and a range has a dash or a word between its days.
        let hasRange = hasMonth && (text.includes("-") || text.includes("–") || text.includes("—") || text.includes(" to ") || text.includes(" until "))
        for match in hasRange ? text.matches(of: dayMonthRange) : [] {
            var date = PrintedDate(year: int(match[5]), month: month(match[2]) ?? 0, day: int(match[1]), lastDay: int(match[3]),
                                   range: match.range)
            date.lastMonth = month(match[4])
            add(date)
        }
        for match in hasRange ? text.matches(of: monthDayRange) : [] {
            var date = PrintedDate(year: int(match[5]), month: month(match[1]) ?? 0, day: int(match[2]), lastDay: int(match[4]),
                                   range: match.range)
            date.lastMonth = month(match[3])
            add(date)
        }
        for match in text.matches(of: numeric) {
            add(PrintedDate(year: int(match[1]), month: int(match[2]) ?? 0, day: int(match[3]), lastDay: nil, range: match.range))
        }
        for match in text.includes(".") ? text.matches(of: dotted) : [] {
            add(PrintedDate(year: int(match[3]), month: int(match[2]) ?? 0, day: int(match[1]), lastDay: nil, range: match.range))
        }
        for match in text.includes("/") ? text.matches(of: slashed) : [] {
            guard let first = int(match[1]), let second = int(match[2]), (first > 12) != (second > 12) else { continue }
            add(PrintedDate(year: int(match[3]), month: first > 12 ? second : first, day: first > 12 ? first : second, lastDay: nil,
                            range: match.range))
        }
        for match in hasMonth ? text.matches(of: dayMonthYear) : [] {
            add(PrintedDate(year: int(match[4]), month: month(match[3]) ?? 0, day: int(match[1]), lastDay: int(match[2]),
                            range: match.range))
        }
        for match in hasMonth ? text.matches(of: monthDayYear) : [] {
            add(PrintedDate(year: int(match[4]), month: month(match[1]) ?? 0, day: int(match[2]), lastDay: int(match[3]),
                            range: match.range))
        }
        for match in hasMonth ? text.matches(of: monthYear) : [] {
            add(PrintedDate(year: int(match[2]), month: month(match[1]) ?? 0, day: nil, lastDay: nil, range: match.range))
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let monthPrefixes: Set<Int> = Set(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .map { word in word.utf8.reduce(0) { $0 << 8 | Int($1) } })

    /// Whether a word of `text` begins with the first three letters of a month, compared on bytes:
    /// most sentences with a digit name none, and the expressions are dear.
    static func namesMonth(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 3 <= bytes.count {
                let atWordStart = index == 0 || !(bytes[index - 1] | 0x20 >= 0x61 && bytes[index - 1] | 0x20 <= 0x7A)
                if atWordStart, monthPrefixes.contains(Int(bytes[index] | 0x20) << 16 | Int(bytes[index + 1] | 0x20) << 8 | Int(bytes[index + 2] | 0x20)) {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// The date when `text` is a dateline and little else: its remainder is returned for a place.
    static func dateline(_ text: String) -> (date: PrintedDate, rest: String)? {
        guard let date = all(in: text).first, date.year != nil else { return nil }
        var rest = text
        rest.removeSubrange(date.range)
        // "For immediate release - Amman, 28 October 2018": a press release's embargo line, then the place.
        if rest.lowercased().hasPrefix("for immediate release") { rest.removeFirst("for immediate release".count) }
        // "Tuesday, February 27, 2024 / 10:00 am - 11:30 am EST": a weekday and a time are no place.
        if let time = rest.firstMatch(of: Times.clock) { rest.removeSubrange(time.range) }
        var remainder = rest.trimming(.init(charactersIn: " ,.-–—:/|"))
        for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] where remainder.hasPrefix(day) {
            remainder = String(remainder.dropFirst(day.count)).trimming(.init(charactersIn: " ,.-–—:/|"))
        }
        // A dateline may carry a place or a time ("Tokyo, Japan, 6 October 2005"), but not a sentence.
        guard remainder.split(separator: " ").count <= 8, !remainder.hasSuffix(".") else { return nil }
        // "The Forum took place in Lisbon from 4 to 5 September 2003." is a sentence, not a dateline.
        let allowed: Set<String> = ["of", "the", "and", "de", "la", "du", "at", "in", "on", "am", "pm", "a.m.", "p.m.",
                                    "updated", "issued", "posted", "released", "published", "date", "dated", "last"]
        guard remainder.split(separator: " ").allSatisfy({ word in
            word.first.map { !$0.isLetter || $0.isUppercase } ?? true || allowed.contains(word.lowercased().trimming(.punctuationCharacters))
        }) else { return nil }
        return (date, remainder)
    }

    private static func int(_ capture: AnyRegexOutput.Element) -> Int? {
        capture.substring.flatMap { Int($0) }
    }

    private static func month(_ capture: AnyRegexOutput.Element) -> Int? {
        guard let name = capture.substring?.lowercased().trimming(.init(charactersIn: ".")) else {
            return nil
        }
        return months[name]
    }
}

import Foundation
