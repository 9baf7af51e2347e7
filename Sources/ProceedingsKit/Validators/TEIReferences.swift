/// The check XSD 1.0 cannot make: every local pointer (`#x` in @who, @ref, @corresp, @ana, @resp, @target,
/// and a relation's @active, @passive and @mutual) names
/// an element of the same document by its xml:id.
enum TEIReferences {
    static let pointerAttributes: Set<String> = ["who", "ref", "corresp", "ana", "resp", "target", "active", "passive", "mutual"]
    private static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    static func check(_ root: XMLElement, fileName: String) -> [Finding] {
        var ids: Set<String> = []
        collectIds(root, into: &ids)
        var findings: [Finding] = []
        check(root, ids: ids, fileName: fileName, into: &findings)
        return findings
    }

    private static func collectIds(_ element: XMLElement, into ids: inout Set<String>) {
        if let id = element.attribute("id", namespace: xmlNamespace) { ids.insert(id) }
        for child in element.elements { collectIds(child, into: &ids) }
    }

    private static func check(_ element: XMLElement, ids: Set<String>, fileName: String, into findings: inout [Finding]) {
        for attribute in element.attributes where attribute.namespace == nil && pointerAttributes.contains(attribute.localName) {
            for pointer in attribute.value.split(whereSeparator: \.isWhitespace) where pointer.hasPrefix("#") {
                let target = String(pointer.dropFirst())
                if !ids.contains(target) {
                    findings.append(Finding(file: fileName, line: element.line, severity: .error, rule: .teiReference,
                                            message: "<\(element.name)> @\(attribute.localName)=\"\(attribute.value)\": no element has xml:id \"\(target)\""))
                }
            }
        }
        for child in element.elements { check(child, ids: ids, fileName: fileName, into: &findings) }
    }
}
