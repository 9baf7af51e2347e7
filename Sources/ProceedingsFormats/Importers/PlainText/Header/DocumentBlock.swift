import Foundation

/// A site's page may title the record it holds, print a paragraph on what its records are, and only then the
/// document's own heading, which says what the document is, when and where: "AGRI Committee Meeting" / "Notices of
/// Meeting include ..." / "Minutes of Proceedings" / "Meeting 87" / "Tuesday, February 13, 2024" / "Room 415, ...".
extension HeaderReader {
    /// How many lines under the page's title the document's heading may start.
    private static let reach = 30

    /// The header with the document's own heading read into it, when the page's title block said neither what the
    /// document is nor when; the site's text between the two is the page's, not the summary's.
    static func withDocumentBlock(_ header: Header, _ lines: [SourceLine], _ lexicon: GenreLexicon) -> Header {
        guard header.title != nil, header.documentType == nil, header.dateline == nil, header.eventDate == nil, header.facts.isEmpty,
              header.bodyStart < lines.count else { return header }
        for index in header.bodyStart..<min(lines.count, header.bodyStart + reach) where index > 0 && lines[index - 1].isBlank {
            let line = lines[index]
            guard !line.isBlank, LineShape(line).markers.isEmpty, DocumentTypes.line(line.text, lexicon, beforeTitle: true) != nil else { continue }
            // The reader takes a line's number for its place in the page: the lines above the heading are read as blank.
            var block = read(lines.map { $0.number <= index ? SourceLine(number: $0.number, indent: 0, text: "") : $0 }, lexicon)
            // Only a heading that dates the meeting to the day is the document's; a type over prose heads a section.
            guard block.documentTypeLine == line.number, let date = block.eventDate?.date ?? block.dateline, date.day != nil,
                  date.year != nil else { return header }
            var merged = header
            merged.documentType = block.documentType
            merged.documentTypeLine = block.documentTypeLine
            (merged.dateline, merged.datelineLine, merged.numericDate) = (block.dateline, block.datelineLine, block.numericDate)
            (merged.eventDate, merged.eventDateCue) = (block.eventDate, block.eventDateCue)
            (merged.place, merged.placeLines, merged.time) = (block.place, block.placeLines, block.time)
            merged.facts = block.facts
            merged.factContinuations = block.factContinuations
            // "44th Parliament, 1st Session" / "Meeting 87": which sitting of which body, notes on the document.
            if let title = block.title {
                block.notes.insert(TextLine(text: title, line: block.titleSpan.first), at: 0)
                merged.repeats += Array(block.titleSpan.first...block.titleSpan.last).dropFirst()
            }
            if let subtitle = block.subtitle, let line = block.subtitleLines.first {
                if merged.subtitle == nil {
                    merged.subtitle = subtitle
                    merged.subtitleLines = block.subtitleLines
                } else {
                    block.notes.append(TextLine(text: subtitle, line: line))
                }
            }
            merged.notes += block.notes
            merged.otherDates += block.otherDates
            merged.residue += block.residue
            merged.residue += lines[header.bodyStart..<index].filter { !$0.isBlank }.map { TextLine(text: $0.text, line: $0.number) }
            merged.urls += block.urls
            merged.issuers += block.issuers
            merged.lastHeaderLine = block.lastHeaderLine
            merged.bodyStart = block.bodyStart
            return merged
        }
        return header
    }
}
