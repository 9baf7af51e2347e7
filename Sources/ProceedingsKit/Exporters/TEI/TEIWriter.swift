internal import Foundation

/// A person's distinct printed affiliation, with the organisation it was identified as and the lines
/// that print it. Participations point at it with `@corresp`, so it is printed once per person.
struct TEIAffiliation {
    var id: String
    var text: String?
    var organizationId: String?
    var lines: [Int]
}

struct TEIWriter {
    let record: Record
    let writer: XMLWriter
    let convertedAt: Date?
    /// Each person's affiliations, and the one each participation (by index) names, found once.
    let affiliations: [String: [TEIAffiliation]]
    let affiliationOfParticipation: [Int: String]
    typealias P = TEI.Prefix

    init(record: Record, writer: XMLWriter, convertedAt: Date?) {
        self.record = record
        self.writer = writer
        self.convertedAt = convertedAt
        var affiliations: [String: [TEIAffiliation]] = [:]
        var named: [Int: String] = [:]
        for (index, participation) in record.participations.enumerated() {
            guard let personId = participation.personId,
                  participation.affiliation != nil || participation.organizationId != nil else { continue }
            var list = affiliations[personId, default: []]
            if let known = list.firstIndex(where: { $0.text == participation.affiliation && $0.organizationId == participation.organizationId }) {
                list[known].lines.append(participation.line)
            } else {
                list.append(TEIAffiliation(id: "\(P.affiliation)\(personId).\(list.count + 1)", text: participation.affiliation,
                                        organizationId: participation.organizationId, lines: [participation.line]))
            }
            named[index] = list.last(where: { $0.text == participation.affiliation && $0.organizationId == participation.organizationId })!.id
            affiliations[personId] = list
        }
        self.affiliations = affiliations
        self.affiliationOfParticipation = named
    }

    func write() {
        writer.startElement("TEI", namespace: TEI.namespace)
        writer.attribute("xml:id", TEI.recordIdPrefix + record.id)
        writer.attribute("xml:lang", record.document.language)
        header()
        standOff()
        writer.element("text") { body() }
        writer.endElement()
    }


    /// The forms in which a summary names a person again: the full name, its variants, and the family name.
    func names(of person: Person) -> [String] {
        [person.name] + person.variants + [person.familyName, person.givenName].compactMap { $0 }
    }
}
