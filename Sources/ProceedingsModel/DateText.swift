package import Foundation

/// Text that a reader, or a spreadsheet, takes for a date or a number as a whole.
package enum DateText {
    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether the text is a date or a number and nothing else: digits with no letters ("2010",
    /// "23/02/2010", "5%"), or a month with a day or a year ("March 2003", "23 February 2010",
    /// "Feb. 23, 2010"). A spreadsheet would read such a cell as a date; a dateline is one.
    package static func isDateOrNumber(_ text: String) -> Bool {
        let words = text.lowercased().split { $0 == " " || $0 == "," || $0 == "-" || $0 == "/" }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        guard !words.isEmpty, words.count <= 4 else { return false }
        if !text.contains(where: \.isLetter) { return text.contains(where: \.isNumber) }
        let numbers = words.filter { word in
            let digits = word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") || word.hasSuffix("th")
                ? String(word.dropLast(2)) : word
            return !digits.isEmpty && digits.allSatisfy(\.isNumber)
        }
        let monthNames = words.filter { months.contains($0) }
        return monthNames.count == 1 && !numbers.isEmpty && numbers.count + monthNames.count == words.count
    }

    /// A moment as xsd:dateTime in UTC, "2026-12-03T21:00:00Z", as `--timestamp` writes it.
    package static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The moment of a correction's date: the time it gives, or the start of its day in UTC.
    package static func correctionMoment(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = text.count == 10 ? [.withFullDate] : [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a day that exists in that month.
    package static func isRealDate(_ text: String) -> Bool {
        // YYYY, YYYY-MM or YYYY-MM-DD, by hand and without a calendar object: every date of
        // every validated file passes here.
        let bytes = Array(text.utf8)
        guard [4, 7, 10].contains(bytes.count) else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) else { return nil }
                value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4) else { return false }
        guard bytes.count > 4 else { return true }
        guard bytes[4] == UInt8(ascii: "-"), let month = number(5..<7), (1...12).contains(month) else { return false }
        guard bytes.count > 7 else { return true }
        guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// When a correction was made: a real day (`2024-05-01`), or a day and a time with its zone
    /// (`2024-05-01T14:30:00Z`), as TEI's @when and xsd:dateTime take it.
    package static func isCorrectionDate(_ text: String) -> Bool {
        guard text.count > 10 else { return text.count == 10 && isRealDate(text) }
        guard isRealDate(String(text.prefix(10))) else { return false }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if formatter.date(from: text) != nil { return true }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text) != nil
    }
}

/// How precise an ISO 8601 date of the record is, which types it in the linked data and picks its
/// column in CSVW: one reading, so that the tables type a date as the Turtle does.
package enum DatePrecision: String, CaseIterable, Sendable {
    case day, month, year

    package init?(_ value: String) {
        switch value.map({ $0.isASCII && $0.isNumber ? "9" : String($0) }).joined() {
        case "9999-99-99": self = .day
        case "9999-99": self = .month
        case "9999": self = .year
        default: return nil
        }
    }

    /// The XML Schema datatype, without its namespace.
    package var datatype: String {
        switch self {
        case .day: "date"
        case .month: "gYearMonth"
        case .year: "gYear"
        }
    }
}
