internal import Foundation

extension TEI {
    /// Reads a TEI document into a record. What `export` writes comes back equal; TEI from
    /// elsewhere is read as far as it maps onto the model, and every element or attribute value
    /// that does not map is a warning with its line (rule `tei`), never dropped in silence.
    /// Errors (no TEI root, no title) give no record.
    public static func importRecord(_ bytes: [UInt8], fileName: String) -> (Record?, [Finding]) {
        let (root, parseFindings) = SafeXMLParser.parse(bytes, fileName: fileName)
        guard let root else { return (nil, parseFindings) }
        let (record, findings) = importRecord(parsed: root, bytes: bytes, fileName: fileName)
        return (record, parseFindings + findings)
    }

    /// The same from a tree already parsed, so that a validator need not parse the file again.
    /// `inCorpus`: the `TEI` is one of a `teiCorpus`, whose ids start with the record's.
    public static func importRecord(parsed root: XMLElement, bytes: [UInt8], fileName: String,
                                    inCorpus: Bool = false) -> (Record?, [Finding]) {
        let reader = TEIReader(fileName: fileName, bytes: bytes, inCorpus: inCorpus)
        let record = reader.record(root)
        return (reader.findings.hasErrors ? nil : record, reader.findings)
    }
}

/// Reads one `TEI` element into the model, collecting findings on the way. Its parts by role:
/// the header (`+Header`), the programme and roles (`+StandOff`), the text (`+Text`), and the
/// pointers, ids and lines all of them read (`+Values`).
final class TEIReader {
    typealias P = TEI.Prefix
    let fileName: String
    let bytes: [UInt8]
    var findings: [Finding] = []
    var missingLines: XMLElement?

    var persons: [Person] = []
    var organizations: [Organization] = []
    var parts: [EventPart] = []
    var sections: [Section] = []
    var participations: [Participation] = []
    var removedRoles: [RemovedRole] = []
    var statements: [Statement] = []
    var residue: [TextLine] = []
    var printed: [TextLine] = []
    var affiliations: [String: (text: String?, organizationId: String?)] = [:]
    /// The units of organisations, nested in them, by id: the organisation each is part of.
    var units: [String: String] = [:]
    /// The organisations' `@sortKey`, their place in the record's list, written when one is nested in another.
    var organizationKeys: [String: Int] = [:]
    /// The correctors the titleStmt names, by id, and the corrections revisionDesc lists.
    var correctors: [String: (name: String, id: String?)] = [:]
    var corrections: [Correction] = []
    /// Each correction's `@n`: the order it was applied in, which revisionDesc, most recent first, does not give.
    var correctionPositions: [Int?] = []
    var nextOrdinal = 1
    /// A paragraph or item without `@source` (TEI from elsewhere): its line is the TEI file's, which
    /// cannot be compared with a source line, so the statements keep the document's order.
    var statementWithoutSource = false
    /// In a `teiCorpus`, what starts every id of the record (`record.<id>.`), which the model's ids
    /// do not carry; see `TEI.CorpusWriter`.
    var scope: String?
    let inCorpus: Bool

    let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    init(fileName: String, bytes: [UInt8], inCorpus: Bool = false) {
        self.fileName = fileName
        self.bytes = bytes
        self.inCorpus = inCorpus
    }

    /// The statements in the order of their first lines, as the page prints them, and numbered so:
    /// the text puts a part's points where TEI allows them, which is not always the page's order (a
    /// part printed inside a section whose paragraphs go on after it follows the section's `div`).
    /// The sort is stable, so statements that start on one line keep the document's order.
    func readingOrder() {
        if !statementWithoutSource {
            statements = statements.enumerated().sorted { ($0.element.span.first, $0.offset) < ($1.element.span.first, $1.offset) }
                .map(\.element)
        }
        for index in statements.indices { statements[index].ordinal = index + 1 }
    }

    func record(_ root: XMLElement) -> Record? {
        guard root.name == "TEI", root.namespace == TEI.namespace else {
            problem(.error, root, "expected <TEI> in namespace \(TEI.namespace), found <\(root.name)> "
                + (root.namespace.map { "in namespace \($0)" } ?? "in no namespace"))
            return nil
        }
        var document = Document(sourceFile: "", sha256: "",
                                language: root.attribute("lang", namespace: xmlNamespace) ?? "en")
        var event = Event(kind: .other, title: "", titleSpan: SourceSpan(0))
        if inCorpus, let rootId = root.attribute("id", namespace: xmlNamespace) { scope = rootId + "." }
        var id = root.attribute("id", namespace: xmlNamespace).flatMap { value in
            value.hasPrefix(TEI.recordIdPrefix) ? String(value.dropFirst(TEI.recordIdPrefix.count)) : nil
        }
        var title: XMLElement?
        for child in children(of: root) {
            switch child.name {
            case "teiHeader":
                header(child, document: &document, event: &event, id: &id, title: &title)
            case "standOff":
                for list in children(of: child) {
                    switch list.name {
                    case "listEvent":
                        for element in children(of: list) {
                            guard element.name == "event" else { unmapped(element, in: list); continue }
                            self.event(element, into: &event)
                        }
                    case "listPlace":
                        // The venue, which settingDesc gives as well; its identifiers only here.
                        if let place = list.firstElement(named: "place", namespace: TEI.namespace) {
                            if event.venue == nil, let name = place.firstElement(named: "placeName", namespace: TEI.namespace) {
                                event.venue = nonEmpty(name.textContent)
                            }
                            event.venueAuthorities = children(of: place).filter { $0.name == "idno" }
                                .compactMap { authority($0, naming: .place) }.sorted()
                            event.venueAuthorityName = children(of: place)
                                .first { $0.name == "placeName" && $0.attribute("type") == "authority" }.flatMap { nonEmpty($0.textContent) }
                        }
                    case "listRelation":
                        for element in children(of: list) {
                            guard element.name == "relation" else { unmapped(element, in: list); continue }
                            if list.attribute("type") == TEI.removedRolesType { removedRole(element) } else { relation(element) }
                        }
                    default:
                        unmapped(list, in: child)
                    }
                }
            case "text":
                text(child)
            default:
                unmapped(child, in: root)
            }
        }
        guard title != nil else {
            problem(.error, root, "no title: expected teiHeader/fileDesc/titleStmt/title")
            return nil
        }
        if document.sourceFile.isEmpty || document.sha256.isEmpty {
            // The TEI file itself is then the source the record was read from.
            document.sourceFile = document.sourceFile.isEmpty ? fileName : document.sourceFile
            document.sha256 = Ids.sha256(bytes)
            problem(.warning, root, "no source file name or SHA-256 in the header; recorded this TEI file as the source")
        }
        if let missingLines {
            problem(.warning, missingLines, "elements without @source=\"text:A,B\" (this one and maybe others) are given their line in this file")
        }
        readingOrder()
        let subjects = changeSubjects(root)
        for index in corrections.indices where subjects[corrections[index].id] != nil {
            corrections[index].subject = subjects[corrections[index].id]
        }
        let positions = correctionPositions.compactMap { $0 }
        if positions.count == corrections.count, Set(positions).count == positions.count {
            corrections = zip(positions, corrections).sorted { $0.0 < $1.0 }.map(\.1)
        }
        printed.sort { $0.line < $1.line }
        sections.sort { $0.ordinal < $1.ordinal }
        if !organizationKeys.isEmpty {
            organizations = organizations.enumerated()
                .sorted { (organizationKeys[$0.element.id] ?? Int.max, $0.offset) < (organizationKeys[$1.element.id] ?? Int.max, $1.offset) }
                .map(\.element)
        }
        let record = Record(id: id ?? Ids.record(sourceFile: document.sourceFile, date: event.startDate, title: event.title), document: document,
                            event: event, parts: parts, sections: sections, persons: persons,
                            organizations: organizations, participations: participations, statements: statements,
                            residue: residue, printed: printed, corrections: corrections, removedRoles: removedRoles)
        return record.withCorrectedReadings([.issued])
    }

    /// A librarian's correction, as `TEIWriter.corrections` writes it.
    func correction(_ change: XMLElement) {
        guard let fact = FactKind(rawValue: change.attribute("subtype") ?? "") else {
            problem(.error, change, "a correction's @subtype is the fact corrected, one of "
                    + FactKind.allCases.map(\.rawValue).joined(separator: ", "))
            return
        }
        guard let who = change.attribute("who"), let by = correctors[pointer(who)] else {
            problem(.error, change, "a correction's @who names no corrector of the titleStmt")
            return
        }
        guard let date = change.attribute("when"), let line = optionalLine(change) else {
            problem(.error, change, "a correction has its date in @when and its line in @source")
            return
        }
        var old = "", new = "", note: String?
        for part in children(of: change) {
            switch part.name {
            case "del": old = part.textContent
            case "add": new = part.textContent
            case "note": note = part.textContent
            default: unmapped(part, in: change)
            }
        }
        // The subject is found from the elements that point back (`changeSubjects`); an earlier release's target named it.
        let subject = change.attribute("target").flatMap { $0.split(whereSeparator: \.isWhitespace).count == 1 ? legacySubject($0) : nil }
        var correction = Correction(fact: fact, line: line, old: old, new: new, by: by.name, byId: by.id, date: date, note: note,
                                    subject: subject)
        if let id = change.attribute("id", namespace: xmlNamespace).map(unscoped) {
            // `correction.c-…`; a file of the previous release has the bare `c-…`.
            correction.id = id.hasPrefix(P.correction) ? String(id.dropFirst(P.correction.count)) : id
        }
        corrections.append(correction)
        correctionPositions.append(change.attribute("n").flatMap { Int($0) })
    }
}
