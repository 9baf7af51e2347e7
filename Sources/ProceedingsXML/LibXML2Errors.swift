internal import CLibXML2
internal import ProceedingsModel

/// Collects libxml2's structured errors of one call as findings.
///
/// libxml2 keeps its structured error handler per thread, and every call made under
/// `capture(_:)` is synchronous, so installing the handler around the call and handing it this
/// collector as an unmanaged context pointer keeps concurrent calls on other threads apart.
final class LibXML2ErrorCollector {
    let fileName: String
    /// Rule given to libxml2's errors; a caller may switch it between parsing and validating.
    var rule: Rule
    /// The folder whose files libxml2 may read while this collector listens (a schema's own, for
    /// its includes and imports); nil for none. Nothing is ever read over the network.
    var readableFolder: String?
    /// Whether libxml2 asked for a file or a URL that was refused.
    private(set) var refusedLoad = false
    private(set) var findings: [Finding] = []

    init(fileName: String, rule: Rule) {
        self.fileName = fileName
        self.rule = rule
    }

    func add(_ severity: Finding.Severity, line: Int?, column: Int?, rule: Rule? = nil, _ message: String) {
        findings.append(Finding(file: fileName, line: line, column: column, severity: severity,
                                rule: rule ?? self.rule, message: message))
    }

    func refuse(_ url: String) {
        refusedLoad = true
        add(.error, line: nil, column: nil, "refused to load \(url): "
            + (readableFolder == nil ? "nothing is loaded while a document is read" : "only files in the schema's own folder are read, never the network"))
    }

    /// Runs `body` with this collector receiving every error libxml2 raises on this thread.
    /// Captures must not nest: leaving the inner one uninstalls the handler for the outer one.
    func capture<T>(_ body: () throws -> T) rethrows -> T {
        LibXML2.initialize()
        xmlSetStructuredErrorFunc(context, Self.handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }

    /// The handler for per-context callbacks (schema parser and validator contexts).
    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<LibXML2ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
    }

    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    private func record(_ error: xmlError) {
        let message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        // For parser errors libxml2 puts the column in int2; elsewhere it is 0 when unknown.
        add(error.level == XML_ERR_WARNING ? .warning : .error,
            line: error.line > 0 ? Int(error.line) : nil,
            column: error.int2 > 0 ? Int(error.int2) : nil,
            String(message.reversed().drop(while: \.isWhitespace).reversed()))
    }
}
