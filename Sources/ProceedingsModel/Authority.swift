import Foundation

/// What an authority table can identify: a person, an organisation, or a place (an event's venue).
public enum AuthorityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, place

    /// The schemes whose identifiers can name a thing of this kind, most preferred first: the first
    /// one an entry has names it (`Ids.authority`), so adding an identifier of a later scheme never
    /// moves an IRI. GeoNames names only places, ORCID only persons, ROR only organisations; VIAF and
    /// ISNI name agents; Wikidata names anything.
    /// "a person", "an organisation", "a place": how a message names a thing of this kind.
    public var withArticle: String {
        switch self {
        case .person: "a person"
        case .organization: "an organisation"
        case .place: "a place"
        }
    }

    public var schemes: [AuthorityScheme] {
        switch self {
        case .person: [.wikidata, .orcid, .isni, .viaf]
        case .organization: [.ror, .wikidata, .isni, .viaf]
        case .place: [.geonames, .wikidata]
        }
    }
}

/// The authority files a librarian can link a person, organisation or place to. Raw values are the
/// contract shared by every format (XML attribute, CSV column names, authority table columns).
public enum AuthorityScheme: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    // Appended, never inserted: the order is that of the columns and of sorted links.
    case wikidata, viaf, isni, orcid, ror, geonames

    public static func < (lhs: AuthorityScheme, rhs: AuthorityScheme) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The authority's name, as its users write it.
    /// "a GeoNames identifier", "an ORCID identifier": the scheme's title with its article, for messages.
    package var titleWithArticle: String {
        ("AEIOU".contains(title.first ?? "x") ? "an " : "a ") + title
    }

    package var title: String {
        switch self {
        case .wikidata: "Wikidata"
        case .viaf: "VIAF"
        case .isni: "ISNI"
        case .orcid: "ORCID"
        case .ror: "ROR"
        case .geonames: "GeoNames"
        }
    }

    /// Whether an identifier of this scheme can name a thing of `kind`.
    public func identifies(_ kind: AuthorityKind) -> Bool { kind.schemes.contains(self) }

    /// The schemes of persons and organisations, in column order: the authority columns of the
    /// persons and organisations tables.
    public static let agents = allCases.filter { $0.identifies(.person) || $0.identifies(.organization) }

    /// Where the authority's entities live: every identifier's IRI begins with this.
    package var uriSpace: String {
        switch self {
        case .geonames: "https://sws.geonames.org/"
        default: AuthorityLink(scheme: self, value: "").iri
        }
    }

    /// What a value of this scheme looks like, for messages.
    package var shape: String {
        switch self {
        case .wikidata: "Q followed by digits, e.g. Q42"
        case .viaf: "digits, e.g. 113230702"
        case .isni: "16 characters, 15 digits and a check digit or X, e.g. 0000 0001 2192 178X"
        case .orcid: "0000-0000-0000-0000 with a check digit or X"
        case .ror: "0, 6 characters of Crockford base32 and 2 check digits, e.g. 057zh3y96"
        case .geonames: "digits, e.g. 1850147"
        }
    }

    /// IRIs and prefixes that may precede the bare identifier in a librarian's table.
    package var prefixes: [String] {
        switch self {
        case .wikidata: ["http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/",
                         "http://www.wikidata.org/wiki/", "https://www.wikidata.org/wiki/", "wd:"]
        case .viaf: ["http://viaf.org/viaf/", "https://viaf.org/viaf/", "http://www.viaf.org/viaf/",
                     "https://www.viaf.org/viaf/"]
        case .isni: ["https://isni.org/isni/", "http://isni.org/isni/", "https://www.isni.org/isni/",
                     "http://www.isni.org/isni/", "isni:"]
        case .orcid: ["https://orcid.org/", "http://orcid.org/", "https://www.orcid.org/", "orcid:"]
        case .ror: ["https://ror.org/", "http://ror.org/", "ror.org/", "ror:"]
        // The concept IRI, the page a librarian copies from the site, and the RDF document.
        case .geonames: ["https://sws.geonames.org/", "http://sws.geonames.org/", "https://www.geonames.org/",
                         "http://www.geonames.org/", "https://geonames.org/", "http://geonames.org/", "geonames:"]
        }
    }
}

/// A link from a person, organisation or place to an authority record, e.g. Wikidata `Q42`.
/// `value` is always in normal form (see `parse`), so equal links are equal values.
public struct AuthorityLink: Sendable, Hashable, Codable, Comparable {
    public var scheme: AuthorityScheme
    public var value: String

    /// Use `parse` for text from outside; this trusts `value` to be in normal form.
    public init(scheme: AuthorityScheme, value: String) {
        self.scheme = scheme
        self.value = value
    }

    /// The identifier as the authority itself publishes it, for linked data.
    public var iri: String {
        switch scheme {
        case .wikidata: "http://www.wikidata.org/entity/\(value)"
        case .viaf: "http://viaf.org/viaf/\(value)"
        case .isni: "https://isni.org/isni/\(value)"
        case .orcid: "https://orcid.org/\(value)"
        case .ror: "https://ror.org/\(value)"
        // GeoNames' Semantic Web concept, with the final slash it publishes; without it is the web page.
        case .geonames: "https://sws.geonames.org/\(value)/"
        }
    }

    public static func < (lhs: AuthorityLink, rhs: AuthorityLink) -> Bool {
        (lhs.scheme, lhs.value) < (rhs.scheme, rhs.value)
    }

    public struct Invalid: Error, Sendable, Hashable, CustomStringConvertible {
        public var scheme: AuthorityScheme
        public var text: String
        public var reason: String
        public var description: String { "invalid \(scheme.rawValue) identifier \"\(text)\": \(reason)" }
    }

    /// A bare identifier or its IRI in normal form: Wikidata `Q42`, VIAF digits, ISNI as 16
    /// characters without spaces, ORCID as `0000-0000-0000-000X`, ROR in lower case. Check digits
    /// are verified, so that a mistyped identifier never links a person to a stranger.
    public static func parse(_ text: String, scheme: AuthorityScheme) -> Result<AuthorityLink, Invalid> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var body = trimmed
        for prefix in scheme.prefixes where body.lowercased().hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count))
            break
        }
        if scheme == .geonames, let slash = body.firstIndex(of: "/") {
            // The site's page (https://www.geonames.org/1850147/tokyo.html) and the RDF document
            // (.../1850147/about.rdf) are what a librarian copies; both name the place before the slash.
            let rest = body[body.index(after: slash)...]
            if rest.isEmpty || rest == "about.rdf" || (rest.hasSuffix(".html") && !rest.contains("/")) {
                body = String(body[..<slash])
            }
        }
        if body.hasSuffix("/") { body.removeLast() }
        func invalid(_ reason: String) -> Result<AuthorityLink, Invalid> {
            .failure(Invalid(scheme: scheme, text: trimmed, reason: reason))
        }
        if body.contains("/") || body.contains(":") {
            return invalid("not a \(scheme.rawValue) IRI; expected \(scheme.shape)")
        }
        switch scheme {
        case .wikidata:
            let upper = body.uppercased()
            guard upper.count >= 2, upper.first == "Q", upper.dropFirst().allSatisfy(\.isASCIIDigit),
                  upper.dropFirst().first != "0" else { return invalid("expected \(scheme.shape)") }
            return .success(AuthorityLink(scheme: scheme, value: upper))
        case .viaf:
            guard !body.isEmpty, body.allSatisfy(\.isASCIIDigit) else { return invalid("expected \(scheme.shape)") }
            return .success(AuthorityLink(scheme: scheme, value: body))
        case .geonames:
            guard !body.isEmpty, body.allSatisfy(\.isASCIIDigit), body.first != "0" else { return invalid("expected \(scheme.shape)") }
            return .success(AuthorityLink(scheme: scheme, value: body))
        case .isni, .orcid:
            let compact = body.filter { !$0.isWhitespace && $0 != "-" }.uppercased()
            guard compact.count == 16, compact.dropLast().allSatisfy(\.isASCIIDigit),
                  compact.last!.isASCIIDigit || compact.last == "X" else { return invalid("expected \(scheme.shape)") }
            let expected = mod11_2(compact.dropLast())
            guard compact.last == expected else {
                return invalid("check digit is \(compact.last!), expected \(expected)")
            }
            if scheme == .isni { return .success(AuthorityLink(scheme: scheme, value: compact)) }
            let groups = stride(from: 0, to: 16, by: 4).map { offset in
                String(compact.dropFirst(offset).prefix(4))
            }
            return .success(AuthorityLink(scheme: scheme, value: groups.joined(separator: "-")))
        case .ror:
            let lower = body.lowercased()
            let digits = Array(lower)
            guard digits.count == 9, digits[0] == "0",
                  digits[1...6].allSatisfy({ crockford.contains($0) }),
                  digits[7...8].allSatisfy(\.isASCIIDigit) else { return invalid("expected \(scheme.shape)") }
            let number = digits[1...6].reduce(0) { $0 * 32 + crockford.firstIndex(of: $1)! }
            let check = 98 - (number * 100) % 97
            let expected = check < 10 ? "0\(check)" : String(check)
            guard String(digits[7...8]) == expected else {
                return invalid("check digits are \(String(digits[7...8])), expected \(expected)")
            }
            return .success(AuthorityLink(scheme: scheme, value: lower))
        }
    }

    /// ISO 7064 MOD 11-2, the check character of ISNI and ORCID.
    package static func mod11_2(_ digits: Substring) -> Character {
        var total = 0
        for digit in digits { total = (total + digit.wholeNumberValue!) * 2 }
        let result = (12 - total % 11) % 11
        return result == 10 ? "X" : Character(String(result))
    }

    /// ROR's alphabet: Crockford base32, which leaves out i, l, o and u.
    private static let crockford = Array("0123456789abcdefghjkmnpqrstvwxyz")
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
