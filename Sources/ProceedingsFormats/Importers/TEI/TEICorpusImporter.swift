extension TEI {
    /// The records of a TEI input: one from a `TEI` document, each `TEI` of a `teiCorpus` (nested
    /// corpora included) in the document's order. A record that cannot be read is left out with
    /// its findings; the others are read all the same. `isCorpus` tells a corpus, which may give
    /// several records or none, from a document of one record.
    public static func importRecords(_ bytes: [UInt8], fileName: String) -> (records: [Record], findings: [Finding], isCorpus: Bool) {
        let (root, parseFindings) = SafeXMLParser.parse(bytes, fileName: fileName)
        guard let root else { return ([], parseFindings, false) }
        guard root.name == "teiCorpus", root.namespace == namespace else {
            let (record, findings) = importRecord(parsed: root, bytes: bytes, fileName: fileName)
            return (record.map { [$0] } ?? [], parseFindings + findings, false)
        }
        var records: [Record] = []
        var findings = parseFindings
        func read(_ corpus: XMLElement) {
            for child in corpus.elements {
                switch (child.namespace == namespace ? child.name : nil) {
                case "TEI"?:
                    let (record, found) = importRecord(parsed: child, bytes: bytes, fileName: fileName, inCorpus: true)
                    findings += found
                    if let record { records.append(record) }
                case "teiCorpus"?:
                    read(child)
                case "teiHeader"?:
                    break  // what the records share, which export writes anew
                default:
                    findings.append(Finding(file: fileName, line: child.line, severity: .warning, rule: .tei,
                                            message: "<\(child.name)> in <\(corpus.name)> does not map onto the model; ignored"))
                }
            }
        }
        read(root)
        return (records, findings, true)
    }

    /// The records' `TEI` elements of a parsed document: the root itself, or each `TEI` of a
    /// `teiCorpus` (nested corpora included) in the document's order, with whether it is in a corpus.
    static func documents(in root: XMLElement) -> [(tei: XMLElement, inCorpus: Bool)] {
        guard root.name == "teiCorpus", root.namespace == namespace else { return [(root, false)] }
        return root.elements.filter { $0.namespace == namespace }.flatMap { child -> [(tei: XMLElement, inCorpus: Bool)] in
            switch child.name {
            case "TEI": [(child, true)]
            case "teiCorpus": documents(in: child)
            default: []
            }
        }
    }
}
