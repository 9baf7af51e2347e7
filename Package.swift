// swift-tools-version: 6.1
import PackageDescription

// Strictness is package-wide so that no target quietly opts out.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Proceedings",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ProceedingsKit", targets: ["ProceedingsKit"]),
        .executable(name: "proceedings", targets: ["proceedings"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
    ],
    targets: [
        // The only door to libxml2; only ProceedingsXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The only door to serd, for RDF; only ProceedingsRDF imports it.
        .systemLibrary(
            name: "CSerd",
            pkgConfig: "serd-0",
            providers: [.apt(["libserd-dev"])]
        ),
        // The record and its parts, the id policy, and the findings and rule ids every layer returns:
        // Sendable values that depend on nothing of ours, so that every layer above can speak them.
        .target(
            name: "ProceedingsModel",
            // Ids digests a key too long for an id (SHA-256).
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        // The libxml2 wrapper: parsing, XPath, XSD, writing. The only target that imports CLibXML2;
        // no C pointer leaves it.
        .target(
            name: "ProceedingsXML",
            dependencies: ["CLibXML2", "ProceedingsModel"],
            swiftSettings: strictSettings
        ),
        // The serd wrapper: RDF terms, IRIs, and reading and writing the syntaxes. The only target that
        // imports CSerd; no C pointer leaves it.
        .target(
            name: "ProceedingsRDF",
            dependencies: ["CSerd", "ProceedingsModel"],
            swiftSettings: strictSettings
        ),
        // The formats: the registry, each format's importer, exporter and validation, the names they
        // share (namespaces, the vocabulary, CSV columns), the lexicon, the corrections and the reports.
        .target(
            name: "ProceedingsFormats",
            dependencies: [
                "ProceedingsModel",
                "ProceedingsXML",
                "ProceedingsRDF",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            // The genre's lexicon is data, compiled into the library so that the binary needs no files beside it.
            resources: [.embedInCode("Resources/genre-lexicon.json")],
            swiftSettings: strictSettings
        ),
        // The run, and the library its users import: the batch, identity across a run, the run's
        // folder, diff and publishing; it re-exports every target below it.
        .target(
            name: "ProceedingsKit",
            dependencies: [
                "ProceedingsModel",
                "ProceedingsXML",
                "ProceedingsRDF",
                "ProceedingsFormats",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strictSettings
        ),
        // The validation service: HTTP stays out of the library, which knows nothing of requests.
        .target(
            name: "ProceedingsServer",
            dependencies: [
                "ProceedingsKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                // The connection's events, for a request waiting for a place whose client goes away.
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "proceedings",
            dependencies: [
                "ProceedingsKit",
                "ProceedingsServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ProceedingsKitTests",
            // The lower targets too, for the tests that reach their internals (`@testable import`).
            dependencies: ["ProceedingsKit", "ProceedingsModel", "ProceedingsXML", "ProceedingsRDF", "ProceedingsFormats"],
            swiftSettings: strictSettings
        ),
        // The service's own parts, such as the multipart reader, without a server; and the service
        // in-process where a test gives it what the binary cannot (a format made up in the test).
        .testTarget(
            name: "ProceedingsServerTests",
            dependencies: ["ProceedingsServer", "ProceedingsKit", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        // Runs the built `proceedings` binary and checks stdout, stderr and the exit status.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["proceedings"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
