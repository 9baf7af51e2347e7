import ProceedingsKit

/// Untrusted bytes as the statements table of an otherwise empty table group.
func fuzzOne(_ bytes: [UInt8]) {
    _ = CSVTableGroupImporter.importGroup(files: ["statements.csv": bytes], name: "fuzz")
}
