import Foundation

/// Who a sentence reports as speaking, and to whom: a ministry's spokesperson who tells of a meeting, and a speech made to
/// the whole event rather than to the part the prose was in.
extension PlainTextReader {
    /// "X, Official Spokesperson ..., stated that ...", outside a briefing or press conference the page is about.
    static func spokespersonReports(_ affiliation: String?, lower: String, eventTitle: String) -> Bool {
        guard let office = affiliation?.lowercased(), ["spokesperson", "spokesman", "spokeswoman"].contains(where: office.includes),
              !eventTitle.includes("briefing"), !eventTitle.includes("press conference") else { return false }
        return [" stated that ", " said that ", " announced that ", " added that ", " noted that "].contains(where: lower.includes)
    }

    /// "X also addressed the forum", "told the conference": a speech to the whole event, not to the panel the prose was in.
    static func addressesTheEvent(_ lower: String, eventNouns: Set<String>) -> Bool {
        guard let verb = [" addressed the ", " told the ", " spoke to the "].lazy.compactMap({ lower.range(of: $0) }).first,
              let noun = lower[verb.upperBound...].letterRuns.first else { return false }
        return eventNouns.contains(String(noun)) && !["debate", "roundtable", "briefing"].contains(noun)
    }
}
