import Foundation

/// A line that no layout claimed: a point of the speaker whose points follow, a point of an evaluation, or prose, held
/// back one line so that a paragraph wrapped over lines is read whole.
extension PlainTextReader {
    mutating func readBlock(_ shape: LineShape) {
        let line = shape.line
        let text = shape.body
        let span = SourceSpan(line.number)
        let form: BlockForm = shape.isBullet ? .bullet : (shape.number != nil ? .numbered : .paragraph)
        let inEvaluation = currentSection.map { sections[$0].kind == .evaluation } ?? false
        let concluding = currentPart.map { parts[$0].kind == .concluding } ?? false

        // "• Mr. X, founder of Y, argued ...": a bullet that opens with another person is theirs, not a point of the last speaker's.
        // "Prof. X (Professor, As an Individual):" / "..." / "Ms. Y (President, Association): Thank you": the next turn ends the last.
        if speakerLabelled, form == .paragraph, opensTurn(text) {
            speaker = nil
            speakerLabelled = false
        }
        if let speaker, pointsFollow, speakerLabelled || !Names.opensWithHonorific(text, lexicon),
           form != .paragraph && (shape.isBullet || introductionPromisedList) || speakerLabelled {
            if let intro = speakerIntroduction, statements[intro].kind != .narrative {
                statements[intro].kind = .narrative
            }
            appendStatement(text: text, kind: concluding ? .conclusion : .statement, form: form, level: level(of: shape),
                            speakerId: speaker, span: span)
            openParagraph = form == .paragraph ? statements.count - 1 : nil
            return
        }
        if inEvaluation, form != .paragraph {
            appendStatement(text: text, kind: .evaluation, form: form, level: level(of: shape), speakerId: nil, span: span)
            return
        }
        pendingProse = (text, span, shape, form)
    }

    /// "The Chair: Thank you.", "Mr. Dale Reimer (Provencher, CPC): Thank you, Chair.", "Some hon. members: Agreed.": a line of a
    /// transcript that names who speaks before a colon, then what they said.
    func opensTurn(_ text: String) -> Bool {
        if Self.officeSpeaks(text) { return true }
        guard let colon = text.prefix(160).range(of: ": "), !text[colon.upperBound...].trimming(.whitespaces).isEmpty else { return false }
        var who = String(text[..<colon.lowerBound])
        // What the brackets say of the speaker (a riding and party, a position) is no part of the name.
        if let open = who.firstIndex(of: "("), who.hasSuffix(")") { who = who[..<open].trimming(.whitespaces) }
        guard (2...8).contains(who.wordCount), !who.contains(",") else { return false }
        return ["some hon. members", "an hon. member", "some members", "a member"].contains(who.lowercased())
            || Names.opensWithHonorific(who, lexicon) && RosterLines.person(who, lexicon) != nil
    }

    /// "UN Day 2006 pages in Japanese" over "Entry into the United Nations on December 18, 1956 was a major event ...": on a
    /// page not wrapped at a width a paragraph is printed on one line, so a short line that no mark ends, over a whole
    /// paragraph, is a line of its own; a sentence cut short would end on a word that needs the next ("... of the").
    mutating func opensParagraph(_ line: SourceLine, under pending: String, _ span: SourceSpan) -> Bool {
        guard span.first == span.last, line.text.first?.isUppercase == true, let last = pending.words.last,
              last.last?.isLetter == true || last.last?.isNumber == true, !Self.runsOn.contains(last.lowercased()),
              line.text.wordCount >= 15, line.text.count >= 2 * pending.count, endsSentence(line.text) else { return false }
        return wrapWidth == nil
    }

    private static let runsOn: Set<String> = ["of", "the", "and", "or", "to", "a", "an", "for", "in", "on", "with", "by", "at", "from", "as", "that"]

    mutating func flushProse() {
        guard let pending = pendingProse else { return }
        pendingProse = nil
        readProse(pending.text, form: pending.form, span: pending.span, shape: pending.shape)
    }
}
