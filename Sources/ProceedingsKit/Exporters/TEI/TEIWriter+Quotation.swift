/// Quotation marks inside a statement: `title`, `q` or `soCalled` as `TEIQuotation` tells them
/// apart, the marks themselves left outside as printed.
extension TEIWriter {
    /// Numbers the parts of the quotations that reporting clauses cut within one statement, so that
    /// each part's id, and the pointers between the parts, are unique: `q.<statement>.1`, `.2`, ...
    final class QuotationParts {
        let statementId: String
        private(set) var count = 0

        init(statementId: String) { self.statementId = statementId }

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
            case .text(let text): writer.text(text)
            case .marked(.title(let level), let words): writer.element("title", ["level": level], text: words)
            case .marked(.quotation, let words): writer.element("q", ["who": who], text: words)
            case .marked(.soCalled, let words): writer.element("soCalled", text: words)
            case .marked(.quotationPart(let first, let last), let words):
                let number = parts.next()
                writer.element("q", ["xml:id": scoped(quotationPartId(parts, number)), "who": who,
                                     "prev": first ? nil : ref(quotationPartId(parts, number - 1)),
                                     "next": last ? nil : ref(quotationPartId(parts, number + 1))], text: words)
            }
        }
    }

    /// What a speaker said, with the quotations inside it. `cert` is given when the speaker is the
    /// converter's inference, which `@resp` then names.
    func said(_ text: String, who: String?, direct: Bool, cert: String? = nil, parts: QuotationParts) {
        writer.element("said", ["who": who, "direct": direct ? "true" : "false",
                                "resp": cert.map { _ in "#" + TEI.applicationId }, "cert": cert]) {
            quoted(text, who: who, parts: parts)
        }
    }
}
