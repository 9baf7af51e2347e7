import Foundation

/// Where a copied web page's headline stands. A page prints the site's name, its menu and the trail of
/// sections first, and the headline right above the story, with at most the page's date, its document
/// type and its symbol between them. So the headline is found from the story upwards, not from the top
/// down; when every line above it is such furniture, those lines are the site's and none is the title.
/// Where a line above it could be part of a title block ("Symposium on X" over "-- Toward Y --"),
/// nothing is set aside and the title is read from the top as before.
extension HeaderReader {
    /// The numbers of the lines above the headline that are the site's furniture; empty when the page
    /// does not have that shape.
    static func furnitureAboveHeadline(_ lines: [SourceLine], _ lexicon: GenreLexicon) -> Set<Int> {
        let printed = lines.indices.filter { !lines[$0].isBlank }.prefix(40)
        // The story: the first paragraph of prose.
        guard let story = printed.first(where: { isProse(lines[$0].text) && lines[$0].text.wordCount >= 12 }),
              story != printed.first, LineShape(lines[story]).markers.isEmpty else { return [] }
        let above = printed.filter { $0 < story }
        guard let headline = above.last(where: { !isHeaderFact(lines[$0].text, lexicon) }) else { return [] }
        guard isHeadline(lines[headline].text, lexicon), LineShape(lines[headline]).markers.isEmpty else {
            // "KU Leuven" / "Home  Education  Research" / "Search" / "News" over a story that names its meeting:
            // a page with no headline, all of whose lines above the story are the site's.
            let site = above.filter { !isHeaderFact(lines[$0].text, lexicon) }
            guard site.count >= 3, site.allSatisfy({ isFurniture(at: $0, in: lines, lexicon) }),
                  namesMeeting(lines[story].text, lexicon) else { return [] }
            return Set(site.map { lines[$0].number })
        }
        // A title block printed on lines without a blank between them is one headline.
        var top = headline
        while top > 0, !lines[top - 1].isBlank, !isHeaderFact(lines[top - 1].text, lexicon),
              !isFurniture(at: top - 1, in: lines, lexicon) { top -= 1 }
        var furniture: Set<Int> = []
        for index in above where index < top {
            let text = lines[index].text
            if isFurniture(at: index, in: lines, lexicon) {
                furniture.insert(lines[index].number)
            } else if !isHeaderFact(text, lexicon) {
                return []
            }
        }
        return furniture
    }

    /// A line of the header that states a fact of the page rather than its title: a date, a type, a
    /// symbol, a byline, a labelled value, a button.
    private static func isHeaderFact(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        Dates.dateline(text).map { $0.rest.isEmpty || isShortLine(text) } ?? false
            || publishedDate(text) != nil || datedCells(text, lexicon) != nil
            || DocumentTypes.line(text, lexicon, beforeTitle: true) != nil || text.wholeMatch(of: symbol) != nil
            || isByline(text) || LabelledFact(text) != nil || Residue.matches(text) || !text.contains(where: \.isLetter)
    }

    /// A headline names its meeting or says what happened at length; it is no sentence of a story.
    private static func isHeadline(_ text: String, _ lexicon: GenreLexicon) -> Bool {
        let words = text.wordCount
        return words >= 3 && words <= 40 && !text.hasSuffix(":") && !isProse(text)
            && (namesMeeting(text, lexicon) || words >= 6)
            && !Residue.isMenu(text) && !Residue.isTrail(text) && !isInstitutionName(text, lexicon)
    }

    /// The site's name, its menu and trail, the section a page is filed in.
    private static func isFurniture(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Bool {
        let text = lines[index].text
        if Residue.isMenu(text) || Residue.isTrail(text) || Residue.isBreadcrumb(text) || Residue.isMasthead(text)
            || isSectionName(text) || isSectionCells(text) || isEventCategory(text, lexicon) || isInstitutionName(text, lexicon) {
            return true
        }
        let words = text.words
        guard !words.isEmpty, !text.hasSuffix("."), !text.hasSuffix(":"), !text.contains(where: \.isNumber) else { return false }
        // "Meetings Coverage and Press Releases": a section, named by its plural.
        if words.count <= 6, sectionNouns.contains(words.last!.lowercased()) { return true }
        // "Mission to Skopje | Press release": the section's cells.
        let cells = [" | ", " › ", " > ", " » "].first(where: text.includes).map { text.components(separatedBy: $0) } ?? []
        if cells.count >= 2, cells.allSatisfy({ $0.wordCount <= 5 && !namesMeeting($0, lexicon) }) { return true }
        guard !namesMeeting(text, lexicon) else { return false }
        // "Navigation", "Water diplomacy": a word or two of a menu.
        if words.count <= 3 { return true }
        // A run of three or more short lines without a blank between them is a menu.
        guard words.count <= 6 else { return false }
        func isItem(_ k: Int) -> Bool {
            lines.indices.contains(k) && !lines[k].isBlank && lines[k].text.wordCount <= 6 && !lines[k].text.hasSuffix(":")
                && !namesMeeting(lines[k].text, lexicon)
        }
        var first = index, last = index
        while isItem(first - 1) { first -= 1 }
        while isItem(last + 1) { last += 1 }
        return last - first >= 2
    }
}
