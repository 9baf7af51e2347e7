import Foundation

/// "Public Officers  : Agenda item IV" / " attending" / "                   Ms A": minutes set in two columns, labels on
/// the left and what they list on the right, wrap a long label onto the next line at the left margin, sometimes beside
/// the value's own next line ("Clerk in         : Miss B" / " attendance        Chief Council Secretary (1)3"). The
/// label is read whole on its first line; its wrapped words leave their line to the value, or leave it blank.
enum LabelColumns {
    static func joined(_ lines: [SourceLine], _ lexicon: GenreLexicon) -> [SourceLine] {
        // Every file passes here: a space before a colon is rare, and only such a line is matched.
        guard lines.contains(where: { $0.text.includes(" :") }) else { return lines }
        var result = lines
        for index in lines.indices.dropLast() where lines[index].text.includes(" :") {
            guard let label = lines[index].text.wholeMatch(of: columnLabel), lines[index].indent <= 2 else { continue }
            let next = lines[index + 1]
            guard (1...3).contains(next.indent), let wrapped = next.text.prefixMatch(of: wrappedWords) else { continue }
            let value = next.text[wrapped.range.upperBound...].trimming(.whitespaces)
            guard value.isEmpty || next.text[wrapped.range].hasSuffix("  ") else { continue }
            let whole = label.output.1.trimming(.whitespaces) + " " + wrapped.output.1
            // Only a label of those who attended wraps so: "Title : Climate adaptation in" / " small island states" is a value's.
            guard lexicon.rosterLabels[whole.lowercased()] != nil || RosterLines.attendance(whole, lexicon) != nil else { continue }
            result[index] = SourceLine(number: lines[index].number, indent: lines[index].indent, text: whole + ": " + label.output.2)
            // The value's next line keeps the column it was printed in, under the first.
            result[index + 1] = SourceLine(number: next.number, indent: value.isEmpty ? 0 : next.indent + wrapped.output.0.count,
                                           text: value)
        }
        return result
    }

    /// "Clerk in         : Miss Joyce CHAN Sze-wan": a label of a few words set apart from its colon by the column's spaces.
    nonisolated(unsafe) private static let columnLabel = /([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}) +: +(\S.*)/
    /// " attending", " attendance        Chief Council Secretary": the label's last words in lower case, alone or before the value.
    nonisolated(unsafe) private static let wrappedWords = /([a-z]+(?: [a-z]+){0,2})(?: {2,}|$)/
}
