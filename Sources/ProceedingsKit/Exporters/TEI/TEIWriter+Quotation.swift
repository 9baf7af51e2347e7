/// Quotation marks inside a statement: `title`, `q` or `soCalled` as `TEIQuotation` tells them
/// apart, the marks themselves left outside as printed.
extension TEIWriter {
    /// Text of a statement with what its quotation marks enclose marked up. A `q` inside a
    /// speaker's `said` quotes that speaker (`@who`); elsewhere the text does not say whose words
    /// they are.
    func quoted(_ text: String, who: String? = nil) {
        for segment in TEIQuotation.segments(text) {
            switch segment {
            case .text(let text): writer.text(text)
            case .marked(.title(let level), let words): writer.element("title", ["level": level], text: words)
            case .marked(.quotation, let words): writer.element("q", ["who": who], text: words)
            case .marked(.soCalled, let words): writer.element("soCalled", text: words)
            }
        }
    }

    /// What a speaker said, with the quotations inside it.
    func said(_ text: String, who: String?, direct: Bool) {
        writer.element("said", ["who": who, "direct": direct ? "true" : "false"]) { quoted(text, who: who) }
    }
}
