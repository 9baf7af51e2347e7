/// The URL a summary was published at: an absolute `http` or `https` URL with a host, and an IRI
/// that RFC 3987 allows, so that every format can carry it (`schema:url` in the linked data, `@target`
/// in TEI). Every importer and the catalogue check a source URL with `problem`.
enum SourceURL {
    nonisolated(unsafe) private static let shape = /(?i)https?:\/\/[^\s\/?#]+(?:[\/?#]\S*)?/

    /// Why `text` is not a source URL, or nil when it is one.
    static func problem(_ text: String) -> String? {
        guard text.wholeMatch(of: shape) != nil else {
            return "not an http or https URL: \"\(text)\""
        }
        do {
            try IRI.check(text)
        } catch {
            return "not a valid URL: \"\(text)\": \(error.reason)"
        }
        return nil
    }
}
