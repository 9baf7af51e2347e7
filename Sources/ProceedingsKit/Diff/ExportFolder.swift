public import Foundation

/// A folder that `convert -o` wrote (or one of its formats copied elsewhere), read back into
/// records through the importers, so that `diff` compares what two exports say and not how their
/// bytes are laid out.
public struct ExportFolder: Sendable {
    /// The formats a folder of exports is read in, in the order a folder of several is read:
    /// interchange XML carries every fact. Linked data is left out: it is read back into the same
    /// record, but only from what the profile keeps, so it adds nothing to compare.
    public static let formats: [Format] = [.interchangeXML, .tei, .csv]

    public var path: String
    public var format: Format
    /// Sorted by id.
    public var records: [Record]

    public init(path: String, format: Format, records: [Record]) {
        self.path = path
        self.format = format
        self.records = records.sorted { $0.id < $1.id }
    }

    /// The records of the folder at `path`, read as `format`, or, without one, in the first
    /// format the folder holds of interchange XML (which carries every fact), TEI and CSV tables.
    /// Nil when the folder cannot be compared: it is missing, holds no export, or a file of the
    /// chosen format cannot be read (a record that could not be read would show as removed).
    /// Warnings come with a folder, errors without one.
    public static func read(_ path: String, format: Format? = nil) -> (folder: ExportFolder?, findings: [Finding]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return (nil, [Finding(file: path, rule: .input, message: "no such folder")])
        }
        guard isDirectory.boolValue else {
            return (nil, [Finding(file: path, rule: .input, message: "not a folder: give the folder an export was written to")])
        }
        let root = URL(fileURLWithPath: path)
        // The XML files, each known by its content, as `convert` knows its inputs.
        let fileFormats = formats.filter { $0.fileReader != nil }
        var files: [Format: [(name: String, bytes: [UInt8])]] = [:]
        let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".xml") }.sorted()
        var findings: [Finding] = []
        for name in names {
            let file = root.appendingPathComponent(name)
            guard let data = manager.contents(atPath: file.path) else {
                findings.append(Finding(file: file.path, rule: .input, message: "cannot read file"))
                continue
            }
            let bytes = [UInt8](data)
            // Parsed here, not only recognised: an export that is not well-formed would otherwise be
            // no export at all, and its record would look removed.
            let sample = Sample(bytes, fileName: file.path)
            let (parsed, parseFindings) = sample.xml ?? SafeXMLParser.parse(bytes, fileName: file.path)
            guard parsed != nil else {
                findings += parseFindings
                continue
            }
            if let format = fileFormats.first(where: { $0.recognition.content?(sample) == true }) {
                files[format, default: []].append((file.path, bytes))
            }
        }
        let group = [root, root.appendingPathComponent("csv")].first {
            manager.fileExists(atPath: $0.appendingPathComponent(Format.csv.folderMarker!).path)
        }
        let present = formats.filter { $0.fileReader == nil ? group != nil : files[$0] != nil }
        guard let chosen = format ?? present.first else {
            return (nil, findings + [Finding(file: path, rule: .format, message: "the folder holds no interchange XML, TEI or CSV table group")])
        }
        guard present.contains(chosen) else {
            let holds = present.isEmpty ? "no export" : present.map(\.title).joined(separator: ", ")
            return (nil, findings + [Finding(file: path, rule: .format, message: "the folder holds no \(chosen.title) (it holds \(holds))")])
        }
        var records: [Record] = []
        if chosen.fileReader == nil, let group {
            let read = chosen.readFolder(group)
            records = read.records
            findings += read.findings
        } else {
            for file in files[chosen] ?? [] {
                let read = chosen.importRecords(file.bytes, fileName: file.name)
                records += read.records
                findings += read.findings
            }
        }
        var seen: Set<String> = []
        for record in records where !seen.insert(record.id).inserted {
            findings.append(Finding(file: path, rule: .duplicateRecord,
                                    message: "two records of the folder are \(record.id): records are compared by id"))
        }
        if findings.hasErrors { return (nil, findings) }
        return (ExportFolder(path: path, format: chosen, records: records), findings)
    }
}
