import Foundation

/// The words of the genre that the plain-text reader knows, as data: role cues, roster labels,
/// honorifics, titles, document types, the nouns that name a meeting. The built-in lexicon is
/// `Resources/genre-lexicon.json`; a librarian's file (`--lexicon FILE`) of the same form adds to it.
public final class GenreLexicon: Sendable {
    /// A phrase that says which role the person named beside it held.
    struct RoleCue: Sendable {
        var id: String
        var role: Role
        var phrases: [CuePhrase]
        /// The phrase must end right before the name: "remarks on behalf of the government by".
        var adjacent: Bool
    }

    /// Words right before a name that say the person is spoken of, not present: "the visit of",
    /// "the late", "on behalf of".
    struct MentionOnlyCue: Sendable {
        var id: String
        var phrases: [CuePhrase]
        /// The phrase follows the name in its clause: "X, who had been expected to open it, was unable to attend".
        var after: Bool = false
    }

    struct RosterLabel: Sendable {
        var id: String
        var role: Role
    }

    let roleCues: [RoleCue]
    let mentionOnlyCues: [MentionOnlyCue]
    /// Lowercased label → its role and cue id: "moderator" in "Moderator: Yozo Yokota".
    let rosterLabels: [String: RosterLabel]
    /// Lowercased, without the final period → as printed: "prof" → "Prof.".
    let honorifics: [String: String]
    let titleWords: Set<String>
    let nameParticles: Set<String>
    /// Capitalised words that are never part of a person's name; the title words are among them.
    let notNameWords: Set<String>
    let reportingVerbs: Set<String>
    /// Verbs that two or more subjects do together on stage ("A and B discussed how ..."): they sat on a panel.
    let discussingVerbs: Set<String>
    let documentTypeHeads: Set<String>
    let documentTypeModifiers: Set<String>
    let eventNouns: Set<String>
    /// Headings after which a page has no more of the story: contacts, related stories, tags.
    let closingHeadings: Set<String>
    /// Names of countries, in lower case: "Deputy Minister of Foreign Affairs of Kazakhstan Yerlan Bekmukhanov"
    /// has its person where the country's name ends.
    let countries: Set<String>
    /// A party as a legislature's record prints it after a member's name, in lower case: "cpc" in "(Provencher, CPC)".
    let partyLabels: Set<String>
    /// The words that tell a name's kind, which the writers share with the reader.
    let names: NameVocabulary
    /// The first word of every phrase of every cue, for a cheap test before matching.
    let cueWords: Set<String>

    /// The lexicon of the genre that ships with the toolkit.
    public static let builtIn = GenreLexicon(files: [LexiconFile.builtIn])

    init(files: [LexiconFile]) {
        var cues: [RoleCue] = [], mentionOnly: [MentionOnlyCue] = [], labels: [String: RosterLabel] = [:], honorifics: [String: String] = [:]
        var titles = Set<String>(), particles = Set<String>(), notNames = Set<String>(), verbs = Set<String>()
        var discussing = Set<String>()
        var heads = Set<String>(), modifiers = Set<String>(), nouns = Set<String>(), closing = Set<String>(), countries = Set<String>(), parties = Set<String>()
        for file in files {
            cues += file.roleCues
            mentionOnly += file.mentionOnlyCues
            for (label, value) in file.rosterLabels { labels[label] = value }
            honorifics.merge(file.honorifics) { _, new in new }
            titles.formUnion(file.titleWords)
            particles.formUnion(file.nameParticles)
            notNames.formUnion(file.notNameWords)
            verbs.formUnion(file.reportingVerbs)
            discussing.formUnion(file.discussingVerbs)
            heads.formUnion(file.documentTypeHeads)
            modifiers.formUnion(file.documentTypeModifiers)
            nouns.formUnion(file.eventNouns)
            closing.formUnion(file.closingHeadings)
            countries.formUnion(file.countries)
            parties.formUnion(file.partyLabels)
        }
        roleCues = cues
        mentionOnlyCues = mentionOnly
        rosterLabels = labels
        self.honorifics = honorifics
        titleWords = titles
        nameParticles = particles
        // "Chief Veterinary Officers", "Senior Officials": a title's plural names a group, never one person.
        notNameWords = notNames.union(titles).union(titles.filter { $0.count > 3 && !$0.hasSuffix("s") }.map { $0 + "s" })
        reportingVerbs = verbs
        discussingVerbs = discussing
        documentTypeHeads = heads
        documentTypeModifiers = modifiers
        eventNouns = nouns
        closingHeadings = closing
        self.countries = countries
        partyLabels = parties
        names = NameVocabulary(honorifics: honorifics, titleWords: titles, countries: countries)
        cueWords = Set(cues.flatMap { $0.phrases.flatMap(\.firstWords) })
    }

    /// The built-in lexicon with a librarian's entries added; a bad file is a list of findings with
    /// line and column, and no lexicon.
    public static func extended(with bytes: [UInt8], fileName: String) -> (lexicon: GenreLexicon?, findings: [Finding]) {
        let (file, findings) = LexiconFile.parse(bytes, fileName: fileName)
        return (file.map { GenreLexicon(files: [LexiconFile.builtIn, $0]) }, findings)
    }
}
