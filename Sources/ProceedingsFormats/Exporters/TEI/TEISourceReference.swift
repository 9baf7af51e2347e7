public import Foundation

/// Where a TEI document's `@source` values point: the header's `prefixDef` turns `text:A,B` into
/// `<reference>#line=A,B`, and a relative reference is resolved against the TEI file itself
/// (RFC 3986), not against the folder the summary was read from. The writer therefore needs the
/// source file as seen from the folder the TEI is written in; without it, the file's bare name
/// (the source beside the TEI), as a TEI served or written to standard output has it.
extension TEI {
    /// The source file as a relative reference from `folder` (where the TEI file is written):
    /// `../2003-02-25_symposium.txt` for `samples/out/` and `samples/2003-02-25_symposium.txt`.
    /// Made from the two paths alone (made absolute against the current directory, `.` and `..`
    /// removed, symbolic links left as given), so that the same paths give the same reference;
    /// each segment percent-encoded, so that a space or `#` in a name cannot break the pointer.
    public static func sourceReference(from folder: URL, to file: URL) -> String {
        let from = folder.standardizedFileURL.pathComponents.filter { $0 != "/" }
        let to = file.standardizedFileURL.pathComponents.filter { $0 != "/" }
        var shared = 0
        while shared < from.count, shared < to.count - 1, from[shared] == to[shared] { shared += 1 }
        let up = Array(repeating: "..", count: from.count - shared)
        return (up + to[shared...].map(IRI.segment)).joined(separator: "/")
    }

    /// The source files a TEI document or `teiCorpus` names (`sourceDesc/bibl/idno[@type="filename"]`)
    /// and where its `prefixDef` says each is, resolved against `file`, the TEI file's own
    /// location: what lets a TEI read back be written elsewhere with pointers that still reach
    /// the source. A document whose pattern gives no file (or not one of ours) names none.
    public static func declaredSources(_ bytes: [UInt8], at file: URL) -> [String: URL] {
        guard let root = SafeXMLParser.parse(bytes, fileName: file.lastPathComponent).0 else { return [:] }
        let documents = root.name == "teiCorpus" ? root.elements(named: "TEI") : [root]
        var found: [String: URL] = [:]
        for document in documents {
            guard let header = document.firstElement(named: "teiHeader"),
                  let name = header.firstElement(named: "fileDesc")?.firstElement(named: "sourceDesc")?
                      .firstElement(named: "bibl")?.elements(named: "idno").first(where: { $0.attribute("type") == "filename" })?.textContent,
                  let pattern = header.firstElement(named: "encodingDesc")?.firstElement(named: "listPrefixDef")?
                      .elements(named: "prefixDef").first(where: { $0.attribute("ident") == textPrefix })?.attribute("replacementPattern"),
                  let path = pattern.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first,
                  !path.isEmpty, !path.contains(":"), let decoded = path.removingPercentEncoding
            else { continue }
            found[name] = URL(fileURLWithPath: decoded, relativeTo: file.deletingLastPathComponent()).standardizedFileURL
        }
        return found
    }
}
