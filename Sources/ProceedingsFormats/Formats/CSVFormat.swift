import Foundation

extension Format {
    /// A group of CSV tables that share the same ids, with CSVW and Data Package metadata: a folder,
    /// read and written whole.
    public static let csv = Format(
        name: "csv", title: "CSV tables", mediaType: "text/csv", fileExtension: "csv",
        importer: .folder(marker: "csv-metadata.json") { path in
            let read = CSVTableGroupImporter.importGroup(at: path)
            return Imported(records: read.records, findings: read.findings, isGroup: true)
        },
        exporter: .collection(folder: "csv") { destination, options in
            let destination: CSVTableGroupWriter.Destination = switch destination {
            case .directory(let folder): .directory(folder)
            case .memory: .memory
            }
            return try CSVTableGroupWriter(destination: destination, profile: options.csvProfile, base: options.base)
        },
        // A CSVW converter reads the Turtle's graph from the tables (CSVWGraphTests).
        graphEntry: "csv-metadata.json")
}

extension CSVTableGroupWriter: CollectionWriter {
    public func append(_ record: Record, source: String?) throws { try append(record) }

    public func close() throws -> [(file: String, bytes: [UInt8])] {
        try finish()
        return outputs
    }
}
