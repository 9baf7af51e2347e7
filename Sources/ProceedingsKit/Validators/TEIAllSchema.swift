internal import Foundation

/// Where `make tei-all` leaves the official TEI All schema converted to XSD by trang.
public enum TEIAllSchema {
    /// Set by the Makefile; otherwise `.tools/tei/xsd/tei_all.xsd` in the source tree.
    public static let environmentVariable = "PROCEEDINGS_TEI_ALL_XSD"

    public struct NotFound: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var description: String {
            "TEI All schema not found at \(path); run `make tei-all` in the source tree (it converts the official tei_all.rng to XSD), or set \(TEIAllSchema.environmentVariable)"
        }
    }

    public static func locate() throws(NotFound) -> String {
        let path = fetched("xsd/tei_all.xsd", environmentVariable: environmentVariable)
        guard FileManager.default.fileExists(atPath: path) else { throw NotFound(path: path) }
        return path
    }

    /// A file of `make tei-all` (under `.tools/tei/` in the source tree), or the one the
    /// environment variable names; whether it is there is the caller's to say.
    static func fetched(_ relative: String, environmentVariable: String) -> String {
        ProcessInfo.processInfo.environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
            ?? packageRoot.appendingPathComponent(".tools/tei/" + relative).path
    }

    // This file is Sources/ProceedingsKit/Validators/TEIAllSchema.swift.
    private static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
