import Foundation

extension Format {
    /// TEI P5 for archives, a document of one record or a `teiCorpus` of several.
    public static let tei = Format(
        name: "tei", title: "TEI", mediaType: "application/tei+xml", fileExtension: TEI.fileExtension,
        recognition: Recognition(content: { $0.xml?.root?.namespace == TEI.namespace }),
        importer: .file(FileReader(record: { bytes, fileName, _ in TEI.importRecord(bytes, fileName: fileName) },
                                   records: { bytes, fileName, _ in
                                       let read = TEI.importRecords(bytes, fileName: fileName)
                                       return Imported(records: read.records, findings: read.findings, isGroup: read.isCorpus)
                                   })),
        exporter: .record { record, options, source in
            TEI.export(record, convertedAt: options.generatedAt, source: source, publication: options.publication)
        },
        validation: .xml(XMLValidation(
            projectSchema: TEI.schemaFileName,
            projectChecks: { root, fileName in TEIReferences.check(root, fileName: fileName) },
            // In a teiCorpus, each record is checked as a document of its own would be.
            checks: { root, fileName in TEI.documents(in: root).flatMap { TEIHeaderRule.check($0.tei, fileName: fileName) } },
            records: { root, bytes, fileName in
                TEI.documents(in: root).map { document in
                    let (record, findings) = TEI.importRecord(parsed: document.tei, bytes: bytes, fileName: fileName,
                                                              inCorpus: document.inCorpus)
                    // A record's ids in a corpus start with its TEI's id; what concerns the whole record is its TEI.
                    let id = document.inCorpus ? document.tei.attribute("id", namespace: "http://www.w3.org/XML/1998/namespace") : nil
                    let scope = id.map { $0 + "." } ?? ""
                    return XMLRecord(record: record, findings: findings, personPrefix: scope + "person.",
                                     statementPrefix: scope + "statement.", elementId: id)
                }
            },
            teiRules: true)))

    /// The whole run as one `teiCorpus`, `tei-corpus/corpus.tei.xml`, titled by `--dataset-title`;
    /// written only when asked for, since it repeats the records' TEI.
    public static let teiCorpus = Format(
        name: "tei-corpus", title: "TEI corpus", mediaType: "application/tei+xml", fileExtension: TEI.fileExtension,
        exporter: .collection(folder: "tei-corpus") { destination, options in try TEICorpusFile(destination, options: options) },
        isWrittenByDefault: false)
}

/// The corpus streams to its file as the records come, in the run's order.
private final class TEICorpusFile: CollectionWriter {
    private let writer: TEI.CorpusWriter
    private let file: AtomicFile.Pending?
    private var bytes: [UInt8] = []

    init(_ destination: CollectionDestination, options: ExportOptions) throws {
        writer = TEI.CorpusWriter(title: options.title ?? TEI.defaultCorpusTitle, convertedAt: options.generatedAt,
                                  publication: options.publication)
        switch destination {
        case .directory(let folder): file = try AtomicFile.Pending(folder.appendingPathComponent(TEI.corpusFileName))
        case .memory: file = nil
        }
    }

    func append(_ record: Record, source: String?) throws { try put(writer.append(record, source: source)) }

    func close() throws -> [(file: String, bytes: [UInt8])] {
        try put(writer.finish())
        guard let file else { return [(TEI.corpusFileName, bytes)] }
        try file.commit()
        return []
    }

    private func put(_ more: [UInt8]) throws {
        if let file { try file.append(more) } else { bytes += more }
    }
}
