import ProceedingsKit

/// Untrusted TEI through the safe parser and the TEI importer, and back out.
func fuzzOne(_ bytes: [UInt8]) {
    let (record, _) = TEI.importRecord(bytes, fileName: "fuzz.tei.xml")
    if let record { _ = TEI.export(record) }
}
