import Foundation

/// What the header as a whole says of its title, once every line of it is read: a date left among the site's lines, one
/// event of a series, a numbered meeting, the body whose minutes these are, and the kind of event printed under its name.
extension HeaderReader {
    static func settleTitle(_ header: inout Header, _ lines: [SourceLine], _ lexicon: GenreLexicon) {
        datedFromResidue(&header, lexicon)
        titleOneEventOfASeries(&header, lines, lexicon)
        titleTheNumberedMeeting(&header, lines, lexicon)
        titleTheMinutes(&header, lines)
        titleOverItsKind(&header, lines, lexicon)
        titleUnderItsBody(&header, lines, lexicon)
        titleTheTypedLineUnderItsBody(&header, lexicon)
        typeOfTheTitleUnderIt(&header, lexicon)
        titleInEnglishUnderIt(&header, lexicon)
        titleBeforeItsTypeAndDash(&header)
        inquiryUnderItsCommittee(&header)
    }

    /// "Joint Committee on Agriculture debate -" over "Tuesday, 11 Feb 2025": a parliament's record names the body, then
    /// the kind of record and a dash before the date printed under it.
    /// "COMMITTEE ON ENERGY HEARING RECORD", "Joint Committee on Health debate" (its date cut off): the body that sat, then the
    /// kind of record, on one line.
    static func titleBeforeItsTypeAndDash(_ header: inout Header) {
        guard let title = header.title, header.documentType.map({ title.lowercased().hasSuffix(" " + $0.lowercased()) }) ?? true else { return }
        let typed = title.wholeMatch(of: typeAndDash).map { ($0.output.1, $0.output.2) }
            ?? title.wholeMatch(of: bodyAndRecord).flatMap { match in
                // "Joint Committee on Health debate", not "Security Council Open Debate": a record of a committee's debate.
                let debate = match.output.2.lowercased().hasPrefix("debate")
                return meetsAsABody(String(match.output.1)) && (!debate || match.output.2.first == "d" && match.output.1.contains("Committee"))
                    ? (match.output.1, match.output.2) : nil
            }
        guard let (body, type) = typed else { return }
        header.title = String(body)
        guard header.documentType == nil else { return }
        header.documentType = Names.isAllCaps(String(type).replacing(" ", with: "")) ? inTitleCase(String(type))
            : String(type).prefix(1).uppercased() + type.dropFirst()
        header.documentTypeLine = header.titleSpan.last
        header.documentTypeCue = "document-type.after-title"
    }

    nonisolated(unsafe) static let bodyAndRecord = /(?i)(.{8,}?) (hearing record|record of proceedings|summary record|verbatim record|official report|minutes of proceedings|debates?)/
    nonisolated(unsafe) static let typeAndDash = /(.{8,}?) (debate|debates|hearing|sitting|proceedings)\s*[-–—]/

    /// "Justice and Home Affairs Committee" / "Corrected oral evidence: Live facial recognition in policing": under the body
    /// whose record it is, a line that opens with the document's type gives the type and, after it, the title.
    static func titleTheTypedLineUnderItsBody(_ header: inout Header, _ lexicon: GenreLexicon) {
        guard header.documentType == nil, let title = header.title, let subtitle = header.subtitle, header.subtitleLines.count == 1,
              isInstitutionName(title, lexicon) || meetsAsABody(title)
                // "AIIA Victoria" / "Event Recap: Jakarta's Next Chapter": a branch of a body, by its letters, as a kicker.
                || title.wordCount <= 3 && title.words.contains(where: { $0.count >= 3 && Names.isAllCaps(String($0)) }) && !namesMeeting(title, lexicon),
              subtitle.includes(": "),
              let (type, rest) = DocumentTypes.prefix(subtitle, lexicon), rest.wordCount >= 2 else { return }
        header.residue.append(TextLine(text: title, line: header.titleSpan.first))
        if header.masthead == nil { header.masthead = TextLine(text: title, line: header.titleSpan.first) }
        header.documentType = type
        header.documentTypeLine = header.subtitleLines[0]
        header.documentTypeCue = "document-type.before-title"
        header.title = rest
        header.titleSpan = SourceSpan(header.subtitleLines[0])
        header.subtitle = nil
        header.subtitleLines = []
    }

    /// "Kumitat Permanenti għall-Affarijiet Barranin u Ewropej" / "Standing Committee on Foreign and European Affairs": a
    /// bilingual parliament names the body in its own language first, then in English; the English name is the title.
    static func titleInEnglishUnderIt(_ header: inout Header, _ lexicon: GenreLexicon) {
        let english: Set<String> = ["of", "the", "and", "on", "for", "in", "to", "a", "an", "after", "with", "at", "from", "by", "under", "over"]
        // The other language shows: a letter English does not print ("għall-"), or its own small words.
        let foreign: Set<String> = ["u", "de", "des", "der", "die", "und", "et", "y", "och", "og", "na", "ar", "ta", "il", "tal", "du", "le", "la"]
        guard let title = header.title, let subtitle = header.subtitle, header.subtitleLines.count == 1, header.subtitleLines[0] == header.titleSpan.first + 1,
              !title.lowercased().words.contains(where: { english.contains(String($0)) }),
              title.unicodeScalars.contains(where: { $0.value > 0x7F && CharacterSet.letters.contains($0) })
                || title.lowercased().letterRuns.contains(where: { foreign.contains(String($0)) }),
              subtitle.lowercased().words.contains(where: { english.contains(String($0)) }), abs(title.wordCount - subtitle.wordCount) <= 2,
              meetsAsABody(subtitle), !meetsAsABody(title) else { return }
        header.notes.append(TextLine(text: title, line: header.titleSpan.first))
        header.title = subtitle
        header.titleSpan = SourceSpan(header.subtitleLines[0])
        header.subtitle = nil
        header.subtitleLines = []
    }

    /// "Expert Group Meeting on X" / "Geneva, 23–25 October 2023" / "Report of the Expert Group Meeting on X": a UN report
    /// names the meeting, then says what the document is of it; the second line gives the type, and no subtitle.
    static func typeOfTheTitleUnderIt(_ header: inout Header, _ lexicon: GenreLexicon) {
        guard header.documentType == nil, let title = header.title, let subtitle = header.subtitle, header.subtitleLines.count == 1,
              let (type, rest) = DocumentTypes.prefix(subtitle, lexicon), rest.lowercased() == title.lowercased() else { return }
        header.documentType = type
        header.documentTypeLine = header.subtitleLines[0]
        header.documentTypeCue = "document-type.after-title"
        header.repeats.append(header.subtitleLines[0])
        header.subtitle = nil
        header.subtitleLines = []
    }

    /// "Committee on Legal Affairs and Human Rights" / "Transnational repression: Legal Affairs Committee hears ...": the
    /// body whose page it is, printed over the headline as a kicker, gives the title to the headline under it.
    /// Only a headline's sentence under it: "Committee on Energy" over "Hearing" or a bill's name is the record's own name.
    /// "Undersecretariat of International Economic Relations" / "" / "Undersecretary X inaugurates ...": a web page sets the
    /// kicker in a paragraph of its own.
    static func titleUnderItsBody(_ header: inout Header, _ lines: [SourceLine], _ lexicon: GenreLexicon) {
        guard let title = header.title, let subtitle = header.subtitle, let first = header.subtitleLines.first, first > header.titleSpan.last,
              lines[header.titleSpan.last..<(first - 1)].allSatisfy(\.isBlank), first - header.titleSpan.last <= 2, subtitle.wordCount >= 6,
              isInstitutionName(title, lexicon), !isInstitutionName(subtitle, lexicon), !isProse(subtitle),
              // "Sustainable Prosperity for Europe Programme" / "" / "Clean industry, fragmented market? ...": a think tank's
              // programme over the event it held, whatever the headline's grammar.
              hasPresentVerb(subtitle) || title.words.last.map({ Self.programmeUnits.contains($0.lowercased()) }) == true
                && (subtitle.contains("?") || subtitle.contains(": ") || namesMeeting(subtitle, lexicon)) else { return }
        header.residue.append(TextLine(text: title, line: header.titleSpan.first))
        if header.masthead == nil { header.masthead = TextLine(text: title, line: header.titleSpan.first) }
        header.title = subtitle
        header.titleSpan = SourceSpan(header.subtitleLines.first!, header.subtitleLines.last!)
        header.subtitle = nil
        header.subtitleLines = []
    }

    private static let programmeUnits: Set<String> = ["programme", "program", "initiative", "project", "unit", "hub", "lab", "observatory"]

    /// "Seminar" / "Heritage at Risk: Historic Cities and Climate Change" / "International seminar": the kind of event printed
    /// under its name, read as the title while the name went with the site's lines, gives the title back to the name.
    static func titleOverItsKind(_ header: inout Header, _ lines: [SourceLine], _ lexicon: GenreLexicon) {
        guard let title = header.title, header.titleSpan.first == header.titleSpan.last, header.titleSpan.first >= 2,
              isEventCategory(title, lexicon), case let above = lines[header.titleSpan.first - 2], !above.isBlank,
              let index = header.residue.firstIndex(where: { $0.line == above.number }),
              above.text.wordCount >= 3, !isEventCategory(above.text, lexicon), !Residue.isMenu(above.text), !Residue.isTrail(above.text),
              !Residue.isBreadcrumb(above.text), !isProse(above.text) else { return }
        header.residue.remove(at: index)
        header.residue.append(TextLine(text: title, line: header.titleSpan.first))
        header.title = unquoted(above.text)
        header.titleSpan = SourceSpan(above.number)
    }
}
