internal import Foundation

/// A person's distinct printed affiliation, with the organisation it was identified as and the lines
/// that print it. Participations point at it with `@corresp`, so it is printed once per person.
struct TEIAffiliation {
    var id: String
    var text: String?
    var organizationId: String?
    var lines: [Int]
    /// The printed words of an affiliation a correction removed (`text` nil), which it keeps.
    var removed: String? = nil
}

struct TEIWriter {
    let record: Record
    let writer: XMLWriter
    let convertedAt: Date?
    /// Where the document stands: on its own, or as one `TEI` of a `teiCorpus`, whose ids must be
    /// unique across the corpus and whose header holds what every record shares.
    let placement: TEI.Placement
    /// The source file as seen from the folder the TEI is written in (`TEI.sourceReference`), which
    /// the prefixDef of `@source` expands to; nil: the file's name, the source beside the TEI.
    let sourceReference: String?
    /// Who publishes the file and under which licence, as the run says.
    let publication: TEI.Publication
    /// Each person's affiliations, and the one each participation (by index) names, found once.
    let affiliations: [String: [TEIAffiliation]]
    let affiliationOfParticipation: [Int: String]
    /// The affiliation each role a correction removed (by index in `Record.removedRoles`) names, its holder's still.
    let affiliationOfRemovedRole: [Int: String]
    /// The units of organisations the affiliations print, each an `org` in its parent's.
    let units: TEIUnits
    /// The organisations the text names as part of another the record lists, each an `org` in its parent's.
    let organisationParts: TEIOrganisationParts
    /// The corrections that changed each element; see `changedElements`.
    let changedElements: [String: [String]]
    /// The participations read from each line, found once: every printed line of the body asks
    /// (`contribution`), and a long transcript has thousands of both.
    let participationsOnLine: [Int: [Participation]]
    /// The printed forms of the record's persons, organisations and venue, which running text marks.
    let namesInText: TEINames
    typealias P = TEI.Prefix

    init(record: Record, writer: XMLWriter, convertedAt: Date?, placement: TEI.Placement = .standalone,
         sourceReference: String? = nil, publication: TEI.Publication = TEI.Publication()) {
        self.record = record
        self.writer = writer
        self.convertedAt = convertedAt
        self.placement = placement
        self.sourceReference = sourceReference
        self.publication = publication
        var affiliations: [String: [TEIAffiliation]] = [:]
        // The id of the affiliation a role names, the person's one of those words and organisation.
        func affiliationId(_ participation: Participation, removed: String? = nil) -> String? {
            guard let personId = participation.personId,
                  participation.affiliation != nil || participation.organizationId != nil || removed != nil else { return nil }
            var list = affiliations[personId, default: []]
            func same(_ a: TEIAffiliation) -> Bool {
                a.text == participation.affiliation && a.organizationId == participation.organizationId && a.removed == removed
            }
            if let known = list.firstIndex(where: same) {
                list[known].lines.append(participation.line)
            } else {
                list.append(TEIAffiliation(id: "\(P.affiliation)\(personId).\(list.count + 1)", text: participation.affiliation,
                                        organizationId: participation.organizationId, lines: [participation.line], removed: removed))
            }
            affiliations[personId] = list
            return list.last(where: same)!.id
        }
        var named: [Int: String] = [:]
        for (index, participation) in record.participations.enumerated() {
            // An affiliation a correction removed keeps its printed words, in `orig` beside an empty `reg`.
            let removed = participation.affiliation == nil && record.namesAffiliation(ofParticipation: index)
                ? record.printedAffiliation(ofParticipation: index) : nil
            named[index] = affiliationId(participation, removed: removed)
        }
        // A role removed leaves its holder what the page printed with the name: the person still is what it says.
        var namedByRemoved: [Int: String] = [:]
        for (index, removed) in record.removedRoles.enumerated() where removed.participation.personId.flatMap(record.person) != nil {
            namedByRemoved[index] = affiliationId(removed.participation)
        }
        self.affiliations = affiliations
        self.affiliationOfParticipation = named
        self.affiliationOfRemovedRole = namedByRemoved
        self.changedElements = Self.changedElements(record)
        self.participationsOnLine = Dictionary(grouping: record.participations, by: \.line)
        // Forms a person is printed in as a whole; a family or given name alone may be another's.
        let units = TEIUnits(record: record)
        self.units = units
        organisationParts = TEIOrganisationParts(record: record)
        self.namesInText = TEINames(record: record, personNames: { TEINames.withMixedCase([$0.name] + [$0.printedName].compactMap { $0 } + $0.variants) },
                                    venueId: TEI.venueId, units: units.forms)
    }

    func write() {
        // Inside a teiCorpus the namespace is declared once, on the corpus.
        if case .inCorpus = placement {
            writer.startElement("TEI")
        } else {
            writer.startElement("TEI", namespace: TEI.namespace)
        }
        writer.attribute("xml:id", TEI.recordIdPrefix + record.id)
        writer.attribute("xml:lang", record.document.language)
        header()
        standOff()
        writer.element("text") { body() }
        writer.endElement()
    }

    /// The document's id for an element of the record: as is in a file of its own; in a corpus,
    /// after the record's id (`record.2010-02-23-symposium.person.konuma`), so that two records'
    /// persons, parts or statements never share an id. A record id is a slug without dots, so
    /// the first dot after `record.` ends it and no two records' scopes overlap.
    func scoped(_ local: String) -> String {
        if case .inCorpus = placement { TEI.recordIdPrefix + record.id + "." + local } else { local }
    }

    /// A pointer at an element of the record. The taxonomies are not the record's: their
    /// categories are pointed at with their own ids, which a corpus declares once in its header.
    func ref(_ local: String) -> String { "#" + scoped(local) }

    /// The forms in which a summary names a person again: the full name, its variants, and the
    /// family name, as printed (a corrected name is not printed, but is looked for too).
    func names(of person: Person) -> [String] {
        TEINames.withMixedCase([person.name] + [person.printedName].compactMap { $0 } + person.variants
            + [person.familyName, person.givenName].compactMap { $0 })
    }
}
