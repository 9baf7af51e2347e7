import Foundation

/// The patterns of the header's lines, the lines set aside wherever they stand in it, and a deck under the title.
extension HeaderReader {
    /// "CONTENTS", "Chapters" over the record's sections: the body begins with its table of contents.
    static func opensContents(_ text: String) -> Bool {
        ["contents", "table of contents", "chapters"].contains(text.lowercased().trimming(.init(charactersIn: " :")))
    }

    /// "Title   Outline of the 5th Seminar": a bulletin board prints the title as a field.
    static func withTitleFieldsRead(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: { $0.text.hasPrefix("Title") }) else { return lines }
        return lines.map { line in
            guard line.text.hasPrefix("Title"), let value = boardField(line.text, "Title") else { return line }
            return SourceLine(number: line.number, indent: line.indent, text: value)
        }
    }

    /// A document symbol: "PKO/186", "A/RES/70/1", "ICALD/SCWR/23/SR.1", "ENR/EGM/1998/Rep.", "E/2019/4/Add.1",
    /// "E/ESCWA/SDPD/2016/WG.3/Report", "GOV/PGC/SBO/IFI(2014)4/FINAL"; with the language of its version, "WHO-EM/CSR/287/E",
    /// "FIAP/R1412 (En)"; provisional or revised, "WIPO/IP/TBS/25/INF/1 Prov.".
    /// "A/HRC/55/12", "E/CN.6/2024/L.3"; "DEVE_PV(2025)0319_1": a European Parliament committee's minutes, numbered by year and day.
    nonisolated(unsafe) static let symbol = /[A-Z]{2,8}_[A-Z]{2,4}\(\d{4}\)\d{4}(?:_\d{1,2})?|[A-Z][A-Z0-9.\-]*(?:\/[A-Z0-9.\-()]+)*\/[A-Z0-9.\-()]*\d[A-Z0-9.\-()]*(?:\/[A-Z][a-z]{1,6}\.?\d*|\/[A-Z]{1,8})*(?:\s\([A-Z][a-z]{0,6}\))?(?:\s(?:Prov|Rev|Corr|Add)\.(?:\s?\d{1,2})?)?/
    nonisolated(unsafe) static let note = /^(?:\*+\s*|\(?note\)?:?\s+|disclaimer:?\s+)(.+)$/
    /// "05/03/2015", "10-05-2018": a date in numbers alone on its line.
    nonisolated(unsafe) static let numericDate = /\d{1,2}[\/.-]\d{1,2}[\/.-]\d{4}/
    /// "Published: 02/12/2022": the page's date in figures after its label.
    nonisolated(unsafe) static let labelledNumericDate = /(?i)(?:published|posted|updated)(?: on)?\s*:?\s*(\d{1,2}[\/.-]\d{1,2}[\/.-]\d{4})/

    /// "News item | 02-10-2024 | 17:30": the page's type, its date in figures in either order, perhaps the hour, in cells.
    static func typedNumericDate(_ text: String, _ lexicon: GenreLexicon) -> (type: String, date: String)? {
        // "Press release  |  ENVI  PETI  |  05-12-2023 - 18:30": the committees' codes between, the hour after the date.
        guard text.includes(" | "), case let cells = text.components(separatedBy: " | ").map({ $0.trimming(.whitespaces) })
                .map({ $0.replacing(/\s[-–] \d{1,2}[:.]\d{2}$/, with: "") }),
              (2...3).contains(cells.count), let type = DocumentTypes.line(cells[0], lexicon),
              let date = cells.dropFirst().first(where: { $0.wholeMatch(of: numericDate) != nil }),
              cells.dropFirst().allSatisfy({ $0 == date || $0.wholeMatch(of: Times.clock) != nil
                  || $0.split(separator: " ").allSatisfy { (2...6).contains($0.count) && Names.isAllCaps(String($0)) } }),
              // "NEWS ITEM | 23-06-2016": a date whose order the numbers settle is read as a dateline is.
              Dates.all(in: date).allSatisfy({ $0.year == nil }) else { return nil }
        return (type, date)
    }

    /// The symbol after a short label: "Meeting code: WIPO/IP/TBS/25"; after a label of a number, any code with a slash and
    /// digits ("NUMBER: 212.Pers/04/SJI/2024", a ministry's release).
    static func labelledSymbol(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), text[..<colon].wordCount <= 3, text[..<colon].first?.isUppercase == true,
              case let value = text[text.index(after: colon)...].trimming(.whitespaces), !value.isEmpty else { return nil }
        if value.wholeMatch(of: symbol) != nil { return value }
        let label = text[..<colon].lowercased().trimming(.init(charactersIn: " ."))
        guard Self.numberLabels.contains(label), !value.contains(" "), value.contains("/"), value.contains(where: \.isNumber) else { return nil }
        return value
    }

    private static let numberLabels: Set<String> = ["number", "no", "ref", "reference", "reference no", "release no", "press release no",
                                                    "symbol", "document", "document no", "nomor", "code"]

    /// "Official Report of Debates (Hansard)" / "Journal des débats (Hansard)": the type again in the page's other language,
    /// the same name in brackets closing both.
    static func isTypeInAnotherLanguage(_ text: String, line: Int, _ header: Header) -> Bool {
        guard header.documentTypeLine == line - 1, let type = header.documentType, type.hasSuffix(")"),
              let open = type.range(of: " (", options: .backwards) else { return false }
        return text.hasSuffix(type[open.lowerBound...]) && text != type
    }

    /// Lines read for what they are wherever they stand in the header, never as a title: a stacked field's label, a page's
    /// type and date in cells, a release's date, a labelled symbol, "1:00 PM" (the hour of the date above), a type said
    /// twice, "Published: 02/12/2022" (a page's date that cannot be told day from month, read once the event's days are
    /// known). True when the line was one of them.
    static func setAside(_ text: String, line: Int, into header: inout Header, _ lexicon: GenreLexicon) -> Bool {
        // "TRANSCRIPT OF PROCEEDINGS" / "PUBLIC" / the committee, "Event" / "Hybrid" / the event's name: how the sitting was
        // held, over the title, is no title.
        if header.fieldLabels.contains(line) || header.title == nil && isFormatNote(text)
            || isTypeInAnotherLanguage(text, line: line, header) {
            header.residue.append(TextLine(text: text, line: line))
            return true
        }
        // "News item | 02-10-2024 | 17:30": what the page is, its date in figures and the hour it was posted, in cells. The date
        // is read from the site's lines as the others in figures are, once the event's days are known.
        if let (type, _) = typedNumericDate(text, lexicon) {
            if header.documentType == nil {
                header.documentType = type
                header.documentTypeLine = line
            }
            header.residue.append(TextLine(text: text, line: line))
            return true
        }
        // "PRESS RELEASE" / "NUMBER: ..." / "Date: 16 May 2024" over the headline: a release's date is the day it was issued.
        // Under the headline of a press release too ("Press release: ..." / "Date: Tuesday, 18 March 2025").
        if header.dateline == nil, let type = header.documentType?.lowercased(),
           header.title == nil && ["release", "news", "statement", "communiqué", "communique"].contains(where: type.includes)
            || header.eventDate == nil && type.includes("release"), text.lowercased().hasPrefix("date:"),
           let (date, rest) = Dates.dateline(String(text.dropFirst(5))), rest.isEmpty, date.day != nil {
            header.dateline = date
            header.datelineLine = line
            return true
        }
        // "Meeting code: WIPO/IP/TBS/25", "Document No.: E/2019/4": the document's symbol under a label of its own; a second
        // symbol ("WIPO/IP/TBS/25/INF/1 Prov.", the programme's own) is the site's line.
        if let symbol = labelledSymbol(text) ?? (header.symbol != nil && text.wholeMatch(of: Self.symbol) != nil ? text : nil) {
            if header.symbol == nil { header.symbol = TextLine(text: symbol, line: line) } else { header.residue.append(TextLine(text: text, line: line)) }
            return true
        }
        // "Views: 318", "Hits 1,204" on a line of its own under the post's date: the board's counter, no heading of the text.
        if isCounterLine(text) {
            header.residue.append(TextLine(text: text, line: line))
            return true
        }
        if text.wholeMatch(of: Times.clock) != nil || text.wholeMatch(of: Times.hours) != nil {
            if header.dateline != nil, header.time == nil {
                header.time = TextLine(text: text, line: line)
            } else {
                header.residue.append(TextLine(text: text, line: line))
            }
            return true
        }
        // "Record of Committee Proceedings" printed again under the trail that ended in it: the type, said twice.
        if header.title == nil, let type = header.documentType, text.trimming(.whitespaces).lowercased() == type.lowercased() {
            header.residue.append(TextLine(text: text, line: line))
            return true
        }
        if text.wholeMatch(of: labelledNumericDate) != nil, Dates.all(in: text).isEmpty {
            header.residue.append(TextLine(text: text, line: line))
            return true
        }
        return false
    }

    /// "Brookings Institution, Falk Auditorium" / "1775 Massachusetts Avenue N.W., Washington, DC": the hall over its address,
    /// read as a deck until the address came, and the two as one place.
    static func hallOverItsAddress(_ header: inout Header, at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> String? {
        let line = lines[index]
        guard header.place == nil, index > 0, header.subtitleLines == [line.number - 1], isAddress(line.text),
              namesHall(lines[index - 1].text, lexicon) else { return nil }
        (header.subtitle, header.subtitleLines) = (nil, [])
        header.placeLines.append(line.number - 1)
        return lines[index - 1].text + ", " + withoutOnline(line.text)
    }

    /// A deck or a second subtitle line, printed apart from the title: it goes on with the line before when that line was
    /// left open, or adds to the subtitle after a colon.
    static func addDeck(_ text: String, line: Int, lines: [SourceLine], to header: inout Header, _ lexicon: GenreLexicon) {
        let previous = header.subtitleLines.last.map { lines[$0 - 1].text } ?? ""
        let continues = !previous.isEmpty && !".:;!?".contains(previous.last!)
            && previous.last!.isLetter && text.first.map { $0.isUppercase } ?? false
            && header.subtitleLines.last == header.lastHeaderLine && !isEdition(previous, lexicon)
        if let subtitle = header.subtitle {
            header.subtitle = continues ? subtitle + " " + text : subtitle.trimming(.init(charactersIn: ":")) + ": " + unquoted(text)
        } else {
            header.subtitle = unquoted(text)
        }
        header.subtitleLines.append(line)
    }
}
