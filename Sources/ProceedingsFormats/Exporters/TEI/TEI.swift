public import Foundation

/// TEI P5: the record as a TEI document valid against TEI All (4.3.0 and later) and against the
/// project's profile `Schemas/tei-proceedings.xsd`. Import of an export gives back an equal
/// `Record`; see `TEI.importRecord`.
///
/// Source lines are kept in the TEI-valid global attribute `@source`, as a private URI scheme
/// declared in the header (`listPrefixDef`): `line:12` or `line:12-14`, several separated by
/// spaces. Ids are prefixed by kind (`person.`, `org.`, `part.`, `section.`, `statement.`,
/// `correction.`, `corrector.`), so that they are XML names and never collide across kinds.
public enum TEI {
    public static let namespace = "http://www.tei-c.org/ns/1.0"
    public static let schemaFileName = "tei-proceedings.xsd"
    /// Output files are named `<record-id>.tei.xml`.
    public static let fileExtension = "tei.xml"

    /// The record as UTF-8 TEI. Elements follow the model's array order, so equal records give
    /// byte-identical output; the time of conversion is written only when given (`--timestamp`).
    /// `source` is the source file as seen from the folder the TEI is written in
    /// (`sourceReference(from:to:)`), so that every `@source` resolves from there; nil gives the file's name.
    /// `publication`: who publishes the file and under which licence, when the run says.
    public static func export(_ record: Record, convertedAt: Date? = nil, source: String? = nil,
                              publication: Publication = Publication()) -> [UInt8] {
        let writer = XMLWriter()
        TEIWriter(record: record, writer: writer, convertedAt: convertedAt, sourceReference: source, publication: publication).write()
        return writer.finish()
    }

    /// A document of its own, or one `TEI` of a `teiCorpus` (see `TEICorpusWriter`).
    enum Placement {
        case standalone, inCorpus
    }

    /// The category of a paragraph of no one's that narrates what people of the record said, each in
    /// a sentence of their own (`TEISpeech.voices`): read back, it is no speaker's statement, though
    /// one person alone speaks in it.
    static let narratedSpeech = Prefix.speech + "narrated"

    enum Prefix {
        static let person = "person."
        static let organization = "org."
        static let part = "part."
        static let section = "section."
        static let statement = "statement."
        static let affiliation = "aff."
        static let role = "role."
        static let kind = "kind."
        /// How a paragraph reports speech, beside its kind in `@ana`: `speech.narrated`.
        static let speech = "speech."
        static let eventKind = "event-kind."
        static let affiliationRole = "affiliation-role."
        static let place = "place."
        /// A part of a quotation that a reporting clause cuts: `q.<statement>.<n>`.
        static let quotation = "q."
        /// A librarian's correction, a `change` of revisionDesc: `correction.c-95432b14`.
        static let correction = "correction."
        /// Who made corrections, a `respStmt` of the titleStmt: `corrector.6e1b4252`.
        static let corrector = "corrector."
    }

    static let eventId = "event"
    /// The record's id as `TEI/@xml:id`, which must start with a letter: `record.2003-02-25-symposium`.
    static let recordIdPrefix = "record."
    static let sourceId = "source"
    /// The `respStmt` that `@resp` names on a value the archive's catalogue gave.
    static let catalogueId = "catalogue"
    /// `change/@type` of a librarian's correction, whose `@subtype` is the fact corrected.
    static let correctionType = "correction"
    /// The converter's `application` in `appInfo`, which `@resp` names on a reading it inferred. Not
    /// scoped by the record: in a corpus the corpus's header declares it once, as the taxonomies.
    static let applicationId = "proceedings"
    /// `line:N` and `line:N-M`: 1-based lines, as the previous release wrote them; still read.
    static let linePrefix = "line"
    /// `text:29,31`: the RFC 5147 fragment `line=29,31` of the source file, lines 30 and 31 (RFC 5147
    /// counts the positions between lines from 0), so that the header's prefixDef turns every value
    /// into a pointer into the source file: `file.txt#line=29,31`.
    static let textPrefix = "text"

    static func lines(_ span: SourceSpan) -> String { "\(textPrefix):\(span.positions)" }

    static func lines(_ line: Int?) -> String? {
        line.map { lines(SourceSpan($0)) }
    }

    static func lines(_ values: [Int]) -> String? {
        values.isEmpty ? nil : values.map { lines(SourceSpan($0)) }.joined(separator: " ")
    }

    /// The number a point prints, without the punctuation around it, as `@n` gives it: "(1)" is 1,
    /// "3." is 3, "b)" is b, "iii)" is iii; nil when nothing is left. The printed form stays in the
    /// text, as `label`, so `@n` is the value a reader sorts or cites by (Guidelines 1.3.1, att.global).
    /// Of two numbers printed together ("1. (1)") the outer one numbers the point in its list.
    static func enumeratorValue(_ printed: String) -> String? {
        let outer = printed.split(separator: " ").first.map(String.init) ?? printed
        let value = outer.trimmingCharacters(in: CharacterSet(charactersIn: "()[]{}.:)-–—").union(.whitespaces))
        return value.isEmpty || value.contains(where: \.isWhitespace) ? nil : value
    }

    nonisolated(unsafe) private static let printedItemNumber = /[0-9]{1,3}|[IVXLC]{1,6}/

    /// The number a programme part's label prints, as `@n` of its `div` and `event` gives it: the
    /// enumerator before the heading ("(2) Session One" is 2), else the number after its first word,
    /// in figures, roman numerals or a word ("Session 1:" is 1, "Panel II" is II, "Session Two" is
    /// 2); nil for a label that prints none ("Concluding Session"), which the converter does not
    /// number on the page's behalf.
    static func printedNumber(ofPart label: String) -> String? {
        if let number = headingNumber(label) { return number }
        let words = label.split(separator: " ")
        guard words.count >= 2, words[0].allSatisfy(\.isLetter) else { return nil }
        let number = words[1].trimmingCharacters(in: CharacterSet(charactersIn: ".:,;-–—"))
        if number.wholeMatch(of: Self.printedItemNumber) != nil { return number }
        return cardinals.firstIndex(of: number.lowercased()).map { String($0 + 1) }
    }

    /// The number a heading prints before its words, as `@n` gives it: an enumerator ("3. Theme" is 3),
    /// and "I." too, which at the head of a heading ("I. Significance", then "II. Discussions") is a
    /// roman one, not an initial as it may be at the head of a point.
    static func headingNumber(_ heading: String) -> String? {
        if let enumerator = printedEnumerator(heading) { return enumeratorValue(enumerator) }
        let first = heading.split(separator: " ", maxSplits: 1).first ?? ""
        return ["I.", "V.", "X."].contains(first) ? String(first.dropLast()) : nil
    }

    private static let cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                    "eighteen", "nineteen", "twenty"]

    /// `printedEnumerator`'s expression, compiled once: a literal in the function is parsed again on
    /// every call, which was a tenth of writing TEI.
    nonisolated(unsafe) private static let enumeratorPattern = /(\()?([0-9]{1,3}|[a-z]|[ivxlcdm]{1,6}|[A-Z]|[IVXLCDM]{1,6})(\.|\))/

    /// The number printed at the start of a line ("1. Bronislaw Geremek, commissioner"), as printed:
    /// one to three digits, a letter or a roman numeral, with the punctuation that marks it a number
    /// ("1.", "(a)", "iv)"); nil when the line starts otherwise. A capital and a full stop ("J.
    /// Smith") is an initial as often, and is no number here.
    static func printedEnumerator(_ line: String) -> String? {
        guard let word = line.split(separator: " ", maxSplits: 1).first,
              let match = word.wholeMatch(of: enumeratorPattern) else { return nil }
        let opens = match.output.1 != nil, closing = match.output.3
        guard !opens || closing == ")" else { return nil }
        if closing == ".", match.output.2.count == 1, match.output.2.first!.isUppercase { return nil }
        return String(word)
    }

    /// The rendition that a list whose items print their own numbers points at with `@rendition`:
    /// no numbers of a renderer's own, which would number the points twice.
    static let printedNumbersRendition = "printed-numbers"

    /// The venue in `standOff/listPlace`, which the event's `@where` and the setting's name point at.
    static let venueId = Prefix.place + "venue"

    /// The event's dates as TEI's att.datable gives them: one day in `@when`, a span in `@from` and `@to`.
    static func dating(_ event: Event) -> (when: String?, from: String?, to: String?) {
        event.endDate == nil ? (event.startDate, nil, nil) : (nil, event.startDate, event.endDate)
    }
}
