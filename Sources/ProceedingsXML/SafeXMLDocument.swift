internal import CLibXML2
public import ProceedingsModel

/// An untrusted document parsed once, as `SafeXMLParser` parses, and kept: the checks that work on
/// libxml2's own tree (an XSD, Schematron's XPath) share that one parse with the Swift tree the
/// readers use, where validating a file used to parse it three times.
///
/// Not `Sendable`: a file is checked on one thread. The document is freed with the value.
public final class SafeXMLDocument {
    let document: xmlDocPtr
    public let fileName: String
    public let root: XMLElement

    private init(document: xmlDocPtr, fileName: String, root: XMLElement) {
        self.document = document
        self.fileName = fileName
        self.root = root
    }

    // Outside an error capture: freeing raises no error, and a value may be released inside another capture, which must
    // not nest.
    deinit { xmlFreeDoc(document) }

    /// The document, or nil when it is not acceptable; problems are findings (rules `xml-syntax`,
    /// `xml-entity`, `xml-depth`).
    public static func parse(_ bytes: [UInt8], fileName: String,
                             maxDepth: Int = SafeXMLParser.defaultMaxDepth) -> (SafeXMLDocument?, [Finding]) {
        let collector = LibXML2ErrorCollector(fileName: fileName, rule: .xmlSyntax)
        guard let document = SafeXMLParser.read(bytes, collector: collector) else { return (nil, collector.findings) }
        let root = collector.capture { SafeXMLParser.tree(of: document, maxDepth: maxDepth, collector: collector) }
        guard let root, !collector.findings.hasErrors else {
            xmlFreeDoc(document)
            return (nil, collector.findings)
        }
        return (SafeXMLDocument(document: document, fileName: fileName, root: root), collector.findings)
    }
}
