import Foundation

/// Who a sentence reports as speaking, and to whom: a ministry's spokesperson who tells of a meeting, and a speech made to
/// the whole event rather than to the part the prose was in.
extension PlainTextReader {
    /// "X, Official Spokesperson ..., stated that the Ministry hosted ...": what the voice reports is the meeting itself,
    /// outside a briefing or a news conference the page is about.
    static func spokespersonReports(_ affiliation: String?, lower: String, eventTitle: String) -> Bool {
        guard let office = affiliation?.lowercased(), ["spokesperson", "spokesman", "spokeswoman"].contains(where: office.includes),
              !["briefing", "press conference", "news conference"].contains(where: eventTitle.includes),
              let that = [" stated that ", " said that ", " announced that ", " added that ", " noted that "].lazy
                  .compactMap({ lower.firstRange(of: $0) }).first else { return false }
        let reported = String(lower[that.upperBound...])
        return [" hosted ", " held ", " convened ", " took place", " co-chaired ", " chaired "].contains(where: reported.includes)
    }

    /// "X also addressed the forum", "told the conference that": a speech to the whole event, not to the panel the prose was
    /// in; "addressed the conference theme" speaks of a subject, and "told the hearing" a hearing's panel of witnesses.
    static func addressesTheEvent(_ lower: String, eventNouns: Set<String>) -> Bool {
        guard let verb = [" addressed the ", " told the ", " spoke to the "].lazy.compactMap({ lower.firstRange(of: $0) }).first,
              let noun = lower[verb.upperBound...].letterRuns.first, eventNouns.contains(String(noun)), !nounsOfParts.contains(String(noun))
        else { return false }
        let after = lower[verb.upperBound...].dropFirst(noun.count)
        return after.isEmpty || [",", ".", ";", " that ", " on ", " saying", " and "].contains(where: { after.hasPrefix($0) })
    }
}
