public import Foundation

/// The formats a run knows, in the order the command line lists them and the sniffer asks them.
/// A value, not a global: `.standard` is every command's, and a caller (a test) may pass another.
public struct FormatRegistry: Sendable {
    public let formats: [Format]

    /// The sniffer asks in this order: the XML of the project's namespaces, and linked data (whose
    /// N-Triples also open with "<"), before any other XML.
    public static let standard = FormatRegistry([
        .plainText, .interchangeXML, .tei, .turtle, .nTriples, .nQuads, .csv, .teiCorpus, .otherXML,
    ])

    public init(_ formats: [Format]) {
        precondition(Set(formats.map(\.name)).count == formats.count, "two formats of one name")
        precondition(formats.filter(\.recognition.isFallback).count == 1, "no format, or several, for what nothing else recognises")
        self.formats = formats
    }

    public func adding(_ format: Format) -> FormatRegistry { FormatRegistry(formats + [format]) }

    public func format(named name: String) -> Format? { formats.first { $0.name == name } }

    /// What `--from` names: the formats read from a file or a folder.
    public var readable: [Format] { formats.filter { $0.importer != nil } }

    /// What `--to` names.
    public var writable: [Format] { formats.filter { $0.exporter != nil } }

    public enum Purpose: Sendable {
        /// `convert`: among the formats read from a file, and a file's extension may say which.
        case reading
        /// `validate`: among the formats validated, by content alone, since a submission's name is
        /// whatever its sender chose.
        case validating
    }

    /// The one sniffer: a format the file's name says (for reading), else the first format whose
    /// content test passes, else the format of what nothing else recognises (plain text).
    public func recognise(_ sample: Sample, for purpose: Purpose) -> Format {
        let candidates = formats.filter { purpose == .reading ? $0.fileReader != nil : $0.validation != nil }
        if purpose == .reading {
            let name = sample.fileName.lowercased()
            if let named = candidates.first(where: { $0.recognition.byExtension && name.hasSuffix("." + $0.fileExtension) }) {
                return named
            }
        }
        return candidates.first { $0.recognition.content?(sample) == true } ?? formats.first(where: \.recognition.isFallback)!
    }

    public func recognise(_ bytes: [UInt8], fileName: String, for purpose: Purpose = .reading) -> Format {
        recognise(Sample(bytes, fileName: fileName), for: purpose)
    }
}

extension [Format] {
    /// Their names in a message: "tei, ttl, nt or csv".
    public var listed: String {
        let names = map(\.name)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

extension Format {
    public var fileReader: FileReader? {
        if case .file(let reader) = importer { return reader }
        return nil
    }

    /// The file that marks a folder of the format, and may name the folder: `csv-metadata.json`.
    public var folderMarker: String? {
        if case .folder(let marker, _)? = importer { return marker }
        return nil
    }

    /// Reads the folder's records: the format must be read from folders.
    public func readFolder(_ path: URL) -> Imported {
        guard case .folder(_, let read)? = importer else { preconditionFailure("\(name) is not read from a folder") }
        return read(path)
    }

    /// Reads the file's records: the format must be read from files.
    public func importRecords(_ bytes: [UInt8], fileName: String, options: ImportOptions = .init()) -> Imported {
        fileReader!.records(bytes, fileName, options)
    }

    /// Reads the file's one record: the format must be read from files.
    public func importRecord(_ bytes: [UInt8], fileName: String, options: ImportOptions = .init()) -> (record: Record?, findings: [Finding]) {
        fileReader!.record(bytes, fileName, options)
    }

    /// The record's file in this format, which writes a file per record.
    public func export(_ record: Record, options: ExportOptions = .init(), source: String? = nil) throws -> [UInt8] {
        try Format.export(record, as: [self], options: options, source: source).files[0].bytes
    }

    /// The record's file in each of `formats`, all of which write a file per record, in their
    /// order. The linked-data formats share the record's graph, built once, whose statements come
    /// back for the dataset's description.
    public static func export(_ record: Record, as formats: [Format], options: ExportOptions, source: String?) throws
        -> (files: [(format: Format, bytes: [UInt8])], statements: [RDFStatement]) {
        let syntaxes = formats.compactMap { format -> RDFSyntax? in
            if case .graph(let syntax) = format.exporter { return syntax }
            return nil
        }
        var graph: (statements: [RDFStatement], files: [[UInt8]]) = ([], [])
        if !syntaxes.isEmpty {
            graph = try LinkedData.exportGraph(record, syntaxes: syntaxes, base: options.base, generatedAt: options.generatedAt)
        }
        var graphFiles = graph.files.makeIterator()
        let files = try formats.map { format -> (format: Format, bytes: [UInt8]) in
            switch format.exporter {
            case .record(let write)?: (format, try write(record, options, source))
            case .graph?: (format, graphFiles.next()!)
            case .collection?, nil: preconditionFailure("\(format.name) writes no file per record")
            }
        }
        return (files, graph.statements)
    }

    /// Writes the record's linked data, whose statements describe the run's dataset.
    public var writesGraph: Bool {
        if case .graph? = exporter { return true }
        return false
    }

    /// Opens the format's collection in its folder under `directory`, or in memory.
    public func openCollection(in directory: URL?, options: ExportOptions) throws -> any CollectionWriter {
        guard case .collection(let folder, let open)? = exporter else { preconditionFailure("\(name) writes no collection") }
        return try open(directory.map { .directory($0.appendingPathComponent(folder)) } ?? .memory, options)
    }

    /// The folder under the output directory that the format's collection is written in.
    public var collectionFolder: String? {
        if case .collection(let folder, _)? = exporter { return folder }
        return nil
    }
}
