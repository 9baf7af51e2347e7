import Foundation

/// Several people on one line of a roster, and the group or degree printed around a name.
extension RosterLines {
    /// "Dr. Ana Ruiz and Prof. Kenji Mori", "A (X University); B (Y Institute)": several people
    /// on one roster line, when every part is a person.
    static func people(_ text: String, _ lexicon: GenreLexicon) -> [(PrintedName, String?)]? {
        // "Dr. Clara MEIER / YAMADA Sho / KONDO Emi, Hinode Apparel": people apart by slashes, each perhaps with where they work.
        if text.includes(" / "), case let parts = text.components(separatedBy: " / ").map({ $0.trimming(.whitespaces) }), parts.count >= 2,
           case let found = parts.compactMap({ person($0, lexicon) }), found.count == parts.count,
           zip(parts, found).allSatisfy({ part, one in one.1 == nil || !Patterns.namesInstitution(part) || part.hasSuffix(")") || one.0.tokens.count >= 2 }) {
            return found
        }
        // "Ms. X (Visiting Researcher, CAPMS; Institute of Labor, Quezon City)": a semicolon in brackets separates no one.
        if text.includes(";"), text.includes("("), !hasSemicolonOutsideBrackets(text), let one = person(text, lexicon) { return [one] }
        // "A MP (Chairperson), B MP, C MP": a plain list of names, each a person on its own, read before the
        // whole as one person with a long description.
        var commaParts = (text.includes(", and ") ? text.replacing(", and ", with: ", ") : text).components(separatedBy: ", ")
        // "A, B, C and D.": the last two joined by "and" without a comma, the list closed by a full stop.
        if commaParts.count > 1, let last = commaParts.last, let and = last.range(of: " and ") ?? last.range(of: " & "),
           case let (left, right) = (String(last[..<and.lowerBound]), String(last[and.upperBound...]).trimming(.init(charactersIn: " ."))),
           person(left, lexicon).map({ $0.1 == nil }) == true, person(right, lexicon).map({ $0.1 == nil }) == true {
            commaParts.removeLast()
            commaParts += [left, right]
        }
        if commaParts.count > 1, !text.contains(";") {
            // "Dr. X, Arctic Observatory": a body's name after a comma is where X works, no second person.
            let people = commaParts.compactMap { part in
                !part.contains("(") && Patterns.namesInstitution(part, plurals: false) ? nil
                    : person(part, lexicon).flatMap { $0.1 == nil || part.hasSuffix(")") ? $0 : nil }
            }
            // "Mr. A, Paris Habitat": where the list prints honorifics, a part without one is where the person before works.
            let honorifics = commaParts.filter { Names.opensWithHonorific($0, lexicon) }.count
            // "A (Chair), B (Vice Chair), Hon. C, D, Dr. E": a long list of names is one, whichever of them print honorifics,
            // unless names with honorifics and bodies without them take turns ("Mr. A, Paris Habitat, Ms. B, Lyon Métropole").
            let alternating = commaParts.enumerated().allSatisfy { Names.opensWithHonorific($0.element, lexicon) == ($0.offset % 2 == 0) }
            if people.count == commaParts.count,
               honorifics == 0 || honorifics == commaParts.count || commaParts.count >= 4 && !alternating { return people }
        }
        // "Prof. A (Dean, Faculty of Arts) and Dr. B": a description in brackets ends the first person.
        if let and = text.range(of: ") and "), !text.contains(";") {
            let first = String(text[..<text.index(after: and.lowerBound)]), second = String(text[and.upperBound...])
            if let a = person(first, lexicon), let b = person(second, lexicon) { return [a, b] }
        }
        if let people = peopleByHonorific(text, lexicon) { return people }
        if let pair = pairSharing(text, lexicon) { return pair }
        // "A, B (Director, Humanitarian Operations, DG ECHO), C, D (EEAS)": commas in brackets describe one person; those outside
        // part the people.
        // "A (President, EAI), B (President, Genron NPO)": two, each closed by its bracket.
        if text.contains("("), !text.contains(";"), case let parts = partsOutsideBrackets(text),
           parts.count >= 3 || parts.count == 2 && parts.allSatisfy({ $0.hasSuffix(")") }),
           case let people = parts.compactMap({ part in person(part, lexicon).flatMap { $0.1 == nil || part.hasSuffix(")") ? $0 : nil } }),
           people.count == parts.count { return people }
        if !text.contains(";"), let one = person(text, lexicon) { return [one] }
        // "Mayor A (Seoul), Mayor B (Paris)": bracketed descriptions let commas separate people.
        if text.contains(")"), !text.contains(";") {
            let parts = text.replacing("), ", with: ")\u{1F}").components(separatedBy: "\u{1F}")
            let people = parts.compactMap { person($0, lexicon) }
            if parts.count > 1, people.count == parts.count { return people }
        }
        // "...; and yours truly": the writer, named by the page's byline, not in the list.
        let writer: Set<String> = ["yours truly", "myself", "me", "the author", "the writer", "this writer"]
        // "A, Researcher, Academy of Sea and Island Affairs; B": "and" joins two people only where one follows.
        var listed: [String] = []
        for piece in (text.includes(", and ") ? text.replacing(", and ", with: "; ") : text).components(separatedBy: ";") {
            var item = piece.trimming(.init(charactersIn: " ."))
            if item.hasPrefix("and ") { item.removeFirst(4) }
            if let joint = item.range(of: " and ", options: .backwards) ?? item.range(of: " & ", options: .backwards),
               person(String(item[joint.upperBound...]), lexicon) != nil || writer.contains(item[joint.upperBound...].lowercased()) {
                listed += [String(item[..<joint.lowerBound]), String(item[joint.upperBound...])]
            } else if !item.isEmpty {
                listed.append(item)
            }
        }
        let parts = listed.filter { !writer.contains($0.lowercased()) }
        guard parts.count > 1 || parts.count == 1 && listed.count > 1 else { return nil }
        let people = parts.compactMap { person($0, lexicon) }
        return people.count == parts.count ? people : nil
    }

    /// "A and B, Analysts, Library of Parliament": two names joined before the first comma share what follows it.
    static func pairSharing(_ text: String, _ lexicon: GenreLexicon) -> [(PrintedName, String?)]? {
        guard !text.contains(";"), !text.contains("("), let comma = text.range(of: ", "),
              let and = text[..<comma.lowerBound].range(of: " and ") else { return nil }
        let shared = text[comma.upperBound...].trimming(.init(charactersIn: " ."))
        guard shared.first?.isUppercase == true,
              let first = person(String(text[..<and.lowerBound]), lexicon), first.1 == nil,
              let second = person(String(text[and.upperBound..<comma.lowerBound]), lexicon), second.1 == nil,
              person(shared, lexicon) == nil else { return nil }
        return [(first.0, shared), (second.0, shared)]
    }

    /// "A, B, and C", "A, B and C": the items of a list printed in a sentence.
    static func listItems(_ text: String) -> [String] {
        text.replacing(", and ", with: ", ").replacing(" and ", with: ", ").components(separatedBy: ", ")
    }

    /// "Senators Brockman, Dean, McKellar and Ruiz": an office in the plural over the surnames of those who hold it, each a
    /// person with the office in the singular.
    static func officeHolders(_ text: String, _ lexicon: GenreLexicon) -> [(PrintedName, String?)]? {
        // "The Honourable Senators A, B and C (3).": the style of the office before it, the count the minutes keep after it.
        var text = Substring(text)
        for style in ["The Honourable ", "The Honorable ", "The Hon. ", "Honourable ", "Honorable ", "Hon. "] where text.hasPrefix(style) {
            text = text.dropFirst(style.count)
            break
        }
        if let open = text.lastIndex(of: "("), text[text.index(after: open)...].trimmingCharacters(in: .init(charactersIn: "). ")).allSatisfy(\.isNumber) {
            text = text[..<open]
        }
        guard let space = text.firstIndex(of: " "), let office = MentionFinder.pluralOffices[text[..<space].lowercased()] else { return nil }
        let names = listItems(String(text[text.index(after: space)...]).trimming(.init(charactersIn: " .")))
        guard names.count >= 2, names.allSatisfy({ (1...4).contains($0.wordCount) && $0.first?.isUppercase == true }) else { return nil }
        // "Supervisors A, B, C, Chair D": the last may hold an office of the meeting, which stands before that name.
        // "Dean" is a surname as well as an office: a name the grammar refuses is left out, not the list.
        let holders = names.compactMap { name -> (PrintedName, String?)? in
            if let (printed, own) = officeThenName(name, lexicon) { return (printed, own) }
            return name.wordCount <= 4 ? (Names.parse(office + " " + name, lexicon) ?? Names.parse(name, lexicon)).map { ($0, nil) } : nil
        }
        return holders.count >= 2 ? holders : nil
    }

    /// "County Administrative Officer Ray Espinosa", "Clerk of the Board Louie Valdez", "Chair Mindy Sotelo": minutes of
    /// councils and boards print an officer's office first and the name last, with no comma between.
    static func officeThenName(_ item: String, _ lexicon: GenreLexicon) -> (PrintedName, String)? {
        let words = item.trimming(.init(charactersIn: " .;,")).words.map(String.init)
        guard (2...10).contains(words.count), lexicon.titleWords.contains(words[0].lowercased()) || words[0].first?.isUppercase == true else { return nil }
        func isOffice(_ office: ArraySlice<String>) -> Bool {
            guard let last = office.last, last.first?.isUppercase == true else { return false }
            return (lexicon.titleWords.contains(last.lowercased()) || Patterns.namesInstitution(last))
                && office.contains { lexicon.titleWords.contains($0.lowercased()) }
        }
        // "County Counsel Ms. Barbara Thompson": an honorific opens the name.
        if let k = words.indices.dropFirst().first(where: { Names.honorific(words[$0], lexicon) != nil }), isOffice(words[..<k]),
           let printed = Names.parse(words[k...].joined(separator: " "), lexicon), printed.tokens.count >= 2 {
            return (printed, words[..<k].joined(separator: " "))
        }
        for length in [2, 3] where words.count > length {
            let cut = words.count - length
            guard isOffice(words[..<cut]),
                  words[cut...].allSatisfy({ $0.first?.isUppercase == true && !lexicon.titleWords.contains($0.lowercased()) }),
                  let printed = Names.parse(words[cut...].joined(separator: " "), lexicon), printed.honorific == nil else { continue }
            return (printed, words[..<cut].joined(separator: " "))
        }
        return nil
    }

    /// "Also Present: County Counsel Barbara Thompson; Clerk of the Board Louie Valdez": officers, each office before its name.
    static func officersByOffice(_ text: String, _ lexicon: GenreLexicon) -> [(PrintedName, String?)]? {
        let items = text.trimming(.init(charactersIn: " .")).components(separatedBy: text.includes("; ") ? "; " : ", ")
            .map { $0.hasPrefix("and ") ? String($0.dropFirst(4)) : $0 }
        let people = items.compactMap { item in officeThenName(item, lexicon).map { ($0.0, Optional($0.1)) } ?? person(item, lexicon) }
        return people.count == items.count && people.contains(where: { $0.1 != nil }) ? people : nil
    }

    /// The name of a body, all its words capitalised but the joining ones: "Library of Parliament", "Bloc Québécois".
    static func groupBody(_ text: String) -> String? {
        let name = text.trimming(.whitespaces)
        // "Department of Energy (DOE)": the body's short name in brackets after it.
        let bare = OrganizationName.abbreviated(name)?.full ?? name
        guard (1...7).contains(bare.wordCount), !bare.contains(where: { $0.isNumber || ":;,.()".contains($0) }),
              bare.words.allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "the", "for", "&", "de", "du", "des", "la", "le"].contains($0) })
        else { return nil }
        return name
    }

    /// "Library of Parliament: A, Analyst; B, Analyst. House of Commons: C, Clerk. As an individual: D, Harvester.": a
    /// run-in list sorted by the body each comes from, as parliaments' minutes print witnesses and staff; the body is
    /// where each works, and those who come "as an individual" come from none.
    static func groupedPeople(_ text: String, _ lexicon: GenreLexicon) -> [(PrintedName, String?)]? {
        var groups: [(body: String?, start: String.Index, end: String.Index)] = []
        var from = text.startIndex
        while let colon = text.range(of: ": ", range: from..<text.endIndex) {
            let head = text[..<colon.lowerBound]
            // A body's name begins the text or follows the full stop that closes the group before it.
            let start = groups.isEmpty ? text.startIndex : head.range(of: ". ", options: .backwards)?.upperBound
            guard let start, start >= from || groups.isEmpty else { return nil }
            let name = String(text[start..<colon.lowerBound])
            let individual = ["as an individual", "as individuals"].contains(name.lowercased())
            guard individual || groupBody(name) != nil else { return nil }
            if !groups.isEmpty { groups[groups.count - 1].end = text.index(before: start) }
            groups.append((individual ? nil : name, colon.upperBound, text.endIndex))
            from = colon.upperBound
        }
        guard !groups.isEmpty else { return nil }
        var people: [(PrintedName, String?)] = []
        for group in groups {
            let entries = String(text[group.start..<group.end]).trimming(.init(charactersIn: " ."))
            guard let listed = entries.includes(";") ? self.people(entries, lexicon) : person(entries, lexicon).map({ [$0] })
            else { return nil }
            people += listed.map { printed, position in
                (printed, position.map { text in group.body.map { text + ", " + $0 } ?? text } ?? group.body)
            }
        }
        return people
    }

    /// "Mr. A, MYCC, and Ms. B, CAEPS Visiting Fellow", "Dr. A (Centre), comparing systems; Mr. B (Office), on
    /// drills": an honorific after a comma, a semicolon or "and" begins the next person, and what a person spoke
    /// on after their bracket is no part of who they are.
    /// The parts of a list between its commas (and its last "and"), those in brackets left whole.
    static func partsOutsideBrackets(_ text: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if character == ",", depth == 0 { parts.append(current); current = "" } else { current.append(character) }
        }
        parts.append(current)
        parts = parts.map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
        if let last = parts.last, last.hasPrefix("and ") { parts[parts.count - 1] = String(last.dropFirst(4)) }
        if let last = parts.last, !last.contains("("), let and = last.range(of: " and ") {
            parts[parts.count - 1] = String(last[..<and.lowerBound])
            parts.append(String(last[and.upperBound...]))
        }
        return parts
    }

    static func peopleByHonorific(_ text: String, _ lexicon: GenreLexicon) -> [(PrintedName, String?)]? {
        var pieces: [String] = []
        var current = ""
        // "Mr. A, Director, Bank; Mayor B, Municipality of C": after a semicolon an office's title opens the next person as an
        // honorific does.
        for chunk in text.replacing("; ", with: ", \u{1F}").components(separatedBy: ", ") {
            var rest = chunk.trimming(.whitespaces)
            let afterSemicolon = rest.hasPrefix("\u{1F}")
            if afterSemicolon { rest.removeFirst() }
            let titled = afterSemicolon && rest.first?.isUppercase == true
                && rest.words.first.map { lexicon.titleWords.contains($0.lowercased()) } == true
            if rest.hasPrefix("and ") { rest.removeFirst(4) }
            // "Dame A (Chair); B C; Sir D E": a name alone after a semicolon is the next person, with no honorific of its own.
            let namedAlone = afterSemicolon && rest.words.count >= 2 && !Patterns.namesInstitution(rest)
                && person(rest.trimming(.init(charactersIn: " .")), lexicon).map { $0.1 == nil } == true
            // "Prof. A and Dr. B" within one chunk.
            var parts = [rest]
            if let and = rest.range(of: " and "), Names.opensWithHonorific(rest[and.upperBound...], lexicon) {
                parts = [String(rest[..<and.lowerBound]), String(rest[and.upperBound...])]
            }
            for part in parts {
                if Names.opensWithHonorific(part, lexicon) || current.isEmpty || (titled || namedAlone) && part == parts[0] {
                    if !current.isEmpty { pieces.append(current) }
                    current = part
                } else {
                    current += ", " + part
                }
            }
        }
        if !current.isEmpty { pieces.append(current) }
        guard pieces.count > 1, pieces.allSatisfy({ Names.opensWithHonorific($0, lexicon) || person($0, lexicon) != nil && $0.words.first
                  .map { lexicon.titleWords.contains($0.lowercased()) } == true }) else { return nil }
        let people = pieces.compactMap { piece -> (PrintedName, String?)? in
            var piece = piece
            // "Dr. A (Himalayan Centre), comparing early-warning systems": the talk's topic after the bracket.
            if let close = piece.range(of: "), "), piece[close.upperBound...].first?.isLowercase == true {
                piece = String(piece[..<piece.index(after: close.lowerBound)])
            }
            return person(piece, lexicon)
        }
        return people.count == pieces.count ? people : nil
    }

    static func hasSemicolonOutsideBrackets(_ text: String) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            else if byte == UInt8(ascii: ";"), depth == 0 { return true }
        }
        return false
    }

    /// "U.S.: Col. Ana Ruiz (USIP)", "Japan: Mr. X": a roster groups people under a country or body
    /// that is not a role; the person follows the colon.
    /// "Liaoning Province, China: Ms. WANG Xiaoyan, Deputy Director-General": the person after the region or body they speak
    /// for; a label's colon ("Chair: Ms. X") is left alone.
    static func afterRepresented(_ text: String, _ lexicon: GenreLexicon) -> String {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 40,
              case let group = text[..<colon].trimming(.whitespaces), group.first?.isUppercase == true, group.wordCount <= 6,
              lexicon.rosterLabels[group.lowercased()] == nil, case let after = text[text.index(after: colon)...].trimming(.whitespaces),
              Names.opensWithHonorific(after, lexicon) else { return text }
        return after
    }

    static func withoutGroupLabel(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24 else { return text }
        let group = text[..<colon]
        guard group.first?.isUppercase == true, group.wordCount <= 3 else { return text }
        return text[text.index(after: colon)...].trimming(.whitespaces)
    }

    /// ", M.Sc.", ", Ph.D.", ", MBA": an academic degree printed after a name, with the comma before it; and the
    /// Indonesian ones (", S.Hut.", ", M.Si.", ", M.Agr.").
    private static let degree = #",\s*(?:M\.\s?Sc|Ph\.\s?D|M\.\s?A|B\.\s?A|B\.\s?Sc|M\.\s?Phil|D\.\s?Phil|LL\.\s?M|LL\.\s?B|M\.\s?Eng|MBA|MPA|MPH|MSc|PhD|DPhil|S\.\s?(?:Hut|Si|Sos|Pd|Kom|Ked|Psi|Pt|IP|H|E|T|P)|M\.\s?(?:Si|Agr|Kes|Hum|Sos|Pd|Kom|Eng|Sn|T|P|H))\.?"#
    /// "X, PhD candidate, Department of ...": a degree that a word in lower case goes on is the person's standing, kept.
    nonisolated(unsafe) static let degreeAfterComma = try! Regex(degree + #"(?=,|$|\s(?!\s*\p{Ll}))"#)
    /// ", M.Sc.," between a name and where the person works: the comma after the degree goes with where they work.
    nonisolated(unsafe) static let degreeBetweenCommas = try! Regex(degree + #"(?=,\s)"#)

    /// "Juliette Marchetti – Chair            Priyanka Nair": a list set in two columns, a name in each; nil unless every
    /// cell is someone's.
    static func peopleInColumns(_ text: String, _ lexicon: GenreLexicon) -> [(PrintedName, String?)]? {
        guard text.includes("   ") else { return nil }
        let cells = PlainTextReader.rosterCells(text, piped: false)
        guard cells.count >= 2 else { return nil }
        let people = cells.compactMap { cell -> (PrintedName, String?)? in
            guard !Patterns.namesInstitution(cell), let (printed, description) = person(cell, lexicon), printed.tokens.count >= 2 else { return nil }
            return (printed, description)
        }
        return people.count == cells.count ? people : nil
    }
}
