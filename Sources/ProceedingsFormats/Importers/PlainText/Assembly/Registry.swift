import Foundation

/// One identity per person and organisation within a document: later mentions ("Mr. Konuma",
/// "Co-Chair Ogata") and misspelt repeats ("Bonislaw Geremek") resolve to the first introduction.
struct Registry {
    private(set) var persons: [Person] = []
    private(set) var organizations: [Organization] = []
    private var taken: Set<String> = []
    /// Names of countries in lower case, by which one organisation's names may differ.
    var countries: Set<String> = []

    /// The person a printed name refers to, creating them at first mention.
    /// An introduction (a roster line, a speaker line) is matched only by the same full name or a
    /// misspelling of it: two roster lines "Dr. Tanaka" and "Yuki Tanaka" are two people.
    mutating func person(_ printed: PrintedName, line: Int, introduction: Bool = false) -> String {
        if let index = match(printed, introduction: introduction) {
            var person = persons[index]
            // Kept sorted without a search of every line the person was named on: mentions come mostly in
            // reading order, and a long transcript names its speakers on thousands of lines.
            if let last = person.lines.last, last < line {
                person.lines.append(line)
            } else if !person.lines.contains(line) {
                person.lines.append(line)
                person.lines.sort()
            }
            let known = ([person.name] + person.variants).map { $0.lowercased() }
            if printed.tokens.count > 1, !known.contains(printed.name.lowercased()) {
                if person.name.wordCount == 1 || Self.initialsOfGivenNames(person.name, standFor: printed.name) {
                    // The surname came first; the full form is the better name.
                    person.variants.append(person.name)
                    person.name = printed.name
                    person.givenName = printed.given
                    person.familyName = printed.family
                } else {
                    person.variants.append(printed.name)
                }
            }
            if person.honorific == nil { person.honorific = printed.honorific }
            persons[index] = person
            return person.id
        }
        let slug = Ids.slug(printed.name)
        let id = Ids.unique(slug.isEmpty ? "person" : slug, in: taken)
        taken.insert(id)
        persons.append(Person(id: id, name: printed.name, honorific: printed.honorific,
                              givenName: printed.given, familyName: printed.family, lines: [line]))
        return id
    }

    /// The known person a name would refer to, if any, without recording a mention.
    func match(_ printed: PrintedName, introduction: Bool = false) -> Int? {
        let name = printed.name.lowercased()
        // The name as printed, or with its nickname in quotes and without: "Ma. Teresa “Tess” Villanueva-Lacson" and
        // "Ma. Teresa Villanueva-Lacson" are one person.
        let plain = Self.withoutNickname(name)
        if let same = persons.firstIndex(where: { ([$0.name] + $0.variants).contains { Self.withoutNickname($0.lowercased()) == plain } }) {
            return same
        }
        let tokens = printed.tokens
        if introduction, tokens.count == 1 { return nil }
        if tokens.count == 1 {
            // A surname alone, or a given name used alone ("Dr. Surin"): only when it is unambiguous.
            let candidates = persons.indices.filter { index in
                let person = persons[index]
                return person.familyName?.lowercased() == name
                    || person.name.words.first.map({ $0.lowercased() == name }) ?? false
            }
            if !candidates.isEmpty { return candidates.count == 1 ? candidates[0] : nil }
            // "Prof. Ruiz" after "Ana Ruiz Lopez", "Dr. García" after "María José García-Pérez": the first of two surnames;
            // "Mr. Thanh" after "Nguyen Van Thanh": the name after a word read as a particle.
            let surnames = persons.indices.filter { index in
                let words = persons[index].name.words.dropFirst().map { $0.lowercased() }
                return words.dropLast().contains(name) && !persons[index].name.words.dropFirst().contains(where: { Names.isInitial(String($0)) })
                    || words.last.map { $0.contains("-") && $0.split(separator: "-").first.map(String.init) == name } ?? false
                    || persons[index].familyName.map { $0.words.count > 1 && $0.words.last?.lowercased() == name } ?? false
            }
            return surnames.count == 1 ? surnames[0] : nil
        }
        if printed.given == nil {
            // "Mr. van den Heuvel" after "Pieter van den Heuvel": the family name alone, when only one person has it.
            let candidates = persons.indices.filter { persons[$0].familyName?.lowercased() == printed.family.lowercased() }
            return candidates.count == 1 && !introduction ? candidates[0] : nil
        }
        // "Ms. Ortiz Benítez" after "Soledad Ortiz Benítez": a double surname with its honorific, alone.
        if printed.honorific != nil || tokens.count >= 2, !introduction {
            let tail = " " + name
            let candidates = persons.indices.filter { persons[$0].name.lowercased().hasSuffix(tail) }
            if candidates.count == 1 { return candidates[0] }
            // "said Jóhanna Sif" after "Jóhanna Sif Björnsdóttir", "Dr Siti Aishah" after "Siti Aishah binti Mohd Yusof",
            // "Minister Rachel Ong" after "Rachel Ong Sze Min": an Icelandic, Malay or Singaporean name said again by its
            // first words.
            let head = name + " "
            let named = persons.indices.filter { persons[$0].name.lowercased().hasPrefix(head) }
            if named.count == 1 { return named[0] }
        }
        let candidates = persons.indices.filter { index in
            let person = persons[index]
            guard let family = person.familyName else { return false }
            let otherTokens = person.name.words.map(String.init)
            if otherTokens.count == 1 { return !introduction && family.lowercased() == printed.family.lowercased() }
            guard let given = person.givenName, let printedGiven = printed.given else { return false }
            let sameFamily = family.caseInsensitiveCompare(printed.family) == .orderedSame
            // "John A. Smith" and "John Smith": a middle initial printed once.
            func withoutInitials(_ given: String) -> String { given.words.filter { !Names.isInitial(String($0)) }.joined(separator: " ") }
            let sameGiven = given.caseInsensitiveCompare(printedGiven) == .orderedSame
                || withoutInitials(given).caseInsensitiveCompare(withoutInitials(printedGiven)) == .orderedSame && !withoutInitials(given).isEmpty
            // A misspelling is accepted in one of the two names, never in both.
            return (sameFamily && Names.nearlyEqual(given, printedGiven))
                || (sameGiven && Names.nearlyEqual(family, printed.family))
        }
        if candidates.count == 1 { return candidates[0] }
        // "Mr DJ Harrower MP" in a committee's list, "Dan Harrower" in the chair's words: the initials stand for the name.
        // "Mr DJ Harrower" is no "Ms Dana Harrower". "MR. A. TUDREU.-" in a transcript after "Mr. Apisalome Tudreu" in its list.
        let initialled = persons.indices.filter {
            (Self.initialsOfGivenNames(persons[$0].name, standFor: printed.name) || Self.initialsOfGivenNames(printed.name, standFor: persons[$0].name))
                && (persons[$0].honorific == nil || printed.honorific == nil || Self.sameHonorific(persons[$0].honorific!, printed.honorific!))
        }
        return candidates.isEmpty && initialled.count == 1 ? initialled[0] : nil
    }

    /// "Mr." and "MR": one honorific, as a transcript prints its speakers in capitals.
    static func sameHonorific(_ one: String, _ other: String) -> Bool {
        one.lowercased().trimming(.init(charactersIn: ".")) == other.lowercased().trimming(.init(charactersIn: "."))
    }

    /// "DJ Harrower" and "Dan Harrower", "A. TUDREU" and "Apisalome Tudreu": the given names printed as initials in
    /// capitals, with or without stops, and the same surname.
    static func initialsOfGivenNames(_ short: String, standFor full: String) -> Bool {
        let one = short.words, other = full.words
        guard one.count == 2, other.count >= 2, let initials = one.first.map({ $0.filter { $0 != "." } }), (1...3).contains(initials.count),
              initials.allSatisfy(\.isUppercase),
              let given = other.first, given.count >= 2, given.dropFirst().allSatisfy(\.isLowercase) else { return false }
        return given.first == initials.first && one[1].lowercased() == other.last!.lowercased()
    }

    /// The organisation of that name, creating it at first mention; near-identical spellings
    /// ("Mnistry of Foreign Affairs") are the same organisation, and so are a name and its
    /// abbreviation printed with it ("UNDP", "United Nations Development Programme (UNDP)": the
    /// name in full is kept), and a name with and without its country ("Ministry of Foreign
    /// Affairs of Japan", "the Ministry of Foreign Affairs").
    mutating func organization(_ name: String, line: Int) -> String {
        if let index = known(name) {
            if !organizations[index].lines.contains(line) {
                organizations[index].lines.append(line)
                organizations[index].lines.sort()
            }
            if OrganizationName.abbreviated(name)?.abbreviation == organizations[index].name { organizations[index].name = name }
            return organizations[index].id
        }
        let slug = Ids.slug(name)
        let id = Ids.unique(slug.isEmpty ? "organization" : slug, in: taken)
        taken.insert(id)
        organizations.append(Organization(id: id, name: name, lines: [line]))
        return id
    }

    /// The id of the organisation of that name, if one is known by it.
    func knownOrganization(_ name: String) -> String? { known(name).map { organizations[$0].id } }

    private func known(_ name: String) -> Int? {
        let words = name.words.map(String.init)
        if let index = organizations.firstIndex(where: { org in
            let other = org.name.words.map(String.init)
            return other.count == words.count && zip(other, words).allSatisfy { Names.nearlyEqual($0, $1) }
        }) {
            return index
        }
        let abbreviation = OrganizationName.abbreviated(name)?.abbreviation
        if let index = organizations.firstIndex(where: { OrganizationName.abbreviated($0.name)?.abbreviation == name || $0.name == abbreviation }) {
            return index
        }
        guard !countries.isEmpty else { return nil }
        func bare(_ name: String) -> String {
            let lowered = name.lowercased()
            return lowered.hasPrefix("the ") ? String(lowered.dropFirst(4)) : lowered
        }
        func sameButCountry(_ long: String, _ short: String) -> Bool {
            guard long.hasPrefix(short + " of ") else { return false }
            return countries.contains(bare(String(long.dropFirst(short.count + 4))))
        }
        return organizations.firstIndex { org in
            let (one, other) = (bare(org.name), bare(name))
            return one == other || sameButCountry(one, other) || sameButCountry(other, one)
        }
    }

    /// An organisation the page names in full elsewhere ("PEFTLW" → "Pan-European Federation of ... (PEFTLW)"):
    /// the same organisation under that name, merged into one already known by it. Returns its id.
    mutating func rename(_ id: String, to name: String) -> String {
        guard let index = organizations.firstIndex(where: { $0.id == id }) else { return id }
        let lines = organizations.remove(at: index).lines
        taken.remove(id)
        var renamed = id
        for line in lines { renamed = organization(name, line: line) }
        return renamed
    }

    func personId(at index: Int) -> String { persons[index].id }

    /// A name without the nickname in quotes printed within it; a name without quotes, unchanged and not copied.
    static func withoutNickname(_ name: String) -> String {
        // Asked of every name known for every mention: a quote mark is looked for on bytes first (" is 0x22, “ and ‘ open with 0xE2).
        guard name.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 }), name.contains(where: { "“\"‘".contains($0) }) else { return name }
        return name.split(separator: " ").filter { word in !(word.count >= 3 && "“\"‘".contains(word.first!) && "”\"’".contains(word.last!)) }
            .joined(separator: " ")
    }
}
