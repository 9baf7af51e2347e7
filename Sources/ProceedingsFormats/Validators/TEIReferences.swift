/// The check XSD 1.0 cannot make: every local pointer (`#x` in @who, @ref, @corresp, @ana, @resp, @rendition, @target, @change,
/// @next, @prev, and a relation's @active, @passive and @mutual) names an element of the same
/// document by its xml:id. In a `teiCorpus` the check is made per record: a record's pointer must
/// name one of its own elements or what a corpus header around it declares (the taxonomies, the
/// application), never an element of another record, which a reader of that record alone would lack.
enum TEIReferences {
    static let pointerAttributes: Set<String> = ["who", "ref", "corresp", "ana", "resp", "rendition", "target", "change", "active", "passive",
                                                 "mutual", "next", "prev"]
    private static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    static func check(_ root: XMLElement, fileName: String) -> [Finding] {
        var findings: [Finding] = []
        check(root, shared: [], inCorpus: false, fileName: fileName, into: &findings)
        return findings
    }

    /// A corpus's header declares for every record inside it; a `TEI` adds its own ids.
    private static func check(_ element: XMLElement, shared: Set<String>, inCorpus: Bool, fileName: String,
                              into findings: inout [Finding]) {
        guard element.name == "teiCorpus" else {
            var ids = shared
            collectIds(element, into: &ids)
            let id = element.attribute("id", namespace: xmlNamespace) ?? "without an id"
            let record = inCorpus ? "\(id) or the corpus's headers" : nil
            checkPointers(element, ids: ids, record: record, fileName: fileName, into: &findings)
            return
        }
        var known = shared
        for header in element.elements where header.name == "teiHeader" { collectIds(header, into: &known) }
        for child in element.elements {
            if ["TEI", "teiCorpus"].contains(child.name) {
                check(child, shared: known, inCorpus: true, fileName: fileName, into: &findings)
            } else {
                checkPointers(child, ids: known, record: "the corpus's headers", fileName: fileName, into: &findings)
            }
        }
    }

    private static func collectIds(_ element: XMLElement, into ids: inout Set<String>) {
        if let id = element.attribute("id", namespace: xmlNamespace) { ids.insert(id) }
        for case .element(let child) in element.children { collectIds(child, into: &ids) }
    }

    /// The value cut at white space; cut on bytes when it is ASCII, as nearly every value is, since asking each character
    /// whether it is white space was most of the check's time.
    private static func words(_ value: String) -> [Substring] {
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return value.split(whereSeparator: \.isWhitespace) }
        return value.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }).map { Substring($0) }
    }

    /// `record` says, in a corpus, where the pointer had to resolve.
    private static func checkPointers(_ element: XMLElement, ids: Set<String>, record: String?, fileName: String,
                                      into findings: inout [Finding]) {
        // A value without "#" holds no local pointer: most attributes are asked only that, on bytes.
        for attribute in element.attributes where attribute.value.utf8.contains(0x23) && attribute.namespace == nil
            && pointerAttributes.contains(attribute.localName) {
            for pointer in words(attribute.value) where pointer.hasPrefix("#") {
                let target = String(pointer.dropFirst())
                if !ids.contains(target) {
                    findings.append(Finding(file: fileName, line: element.line, severity: .error, rule: .teiReference,
                                            message: "<\(element.name)> @\(attribute.localName)=\"\(attribute.value)\": no element"
                                                + (record.map { " in \($0)" } ?? "") + " has xml:id \"\(target)\""))
                }
            }
        }
        for case .element(let child) in element.children { checkPointers(child, ids: ids, record: record, fileName: fileName, into: &findings) }
    }
}
