import Foundation

/// Site lines read by their whole shape: a parliament's term over its body ("2024-2029"), choosers of the page's languages,
/// by a label over their names ("This page in:") or by code ("bg - български es - español ..."), a board's attached file, a
/// line of hashtags.
extension Residue {
    nonisolated(unsafe) static let termOfYears = /(19\d{2}|20\d{2})\s?[-–]\s?(19\d{2}|20\d{2})/
    nonisolated(unsafe) static let languagesFollow = /(?:this page (?:is )?(?:also )?(?:available )?in|also available in|read in)/
    nonisolated(unsafe) static let languagesByCode = /(?:[^:]{1,60}:\s*)?(?:[a-z]{2} - [\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2}\s*){5,}/
    /// "Attachment | summary.pdf (188KB)", "Attached file: Minutes_final.pdf": a board's file, by its name's extension.
    nonisolated(unsafe) static let attachedFile = /(?i)(?:attachments?|attached files?|files?|downloads?)\s*[|:]?\s*\S.{0,100}?\.(?:pdf|docx?|hwpx?|zip|pptx?|xlsx?)\b.{0,40}/

    static func isSiteLineByShape(_ text: String, lower: String) -> Bool {
        // "2024-2029" alone: a parliament's term over its body's name, a few years ("1930-2030" is a dinner's hours).
        if text.first?.isNumber == true, let term = text.wholeMatch(of: termOfYears), let from = Int(term.output.1), let to = Int(term.output.2), (3...7).contains(to - from) { return true }
        // "This page in:" over "English" / "Español"; "Choisissez la langue de votre document : bg - български es - español ...".
        if text.utf8.count <= 40, lower.trimming(.init(charactersIn: " :")).wholeMatch(of: languagesFollow) != nil
            || languages.contains(lower.trimming(.whitespaces)) { return true }
        if text.includes(" - "), text.wholeMatch(of: languagesByCode) != nil { return true }
        if ["attach", "file", "download"].contains(where: lower.hasPrefix), text.wordCount <= 10, text.wholeMatch(of: attachedFile) != nil { return true }
        // "#Korea-Japan Relations  #Public Opinion": the page's keywords, each after its hash.
        guard text.first == "#" else { return false }
        let tags = text.components(separatedBy: "  ").map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
        return tags.count >= 2 && tags.allSatisfy { $0.first == "#" && $0.wordCount <= 4 }
    }
}
