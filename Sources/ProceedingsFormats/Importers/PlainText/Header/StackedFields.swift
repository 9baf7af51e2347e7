import Foundation

/// "Date" / "23. November 2023" / "Location" / "Academy ..., Berlin" / "Author" / "Lena X": an event page's fields with
/// each label on a line of its own over its value, as a page's side box prints them once copied. The header reads
/// each pair as it reads "Date: 23. November 2023" on one line, and a byline's label with its name as a byline.
enum StackedFields {
    /// Who wrote the page or took its pictures: the name under such a label took no part in the meeting.
    private static let bylineLabels: Set<String> = ["author", "authors", "written by", "by", "posted by", "text", "text by", "photo", "photos",
                                                    "photo by", "photos by", "editor", "edited by", "reporter", "writer"]
    /// The fields stand in the page's header: past a line of prose, a label alone is the body's heading.
    private static let proseWords = 15

    /// The lines with each stacked field read as one: the value's line carries the label before it; the numbers of
    /// the labels' lines (read with their values) and of a box's heading over the fields.
    static func joined(_ lines: [SourceLine]) -> (lines: [SourceLine], labels: Set<Int>) {
        let end = lines.firstIndex(where: { $0.text.wordCount >= proseWords && $0.text.last.map { ".!?”\"".contains($0) } == true }) ?? lines.count
        guard lines[..<end].contains(where: { label($0.text) != nil }) else { return (lines, []) }
        var result = lines
        var labels: Set<Int> = []
        var index = 0
        while index < end {
            let text = lines[index].text
            guard !text.isEmpty, let kind = label(text), let valueIndex = value(after: index, in: lines, before: end) else {
                index += 1
                continue
            }
            let bare = text.trimming(.init(charactersIn: " :："))
            let value = lines[valueIndex]
            if kind == .byline {
                // "Author" / "Lena X": a byline's name, never a participant.
                guard isName(value.text) else {
                    index += 1
                    continue
                }
                result[valueIndex] = SourceLine(number: value.number, indent: value.indent, text: "By " + value.text)
            } else {
                result[valueIndex] = SourceLine(number: value.number, indent: value.indent, text: bare + ": " + value.text)
            }
            labels.insert(lines[index].number)
            // "Details" right over the first field: the box's heading goes with its fields.
            if let heading = (0..<index).last(where: { !lines[$0].isBlank }), index - heading <= 2, isBoxHeading(lines[heading].text) {
                labels.insert(lines[heading].number)
            }
            index = valueIndex + 1
        }
        return (result, labels)
    }

    /// A line that may head a box of stacked fields or label one of them: a title block ends before it.
    static func opensFields(_ text: String) -> Bool {
        text.utf8.count <= 40 && (label(text) != nil || isBoxHeading(text))
    }

    /// A box's own heading over its fields ("Details", "Event information"), no part of any of them.
    private static func isBoxHeading(_ text: String) -> Bool {
        HeaderReader.namesFactsBox(text)
    }

    private enum Kind { case fact, byline }

    private static func label(_ text: String) -> Kind? {
        let bare = text.trimming(.init(charactersIn: " :："))
        if bylineLabels.contains(bare.lowercased()), bare.first?.isUppercase == true { return .byline }
        return LabelledFact.label(text) != nil ? .fact : nil
    }

    /// The value's line: right under the label, or after one blank line, and no label itself.
    private static func value(after index: Int, in lines: [SourceLine], before end: Int) -> Int? {
        var next = index + 1
        if next < end, lines[next].isBlank { next += 1 }
        guard next < end, !lines[next].isBlank, label(lines[next].text) == nil, LabelledFact(lines[next].text) == nil else { return nil }
        return next
    }

    private static func isName(_ text: String) -> Bool {
        text.wordCount <= 6 && text.first?.isUppercase == true && !text.contains(where: \.isNumber) && !text.hasSuffix(".")
    }
}
