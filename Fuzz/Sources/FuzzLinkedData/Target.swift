import ProceedingsKit

/// Untrusted linked data through serd's reader, as Turtle and as N-Quads.
func fuzzOne(_ bytes: [UInt8]) {
    for syntax in [RDFSyntax.turtle, .nquads] {
        let (record, _) = LinkedData.importRecord(bytes, syntax: syntax, fileName: "fuzz")
        if let record { _ = try? LinkedData.export(record, syntax: syntax) }
    }
}
