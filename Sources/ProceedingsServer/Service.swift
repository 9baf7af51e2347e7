import Foundation
import Hummingbird
import NIOCore
public import ProceedingsKit

/// The validation service behind `proceedings serve`: the library's validator and exporters over HTTP.
public struct ServiceOptions: Sendable {
    public var host: String
    public var port: Int
    /// Largest request body read, in bytes; larger ones are answered 413 unread.
    public var maxUpload: Int
    /// How long a request may take: a client sending nothing for that long is disconnected, and
    /// validation or conversion running longer is answered 503.
    public var timeout: Duration
    /// Validations and conversions at once; more wait in the queue.
    public var maxConcurrent: Int
    /// Requests that may wait for a place, their bodies unread; more are answered 503.
    public var queue: Int
    /// How long a request may wait for a place before it is answered 503.
    public var queueWait: Duration
    /// Eight requests waiting per core: enough that sixteen clients at once on two cores all wait
    /// rather than be refused, while what waits (a connection and its request head) stays small.
    public static var defaultQueue: Int { 8 * ProcessInfo.processInfo.activeProcessorCount }
    public var schemaDirectory: String?
    /// The genre's words that uploaded summaries are read with.
    public var lexicon: GenreLexicon
    /// Partners' ISO Schematron schemas applied to every uploaded XML file, in `phase`.
    public var schematrons: [String]
    public var phase: String?
    /// The formats uploads are recognised among, read and written in.
    public var formats: FormatRegistry

    public init(host: String = "127.0.0.1", port: Int = 8080, maxUpload: Int = 20 * 1024 * 1024,
                timeout: Duration = .seconds(60), maxConcurrent: Int, queue: Int = defaultQueue, queueWait: Duration = .seconds(10),
                schemaDirectory: String? = nil, lexicon: GenreLexicon = .builtIn,
                schematrons: [String] = [], phase: String? = nil, formats: FormatRegistry = .standard) {
        self.lexicon = lexicon
        self.formats = formats
        self.schematrons = schematrons
        self.phase = phase
        self.host = host
        self.port = port
        self.maxUpload = maxUpload
        self.timeout = timeout
        self.maxConcurrent = maxConcurrent
        self.queue = queue
        self.queueWait = queueWait
        self.schemaDirectory = schemaDirectory
    }
}

public enum ValidationService {
    /// Compiles the schemas (throwing if they cannot be loaded), then serves until SIGINT or SIGTERM.
    /// `onListening` gets the bound port, which differs from the asked one with port 0.
    public static func run(_ options: ServiceOptions, onListening: @escaping @Sendable (Int) -> Void) async throws {
        let validator = try SubmissionValidator(schema: .project(directory: options.schemaDirectory),
                                                schematrons: options.schematrons, phase: options.phase,
                                                limits: .init(maxSize: options.maxUpload), lexicon: options.lexicon,
                                                formats: options.formats)
        let handlers = Handlers(validator: validator, options: options, gate: Gate(limit: options.maxConcurrent, queue: options.queue))
        let router = Router(context: ServiceContext.self)
        router.add(middleware: ErrorMiddleware())
        handlers.register(on: router)
        let app = Application(
            router: router,
            server: .http1(configuration: .init(additionalChannelHandlers: [ConnectionWatcher()],
                                                idleTimeout: .nanoseconds(options.timeout.nanoseconds))),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "proceedings/\(ProceedingsKit.version)"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? options.port) }
        )
        try await app.runService()
    }
}

/// The request's context with its connection, whose watcher tells a request waiting for a place
/// that its client has gone.
struct ServiceContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

/// Every error leaves as `{"error": ..., "status": N}`, with the findings for 422; nothing internal
/// (paths, stack) is shown for a 500.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            return Self.response(error)
        } catch let error as any HTTPResponseError {
            let status = Int(error.status.code)
            let message = status == 413 ? "the request body is larger than the upload limit" : error.status.reasonPhrase.lowercased()
            return Self.response(ServiceError(status: status, message: message))
        } catch {
            context.logger.error("internal error: \(error)")
            return Self.response(ServiceError(status: 500, message: "internal error"))
        }
    }

    struct Body: Encodable {
        var error: String
        var status: Int
        var findings: [Finding]?
    }

    static func response(_ error: ServiceError) -> Response {
        let body = Body(error: error.message, status: error.status, findings: error.findings.isEmpty ? nil : error.findings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let bytes = (try? encoder.encode(body)).map { [UInt8]($0) + [0x0A] } ?? Array("{\"error\":\"internal error\",\"status\":500}\n".utf8)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if error.status == 503 { headers[.retryAfter] = "5" }
        return Response(status: .init(code: error.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
