import Foundation

/// The days of the event and its place, printed as lines of their own where the page's header has ended already.
extension PlainTextReader {
    /// "Organised by the Centre for X" / "" / "14–15 November 2024" / "Marina Mandarin Singapore": the event's days alone on a
    /// line before the story begins, and the place printed right under them.
    mutating func readDaysAndPlace(_ shape: LineShape) -> Bool {
        let text = shape.body.trimming(.whitespaces)
        // Before the story, or under no more of it than the line of who organised it: a release's date alone under its lead
        // ("The regional seminar, organized by ECLAC, brought together ...") dates the page.
        let above = lines[..<(shape.line.number - 1)].last(where: { !$0.isBlank })?.text.lowercased() ?? ""
        guard shape.markers.isEmpty, paragraphsRead == 0 || paragraphsRead == 1 && above.wholeMatch(of: /(?:co-)?organi[sz]ed by .{3,200}/) != nil,
              currentPart == nil, (eventDate?.strength ?? 0) < 3, text.wordCount <= 6,
              let (date, rest) = Dates.dateline(text), rest.isEmpty, date.year != nil else { return false }
        setEventDate(date, line: shape.line.number, strength: 3, cue: "date.labelled")
        categories[shape.line.number] = .header
        let next = shape.line.number
        guard next < lines.count, venue == nil, case let place = lines[next].text.trimming(.whitespaces), (1...8).contains(place.wordCount),
              place.first?.isUppercase == true, !place.hasSuffix("."), !place.hasSuffix(":"), Dates.all(in: place).isEmpty,
              LineShape(lines[next]).markers.isEmpty, LabelledFact(place) == nil, !Names.opensWithHonorific(place, lexicon),
              RosterLines.label(place, lexicon) == nil, !HeaderReader.namesMeeting(place, lexicon) else { return true }
        venue = (place, next + 1, "venue.under-title")
        categories[next + 1] = .header
        consumed.insert(next + 1)
        return true
    }
}
