import Foundation

/// The days of the event: which reading of them wins over another, and a story's "two-day workshop ... today".
extension PlainTextReader {
    /// A date of the event replaces one the text states less directly. A year that only the page's
    /// own date gives is an inference, and said.
    mutating func setEventDate(_ date: PrintedDate, line: Int, strength: Int, cue: String) {
        var completed = date.completed(withYear: yearContext)
        if let current = eventDate, current.strength >= strength {
            // "Event Recap" / "Date" / "April 11, 2024" over "On April 3, 2024, the Center hosted a panel": a day the story opens
            // with, held before the labelled day, dates the event; the label dated the page. "This lecture follows the workshop
            // held on March 20" dates another meeting, in passing. "Date: 04.12.2025" under a news headline, and "250 participants
            // gathered in Copenhagen on 2 and 3 December" in the story's first paragraph: the days the lead gives.
            guard current.cue == "date.labelled", cue == "date.held", headerDateline == nil, labelledPageDate == nil, current.date.lastDay == nil,
                  Self.precedesPage(completed, current.date), Dates.all(in: lines[line - 1].text).first?.iso == date.iso,
                  lines[line - 1].text.trimming(.whitespaces).hasPrefix("On ") || paragraphsRead == 0 && current.line < line
                    && Self.gathers(lines[line - 1].text.lowercased()) else { return }
            labelledPageDate = (current.date, current.line)
        }
        if let page = headerDateline, completed.year == nil, page.year != nil { completed.year = page.year }
        eventDate = (completed, line, strength, cue)
        yearInferred = date.year == nil && completed.year != nil ? line : nil
    }

    /// "Participants gathered in Copenhagen on 2 and 3 December": the people met then; "follows the workshop held on 20 March"
    /// speaks of another meeting.
    static func gathers(_ lower: String) -> Bool {
        let words = lower.words
        return (words.contains { ["gathered", "met", "convened", "assembled"].contains(String($0)) } || lower.includes("came together"))
            && !words.contains { ["follows", "followed", "following", "previous", "earlier", "preceding", "first", "last", "previously", "initially"].contains(String($0)) }
    }

    /// "OHRID, 18 November 2015 – ... concluded a two-day workshop in Ohrid today": a news story that
    /// prints no date of the event but its length and how it stands to the story's day.
    mutating func readDaysOfTheStory(_ sentence: String, lower: String, line: Int) {
        guard lower.includes("-day "), let match = lower.firstMatch(of: Patterns.daysLong),
              let count = Patterns.dayCounts[String(match.output.1)],
              let page = storyDateline?.0 ?? headerDateline, page.day != nil, page.lastDay == nil else { return }
        // A date printed in the sentence, but for the story's own dateline, says when better.
        let dateline = Self.mayOpenWithDateline(sentence) ? sentence.prefixMatch(of: Patterns.newsDateline)?.range : nil
        guard Dates.all(in: sentence).allSatisfy({ date in dateline?.contains(date.range.lowerBound) ?? false }) else { return }
        let words = lower.words
        let ends = words.contains { Self.endingVerbs.contains(String($0)) || $0 == "wrapped" }
        let opens = words.contains { ["opened", "began", "started", "kicked"].contains(String($0)) }
        guard ends != opens else { return }
        let day = lower.includes("yesterday") ? page.dayBefore() : lower.includes("today") ? page : nil
        guard let day, let range = day.span(of: count, ending: ends) else { return }
        setEventDate(range, line: line, strength: 2, cue: ends ? "date.days-ending" : "date.days-opening")
    }

    /// "More than 400 people filled the theatre on Thursday evening for this year's public lecture": a story that names the
    /// event and the weekday it was held on, and no verb of holding it, reports the last such day before the page's date.
    mutating func readWeekdayOfTheStory(_ sentence: String, lower: String, line: Int) {
        guard eventDate == nil, paragraphsRead <= 2, lower.letterRuns.contains(where: { lexicon.eventNouns.contains(String($0)) }),
              let day = reportedWeekday(in: sentence) else { return }
        setEventDate(day, line: line, strength: 1, cue: "date.weekday")
    }

    /// "gathered on Tuesday" on a page dated Wednesday 12 June: the last such weekday on or before the page's or the story's
    /// date. "... and will meet again on Thursday", "until Friday": a day still to come dates another meeting.
    func reportedWeekday(in sentence: String) -> PrintedDate? {
        guard let match = sentence.firstMatch(of: Patterns.onWeekday),
              !["will ", "to be ", "next ", "again ", "until "].contains(where: { sentence[..<match.range.lowerBound].lowercased().includes($0) }),
              let page = headerDateline ?? storyDateline?.0,
              let weekday = DateScanner.weekdayNames.firstIndex(of: match.output.1.lowercased()) else { return nil }
        return page.last(weekday)
    }

    /// The story's datelines that print no town first: "JAKARTA (22/3) – The Ministry ...", the day and the month in figures,
    /// the year the page's; "26 June 2025, Amman, Jordan – Public health laboratory directors ...", the date before the town.
    mutating func readOtherDatelines(_ sentence: String, line: Int) {
        if let match = sentence.prefixMatch(of: Patterns.numericDateline),
           let day = Int(match.output.2), let month = Int(match.output.3), (1...31).contains(day), (1...12).contains(month) {
            let date = PrintedDate(year: yearContext, month: month, day: day, range: match.range)
            storyDateline = (date, line)
            if eventDate == nil { setEventDate(date, line: line, strength: 1, cue: "date.news-dateline") }
            if venue == nil { venue = (String(match.output.1).capitalized, line, "venue.news-dateline") }
        } else if let first = sentence.first, first.isNumber || first.isUppercase && NameVocabulary.months.contains(sentence.prefix { $0.isLetter }.lowercased()),
                  let match = sentence.prefixMatch(of: Patterns.dateFirstDateline),
                  let date = Dates.all(in: String(match.output.1)).first, date.day != nil, date.year != nil {
            // What follows the date may be a town or a day's name ("5 June 2025, World Environment Day – "): no venue is read.
            storyDateline = (date, line)
            if eventDate == nil { setEventDate(date, line: line, strength: 1, cue: "date.news-dateline") }
        } else if let first = sentence.unicodeScalars.first, first.properties.isUppercase, let match = sentence.prefixMatch(of: Self.agencyDateline),
                  let date = Dates.all(in: String(match.output.1)).first, date.day != nil, date.year != nil {
            // "GIS – 19 February, 2025: A three-day workshop ... opened this morning": the agency that wrote it, then its day.
            storyDateline = (date, line)
            if eventDate == nil { setEventDate(date, line: line, strength: 1, cue: "date.news-dateline") }
        }
    }

    nonisolated(unsafe) private static let agencyDateline = /\p{Lu}{2,8} [–—-] (\d{1,2} \p{Lu}\p{Ll}+,? \d{4}|\p{Lu}\p{Ll}+ \d{1,2}, \d{4}):(?= )/

    /// The dateline expression starts with two characters of a capitalised place name; most
    /// sentences are rejected here without running it.
    static func mayOpenWithDateline(_ sentence: String) -> Bool {
        let scalars = sentence.unicodeScalars.prefix(2)
        // "ÉVORA, 3 May --": a town in capitals, accents included.
        guard scalars.count == 2, scalars.first!.properties.isUppercase else { return false }
        if scalars.last!.properties.isUppercase || " .'’-".unicodeScalars.contains(scalars.last!) { return true }
        // "Dakar, March 5, 2015 – ": a town in title case, its comma early and a dash soon after; asked of every
        // sentence, so answered from the first bytes.
        let head = sentence.utf8.prefix(64)
        guard let comma = head.firstIndex(of: UInt8(ascii: ",")), head.distance(from: head.startIndex, to: comma) <= 30 else { return false }
        let text = String(decoding: head, as: UTF8.self)
        // "Vientiane, 14 May 2024: ERIA and ...": or a colon after the year.
        return text.includes(" – ") || text.includes(" — ") || text.includes(" -- ") || text.includes(" - ") || text.firstMatch(of: Self.yearAndColon) != nil
    }

    nonisolated(unsafe) private static let yearAndColon = /\d{4}:(?= )/

    static let pastOrganising: Set<String> = ["organised", "organized", "co-organised", "co-organized", "hosted", "co-hosted", "held",
                                              "convened", "gathered", "met", "brought together", "opened"]

    /// "Date: 15 May 2024" over "Vientiane, 14 May 2024: ERIA and the Ministry jointly organised a workshop": the story's day,
    /// before the labelled one, is the meeting's; the label dated the page.
    mutating func storyDatesTheMeeting(_ date: PrintedDate, in sentence: String, line: Int) {
        // Only a meeting already held, which the sentence dates no otherwise: "will host a workshop on 20 May" is to come.
        if let current = eventDate, current.cue == "date.labelled", paragraphsRead == 0, headerDateline == nil, labelledPageDate == nil,
           current.date.lastDay == nil, date.year != nil, Self.precedesPage(date, current.date), Dates.all(in: sentence).count == 1,
           let verb = Self.organisingVerb(in: sentence), Self.pastOrganising.contains(verb.output.1.lowercased()),
           !["will ", "to ", "is ", "are "].contains(where: sentence[..<verb.range.lowerBound].hasSuffix) {
            labelledPageDate = (current.date, current.line)
            eventDate = (date, line, 2, "date.news-dateline")
        }
    }

    /// "..., experts told the Committee on Economic Cooperation and Development on Wednesday, 12 June 2024": a hearing's story
    /// dates it by the day a body heard its witnesses, with no verb of holding.
    mutating func readDayBodyWasTold(_ sentence: String, lower: String, line: Int) {
        // Not "she had told the Council on 3 March 2021", another day recalled: the story's own day, near the page's.
        guard eventDate == nil, ["told ", "briefed ", "informed ", "addressed "].contains(where: lower.includes),
              let date = Dates.all(in: sentence).first(where: { $0.day != nil && $0.year != nil }),
              case let before = Self.wordsBefore(date, in: sentence), let told = before.firstMatch(of: Self.toldTheBody),
              !before[..<told.range.lowerBound].hasSuffix("had "),
              headerDateline.map({ page in page.year == date.year && (page.iso ?? "") >= (date.iso ?? "") }) ?? true else { return }
        setEventDate(date, line: line, strength: 1, cue: "date.body-told")
    }
    nonisolated(unsafe) private static let toldTheBody =
        /\b(?:told|briefed|informed|addressed) (?:the |members of the )?[^.;]{0,90}\b(?:committee|subcommittee|commission|council|assembly|parliament|senate|house|inquiry|hearing)\b[^.;]{0,90} on $/

    /// The words before `date`, lower-cased, without a weekday printed right before it ("through Wednesday, April 9").
    static func wordsBefore(_ date: PrintedDate, in sentence: String) -> String {
        sentence[..<date.range.lowerBound].lowercased().replacing(Self.weekdayBeforeDate, with: "")
    }
    nonisolated(unsafe) private static let weekdayBeforeDate = /(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$/
}
