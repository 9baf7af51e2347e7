import Foundation

/// One person on a roster's line: the name as printed and what the line says of them.
extension RosterLines {
    /// "Name, affiliation", "Name Title, ...", "Name (Affiliation)", optionally with an honorific.
    /// "FHKIArb", "FCIArb", "MCIArb": a fellow's or a member's letters of a professional body, told from a body's capitals by their end in lower case.
    nonisolated(unsafe) static let fellowshipLetters = /[FM][A-Z]{2,5}[a-z]{1,3}/
    nonisolated(unsafe) private static let retiredMark = /(?i)\s\((?:ret|retd|rtd|res|hon)\.?\)(?=\s)/

    /// "DOE, Ms Jane, Chief Executive Officer, Regional Aviation Association": a hearing's witness list, the surname in
    /// capitals first, then the honorific and the given names, then the position.
    static func surnameFirst(_ text: String, _ lexicon: GenreLexicon) -> (PrintedName, String?)? {
        guard let (printed, position) = invertedPerson(text, lexicon), printed.honorific != nil else { return nil }
        return (printed, position)
    }

    private static let peersByPlace: Set<String> = ["earl", "countess", "marquess", "marchioness", "duke", "duchess"]

    static func person(_ text: String, _ lexicon: GenreLexicon) -> (PrintedName, String?)? {
        var body = text.trimming(.whitespaces)
        // "The Hon Mr Justice X": the article before a judge's style is no part of the name.
        body = Names.withoutArticle(body, lexicon)
        // "Ir Dr Winnie TSANG Wai-man, FHKIArb": a fellowship's letters after the comma are no affiliation.
        if let comma = body.range(of: ", ", options: .backwards), body[comma.upperBound...].wholeMatch(of: Self.fellowshipLetters) != nil {
            body = String(body[..<comma.lowerBound])
        }
        // "Governor of Toyama Prefecture  MORIKAWA Kenji": the office in a cell before the name, as Japanese programmes set them.
        if body.includes("  "), let (printed, office) = officeBeforeName(body.components(separatedBy: "  ").map { $0.trimming(.whitespaces) }
            .filter { !$0.isEmpty }, lexicon) { return (printed, office) }
        if body.hasSuffix(":") || body.hasSuffix(").") { body.removeLast() }
        // "Mr DJ Harrower MP—Chair": the office after a dash set close to the name, as a parliament's list of members prints it.
        if let dash = body.lastIndex(where: { $0 == "—" || $0 == "–" }), dash > body.startIndex, body[body.index(before: dash)] != " ",
           case let office = body[body.index(after: dash)...], office.first?.isUppercase == true, lexicon.rosterLabels[office.lowercased()] != nil {
            body = body[..<dash] + " – " + office
        }
        // "Ms. X, Coast Guard, on the delimitation of regions; and": an item of a list ends with its punctuation,
        // and what the person spoke on is no part of who they are.
        // "Mr. X, Growers' Union, on" / "  the farmer's view ...": what they spoke on wraps to the next line.
        // "Mark Vesey (Parks Operations Manager) and" / "Priya Raman (...)": a description closed, the list goes on.
        for end in ["; and", ";", ", and", ", on", ") and"] where body.hasSuffix(end) { body.removeLast(end.count - (end.first == ")" ? 1 : 0)) }
        if let topic = body.firstRange(of: ", on ") { body = String(body[..<topic.lowerBound]) }
        // "Dr. X, ICPALD - the draft guidelines;": what they spoke on after a dash, in lower case or in quotes.
        // "Hon. X – (on official mission)": or a note in brackets on why they were away.
        if let dash = [" - ", " – ", " — "].lazy.compactMap({ body.range(of: $0) }).first, dash.lowerBound > body.startIndex,
           let next = body[dash.upperBound...].first,
           next.isLowercase || "\"“‘".contains(next) || next == "(" && body[dash.upperBound...].dropFirst().first?.isLowercase == true {
            body = String(body[..<dash.lowerBound])
        }
        // "Dr. X (University of Oslo), “Rights at home”": the talk's title in quotes closes the line.
        if body.hasSuffix("”") || body.hasSuffix("\"") || body.hasSuffix("’"), let open = body.range(of: ", “") ?? body.range(of: ", \"") ?? body.range(of: ", ‘"),
           open.lowerBound > body.startIndex {
            body = String(body[..<open.lowerBound])
        }
        // "Ms. X (Water Commission): licensing of tubewells".
        if let topic = body.firstRange(of: "): ") { body = String(body[..<body.index(after: topic.lowerBound)]) }
        // "Brig. Gen. (res.) Dr. X", "Colonel (ret.) X": a retired or reserve officer's mark is no part of the name.
        // (Each expression and replacement runs only where what it looks for may be printed: this runs on every roster line.)
        if body.includes("(") { body = body.replacing(Self.retiredMark, with: "") }
        // "Ir. Bambang Hariyanto, M.Sc., Institut ...": a degree after the name is no part of where they work.
        if body.includes(",") { body = body.replacing(Self.degreeAfterComma, with: "") }
        let lettersLast = body.split(separator: " ").dropFirst().last.map { Names.postNominals.contains(String($0)) } == true
        // "Rachel Ngata MP (Chairperson)", "Sir John Hale KC": letters after a name are no part of it.
        body = body.split(separator: " ", omittingEmptySubsequences: false).enumerated()
            .compactMap { word -> Substring? in
                // "Mr Graham McCartney OBE, Retail Consortium": the letters may carry the comma that sets the name apart.
                guard word.offset > 0 else { return word.element }
                if Names.postNominals.contains(String(word.element)) { return nil }
                if word.element.hasSuffix(","), Names.postNominals.contains(String(word.element.dropLast())) { return "," }
                return word.element
            }.joined(separator: " ")
        if body.includes(" ,") { body = body.replacing(" ,", with: ",") }
        // "Hon Mrs X, BBS, JP": the commas that set only letters apart go with them.
        if lettersLast {
            body = body.replacing(/,+/, with: ",")
            while body.hasSuffix(",") { body.removeLast() }
        }
        // "Hon. X, MP – Vice-Chairperson": the dash that followed the letters goes with them.
        for dash in [", – ", ", - ", ", — "] where body.includes(dash) { body = body.replacing(dash, with: ", ") }
        // "Col. Ana Ruiz (ret.) (Director, ...)": a retired officer's mark is part of the name's line, not its description.
        if body.includes(" (ret") || body.includes(" (Ret") {
            for mark in [" (ret.)", " (Ret.)", " (retd.)", " (Retd.)", " (ret)"] { body = body.replacing(mark, with: "") }
        }
        // "Lord Ashworth of Kentish Town", "Baroness Smith of Basildon, Labour": a peer's place is part of the name; on a roster
        // line "Lady X of Y" is one too.
        // "The Earl of Mowbray", "Countess of Y": a peer known by the title alone, the place the name ("Earl" and "Duke" are given
        // names too, so no honorifics of their own).
        if body.hasPrefix("The "), body.words.dropFirst().first.map({ Self.peersByPlace.contains($0.lowercased()) }) == true { body.removeFirst(4) }
        let titledByPlace = body.words.first.map { Self.peersByPlace.contains($0.lowercased()) } == true
        if let of = body.range(of: " of "), let first = body.words.first,
           Names.peerages.contains(first.lowercased()) || first == "Lady" || titledByPlace, body[..<of.lowerBound].wordCount <= (titledByPlace ? 1 : 3),
           case let after = body[of.upperBound...], case let end = [", ", " ("].compactMap({ after.range(of: $0)?.lowerBound }).min() ?? after.endIndex,
           case let place = after[..<end].trimming(.whitespaces),
           var printed = Names.parse(titledByPlace ? "Lord " + place : String(body[..<of.lowerBound]), lexicon), !titledByPlace || Names.isPeerPlace(place.words) {
            if titledByPlace { printed.honorific = String(first) }
            if Names.isPeerPlace(place.words), !titledByPlace {
                printed.name += " of " + place
            }
            // "Lord X of Y (The Chair)": the office in brackets after the title.
            let rest = after[end...].trimming(.whitespaces)
            let affiliation = rest.hasPrefix(",") ? rest.dropFirst().trimming(.whitespaces)
                : rest.hasPrefix("(") && rest.hasSuffix(")") ? String(rest.dropFirst().dropLast()) : ""
            return (printed, affiliation.isEmpty ? nil : affiliation)
        }
        // "Mayor Park Won-soon (Seoul)": a title before the name belongs to the description.
        var leading = body.words
        var title: [Substring] = []
        while leading.count > 2, let first = leading.first, first.first?.isUppercase == true,
              lexicon.titleWords.contains(first.lowercased()), Names.honorific(String(first), lexicon) == nil {
            title.append(leading.removeFirst())
        }
        // "AMLS President Dr. María Fuente": a body's acronym and an office, then the honorific.
        if title.isEmpty, let k = leading.firstIndex(where: { Names.honorific(String($0), lexicon) != nil }), (1...3).contains(k),
           leading[..<k].allSatisfy({ lexicon.titleWords.contains($0.lowercased()) || $0.count <= 6 && Names.isAllCaps(String($0)) && $0.last?.isLetter == true }) {
            title = Array(leading[..<k])
            leading.removeFirst(k)
        }
        if !title.isEmpty, let (printed, affiliation) = person(leading.joined(separator: " "), lexicon) {
            return (printed, ([title.joined(separator: " ")] + (affiliation.map { [$0] } ?? [])).joined(separator: ", "))
        }
        for suffix in ["'s arguments", "'s remarks", "'s presentation", "'s statement", "’s arguments"] where body.hasSuffix(suffix) {
            body.removeLast(suffix.count)
        }
        // "Mr. P. OKAFOR (Nigeria) (Vice-Chair)": the country, then the office, each in brackets of its own.
        if body.hasSuffix(")"), let second = body.range(of: ") (", options: .backwards), let paren = body.firstIndex(of: "("),
           paren < second.lowerBound, body[body.index(after: paren)..<second.lowerBound].allSatisfy({ $0 != "(" && $0 != ")" }),
           body[second.upperBound...].dropLast().allSatisfy({ $0 != "(" && $0 != ")" }),
           let printed = Names.parse(body[..<paren].trimming(.whitespaces), lexicon) {
            return (printed, body[second.upperBound...].dropLast() + " (" + body[body.index(after: paren)..<second.lowerBound] + ")")
        }
        // "Peter Buchan (North East Scotland) (SNP) (Committee Substitute)": a member's region, party and standing.
        if let paren = body.firstIndex(of: "("), body.hasSuffix(")"), case let groups = body[body.index(after: paren)..<body.index(before: body.endIndex)]
            .components(separatedBy: ") ("), (3...4).contains(groups.count), groups.allSatisfy({ !$0.contains("(") && !$0.contains(")") && !$0.isEmpty }),
           let printed = Names.parse(body[..<paren].trimming(.whitespaces), lexicon) {
            return (printed, ([groups[1] + " (" + groups[0] + ")"] + groups.dropFirst(2)).joined(separator: ", "))
        }
        if let paren = body.firstIndex(of: "("), body.hasSuffix(")") {
            let name = body[..<paren].trimming(.whitespaces)
            let affiliation = body[body.index(after: paren)..<body.index(before: body.endIndex)]
            // "A (X); B (Y)" is two people, not one with the affiliation "X); B (Y".
            if !affiliation.contains("("), !affiliation.contains(")"), let printed = Names.parse(name, lexicon) {
                return (printed, String(affiliation))
            }
        }
        // "Dr. X (Chile), Chair of the Working Group": the country in brackets, then the description.
        // "Caroline Dumont-Leroy (Renew, FR), Vice-Chair": a party and a country in the brackets, a member's, are short.
        if let paren = body.firstIndex(of: "("), let close = body[paren...].firstIndex(of: ")"),
           body[body.index(after: close)...].hasPrefix(", "),
           case let inside = body[body.index(after: paren)..<close], !inside.contains(",") || inside.wordCount <= 4 && inside.fields(",").allSatisfy({ $0.wordCount <= 2 }),
           let printed = Names.parse(body[..<paren].trimming(.whitespaces), lexicon) {
            let description = body[body.index(close, offsetBy: 3)...].trimming(.whitespaces)
            // "A (Korea Institute), Ms. B (...) and C": the next person of a list is no description.
            if !description.contains("("), !description.contains(";"),
               !description.words.contains(where: { Names.honorific(String($0), lexicon) != nil }) {
                return (printed, description + " (" + body[body.index(after: paren)..<close] + ")")
            }
        }
        if let comma = body.firstIndex(of: ",") {
            let name = String(body[..<comma])
            let affiliation = body[body.index(after: comma)...].trimming(.whitespaces)
            if var printed = Names.parse(name, lexicon) {
                // "Dr CHAN Hoi-ying, Kelly": a Hong Kong name, the surname in capitals, then the English given name after a comma.
                if affiliation.wordCount == 1, affiliation.first?.isUppercase == true, affiliation.dropFirst().allSatisfy(\.isLowercase),
                   printed.tokens.contains(where: { $0.count >= 2 && Names.isAllCaps($0) }),
                   !lexicon.titleWords.contains(affiliation.lowercased()), !Patterns.namesInstitution(affiliation) {
                    printed.name = affiliation + " " + printed.name
                    printed.given = affiliation
                    return (printed, nil)
                }
                return (printed, affiliation.isEmpty ? nil : affiliation)
            }
        }
        if let printed = Names.parse(body, lexicon) { return (printed, nil) }
        // "Valeria Huanca – Founder and CEO, Kuntur Pay (Bolivia)", "Mr Colin Fairclough - Bolton Museum": a dash before the
        // description.
        for dash in [" – ", " — ", " - "] {
            if let range = body.range(of: dash), let printed = Names.parse(String(body[..<range.lowerBound]), lexicon) {
                let description = body[range.upperBound...].trimming(.whitespaces)
                if description.first?.isUppercase ?? false { return (printed, description) }
            }
        }
        // "Lincoln Chen Director, Center for ...": the name stops at the first title word.
        let words = body.words.map(String.init)
        if let cut = words.firstIndex(where: { lexicon.titleWords.contains($0.lowercased().trimming(.punctuationCharacters)) }),
           // "Governance Support Officer": an office alone, with no name before its words.
           cut >= 2, cut < words.count - 1, let printed = Names.parse(words[..<cut].joined(separator: " "), lexicon) {
            return (printed, words[cut...].joined(separator: " "))
        }
        return nil
    }

    nonisolated(unsafe) private static let bracketedNoteAtEnd = /\s*\[[^\]]*\]\s*$/

    /// "DE OLIVEIRA NETO, João Batista — Federal University of Pará, Belém", "OKAMURA, Kenji (Tokyo University)": a list of
    /// participants sorted by family name prints it first, in capitals, before the given names.
    static func invertedPerson(_ text: String, _ lexicon: GenreLexicon) -> (PrintedName, String?)? {
        guard let match = text.trimming(.whitespaces).wholeMatch(of: Self.familyFirst) else { return nil }
        let family = String(match.output.1), given = String(match.output.2)
        // "McKENNA, Mr Daniel": a Scottish or Irish prefix keeps its small letter in a surname printed in capitals.
        let capitals = family.replacing(/^Ma?c(?=\p{Lu})/, with: "").filter(\.isLetter)
        guard Names.isAllCaps(capitals), capitals.count >= 2, family.wordCount <= 4,
              let printed = Names.parse(given + " " + family, lexicon) else { return nil }
        // "[by video link]": how a witness appeared is no part of the position.
        let rest = match.output.3.map { String($0).replacing(Self.bracketedNoteAtEnd, with: "").trimming(.init(charactersIn: " ()–—-,")) }
        return (printed, rest?.isEmpty == false ? rest : nil)
    }

    nonisolated(unsafe) static let familyFirst =
        /((?:Ma?c)?[\p{Lu}'’\- ]+), ((?:\p{Lu}[\p{Ll}'’\-]+)(?: \p{Lu}[\p{Ll}'’\-]+){0,3})(?:(?:\s+[—–-]\s+|,\s+|\s*\()(.+))?/

    /// "Tevita Kaufusi | Pacific Community | Fiji": a list of participants printed as a table, the name in its first cell.
    /// "Governor of Toyama Prefecture  MORIKAWA Kenji", "Governance Support Officer     Lucy Tamatea": two cells, an office
    /// or a body in the first, no one's name, and a name alone in the second; the office is the person's description.
    static func officeBeforeName(_ cells: [String], _ lexicon: GenreLexicon) -> (PrintedName, String)? {
        guard cells.count == 2, cells[1].wordCount <= 4, !cells[1].contains(","),
              cells[0].lowercased().letterRuns.contains(where: { lexicon.titleWords.contains(String($0)) }) || Patterns.namesInstitution(cells[0]),
              person(cells[0], lexicon) == nil, let printed = Names.parse(cells[1], lexicon) else { return nil }
        return (printed, cells[0])
    }

    static func personInCells(_ text: String, _ lexicon: GenreLexicon) -> (PrintedName, String?)? {
        // "Dr. Helen Tata        Regulatory Systems, WHO": a bar, a tab or a run of spaces between the cells.
        let cells = PlainTextReader.rosterCells(text, piped: text.includes(" | "))
        if let (printed, office) = officeBeforeName(cells, lexicon) { return (printed, office) }
        guard cells.count >= 2, let (printed, _) = person(cells[0], lexicon) ?? invertedPerson(cells[0], lexicon), cells[0].wordCount <= 6 else { return nil }
        return (printed, cells.dropFirst().joined(separator: ", "))
    }
}
