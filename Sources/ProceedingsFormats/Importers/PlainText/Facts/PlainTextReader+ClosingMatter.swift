import Foundation

/// The page's closing matter under the story: contacts, related links, the page's own contributors.
extension PlainTextReader {
    /// The first heading of the page's closing matter ("Contacts", "Related stories:") that follows
    /// a paragraph of the story.
    func closingHeading(after bodyStart: Int) -> Int? {
        var story = false
        for (index, line) in lines.enumerated().dropFirst(bodyStart) where !line.isBlank {
            let text = line.text
            if HeaderReader.isProse(text) { story = true; continue }
            guard story, text.wordCount <= 12, LineShape(line).markers.isEmpty else { continue }
            // "Contacts", "For further information, please contact:", "Media contact: J. Doe, +32 ...".
            let head = text.prefix { $0 != ":" && $0 != "," }
            if lexicon.closingHeadings.contains(head.trimming(.whitespaces).lowercased()),
               head.count == text.count || text.wordCount <= 12 && head.wordCount <= 4, !listsContents(at: index),
               // "Contributors" over cards, then the story: a list of the page's people, not its closing matter; the site's own
               // lines after the next closing heading ("Related Content", "Subscribe ...") are no story.
               !Self.namesPeopleOfThePage(head) || !lines[(index + 1)...].prefix(while: { !lexicon.closingHeadings.contains($0.text.trimming(.whitespaces).lowercased()) })
                .contains(where: { HeaderReader.isProse($0.text) }) { return line.number }
        }
        return nil
    }

    /// "Contributors", "Authors": the people of the page, closing matter only at its foot.
    static func namesPeopleOfThePage(_ head: Substring) -> Bool {
        ["contributors", "authors", "about the author", "about the authors"].contains(head.trimming(.whitespaces).lowercased())
    }

    /// "Page contents" / "Opening session" / "Session 1: ..." / "Related links": a list of the page's headings printed
    /// before them, whose last entry may be the closing matter's; the page goes on under the headings it lists.
    private func listsContents(at index: Int) -> Bool {
        var first = index, last = index
        while first > 0, !lines[first - 1].isBlank { first -= 1 }
        while last + 1 < lines.count, !lines[last + 1].isBlank { last += 1 }
        guard last > first else { return false }
        // Most of its other entries are printed again below: one ("News") may recur by chance.
        let entries = Set(lines[first...last].indices.filter { $0 != index }.map { lines[$0].text.trimming(.whitespaces) }.filter { $0.wordCount <= 12 })
        let again = Set(lines[(last + 1)...].map { $0.text.trimming(.whitespaces) }).intersection(entries)
        return again.count >= max(2, (entries.count + 1) / 2)
    }
}
