internal import CLibXML2
internal import Foundation
public import ProceedingsModel

/// A failure to load a schema: the validator cannot run at all.
public struct XMLSchemaError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable {
        case unreadable
        case invalid
    }

    public var code: Code
    public var path: String
    /// What libxml2 said about the schema, when it got that far.
    public var findings: [Finding]

    public var description: String {
        switch code {
        case .unreadable: "cannot read XML schema \(path)"
        case .invalid: (["invalid XML schema \(path)"] + findings.map(\.description)).joined(separator: "\n")
        }
    }
}

/// Validates documents against a W3C XML Schema compiled once and shared.
///
/// `@unchecked Sendable`: libxml2 only reads a compiled `xmlSchema` while validating, and every
/// validation gets its own `xmlSchemaValidCtxt`, so concurrent `validate` calls share nothing
/// mutable. The schema is never freed: loaded validators live in a process-wide cache.
public final class XMLSchemaValidator: @unchecked Sendable {
    public let path: String
    private let schema: xmlSchemaPtr

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: XMLSchemaValidator] = [:]

    /// The validator for the schema at `path`, compiled on first use (guarded by `lock`).
    public static func load(path: String) throws(XMLSchemaError) -> XMLSchemaValidator {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[path] { return cached }
        let validator = try XMLSchemaValidator(path: path)
        cache[path] = validator
        return validator
    }

    private init(path: String) throws(XMLSchemaError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw XMLSchemaError(code: .unreadable, path: path, findings: [])
        }
        let collector = LibXML2ErrorCollector(fileName: path, rule: .xsdSchema)
        // A schema reads its includes and imports from its own folder, never from anywhere else.
        let folder = (path as NSString).deletingLastPathComponent
        collector.readableFolder = LibXML2.realPath(folder.isEmpty ? "." : folder)
        let compiled = collector.capture { () -> xmlSchemaPtr? in
            guard let parser = xmlSchemaNewParserCtxt(path) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, LibXML2ErrorCollector.handler, collector.context)
            return xmlSchemaParse(parser)
        }
        // libxml2 skips an import it could not load with a warning; a refused one fails the schema.
        if collector.refusedLoad, let compiled { collector.capture { xmlSchemaFree(compiled) } }
        guard let schema = collector.refusedLoad ? nil : compiled else {
            throw XMLSchemaError(code: .invalid, path: path, findings: collector.findings)
        }
        self.path = path
        self.schema = schema
    }

    /// Parses `bytes` as `SafeXMLParser` does and validates them: parse problems are findings
    /// with rule `xml-syntax` (or `xml-entity`), schema violations with rule `xsd`.
    public func validate(_ bytes: [UInt8], fileName: String) -> [Finding] {
        let collector = LibXML2ErrorCollector(fileName: fileName, rule: .xmlSyntax)
        _ = SafeXMLParser.withSafeDocument(bytes, collector: collector) { document in
            collector.rule = .xsd
            validate(document, collector: collector)
        }
        return collector.findings
    }

    /// Validates a document already parsed: schema violations, with rule `xsd`.
    public func validate(_ parsed: SafeXMLDocument) -> [Finding] {
        let collector = LibXML2ErrorCollector(fileName: parsed.fileName, rule: .xsd)
        collector.capture { validate(parsed.document, collector: collector) }
        return collector.findings
    }

    /// Under `collector`'s capture. libxml2 only reads the document, so other checks may share it.
    private func validate(_ document: xmlDocPtr, collector: LibXML2ErrorCollector) {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            collector.add(.error, line: nil, column: nil, "libxml2 could not create a validation context")
            return
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, LibXML2ErrorCollector.handler, collector.context)
        let result = xmlSchemaValidateDoc(context, document)
        if result != 0, !collector.findings.hasErrors {
            collector.add(.error, line: nil, column: nil, "document is not valid against \(path)")
        }
    }
}
