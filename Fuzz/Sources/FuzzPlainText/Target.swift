import ProceedingsKit

/// Any bytes: a record or findings, never a crash or a hang.
func fuzzOne(_ bytes: [UInt8]) {
    let result = PlainTextImporter.importRecord(bytes, fileName: "fuzz.txt", strict: false)
    if let record = result.record { _ = InterchangeXML.export(record) }
}
