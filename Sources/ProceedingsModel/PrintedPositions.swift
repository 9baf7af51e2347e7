/// The positions an affiliation as printed names, one after another: "member of Parliament, Former
/// Minister of Foreign Affairs of Thailand" is a position held and one held before; "Officer-in-Charge
/// and Deputy Regional Representative, FAO Regional Office" two held at once. Each is what ParlaMint
/// makes an `affiliation` of. The cut is made only where it can be undone (`joined`), so that the
/// printed words come back whole.
public enum PrintedPositions {
    public struct Position: Sendable, Hashable {
        /// The position's words, without the slash printed after them.
        public var text: String
        /// Which of the affiliations that slashes part the position is printed in, from 0:
        /// "Special Advisor, X University/ Director, Y Museum" prints two, each with its own body.
        public var affiliation = 0
        /// Printed before a slash and a space, which begin the next affiliation.
        public var beforeSlash = false
        /// The words as printed, the slash after them included, which `joined` puts back together.
        public var printed: String { beforeSlash ? text + "/" : text }
        /// Printed as no longer held ("Former ...", "ex-...").
        public var former: Bool { PrintedPositions.isFormer(text) }
    }

    /// The positions in the order printed. A new one starts at a comma before a former position
    /// ("..., Former Minister"), and after a former one at a comma before words that say a role of
    /// their own ("Former Director General of GATT, Chairman, Goldman Sachs"): otherwise what follows
    /// a comma is the unit or the organisation of the position before it ("Director, Center for
    /// Global Equity, Harvard"). A position held now that prints two roles joined by "and"
    /// ("Professor and Director") is two, the organisation after them printed with the second.
    ///
    /// A slash and a space before a capital ("Professor, Kyoto University/ Head, SRA Inc.") part two
    /// affiliations of one person, each split as above; "GATT/WTO" is one name.
    public static func split(_ affiliation: String) -> [Position] {
        let parts = affiliation.components(separatedBy: "/ ")
        guard parts.count > 1, parts.allSatisfy({ !$0.isEmpty && !$0.hasSuffix(" ") }),
              parts.dropFirst().allSatisfy({ $0.first?.isUppercase == true }) else { return positions(affiliation) }
        return parts.enumerated().flatMap { index, part in
            var positions = positions(part)
            for position in positions.indices { positions[position].affiliation = index }
            positions[positions.count - 1].beforeSlash = index < parts.count - 1
            return positions
        }
    }

    private static func positions(_ affiliation: String) -> [Position] {
        var positions: [[String]] = []
        for chunk in affiliation.components(separatedBy: ", ") {
            if let current = positions.last?.first,
               !isFormer(chunk) && !(isFormer(current) && AffiliationRole(position: chunk) != nil) {
                positions[positions.count - 1].append(chunk)
            } else {
                positions.append([chunk])
            }
        }
        return positions.flatMap { chunks -> [Position] in
            let halves = chunks[0].components(separatedBy: " and ")
            guard !isFormer(chunks[0]), halves.count == 2, !isFormer(halves[1]),
                  AffiliationRole(position: halves[0]) != nil, AffiliationRole(position: halves[1]) != nil
            else { return [Position(text: chunks.joined(separator: ", "))] }
            return [Position(text: halves[0]), Position(text: ([halves[1]] + chunks.dropFirst()).joined(separator: ", "))]
        }
    }

    /// The printed words of the positions `split` found (`Position.printed`), as printed: a space
    /// after a slash, a comma where either side is a former position, "and" between two held at once.
    public static func joined(_ positions: [String]) -> String {
        var text = positions.first ?? ""
        for (before, next) in zip(positions, positions.dropFirst()) {
            text += (before.hasSuffix("/") ? " " : isFormer(before) || isFormer(next) ? ", " : " and ") + next
        }
        return text
    }

    /// The units of an organisation a position's words print between the role and the
    /// organisation's name, in the order printed (the outermost last), each with the words before
    /// it, and the role without them: "Director, Multilateral Cooperation Department" is a director
    /// of the department; "Director of Global Issues Cooperation Division" of the division. Nil when
    /// a part is not a unit's name, which a guess would make one.
    public static func units(_ role: String) -> (role: String, units: [(joint: String, name: String)])? {
        var chunks = role.components(separatedBy: ", ")
        var joints = Array(repeating: ", ", count: chunks.count - 1)
        if let of = chunks[0].range(of: " of the ") ?? chunks[0].range(of: " of "), isUnit(chunks[0][of.upperBound...]) {
            joints.insert(String(chunks[0][of]), at: 0)
            chunks.replaceSubrange(0...0, with: [String(chunks[0][..<of.lowerBound]), String(chunks[0][of.upperBound...])])
        }
        guard chunks.count > 1, !chunks[0].isEmpty, chunks.dropFirst().allSatisfy(isUnit) else { return nil }
        return (chunks[0], zip(joints, chunks.dropFirst()).map { ($0, $1) })
    }

    /// Words that name a unit of an organisation: a department, bureau, division, office.
    private static let unitNouns: Set<String> = ["department", "bureau", "division", "office", "sub-office", "centre", "center",
                                                 "unit", "section", "branch", "directorate", "secretariat", "faculty", "laboratory"]
    private static let joiningWords: Set<String> = ["of", "for", "and", "the", "on", "in", "to", "de", "&"]

    /// A name in capitals, its joining words aside, with a unit's word: "Regional Bureau for Europe and the CIS".
    package static func isUnit(_ text: some StringProtocol) -> Bool {
        let words = text.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { joiningWords.contains($0.lowercased()) || $0.first?.isUppercase == true }
            && words.contains { unitNouns.contains($0.lowercased()) }
    }

    /// Whether a position's first word says it is no longer held: "Former ...", "ex-..." (not "Ex officio").
    package static func isFormer(_ text: some StringProtocol) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("ex-") || lowered.split(whereSeparator: { !$0.isLetter }).first == "former"
    }
}
