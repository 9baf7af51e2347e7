extension Format {
    /// The project's own XML (`InterchangeXML`), which carries every fact of the model.
    public static let interchangeXML = Format(
        name: "xml", title: "interchange XML", reportName: "interchange-xml", mediaType: "application/xml", fileExtension: "xml",
        recognition: Recognition(content: { $0.xml?.root?.namespace == InterchangeXML.namespace }),
        importer: .file(FileReader { bytes, fileName, _ in InterchangeXML.importRecord(bytes, fileName: fileName) }),
        exporter: .record { record, _, _ in InterchangeXML.export(record) },
        validation: .xml(XMLValidation(projectSchema: InterchangeXML.schemaFileName, records: { root, _, fileName in
            let (record, findings) = InterchangeXML.importRecord(parsed: root, fileName: fileName)
            return [XMLRecord(record: record, findings: findings)]
        })))
}
