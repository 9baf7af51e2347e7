import Foundation

/// What became of one input line; `inspect --coverage` prints these.
public struct LineAccount: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case blank, header, heading, participant, statement, narrative, residue, unclassified
    }

    public var line: Int
    public var text: String
    public var category: Category
}

public struct ImportResult: Sendable {
    /// Nil when the input could not be read as a summary at all; `findings` says why.
    public var record: Record?
    public var findings: [Finding]
    public var lines: [LineAccount]
    /// Each fact read, with its line and the cue that produced it.
    public var explanations: [Explanation] = []
}

/// Why the reader holds a fact: `30: lead-off-speaker "Sadako Ogata" by cue role.lead-off ("lead-off")`.
public struct Explanation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    /// "title", "start-date", "organizer", or a role such as "moderator".
    public var fact: String
    public var value: String
    /// The lexicon's id of a role cue or label ("role.moderator"), or the reader's own rule ("date.held").
    public var cue: String
    /// The words of the text that the cue matched, where there are any.
    public var printed: String?
    /// The part in which a role was held.
    public var part: String?
    /// `value` is a person's id until the record is complete.
    var person = false

    public var description: String {
        var text = "\(line): \(fact) \"\(value)\""
        if let part { text += " in \(part)" }
        text += " by cue \(cue)"
        if let printed { text += " (\"\(printed)\")" }
        return text
    }
}

/// Reads a plain-text proceedings summary into the canonical model.
///
/// It works from the conventions of the genre (numbered headings, role label lines,
/// "Name, affiliation" lines, `--` and `•` bullets, "Mr. X, title, introduced ..." sentences),
/// never from particular strings of particular files. Every non-blank line ends up somewhere:
/// as a fact, a heading, page residue, or a narrative paragraph; lines it could not classify
/// are kept as narrative and reported as warnings.
public enum PlainTextImporter {
    /// What `--strict` refuses: a line not understood, and a fact the text does not print as such
    /// (a title read from a sentence, a year taken from the page's date).
    static let strictRules: Set<Rule> = [.unclassifiedLine, .titleFromText, .inferredYear, .organizerFromMasthead]

    /// With `strict`, a line that could not be classified, or an inference, is an error and the input gives no record.
    public static func importRecord(_ bytes: [UInt8], fileName: String, strict: Bool = false,
                                    lexicon: GenreLexicon = .builtIn) -> ImportResult {
        let lines: [SourceLine]
        switch SourceText.decode(bytes, fileName: fileName) {
        case .failure(let finding):
            return ImportResult(record: nil, findings: [finding], lines: [])
        case .success(let decoded):
            lines = LabelColumns.joined(decoded, lexicon)
        }
        let digest = Ids.sha256(bytes)
        // The record names the file, not the path it was read from, so that output does not
        // depend on the directory the command ran in.
        let sourceName = fileName.split(separator: "/").last.map(String.init) ?? fileName
        var reader = PlainTextReader(lines: lines, lexicon: lexicon, fileName: fileName, sourceName: sourceName, sha256: digest)
        var result = reader.read()
        if strict, result.findings.contains(where: { strictRules.contains($0.rule.rule) }) {
            result.findings = result.findings.map { finding in
                guard strictRules.contains(finding.rule.rule) else { return finding }
                var error = finding
                error.severity = .error
                error.message = finding.message.replacing(", kept as narrative", with: "") + " (--strict)"
                return error
            }
            result.record = nil
        }
        return result
    }
}
