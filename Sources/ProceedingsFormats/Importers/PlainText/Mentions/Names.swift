import Foundation

/// A person as one mention prints them.
struct PrintedName: Sendable, Hashable {
    var honorific: String?
    /// The name without honorific, as printed: "Sadako Ogata", "Nishimura", "KAI Noritake".
    var name: String
    var given: String?
    var family: String

    var tokens: [String] { name.words.map(String.init) }

    /// "Dr. Touré" and "Lamine Touré": the same family name, and no given name that differs.
    func sameFamily(as other: PrintedName) -> Bool {
        let mine = (family ?? tokens.last ?? "").lowercased(), theirs = (other.family ?? other.tokens.last ?? "").lowercased()
        guard !mine.isEmpty, mine == theirs else { return false }
        // "Dr. Touré" after "Lamine Touré" is the same person; "Dr. Lee Min-ho" after "Minister Lee" may not be.
        guard let otherGiven = other.given else { return true }
        return given?.lowercased() == otherGiven.lowercased()
    }
}

/// The grammar of personal names, with the words of the genre's lexicon: honorifics, titles,
/// particles and the capitalised words that are not names.
enum Names {
    /// "The Hon Mr Justice X" without its article: a style that opens with "The" before an honorific.
    static func withoutArticle(_ text: String, _ lexicon: GenreLexicon) -> String {
        guard text.hasPrefix("The "), let second = text.words.dropFirst().first, honorific(String(second), lexicon) != nil else { return text }
        return String(text.dropFirst(4))
    }

    /// Letters printed after a name ("Rachel Ngata MP", "Sir John Hale KC"): no part of it.
    static let postNominals: Set<String> = ["MP", "MEP", "MSP", "MS", "MHK", "MNA", "MHA", "MLC", "MHR", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "PhD", "MD", "MLA", "MPP", "TD", "CEng", "FREng", "FRS", "FBA", "FRSE", "FICE", "MICE", "FRCP", "FRCS", "PEng", "FNSE", "MNSE", "FCA", "ACA", "AM", "AO", "AC", "CM", "OC", "ONZM", "CNZM", "MNZM", "DBE", "DCMG", "KCMG", "CMG", "JP", "GBM", "GBS", "SBS", "BBS", "MH", "MSc", "BSc", "MPhil", "DPhil", "LLM", "LLB", "MBA", "MPH", "MPA", "PharmD", "FACP", "FRACP", "SC"]

    /// A token that can be part of a personal name: capitalised (or a particle), letters and
    /// hyphens or apostrophes only, and not one of the genre's institutional words.
    static func isNameToken(_ token: String, _ lexicon: GenreLexicon) -> Bool {
        if postNominals.contains(token) { return false }
        // Most tokens are ASCII words in lower case: answered from their first byte.
        if let first = token.utf8.first, first >= 0x61, first <= 0x7A {
            return lexicon.nameParticles.contains(token) || isPrefixedName(token, lexicon)
        }
        if lexicon.nameParticles.contains(token) || isInitial(token) || abbreviatedGivenNames.contains(token) || isAdjunct(token) { return true }
        // "Tomás Ó Briain", "Siobhán Ní Bhriain": an Irish particle is printed with its capital.
        // "Mr. X" over "I thank the Chair": "I" is the speaker, no particle.
        if token.unicodeScalars.count <= 3, token != "I", lexicon.nameParticles.contains(token.lowercased()), token.unicodeScalars.count == 1 || token.hasPrefix("N") {
            return true
        }
        // "ʻAlipate Tuʻipulotu": a Polynesian glottal stop before the capital.
        let scalars = token.unicodeScalars.first == "ʻ" ? token.unicodeScalars.dropFirst() : token.unicodeScalars[...]
        guard let first = scalars.first, CharacterSet.uppercaseLetters.contains(first) else {
            return false
        }
        let shaped = token.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x27 }
            || token.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) || "-'’".unicodeScalars.contains($0) })
        guard shaped, token.unicodeScalars.count >= 2 else { return false }
        // "Sub-office", "Vice-Minister": a compound with an institutional part is not a name; "In-sook", "Ji-won":
        // a Korean given name's first syllable may be any short word.
        let parts = token.lowercased().fields("-")
        let printedParts = token.split(separator: "-")
        return !parts.enumerated().contains { index, part in
            lexicon.notNameWords.contains(String(part)) && !(index == 0 && parts.count == 2 && part.count <= 3 && token.contains { $0.isLowercase }
                && token.split(separator: "-").last?.first?.isLowercase == true && !englishCompoundEnds.contains(String(parts[1])))
                // "Sze-To", "Ah-In": a short syllable after the first, printed with its capital as a name's are, is no word.
                && !(index > 0 && part.count <= 3 && printedParts.count == parts.count
                     && printedParts.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) })
        }
            && !lexicon.notNameWords.contains(token.lowercased()) && !isAbstractNoun(token)
    }

    static func namesNoOne(_ tokens: [String], _ lexicon: GenreLexicon) -> Bool {
        if lexicon.countries.contains(tokens.joined(separator: " ").lowercased()) { return true }
        // "UNDP Georgia", "Ghana TUC": a body's letters beside the country of its office; "Georgia PAPANIKOLAOU" is a given
        // name before a long family name in capitals.
        let acronym = tokens.contains { $0.count >= 3 && isAllCaps($0) && $0.allSatisfy(\.isLetter) }
        let givenNameOfACountry = tokens.count == 2 && lexicon.countries.contains(tokens[0].lowercased()) && !isAllCaps(tokens[0])
            && tokens[1].count >= 4 && isAllCaps(tokens[1])
        if acronym, !givenNameOfACountry, tokens.contains(where: { lexicon.countries.contains($0.lowercased()) }) { return true }
        // "PF", "RD": two capitals with no vowel are letters of a body; "Ng" is a name.
        return tokens.contains { $0.count == 2 && $0.allSatisfy(\.isLetter) && isAllCaps($0) && !$0.lowercased().contains(where: { "aeiouy".contains($0) }) && $0 != "NG" }
    }

    /// "Prevention", "Migration", "Connectivity": English abstract nouns, which no family or given name is.
    static func isAbstractNoun(_ token: String) -> Bool {
        guard token.count > 6 else { return false }
        let lower = token.lowercased()
        // "Institutions", "Communities": in the plural too.
        return ["tion", "sion", "ity", "tions", "sions", "ities"].contains(where: lower.hasSuffix)
    }

    /// "In-depth", "One-day", "Two-way": English compounds whose first part is a short word, unlike "In-sook".
    static let englishCompoundEnds: Set<String> = ["depth", "day", "days", "person", "house", "kind", "line", "time", "way", "off",
                                                   "up", "out", "week", "year", "hand", "site", "room", "door", "going", "tier"]

    /// "al-Mansouri", "el-Sayed", "bin-Laden": a particle joined by a hyphen to a capitalised name.
    static func isPrefixedName(_ token: String, _ lexicon: GenreLexicon) -> Bool {
        guard let hyphen = token.firstIndex(of: "-") else { return false }
        let particle = String(token[..<hyphen]), rest = token[token.index(after: hyphen)...]
        return lexicon.nameParticles.contains(particle) && rest.count >= 2 && rest.first!.isUppercase
            && rest.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
    }

    /// "T." in "Kelly T. Clements": a capital and a period.
    /// "Md. Shafiqul Islam", "Ts. Oyunchimeg": a given name, or a Mongolian patronymic, printed cut short.
    static let abbreviatedGivenNames: Set<String> = ["Ma.", "Md.", "Mohd.", "Muh.", "Moh.", "Ch.", "Sh.", "Ts.", "Kh.", "Zh.", "Ya.", "Yo.", "Yu."]

    /// "Ramon Villaraza Jr.", "Jonathan R. Whitaker III": a generation closes a name and is part of it.
    static let generations: Set<String> = ["Jr.", "Jr", "Sr.", "II", "III", "IV"]

    /// A word that belongs to a name without being a given or family name: a generation, "St.", a nickname.
    static func isAdjunct(_ token: String) -> Bool {
        generations.contains(token) || token == "St." || isNickname(token)
    }

    /// 'Margaret "Peggy" Thornton-Hayes': a nickname in quotes, one token.
    static func isNickname(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first, let last = token.unicodeScalars.last, token.unicodeScalars.count > 2 else { return false }
        return (first == "\"" && last == "\"") || (first == "“" && last == "”")
    }

    /// "J.", and initials printed together as one word: "Ms N.P. Mbelekane".
    static func isInitial(_ token: String) -> Bool {
        let scalars = Array(token.unicodeScalars)
        if token.hasSuffix("."), Tokenizer.shortenedGivenNames.contains(String(token.dropLast())) { return true }
        guard [2, 4, 6].contains(scalars.count) else { return false }
        // "Jóannes Ó. Dalsgaard": an initial may be any capital.
        return stride(from: 0, to: scalars.count, by: 2).allSatisfy { Tokenizer.isUpperScalar(scalars[$0]) && scalars[$0 + 1] == "." }
    }

    /// "Carnegie's", "Grenada’s": a word in the possessive, with either apostrophe.
    static func isPossessive(_ word: some StringProtocol) -> Bool {
        word.hasSuffix("'s") || word.hasSuffix("’s")
    }

    /// "J" in "Mr J Pretorius": a capital alone, an initial printed without its stop.
    static func isBareInitial(_ token: String) -> Bool {
        token.unicodeScalars.count == 1 && ("A"..."Z").contains(token.unicodeScalars.first!)
    }

    static func isShortGivenName(_ token: String) -> Bool {
        token.count <= 3 && token.first?.isUppercase == true && token.dropFirst().allSatisfy(\.isLowercase)
            && !["The", "Of", "And", "For", "In", "On", "At", "To", "By", "As"].contains(token)
    }

    /// "Mr. X, ...", "Dr. A (Centre)": a text whose first word is a capitalised honorific begins with a person.
    static func opensWithHonorific(_ text: some StringProtocol, _ lexicon: GenreLexicon) -> Bool {
        guard let first = text.split(separator: " ", maxSplits: 1).first, first.first?.isUppercase == true else { return false }
        return honorific(String(first), lexicon) != nil
    }

    /// The titles of a peer, whose place after "of" is part of the name ("Baroness Hughes of Llanelli" is not Baroness Hughes of
    /// Stretford) and no part of where they work. "Lady" is also the style of a peer's wife or daughter, who has no place:
    /// prose leaves it out, and only a roster line's "Lady X of Y" is read as a peeress's.
    static let peerages: Set<String> = ["lord", "baroness", "baron", "viscount"]

    /// "Kentish Town", "Stratford upon Avon": a peer's place, one to three capitalised words; "LSE" or "Oxford University" after
    /// "of" is where the peer works.
    static func isPeerPlace(_ words: [Substring]) -> Bool {
        (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0 == "upon" || $0 == "on" }
            && !words.contains(where: { $0.count >= 2 && isAllCaps(String($0)) })
            && !Patterns.namesInstitution(words.joined(separator: " "))
    }

    static func honorific(_ token: String, _ lexicon: GenreLexicon) -> String? {
        // "HE Mr. Taro Sato" is H.E. without its periods; "He" is a pronoun, and a Chinese family name.
        if token == "HE" { return "H.E." }
        var key = token.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        if let found = lexicon.honorifics[key] { return found }
        // "H.E.Mrs.", "Prof.Dr.": honorifics run together, each of one or two pieces ("H.E." is two).
        let pieces = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count >= 2, token.first?.isUppercase == true, !pieces.contains(where: \.isEmpty) else { return nil }
        var parts: [String] = []
        var index = 0
        while index < pieces.count {
            if index + 1 < pieces.count, let two = lexicon.honorifics[pieces[index] + "." + pieces[index + 1]] {
                parts.append(two)
                index += 2
            } else if pieces[index].count > 1, let one = lexicon.honorifics[pieces[index]] {
                parts.append(one)
                index += 1
            } else {
                return nil
            }
        }
        return parts.count >= 2 ? parts.joined(separator: " ") : nil
    }

    /// Parses a printed name ("Dr. Tsunekawa", "KAI Noritake", "Yozo Yokota") into its parts.
    /// Returns nil when the text is not shaped like a person's name.
    /// Given names that are also words the name finder otherwise stops at: after an honorific and before a
    /// surname they are names ("Mr. Christian Rossi", "Ms. June Tan").
    static let wordsAsGivenNames: Set<String> = ["christian", "april", "may", "june", "july", "august"]

    static let doctoralFields: Set<String> = ["med.", "phil.", "iur.", "oec.", "vet.", "rer.", "nat.", "sc.", "techn.", "agr."]

    static let gradesAfterRank: Set<String> = ["General", "Colonel", "Admiral", "Marshal", "Commander", "Commodore"]

    static func parse(_ text: String, _ lexicon: GenreLexicon) -> PrintedName? {
        // "Prof.Dr. Ayse Kaya": honorifics run together are each an honorific.
        var tokens = text.words.flatMap { word -> [String] in
            let pieces = word.split(separator: ".").map { $0 + "." }
            guard pieces.count > 1, word.hasSuffix("."), pieces.allSatisfy({ Names.honorific(String($0), lexicon) != nil }) else {
                return [String(word)]
            }
            return pieces.map(String.init)
        }
        var honorificParts: [String] = []
        // "Dr. rer. nat.", "Dr. med. vet.": a doctorate's field follows the doctorate; "Nat Evans" is a name.
        while let first = tokens.first, let h = honorific(first, lexicon), honorificParts.isEmpty || !isInitial(first) && !isBareInitial(first),
              !honorificParts.isEmpty || !doctoralFields.contains(h) {
            honorificParts.append(h)
            tokens.removeFirst()
        }
        // "Brigadier General X", "Lt. Colonel Y", "Rear Admiral Z": a grade after a rank is of the rank, though "General"
        // alone heads many a line ("General Information").
        if !honorificParts.isEmpty, tokens.count >= 3, Self.gradesAfterRank.contains(tokens[0]) {
            honorificParts.append(tokens.removeFirst())
        }
        // "Rear Adm. (ret.) Henrik X", "Lt. Gen. (Retd.) Y": a rank's note that its holder has retired is of the rank.
        if !honorificParts.isEmpty, tokens.count >= 3, ["(ret.)", "(ret)", "(retd.)", "(retd)", "(rtd.)", "(retired)"].contains(tokens[0].lowercased()) {
            honorificParts.append(tokens.removeFirst())
        }
        // "Nguyen Van An": a short given name may also be an English word; it can close a longer name.
        let closing = tokens.count >= 3 && isShortGivenName(tokens.last!)
        // "Carmen Rosa Ugaz de la Torre": particles make a name longer.
        let longest = tokens.contains(where: lexicon.nameParticles.contains) ? 6 : 5
        guard (1...longest).contains(tokens.count), tokens.dropLast(closing ? 1 : 0).enumerated().allSatisfy({ isNameToken($1, lexicon)
                // "Mr. Christian Holm", "Ole Christian Rasmussen-Vik": inside a name, before its surname.
                || ($0 > 0 || !honorificParts.isEmpty) && $0 < tokens.count - 1 && wordsAsGivenNames.contains($1.lowercased())
                // "Mr J Pretorius", "Cllr A B Smith": initials without their stops, after an honorific.
                || !honorificParts.isEmpty && $0 < tokens.count - 1 && isBareInitial($1) }),
              let last = tokens.last, !lexicon.nameParticles.contains(last), !isInitial(last),
              !tokens.allSatisfy(isInitial) else { return nil }
        // "Viet Nam", "IOM Chile", "EUTM Mali", "SADC PF": a country, a body's office in a country, or letters with no vowel
        // name no one.
        if honorificParts.isEmpty, Self.namesNoOne(tokens, lexicon) { return nil }
        // A name does not begin with a generation, "St." or a nickname ("St. Petersburg" is a city), nor is it one alone.
        if let first = tokens.first, isAdjunct(first), honorificParts.isEmpty || tokens.count == 1 { return nil }
        // The family name stands before a generation: "Whitaker" in "Jonathan R. Whitaker III".
        let generation = tokens.count >= 2 && generations.contains(tokens.last!) ? tokens.removeLast() : nil
        // One word with no honorific ("Smith", "Smith Jr.") is too weak to call a person.
        if tokens.count == 1, honorificParts.isEmpty { return nil }
        let honorific = honorificParts.isEmpty ? nil : honorificParts.joined(separator: " ")
        let name = (tokens + (generation.map { [$0] } ?? [])).joined(separator: " ")
        if tokens.count == 1 {
            return PrintedName(honorific: honorific, name: name, given: nil, family: tokens[0])
        }
        // East Asian order with the family name in capitals: "KAI Noritake".
        // A name printed all in capitals ("DALE R. HOLMQUIST") sets none of its words apart.
        if let capsIndex = tokens.firstIndex(where: isAllCaps), capsIndex == 0, !isInitial(tokens[0]),
           !tokens.allSatisfy({ isAllCaps($0) || isInitial($0) }) {
            return PrintedName(honorific: honorific, name: name,
                               given: tokens.dropFirst().joined(separator: " "), family: tokens[0])
        }
        // "Pieter van den Heuvel": the particles belong to the family name; "Mr. van den Heuvel" prints it alone.
        var familyStart = tokens.count - 1
        while familyStart > 0, lexicon.nameParticles.contains(tokens[familyStart - 1].lowercased()) { familyStart -= 1 }
        if familyStart == 0 { return PrintedName(honorific: honorific, name: name, given: nil, family: name) }
        return PrintedName(honorific: honorific, name: name,
                           given: tokens[..<familyStart].joined(separator: " "), family: tokens[familyStart...].joined(separator: " "))
    }

    static func isAllCaps(_ token: String) -> Bool {
        token.count >= 2 && token == token.uppercased() && token.contains(where: \.isLetter)
    }

    /// Edit distance, small inputs only: used to recognise a misspelt repeat of a name.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The same word allowing one slip per six letters ("Bonislaw"/"Bronislaw", "Mnistry"/"Ministry").
    static func nearlyEqual(_ a: String, _ b: String) -> Bool {
        if a.caseInsensitiveCompare(b) == .orderedSame { return true }
        let allowed = min(a.count, b.count) / 6
        return allowed > 0 && distance(a, b) <= allowed
    }
}
