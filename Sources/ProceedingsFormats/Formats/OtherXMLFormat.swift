extension Format {
    /// XML in a namespace of none of the project's formats: validated against the schema given
    /// with `--schema` (and `--schematron`), never read into a record.
    public static let otherXML = Format(
        name: "other-xml", title: "other XML", reportName: "xml", mediaType: "application/xml", fileExtension: "xml",
        recognition: Recognition(content: { $0.xml != nil }),
        validation: .xml(XMLValidation(projectChecks: { root, fileName in
            let namespace = root.namespace.map { "namespace \($0)" } ?? "no namespace"
            return [Finding(file: fileName, line: root.line, severity: .error, rule: .format,
                            message: "unknown document type: <\(root.name)> in \(namespace); expected <record> in \(InterchangeXML.namespace) or <TEI> or <teiCorpus> in \(TEI.namespace), or give the schema with --schema PATH")]
        })))
}
