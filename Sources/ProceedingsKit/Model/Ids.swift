import Foundation

/// The one id policy: every format uses these slugs, so an id means the same thing everywhere.
public enum Ids {
    /// Lowercase ASCII words joined by `-`; accents and macrons fold (`Ōgata` → `ogata`).
    public static func slug(_ text: String, maxWords: Int = 12) -> String {
        let ascii = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
                                   locale: Locale(identifier: "en_US_POSIX"))
        var words: [String] = []
        var current = ""
        for scalar in ascii.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Chair's" → "chairs", not "chair-s"
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.prefix(maxWords).joined(separator: "-").lowercased()
    }

    /// `YYYY-MM-DD-title-slug`, or the title slug alone when the date is unknown.
    public static func record(date: String?, title: String) -> String {
        let titleSlug = slug(title)
        guard let date, !date.isEmpty else { return titleSlug.isEmpty ? "record" : titleSlug }
        return titleSlug.isEmpty ? date : "\(date)-\(titleSlug)"
    }

    /// An id not yet in `taken`: `base`, then `base-2`, `base-3`, ...
    public static func unique(_ base: String, in taken: Set<String>) -> String {
        if !taken.contains(base) { return base }
        var n = 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    /// Ids of parts and statements are unique within a record; tables that span a run qualify them.
    public static func qualified(_ local: String, in recordId: String) -> String {
        "\(recordId)/\(local)"
    }
}
