/// Quotation marks inside a statement: `title`, `q` or `soCalled` as `TEIQuotation` tells them
/// apart, the marks themselves left outside as printed.
extension TEIWriter {
    /// Numbers the parts of the quotations that reporting clauses cut within one statement, so that
    /// each part's id, and the pointers between the parts, are unique: `q.<statement>.1`, `.2`, ...
    final class QuotationParts {
        let statementId: String
        /// The names that may be marked in the statement's running text (`TEINames`).
        let names: [TEINames.Form]
        private(set) var count = 0

        init(statementId: String, names: [TEINames.Form]) {
            self.statementId = statementId
            self.names = names
        }

        func next() -> Int {
            count += 1
            return count
        }
    }

    func quotationPartId(_ parts: QuotationParts, _ number: Int) -> String {
        P.quotation + parts.statementId + "." + String(number)
    }

    /// Text of a statement with what its quotation marks enclose marked up. A `q` inside a
    /// speaker's `said` quotes that speaker (`@who`); elsewhere the text does not say whose words
    /// they are. The parts of one quotation point at each other (`@next`, `@prev`).
    func quoted(_ text: String, who: String? = nil, parts: QuotationParts) {
        for segment in TEIQuotation.segments(text) {
            switch segment {
            case .text(let text): named(text, forms: parts.names)
            case .marked(.title(let level), let words): writer.element("title", ["level": level], text: words)
            case .marked(.quotation, let words): writer.element("q", ["who": who], text: words)
            case .marked(.soCalled, let words): writer.element("soCalled", text: words)
            case .cited(let citation):
                // A work the text cites, with its author (Guidelines 3.12, *Bibliographic Citations*): a
                // person of the record points at the person; anyone else is named, and listed nowhere.
                writer.element("bibl") {
                    writer.text(citation.open)
                    writer.element("title", ["level": citation.level], text: citation.title)
                    writer.text(citation.by)
                    writer.element("author") {
                        writer.element("persName", ["ref": author(citation.author, names: parts.names).map { ref(P.person + $0) }],
                                       text: citation.author)
                    }
                }
            case .marked(.quotationPart(let first, let last), let words):
                let number = parts.next()
                writer.element("q", ["xml:id": scoped(quotationPartId(parts, number)), "who": who,
                                     "prev": first ? nil : ref(quotationPartId(parts, number - 1)),
                                     "next": last ? nil : ref(quotationPartId(parts, number + 1))], text: words)
            }
        }
    }

    /// The person of the record whose form, with a title before it or not, is the cited author's name.
    func author(_ name: String, names: [TEINames.Form]) -> String? {
        let bare = name.split(separator: " ").dropFirst().joined(separator: " ")
        return names.lazy.compactMap { form -> String? in
            guard case .person(let id)? = form.kind, form.lines.isEmpty, [name, bare].contains(String(form.words)) else { return nil }
            return id
        }.first
    }

    /// Running text with the names and dates in it marked (`TEINames`); the elements only wrap
    /// the printed words. A person named here is `persName type="mention"`, which tells the name
    /// from the speaker's in a reporting clause.
    func named(_ text: String, forms: [TEINames.Form]) {
        let mentions = TEINames.mentions(in: text, forms: forms, eventYear: namesInText.eventYear,
                                         lastKnownDay: namesInText.lastKnownDay)
        guard !mentions.isEmpty else {
            writer.text(text)
            return
        }
        let characters = Array(text)
        var position = 0
        for mention in mentions {
            if mention.range.lowerBound > position { writer.text(String(characters[position..<mention.range.lowerBound])) }
            let words = String(characters[mention.range])
            switch mention.kind {
            case .person(let id): writer.element("persName", ["type": "mention", "ref": ref(P.person + id)], text: words)
            case .organization(let id): writer.element("orgName", ["ref": ref(P.organization + id)], text: words)
            case .place(let id): writer.element("placeName", ["ref": ref(id)], text: words)
            case .date(let when, let from, let to): writer.element("date", ["when": when, "from": from, "to": to], text: words)
            // Words whose shape names a body the record does not list: the converter's reading, so said,
            // pointing at no organisation, since the text does not say which one.
            case .body: writer.element("orgName", ["resp": "#" + TEI.applicationId, "cert": "medium"], text: words)
            case .country: writer.element("placeName", ["type": "country"], text: words)
            case .region: writer.element("placeName", ["type": "region"], text: words)
            case .settlement: writer.element("placeName", ["type": "settlement"], text: words)
            case .dateInEventYear(let when, let from, let to):
                // The year is the event's, not the page's print: the converter's reading, on internal evidence.
                writer.element("date", ["when": when, "from": from, "to": to, "resp": "#" + TEI.applicationId, "cert": "high",
                                        "evidence": "internal"], text: words)
            case .dateOfUnknownYear:
                // After every day the summary knows of in the event's year: of a year before, or to come. A date
                // whose value the text does not give, rather than a year that would be a guess.
                writer.element("date", text: words)
            }
            position = mention.range.upperBound
        }
        if position < characters.count { writer.text(String(characters[position...])) }
    }

    /// The values of `said/@direct` the converter writes.
    enum Directness: String {
        case own = "true", reported = "false", unknown
    }

    /// What a speaker said, with the quotations inside it: `direct` "true" (the speaker's words),
    /// "false" (the clause after a verb of saying) or "unknown" (a point printed under the speaker).
    /// `cert` is given when the speaker is the converter's inference, which `@resp` then names.
    func said(_ text: String, who: String?, direct: Directness, cert: String? = nil, parts: QuotationParts) {
        writer.element("said", ["who": who, "direct": direct.rawValue,
                                "resp": cert.map { _ in "#" + TEI.applicationId }, "cert": cert]) {
            quoted(text, who: who, parts: parts)
        }
    }
}
