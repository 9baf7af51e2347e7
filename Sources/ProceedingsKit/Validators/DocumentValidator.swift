/// Validates a submitted file: detects what it is and applies the matching schema in-process.
public struct DocumentValidator: Sendable {
    private let interchangeSchema: XMLSchemaValidator

    /// Loads the schemas once; a schema that cannot be found or compiled means we cannot run.
    public init(schemaDirectory: String? = nil) throws {
        let path = try SchemaLocator.locate(InterchangeXML.schemaFileName, directory: schemaDirectory)
        interchangeSchema = try XMLSchemaValidator.load(path: path)
    }

    public func validate(_ bytes: [UInt8], fileName: String) -> [Finding] {
        let (root, findings) = SafeXMLParser.parse(bytes, fileName: fileName)
        guard let root else { return findings }
        switch root.namespace {
        case InterchangeXML.namespace:
            return interchangeSchema.validate(bytes, fileName: fileName)
        default:
            let namespace = root.namespace.map { "namespace \($0)" } ?? "no namespace"
            return findings + [Finding(file: fileName, line: root.line, column: nil, severity: .error, rule: "format",
                                       message: "unknown document type: <\(root.name)> in \(namespace); expected <record> in \(InterchangeXML.namespace)")]
        }
    }
}
