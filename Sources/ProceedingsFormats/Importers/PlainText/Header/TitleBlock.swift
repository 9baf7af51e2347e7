import Foundation

/// The title block: the title line as printed, what it carries beside the title (a document type, the
/// page's or the event's date), and the subtitle lines under it.
extension HeaderReader {
    /// "No: 118, ", "No. 45/2019, ": a release's number run in before its headline.
    nonisolated(unsafe) static let runInNumber = /(?i)(no[.:]?\s*\d[\w\/-]*),\s+/

    /// Words a title line does not end on unless the title goes on under it.
    static let wrapEnds: Set<String> = ["of", "on", "and", "for", "the", "in", "to", "from", "with", "at", "by", "a", "an"]

    /// The title, and the subtitle lines printed right under it, possibly quoted over several lines.
    static func readTitle(at start: Int, lines: [SourceLine], into header: inout Header, _ lexicon: GenreLexicon) -> Int {
        var title = lines[start].text
        // "19960919 Secretary-General Leads ...": a run-in date number is not part of the headline.
        if let space = title.firstIndex(of: " "), title[..<space].count >= 6, title[..<space].allSatisfy(\.isNumber) {
            header.residue.append(TextLine(text: String(title[..<space]), line: lines[start].number))
            title = String(title[title.index(after: space)...])
        }
        // "No: 118, 27 April 2017, Press Release Regarding ...": the release's number and the page's date run in.
        if let match = title.prefixMatch(of: runInNumber) {
            header.symbol = TextLine(text: String(match.output.1), line: lines[start].number)
            title = String(title[match.range.upperBound...])
        }
        if header.dateline == nil, let comma = title.range(of: ", "), let (date, rest) = Dates.dateline(String(title[..<comma.lowerBound])),
           rest.isEmpty, date.day != nil, title[comma.upperBound...].first?.isUppercase == true {
            header.dateline = date
            header.datelineLine = lines[start].number
            title = String(title[comma.upperBound...])
        }
        // "Roundtable | Africa's Voice in ...": the kind of event the site files the page under, in a cell before the headline.
        if let bar = title.range(of: " | "), isEventCategory(String(title[..<bar.lowerBound]), lexicon) || isSectionName(String(title[..<bar.lowerBound])),
           title[bar.upperBound...].wordCount >= 3, !title[bar.upperBound...].contains(" | ") {
            header.residue.append(TextLine(text: String(title[..<bar.lowerBound]), line: lines[start].number))
            title = String(title[bar.upperBound...])
        }
        let before = DocumentTypes.prefix(title, lexicon)
        if let (type, rest) = before ?? DocumentTypes.suffix(title, lexicon) {
            // "press release" over "Press Release: ...": the type printed twice; the first stays a header line.
            if let earlier = header.documentTypeLine, earlier != lines[start].number { header.repeats.append(earlier) }
            header.documentTypeCue = before != nil ? "document-type.before-title" : "document-type.after-title"
            header.documentType = type
            header.documentTypeLine = lines[start].number
            title = rest
        }
        // "Tallinn seminar brings experts together | 04.10.2022": the page's date in a cell beside the headline.
        if header.dateline == nil, let bar = title.firstRange(of: " | "),
           let (date, rest) = Dates.dateline(String(title[bar.upperBound...])), rest.isEmpty {
            header.dateline = date
            header.datelineLine = lines[start].number
            title = String(title[..<bar.lowerBound])
        }
        // "Panel Discussion on "..." - 14 January 2020": the event's date after a dash.
        for dash in [" - ", " – ", " — "] {
            if let range = title.range(of: dash, options: .backwards), let (date, rest) = Dates.dateline(String(title[range.upperBound...])),
               rest.isEmpty, date.day != nil {
                header.eventDate = (date, nil, lines[start].number)
                header.eventDateCue = "in-title"
                title = String(title[..<range.lowerBound])
            }
        }
        // "International Symposium on Oceans, 5 May 2010": a date after a comma ends the title.
        if let comma = title.range(of: ", ", options: .backwards) {
            let tail = String(title[comma.upperBound...])
            if let date = Dates.all(in: tail).first, date.day != nil,
               tail.trimming(.whitespaces) == String(tail[date.range]) {
                header.eventDate = (date, nil, lines[start].number)
                title = String(title[..<comma.lowerBound])
            }
        }
        // "AFET committee meeting of 6 and 7 November 2023", "Seminar held on 5 May 2010": a title that ends on the days it
        // names keeps them, and they are the event's.
        if header.eventDate == nil, let date = Dates.all(in: title).last, date.day != nil, date.year != nil, date.range.upperBound == title.endIndex,
           [" of", " on", " held"].contains(where: title[..<date.range.lowerBound].trimming(.whitespaces).lowercased().hasSuffix) {
            header.eventDate = (date, nil, lines[start].number)
            header.eventDateCue = "in-title"
        }
        // "NAIST's Tokyo Forum 2013 'Inventing the Future' (October 18, 2013)": the date in brackets is the event's.
        if title.hasSuffix(")"), let open = title.lastIndex(of: "("),
           let (date, place) = bracketedDate(String(title[open...])) {
            header.eventDate = (date, place, lines[start].number)
            title = title[..<open].trimming(.whitespaces)
        }
        var last = start
        var index = start + 1
        // A headline in capitals may run over several lines.
        if Names.isAllCaps(title.replacing(" ", with: "")) {
            // "BEIRUT, 22-23 NOVEMBER 2016" under it is where and when, in capitals too.
            // "... IN THE MAGHREB:" / "FROM ASSESSMENT TO COLLECTIVE ACTION": what a colon announces is the subtitle.
            // "PUBLIC SAFETY COMMITTEE" / "ALD. MARK CHAVEZ, CHAIR": who chairs the body, in capitals too, is no part of its name.
            while index < lines.count, !title.hasSuffix(":"), !lines[index].isBlank, Names.isAllCaps(lines[index].text.replacing(" ", with: "")),
                  !Dates.all(in: lines[index].text).contains(where: { $0.day != nil || $0.year != nil }),
                  !Names.opensWithHonorific(lines[index].text, lexicon),
                  // "WORK SESSION MINUTES" / "CITY OF FLAGSTAFF": the type ends the record's name; the body is printed under it.
                  !title.hasSuffix(" MINUTES") {
                title += " " + lines[index].text
                last = index
                index += 1
            }
            if header.documentType == nil, title.hasSuffix(" MINUTES"), title.wordCount >= 3 {
                header.documentType = "MINUTES"
                header.documentTypeLine = lines[start].number
                header.documentTypeCue = "document-type.after-title"
                title = String(title.dropLast(" MINUTES".count))
            }
        }
        let colonEnded = title.hasSuffix(":") && index < lines.count && !lines[index].isBlank
        if colonEnded { title.removeLast() }
        header.title = unquoted(title)
        var subtitleParts: [String] = []
        var openQuote = false
        while index < lines.count, !lines[index].isBlank {
            let text = lines[index].text
            let shape = LineShape(lines[index])
            if !text.contains(where: \.isLetter) { break }
            // "Regional Meeting of National Viral Hepatitis" / "Programme Managers": a title wrapped, whatever its words.
            let wrapped = index == start + 1 && printedWhole(title, text, after: index, in: lines)
            if !openQuote, !wrapped, unquoted(text) == text,
               DocumentTypes.line(text, lexicon, beforeTitle: index == start + 1) != nil || isByline(text) || bracketedDate(text) != nil || Dates.dateline(text) != nil || !shape.markers.isEmpty
                || isProse(text) || isKeywordHeading(shape, lexicon) && text.wholeMatch(of: Self.bodysSession) == nil || Residue.matches(text) || text.hasPrefix("*")
                || isPlaceOverDate(at: index, in: lines, lexicon)
                || LabelledFact(text) != nil || StackedFields.opensFields(text) || labelledSymbol(text) != nil || typedNumericDate(text, lexicon) != nil || RosterLines.label(text, lexicon) != nil || SourceLines.fact(text) != nil
                || isWrappedProse(at: index, in: lines) || organisedByLine(text) || Residue.isTrail(text) || Residue.isMenu(text) || isByline(text)
                || publishedDate(text) != nil || text.wholeMatch(of: labelledNumericDate) != nil || datedCells(text, lexicon) != nil
                // "Seminar" under the headline: the kind of event, filed as the site files it, no subtitle.
                || text.wordCount <= 2 && isEventCategory(text, lexicon) && index + 1 < lines.count
                    && Dates.all(in: lines[index + 1].text).contains(where: { $0.day != nil })
                // "Lima, Peru, 27–28 October 2021 (hybrid format)": a day of the event ends the title block, note or not;
                // "Technical workshop held April 18-20, 2017 at the Hotel ..." is a deck that says it in a sentence.
                || Dates.all(in: text).contains(where: { $0.day != nil && $0.year != nil })
                    && (PlainTextReader.organisingVerb(in: text) == nil || text.hasPrefix("Held ") || text.hasPrefix("Took place ")) {
                break
            }
            if openQuote, let previous = subtitleParts.popLast() {
                subtitleParts.append(previous + " " + text)
            } else if header.documentType == nil, let (type, rest) = DocumentTypes.suffix(text, lexicon) {
                // "The 8th Maritime Futures Conference – Conference Report".
                header.documentType = type
                header.documentTypeLine = lines[index].number
                header.documentTypeCue = "document-type.after-title"
                subtitleParts.append(rest)
            } else {
                subtitleParts.append(text)
            }
            openQuote = (subtitleParts.last!.filter { $0 == "\"" }.count % 2 == 1)
                || (subtitleParts.last!.contains("“") && !subtitleParts.last!.contains("”"))
            header.subtitleLines.append(lines[index].number)
            last = index
            index += 1
        }
        // "Report of the Expert Group Meeting on Small Pelagic" / "Stocks under Changing Conditions": a long title
        // wrapped onto the next line, as the text's first sentences print it whole.
        if let first = subtitleParts.first, let title = header.title, header.subtitleLines.first == lines[start].number + 1 {
            if printedWhole(title, first, after: index - 1, in: lines) {
                header.title = title + " " + first
                subtitleParts.removeFirst()
                header.subtitleLines.removeFirst()
            }
        }
        // "Seminar on Maritime Boundary Delimitation and the Settlement of Disputes" / "in the Indian Ocean (Summary
        // Record)": a line that goes on in lower case, or after a title cut at a preposition, is the title wrapped.
        // "National Seminar on" / "\"The Indian Ocean Region\"": a title cut at its preposition goes on in the quoted name.
        while let first = subtitleParts.first, let title = header.title,
              first.first?.isLowercase == true || Self.wrapEnds.contains(title.words.last?.lowercased() ?? "") && first.first?.isUppercase == true
                && unquoted(first) == first
                || Self.wrapEnds.contains(title.words.last?.lowercased() ?? "") && unquoted(first) != first && !unquoted(first).contains("\"") {
            var joined = title + " " + unquoted(first)
            if header.documentType == nil, let (type, rest) = DocumentTypes.suffix(joined, lexicon) {
                header.documentType = type
                header.documentTypeLine = header.subtitleLines.first
                header.documentTypeCue = "document-type.after-title"
                joined = rest
            }
            header.title = joined
            subtitleParts.removeFirst()
            header.subtitleLines.removeFirst()
        }
        // "Governing the Opening Arctic:" / "Shipping, Search and Rescue and Regional Cooperation": what the colon announces
        // completes the title, as "Title: Other title" is one title when printed on one line.
        if colonEnded, let first = subtitleParts.first, let title = header.title, header.subtitleLines.first == lines[start].number + 1,
           unquoted(first) == first, !first.hasSuffix(":") {
            header.title = title + ": " + first
            subtitleParts.removeFirst()
            header.subtitleLines.removeFirst()
        }
        header.titleSpan = SourceSpan(lines[start].number, lines[last].number)
        header.lastHeaderLine = lines[last].number
        // "Symposium on X" / "Its History and Future" / "-- Toward the MDGs --": the line framed in dashes
        // is the subtitle, and the plain lines above it are all title.
        if subtitleParts.count >= 2, let framed = subtitleParts.last, framed.hasPrefix("-"), framed.hasSuffix("-"),
           subtitleParts.dropLast().allSatisfy({ !$0.hasPrefix("-") && !$0.hasPrefix("\"") && !$0.hasPrefix("“") }),
           let title = header.title {
            header.title = ([title] + subtitleParts.dropLast().map(unquoted)).joined(separator: ": ")
            subtitleParts = [framed]
            header.subtitleLines = Array(header.subtitleLines.suffix(1))
            header.titleSpan = SourceSpan(lines[start].number, header.subtitleLines[0] - 1)
        }
        // "Report of the International Seminar" / "\"Faith Communities and ...\"": the kind of meeting over its name
        // in quotes are one title, as the page prints it.
        if let title = header.title, isEventCategory(title, lexicon), let first = subtitleParts.first,
           unquoted(first) != first, !unquoted(first).contains("\"") {
            header.title = title + " " + first
            subtitleParts.removeFirst()
            header.titleSpan = SourceSpan(lines[start].number, header.subtitleLines.removeFirst())
        }
        if !subtitleParts.isEmpty {
            // "... of Latin America and the Caribbean:" / "Fiscal Rules ...": the colon printed at a line's end is not doubled.
            header.subtitle = subtitleParts.map { unquoted($0).trimming(.init(charactersIn: ":")) }.joined(separator: ": ")
        }
        return index
    }

    /// "Extraordinary session", "Resumed session" under a council's name: which of the body's sessions met, no part of it.
    nonisolated(unsafe) static let bodysSession = /(?i)(?:extraordinary|ordinary|regular|resumed|annual|special) session/

    /// The title and the line under it, joined, are printed whole in the lines after `index`, as a report's running head or
    /// first sentence prints its title.
    static func printedWhole(_ title: String, _ next: String, after index: Int, in lines: [SourceLine]) -> Bool {
        guard title.count >= 30, title.last?.isLetter == true, index + 1 < lines.count else { return false }
        let joined = (title + " " + next).lowercased().words.joined(separator: " ")
        let following = lines[(index + 1)...].prefix(40).map(\.text).joined(separator: " ").lowercased().words.joined(separator: " ")
        return following.includes(joined)
    }
}
