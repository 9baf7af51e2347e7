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
