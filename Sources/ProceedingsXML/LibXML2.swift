internal import CLibXML2
internal import Foundation

/// libxml2's process-wide setup, done once before its first use: `LibXML2ErrorCollector.capture`
/// asks for it, and every call into libxml2 is made under a capture.
enum LibXML2 {
    private static let setUp: Void = {
        // Both are lazy inside libxml2 and not thread-safe there; done here, they are done once.
        xmlInitParser()
        xmlSchemaInitTypes()
        defaultLoader = xmlGetExternalEntityLoader()
        xmlSetExternalEntityLoader(loader)
    }()

    static func initialize() { _ = setUp }

    /// Written once, in `setUp`, before the loader that reads it is installed.
    nonisolated(unsafe) private static var defaultLoader: xmlExternalEntityLoader?

    /// Every file libxml2 opens by itself (a schema, what it includes or imports, an external
    /// entity) comes through here. The collector listening on this thread says which folder may
    /// be read; anything else, and every URL that is not a local file, is refused with a finding.
    private static let loader: xmlExternalEntityLoader = { url, id, context in
        guard let url else { return nil }
        let requested = String(cString: url)
        // The error context is the collector of the capture running on this thread.
        guard let owner = __xmlStructuredErrorContext()?.pointee else { return nil }
        let collector = Unmanaged<LibXML2ErrorCollector>.fromOpaque(owner).takeUnretainedValue()
        guard let folder = collector.readableFolder, let path = localPath(requested, inside: folder) else {
            collector.refuse(requested)
            return nil
        }
        return defaultLoader?(path, id, context)
    }

    /// The real path of `url` when it names a file at or under `folder` (itself a real path):
    /// a plain path, relative to the working directory as libxml2 means it, or a `file:` URL.
    static func localPath(_ url: String, inside folder: String) -> String? {
        var path = url
        if path.lowercased().hasPrefix("file://") {
            path.removeFirst("file://".count)
            if path.lowercased().hasPrefix("localhost/") { path.removeFirst("localhost".count) }
            guard path.hasPrefix("/") else { return nil }
        } else if path.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) != nil {
            return nil
        }
        // libxml2 escapes what it builds from a relative reference; the file may be named either way.
        for candidate in [path, path.removingPercentEncoding].compactMap({ $0 }) {
            guard let real = realPath(candidate) else { continue }
            return real == folder || real.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") ? real : nil
        }
        return nil
    }

    /// The path with symbolic links and `..` resolved, or nil when it names nothing.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
