import ArgumentParser

/// `--schemas`, `--schematron` and `--phase`, shared by validate and serve, which check the same
/// files the same way: the one on the command line, the other on uploads.
struct SchematronOptions: ParsableArguments {
    @Option(help: "Directory holding the project's schemas (default: $PROCEEDINGS_SCHEMAS, the install prefix, then the source tree).")
    var schemas: String?

    @Option(name: .customLong("schematron"), help: ArgumentHelp("An ISO Schematron schema applied to every XML file (local includes only). Repeatable.", valueName: "file.sch"))
    var schematrons: [String] = []

    @Option(help: ArgumentHelp("The Schematron phase to run (default: each schema's defaultPhase, else #ALL).", valueName: "name"))
    var phase: String?

    func validate() throws {
        // A phase names patterns of a schema: without one it would be silently ignored.
        if phase != nil, schematrons.isEmpty { throw ValidationError("--phase needs a schema: give it with --schematron FILE.sch") }
    }
}
