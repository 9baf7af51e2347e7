import ArgumentParser
import Foundation
import ProceedingsKit
import ProceedingsServer

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve validation over HTTP: an upload page, and a JSON API for validate and convert.",
        discussion: """
            GET / is the upload page; POST /validate answers its result page. POST /api/validate \
            (a raw body, or multipart/form-data) answers the JSON report of validate --report json; \
            POST /api/convert?to=tei|ttl|nt|csv[&table=FILE.csv] answers the conversion of one input; \
            GET /health answers {"status":"ok"} with the requests working, waiting and refused. \
            Errors are JSON: {"error": ..., "status": N}.

            At most --max-concurrent requests read and work at once; more wait, first come first \
            served and before their bodies are read, up to --queue of them for up to --queue-wait \
            seconds each. Past that they are answered 503 with Retry-After. A client that closes its \
            connection while it waits gives its place up.

            The schemas are compiled once, at start. Uploads are held in memory for the request \
            only; nothing is written to disk. Stops on SIGINT or SIGTERM.
            """)

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one (printed at start).")
    var port = 8080

    @Option(name: .customLong("max-upload"), help: ArgumentHelp("Largest request body, in bytes (suffixes K, M, G).", valueName: "size"))
    var maxUpload = "20M"

    @Option(help: ArgumentHelp("Seconds a request may take, fractions allowed: a client silent that long is disconnected, "
                               + "a longer validation is answered 503.", valueName: "seconds"))
    var timeout = Seconds(60)

    @Option(name: .customLong("max-concurrent"), help: "Validations and conversions at once (by default, the number of cores); more wait in the queue.")
    var maxConcurrent = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Requests that may wait for a place, their bodies not yet read (by default, 8 per core); "
                               + "more are answered 503. 0 answers 503 at once past --max-concurrent.", valueName: "n"))
    var queue = ServiceOptions.defaultQueue

    @Option(name: .customLong("queue-wait"), help: ArgumentHelp("Seconds a request may wait for a place, fractions allowed; "
                                                                + "then it is answered 503.", valueName: "seconds"))
    var queueWait = Seconds(10)

    @OptionGroup var lexicon: LexiconOption

    @OptionGroup var schematron: SchematronOptions

    func validate() throws {
        guard ByteSize.parse(maxUpload).map({ $0 > 0 }) == true else { throw ValidationError("--max-upload: not a size: \(maxUpload)") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard Seconds.range.contains(timeout.value) else {
            throw ValidationError("--timeout must be between \(Seconds.range.lowerBound) and \(Int(Seconds.range.upperBound)) seconds")
        }
        guard maxConcurrent >= 1 else { throw ValidationError("--max-concurrent must be at least 1") }
        guard queue >= 0 else { throw ValidationError("--queue must be 0 or more") }
        guard Seconds.range.contains(queueWait.value) else {
            throw ValidationError("--queue-wait must be between \(Seconds.range.lowerBound) and \(Int(Seconds.range.upperBound)) seconds")
        }
    }

    func run() throws {
        let options = ServiceOptions(host: host, port: port, maxUpload: ByteSize.parse(maxUpload)!, timeout: .seconds(timeout.value),
                                     maxConcurrent: maxConcurrent, queue: queue, queueWait: .seconds(queueWait.value), schemaDirectory: schematron.schemas, lexicon: try lexicon.load(),
                                     schematrons: schematron.schematrons, phase: schematron.phase)
        // ArgumentParser's entry point here is synchronous; the server runs on the concurrency
        // runtime and ends the process itself, as validate does, with 0 on a clean stop and 2 otherwise.
        Task {
            do {
                try await ValidationService.run(options) { port in
                    // Written unbuffered: a script (or the tests) waits for this line to know the port.
                    FileHandle.standardOutput.write(Data("proceedings: serving on http://\(options.host):\(port)/\n".utf8))
                }
                Foundation.exit(0)
            } catch {
                Terminal.error("proceedings: \(error)")
                Foundation.exit(2)
            }
        }
        dispatchMain()
    }
}

/// `--timeout`, `--queue-wait`: seconds, fractions allowed (`0.5`), shown as written.
struct Seconds: ExpressibleByArgument {
    /// From a millisecond, below which a deadline means nothing, to a day, past which the
    /// nanoseconds of the server's idle timer would no longer fit.
    static let range = 0.001...86_400.0

    var value: Double

    init(_ value: Double) { self.value = value }

    init?(argument: String) {
        guard let value = Double(argument), value.isFinite else { return nil }
        self.value = value
    }

    var defaultValueDescription: String { String(format: "%g", value) }
}
