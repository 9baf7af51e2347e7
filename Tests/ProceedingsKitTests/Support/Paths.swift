import Foundation

/// Locations in the package, found from this file so that tests run from any directory.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("samples")
    static let seeds = ["2003-02-25_international-symposium-human-security.txt", "2010-02-23_symposium-human-security-asia.txt"]

    /// The project's shared corpus of real summaries, checked out beside the package.
    static let sharedCorpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func sample(_ name: String) -> URL { samples.appendingPathComponent(name) }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// The committed linked-data schemas that `make samples` writes.
    static let rolesFileName = "roles.ttl"
    static let shapesFileName = "proceedings-shapes.ttl"
}
