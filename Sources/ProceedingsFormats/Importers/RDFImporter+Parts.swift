/// The programme parts of a graph: the event's sub-events, and theirs (a session's talks).
extension GraphReader {
    func subEvents(of event: String) -> [String] {
        let events = nodes(ofType: NS.schema + "Event")
        var found: [String] = []
        var reached: Set<String> = [event]
        // Level by level, so that sub-events that loop end the walk instead of turning it.
        func walk() {
            while true {
                // Read without reporting: the part's own reading reports a link that is not one IRI, once.
                let next = events.filter { node in
                    !reached.contains(node) && objects(node, NS.conf + "isSubEventOf").contains { term in
                        if case .iri(let iri) = term { reached.contains(iri) } else { false }
                    }
                }
                if next.isEmpty { return }
                found += next
                reached.formUnion(next)
            }
        }
        walk()
        // Parts given in each other never reach the event: they are its parts all the same, which
        // the record's reading reports (rule part-parent), and so are the parts given in them.
        let looped = events.filter { !reached.contains($0) && leadsBack($0) }
        guard !looped.isEmpty else { return found }
        found += looped
        reached.formUnion(looped)
        walk()
        return found
    }

    /// Whether the sub-event links from `node` up lead back to it.
    private func leadsBack(_ node: String) -> Bool {
        func parent(_ node: String) -> String? {
            let parents = objects(node, NS.conf + "isSubEventOf").compactMap(\.iriValue)
            return parents.count == 1 ? parents[0] : nil
        }
        var seen: Set<String> = []
        var next = parent(node)
        while let current = next, seen.insert(current).inserted {
            if current == node { return true }
            next = parent(current)
        }
        return false
    }
}
