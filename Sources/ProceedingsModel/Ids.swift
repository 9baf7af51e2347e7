import Foundation
internal import Crypto

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

    /// A record is named by its source file, the one thing about it that neither a better reading
    /// nor another run changes: `2003-02-25_symposium.txt` is `2003-02-25-symposium`. A name the
    /// slug cannot spell in ASCII (`会議.txt`, `Ōgata.txt`) gets a short hash of the name as well,
    /// so that two such names do not meet in one id. A source without a file name (standard input,
    /// `<stdin>`) falls back to the date and the title.
    public static func record(sourceFile: String, date: String?, title: String) -> String {
        record(fileName: sourceFile) ?? record(date: date, title: title)
    }

    /// The id a file name gives, nil when it gives none (standard input, a name of punctuation).
    package static func record(fileName: String) -> String? {
        var stem = Substring(fileName)
        if let slash = stem.lastIndex(where: { $0 == "/" || $0 == "\\" }) { stem = stem[stem.index(after: slash)...] }
        guard !stem.hasPrefix("<") else { return nil }
        let lowered = stem.lowercased()
        if let known = sourceExtensions.first(where: { lowered.hasSuffix("." + $0) && lowered.count > $0.count + 1 }) {
            stem = stem.dropLast(known.count + 1)
        }
        var fileSlug = slug(String(stem), maxWords: 64)
        if !stem.unicodeScalars.allSatisfy(\.isASCII) {
            let hash = digest(String(stem).precomposedStringWithCanonicalMapping, bytes: 4)
            fileSlug = fileSlug.isEmpty ? hash : fileSlug + "-" + hash
        }
        // "person.txt", "dataset.txt": the corpus's own segments under the base belong to no record.
        if corpusSegments.contains(fileSlug) { fileSlug += "-record" }
        return fileSlug.isEmpty ? nil : fileSlug
    }

    /// The inputs of a run whose file names give one record id from different paths (`a/x.txt`,
    /// `b/x.txt`), each with the others that give it. A record is named by its file's name and never
    /// by its folder, so that moving a file between folders moves no IRI; two files of one name are
    /// then two claims on one id that only the librarian can settle. Letting the first of the run
    /// have it would make the id, and which file's records the outputs hold, depend on the order of
    /// the run: none of them takes it (`IdentityResolver`). The same path given twice is one claim.
    public static func sharedFileNames(_ paths: [String]) -> [String: [String]] {
        var claims: [String: [String]] = [:]
        var seen: Set<String> = []
        for path in paths where seen.insert((path as NSString).standardizingPath).inserted {
            guard let id = record(fileName: path) else { continue }
            claims[id, default: []].append(path)
        }
        var shared: [String: [String]] = [:]
        for paths in claims.values where paths.count > 1 {
            for path in paths { shared[path] = paths.filter { $0 != path } }
        }
        return shared
    }

    /// The first segments of IRIs under the base that belong to no record: the corpus's persons,
    /// organisations and places, and the dataset's description.
    public static let corpusSegments: Set<String> = ["person", "org", "place", "dataset"]

    /// What is wrong with `key` as a record's id given by a catalogue, or nil: it must be a slug,
    /// as a file name gives one (lower-case ASCII letters and digits, words joined by single
    /// hyphens), and no segment that names the corpus's resources.
    public static func recordKeyProblem(_ key: String) -> String? {
        let slugged = slug(key, maxWords: 64)
        if slugged != key {
            return "key \"\(key)\" is not a record id: lower-case letters and digits, words joined by single hyphens"
                + (slugged.isEmpty ? "" : ", such as \"\(slugged)\"")
        }
        if corpusSegments.contains(key) {
            return "key \"\(key)\" is reserved: the IRIs \(corpusSegments.sorted().joined(separator: "/, "))/ under the base belong to no record"
        }
        return nil
    }

    /// The extensions of the files a record is read from; any other dot is part of the name.
    package static let sourceExtensions = ["tei.xml", "txt", "text", "xml", "ttl", "nt", "nq", "csv", "md"]

    /// `YYYY-MM-DD-title-slug`, or the title slug alone when the date is unknown.
    public static func record(date: String?, title: String) -> String {
        let titleSlug = slug(title)
        guard let date, !date.isEmpty else { return titleSlug.isEmpty ? "record" : titleSlug }
        return titleSlug.isEmpty ? date : "\(date)-\(titleSlug)"
    }

    /// An id not yet in `taken`: `base`, then `base-n2`, `base-n3`, ... in reading order. This is the one
    /// way an id is told apart from a taken one, and no id it gives can be read two ways: a count is
    /// marked (`-n2`), since a bare one (`-2`) is also what a printed label gives ("Session 1-2" is
    /// `session-1-2`, the second "Session 1" was too); and a base that itself ends in the mark and a
    /// number ("Hall N2" is `hall-n2`) is kept apart from the counts by `-n1`, which no count is
    /// (`hall-n2-n1`). So an id that ends in `-n` and a number from 2 is always a repeat of the id
    /// before it, and every other id is a base as the words give it.
    public static func unique(_ base: String, in taken: Set<String>, mark: String = "n") -> String {
        let own = apartFromCounts(base, mark: mark)
        return taken.contains(own) ? counted(own, in: taken, mark: mark, from: 2).id : own
    }

    /// `base`, or `base-{mark}1` when it ends like a count ("hall-n2"), which no count is.
    package static func apartFromCounts(_ base: String, mark: String) -> String {
        endsInCount(base, mark: mark) ? "\(base)-\(mark)1" : base
    }

    /// Whether the last word of `id` is the mark and a number, as a count of `unique` is.
    package static func endsInCount(_ id: String, mark: String) -> Bool {
        guard !mark.isEmpty, let dash = id.lastIndex(of: "-") else { return false }
        let word = id[id.index(after: dash)...]
        return word.hasPrefix(mark) && word.count > mark.count && word.dropFirst(mark.count).allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `base-{mark}n` for the first `n` from `first` on that is not taken.
    private static func counted(_ base: String, in taken: Set<String>, mark: String, from first: Int) -> (id: String, n: Int) {
        var n = first
        while taken.contains("\(base)-\(mark)\(n)") { n += 1 }
        return ("\(base)-\(mark)\(n)", n)
    }

    /// The id of a person, organisation or place that an authority identifies, the same in every
    /// record and every run: `wikidata-q1254`, `ror-057zh3y96`, `geonames-1850147`, a slug like every
    /// id. The scheme preferred for the kind comes first (`AuthorityKind.schemes`: an organisation's
    /// ROR, a person's Wikidata, a place's GeoNames); an identifier of a less preferred scheme added
    /// to the entry later leaves the id as it was. Links of schemes that cannot name the kind are
    /// passed over.
    public static func authority(_ links: [AuthorityLink], kind: AuthorityKind) -> String? {
        for scheme in kind.schemes {
            if let link = links.filter({ $0.scheme == scheme }).min() { return slug("\(scheme.rawValue) \(link.value)", maxWords: 8) }
        }
        return nil
    }

    /// Statements are named by what they say (`s-3f2a9c01`, a digest of the words): a paragraph
    /// found or lost above another never renames it, and an id never passes to another statement
    /// when lines move. A statement whose words change is another statement, under another id.
    public static func keyedByText(_ statements: [Statement]) -> [Statement] {
        let ids = distinct(statements.map { text($0.text, prefix: "s") })
        return zip(statements, ids).map { statement, id in
            var keyed = statement
            keyed.id = id
            return keyed
        }
    }

    /// `prefix-` and the first 32 bits of the SHA-256 of the words, spacing set aside, in hex.
    public static func text(_ words: String, prefix: String) -> String {
        prefix + "-" + digest(spacedOnce(words), bytes: 4)
    }

    /// The words in canonical composition, one space between them. Most text is ASCII, which
    /// composition leaves as it is and whose spaces are bytes: that case skips the `Character` walk,
    /// with the same result.
    package static func spacedOnce(_ words: String) -> String {
        let utf8 = words.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return words.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The SHA-256 of the bytes, in lower-case hex.
    package static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The first `bytes` bytes of the SHA-256 of the text's UTF-8, in lower-case hex.
    package static func digest(_ text: String, bytes: Int) -> String {
        hex(SHA256.hash(data: Data(text.utf8)).prefix(bytes))
    }

    /// Lower-case hexadecimal, two digits a byte, without Foundation's formatting of each byte.
    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The keys as given, a repeated one told apart in reading order: `s-3f2a9c01`, `s-3f2a9c01-n2`. A
    /// key made of what a thing is moves only when another thing of the same key comes before it.
    public static func distinct(_ keys: [String]) -> [String] {
        var taken: Set<String> = []
        // A key's count goes on from where it stopped: the counts below were taken, and taken stays taken.
        // Counting from 2 each time made a key repeated k times cost k² (a long transcript repeats its
        // paragraphs' keys hundreds of times).
        var next: [String: Int] = [:]
        return keys.map { key in
            let base = apartFromCounts(key, mark: "n")
            guard taken.contains(base) else {
                taken.insert(base)
                return base
            }
            // The mark keeps a count from being read as a number the key itself ends in.
            let (repeated, n) = counted(base, in: taken, mark: "n", from: next[base, default: 2])
            next[base] = n + 1
            taken.insert(repeated)
            return repeated
        }
    }

    /// Ids of parts and statements are unique within a record; tables that span a run qualify them.
    public static func qualified(_ local: String, in recordId: String) -> String {
        "\(recordId)/\(local)"
    }
}
