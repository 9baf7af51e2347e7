import Foundation

/// The page's own date where the header did not print it: near the top in a sentence or a box, or at the foot.
extension PlainTextReader {
    /// "Report published on 20 March 2015. Rapporteur: Dr. X": a sentence of the page's head that dates the page.
    func publishedNearTop(_ bodyStart: Int) -> PageDate? {
        for line in lines.prefix(bodyStart + 8) where !line.isBlank {
            let text = line.text.trimming(.whitespaces)
            let first = text.firstRange(of: ". ").map { String(text[..<$0.lowerBound]) } ?? text
            if first.wordCount <= 10, let (date, word) = HeaderReader.publishedDate(first), !word.contains("updated") {
                return PageDate(date: date, line: line.number, labelled: true)
            }
            // "14 November 2024 | Story Lerato Mokoena. Photos Jacques Fourie." under the lead: the date beside the page's
            // credits is the page's.
            // The credits are looked for first: the cells' date is read only on a line that prints them.
            if let separator = [" | ", " · "].first(where: text.includes),
               text.components(separatedBy: separator).contains(where: HeaderReader.isCredits), let cells = HeaderReader.datedCells(text, lexicon) {
                return PageDate(date: cells.date, line: line.number, labelled: true)
            }
            // "PRESS RELEASE" / the headline / the lead / "15 May 2025" / the story: a full date alone between blank lines, under
            // the lead in the first lines of the body, is the page's; a programme heads each of its days so.
            if line.number > bodyStart, line.number >= 2, lines[line.number - 2].isBlank, line.number == lines.count || lines[line.number].isBlank,
               text.count <= 30, let (date, rest) = Dates.dateline(text), rest.isEmpty, date.day != nil, date.year != nil, date.lastIso == nil,
               !(lines[bodyStart..<(line.number - 1)] + lines[line.number...].prefix(80)).contains(where: { $0.text.count <= 30
                   && Dates.dateline($0.text.trimming(.whitespaces)).map({ $0.1.isEmpty && $0.0.day != nil }) == true }) {
                return PageDate(date: date, line: line.number)
            }
            // "Information" / "Published" / "27.06.2025": a box under the lead, each label over its value, read as the label
            // and its date on one line would be.
            if text.wordCount <= 3, !text.contains(where: \.isNumber), line.number < lines.count,
               let (_, rest) = Dates.dateline(lines[line.number].text), rest.isEmpty,
               let (date, word) = HeaderReader.publishedDate(text + " " + lines[line.number].text), !word.contains("updated"), date.day != nil {
                return PageDate(date: date, line: line.number + 1, labelled: true)
            }
        }
        return nil
    }

    /// The page's own date, where it is printed, and whether a label says so ("Published on ...").
    struct PageDate {
        var date: PrintedDate
        var line: Int
        var labelled = false
    }

    func pageDateAtFoot() -> PageDate? {
        var seen = 0
        for line in lines.reversed() where !line.isBlank {
            seen += 1
            guard seen <= 12 else { break }
            let text = line.text.trimming(.whitespaces)
            // "© 2025 Ministry of Foreign Affairs. All Rights Reserved.": the year of the site's copyright dates no page.
            if text.hasPrefix("©") || text.lowercased().hasPrefix("copyright") { continue }
            if let (date, word) = HeaderReader.publishedDate(text), !word.contains("updated") {
                return PageDate(date: date, line: line.number, labelled: true)
            }
            // "Prepared by: Planning Section" / "Date: 20 March 2023": the report's date under who wrote it.
            if seen <= 6, text.lowercased().hasPrefix("date:"), let date = Dates.all(in: text).first, date.year != nil, date.day != nil,
               date.lastDay == nil, line.number >= 2, ["prepared by", "compiled by", "submitted by", "rapporteur"].contains(where: {
                   lines[line.number - 2].text.lowercased().hasPrefix($0) }) {
                return PageDate(date: date, line: line.number, labelled: true)
            }
            // "Prepared by the Secretariat of the Institute, May 2013": who wrote it, and when.
            if seen <= 6, ["prepared by ", "issued by ", "compiled by "].contains(where: { text.lowercased().hasPrefix($0) }), text.wordCount <= 14,
               let date = Dates.all(in: text).last, date.year != nil, date.lastDay == nil, text[date.range.upperBound...].trimming(.init(charactersIn: " .")).isEmpty {
                return PageDate(date: date, line: line.number)
            }
            if seen <= 6, text.wordCount <= 8, !text.hasSuffix("."), let (date, rest) = Dates.dateline(text), date.lastDay == nil {
                let place = !rest.isEmpty && rest.words.allSatisfy({ $0.first?.isUppercase == true })
                if date.day != nil, place || rest.isEmpty { return PageDate(date: date, line: line.number) }
                // "Bangkok, October 2013" under the text: where and when it was signed.
                if date.day == nil, line.number > lines.count / 2, place { return PageDate(date: date, line: line.number) }
            }
            // The story's last paragraph: what is above it is the story's, not the page's.
            if isLongProseLine(line.number), text.wordCount >= 10, let last = text.last, ".!?\"”".contains(last), !text.includes(" | ") { break }
        }
        return nil
    }
}
