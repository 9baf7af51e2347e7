/// What an input to `convert` is, and the importer that reads it.
public enum InputFormat: String, Sendable, CaseIterable {
    /// A plain-text summary.
    case text
    /// Interchange XML (`InterchangeXML`).
    case xml
    /// TEI P5 (`TEI`).
    case tei
    /// Linked data of the profile (`LinkedData`): Turtle, N-Triples, N-Quads.
    case ttl, nt, nq

    /// XML whose root is in the interchange or the TEI namespace is that format; linked data is
    /// known by its file extension (`.ttl`, `.nt`, `.nq`) or its first statement; anything else is
    /// read as a plain-text summary, whose importer reports what it cannot read.
    public static func detect(_ bytes: [UInt8], fileName: String = "") -> InputFormat {
        if let syntax = LinkedData.syntax(forFileName: fileName) { return InputFormat(syntax) }
        if bytes.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }).first == UInt8(ascii: "<") {
            let (root, _) = SafeXMLParser.parse(bytes, fileName: "")
            switch root?.namespace {
            case InterchangeXML.namespace?: return .xml
            case TEI.namespace?: return .tei
            default: break
            }
        }
        return LinkedData.sniff(bytes).map(InputFormat.init) ?? .text
    }

    private init(_ syntax: RDFSyntax) {
        switch syntax {
        case .turtle: self = .ttl
        case .ntriples: self = .nt
        case .nquads: self = .nq
        }
    }

    /// The records of one input: one, or none with the reasons as findings, except for a TEI
    /// corpus, which gives each of its records (`isCorpus`).
    public func importRecords(_ bytes: [UInt8], fileName: String, strict: Bool = false,
                              lexicon: GenreLexicon = .builtIn) -> (records: [Record], findings: [Finding], isCorpus: Bool) {
        if self == .tei { return TEI.importRecords(bytes, fileName: fileName) }
        let (record, findings) = importRecord(bytes, fileName: fileName, strict: strict, lexicon: lexicon)
        return (record.map { [$0] } ?? [], findings, false)
    }

    /// The record of one input, or nil with the reasons as findings. `strict` and `lexicon` apply to
    /// plain text, the only format read through the genre's words, with lines that may fail to be classified.
    public func importRecord(_ bytes: [UInt8], fileName: String, strict: Bool = false,
                             lexicon: GenreLexicon = .builtIn) -> (record: Record?, findings: [Finding]) {
        switch self {
        case .text:
            let result = PlainTextImporter.importRecord(bytes, fileName: fileName, strict: strict, lexicon: lexicon)
            return (result.record, result.findings)
        case .xml:
            return InterchangeXML.importRecord(bytes, fileName: fileName)
        case .tei:
            return TEI.importRecord(bytes, fileName: fileName)
        case .ttl, .nt, .nq:
            return LinkedData.importRecord(bytes, syntax: RDFSyntax(rawValue: rawValue)!, fileName: fileName)
        }
    }
}
