internal import CLibXML2

/// Writes pretty-printed UTF-8 XML (two-space indentation) through libxml2's xmlTextWriter,
/// which does all escaping.
///
/// Misuse, such as an attribute after element content, is a programming error and traps:
/// the writer's input is always our own code, never a document.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?

    public init() {
        LibXML2.initialize()
        guard let buffer = xmlBufferCreate(), let writer = xmlNewTextWriterMemory(buffer, 0) else {
            fatalError("libxml2 could not allocate an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        check(xmlTextWriterSetIndent(writer, 1), "set indentation")
        check(xmlTextWriterSetIndentString(writer, "  "), "set indentation")
        // `standalone` is omitted: it says nothing useful about documents without a DTD.
        check(xmlTextWriterStartDocument(writer, nil, "UTF-8", nil), "start the document")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Opens an element; with a namespace, declares it (as the default one when `prefix` is nil).
    public func startElement(_ name: String, prefix: String? = nil, namespace: String? = nil) {
        let result = namespace == nil && prefix == nil
            ? xmlTextWriterStartElement(open, name)
            : xmlTextWriterStartElementNS(open, prefix, name, namespace)
        check(result, "start element <\(name)>")
    }

    public func endElement() {
        check(xmlTextWriterEndElement(open), "end an element")
    }

    /// Writes `name="value"`; a nil value writes nothing, so optional fields read naturally.
    public func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        check(xmlTextWriterWriteAttribute(open, name, value), "write attribute \(name)")
    }

    public func text(_ text: String) {
        check(xmlTextWriterWriteString(open, text), "write text")
    }

    public func comment(_ text: String) {
        check(xmlTextWriterWriteComment(open, text), "write a comment")
    }

    /// `<name attributes...>body</name>`.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
                        body: () -> Void = {}) {
        startElement(name)
        for (key, value) in attributes { attribute(key, value) }
        body()
        endElement()
    }

    /// `<name attributes...>text</name>`, or nothing when `text` is nil.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String?) {
        guard let text else { return }
        element(name, attributes) { self.text(text) }
    }

    /// Closes every open element and returns the document; the writer cannot be used afterwards.
    public func finish() -> [UInt8] {
        check(xmlTextWriterEndDocument(open), "end the document")
        xmlFreeTextWriter(open)  // flushes into the buffer
        writer = nil
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    private var open: xmlTextWriterPtr {
        guard let writer else { preconditionFailure("XMLWriter used after finish()") }
        return writer
    }

    private func check(_ result: Int32, _ action: String) {
        precondition(result >= 0, "XMLWriter could not \(action)")
    }
}
