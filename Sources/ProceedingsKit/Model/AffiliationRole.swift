/// What a person's position makes them in the organisation of an affiliation, as ParlaMint's
/// `affiliation/@role` says it: a closed list, read from the position as printed ("Deputy
/// Director-General", "Permanent Representative", "Associate Professor"). A position whose words
/// the list does not cover has no role: the printed position says more than a guess would.
public enum AffiliationRole: String, Sendable, Hashable, Codable, CaseIterable {
    case head, deputyHead, minister, deputyMinister, representative, member, researcher, staff

    /// What the value means, as the TEI header's taxonomy glosses it.
    public var gloss: String {
        switch self {
        case .head: "heads the organisation or the unit the position names (director, president, chair, dean, rector, secretary-general)"
        case .deputyHead: "stands in for its head (deputy director, vice-president, vice-chair)"
        case .minister: "a minister of a government"
        case .deputyMinister: "a deputy or vice-minister of a government"
        case .representative: "represents the organisation or state to others (ambassador, envoy, permanent representative, delegate)"
        case .member: "a member of a body (member of parliament, senator, commissioner, councillor)"
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
        (.researcher, ["professor", "lecturer", "researcher", "research", "fellow", "scholar", "scientist"]),
        (.staff, ["officer", "adviser", "advisor", "specialist", "analyst", "consultant", "coordinator", "manager", "assistant",
                  "expert"]),
    ]

    /// Words that, just before a head's or a minister's word, make the deputy: "Deputy Director",
    /// "Vice-President", "Under-Secretary-General", "Assistant Secretary-General".
    private static let deputies: Set<String> = ["deputy", "vice", "under", "assistant"]

    /// The role a printed position says, or nil when its words say none of the list. "Secretary" is
    /// a head only in "Secretary-General" and "Executive Secretary". A head or a minister is a deputy
    /// only where every word that says it follows a deputy's word: "Managing Director and Executive
    /// Vice President" heads.
    public init?(position: String) {
        // "member of Parliament, Former Minister of Foreign Affairs": what the person is now, not
        // what they were, which the affiliation does not date.
        let words = position.lowercased().split { $0 == "," || $0 == ";" }
            .map { $0.split { !$0.isLetter }.map(String.init) }
            .filter { !$0.contains("former") && !$0.contains("ex") }
            .flatMap { $0 }
        func says(_ role: AffiliationRole, at index: Int) -> Bool {
            if Self.cues.first(where: { $0.role == role })!.words.contains(words[index]) { return true }
            // "Secretary-General", "Executive Secretary": the word "secretary" says the head.
            return role == .head && words[index] == "secretary"
                && (words.dropFirst(index + 1).first == "general" || (index > 0 && words[index - 1] == "executive"))
        }
        guard let role = Self.cues.map(\.role).first(where: { role in words.indices.contains { says(role, at: $0) } }) else { return nil }
        let deputised = words.indices.filter { says(role, at: $0) }.allSatisfy { $0 > 0 && Self.deputies.contains(words[$0 - 1]) }
        switch role {
        case .head where deputised: self = .deputyHead
        case .minister where deputised: self = .deputyMinister
        default: self = role
        }
    }
}
