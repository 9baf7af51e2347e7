internal import Foundation

/// Where `make tei-all` leaves the official TEI All schema converted to XSD by trang.
public enum TEIAllSchema {
    /// Set by the Makefile; otherwise `.tools/tei/xsd/tei_all.xsd` in the source tree.
    public static let environmentVariable = "PROCEEDINGS_TEI_ALL_XSD"

    /// A file of TEI All that `make tei-all` leaves (the XSD, or `tei_all.rng` for its Schematron) is missing.
    public struct NotFound: Error, Sendable, CustomStringConvertible {
        public var path: String
        /// What `make tei-all` does that gives the file.
        var made: String
        var environmentVariable: String
        public var description: String {
            "TEI All schema not found at \(path); run `make tei-all` in the source tree (it \(made)), or set \(environmentVariable)"
        }
    }

    public static func locate() throws(NotFound) -> String {
        try located("xsd/tei_all.xsd", environmentVariable: environmentVariable, made: "converts the official tei_all.rng to XSD")
    }

    /// The path of a file of `make tei-all` that is there, else why not.
    static func located(_ relative: String, environmentVariable: String, made: String) throws(NotFound) -> String {
        let path = fetched(relative, environmentVariable: environmentVariable)
        guard FileManager.default.fileExists(atPath: path) else {
            throw NotFound(path: path, made: made, environmentVariable: environmentVariable)
        }
        return path
    }

    /// A file of `make tei-all` (under `.tools/tei/` in the source tree), or the one the
    /// environment variable names; whether it is there is the caller's to say.
    static func fetched(_ relative: String, environmentVariable: String) -> String {
        ProcessInfo.processInfo.environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
            ?? packageRoot.appendingPathComponent(".tools/tei/" + relative).path
    }

    // This file is Sources/ProceedingsFormats/Validators/TEIAllSchema.swift.
    private static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
