internal import Foundation

/// Validates a submitted file: detects what it is and applies the matching schema in-process.
public struct DocumentValidator: Sendable {
    private enum Mode: Sendable {
        /// The project's schemas, chosen by the root element's namespace.
        case project(interchange: XMLSchemaValidator, tei: XMLSchemaValidator)
        /// One schema for every file, such as TEI All.
        case single(XMLSchemaValidator)
    }

    private let mode: Mode

    /// Loads the schemas once; a schema that cannot be found or compiled means we cannot run.
    public init(schemaDirectory: String? = nil) throws {
        let interchange = try SchemaLocator.locate(InterchangeXML.schemaFileName, directory: schemaDirectory)
        let tei = try SchemaLocator.locate(TEI.schemaFileName, directory: schemaDirectory)
        mode = .project(interchange: try XMLSchemaValidator.load(path: interchange),
                        tei: try XMLSchemaValidator.load(path: tei))
    }

    /// Validates every file against the official TEI All schema, converted to XSD (see `TEIAllSchema`).
    public init(teiAllSchema path: String) throws {
        mode = .single(try XMLSchemaValidator.load(path: path))
    }

    public func validate(_ bytes: [UInt8], fileName: String) -> [Finding] {
        let (root, findings) = SafeXMLParser.parse(bytes, fileName: fileName)
        guard let root else { return findings }
        switch (mode, root.namespace) {
        case (.single(let schema), _):
            return schema.validate(bytes, fileName: fileName)
        case (.project(let interchange, _), InterchangeXML.namespace?):
            return interchange.validate(bytes, fileName: fileName)
        case (.project(_, let tei), TEI.namespace?):
            return tei.validate(bytes, fileName: fileName) + TEIReferences.check(root, fileName: fileName)
        case (.project, _):
            let namespace = root.namespace.map { "namespace \($0)" } ?? "no namespace"
            return findings + [Finding(file: fileName, line: root.line, column: nil, severity: .error, rule: "format",
                                       message: "unknown document type: <\(root.name)> in \(namespace); expected <record> in \(InterchangeXML.namespace) or <TEI> in \(TEI.namespace)")]
        }
    }
}

/// Where `make tei-all` leaves the official TEI All schema converted to XSD by trang.
public enum TEIAllSchema {
    /// Set by the Makefile; otherwise `.tools/tei/xsd/tei_all.xsd` in the source tree.
    public static let environmentVariable = "PROCEEDINGS_TEI_ALL_XSD"

    public struct NotFound: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var description: String {
            "TEI All schema not found at \(path); run `make tei-all` in the source tree (it converts the official tei_all.rng to XSD), or set \(TEIAllSchema.environmentVariable)"
        }
    }

    public static func locate() throws(NotFound) -> String {
        let path = ProcessInfo.processInfo.environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
            ?? packageRoot.appendingPathComponent(".tools/tei/xsd/tei_all.xsd").path
        guard FileManager.default.fileExists(atPath: path) else { throw NotFound(path: path) }
        return path
    }

    // This file is Sources/ProceedingsKit/Validators/DocumentValidator.swift.
    private static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
