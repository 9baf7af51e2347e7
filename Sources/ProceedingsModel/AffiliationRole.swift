/// What a person's position makes them in the organisation of an affiliation, as ParlaMint's
/// `affiliation/@role` says it: a closed list, read from the position as printed ("Deputy
/// Director-General", "Permanent Representative", "Associate Professor"). A position whose words
/// the list does not cover has no role: the printed position says more than a guess would.
public enum AffiliationRole: String, Sendable, Hashable, Codable, CaseIterable {
    case head, deputyHead, minister, deputyMinister, representative, member, researcher, staff

    /// What the value means, as the TEI header's taxonomy glosses it.
    public var gloss: String {
        switch self {
        case .head: "heads the organisation or the unit the position names (director, president, chair, dean, rector, secretary-general;"
            + " not a university's managing director, who is a member)"
        case .deputyHead: "stands in for its head (deputy director, vice-president, vice-chair)"
        case .minister: "a minister of a government"
        case .deputyMinister: "a deputy or vice-minister of a government"
        case .representative: "represents the organisation or state to others (ambassador, envoy, permanent representative, delegate)"
        case .member: "a member of a body (member of parliament, senator, commissioner, councillor; a university's managing"
            + " director, an executive trustee who sits on its board, which its president, rector or chancellor heads)"
        case .researcher: "teaches or does research (professor, lecturer, research fellow, scientist)"
        case .staff: "works for the organisation in a position it does not head (officer, adviser, specialist, coordinator, manager)"
        }
    }

    /// The words of a position, lower-cased, that say each role, the first role in this order that
    /// the position's words name winning: "Deputy Permanent Representative" represents, "Research
    /// Director" heads, "Board Member" is a member, "Research Officer" researches. A former position
    /// ("Former Foreign Minister of Poland") says none.
    private static let cues: [(role: AffiliationRole, words: Set<String>)] = [
        (.minister, ["minister"]),
        (.representative, ["ambassador", "representative", "envoy", "delegate", "consul"]),
        (.head, ["director", "president", "chair", "chairman", "chairwoman", "chairperson", "head", "dean", "rector",
                 "governor", "mayor", "ceo", "chief"]),
        (.member, ["member", "mp", "senator", "parliamentarian", "commissioner", "councillor", "councilor", "legislator"]),
        (.researcher, ["professor", "lecturer", "researcher", "research", "fellow", "scholar", "scientist", "historian"]),
        (.staff, ["officer", "adviser", "advisor", "specialist", "analyst", "consultant", "coordinator", "manager", "assistant",
                  "expert", "commentator", "correspondent", "journalist", "reporter", "secretary"]),
    ]

    /// The role a position says in the organisation it is printed with. A university's head is its
    /// president, rector or chancellor: its "Managing Director" (an executive trustee) sits on its
    /// board, a member, where a foundation's or a fund's heads it.
    public init?(position: String, organization: String?) {
        guard let role = AffiliationRole(position: position) else { return nil }
        let words = position.lowercased().split { !$0.isLetter }
        let managing = zip(words, words.dropFirst()).contains { $0 == "managing" && $1 == "director" }
        let academic = organization.map { $0.lowercased().split { !$0.isLetter }.contains { Self.academies.contains(String($0)) } } ?? false
        self = role == .head && managing && academic ? .member : role
    }

    /// Words of the names of bodies that a president, a rector or a chancellor heads.
    private static let academies: Set<String> = ["university", "universities", "college", "université", "universidad",
                                                 "universität", "universidade", "università"]

    /// Words that, before "representative", make it the head of an office rather than an envoy: a
    /// UNDP "Resident Representative" or a FAO "Regional Representative" runs the office.
    private static let offices: Set<String> = ["resident", "regional", "country"]

    /// Words that, before "secretary", make the government's junior minister ("Parliamentary
    /// Secretary", "State Secretary"), as "Parliamentary Vice-Minister" is.
    private static let juniorMinisters: Set<String> = ["parliamentary", "state"]

    /// Words that, just before a head's or a minister's word, make the deputy: "Deputy Director",
    /// "Vice-President", "Under-Secretary-General", "Assistant Secretary-General".
    private static let deputies: Set<String> = ["deputy", "vice", "under", "assistant"]

    /// The role a printed position says, or nil when its words say none of the list. "Secretary" is
    /// a head in "Secretary-General", "Executive Secretary" and "Permanent Secretary", a deputy
    /// minister after "Parliamentary" or "State", and otherwise staff ("Press Secretary");
    /// "Officer-in-Charge" heads. A head or a minister is a deputy only where every word that says it
    /// follows a deputy's word, directly or across one qualifier ("Deputy Regional Representative"):
    /// "Managing Director and Executive Vice President" heads.
    public init?(position: String) {
        // "member of Parliament, Former Minister of Foreign Affairs": what the person is now, not
        // what they were, which the affiliation does not date.
        let words = position.lowercased().split { $0 == "," || $0 == ";" }
            .map { $0.split { !$0.isLetter }.map(String.init) }
            .filter { !$0.contains("former") && !$0.contains("ex") }
            .flatMap { $0 }
        func before(_ index: Int) -> String? { index > 0 ? words[index - 1] : nil }
        func says(_ role: AffiliationRole, at index: Int) -> Bool {
            let word = words[index]
            if word == "secretary" {
                let head = words.dropFirst(index + 1).first == "general" || ["executive", "permanent"].contains(before(index))
                let junior = before(index).map(Self.juniorMinisters.contains) ?? false
                return role == (head ? .head : junior ? .deputyMinister : .staff)
            }
            if word == "representative", let qualifier = before(index), Self.offices.contains(qualifier) { return role == .head }
            if word == "officer", words.dropFirst(index + 1).starts(with: ["in", "charge"]) { return role == .head }
            return Self.cues.first(where: { $0.role == role })?.words.contains(word) ?? false
        }
        let order: [AffiliationRole] = [.minister, .deputyMinister] + Self.cues.map(\.role).filter { $0 != .minister }
        guard let role = order.first(where: { role in words.indices.contains { says(role, at: $0) } }) else { return nil }
        let deputised = words.indices.filter { says(role, at: $0) }.allSatisfy { index in
            [1, 2].contains { index >= $0 && Self.deputies.contains(words[index - $0]) }
        }
        switch role {
        case .head where deputised: self = .deputyHead
        case .minister where deputised: self = .deputyMinister
        default: self = role
        }
    }
}
