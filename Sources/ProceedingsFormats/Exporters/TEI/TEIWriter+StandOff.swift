internal import Foundation

/// `standOff`: the event and its parts, the venue, and who held which role where.
extension TEIWriter {
    func standOff() {
        let event = record.event
        writer.element("standOff") {
            writer.element("listEvent") {
                let dates = TEI.dating(event)
                writer.element("event", ["xml:id": scoped(TEI.eventId), "type": event.kind.rawValue,
                                         "when": dates.when, "from": dates.from, "to": dates.to,
                                         "where": event.venue.map { _ in ref(TEI.venueId) }, "change": change("date")]) {
                    writer.element("label", ["xml:id": changedId("title", TEI.eventId + ".label"), "change": change("title")], text: event.title)
                    optional("note", ["type": "audience", "source": TEI.lines(event.audienceLine)],
                             event.audienceNote, line: event.audienceLine)
                    for part in record.subParts(of: nil) { partEvent(part) }
                }
            }
            if let venue = event.venue {
                writer.element("listPlace") {
                    writer.element("place", ["xml:id": scoped(TEI.venueId), "source": TEI.lines(event.venueLine)]) {
                        writer.element("placeName", ["xml:id": changedId("venue", TEI.venueId + ".name"), "change": change("venue")], text: venue)
                        // Names before identifiers, as TEI's place has them.
                        writer.element("placeName", ["type": "authority"], text: event.venueAuthorityName)
                        authorities(event.venueAuthorities)
                    }
                }
            }
            roles()
            removedRoles()
        }
    }

    /// A programme part's `event`, holding the events of the parts given in it (a session's talks), as TEI nests events.
    /// `@n` is the number its label prints, as its `div`'s; the converter's position of the part in the programme
    /// (the session's number, else its place among the parts), which numbers no printed thing, is `@sortKey`.
    func partEvent(_ part: EventPart) {
        writer.element("event", ["xml:id": scoped(P.part + part.id), "type": part.kind.rawValue,
                                 "n": TEI.printedNumber(ofPart: part.label), "sortKey": String(part.ordinal),
                                 "source": TEI.lines(part.span)]) {
            writer.element("label", text: part.label)
            writer.element("label", ["type": "title"], text: part.title)
            writer.element("note", ["type": "format"], text: part.formatNote)
            for sub in record.subParts(of: part.id) { partEvent(sub) }
        }
    }

    /// Who held which role where: not printed as such, so never in `<text>`. The holder is active,
    /// the event or part passive; `@ana` points into the roles taxonomy and `desc` keeps the role
    /// as the page printed it ("Moderator", "statements by"). A role read from a paragraph or point
    /// ("X chaired the session") rather than from a line that labels it ("Moderator: X") is the
    /// converter's reading of prose, `@cert="medium"`, unless a correction gave or changed it.
    func roles() {
        guard !record.participations.isEmpty else { return }
        let prose = Set(record.statements.flatMap { $0.span.first...max($0.span.first, $0.span.last) })
        writer.element("listRelation", ["type": "roles"]) {
            for (index, participation) in record.participations.enumerated() {
                let holder = participation.personId.map { ref(P.person + $0) }
                    ?? participation.organizationId.map { ref(P.organization + $0) }
                // A role a librarian's correction gave or changed is hers, vouched for, no longer the converter's reading.
                let changed = change("relation.\(index)")
                roleRelation(participation, id: changedId("relation.\(index)", "relation.\(index + 1)"), holder: holder,
                             affiliation: affiliationOfParticipation[index],
                             cert: prose.contains(participation.line) && changed == nil ? "medium" : nil, change: changed) {
                    if let printed = participation.roleAsPrinted { writer.element("desc", text: printed) }
                }
            }
        }
    }

    /// A role's `relation`, held or removed (`removedRoles`), whose attributes `TEIReader.relationParts` reads: the
    /// holder in `@active`, the event or part in `@passive`, the affiliation it names in `@corresp`. TEI allows
    /// @passive only beside @active: a role whose holder is unknown names its event in @corresp.
    func roleRelation(_ participation: Participation, id: String?, type: String? = nil, holder: String?, affiliation: String?,
                      cert: String? = nil, change: String?, content: () -> Void) {
        let held = ref(participation.partId.map { P.part + $0 } ?? TEI.eventId)
        writer.element("relation", ["xml:id": id, "type": type, "name": participation.role.rawValue,
                                    "ana": "#" + P.role + participation.role.rawValue,
                                    "active": holder, "passive": holder == nil ? nil : held,
                                    "corresp": holder == nil ? held : affiliationPointers(participation, affiliation: affiliation),
                                    "cert": cert, "source": TEI.lines(participation.line), "change": change], body: content)
    }
}
