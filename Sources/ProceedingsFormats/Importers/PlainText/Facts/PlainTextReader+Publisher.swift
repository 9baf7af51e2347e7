import Foundation

/// The publisher's own meeting. A page that names no organiser, printed under a body's masthead, that
/// speaks of that body again in its text ("the Hofvijver Institute welcomed some 120 guests", "at the
/// Institute's headquarters", "PAPSRN"), reports a meeting the body held: an institute's event page, a
/// ministry's readout. Said as an inference, from the masthead's line.
extension PlainTextReader {
    /// "Report of the Foreign Affairs Committee" under the title: the body whose report it is.
    static let reportOpeners = ["Report", "Minutes", "Summary", "Record", "Proceedings", "Evidence"].map { $0 + " of the " }

    /// `reportOf`: the body a line under the title says the report is of ("Report of the Foreign Affairs Committee"), or the
    /// committee printed over the inquiry it sat for, which needs no more evidence.
    mutating func publisherAsOrganizer(_ mastheads: [TextLine], reportOf: TextLine?, inquiry: Bool, body: Range<Int>) {
        // "... and co-organised with the Danish Institute": a partner named alone leaves the host unnamed.
        let onlyPartners = explanations.filter { $0.fact == "organizer" && !$0.person }.allSatisfy { $0.cue == "organizer.partner" }
        guard !hasOrganizingBody || onlyPartners, !mastheads.isEmpty || reportOf != nil else { return }
        let categories = categories
        let text = lines[body].filter { !$0.isBlank && categories[$0.number] != .residue }.map(\.text).joined(separator: "\n")
        // "Report of the Thirty-Ninth Session of the ... Commission": the report of a meeting names no author.
        let vouched = reportOf.flatMap { line in Patterns.namesInstitution(line.text) && !HeaderReader.namesMeeting(line.text, lexicon)
            ? (line, (full: line.text, name: line.text, acronym: String?.none)) : nil }
        guard let (masthead, name) = vouched ?? mastheads.lazy.compactMap({ line in Self.bodyName(inMasthead: line.text).map { (line, $0) } })
            .first(where: { Self.speaksOf($0.1, in: text) }) else { return }
        let id = registry.organization(name.full, line: masthead.line)
        guard !participations.contains(where: { $0.organizationId == id && $0.role == .organizer }) else { return }
        participations.append(Participation(organizationId: id, role: .organizer, roleAsPrinted: nil, line: masthead.line))
        explain("organizer", name.full, line: masthead.line, cue: vouched == nil ? "organizer.publisher" : inquiry ? "organizer.inquiry-of" : "organizer.report-of")
        let whose = vouched == nil ? "whose page this is and whom the text speaks of" : inquiry ? "which held the hearing" : "whose report this is"
        findings.append(Finding(file: fileName, line: masthead.line, column: lines[masthead.line - 1].indent + 1, severity: .warning,
                                rule: .organizerFromMasthead,
                                message: "no organiser is named; \"\(name.full)\", \(whose), is taken as the organiser"))
    }

    nonisolated(unsafe) private static let partnerLine = /(?i)in (?:partnership|association|collaboration|cooperation) with (?:the )?(\p{Lu}[^.;:]{2,120}?)\.?/

    /// "In partnership with the Halvorsen Foundation for Global Health" under the title: the partner organised the meeting with
    /// the body whose page it is, which the publisher's reading adds.
    mutating func readPartnerLine(_ sentence: String, line: Int) {
        guard sentence.first == "I" || sentence.first == "i", let match = sentence.wholeMatch(of: Self.partnerLine) else { return }
        for name in organizerNames(String(match.output.1)) where isOrganizationName(name) {
            addOrganizer(name, roleAsPrinted: "in partnership with", cue: "organizer.partner", printed: "in partnership with", line: line)
        }
    }

    /// The body as an organiser of the event, once, with the words that said so.
    mutating func addOrganizer(_ name: String, roleAsPrinted: String, cue: String, printed: String, line: Int) {
        let id = registry.organization(name, line: line)
        guard !participations.contains(where: { $0.organizationId == id && $0.role == .organizer && $0.personId == nil }) else { return }
        participations.append(Participation(organizationId: id, role: .organizer, roleAsPrinted: roleAsPrinted, line: line))
        explain("organizer", name, line: line, cue: cue, printed: printed)
    }

    /// The name a masthead prints, in title case, with the acronym it gives: "CEASS | Centre for Euro-Asian
    /// Security Studies" → "Centre for Euro-Asian Security Studies (CEASS)".
    static func bodyName(inMasthead printed: String) -> (full: String, name: String, acronym: String?)? {
        let cells = Residue.cells(printed, apartBy: [" | ", " — ", " – ", " · "])
        var acronym = cells.first { $0.count >= 2 && $0.count <= 8 && !$0.contains(" ") && Names.isAllCaps($0) }
        guard var name = cells.map(HeaderReader.inTitleCase).filter({ Patterns.namesInstitution($0) && isOrganizationShape($0) })
            .max(by: { $0.wordCount < $1.wordCount }) else { return nil }
        // "PAN-AFRICAN PEACE AND SECURITY RESEARCH NETWORK (PAPSRN)": the acronym in brackets.
        if let open = name.lastIndex(of: "("), name.hasSuffix(")") {
            let inner = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            if inner.count <= 8, !inner.contains(" ") {
                acronym = inner.uppercased()
                name = name[..<open].trimming(.whitespaces)
            }
        }
        // "International Labour Organization" is spoken of as "the ILO": the initials of its capitalised words.
        let initials = String(name.letterRuns.filter { $0.first?.isUppercase == true }.compactMap(\.first))
        return (acronym.map { "\(name) (\($0))" } ?? name, name, acronym ?? (initials.count >= 3 ? initials : nil))
    }

    /// The text names the body: in full, by its acronym, by the words that set it apart ("the Hofvijver
    /// Institute" for "Hofvijver Institute for International Relations"), or as "the Institute".
    static func speaksOf(_ body: (full: String, name: String, acronym: String?), in text: String) -> Bool {
        let lower = text.lowercased()
        if lower.includes(body.name.lowercased()) { return true }
        let words = text.letterRuns.map(String.init)
        if let acronym = body.acronym, words.contains(acronym) { return true }
        let nameWords = body.name.letterRuns.map(String.init)
        guard let head = nameWords.firstIndex(where: { Patterns.namesInstitution($0, plurals: false) }) else { return false }
        // "Hofvijver Institute": the words before the institution's noun, with it.
        if head >= 1 {
            let core = nameWords[...head].joined(separator: " ").lowercased()
            if lower.includes(core) { return true }
        }
        // "the Institute", "the Ministry's": the noun itself, capitalised after "the", and not another body's name
        // ("the University of Nairobi", "the University Hospital").
        let noun = "the " + nameWords[head]
        var rest = text[...]
        while let found = rest.firstRange(of: noun) {
            let after = rest[found.upperBound...]
            rest = after
            guard let next = after.first else { return true }
            if next == "’" || next == "'" || next == "," || next == "." { return true }
            guard next == " " else { continue }
            let word = after.dropFirst().prefix { $0.isLetter }
            if word.first?.isUppercase == true || ["of", "for"].contains(String(word)) { continue }
            return true
        }
        return false
    }
}
