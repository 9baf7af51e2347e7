internal import Foundation

/// A schema could not be found in any of the places `SchemaLocator` looks.
public struct SchemaLocatorError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable {
        case notFound
    }

    public var code: Code
    public var fileName: String
    /// Every directory looked in, in lookup order.
    public var tried: [String]

    public var description: String {
        "schema \(fileName) not found; looked in:\n" + tried.map { "  \($0)" }.joined(separator: "\n")
    }
}

/// Finds the schema files (`Schemas/` of this package) at run time, never over the network.
///
/// Lookup, first hit wins:
/// 1. the directory given explicitly (a command-line option);
/// 2. the directory in the environment variable `PROCEEDINGS_SCHEMAS`;
/// 3. the install prefix, `<directory of the executable>/../share/proceedings/schemas`;
/// 4. `Schemas/` of the source tree this file was compiled from, for tests and `swift run`.
///
/// An explicit directory or `PROCEEDINGS_SCHEMAS` that lacks the file is an error, not a reason
/// to fall through: a mistyped path must not silently pick up some other copy of the schemas.
public enum SchemaLocator {
    public static let environmentVariable = "PROCEEDINGS_SCHEMAS"

    /// The path of `fileName` (e.g. `proceedings.xsd`) in the first schema directory found.
    public static func locate(_ fileName: String, directory: String? = nil) throws(SchemaLocatorError) -> String {
        try locate(fileName, directory: directory, environment: ProcessInfo.processInfo.environment,
                   executablePath: Bundle.main.executablePath, sourceFile: #filePath)
    }

    static func locate(_ fileName: String, directory: String?, environment: [String: String],
                       executablePath: String?, sourceFile: String) throws(SchemaLocatorError) -> String {
        let candidates = candidates(directory: directory, environment: environment,
                                    executablePath: executablePath, sourceFile: sourceFile)
        var tried: [String] = []
        for (candidate, authoritative) in candidates {
            tried.append(candidate)
            let path = URL(fileURLWithPath: candidate).appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: path) { return path }
            if authoritative { break }
        }
        throw SchemaLocatorError(code: .notFound, fileName: fileName, tried: tried)
    }

    private static func candidates(directory: String?, environment: [String: String],
                                   executablePath: String?, sourceFile: String)
        -> [(directory: String, authoritative: Bool)] {
        if let directory { return [(directory, true)] }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            return [(fromEnvironment, true)]
        }
        var found: [(String, Bool)] = []
        if let executablePath {
            // Resolve symlinks so that a linked `bin/proceedings` still finds its own prefix.
            let binDirectory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
                .deletingLastPathComponent()
            found.append((binDirectory.deletingLastPathComponent()
                .appendingPathComponent("share/proceedings/schemas").standardized.path, false))
        }
        // This file is Sources/ProceedingsFormats/Validators/SchemaLocator.swift.
        let packageRoot = URL(fileURLWithPath: sourceFile).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        found.append((packageRoot.appendingPathComponent("Schemas").standardized.path, false))
        return found
    }
}
