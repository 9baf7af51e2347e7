/// The words that say what a capitalised word names: a title printed before a person's name, a
/// position, a country, a word of an institution, a month or a day. The plain-text reader reads
/// names with them, and the TEI writer marks the names running text prints with them, so they live
/// below both: a writer asks this vocabulary, never the reader's stages. The lexicon's words
/// (`Resources/genre-lexicon.json`, which `GenreLexicon` reads and a librarian's `--lexicon` file
/// adds to) are an instance's; the words no lexicon entry holds are the type's.
public struct NameVocabulary: Sendable {
    /// Lower-cased, without the final point, to the form as printed: "prof" → "Prof.".
    let honorifics: [String: String]
    /// Lower-cased words of titles and positions: "director", "minister", "co-chair".
    let titleWords: Set<String>
    /// Lower-cased names of countries: "japan", "republic of korea".
    let countries: Set<String>

    /// The vocabulary of the lexicon that ships with the toolkit.
    public static var builtIn: NameVocabulary { GenreLexicon.builtIn.names }

    /// A title of address before a person's name: one of the lexicon's honorifics, before a
    /// capitalised word ("Mr Ruiz", "Ambassador Ruiz"), or, as an abbreviation the lexicon prints
    /// with its point, printed with it ("Dr." at the end of a run of words). "Justice" in "the
    /// Ministry of Justice and" or "the Ministry of Justice." is none.
    func isTitle(_ word: String, before next: String?, pointed: Bool) -> Bool {
        guard let printed = honorific(word) else { return false }
        if let next { return next.first?.isUppercase == true }
        return pointed && printed.hasSuffix(".")
    }

    /// An abbreviated title of address, as the lexicon prints it with its point ("Dr.", "H.E.").
    func isAbbreviatedTitle(_ word: String) -> Bool {
        honorific(word)?.hasSuffix(".") == true
    }

    /// The honorific a word printed just before a person's name is, as the lexicon prints it: "Dr.",
    /// "Mr" ("Mr." as the lexicon prints it), "Ambassador".
    func honorific(_ word: String) -> String? {
        honorifics[Self.withoutPoint(word).lowercased()]
    }

    private static func withoutPoint(_ word: String) -> String {
        word.hasSuffix(".") ? String(word.dropLast()) : word
    }

    /// A position's word ("Director", "Co-Chair", "Officer-in-Charge"): every part a hyphen joins is a
    /// title's word or an affix of one. `titleWords` may add to the lexicon's (offices held by a state).
    static func isPositionWord(_ word: String, titleWords: Set<String>) -> Bool {
        let parts = word.lowercased().split(separator: "-").map(String.init)
        return !parts.isEmpty && parts.allSatisfy { titleWords.contains($0) || positionAffixes.contains($0) }
    }

    /// Parts of a position's word joined by hyphens that are no title of their own: "Co-Chair", "Officer-in-Charge".
    static let positionAffixes: Set<String> = ["co", "vice", "ex", "under", "general", "in", "charge", "sub"]

    /// The English months, lower-cased, in their order.
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december"]
    /// The English days of the week, lower-cased, Monday first.
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words that name an institution, anywhere in a text (as printed, "Mnistry" included); a
    /// plain search rather than an expression, as it runs on every affiliation.
    static let institutionWords = [
        "University", "Univ.", "Ministry", "Mnistry", "Institute", "Commission", "Committee", "Council", "Programme",
        "Program", "Office", "Bureau", "Agency", "Bank", "Fund", "Organization", "Organisation", "Foundation",
        "Association", "Center", "Centre", "School", "Academy", "Secretariat", "Department", "Division",
        "Institution", "Endowment", "Society", "Trust", "Council", "Network", "Alliance", "Federation", "Union", "League",
        "Group", "Company", "Corporation", "Inc", "Ltd", "AG", "GmbH", "plc", "LLC", "LLP", "Pty", "Oy", "Post", "Times", "Journal", "Herald", "Tribune", "Review",
        "Shimbun", "Museum", "Library", "Laboratory", "College", "Embassy", "Mission", "Government", "Parliament",
        "Observatory", "Platform", "Coalition", "Consortium", "Assembly", "Authority", "Service", "Board",
        "Directorate", "Undersecretariat", "Administration", "Navy", "Army", "Police", "Guard", "Tribunal", "Court", "Senate", "Ministries", "Commissariat", "Unit",
        "Branch", "Section", "Hub", "Partners", "Associates", "Holdings", "Consultants", "Consulting", "Chancellery", "Chamber", "Cooperative", "Presidency", "Chairmanship", "Inspectorate", "Lab", "Labs", "Initiative", "Facility", "Collective", "Faculty", "Archive", "Hospital", "Clinic", "Municipality", "Prefecture", "Polytechnic", "Facultad", "Faculdade", "Faculté",
        // The same words in the languages a page may print its masthead or a body's name in.
        "Alcaldía", "Ayuntamiento", "Municipalidad", "Prefeitura", "Mairie", "Ministerio", "Ministère", "Ministerium",
        "Gobierno", "Gouvernement", "Universidad", "Université", "Universität", "Universidade", "Instituto", "Institut",
        "Fundación", "Fondation", "Stiftung", "Fundação", "Secretaría", "Subsecretaría", "Viceministerio", "Comisión", "Maison", "Bibliothèque", "Stichting",
        "Colectivo", "Collectif", "Asociación", "Associação", "Musée", "Museo", "Réseau", "Observatoire", "Observatorio",
        "Centro", "Comité", "Conseil", "Consejo", "Agence", "Agencia", "École", "Escuela", "Kementerian", "Kedutaan",
        "Universitas", "Universiti", "Universitat", "Università", "Universiteit", "Universitet", "Uniwersytet", "Üniversitesi", "Yayasan",
        "Lembaga", "Politeknik", "Hochschule", "Akademie", "Akademi", "Stiftelsen", "Fundacja", "Consorzio", "Consorcio", "Associazione", "Fondazione",
    ]

    private static let institutionWordSet = Set(institutionWords.map { $0.replacing(".", with: "") })

    /// Whole words only, a plural included: "United" is no "Unit", "Guardian" no "Guard"; "Organizations" is one.
    static func namesInstitution(_ text: String, plurals: Bool = true) -> Bool {
        // "Post-Brexit", "Pre-Council": a compound's head is its last part, the word before the hyphen only qualifies it.
        let heads = text.includes("-") ? text.split(whereSeparator: \.isWhitespace).flatMap { $0.split(separator: "-").last.map { String($0).letterRuns } ?? [] }
            : text.letterRuns
        return heads.contains { word in
            institutionWordSet.contains(String(word)) || plurals && word.hasSuffix("s") && institutionWordSet.contains(String(word.dropLast()))
        }
    }
}
