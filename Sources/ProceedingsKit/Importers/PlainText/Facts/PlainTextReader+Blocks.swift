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

    mutating func flushProse() {
        guard let pending = pendingProse else { return }
        pendingProse = nil
        readProse(pending.text, form: pending.form, span: pending.span, shape: pending.shape)
    }
}
