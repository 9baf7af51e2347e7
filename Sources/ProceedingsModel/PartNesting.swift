/// Which part a part is given in, as every writer nests it.
extension Record {
    /// The part `part` is given in: nil for a part of the event itself, and for one whose parent the record lacks or
    /// whose parents lead back to it (input that no importer of ours makes), so that such a part stands in the event,
    /// as a part whose parent is missing does.
    public func enclosingPart(of part: EventPart) -> EventPart? {
        guard let parentId = part.parentId, let parent = self.part(parentId) else { return nil }
        var seen: Set<String> = [part.id]
        var next: EventPart? = parent
        while let current = next {
            guard !seen.contains(current.id) else { return nil }
            seen.insert(current.id)
            next = current.parentId.flatMap(self.part)
        }
        return parent
    }

    /// The parts given in the part `id`, or in the event itself when `id` is nil, in the record's order.
    public func subParts(of id: String?) -> [EventPart] {
        parts.filter { enclosingPart(of: $0)?.id == id }
    }
}

extension Record {
    /// The ids of the parts whose parents lead back to them (`a` in `b`, `b` in `a`), in the record's
    /// order: input that no writer of ours makes, which every writer nests in the event.
    public var partsInLoops: [String] {
        parts.filter { part in
            var seen: Set<String> = []
            var next = part.parentId
            while let id = next, seen.insert(id).inserted {
                if id == part.id { return true }
                next = self.part(id)?.parentId
            }
            return false
        }.map(\.id)
    }

    /// The record with each part of a loop given in the event, as the writers nest it, so that no
    /// export carries the loop on; and the ids of those parts, for the importer to report.
    public func withoutPartLoops() -> (record: Record, looped: [String]) {
        let looped = partsInLoops
        guard !looped.isEmpty else { return (self, []) }
        var record = self
        for index in record.parts.indices where looped.contains(record.parts[index].id) {
            record.parts[index].parentId = nil
        }
        return (record, looped)
    }
}
