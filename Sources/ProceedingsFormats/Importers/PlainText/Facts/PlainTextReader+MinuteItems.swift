import Foundation

/// "1. Decision on taking business in private: The Committee agreed to take items 4 and 5 in private.": a committee's minutes
/// print each item's title and what was done under it on one numbered line, the title closed by a colon.
extension PlainTextReader {
    func minuteItemWithText(_ shape: LineShape) -> (heading: Heading, prose: String, wrapped: [Int])? {
        guard isMinutes, !shape.isBullet, let (printed, number) = shape.number, let colon = shape.body.range(of: ": ") else { return nil }
        let title = String(shape.body[..<colon.lowerBound]).trimming(.whitespaces)
        let prose = String(shape.body[colon.upperBound...]).trimming(.whitespaces)
        guard (1...12).contains(title.wordCount), title.first?.isUppercase == true, prose.first?.isUppercase == true, prose.wordCount >= 4,
              RosterLines.label(title + ":", lexicon) == nil, RosterLines.person(title, lexicon) == nil else { return nil }
        let heading = Heading(target: .part(Headings.partKind(title) ?? .other), label: printed + " " + title, number: number, title: nil,
                              text: shape.line.text)
        return (heading, prose, [])
    }

    /// "3.2 ", the number of a point under an item, printed without a stop after it.
    nonisolated(unsafe) static let pointNumber = /\d{1,2}\.\d{1,2}\s+\p{Lu}/

    /// "2 Inquiry into the publishing sector: evidence session 3" over "2.1 The Committee heard evidence from ...": an item's
    /// number printed without a stop, which the points under it repeat.
    func minuteItemOverItsPoints(_ shape: LineShape) -> Heading? {
        guard isMinutes, shape.markers.isEmpty, let title = LabelledFact.afterBareNumber(shape.line.text),
              let number = Int(shape.line.text.prefix(while: \.isNumber)), (1...40).contains(number), (1...20).contains(title.wordCount),
              !title.hasSuffix("."), !Dates.all(in: shape.line.text).contains(where: { $0.day != nil }),
              let next = lines[shape.line.number...].first(where: { !$0.isBlank }), next.text.hasPrefix("\(number).1 ") else { return nil }
        return Heading(target: .part(Headings.partKind(title) ?? .other), label: shape.line.text, number: number, title: nil, text: shape.line.text)
    }

    /// "Morning Session" / "Armory Consolidation Plan – Adjutant General's Department" over "Colonel X presented ...": in
    /// minutes, a heading of no kind right over the paragraph that records it is an item of the meeting.
    func minutesTopic(_ heading: Heading, shape: LineShape) -> Heading? {
        guard isMinutes, case .section(.other) = heading.target, shape.markers.isEmpty, shape.line.number < lines.count,
              case let next = lines[shape.line.number], !next.isBlank, next.text.wordCount >= 8, endsSentence(next.text) || isLongProseLine(next.number),
              RosterLines.label(shape.body, lexicon) == nil, !isRosterLabel(shape.body) else { return nil }
        return Heading(target: .part(.other), label: heading.label, title: nil, text: heading.text)
    }

    /// "Island Ferry Services (Community Impact)" / "09:01": a heading over the hour it began at is an item of the meeting,
    /// as an official report prints its agenda; the hour is the heading's, no word of what was said under it.
    mutating func timedItem(_ heading: Heading, shape: LineShape) -> Heading? {
        guard case .section(.other) = heading.target, shape.markers.isEmpty, overItsHour(shape.line), !isRosterLabel(shape.body) else { return nil }
        consumed.insert(shape.line.number + 1)
        categories[shape.line.number + 1] = .heading
        return Heading(target: .part(.other), label: heading.label, title: nil, text: heading.text)
    }
}
