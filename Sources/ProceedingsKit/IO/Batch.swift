public import Foundation

/// One input of a run: its name as the user gave it, and how to read it. A run reads each input
/// when its turn comes and lets it go after, so that it never holds the whole collection. Most
/// inputs are one file and one record; a CSV table group is one input of many records, which go
/// through the run's catalogue and identity like any other, so that its ids agree with the run's.
public struct BatchInput: Sendable {
    enum Source: Sendable {
        case bytes(@Sendable () throws -> [UInt8])
        case tableGroup(@Sendable () -> (records: [Record], findings: [Finding]))
    }

    public var name: String
    let source: Source

    /// Named by a file, whose name names its records; a table group's records carry their ids.
    var isFile: Bool {
        if case .bytes = source { true } else { false }
    }

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.source = .bytes { bytes }
    }

    public init(name: String, load: @escaping @Sendable () throws -> [UInt8]) {
        self.name = name
        self.source = .bytes(load)
    }

    private init(name: String, group: @escaping @Sendable () -> (records: [Record], findings: [Finding])) {
        self.name = name
        self.source = .tableGroup(group)
    }

    /// The table group in `path`, a directory or its `csv-metadata.json`.
    public static func tableGroup(at path: URL, name: String? = nil) -> BatchInput {
        BatchInput(name: name ?? path.path) {
            let read = Format.csv.readFolder(path)
            return (read.records, read.findings)
        }
    }

    /// A table group held in memory, file name → bytes.
    public static func tableGroup(files: [String: [UInt8]], name: String) -> BatchInput {
        BatchInput(name: name) { CSVTableGroupImporter.importGroup(files: files, name: name) }
    }
}

public struct BatchResult: Sendable {
    /// The records that could be read, in input order.
    public var records: [Record]
    public var findings: [Finding]
    /// Inputs that gave no record (a table group: none, though it had some to give).
    public var failed: [String]
    /// Table groups that gave some of their records: a row had an error, or a record's id was
    /// another input's.
    public var incomplete: [String] = []
    /// With an authority table: what it matched and what it did not.
    public var authorityReport: AuthorityReport? = nil
    /// With a catalogue: its use over the run, to report the rows that named no record.
    public var catalogue: Catalogue.Run? = nil
    /// With a corrections file: what its rows did over the run.
    public var corrections: CorrectionsFile.Run? = nil
}

/// What a streamed run leaves once every record went through (the findings were handed over
/// with the records, and those of the whole run after the last): how many records, the inputs
/// that gave no record, and the authority report.
public struct BatchSummary: Sendable {
    public var records = 0
    public var failed: [String] = []
    /// Table groups that gave some of their records; see `BatchResult.incomplete`.
    public var incomplete: [String] = []
    public var authorityReport: AuthorityReport? = nil
    public var catalogue: Catalogue.Run? = nil
    public var corrections: CorrectionsFile.Run? = nil
}

/// A run over several inputs: each is imported on its own, a bad one never stops the others, and
/// no record's ids depend on the others (see `IdentityResolver`).
public enum Batch {
    /// Inputs imported at once per job: enough to keep every job busy, few enough that memory
    /// does not grow with the run.
    static let windowPerJob = 8

    /// With `catalogue`, each record whose source file a row names is described by it before
    /// anything else (its key is the record's id); see `Catalogue.Run`. With `authorities`,
    /// persons, organisations, venues and issuers named in the table carry its identifiers, and
    /// those it identifies have the id its identifiers give in every record; see `IdentityResolver`. With `strict`, an
    /// input with a line that could not be classified fails. Each input is read as `format`, or as
    /// the format of `formats` its name and content show when `format` is nil.
    /// The records are kept in memory: for a whole collection, `stream` is the way.
    public static func importAll(_ inputs: [BatchInput], authorities: AuthorityTable? = nil, catalogue: Catalogue? = nil,
                                 corrections: CorrectionsFile? = nil, strict: Bool = false, lexicon: GenreLexicon = .builtIn, format: Format? = nil,
                                 formats: FormatRegistry = .standard, jobs: Int = 1, progress: (@Sendable () -> Void)? = nil) -> BatchResult {
        var records: [Record] = []
        var findings: [Finding] = []
        let summary = stream(inputs, authorities: authorities, catalogue: catalogue, corrections: corrections, strict: strict, lexicon: lexicon,
                             format: format, formats: formats, jobs: jobs, progress: progress) { window, windowFindings in
            records += window
            findings += windowFindings
        }
        return BatchResult(records: records, findings: findings, failed: summary.failed, incomplete: summary.incomplete,
                           authorityReport: summary.authorityReport, catalogue: summary.catalogue,
                           corrections: summary.corrections)
    }

    /// Imports the inputs `jobs` at a time, a window after another, and hands each window's records
    /// over in input order, with ids that agree across the run and the window's findings, before
    /// the next window is read: memory holds one window, not the run. The warnings that need the
    /// whole run come last, with no records. A record is the same whatever the number of jobs, the
    /// order of the inputs or the other inputs of the run. `progress` is called once per input read.
    public static func stream<Failure: Error>(
        _ inputs: [BatchInput], authorities: AuthorityTable? = nil, catalogue: Catalogue? = nil,
        corrections: CorrectionsFile? = nil, strict: Bool = false,
        lexicon: GenreLexicon = .builtIn, format: Format? = nil, formats: FormatRegistry = .standard, jobs: Int = 1,
        progress: (@Sendable () -> Void)? = nil, consume: ([Record], [Finding]) throws(Failure) -> Void
    ) throws(Failure) -> BatchSummary {
        var resolver = IdentityResolver(authorities: authorities, inputs: inputs.filter(\.isFile).map(\.name))
        var summary = BatchSummary(catalogue: catalogue.map(Catalogue.Run.init), corrections: corrections.map(CorrectionsFile.Run.init))
        var failure: Failure?
        let reading = Reading(options: ImportOptions(strict: strict, lexicon: lexicon), format: format, formats: formats)
        forEachWindow(inputs, reading: reading, jobs: jobs, progress: progress) { results in
            guard failure == nil else { return }
            var records: [Record] = []
            var findings: [Finding] = []
            for (input, result) in results {
                findings += result.findings
                var admittedHere = 0, refused = false
                for original in result.records {
                    var record = original
                    // The librarian's corrections, to the facts as the importer gave them: before the
                    // catalogue and identity, which may rename what a correction is about.
                    if summary.corrections != nil {
                        let corrected = summary.corrections!.apply(record)
                        record = corrected.record
                        findings += corrected.findings
                    }
                    // The catalogue names the record and its issuer before identity depends on either.
                    if summary.catalogue != nil {
                        record = summary.catalogue!.describe(record)
                        if let clash = summary.catalogue!.clash(record, input: input) {
                            findings.append(clash)
                            refused = true
                            continue
                        }
                    }
                    let admitted = resolver.admit(record, from: input)
                    findings += admitted.findings
                    if let record = admitted.record {
                        records.append(record)
                        admittedHere += 1
                    } else {
                        refused = true
                    }
                }
                if result.isGroup {
                    // An empty group lost nothing; one that lost a row or a record is marked.
                    if refused || result.findings.hasErrors {
                        if admittedHere == 0 { summary.failed.append(input) } else { summary.incomplete.append(input) }
                    }
                } else if admittedHere == 0 {
                    summary.failed.append(input)
                }
            }
            summary.records += records.count
            do throws(Failure) { try consume(records, findings) } catch { failure = error }
        }
        if let failure { throw failure }
        summary.authorityReport = try resolver.finish { findings throws(Failure) in try consume([], findings) }
        return summary
    }

    /// What one input gave.
    private struct Outcome: Sendable {
        var records: [Record]
        var findings: [Finding]
        var isGroup = false
    }

    /// How each input of a run is read.
    private struct Reading: Sendable {
        var options: ImportOptions
        var format: Format?
        var formats: FormatRegistry
    }

    private static func forEachWindow(_ inputs: [BatchInput], reading: Reading, jobs: Int, progress: (@Sendable () -> Void)?,
                                      _ body: ([(input: String, result: Outcome)]) -> Void) {
        let size = max(1, jobs) * windowPerJob
        var start = 0
        while start < inputs.count {
            let window = Array(inputs[start..<min(start + size, inputs.count)])
            let results = Parallel.map(window, jobs: jobs) { input in
                defer { progress?() }
                return (input.name, importOne(input, reading))
            }
            body(results)
            start += size
        }
    }

    private static func importOne(_ input: BatchInput, _ reading: Reading) -> Outcome {
        switch input.source {
        case .tableGroup(let read):
            let (records, findings) = read()
            return Outcome(records: records, findings: findings, isGroup: true)
        case .bytes(let load):
            guard let bytes = try? load() else {
                return Outcome(records: [], findings: [Finding(file: input.name, severity: .error, rule: .input, message: "cannot read file")])
            }
            // A TEI corpus is, like a table group, one input of many records.
            let format = reading.format ?? reading.formats.recognise(bytes, fileName: input.name)
            let read = format.importRecords(bytes, fileName: input.name, options: reading.options)
            return Outcome(records: read.records, findings: read.findings, isGroup: read.isGroup)
        }
    }
}
