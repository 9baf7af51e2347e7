extension Person {
    /// Whether a row of the corrections file names the person: by the name, or by a form the page
    /// prints, so that a row written from the importer's reading still finds a person renamed by
    /// an earlier row.
    func isNamed(_ text: String) -> Bool {
        name == text || printedName == text || variants.contains(text)
    }

    /// The given and family name of `name`. They are what the reader took from the printed name
    /// unless a correction gave another name; then they are made again from that name, so that a
    /// misspelt surname is neither kept as the corrected name's nor lost from it. Found from the
    /// record on every export rather than kept, so that every format gives the same parts from
    /// the name and the printed parts, which the formats that say "as printed" keep.
    public var nameParts: (given: String?, family: String?) {
        guard let printedName, printedName != name else { return (givenName, familyName) }
        return Self.parts(of: name, printed: printedName, given: givenName, family: familyName)
    }

    /// Word for word where the corrected name has as many words as the printed one and each part
    /// is a run of the printed name's words ("Shinako Tuchiya" → "Shinako Tsuchiya": the
    /// surname is the second word of both), which keeps the order the reader saw ("KAI
    /// Noritake"). Otherwise the corrected name is read as the reader reads a name, with the
    /// built-in lexicon only: the same on every run, whatever `--lexicon` the run adds.
    static func parts(of name: String, printed: String, given: String?, family: String?) -> (given: String?, family: String?) {
        let printedWords = printed.split(whereSeparator: \.isWhitespace).map(String.init)
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        func run(_ part: String?) -> Range<Int>?? {
            guard let part else { return .some(nil) }
            let partWords = part.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !partWords.isEmpty, partWords.count <= printedWords.count else { return nil }
            for start in 0...(printedWords.count - partWords.count) where Array(printedWords[start..<start + partWords.count]) == partWords {
                return .some(start..<start + partWords.count)
            }
            return nil
        }
        if words.count == printedWords.count, case .some(let givenRun) = run(given), case .some(let familyRun) = run(family) {
            func joined(_ range: Range<Int>?) -> String? { range.map { words[$0].joined(separator: " ") } }
            return (joined(givenRun), joined(familyRun))
        }
        if let parsed = Names.parse(name, .builtIn) { return (parsed.given, parsed.family) }
        // One word that the grammar does not call a name alone: a surname, as "Tsuchiya" is.
        return words.count == 1 ? (nil, words[0]) : (nil, nil)
    }
}
