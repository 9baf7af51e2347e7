import Foundation

/// A fact printed under a label: "Date/Time:Feb 25 2006 1000-1200 am", "Venue: Tokyo".
struct LabelledFact {
    enum Kind {
        case date, time, venue, organizers
    }

    var kinds: [Kind]
    var value: String

    nonisolated(unsafe) private static let pattern =
        /(?i)^((?:(?:event|meeting) )?date\s*(?:\/|and|&)\s*time|(?:(?:event|meeting) )?dates?|(?:(?:event|meeting) )?(?:venue|location|place|time)|when|time|venue|place|location|where|format|platform|organi[sz]ers?|organi[sz]ed by|co-organi[sz]ers?|co-organi[sz]ed by|hosts?|hosted by|co-hosts?|co-hosted by|convened by|co-convened by|convenors?|conveners?|organi[sz]ing (?:institutions?|partners?)|co-organi[sz]ed with|(?:jointly )?organi[sz]ed (?:jointly )?with|in (?:cooperation|partnership|collaboration) with)\s*[:：]\s*(.+)$/

    init(kinds: [Kind], value: String) {
        self.kinds = kinds
        self.value = value
    }

    nonisolated(unsafe) private static let byLabel = /(?i)^((?:co-|jointly )?(?:organi[sz]ed|hosted|convened) by)\s+(?=(?:the\s+)?\p{Lu})/
    private static let nameJoiners: Set<String> = ["the", "of", "for", "and", "on", "in", "&", "de", "du", "des", "la", "le", "y", "e", ","]

    nonisolated(unsafe) private static let bareNumberBeforeCapital = /\d{1,2}\s+(?=\p{Lu})/

    /// "3 Attendees": what follows the number of an outline's item printed without a stop, if the line opens with one.
    static func afterBareNumber(_ text: String) -> String? {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39, let number = text.prefixMatch(of: Self.bareNumberBeforeCapital) else { return nil }
        return String(text[number.range.upperBound...])
    }

    /// "1 Date and time: October 21, 2025": an outline may number its facts without a stop; the fact without its number.
    static func withoutBareNumber(_ text: String) -> String {
        guard let rest = afterBareNumber(text), LabelledFact(rest) != nil else { return text }
        return rest
    }

    /// "Date", "2. Venue", "Organizers:" alone on a line: the label of the value printed under it.
    static func label(_ text: String) -> [Kind]? {
        let bare = text.trimming(.init(charactersIn: " :："))
        // "CONVENER" over "*Catriona Lamont (Argyll and Bute)": a committee's convener, alone on a line, heads the one who chairs.
        guard !bare.isEmpty, bare.utf8.count <= 40, bare.first?.isUppercase == true, !bare.contains(":"), !bare.contains("："),
              !bare.lowercased().hasPrefix("conven"), let fact = LabelledFact(bare + ": -") else { return nil }
        return fact.kinds
    }

    /// The first words of every label, lower-cased: a line that begins with none of them is no labelled fact.
    private static let starts: Set<String> = ["event", "meeting", "date", "dates", "when", "time", "venue", "place", "location", "where", "format", "platform", "organizer",
                                              "organizers", "organiser", "organisers", "organized", "organised", "co-organizer",
                                              "co-organizers", "co-organiser", "co-organisers", "co-organized", "co-organised", "host",
                                              "hosts", "hosted", "co-host", "co-hosts", "co-hosted", "convened", "co-convened", "convenor",
                                              "convenors", "convener", "conveners", "organizing", "organising", "jointly", "in"]

    init?(_ text: String) {
        // "Organiser(s): A, B": a label printed for one or several is the label in the plural.
        let text = RosterLines.withPluralLabel(text) ?? text
        // Most lines begin with no label's word: answered from the first word, before any expression runs.
        var first = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == ":" || scalar == "：" || scalar == "/" || scalar == "&" { break }
            first.unicodeScalars.append(scalar)
            if first.unicodeScalars.count > 14 { return nil }
        }
        guard Self.starts.contains(first.lowercased()) else { return nil }
        // "Date   December 2-3, 2014", "Venue ...... Hanbit Hall": a form's field, set apart by spaces or dots.
        if !text.contains(":"), let field = Fields.split(text, isLabel: { Self.label($0) != nil }) {
            guard let fact = LabelledFact(field.label + ": " + field.value) else { return nil }
            self = fact
            return
        }
        // "Hosted by LSE IDEAS" under the title: the field without its colon, its value a body's name and nothing said of it;
        // "Convened by Dr X and Dr Y" names people.
        if !text.contains(":"), !text.hasSuffix("."), text.wordCount <= 14, let by = text.prefixMatch(of: Self.byLabel), case let value = String(text[by.range.upperBound...]),
           value.words.allSatisfy({ $0.first?.isUppercase == true || Self.nameJoiners.contains(String($0)) }), !Names.opensWithHonorific(value, .builtIn),
           // "Hosted by Maria Lopez", "Hosted by Zoom", "Hosted by BBC Presenter Kate Adie": a person, a platform, an office.
           Patterns.namesInstitution(value) || value.words.contains(where: { $0.count >= 2 && Names.isAllCaps(String($0)) }),
           !value.words.contains(where: { GenreLexicon.builtIn.titleWords.contains($0.lowercased()) }) {
            guard let fact = LabelledFact(by.output.1 + ": " + value) else { return nil }
            self = fact
            return
        }
        guard let match = text.wholeMatch(of: Self.pattern) else { return nil }
        // "Event Date:", "Event venue:", "Meeting Venue:": the event's own fields on a page about it.
        var label = match.output.1.lowercased()
        if label.hasPrefix("event ") { label.removeFirst("event ".count) }
        if label.hasPrefix("meeting ") { label.removeFirst("meeting ".count) }
        value = String(match.output.2).trimming(.whitespaces)
        if label.hasPrefix("date") || label == "when" {
            kinds = label.contains("time") ? [.date, .time] : [.date]
        } else if label == "time" {
            // "Time: Monday, 4 March 2024, 2 pm": the day of the sitting, with its hour.
            kinds = Dates.all(in: value).contains(where: { $0.day != nil && $0.year != nil }) ? [.date, .time] : [.time]
        } else if ["venue", "place", "location", "where"].contains(label) {
            kinds = [.venue]
        } else if label == "format" || label == "platform" {
            // "Format: Online (Zoom), public": how it was held says where only when it was held online.
            guard Event.namesOnlineVenue(value) || label == "platform" else { return nil }
            value = value.components(separatedBy: ", ").first ?? value
            if label == "platform", !Event.namesOnlineVenue(value) { value = "Online (\(value))" }
            kinds = [.venue]
        } else {
            // "Host: Associate Professor X (VUW)": a person who hosts a webinar presides over it; a host body organised it.
            if label.hasPrefix("host") || label.hasPrefix("co-host"), Names.opensWithHonorific(value, .builtIn)
                || value.words.first.map({ GenreLexicon.builtIn.titleWords.contains($0.lowercased()) }) == true {
                return nil
            }
            // "CONVENER" / "*Catriona Lamont (Argyll and Bute) (SNP)": a committee's convener is a person, who chairs it.
            if label.hasPrefix("conven"), !Patterns.namesInstitution(value),
               RosterLines.person(value.trimming(.init(charactersIn: "*† ")), .builtIn) != nil {
                return nil
            }
            kinds = [.organizers]
        }
    }

    /// The time printed beside a date on a "Date/Time:" line, once the date is taken out.
    func time(besides date: PrintedDate?) -> String? {
        var rest = value
        if let date { rest.removeSubrange(date.range) }
        rest = rest.trimming(.init(charactersIn: " ,;()"))
        return rest.isEmpty ? nil : rest
    }
}

enum Times {
    /// "13:15 to 18:00", "10:00 am - 11:30 am EDT", "09:30–17:00 (CET)", "14:00-15:30 GMT+7": a range of hours, with its zone.
    nonisolated(unsafe) private static let range =
        /(?i)\d{1,2}[:.h]?\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–|—|~)\s*\d{1,2}[:.h]?\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\([^)]*\)|\s+(?-i:[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?))?/

    /// A time, or a range of times, with its zone: "10:00 am - 11:30 am EST", "09:30–17:00 (BST)", and "14h30" as French,
    /// Portuguese and Spanish programmes print the hour.
    nonisolated(unsafe) static let clock =
        /(?i)\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:to|-|–|—|~)\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s*\(?(?-i:[A-Z]{2,4})\)?(?=\s|$))?/

    /// Whether the slot's hours ("10:05–10:25") begin once the hours of `outer` ("10:00–10:05") are over; a single hour ("10:00")
    /// says nothing of when its slot ends.
    static func beginsAfter(_ slot: String, _ outer: String) -> Bool {
        func minutes(_ text: String) -> [Int] {
            text.matches(of: /(\d{1,2})[:.h](\d{2})/).compactMap { match in Int(match.output.1).flatMap { hour in Int(match.output.2).map { hour * 60 + $0 } } }
        }
        let (range, start) = (minutes(outer), minutes(slot).first)
        return range.count == 2 && start.map { $0 >= range[1] } == true
    }

    /// "Session 1 | Strategic Line  10:45-12:15": a part's hours set apart after its theme, to the line's end.
    nonisolated(unsafe) static let trailingHours = /\s{2,}\(?\d{1,2}[:.]\d{2}\s*[-–—~]\s*\d{1,2}[:.]\d{2}\)?.*$/

    /// "4–6 pm AEST", "10 am": hours without minutes, as a page's dateline may give them.
    nonisolated(unsafe) static let hours =
        /(?i)\b\d{1,2}(?:\s*(?:to|-|–|—)\s*\d{1,2})?\s*[ap]\.?m\b\.?(?:\s*\(?(?-i:[A-Z]{2,4})\)?(?=\s|$))?/

    /// "9:30 – Panel 1: ...", "09.00 | Welcome": a dash or a bar may stand between the hour and the item.
    nonisolated(unsafe) private static let leadingClock =
        /(?i)^\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:to|-|–|—|~)\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s+[–—|-])?\s+(?=\S)/

    /// "09:30  Opening Session", "14:00 – 15:30 Panel 2: ...": a programme prints the time before each item.
    /// "0900    Welcome Remarks", "1430 hrs Panel 2": the hour in four figures, as programmes in the Commonwealth and the
    /// military print it, set apart from the item by a run of spaces or a dash; not a year ("2025 Annual Report").
    nonisolated(unsafe) private static let fourFigureClock =
        /^(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:hrs?|h)\b\.?)?(?:\s*[–—-]\s*(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:hrs?|h)\b\.?)?)?(?:\s{2,}|\s+[–—|]\s+|\t+)(?=\p{Lu})/

    nonisolated(unsafe) private static let timeZone = /\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?\)?/

    static func withoutLeadingTime(_ text: String) -> String {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return text }
        guard let match = text.prefixMatch(of: leadingClock) else {
            return text.prefixMatch(of: fourFigureClock).map { String(text[$0.range.upperBound...]) } ?? text
        }
        let rest = String(text[match.range.upperBound...])
        // "10:00 am - 11:30 am ET", "09:30–17:00 (CET)": the zone of the hours is no item after them.
        if rest.trimming(.whitespaces).wholeMatch(of: Self.timeZone) != nil { return text }
        // "15.40 – Round table: "...", with A and B": after a dash, a line that names its people as a sentence does is prose.
        // Only a mark between the hour and the item counts, never the dash of a range of hours.
        let separated = text[match.range].trimming(.whitespaces).last.map { "–—|-".contains($0) } ?? false
        if separated, rest.includes(", with ") || rest.includes(", by ") { return text }
        return rest
    }

    /// "10:45  Group work": the line begins with the hour of a programme's slot.
    static func opensWithTime(_ text: String) -> Bool { withoutLeadingTime(text) != text }

    /// A line that is only a time range: "13:15 to 18:00".
    static func range(_ text: String) -> String? {
        text.wholeMatch(of: range) != nil ? text : nil
    }
}

/// Lines that say where the summary comes from: its URL ("https://...", "Source: https://...") and
/// who issued it ("Issued by the Ministry of Foreign Affairs"). Only a line that is nothing else
/// counts, and only above the body or below its last paragraph: a URL in the middle of the text
/// points somewhere else, and a masthead or a breadcrumb is not an issuer.
enum SourceLines {
    enum Fact {
        case url(String), issuer(String)
    }

    nonisolated(unsafe) private static let url =
        /(?i)(?:(?:source(?:\s+url)?|url|original(?:\s+url)?|link|web\s?page|website)\s*[:：]\s*|(?:available\s+at|retrieved\s+from)\s*[:：]?\s*)?<?(https?:\/\/\S+?)>?[.,;]?/
    nonisolated(unsafe) private static let issuer =
        /(?i)(?:(?:issued|published|released)\s+by\s*[:：]?|(?:issuer|publisher|issuing\s+(?:body|organi[sz]ation))\s*[:：])\s*(.+?)\.?/

    static func fact(_ text: String) -> Fact? {
        let text = text.trimming(.whitespaces)
        if let match = text.wholeMatch(of: url) {
            let value = String(match.output.1)
            return SourceURL.problem(value) == nil ? .url(value) : nil
        }
        if let match = text.wholeMatch(of: issuer) {
            var value = String(match.output.1).trimming(.whitespaces)
            if value.lowercased().hasPrefix("the ") { value.removeFirst(4) }
            // A name, not a sentence: "Issued by the Ministry of Foreign Affairs of Japan".
            let words = value.words
            guard let first = value.first, first.isUppercase, (1...14).contains(words.count),
                  !value.contains(". ") else { return nil }
            return .issuer(value)
        }
        // "From: Global Affairs Canada", "From: Foreign, Commonwealth & Development Office": government sites print the
        // department that issued a release under its headline so.
        if text.utf8.count > 6, text.lowercased().hasPrefix("from:") {
            let value = String(text.dropFirst(5)).trimming(.whitespaces)
            guard let first = value.first, first.isUppercase, (1...14).contains(value.words.count), !value.contains(". "),
                  !value.contains("@") else { return nil }
            return .issuer(value)
        }
        return nil
    }
}
