import Foundation

/// A fact printed under a label: "Date/Time:Feb 25 2006 1000-1200 am", "Venue: Tokyo".
struct LabelledFact {
    enum Kind {
        case date, time, venue, organizers
    }

    var kinds: [Kind]
    var value: String

    nonisolated(unsafe) private static let pattern =
        /(?i)^(date\s*(?:\/|and|&)\s*time|dates?|time|venue|place|location|organi[sz]ers?|organi[sz]ed by|co-organi[sz]ers?|co-organi[sz]ed by|hosts?|hosted by)\s*[:：]\s*(.+)$/

    init?(_ text: String) {
        guard let match = text.wholeMatch(of: Self.pattern) else { return nil }
        let label = match.output.1.lowercased()
        value = String(match.output.2).trimmingCharacters(in: .whitespaces)
        if label.hasPrefix("date") {
            kinds = label.contains("time") ? [.date, .time] : [.date]
        } else if label == "time" {
            kinds = [.time]
        } else if ["venue", "place", "location"].contains(label) {
            kinds = [.venue]
        } else {
            kinds = [.organizers]
        }
    }

    /// The time printed beside a date on a "Date/Time:" line, once the date is taken out.
    func time(besides date: PrintedDate?) -> String? {
        var rest = value
        if let date { rest.removeSubrange(date.range) }
        rest = rest.trimmingCharacters(in: .init(charactersIn: " ,;()"))
        return rest.isEmpty ? nil : rest
    }
}

enum Times {
    nonisolated(unsafe) private static let range =
        /(?i)\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–|—|~)\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\([^)]*\))?/

    /// A line that is only a time range: "13:15 to 18:00".
    static func range(_ text: String) -> String? {
        text.wholeMatch(of: range) != nil ? text : nil
    }
}
