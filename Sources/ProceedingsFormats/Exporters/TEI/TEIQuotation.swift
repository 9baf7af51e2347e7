/// What a pair of quotation marks inside a statement encloses, as TEI distinguishes it (Guidelines
/// 3.3.3, *Quotation*, and 3.12.2, *Titles*): a title, words quoted from someone, or a term the
/// writer keeps at a distance. The rules are few and look only at the quoted words and at the words
/// just before them, so that each mark-up can be explained; what they cannot tell is left as text.
///
/// - `title`: the words before the marks name a title ("entitled", "titled", "under the theme of",
///   "the book", "the report", ...); `@level` where the cue says what kind of work it is.
/// - Quoted words after a noun that names a programme ("the Project "Support to ex-poppy farmers
///   ..."") are a name, which none of the three is: they stay text.
/// - `q`: any quotation after a verb of saying or a colon ("comments such as "I deepened ...""),
///   and a clause or sentence of four words or more that is not a name in title case.
/// - `soCalled`: one to three words after no such cue ("offers "you and I" security").
/// - Anything else, a name in title case with no cue ("co-organized "Symposium on Human Security
///   ..."", two thirds of its longer words capitalised), stays text: it is quoted, but the text does
///   not say as what.
///
/// - A quotation that a reporting clause cuts in two ("“We must act,” she said, “and now.”") is one
///   quotation in parts: a `q` for each, linked by `@next` and `@prev` (Guidelines 16.7, *Aggregation*).
///
/// The marks are kept as printed, outside the element, which holds what they enclose; for a title
/// or a term, a full stop or comma printed inside the closing mark (American usage) stays outside
/// as well, since it is the sentence's and not the title's.
enum TEIQuotation {
    enum Kind: Equatable {
        case title(level: String?), quotation, soCalled
        /// One part of a quotation that a reporting clause cuts ("“We must act,” she said, “and now.”"):
        /// whether it is the first and whether it is the last.
        case quotationPart(first: Bool, last: Bool)
    }

    enum Segment: Equatable {
        case text(String)
        case marked(Kind, String)
        /// A work the text cites with its author: `"Title" by Name`.
        case cited(Citation)
    }

    /// `"Human Security in International Organizations: Blessing or Scourge?" by Shahrbanou Tadjbakhsh`:
    /// the marks and words as printed, the title between the marks, the author's name after "by".
    struct Citation: Equatable {
        var open: String
        var title: String
        var level: String?
        /// The closing mark, anything printed after it, and " by ".
        var by: String
        var author: String
    }

    /// Pairs of marks: opening, closing. The straight double mark closes itself; straight single
    /// marks are not read, since they are apostrophes as often as quotation marks.
    static let pairs: [(open: Character, close: Character)] = [("\"", "\""), ("“", "”"), ("‘", "’")]

    /// Cues naming a title: the last words before the opening mark, lower-cased, and the level of
    /// the work where the cue says it (m a monograph, a an article, j a journal).
    static let titleCues: [(words: [String], level: String?)] = [
        (["entitled"], nil), (["titled"], nil), (["theme", "of"], nil), (["theme"], nil), (["title", "of"], nil),
        (["title"], nil), (["discussed"], nil), (["book"], "m"), (["report"], "m"), (["study"], "m"), (["paper"], "a"), (["article"], "a"),
        (["journal"], "j"),
    ]
    /// A work named by a noun ("the report") only after one of these.
    static let determiners: Set<String> = ["the", "his", "her", "their", "its", "a", "an", "our", "this", "new", "latest"]
    /// Nouns before a quoted name, which is neither a title nor a quotation.
    static let nameCues: Set<String> = ["project", "projects", "programme", "programmes", "program", "programs",
                                        "initiative", "initiatives", "campaign", "scheme", "operation"]
    static let sayingCues: Set<String> = ["said", "stated", "saying", "says", "asked", "replied", "answered", "declared",
                                          "words", "remarked", "quoted", "wrote"]

    static func segments(_ text: String) -> [Segment] {
        let characters = Array(text)
        var segments: [Segment] = []
        var position = 0, index = 0
        // The closing mark of the title just read, and its kind.
        var previousTitle: Int?, previousKind: Kind?
        while index < characters.count {
            guard let pair = pairs.first(where: { $0.open == characters[index] }),
                  index == 0 || !isWordCharacter(characters[index - 1]),
                  let close = closing(characters, pair: pair, after: index) else {
                index += 1
                continue
            }
            // "“We must act,” she said, “and now.”": the parts of one quotation, each a `q`, linked.
            var parts = [(open: index, close: close)]
            while let next = continuation(characters, pair: pair, after: parts[parts.count - 1]) { parts.append(next) }
            if parts.count > 1 {
                for (number, part) in parts.enumerated() {
                    segments.append(.text(String(characters[position...part.open])))
                    segments.append(.marked(.quotationPart(first: number == 0, last: number == parts.count - 1),
                                            String(characters[(part.open + 1)..<part.close])))
                    position = part.close
                }
                index = position + 1
                continue
            }
            let inner = String(characters[(index + 1)..<close])
            let before = String(characters[position..<index])
            let context = String(characters[0..<index])
            // A title, a term or words in title case that "by" and a person's name follow: a cited work.
            // "we discussed "A" and " B."": a second title joined to the first by "and" is one too, its spaces kept.
            let joined = previousTitle.map { [" and ", " or ", ", "].contains(String(characters[($0 + 1)..<index])) } ?? false
            let kind = joined ? previousKind : kind(of: inner, after: context)
            previousTitle = nil
            if kind != .quotation, let (by, author) = author(characters, after: close) {
                let level: String? = if case .title(let level) = kind { level } else { nil }
                segments.append(.text(before))
                segments.append(.cited(Citation(open: String(characters[index]), title: inner, level: level,
                                                by: String(characters[close..<by]), author: String(characters[author]))))
                position = author.upperBound
                index = position
                continue
            }
            guard let kind else {
                index = close + 1
                continue
            }
            // A title's or a term's full stop or comma inside the closing mark is the sentence's.
            var content = inner, trailing = ""
            if kind != .quotation, let last = content.last, ".,".contains(last) {
                content.removeLast()
                trailing = String(last)
            }
            // The space after the opening mark (" Socio-economic ...") is the page's, outside the title.
            let lead = content.prefix { $0 == " " }
            content.removeFirst(lead.count)
            segments.append(.text(before + String(characters[index]) + lead))
            segments.append(.marked(kind, content))
            if case .title = kind { (previousTitle, previousKind) = (close, kind) }
            position = close
            index = close + 1
            if !trailing.isEmpty { segments.append(.text(trailing)) }
        }
        if position < characters.count { segments.append(.text(String(characters[position...]))) }
        return merged(segments)
    }

    /// " by Shahrbanou Tadjbakhsh" after a closing mark: where the name begins and its range. The name
    /// is two to four capitalised words (a particle, "de", "van", "bin", or an initial, "A.", among
    /// them), a title of address before it aside, no word of an institution or a country among them,
    /// and nothing but a comma, a stop or the end after it: "by the Government" or "by Japan" cite no one.
    static func author(_ characters: [Character], after close: Int) -> (Int, Range<Int>)? {
        let by = Array(" by ")
        guard close + 1 + by.count < characters.count, Array(characters[(close + 1)..<(close + 1 + by.count)]) == by else { return nil }
        var words: [Range<Int>] = []
        var index = close + 1 + by.count
        while index < characters.count {
            var end = index
            while end < characters.count, characters[end].isLetter || "-'’.".contains(characters[end]) { end += 1 }
            guard end > index else { break }
            words.append(index..<end)
            guard end < characters.count, characters[end] == " " else { break }
            index = end + 1
        }
        let vocabulary = NameVocabulary.builtIn
        // "Dr. A B": the title is the name's as printed (inside its persName), not one of its words.
        let titled = words.count > 1 && vocabulary.honorific(String(characters[words[0]])) != nil
        var name: [Range<Int>] = []
        for word in words.dropFirst(titled ? 1 : 0) {
            let text = String(characters[word])
            let particle = ["de", "van", "von", "bin", "binti", "al", "da", "del", "der"].contains(text)
            guard text.first?.isUppercase == true || particle else { break }
            name.append(word)
            // A word that ends with a stop ends the sentence, unless it is an initial ("A.").
            if text.hasSuffix("."), text.count > 2 { break }
        }
        while let last = name.last, !characters[last.lowerBound].isUppercase { name.removeLast() }
        guard (2...4).contains(name.count), let first = titled ? words.first : name.first, var end = name.last?.upperBound else { return nil }
        if characters[end - 1] == ".", let last = name.last, last.count > 2 { end -= 1 }
        let range = first.lowerBound..<end
        let printed = String(characters[name[0].lowerBound..<end])
        let after = end < characters.count ? characters[end] : "."
        guard ",.;)".contains(after), !NameVocabulary.namesInstitution(printed),
              !vocabulary.countries.contains(printed.lowercased()) else { return nil }
        return (range.lowerBound, range)
    }

    /// The closing mark: the next one of the pair, not followed by a letter ("people’s" is no end).
    private static func closing(_ characters: [Character], pair: (open: Character, close: Character), after open: Int) -> Int? {
        var index = open + 1
        while index < characters.count, index - open <= 400 {
            // "titled "WPS + Innovation ... (IDPs).”": a straight opening mark that a curly one closes.
            if characters[index] == pair.close || pair.open == "\"" && characters[index] == "”", index > open + 1,
               index + 1 == characters.count || !characters[index + 1].isLetter {
                return index
            }
            if characters[index] == pair.open, pair.open != pair.close { return nil }
            index += 1
        }
        return nil
    }

    /// Words of a reporting clause between the parts of a quotation: "she said", "said Dr. Okafor".
    static let reportingVerbs: Set<String> = sayingCues.union(TEISpeech.verbsOfSaying).union(["continued", "went", "asked"])

    /// The next part of a quotation whose part ends at `part`: the reporting clause after it is a few
    /// words with a verb of saying and a comma before the next opening mark ("she said, “"), the part
    /// ends with a comma (inside its closing mark or after it), and the next part opens in lower case,
    /// as a sentence goes on. Otherwise the two quotations are two.
    static func continuation(_ characters: [Character], pair: (open: Character, close: Character),
                             after part: (open: Int, close: Int)) -> (open: Int, close: Int)? {
        let limit = min(characters.count, part.close + 60)
        guard part.close + 1 < limit,
              let open = (part.close + 1..<limit).first(where: { characters[$0] == pair.open }),
              let close = closing(characters, pair: pair, after: open), characters[open + 1].isLowercase else { return nil }
        let clause = String(characters[(part.close + 1)..<open])
        let words = clause.lowercased().split { !$0.isLetter && $0 != "." && $0 != "-" }.map(String.init)
        guard characters[part.close - 1] == "," || clause.hasPrefix(","), clause.hasSuffix(", "),
              (1...5).contains(words.count), words.contains(where: reportingVerbs.contains),
              !clause.contains(where: { "?!;:\"“”".contains($0) }) else { return nil }
        return (open, close)
    }

    static func kind(of inner: String, after context: String) -> Kind? {
        let words = inner.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, inner.first?.isWhitespace == false, inner.last?.isWhitespace == false else { return nil }
        let previous = context.lowercased().split { !$0.isLetter && $0 != "-" }.suffix(3).map(String.init)
        for cue in titleCues where previous.count >= cue.words.count && Array(previous.suffix(cue.words.count)) == cue.words {
            if cue.level != nil, !(previous.count > cue.words.count && determiners.contains(previous[previous.count - cue.words.count - 1])) {
                continue
            }
            return .title(level: cue.level)
        }
        if nameCues.contains(previous.last ?? "") { return nil }
        let trimmedContext = context.trimmingSuffix(while: { $0 == " " })
        if trimmedContext.hasSuffix(":") || sayingCues.contains(previous.last ?? "") { return .quotation }
        // "Delivering as One.": the full stop inside the marks may be the sentence's (American usage).
        if words.count <= 3 { return .soCalled }
        if isTitleCase(words) { return nil }
        return .quotation
    }

    /// "Inter-Agency Programme to Nurture Peace, Security and Decent Work through Local
    /// Development": two thirds of the words of four letters or more after the first start with a capital.
    private static func isTitleCase(_ words: [Substring]) -> Bool {
        let long = words.dropFirst().filter { $0.filter(\.isLetter).count >= 4 }
        let capitalised = long.filter { $0.first(where: \.isLetter)?.isUppercase == true }
        return !long.isEmpty && capitalised.count * 3 >= long.count * 2
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func merged(_ segments: [Segment]) -> [Segment] {
        var result: [Segment] = []
        for segment in segments {
            if case .text(let text) = segment, text.isEmpty { continue }
            if case .text(let text) = segment, case .text(let last)? = result.last {
                result[result.count - 1] = .text(last + text)
            } else {
                result.append(segment)
            }
        }
        return result
    }
}

private extension String {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
