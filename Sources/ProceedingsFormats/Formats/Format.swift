public import Foundation

/// A format the toolkit knows, all in one value: its names, how a file of it is recognised, and
/// what reads, writes and validates it. The command line, the validator and the service ask a
/// `FormatRegistry` of these, so that a new format is one file that makes its value and one entry
/// in `FormatRegistry.standard`, and nothing else changes.
public struct Format: Sendable {
    /// On the command line (`--from`, `--to`) and in the service's API (`?to=`).
    public let name: String
    /// In prose, as the README names it: "interchange XML".
    public let title: String
    /// In validation reports (`FileReport.format`), which say what the content is: `interchange-xml`
    /// there, since `xml` is any other XML, checked only against a schema given with `--schema`.
    public let reportName: String
    public let mediaType: String
    /// Of the file written per record, `<record-id>.<fileExtension>`; `convert` also takes a file so
    /// named as this format when `recognition.byExtension` says so.
    public let fileExtension: String
    public let recognition: Recognition
    public let importer: Importer?
    public let exporter: Exporter?
    /// Written by `convert` when `--to` names no format.
    public let isWrittenByDefault: Bool
    /// Of a collection that states the records' graphs (a CSVW table group), the file in its folder
    /// that opens it: the dataset's description names it as a distribution of the linked data.
    public let graphEntry: String?
    private let validationHook: Validation?

    /// `validation`: how `validate` checks a file of it; without one, a format with an importer of
    /// files is read, and each of its records checked by the content rules.
    public init(name: String, title: String, reportName: String? = nil, mediaType: String, fileExtension: String,
                recognition: Recognition = Recognition(), importer: Importer? = nil, exporter: Exporter? = nil,
                isWrittenByDefault: Bool = true, graphEntry: String? = nil, validation: Validation? = nil) {
        self.name = name
        self.title = title
        self.reportName = reportName ?? name
        self.mediaType = mediaType
        self.fileExtension = fileExtension
        self.recognition = recognition
        self.importer = importer
        self.exporter = exporter
        self.isWrittenByDefault = isWrittenByDefault
        self.graphEntry = graphEntry
        self.validationHook = validation
    }

    /// A Content-Type header's value: XML declares its own encoding, anything else is told it is UTF-8.
    public var contentType: String { mediaType.hasSuffix("xml") ? mediaType : mediaType + "; charset=utf-8" }

    public var validation: Validation? {
        if let validationHook { return validationHook }
        guard case .file(let read) = importer else { return nil }
        return .check { bytes, fileName, options in
            let imported = read.records(bytes, fileName, options)
            return imported.findings + imported.records.flatMap { ContentRules.check($0, file: fileName) }
        }
    }
}

extension Format: Hashable, Codable {
    /// A registry holds one format of a name.
    public static func == (lhs: Format, rhs: Format) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// A format of the standard registry, by its name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let format = FormatRegistry.standard.format(named: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "no format is named \(name)")
        }
        self = format
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

// MARK: - Recognition

/// How a file of a format is told from files of other formats.
public struct Recognition: Sendable {
    /// A file named with the format's extension is the format, whatever it holds, when `convert`
    /// reads it; `validate` goes by content alone.
    public var byExtension: Bool
    /// Whether the content is the format. The sniffer asks formats in the registry's order.
    public var content: (@Sendable (Sample) -> Bool)?
    /// What the content is when no format recognises it: plain text, whose importer says what it cannot read.
    public var isFallback: Bool

    public init(byExtension: Bool = false, content: (@Sendable (Sample) -> Bool)? = nil, isFallback: Bool = false) {
        self.byExtension = byExtension
        self.content = content
        self.isFallback = isFallback
    }
}

// MARK: - Reading

/// What an importer is told besides the bytes.
public struct ImportOptions: Sendable {
    /// `--strict`: a line that could not be classified, or an inference, gives no record.
    public var strict: Bool
    /// The genre's words that plain text is read with.
    public var lexicon: GenreLexicon

    public init(strict: Bool = false, lexicon: GenreLexicon = .builtIn) {
        self.strict = strict
        self.lexicon = lexicon
    }
}

/// The records of one input. A problem in the input is a finding, never a throw.
public struct Imported: Sendable {
    public var records: [Record]
    public var findings: [Finding]
    /// A collection (a TEI corpus, a table group): one input that may give several records or none.
    public var isGroup: Bool

    public init(records: [Record], findings: [Finding], isGroup: Bool = false) {
        self.records = records
        self.findings = findings
        self.isGroup = isGroup
    }
}

public enum Importer: Sendable {
    /// Reads a file's bytes.
    case file(FileReader)
    /// Reads a folder (a CSV table group, given as its directory or its `marker` file).
    case folder(marker: String, read: @Sendable (URL) -> Imported)
}

public struct FileReader: Sendable {
    public typealias Read<Result> = @Sendable (_ bytes: [UInt8], _ fileName: String, _ options: ImportOptions) -> Result
    /// One document's record, or nil with the reasons.
    public let record: Read<(record: Record?, findings: [Finding])>
    /// Every record of the file: the one of `record`, unless a file of the format may hold several.
    public let records: Read<Imported>

    public init(record: @escaping Read<(record: Record?, findings: [Finding])>, records: Read<Imported>? = nil) {
        self.record = record
        self.records = records ?? { bytes, fileName, options in
            let (record, findings) = record(bytes, fileName, options)
            return Imported(records: record.map { [$0] } ?? [], findings: findings)
        }
    }
}

// MARK: - Writing

/// What a run says of all its outputs (`convert`'s options); each exporter takes what concerns it.
public struct ExportOptions: Sendable {
    /// `--base`: where the linked data's IRIs live.
    public var base: String
    /// `--timestamp`: the time of conversion, written only when given so that an input gives the same bytes.
    public var generatedAt: Date?
    /// `--publisher`, `--license`: the TEI's publicationStmt.
    public var publication: TEI.Publication
    /// `--dataset-title`: the title of a collection (the TEI corpus).
    public var title: String?
    /// `--csv-profile`.
    public var csvProfile: CSVProfile

    public init(base: String = LinkedData.defaultBase, generatedAt: Date? = nil, publication: TEI.Publication = .init(),
                title: String? = nil, csvProfile: CSVProfile = .rfc4180) {
        self.base = base
        self.generatedAt = generatedAt
        self.publication = publication
        self.title = title
        self.csvProfile = csvProfile
    }
}

public enum Exporter: Sendable {
    /// A file per record. `source` is the record's source file as seen from the folder the file is
    /// written in (`TEI.sourceReference`), nil where the run does not know it.
    case record(@Sendable (_ record: Record, _ options: ExportOptions, _ source: String?) throws -> [UInt8])
    /// A file per record, in a syntax of the record's linked data: the formats of a run that write
    /// it share one graph of the record, whose statements also describe the run's dataset.
    case graph(RDFSyntax)
    /// The run's records together in `folder`, written a record at a time as they come.
    case collection(folder: String, open: @Sendable (_ destination: CollectionDestination, _ options: ExportOptions) throws
                        -> any CollectionWriter)

    /// One file per record, which a single input may send to standard output.
    public var isPerRecord: Bool {
        if case .collection = self { return false }
        return true
    }
}

public enum CollectionDestination: Sendable {
    /// The collection's folder, whose files are renamed into place by `finish()`.
    case directory(URL)
    /// In memory, the files returned by `finish()` (the service's answers).
    case memory
}

/// A collection being written; one run owns it, so it need not be `Sendable`.
public protocol CollectionWriter: AnyObject {
    func append(_ record: Record, source: String?) throws
    /// Puts every file in place, or, in memory, returns them.
    func close() throws -> [(file: String, bytes: [UInt8])]
}

// MARK: - Validation

public enum Validation: Sendable {
    /// XML: checked by `SubmissionValidator` against a schema, then its records' content, then
    /// Schematron, on the tree the sniffer parsed.
    case xml(XMLValidation)
    /// Anything else: the findings of a check of the bytes.
    case check(FileReader.Read<[Finding]>)
}
