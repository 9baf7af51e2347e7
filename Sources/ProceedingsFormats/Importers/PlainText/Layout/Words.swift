/// Cutting a line into words over its UTF-8 bytes. `String.split` compares `Character`s, which
/// finds grapheme boundaries at every step: it was a fifth of the time the reader took, because
/// every stage asks how many words a line has or what its first words are.
extension StringProtocol {
    /// The runs between ASCII `separator` bytes, empty runs left out, as `split(separator:)` gives.
    func fields(_ separator: Unicode.Scalar) -> [SubSequence] {
        let byte = UInt8(ascii: separator)
        var result: [SubSequence] = []
        let bytes = utf8
        var start = bytes.startIndex, index = start
        while index < bytes.endIndex {
            if bytes[index] == byte {
                if start < index { result.append(self[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start < bytes.endIndex { result.append(self[start..<bytes.endIndex]) }
        return result
    }

    /// The words between spaces.
    var words: [SubSequence] { fields(" ") }

    /// How many words stand between spaces, without making them.
    var wordCount: Int {
        var count = 0, inWord = false
        for byte in utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// The runs of letters, as `split(whereSeparator: { !$0.isLetter })` gives: a combining mark
    /// stays with the letter it follows ("é" printed as "e" and an accent).
    var letterRuns: [SubSequence] {
        var result: [SubSequence] = []
        let scalars = unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let letter: Bool
            if scalar.isASCII {
                letter = (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
            } else {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: letter = true
                case .nonspacingMark, .spacingMark, .enclosingMark: letter = start != nil
                default: letter = false
                }
            }
            if letter {
                if start == nil { start = index }
            } else if let from = start {
                result.append(self[from..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let from = start { result.append(self[from..<scalars.endIndex]) }
        return result
    }
}

/// A field printed as a form prints it: "Venue  Hanbit Hall, Seoul", "Welcoming Remarks ........ CHOI Min-jae":
/// the label, then a run of spaces or a dot leader, then the value.
enum Fields {
    /// The label and the value of such a line, when its label is one `isLabel` knows.
    static func split(_ text: String, isLabel: (String) -> Bool) -> (label: String, value: String)? {
        guard let gap = text.range(of: "  ") ?? text.range(of: " ..") ?? text.range(of: "..."),
              text.distance(from: text.startIndex, to: gap.lowerBound) <= 40 else { return nil }
        let label = text[..<gap.lowerBound].trimming(.init(charactersIn: " ."))
        let value = text[gap.lowerBound...].drop { $0 == " " || $0 == "." || $0 == "…" }
        // "Date    2016-06-16     Hit 1,042": a bulletin board's row of fields is not one field.
        guard !label.isEmpty, !value.isEmpty, !label.contains(":"), !String(value).includes("   "), isLabel(label) else { return nil }
        return (label, String(value))
    }
}
