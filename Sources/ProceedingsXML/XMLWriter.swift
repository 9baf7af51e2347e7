internal import CLibXML2

/// Writes pretty-printed UTF-8 XML (two-space indentation) through libxml2's xmlTextWriter,
/// which does all escaping.
///
/// Misuse, such as an attribute after element content, is a programming error and traps with
/// libxml2's explanation: the writer's input is always our own code, never a document.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    private let errors: LibXML2ErrorCollector
    private var suspended = 0
    /// Elements open now, for indenting by hand after mixed content.
    private var depth = 0
    /// After mixed content libxml2 forgets to indent the next end tag; this writer does it.
    private var endTagNeedsIndent = false

    public init() {
        let errors = LibXML2ErrorCollector(fileName: "XMLWriter", rule: .xmlWriter)
        let created = errors.capture { () -> (xmlBufferPtr, xmlTextWriterPtr)? in
            guard let buffer = xmlBufferCreate() else { return nil }
            guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
                xmlBufferFree(buffer)
                return nil
            }
            return (buffer, writer)
        }
        guard let (buffer, writer) = created else { fatalError("libxml2 could not allocate an XML writer") }
        self.errors = errors
        self.buffer = buffer
        self.writer = writer
        perform("set indentation") { xmlTextWriterSetIndent($0, 1) }
        perform("set indentation") { xmlTextWriterSetIndentString($0, "  ") }
        // `standalone` is omitted: it says nothing useful about documents without a DTD.
        perform("start the document") { xmlTextWriterStartDocument($0, nil, "UTF-8", nil) }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Opens an element; with a namespace, declares it (as the default one when `prefix` is nil).
    public func startElement(_ name: String, prefix: String? = nil, namespace: String? = nil) {
        endTagNeedsIndent = false
        depth += 1
        perform("start element <\(name)>") {
            namespace == nil && prefix == nil
                ? xmlTextWriterStartElement($0, name)
                : xmlTextWriterStartElementNS($0, prefix, name, namespace)
        }
    }

    public func endElement() {
        if endTagNeedsIndent {
            endTagNeedsIndent = false
            perform("indent an end tag") { xmlTextWriterWriteRaw($0, String(repeating: "  ", count: depth - 1)) }
        }
        depth -= 1
        perform("end an element") { xmlTextWriterEndElement($0) }
    }

    /// Writes `name="value"`; a nil value writes nothing, so optional fields read naturally.
    public func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        perform("write attribute \(name)") { xmlTextWriterWriteAttribute($0, name, value) }
    }

    public func text(_ text: String) {
        endTagNeedsIndent = false
        perform("write text") { xmlTextWriterWriteString($0, text) }
    }

    /// Indentation off from here until the matching `resumeIndentation()`, for mixed content:
    /// libxml2 would otherwise indent an element that follows text, adding whitespace to the text.
    /// Call it just after starting the element with mixed content. Calls nest.
    public func suspendIndentation() {
        suspended += 1
        if suspended == 1 { perform("stop indenting") { xmlTextWriterSetIndent($0, 0) } }
    }

    /// Call it just after ending the element whose content was written unindented.
    public func resumeIndentation() {
        precondition(suspended > 0, "resumeIndentation() without suspendIndentation()")
        suspended -= 1
        guard suspended == 0 else { return }
        perform("resume indenting") { xmlTextWriterSetIndent($0, 1) }
        // libxml2 ends a line after an end tag only while indenting, which it was not.
        perform("end the line") { xmlTextWriterWriteRaw($0, "\n") }
        endTagNeedsIndent = true
    }

    public func comment(_ text: String) {
        perform("write a comment") { xmlTextWriterWriteComment($0, text) }
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

    /// What was written since the last call, taken out of the buffer: a long document (a corpus)
    /// goes to its file piece by piece instead of being held whole. The writer goes on as before.
    public func drain() -> [UInt8] {
        perform("flush") { xmlTextWriterFlush($0) }
        guard let content = xmlBufferContent(buffer) else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
        xmlBufferEmpty(buffer)
        return bytes
    }

    /// Closes every open element and returns the document; the writer cannot be used afterwards.
    public func finish() -> [UInt8] {
        perform("end the document") { xmlTextWriterEndDocument($0) }
        errors.capture { xmlFreeTextWriter(writer) }  // flushes into the buffer
        writer = nil
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    private func perform(_ action: String, _ call: (xmlTextWriterPtr) -> Int32) {
        guard let writer else { preconditionFailure("XMLWriter used after finish()") }
        let result = errors.capture { call(writer) }
        precondition(result >= 0, "XMLWriter could not \(action): "
            + errors.findings.map(\.message).joined(separator: "; "))
    }
}
