public import Foundation

/// A run's records written into a folder as `Batch.stream` hands them over, so that `convert`
/// and any other writer of a folder of exports write it alike: each record's files in every
/// per-record format, then its place in each collection (the CSV table group, the TEI corpus),
/// and, when the run is over, the linked data's dataset description and the authority report.
public final class RunFolder {
    public let directory: URL
    private let formats: [Format]
    private let perRecord: [Format]
    private let options: ExportOptions
    private let jobs: Int
    private let source: @Sendable (Record, URL) -> String?
    /// Each opened when the first records come, so that a run of none writes none.
    private var collections: [(format: Format, writer: any CollectionWriter)] = []
    /// Only where a per-record format writes the records' graphs, whose statements it describes.
    private var description: DatasetDescription?
    /// Records written so far.
    public private(set) var count = 0

    /// `source` gives a record's source file as seen from a folder, nil where the run does not know it.
    public init(_ directory: URL, formats: [Format], options: ExportOptions, description: DatasetDescription, jobs: Int,
                source: @escaping @Sendable (Record, URL) -> String?) {
        self.directory = directory
        self.formats = formats
        perRecord = formats.filter { $0.exporter?.isPerRecord == true }
        self.options = options
        self.jobs = jobs
        self.source = source
        self.description = perRecord.contains(where: \.writesGraph) ? description : nil
    }

    /// `step` is called once a record's own files are written.
    public func write(_ records: [Record], step: @escaping @Sendable () -> Void) throws {
        let (directory, perRecord, options, source) = (directory, perRecord, options, source)
        // Each record's files are independent of the others': written `jobs` at a time.
        let written = Parallel.map(records, jobs: jobs) { record in
            defer { step() }
            return Result { () throws -> ([RDFStatement], [DatasetDescription.File]) in
                let (files, statements) = try Format.export(record, as: perRecord, options: options,
                                                            source: source(record, directory))
                var graphFiles: [DatasetDescription.File] = []
                for (format, bytes) in files {
                    let name = "\(record.id).\(format.fileExtension)"
                    try AtomicFile.write(bytes, to: directory.appendingPathComponent(name))
                    if format.writesGraph { graphFiles.append(DatasetDescription.File(name: name, mediaType: format.mediaType, bytes: bytes)) }
                }
                return (statements, graphFiles)
            }
        }
        for (record, outcome) in zip(records, written) {
            let (statements, files) = try outcome.get()
            description?.add(record, statements: statements, files: files)
        }
        guard !records.isEmpty else { return }
        for format in formats where format.collectionFolder != nil && !collections.contains(where: { $0.format == format }) {
            collections.append((format, try format.openCollection(in: directory, options: options)))
        }
        for (format, writer) in collections {
            let folder = directory.appendingPathComponent(format.collectionFolder!)
            for record in records { try writer.append(record, source: source(record, folder)) }
        }
        count += records.count
    }

    /// Puts the collections in place, and writes the dataset's description and the authority report.
    public func finish(authorityReport: AuthorityReport?) throws {
        for (format, writer) in collections {
            _ = try writer.close()
            if let entry = format.graphEntry, let folder = format.collectionFolder { description?.addCollection(folder: folder, entry: entry) }
        }
        if let description, !description.isEmpty {
            let folder = directory.appendingPathComponent(DatasetDescription.directory)
            try AtomicFile.write(try description.turtle(), to: folder.appendingPathComponent(DatasetDescription.fileName))
            try AtomicFile.write(try description.nQuads(), to: folder.appendingPathComponent(DatasetDescription.nQuadsFileName))
        }
        if let authorityReport {
            try AtomicFile.write(try authorityReport.csv(), to: directory.appendingPathComponent(AuthorityReport.fileName))
        }
    }
}
