internal import CLibXML2
public import ProceedingsModel

/// Parses untrusted XML into an `XMLElement` tree.
///
/// The network is never used, entities are never substituted, DTDs are never loaded, and a
/// document that declares entities is refused outright: that shuts out external-entity reads
/// and entity-expansion bombs whatever libxml2's own limits are.
public enum SafeXMLParser {
    public static let defaultMaxDepth = 256

    static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
        | XML_PARSE_NOCDATA.rawValue)

    /// The root element, or nil when the document is not acceptable; problems are findings
    /// (rules `xml-syntax`, `xml-entity`, `xml-depth`).
    public static func parse(_ bytes: [UInt8], fileName: String,
                             maxDepth: Int = defaultMaxDepth) -> (XMLElement?, [Finding]) {
        let (document, findings) = SafeXMLDocument.parse(bytes, fileName: fileName, maxDepth: maxDepth)
        return (document?.root, findings)
    }

    /// The Swift tree of an accepted document, or nil with a finding (no root, too deep, an entity).
    static func tree(of document: xmlDocPtr, maxDepth: Int, collector: LibXML2ErrorCollector) -> XMLElement? {
        guard let node = xmlDocGetRootElement(document) else {
            collector.add(.error, line: nil, column: nil, "document has no root element")
            return nil
        }
        return element(node, depth: 1, maxDepth: maxDepth, collector: collector)
    }

    /// Parses `bytes` with the safe options and runs `body` on the document if it was accepted.
    /// The document is freed on return, so nothing of it may escape `body`.
    static func withSafeDocument<T>(_ bytes: [UInt8], collector: LibXML2ErrorCollector,
                                    _ body: (xmlDocPtr) -> T) -> T? {
        guard let document = read(bytes, collector: collector) else { return nil }
        defer { xmlFreeDoc(document) }
        return collector.capture { body(document) }
    }

    /// The document parsed with the safe options, owned by the caller; nil when it was not accepted.
    static func read(_ bytes: [UInt8], collector: LibXML2ErrorCollector) -> xmlDocPtr? {
        guard !bytes.isEmpty else {
            collector.add(.error, line: 1, column: 1, rule: .xmlSyntax, "document is empty")
            return nil
        }
        guard bytes.count <= Int(Int32.max) else {
            collector.add(.error, line: nil, column: nil, rule: .xmlSyntax, "document is larger than 2 GiB")
            return nil
        }
        return collector.capture { () -> xmlDocPtr? in
            guard let parser = xmlNewParserCtxt() else {
                collector.add(.error, line: nil, column: nil, rule: .xmlSyntax, "libxml2 could not create a parser")
                return nil
            }
            defer { xmlFreeParserCtxt(parser) }
            parser.pointee._private = collector.context
            // Declarations are caught as the parser meets them, so a declared entity never exists
            // and parsing stops before any reference to it could be expanded.
            parser.pointee.sax.pointee.entityDecl = { context, _, _, _, _, _ in
                guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
                      let owner = parser.pointee._private else { return }
                let input = parser.pointee.input?.pointee
                Unmanaged<LibXML2ErrorCollector>.fromOpaque(owner).takeUnretainedValue()
                    .add(.error, line: input.map { Int($0.line) }, column: input.map { Int($0.col) },
                         rule: .xmlEntity, "entity declarations are not accepted")
                xmlStopParser(parser)
            }
            let document = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    xmlCtxtReadMemory(parser, $0.baseAddress, Int32($0.count), collector.fileName, nil, options)
                }
            }
            guard let document else {
                if !collector.findings.hasErrors {
                    collector.add(.error, line: nil, column: nil, rule: .xmlSyntax, "document is not well-formed")
                }
                return nil
            }
            guard !collector.findings.hasErrors else {
                xmlFreeDoc(document)
                return nil
            }
            return document
        }
    }

    private static func element(_ node: xmlNodePtr, depth: Int, maxDepth: Int,
                                collector: LibXML2ErrorCollector) -> XMLElement? {
        let line = Int(xmlGetLineNo(node))
        guard depth <= maxDepth else {
            collector.add(.error, line: line, column: nil, rule: .xmlDepth,
                          "elements are nested more than \(maxDepth) deep")
            return nil
        }
        var attributes: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1)
            defer { proceedings_xmlFree(value) }
            attributes.append(XMLAttribute(localName: string(current.pointee.name) ?? "",
                                           namespace: string(current.pointee.ns?.pointee.href),
                                           value: string(value) ?? ""))
            attribute = current.pointee.next
        }
        var children: [XMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                guard let converted = element(current, depth: depth + 1, maxDepth: maxDepth,
                                              collector: collector) else { return nil }
                children.append(.element(converted))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = string(current.pointee.content) ?? ""
                if case .text(let previous)? = children.last {
                    children[children.count - 1] = .text(previous + text)
                } else {
                    children.append(.text(text))
                }
            case XML_ENTITY_REF_NODE:
                // Left unresolved only when an external DTD might declare it; its text is unknown.
                collector.add(.error, line: Int(xmlGetLineNo(current)), column: nil, rule: .xmlEntity,
                              "entity reference &\(string(current.pointee.name) ?? "");"
                                  + " is not accepted")
                return nil
            default:
                break
            }
            child = current.pointee.next
        }
        return XMLElement(name: string(node.pointee.name) ?? "", namespace: string(node.pointee.ns?.pointee.href),
                          attributes: attributes, children: children, line: line)
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String? {
        characters.map { String(cString: $0) }
    }
}
