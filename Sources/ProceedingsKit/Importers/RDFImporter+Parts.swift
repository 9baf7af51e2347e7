/// The programme parts of a graph: the event's sub-events, and theirs (a session's talks).
extension GraphReader {
    func subEvents(of event: String) -> [String] {
        let events = nodes(ofType: NS.schema + "Event")
        var found: [String] = []
        var reached: Set<String> = [event]
        // Level by level, so that sub-events that loop end the walk instead of turning it.
        while true {
            // Read without reporting: the part's own reading reports a link that is not one IRI, once.
            let next = events.filter { node in
                !reached.contains(node) && objects(node, NS.conf + "isSubEventOf").contains { term in
                    if case .iri(let iri) = term { reached.contains(iri) } else { false }
                }
            }
            if next.isEmpty { return found }
            found += next
            reached.formUnion(next)
        }
    }
}
