import Foundation

/// "PRIMARY INDUSTRIES AND RESOURCES COMMITTEE" / "Members present:" / "Mr DJ Harrower MP—Chair" / ... / "Staff present:" / ...
/// / "PUBLIC HEARING—INQUIRY INTO ..." / "TRANSCRIPT OF PROCEEDINGS": a parliament's transcript lists who sat under the committee's
/// name, before the sitting's own title. The lists are no title; the header passes over them to the title, and the body reads
/// them as the lists they are.
extension HeaderReader {
    /// The index after the list that a roster label at `index` opens, when the title still comes after it.
    static func rosterAboveTitle(at index: Int, in lines: [SourceLine], _ lexicon: GenreLexicon) -> Int? {
        let text = lines[index].text
        guard text.hasSuffix(":"), text.wordCount <= 4, let label = RosterLines.label(text, lexicon), label.rest.isEmpty else { return nil }
        var end = index + 1
        while end < lines.count, !lines[end].isBlank {
            // Items of a list: short lines, no prose.
            guard lines[end].text.wordCount <= 14, !isProse(lines[end].text), !lines[end].text.hasSuffix(":") else { return nil }
            end += 1
        }
        guard end > index + 1 else { return nil }
        // Past the blank lines and the further lists, a line that can be the title.
        var next = end
        while next < lines.count, next - end < 40 {
            if lines[next].isBlank { next += 1; continue }
            if let after = rosterAboveTitle(at: next, in: lines, lexicon) { next = after; continue }
            let candidate = lines[next].text
            guard !isProse(candidate), LineShape(lines[next]).markers.isEmpty, RosterLines.label(candidate, lexicon) == nil,
                  candidate.wordCount >= 3, namesMeeting(candidate, lexicon) || Names.isAllCaps(candidate.filter(\.isLetter)) else { return nil }
            return end
        }
        return nil
    }

    /// "PRIMARY INDUSTRIES AND RESOURCES COMMITTEE" / ... / "PUBLIC HEARING—INQUIRY INTO THE ... BILL 2025": the committee over
    /// the page held the hearing for its inquiry, however many lines stand between, and so it held one whose record is a transcript.
    static func inquiryUnderItsCommittee(_ header: inout Header) {
        guard header.inquiryOf == nil, let title = header.title, !meetsAsABody(title),
              ["inquiry into ", "public hearing"].contains(where: title.lowercased().hasPrefix) && title.lowercased().includes("inquiry into ")
                // "ECONOMIC POLICY SCRUTINY COMMITTEE" / "Public Hearing Transcript" / "Water Amendment Bill 2025": or the bill it heard.
                || recordsASitting(header.documentType) && !title.lowercased().includes("press conference"),
              let committee = header.residue.last(where: { $0.line < header.titleSpan.first && meetsAsABody($0.text)
                  && $0.text.lowercased().includes("committee") && !$0.text.lowercased().includes("room") && !$0.text.contains(where: \.isNumber)
                  && $0.text.wordCount <= 12 && !Residue.isTrail($0.text) })
        else { return }
        header.inquiryOf = TextLine(text: inTitleCase(committee.text), line: committee.line)
    }

    /// "TRANSCRIPT OF PROCEEDINGS" / "Wednesday, 14 May 2025" / "" / "Toowoomba": a sitting's transcript prints the town it sat in
    /// under its date, a blank line between; "Uncorrected Proof" there is the state of the record.
    static func sitsUnderItsDate(at index: Int, _ lines: [SourceLine], _ header: Header) -> Bool {
        guard let dated = header.datelineLine, header.title != nil, header.place == nil, header.placeLines.isEmpty, recordsASitting(header.documentType),
              let above = lines[..<index].last(where: { !$0.isBlank }), above.number == dated else { return false }
        let text = lines[index].text
        return text.wordCount <= 3 && !text.contains(where: \.isNumber)
            && !text.lowercased().words.contains { ["proof", "copy", "draft", "corrected", "uncorrected", "embargoed", "confidential", "provisional"].contains(String($0)) }
    }

    /// "Transcript of Proceedings", "Public Hearing Transcript", "Hansard": the record of a sitting, word for word.
    static func recordsASitting(_ type: String?) -> Bool {
        type.map { type in ["transcript", "hansard", "hearing", "proceedings"].contains { type.lowercased().includes($0) } } ?? false
    }
}
