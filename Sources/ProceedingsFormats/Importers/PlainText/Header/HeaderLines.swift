/// What one line of the header is: a sentence, a place, a date in brackets, a line that starts the body.
extension HeaderReader {
    /// "Salle Marie-Gérin, Maison des savoirs communautaires, Montréal (Québec)": a room, a building and a
    /// town, each part capitalised though a name may run on in lower case.
    static func isPlaceInParts(_ text: String) -> Bool {
        let parts = withoutOnline(text).components(separatedBy: ", ")
        return parts.count >= 3 && text.wordCount <= 16 && !text.contains(where: { ".:;!?".contains($0) })
            && parts.allSatisfy { $0.first?.isUppercase == true && $0.wordCount <= 6 }
    }

    /// "Lyon, Palais de l’Europe, Room 1, 7–8 October 2019 (hybrid format)": the place printed beside the
    /// event's date, in parts, without a note on how to attend.
    static func placeBeside(_ date: PrintedDate, in text: String) -> String? {
        var rest = (text[..<date.range.lowerBound] + " " + text[date.range.upperBound...]).trimming(.init(charactersIn: " ,–—-"))
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") { rest = rest[..<open].trimming(.init(charactersIn: " ,–—-")) }
        rest = withoutOnline(rest)
        // "At Coffs Harbour Cultural and Civic Space, Coffs Harbour, on Friday 14 February 2025": the words that lead to the
        // place and the day are no part of the place.
        if let day = NameVocabulary.weekdays.first(where: { rest.lowercased().hasSuffix(" " + $0) }) { rest = rest.dropLast(day.count).trimming(.init(charactersIn: " ,")) }
        if rest.hasSuffix(" on") { rest = rest.dropLast(3).trimming(.init(charactersIn: " ,")) }
        for lead in ["At ", "In "] where rest.hasPrefix(lead) && rest.count > 3 { rest.removeFirst(3) }
        let parts = rest.components(separatedBy: ", ")
        guard !rest.isEmpty, rest.wordCount <= 14, !rest.contains(where: { ".:;!?\"“".contains($0) }),
              parts.allSatisfy({ ($0.first?.isUppercase ?? false) && (1...6).contains($0.wordCount) }) else { return nil }
        return rest
    }

    /// "Online (Zoom)", "Virtual event", "Webinar via Microsoft Teams": a place that is no place.
    static func isOnline(_ place: String) -> Bool { Event.namesOnlineVenue(place) }

    /// "Holloway Building, Ashgrove University and online via Zoom": the hall, without how else to attend.
    /// "..., Washington, DC, and virtually via Webex": the same for any way of joining from afar.
    static func withoutOnline(_ text: String) -> String {
        for marker in [" and online", " & online", " / Online", " | Online", " + online", " (hybrid)", " and via Zoom"] {
            if let range = text.range(of: marker, options: .caseInsensitive) { return String(text[..<range.lowerBound]) }
        }
        if text.includes(" and ") || text.includes(" or "), let remote = text.firstMatch(of: remoteJoining), remote.range.lowerBound > text.startIndex {
            return String(text[..<remote.range.lowerBound])
        }
        return text
    }

    nonisolated(unsafe) private static let remoteJoining =
        /(?i),?\s+(?:and|or)\s+(?:(?:also\s+)?(?:online|virtually|remotely)|via (?:zoom|webex|microsoft teams|teams|videoconference|video conference))\b[^,;]*$/

    /// "Bayview Pavilion, Pasay City, Metro Manila" / "2–4 December 2019": a place in parts, right over a date alone.
    static func isPlaceOverDate(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        // "Water, Energy and Food Security" over a date is a title's line: a place names its parts twice or a building.
        let text = lines[index].text
        let building = ["Hall", "Centre", "Center", "Hotel", "Pavilion", "Building", "Room", "Auditorium", "Campus", "Palace", "House"]
        // "Bangkok, Thailand": a town and its country.
        let country = text.components(separatedBy: ", ").last.map { lexicon.countries.contains($0.trimming(.whitespaces).lowercased()) } ?? false
        guard index + 1 < lines.count, text.contains(","), text.filter({ $0 == "," }).count >= 2 || building.contains(where: text.includes) || country,
              isPlaceLine(LineShape(lines[index]), lexicon) else { return false }
        return Dates.dateline(lines[index + 1].text).map { $0.rest.isEmpty } ?? false
    }

    /// "Expert meeting, Waterloo, Ontario, Canada" over "October 3-4, 2019": the kind of meeting in the first cell, the
    /// place in the others, the date under them.
    static func placeAfterEventKind(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> String? {
        let text = lines[index].text
        guard let comma = text.range(of: ", "), index + 1 < lines.count, !lines[index + 1].isBlank,
              Dates.dateline(lines[index + 1].text).map({ $0.rest.isEmpty }) ?? false else { return nil }
        let kind = String(text[..<comma.lowerBound]), place = String(text[comma.upperBound...])
        guard isEventCategory(kind, lexicon) || kind.wordCount <= 4 && lexicon.eventNouns.contains(kind.words.last?.lowercased() ?? ""),
              isPlaceInParts(place) || isPlaceLine(LineShape(SourceLine(number: lines[index].number, indent: 0, text: place)), lexicon)
        else { return nil }
        return withoutOnline(place)
    }

    /// "High-Level Seminar on Rural Connectivity" / "May 7-8, 2019 · Hotel Miraflores, Lima": a meeting's
    /// name printed right over its date, no part of it numbered.
    static func namesEventOverItsDate(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        let shape = LineShape(lines[index])
        guard index + 1 < lines.count, !lines[index + 1].isBlank, shape.markers.isEmpty, namesMeeting(shape.body, lexicon),
              !isProse(shape.body), shape.body.wordCount <= 16,
              // "International conference, 6-7 March 2025": the kind of event and its days, no name over them.
              !Dates.all(in: shape.body).contains(where: { $0.day != nil }) else { return false }
        if case .part = Headings.heading(shape, lexicon)?.target { return false }
        let next = lines[index + 1].text
        return Dates.dateline(next) != nil || datedCells(next, lexicon) != nil
    }

    /// "(October 20-21, 2005 in Tokyo)", "(18 October 2013)": a date in brackets, perhaps with a place.
    static func bracketedDate(_ text: String) -> (PrintedDate, String?)? {
        let trimmed = text.trimming(.whitespaces)
        guard trimmed.hasPrefix("("), trimmed.hasSuffix(")") else { return nil }
        let inner = String(trimmed.dropFirst().dropLast())
        guard let date = Dates.all(in: inner).first else { return nil }
        var rest = inner
        rest.removeSubrange(date.range)
        var place = rest.trimming(.init(charactersIn: " ,;-–—"))
        for preposition in ["in ", "at "] where place.hasPrefix(preposition) { place.removeFirst(preposition.count) }
        let words = place.words
        guard words.count <= 8, words.allSatisfy({ $0.first?.isUppercase ?? false || ["of", "the", "and"].contains($0) }) else {
            return nil
        }
        return (date, place.isEmpty ? nil : place)
    }

    /// A paragraph hard-wrapped at a fixed width: its lines end without a stop, but together they run
    /// on into sentences. "The Forum, in partnership with" / "the Institute, convened a" / "...".
    static func isWrappedProse(at index: Int, in lines: [SourceLine]) -> Bool {
        guard lines[index].text.wordCount >= 6 else { return false }
        var text = ""
        var next = index
        while next < lines.count, !lines[next].isBlank, next - index < 12 {
            text += (text.isEmpty ? "" : " ") + lines[next].text
            next += 1
        }
        guard next - index >= 2 else { return false }
        return text.wordCount >= 20 && (text.includes(". ") || text.last.map { ".!?".contains($0) } ?? false)
    }

    /// "Organised by the Centre ..., in collaboration with ...": a sentence of who organised it, not a subtitle.
    static func organisedByLine(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["organised by ", "organized by ", "co-organised by ", "co-organized by ", "hosted by ", "co-hosted by ",
                "convened by ", "jointly organised by ", "jointly organized by ", "in partnership with ", "in association with ",
                "in collaboration with ", "in cooperation with "].contains { lower.hasPrefix($0) }
    }

    /// A sentence: ten words or more ending with a stop, or six or more ending with a full stop ("Ms. Ana
    /// Ruiz opened the workshop on Tuesday."), which no title does.
    static func isProse(_ text: String) -> Bool {
        let words = text.wordCount
        return words >= 10 && text.last.map { ".!?".contains($0) } ?? false
            || words >= 6 && text.hasSuffix(".") && !text.hasSuffix("..") && text.contains(where: \.isLowercase)
    }

    /// A short unnumbered line in title case that is no heading word: a place.
    private static let placeWords: Set<Substring> = ["of", "the", "and", "for", "de", "del", "des", "da", "do", "on", "|", "/", "&", "–", "-", "headquarters", "campus"]

    static func isPlaceLine(_ shape: LineShape, _ lexicon: GenreLexicon) -> Bool {
        let words = withoutOnline(shape.body).words
        // An address is long: "The Ellery Auditorium, Yarra Institute for Advanced Study, 120 Gipps Lane, Melbourne VIC".
        let address = shape.body.contains(where: \.isNumber) || shape.body.fields(",").count >= 3
        // "Documents", "Publications": a tab of the site's page, no town.
        guard shape.markers.isEmpty, (1...(address ? 16 : 8)).contains(words.count), !shape.body.hasSuffix("."),
              !shape.body.contains(":"), !siteWords.contains(shape.body.lowercased()) else { return false }
        if case .part = Headings.heading(shape, lexicon)?.target { return false }
        // "Hybrid", "Televised" under the room: how the meeting was held; "Presiding" over a name: who chaired it.
        if isFormatNote(shape.body) || RosterLines.label(shape.body, lexicon) != nil || RosterLines.listHeading(shape.body, lexicon) != nil { return false }
        if let heading = Headings.heading(shape, lexicon), case .section(let kind) = heading.target, kind != .other { return false }
        // "Policy Council, 1730 K Street NW, Washington, DC | Online": an address, and how else to attend.
        // "Universidad de la República (Udelar)": a name's short form in brackets.
        return words.allSatisfy { startsAsAPlace($0) || placeWords.contains($0) }
    }

    /// "Hybrid", "In camera", "Televised": how a sitting was held and who could follow it, a note on the document.
    static func isFormatNote(_ text: String) -> Bool {
        ["hybrid", "televised", "in camera", "in public", "public", "webcast", "broadcast", "in person", "in-person", "virtual"]
            .contains(text.trimming(.whitespaces).lowercased())
    }

    /// A word of a place's name: a capital or a figure first, after a bracket that opens a short form.
    static func startsAsAPlace(_ word: Substring) -> Bool {
        word.drop(while: { $0 == "(" }).first.map { $0.isUppercase || $0.isNumber } ?? false
    }

    /// "Facultad de Ciencias Sociales, Universidad de la República (Udelar)": a hall or a campus named in parts, each in
    /// capitals but for the particles of a place's name.
    static func namesHall(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        guard text.contains(", "), (2...16).contains(text.wordCount), !text.contains(where: { ".:;!?\"“".contains($0) }),
              !namesMeeting(text, lexicon) else { return false }
        return text.words.allSatisfy { startsAsAPlace($0) || placeParticles.contains(String($0)) }
    }

    /// "EVENT REPORT · 4 min read": how long the page takes to read is no part of the line's other cells.
    static func withoutReadingTime(_ text: String) -> String {
        guard text.includes(" read") || text.includes(" READ") || text.includes(" Read") else { return text }
        for separator in [" · ", " | ", " • ", " – ", " — ", " - "] where text.includes(separator) {
            let cells = text.components(separatedBy: separator)
            let kept = cells.filter { cell in
                let words = cell.lowercased().words
                return !(words.last == "read" && (2...3).contains(words.count) && words.first?.first?.isNumber == true)
            }
            if kept.count < cells.count, !kept.isEmpty { return kept.joined(separator: separator) }
        }
        return text
    }

    /// "Date  2021-11-26" over "Writer  Climate Division": a bulletin board's fields date the post, not the event.
    /// "Date : 2019-11-08   Hit : 1342", "Posted: 3 May 2019 | Views: 210": a post's fields on one line.
    static func isBoardLine(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["hit :", "hit:", "hits:", "hits :", "views:", "views :", "writer:", "writer :", "author:", "author :"].contains(where: lower.includes)
            // "Date 25/08/2023   Views 1,284": the fields set apart by spaces, without their colons.
            || text.firstMatch(of: Self.countField) != nil
    }

    /// The date of a bulletin board's line of fields: "Date : 2019-11-08   Hit : 1342", "Date 25/08/2023   Views 1,284".
    static func boardDate(_ text: String) -> PrintedDate? {
        guard isBoardLine(text) else { return nil }
        // "Writer : Public Relations Division   Date : 2025-03-12   Hit : 318": the date's field among the others.
        let cells = Residue.cells(text, apartBy: [" | "])
        if cells.count > 1, !cells[0].lowercased().hasPrefix("date"), let cell = cells.first(where: { $0.lowercased().hasPrefix("date") }),
           let fact = LabelledFact(cell), fact.kinds == [.date] {
            return Dates.all(in: fact.value).first
        }
        // "No. 287 | Date 2024.11.22 | Hits 1,045": the field's label without its colon.
        if cells.count > 1, let cell = cells.first(where: { $0.lowercased().hasPrefix("date ") }), LabelledFact(cell) == nil,
           let date = Dates.all(in: cell).first { return date }
        if let fact = LabelledFact(text) { return fact.kinds == [.date] ? Dates.all(in: fact.value).first : nil }
        return text.lowercased().hasPrefix("date") ? Dates.all(in: text).first : nil
    }

    static func isCounterLine(_ text: String) -> Bool { text.wholeMatch(of: Self.counterLine) != nil }

    nonisolated(unsafe) private static let counterLine = /(?i)(?:views?|hits?|reads?|visits?|page views)\s*:?\s*[\d][\d,.]*(?:\s+times)?/

    nonisolated(unsafe) private static let countField = /(?i)(?:^|\s{2,}|\|\s*)(?:views?|hits?|reads?)\s+[\d,.]+(?:\s|$)/

    /// "Date" / "2026-05-21" / "Hit" / "1847": a bulletin board's fields stacked a label to a line; the date is the post's.
    static func stackedBoardDate(at index: Int, in lines: [SourceLine]) -> PrintedDate? {
        guard let fact = LabelledFact(lines[index].text), fact.kinds == [.date], index + 1 < lines.count,
              ["hit", "hits", "views", "view", "writer", "author"].contains(lines[index + 1].text.trimming(.init(charactersIn: " :")).lowercased())
        else { return nil }
        return Dates.all(in: fact.value).first
    }

    static func isBoardDate(_ fact: LabelledFact, at index: Int, in lines: [SourceLine]) -> Bool {
        guard fact.kinds == [.date], !lines[index].text.contains(":"), index + 1 < lines.count else { return false }
        let next = lines[index + 1].text.lowercased()
        return ["writer", "author", "hit", "hits", "views", "posted by", "department"].contains { next.hasPrefix($0 + " ") }
    }

    /// "Event details", "Practical information" over "Date: ...": a heading of the labelled facts under it.
    static func headsFacts(at index: Int, in lines: [SourceLine]) -> Bool {
        namesFactsBox(lines[index].text) && index + 1 < lines.count && LabelledFact(lines[index + 1].text) != nil
    }

    /// "Event details", "Practical information", "At a glance": the heading of a box of the event's facts.
    static func namesFactsBox(_ text: String) -> Bool {
        let words = text.lowercased().letterRuns
        guard (1...3).contains(words.count), let last = words.last else { return false }
        return ["details", "information", "info", "facts", "glance"].contains(String(last))
    }

    static func isShortLine(_ text: String) -> Bool {
        text.wordCount <= 8 && !text.hasSuffix(".")
    }

    /// A numbered heading, a known heading word, or a sentence of prose ends the header.
    static func startsBody(_ shape: LineShape, _ lexicon: GenreLexicon) -> Bool {
        if Headings.heading(shape, lexicon) != nil { return true }
        let words = shape.body.wordCount
        if shape.markers.isEmpty, isMinutesTitle(shape.body) { return false }
        // "DOE, Ms Jane, Chief Executive Officer, ...": a hearing's first witness.
        if shape.markers.isEmpty, RosterLines.surnameFirst(shape.body, lexicon) != nil { return true }
        return isProse(shape.body) || words >= 25 || (!shape.markers.isEmpty && words >= 3)
    }

    /// "MINUTES OF THE 14TH SITTING OF THE ... HELD ON TUESDAY, 11TH MARCH, 2025 IN COMMITTEE ROOM 2 ... AT 10.00 A.M.": minutes
    /// title themselves with where and when they were held, however long, and however the hour closes the line.
    static func isMinutesTitle(_ text: String) -> Bool {
        // "Minutes of the meeting held on 3 March were adopted.": a sentence about minutes, its verb after "held", is none.
        let lower = text.lowercased()
        guard lower.prefix(12).hasPrefix("minutes of "), text.wordCount <= 60, !String(text.dropLast(6)).includes(". "),
              ![" were ", " was ", " are ", " is "].contains(where: lower.includes) else { return false }
        // "Minutes of the Community Committee", "Minutes of the Board of Directors": the body that met, ending its name or
        // followed by what it is of; "Minutes of Fed Committee Show Officials Wary" is a headline.
        let body = Array(text.dropFirst("minutes of ".count).split(separator: " ").drop { $0.lowercased() == "the" })
        guard !lower.includes(" held ") else { return true }
        guard body.count <= 10, !text.hasSuffix("."), let head = body.lastIndex(where: { meetsAsABody(String($0)) }),
              head + 1 == body.count || ["of", "on", "for", "and"].contains(body[head + 1].lowercased()) else { return false }
        return body.allSatisfy { $0.first?.isUppercase == true || ["of", "and", "for", "on", "the", "&"].contains($0.lowercased()) }
    }

    /// "Home > Senedd Business > Committees > Culture, Communications, ... Committee > Meetings": a trail from the site's home
    /// page, however long its steps.
    static func isTrailFromHome(_ text: String) -> Bool {
        ["Home › ", "Home > ", "Home » ", "Home >> "].contains(where: text.hasPrefix)
    }

    /// "Home > Events > Seminars & Forums" over "Seminars & Forums", "Home > Events > Symposiums" over "RIETI Symposium": the
    /// section the trail leads to, printed again as the page's heading over the title; no title itself.
    static func repeatsLastCrumb(_ text: String, _ residue: [TextLine]) -> Bool {
        guard text.wordCount <= 4, !text.contains(where: \.isNumber),
              let trail = residue.last(where: { Residue.isBreadcrumb($0.text) || isTrailFromHome($0.text) })?.text,
              let separator = [" > ", " › ", " » ", " / ", " | "].first(where: trail.includes),
              let crumb = trail.components(separatedBy: separator).last?.trimming(.whitespaces).lowercased(), !crumb.isEmpty else { return false }
        let lower = text.trimming(.whitespaces).lowercased()
        guard let last = lower.words.last, let crumbLast = crumb.words.last else { return false }
        // A section, named by a plural or as news ("Seminars & Forums", "KMI News"); "Ocean Governance Forum", the trail's
        // last step, may be the page's own title.
        guard lower != crumb else { return last.hasSuffix("s") || last == "news" }
        // "RIETI Symposium" under "Symposiums": the site's short name before the kind; "Fisheries Data Workshop" is a title.
        let words = text.trimming(.whitespaces).words
        return crumb.wordCount == 1 && words.count == 2 && Names.isAllCaps(String(words[0])) && [last + "s", last + "es"].contains(crumbLast)
    }

    /// The value of a bulletin board's field: "Title   X", "Title: X", "Title | X".
    static func boardField(_ text: String, _ name: String) -> String? {
        let rest = text.dropFirst(name.count)
        guard rest.hasPrefix(":") || rest.hasPrefix(" :") || rest.hasPrefix("  ") || rest.hasPrefix("\t") || rest.hasPrefix(" | ") else { return nil }
        let value = rest.drop(while: { $0 == ":" || $0 == " " || $0 == "\t" || $0 == "|" })
        return value.isEmpty ? nil : String(value)
    }

    /// Compiled once, not at every call as a literal in the function would be.
    nonisolated(unsafe) private static let pressReleaseNumber = /(?:PR|SG|SC|CS|GA|PI|NR)[ \/-]?\d{2,6}(?:\/\d{1,4})?/
    nonisolated(unsafe) private static let seriesNumber = /(?:[A-Z]{2,}[ -]){0,3}(?:\d{4}\/\d{1,4}|\d{1,4}\(\d{4}\))/

    /// "No. 07/NCMA/PR/IX/2017": a press release's number, its parts apart by slashes.
    static func isNumbered(_ text: String) -> Bool {
        // "SEA-HIV-HEP-31", "EUR-RC74-INF-2": an office's symbol of letter groups and a number, joined by hyphens.
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        if groups.count >= 3, !text.contains(" "), groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isUppercase || $0.isNumber } }),
           groups.filter({ $0.allSatisfy(\.isLetter) }).count >= 2, groups.last!.contains(where: \.isNumber) { return true }
        // "PR 0917", "PR-2014/031": a press release's number, its series' letters and its digits.
        if text.wholeMatch(of: Self.pressReleaseNumber) != nil { return true }
        // "RAP PUBLICATION 2015/14", "023(2018)": a series' letters and the number of the issue in its year.
        if text.wholeMatch(of: Self.seriesNumber) != nil { return true }
        // "No. 07/NCMA/PR/IX/2017", "N°048/2018", "Nº 12/2020".
        let number: Substring
        // "Number: SP.118/SJ.5/III/2024", "Nomor: B-12/2024", "Ref.: PR/2024/07": the label spelt out.
        if let label = ["Number: ", "Nomor: ", "Número: ", "Numéro : ", "Ref.: ", "Ref: ", "Reference: "].first(where: text.hasPrefix) {
            number = text.dropFirst(label.count)
        } else if text.hasPrefix("No. ") || text.hasPrefix("No ") {
            number = text.drop(while: { $0 != " " }).dropFirst()
        } else if text.hasPrefix("N°") || text.hasPrefix("Nº") {
            number = text.dropFirst(2).drop { $0 == " " }
        } else {
            return false
        }
        // "No 212-E", "No. 45": a release's number alone on its line, or with its series.
        return (number.contains("/") || number.first?.isNumber == true) && number.contains(where: \.isNumber)
            && number.allSatisfy { $0.isLetter || $0.isNumber || "/.-".contains($0) }
    }

    /// "of the meeting held in Rabat on Monday 20 March 2017, from 9.30 to 17.30," / "at the House of Councillors, Avenue
    /// Mohammed V": the line under a record's type that says which meeting it records; its date, and the hall (or the town)
    /// it names, with the index of the last line it runs over.
    static func recordOf(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> (date: PrintedDate, venue: String?, last: Int)? {
        let text = lines[index].text
        guard text.hasPrefix("of the "), namesMeeting(text, lexicon) || text.includes(" sitting ") || text.includes(" session "),
              let date = Dates.all(in: text).first(where: { $0.day != nil }) else { return nil }
        var last = index
        var whole = text
        while last + 1 < lines.count, !lines[last + 1].isBlank, lines[last + 1].text.first?.isLowercase == true {
            last += 1
            whole += " " + lines[last].text
        }
        var venue: String?
        if let at = whole.range(of: " at the ") ?? whole.range(of: " at ") {
            venue = whole[at.upperBound...].trimming(.init(charactersIn: " ,.")).components(separatedBy: ", ").first
            if whole[at.lowerBound...].hasPrefix(" at the ") { venue = venue.map { "the " + $0 } }
        } else if let held = whole.firstMatch(of: Self.heldInTown) {
            venue = String(held.output.1)
        }
        return (date, venue.map { $0.hasPrefix("the ") ? String($0.dropFirst(4)) : $0 }, last)
    }

    nonisolated(unsafe) static let heldInTown = /held in ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)/
    nonisolated(unsafe) static let inOrAtAPlace = /\b(?:in|at) (?:the )?(\p{Lu}(?:\p{Lu}\.|[^;.])*?)(?:,? on (?:\p{Lu}\p{Ll}+day,?\s*)?\p{Lu}?\p{Ll}*\s*\d|,? from \d|$|,? \d)/

    /// "Held online on 12 May 2021", "Took place in Apia on ...": a line under the title that opens with the participle of
    /// holding says when and where, no subtitle.
    static func opensWithHolding(_ text: String) -> Bool {
        // "MINUTES OF THE ANNUAL GENERAL MEETING" / "held on Saturday 12 October 2024": minutes go on in lower case.
        ["Held ", "Took place ", "Convened ", "held on ", "held at ", "held in "].contains(where: text.hasPrefix) || text.prefixMatch(of: Self.kindHeldAt) != nil
    }

    /// "Workshop held at NUPI, ...", "Expert meeting held in Rome on ...": the kind of meeting, then the participle.
    nonisolated(unsafe) static let kindHeldAt = /\p{Lu}\p{Ll}+(?: \p{Ll}+)? (?:held|convened) (?:at|in)\s/

    /// "Held online on 12 May 2021" → "Online"; "Held at the Pacific Hotel, Apia, on 3 May 2019" → "Pacific Hotel, Apia".
    static func placeAfterParticiple(_ text: String) -> String? {
        let lower = text.lowercased()
        if lower.includes(" online") || lower.includes(" virtually") { return "Online" }
        guard let at = text.firstMatch(of: Self.inOrAtAPlace) else { return nil }
        let place = String(at.output.1).trimming(.init(charactersIn: " ,"))
        return place.isEmpty ? nil : place
    }

    /// "Meeting hosted by X" over the title.
    nonisolated(unsafe) static let hostedByLine = /(?i)(?:(?:the )?(?:meeting|event|workshop|seminar|conference|session) )?(?:co-)?(?:hosted|organi[sz]ed|convened) by (?:the )?/
    /// "Supported by:", "With the financial support of:": who paid, no organiser.
    nonisolated(unsafe) static let supportedBy = /(?i)(?:with the )?(?:financial )?(?:support(?:ed)?|sponsor(?:ed|s|ship)?|fund(?:ed|ing)|financ(?:ed|ing))(?: by| of| from)?\s*:/

    /// "Roundtable" over "27 February 2020 | 09:30 – 12:00": the kind of event, over its date.
    static func isKindOverItsDate(_ text: String, at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        text.wordCount <= 3 && namesMeeting(text, lexicon) && DocumentTypes.line(text, lexicon, beforeTitle: true) == nil
            && !text.contains(where: \.isNumber) && index + 1 < lines.count && !lines[index + 1].isBlank
            && Dates.all(in: lines[index + 1].text).contains(where: { $0.day != nil })
    }

    /// The address printed under the masthead.
    static func addressUnderMasthead(_ text: String, line: Int, into header: inout Header) -> Bool {
        guard header.title == nil, let masthead = header.masthead, masthead.line == line - 1, text.contains(where: \.isNumber), isAddress(text) else { return false }
        header.residue.append(TextLine(text: text, line: line))
        return true
    }
}
