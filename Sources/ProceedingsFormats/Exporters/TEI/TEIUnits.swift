/// The units of the record's organisations that affiliations print ("Director, Multilateral
/// Cooperation Department, Ministry of Foreign Affairs"), each an `org` inside its parent's, as TEI
/// nests one organisation in another, so that an affiliation points at the unit the person works
/// in and a unit is told apart from one of the same name in another organisation. Found from the
/// printed affiliations on every export; the record keeps the organisation, and import reads a
/// pointer at a unit as one at the organisation it is part of.
struct TEIUnits {
    struct Unit {
        let id: String
        let name: String
        var lines: [Int]
    }

    /// By the local id of an organisation or a unit, the units in it, in the order first printed.
    private(set) var children: [String: [Unit]] = [:]

    init(record: Record) {
        for participation in record.participations where participation.personId != nil {
            guard let text = participation.affiliation,
                  let organization = participation.organizationId.flatMap({ record.organization($0) }) else { continue }
            for position in PrintedPositions.split(text) {
                guard let (_, units) = Self.units(in: position.text, organization: organization) else { continue }
                var parent = organization.id
                for unit in units.reversed() {
                    let id = Self.id(of: unit.name, in: parent)
                    if let known = children[parent]?.firstIndex(where: { $0.id == id }) {
                        if !children[parent]![known].lines.contains(participation.line) { children[parent]![known].lines.append(participation.line) }
                    } else {
                        children[parent, default: []].append(Unit(id: id, name: unit.name, lines: [participation.line]))
                    }
                    parent = id
                }
            }
        }
    }

    /// "ministry-of-foreign-affairs.multilateral-cooperation-department": a unit is known by its
    /// parent, so two bureaus of one name in two organisations are two.
    static func id(of name: String, in parent: String) -> String { parent + "." + Ids.slug(name) }

    /// The role and the units the words before the organisation's name print, where they print any.
    static func units(in text: String, organization: Organization) -> (role: String, units: [(joint: String, name: String)])? {
        guard let found = text.range(of: organization.name) else { return nil }
        let prefix = text[..<found.lowerBound]
        for separator in [", the ", ", ", " of the ", " of "] where prefix.hasSuffix(separator) {
            return PrintedPositions.units(String(prefix.dropLast(separator.count)))
        }
        return nil
    }

    /// The innermost unit a position prints of its organisation, if the record lists it.
    func innermost(in text: String, organization: Organization) -> String? {
        guard let (_, units) = Self.units(in: text, organization: organization) else { return nil }
        let id = units.reversed().reduce(organization.id) { Self.id(of: $1.name, in: $0) }
        return id == organization.id || !isListed(id) ? nil : id
    }

    /// Each unit's name as running text prints it, on the lines that print it in an affiliation.
    var forms: [TEINames.Form] {
        children.keys.sorted().flatMap { children[$0]! }.map {
            TEINames.Form(words: Array($0.name), kind: .organization($0.id), lines: Set($0.lines))
        }
    }

    func isListed(_ id: String) -> Bool { children.values.contains { $0.contains { $0.id == id } } }
}
