public import Foundation

/// A folder that `convert -o` wrote (or one of its formats copied elsewhere), read back into
/// records through the importers, so that `diff` compares what two exports say and not how their
/// bytes are laid out.
public struct ExportFolder: Sendable {
    /// The formats a folder of exports is read in. Linked data is left out: it is read back into
    /// the same record, but only from what the profile keeps, so it adds nothing to compare.
    public enum Format: String, Sendable, Hashable, CaseIterable, Codable {
        case xml, tei, csv

        /// In the words of the README's formats.
        public var title: String {
            switch self {
            case .xml: "interchange XML"
            case .tei: "TEI"
            case .csv: "CSV tables"
            }
        }
    }

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
        var xml: [Format: [(name: String, bytes: [UInt8])]] = [:]
        let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".xml") }.sorted()
        var findings: [Finding] = []
        for name in names {
            let file = root.appendingPathComponent(name)
            guard let data = manager.contents(atPath: file.path) else {
                findings.append(Finding(file: file.path, rule: .input, message: "cannot read file"))
                continue
            }
            let bytes = [UInt8](data)
            // Parsed here, not only detected: an export that is not well-formed would otherwise be
            // no export at all, and its record would look removed.
            let (root, parseFindings) = SafeXMLParser.parse(bytes, fileName: file.path)
            switch root?.namespace {
            case InterchangeXML.namespace?: xml[.xml, default: []].append((file.path, bytes))
            case TEI.namespace?: xml[.tei, default: []].append((file.path, bytes))
            case nil: findings += parseFindings
            default: break
            }
        }
        let group = [root, root.appendingPathComponent("csv")].first {
            manager.fileExists(atPath: $0.appendingPathComponent("csv-metadata.json").path)
        }
        let present = Format.allCases.filter { $0 == .csv ? group != nil : xml[$0] != nil }
        guard let chosen = format ?? present.first else {
            return (nil, findings + [Finding(file: path, rule: .format, message: "the folder holds no interchange XML, TEI or CSV table group")])
        }
        guard present.contains(chosen) else {
            let holds = present.isEmpty ? "no export" : present.map(\.title).joined(separator: ", ")
            return (nil, findings + [Finding(file: path, rule: .format, message: "the folder holds no \(chosen.title) (it holds \(holds))")])
        }
        var records: [Record] = []
        if chosen == .csv, let group {
            let read = CSVTableGroupImporter.importGroup(at: group)
            records = read.records
            findings += read.findings
        } else {
            for file in xml[chosen] ?? [] {
                let read = (chosen == .xml ? ProceedingsKit.Format.interchangeXML : .tei).importRecords(file.bytes, fileName: file.name)
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
