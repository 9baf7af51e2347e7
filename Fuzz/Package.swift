// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the readers of untrusted input. Built apart from the main package because
// a fuzz target has no main of its own: `make fuzz` builds this package with
// `-sanitize=fuzzer,address` and runs each target for a bounded time.
let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "ProceedingsFuzz",
    dependencies: [.package(name: "Proceedings", path: "..")],
    targets: [.target(name: "FuzzSupport")] + ["FuzzPlainText", "FuzzInterchangeXML", "FuzzTEI", "FuzzLinkedData", "FuzzCSV"].map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "ProceedingsKit", package: "Proceedings")],
                          swiftSettings: fuzzSettings)
    },
    swiftLanguageModes: [.v6]
)
