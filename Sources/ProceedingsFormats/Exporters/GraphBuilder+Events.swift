import Foundation

/// The event and its programme parts, as linked data.
extension GraphBuilder {
    mutating func buildEvent() {
        let event = mint.event, e = record.event
        type(event, NS.schema + "Event", NS.conf + "OrganisedEvent")
        add(event, NS.foaf + "isPrimaryTopicOf", .iri(mint.document))
        add(event, pro("eventKind"), .literal(e.kind.rawValue))
        add(event, NS.schema + "name", titled(e.title))
        add(event, NS.rdfs + "label", titled(e.title))
        add(event, pro("subtitle"), titled(e.subtitle))
        add(event, pro("titleFirstLine"), int(e.titleSpan.first))
        add(event, pro("titleLastLine"), int(e.titleSpan.last))
        add(event, NS.schema + "startDate", date(e.startDate))
        add(event, NS.schema + "endDate", date(e.endDate))
        // The dates in force, a correction's included; the page's reading stays beside them, as the venue's does.
        add(event, pro("startDateAsRead"), date(record.asPrinted(.startDate, e.startDate)))
        add(event, pro("endDateAsRead"), date(record.asPrinted(.endDate, e.endDate)))
        add(event, pro("dateLine"), int(e.dateLine))
        add(event, pro("time"), text(e.time))
        add(event, pro("timeLine"), int(e.timeLine))
        if let venue = e.venue {
            add(event, NS.schema + "location", .iri(mint.place))
            type(mint.place, ResourceClasses.venue(of: e))
            if e.isOnline { add(event, NS.schema + "eventAttendanceMode", .iri(NS.schema + "OnlineEventAttendanceMode")) }
            // A place of the corpus is named by its authority entry, alike in every record; what
            // each summary printed ("Tokyo", "Tokyo, Japan") is its event's.
            if let key = mint.corpusKeyOfPlace {
                add(mint.place, NS.dcterms + "identifier", .literal(key))
                sameAs(mint.place, e.venueAuthorities.filter { $0.scheme.identifies(.place) })
                add(mint.place, NS.schema + "name", text(e.venueAuthorityName))
                add(mint.place, NS.rdfs + "label", label(e.venueAuthorityName ?? key))
            } else {
                add(mint.place, NS.schema + "name", titled(venue))
                add(mint.place, NS.rdfs + "label", venue.isEmpty ? nil : titled(venue))
            }
        }
        // The venue in force, as the title is; the page's words stay beside it.
        add(event, pro("venue"), titled(e.venue))
        add(event, pro("venueAsPrinted"), titled(record.asPrinted(.venue, e.venue)))
        add(event, pro("venueLine"), int(e.venueLine))
        add(event, pro("audienceNote"), titled(e.audienceNote))
        add(event, pro("audienceLine"), int(e.audienceLine))
        // The organisers are named through their schema:Role (buildParticipation), never also directly:
        // schema.org's Role pattern puts the role between the event and the organiser, and a consumer that
        // met both would count each organiser twice.
    }

    /// A part is a sub-event of the part it is given in (the Conference Ontology's Session has its Talks as
    /// sub-events), else of the event.
    mutating func buildPart(_ part: EventPart, index: Int) {
        let node = mint.part(part.id), event = record.enclosingPart(of: part).map { mint.part($0.id) } ?? mint.event
        type(node, [NS.schema + "Event"] + Self.partClasses(part, roles: rolesByPart[part.id] ?? []))
        add(node, NS.dcterms + "identifier", .literal(part.id))
        add(node, pro("partKind"), .literal(part.kind.rawValue))
        add(node, pro("position"), int(part.ordinal))
        add(node, NS.rdfs + "label", titled(part.label))
        add(node, NS.schema + "name", titled(part.title))
        add(node, pro("formatNote"), titled(part.formatNote))
        add(node, pro("firstLine"), int(part.span.first))
        add(node, pro("lastLine"), int(part.span.last))
        add(node, pro("sourceLines"), .iri(mint.lines(part.span.first, part.span.last)))
        add(node, pro("index"), int(index))
        add(node, NS.schema + "superEvent", .iri(event))
        add(node, NS.conf + "isSubEventOf", .iri(event))
        add(event, NS.schema + "subEvent", .iri(node))
        add(event, NS.conf + "hasSubEvent", .iri(node))
    }

    /// The schema.org property a role qualifies: who organised, who attended, who performed.
    static func schemaProperty(of role: Role) -> String {
        switch role {
        case .organizer: NS.schema + "organizer"
        case .participant: NS.schema + "attendee"
        default: NS.schema + "performer"
        }
    }

    /// A part is a session unless its printed heading or format says it is a panel or a talk.
    /// A panel is a session of its own kind (`proceedings:Panel`: the Conference Ontology has no
    /// class for it). A part that someone moderated or chaired, or that had panelists, or that its
    /// heading calls a session ("Concluding Session", whose format reads "Presentation"), is a
    /// session however its format reads: a talk (the Conference Ontology's) is one presentation.
    static func partClasses(_ part: EventPart, roles: Set<Role> = []) -> [String] {
        let printed = [part.label, part.title ?? "", part.formatNote ?? ""].joined(separator: " ").lowercased()
        let words = Set(printed.split { !$0.isLetter })
        if words.contains("panel") || words.contains("panels") { return [NS.conf + "Session", NS.pro + "Panel"] }
        let conducted = !roles.isDisjoint(with: [.moderator, .chair, .panelist, .commentator, .respondent])
            || !Set(part.label.lowercased().split { !$0.isLetter }).isDisjoint(with: ["session", "sessions"])
        if !conducted, !words.isDisjoint(with: ["presentation", "talk", "lecture", "speech", "address"]) { return [NS.conf + "Talk"] }
        return [NS.conf + "Session"]
    }
}
