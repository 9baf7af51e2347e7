import Foundation

/// "Public Officers attending: Ms A / Permanent Secretary for Housing" then "Permanent Secretary for Housing ("PS(H)")
/// briefed members ... PS(H) responded that ...": minutes list the officers who attended with their posts, then name
/// each by the post alone, and by the short form they give it at first use.
struct PostHolder {
    /// As the registry knows the person, and as a sentence would print them, with their honorific.
    var name: String
    var printed: String
}

extension PlainTextReader {
    /// The sentence as the names of those whose posts are its subjects would print it, for finding who did what.
    /// The names put in are returned too.
    mutating func namingPostHolders(_ sentence: String) -> (String, Set<String>) {
        var reading = sentence, named: Set<String> = []
        for (post, person) in postHolders() where reading.contains(post) {
            if replace(post, with: person, in: &reading, learning: true) { named.insert(person.name) }
        }
        // The longest first: "PS(H)" before an "H" of another post.
        for (short, person) in postShortForms.sorted(by: { ($0.key.count, $0.key) > ($1.key.count, $1.key) }) where reading.contains(short) {
            if replace(short, with: person, in: &reading, learning: false) { named.insert(person.name) }
        }
        return (reading, named)
    }

    /// Each use of `post` as the subject of a verb, with the short form given after it, replaced by the holder's name.
    /// "the Deputy Secretary for Housing", "the former Secretary for Housing": another post, or another holder.
    private mutating func replace(_ post: String, with person: PostHolder, in reading: inout String, learning: Bool) -> Bool {
        var searchFrom = reading.startIndex, replaced = false
        while let found = reading.range(of: post, range: searchFrom..<reading.endIndex) {
            var end = found.upperBound
            if learning, let short = reading[end...].prefixMatch(of: Self.shortForm) {
                postShortForms[String(short.output.1)] = person
                end = short.range.upperBound
            }
            let before = reading[..<found.lowerBound]
            guard before.last.map({ !$0.isLetter }) ?? true,
                  !lexicon.titleWords.contains(before.split(separator: " ").last.map { $0.lowercased() } ?? ""),
                  let verb = reading[end...].prefixMatch(of: Self.verbFollows), isVerbOfDeed(String(verb.output.1)) else {
                searchFrom = found.upperBound
                continue
            }
            let name = person.printed
            let offset = reading.distance(from: reading.startIndex, to: found.lowerBound) + name.count
            reading.replaceSubrange(found.lowerBound..<end, with: name)
            searchFrom = reading.index(reading.startIndex, offsetBy: offset)
            replaced = true
        }
        return replaced
    }

    /// The posts printed as the whole description of one person each, long enough not to be a word of prose.
    private func postHolders() -> [(String, PostHolder)] {
        var holders: [String: Set<String>] = [:]
        for participation in participations {
            guard let id = participation.personId, let post = participation.affiliation, post.wordCount >= 3,
                  post.first?.isUppercase == true else { continue }
            holders[post, default: []].insert(id)
        }
        return holders.compactMap { post, ids -> (String, PostHolder)? in
            guard ids.count == 1, let person = registry.persons.first(where: { $0.id == ids.first }) else { return nil }
            return (post, PostHolder(name: person.name, printed: [person.honorific, person.name].compactMap { $0 }.joined(separator: " ")))
        }.sorted { $0.0.count > $1.0.count }
    }

    /// "briefed", "explained", "responded", "said": a verb of what the holder did, not "and" or "to" of a phrase the post is in.
    private func isVerbOfDeed(_ word: String) -> Bool {
        lexicon.reportingVerbs.contains(word) || word.hasSuffix("ed") || ["said", "told", "gave", "made", "spoke", "took"].contains(word)
    }

    /// ` ("PS(H)")`: the short form given in brackets and quotes.
    nonisolated(unsafe) private static let shortForm = /\s*\(["“]([^"”]{2,12})["”]\)/
    nonisolated(unsafe) private static let verbFollows = /,? (?:also |then |further )?([a-z]+)/

    /// The id under which the meeting's own office, printed before the name, gives the role of presiding.
    static let meetingOfficeCue = "title.meeting-office"

    /// "OEWG Co-Chair Ana FERREYRA" at "... Working Group (OEWG-2)": the office of presiding printed before the name, after the
    /// numbered short name the meeting's title gives itself in brackets, is the chair of this meeting; so is the same office
    /// printed alone after it ("Co-Chair Henrik SØRLIE (Norway) introduced ..."). "IPCC Co-Chair X", "CTE Chair X" at a workshop
    /// of the committee, "INC Chair X" at a consultation "ahead of INC-5", "BBNJ Co-Chair X" at a workshop "(BBNJ)", or "Co-Chair
    /// Ogata of the Commission on Human Security" chair another body.
    func meetingOffice(_ title: String?, affiliation: String?) -> Bool {
        guard let words = title?.words, (1...2).contains(words.count), let office = words.last?.lowercased(),
              ["co-chair", "co-chairs", "co-chairperson", "chair", "chairperson", "co-facilitator"].contains(office),
              affiliation.map({ !Patterns.namesInstitution($0) }) ?? true else { return false }
        guard words.count == 2 else { return meetingOfficeNamed.contains(office) }
        let short = words[0].lowercased()
        guard short.count >= 2, let open = eventTitle.range(of: "(" + short) else { return false }
        return eventTitle[open.upperBound...].first.map { $0 == "-" || $0.isNumber } ?? false
    }
}
