import Foundation

/// One lexicon file as read: the built-in one or a librarian's. Every problem names its line and
/// column, so that a librarian finds the entry to mend.
struct LexiconFile: Sendable {
    var roleCues: [GenreLexicon.RoleCue] = []
    var mentionOnlyCues: [GenreLexicon.MentionOnlyCue] = []
    var rosterLabels: [String: GenreLexicon.RosterLabel] = [:]
    var honorifics: [String: String] = [:]
    var titleWords: [String] = []
    var nameParticles: [String] = []
    var notNameWords: [String] = []
    var reportingVerbs: [String] = []
    var discussingVerbs: [String] = []
    var documentTypeHeads: [String] = []
    var documentTypeModifiers: [String] = []
    var eventNouns: [String] = []
    var closingHeadings: [String] = []
    var countries: [String] = []
    var partyLabels: [String] = []

    static let builtIn: LexiconFile = {
        let (file, findings) = parse(PackageResources.genre_lexicon_json, fileName: "genre-lexicon.json")
        guard let file else { preconditionFailure("the built-in lexicon is broken: \(findings)") }
        return file
    }()

    private static var wordLists: [(key: String, path: WritableKeyPath<LexiconFile, [String]>)] { [
        ("titleWords", \.titleWords), ("nameParticles", \.nameParticles), ("notNameWords", \.notNameWords),
        ("reportingVerbs", \.reportingVerbs), ("discussingVerbs", \.discussingVerbs), ("eventNouns", \.eventNouns),
        ("closingHeadings", \.closingHeadings), ("countries", \.countries), ("partyLabels", \.partyLabels),
    ] }

    static func parse(_ bytes: [UInt8], fileName: String) -> (file: LexiconFile?, findings: [Finding]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var problems: [Finding] = []
        func problem(_ message: String, near needle: String? = nil, offset: Int? = nil) {
            let (line, column) = position(in: text, of: needle, offset: offset)
            problems.append(Finding(file: fileName, line: line, column: column, severity: .error,
                                    rule: .lexicon, message: message))
        }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            // Foundation says "around character N"; that is the place to show.
            let description = "\(error)"
            let offset = description.firstRange(of: "character ").flatMap { range in
                Int(description[range.upperBound...].prefix { $0.isNumber })
            }
            problem("not JSON: a lexicon is a JSON object (see Resources/genre-lexicon.json)", offset: offset ?? 0)
            return (nil, problems)
        }
        guard let object = root as? [String: Any] else {
            problem("a lexicon is a JSON object with lists such as \"roleCues\" and \"titleWords\"", offset: 0)
            return (nil, problems)
        }
        var file = LexiconFile()
        let known = Set(["about", "roleCues", "mentionOnlyCues", "rosterLabels", "honorifics", "documentTypes"] + wordLists.map(\.key))
        for key in object.keys.sorted() where !known.contains(key) {
            problem("unknown entry \"\(key)\"; known: \(known.sorted().joined(separator: ", "))", near: "\"\(key)\"")
        }
        for (key, path) in wordLists {
            guard let value = object[key] else { continue }
            guard let words = value as? [String] else {
                problem("\"\(key)\" must be a list of strings", near: "\"\(key)\"")
                continue
            }
            file[keyPath: path] = words.map { $0.lowercased() }
        }
        if let value = object["honorifics"] {
            if let table = value as? [String: String] {
                for (key, printed) in table { file.honorifics[key.lowercased()] = printed }
            } else {
                problem("\"honorifics\" must map a word to its printed form, as \"prof\": \"Prof.\"", near: "\"honorifics\"")
            }
        }
        if let value = object["documentTypes"] {
            if let table = value as? [String: [String]] {
                file.documentTypeHeads = (table["heads"] ?? []).map { $0.lowercased() }
                file.documentTypeModifiers = (table["modifiers"] ?? []).map { $0.lowercased() }
            } else {
                problem("\"documentTypes\" must hold the lists \"heads\" and \"modifiers\"", near: "\"documentTypes\"")
            }
        }
        for entry in list(object["roleCues"], key: "roleCues", problem: problem) {
            guard let id = entry["id"] as? String, !id.isEmpty else {
                problem("a role cue needs an \"id\"", near: "\"roleCues\"")
                continue
            }
            guard let role = (entry["role"] as? String).flatMap(Role.init(rawValue:)) else {
                problem("role cue \"\(id)\": \"role\" must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))",
                        near: "\"\(id)\"")
                continue
            }
            guard let phrases = entry["phrases"] as? [String], !phrases.isEmpty else {
                problem("role cue \"\(id)\": \"phrases\" must be a list of phrases", near: "\"\(id)\"")
                continue
            }
            let compiled = compile(phrases, of: "role cue \"\(id)\"", problem: problem)
            file.roleCues.append(GenreLexicon.RoleCue(id: id, role: role, phrases: compiled,
                                                      adjacent: entry["adjacent"] as? Bool ?? false))
        }
        for entry in list(object["mentionOnlyCues"], key: "mentionOnlyCues", problem: problem) {
            guard let id = entry["id"] as? String, !id.isEmpty, let phrases = entry["phrases"] as? [String], !phrases.isEmpty else {
                problem("a mention-only cue needs an \"id\" and \"phrases\"", near: (entry["id"] as? String).map { "\"\($0)\"" } ?? "\"mentionOnlyCues\"")
                continue
            }
            let compiled = compile(phrases, of: "mention-only cue \"\(id)\"", problem: problem)
            file.mentionOnlyCues.append(GenreLexicon.MentionOnlyCue(id: id, phrases: compiled, after: entry["after"] as? Bool ?? false))
        }
        for entry in list(object["rosterLabels"], key: "rosterLabels", problem: problem) {
            guard let id = entry["id"] as? String, let role = (entry["role"] as? String).flatMap(Role.init(rawValue:)),
                  let labels = entry["labels"] as? [String] else {
                problem("a roster label needs an \"id\", a \"role\" (\(Role.allCases.map(\.rawValue).joined(separator: ", "))) and \"labels\"",
                        near: (entry["id"] as? String).map { "\"\($0)\"" } ?? "\"rosterLabels\"")
                continue
            }
            for label in labels { file.rosterLabels[label.lowercased()] = GenreLexicon.RosterLabel(id: id, role: role) }
        }
        let ids = file.roleCues.map(\.id)
        for id in Set(ids) where ids.filter({ $0 == id }).count > 1 {
            problem("role cue id \"\(id)\" is given twice", near: "\"\(id)\"")
        }
        guard problems.isEmpty else {
            return (nil, problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return (file, [])
    }

    /// The phrases of one cue; each that does not compile is a problem at its place in the file.
    private static func compile(_ phrases: [String], of cue: String, problem: (String, String?, Int?) -> Void) -> [CuePhrase] {
        phrases.compactMap { phrase in
            switch CuePhrase.compile(phrase) {
            case .success(let value): return value
            case .failure(let bad):
                problem("\(cue): phrase \"\(phrase)\": \(bad.reason)", "\"\(phrase)\"", nil)
                return nil
            }
        }
    }

    private static func list(_ value: Any?, key: String, problem: (String, String?, Int?) -> Void) -> [[String: Any]] {
        guard let value else { return [] }
        guard let entries = value as? [[String: Any]] else {
            problem("\"\(key)\" must be a list of objects", "\"\(key)\"", nil)
            return []
        }
        return entries
    }

    /// Line and column (from 1) of a character offset, or of the first occurrence of `needle`.
    private static func position(in text: String, of needle: String?, offset: Int?) -> (Int, Int) {
        var target = text.endIndex
        if let needle, let range = text.firstRange(of: needle) {
            target = range.lowerBound
        } else if let offset {
            target = text.index(text.startIndex, offsetBy: min(offset, text.count))
        } else {
            return (1, 1)
        }
        var line = 1, column = 1
        for character in text[..<target] {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
