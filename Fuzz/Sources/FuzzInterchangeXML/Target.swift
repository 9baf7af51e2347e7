import ProceedingsKit

/// Untrusted XML through the safe parser and the interchange importer.
func fuzzOne(_ bytes: [UInt8]) {
    let (record, _) = InterchangeXML.importRecord(bytes, fileName: "fuzz.xml")
    if let record { _ = InterchangeXML.export(record) }
}
