import Foundation
import Hummingbird
import ProceedingsKit

/// A file as it arrived: its bytes and a label that is shown, never used as a path.
struct Upload: Sendable {
    /// `<upload>` for pasted text and a body sent without a name: like standard input, no source's
    /// name, so that it names no record (`Ids.record`).
    var name: String
    var bytes: [UInt8]
}

struct Handlers: Sendable {
    let validator: SubmissionValidator
    let options: ServiceOptions
    let gate: Gate

    func register(on router: Router<ServiceContext>) {
        router.get("/health") { _, _ in
            let (working, waiting, refused) = gate.state
            return json(Health(status: "ok", version: ProceedingsKit.version, working: working, waiting: waiting, refused: refused))
        }
        router.get("/") { _, _ in
            html(Pages.form(maxUpload: options.maxUpload))
        }
        router.post("/api/validate") { request, context in
            let strict = ["1", "true", "yes"].contains(request.uri.queryParameters["strict"].map(String.init) ?? "")
            let (report, _) = try await validate(request, context: context, strict: strict)
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: try report.render(.json))))
        }
        router.post("/validate") { request, context in
            let (report, uploads) = try await validate(request, context: context, strict: false)
            return html(Pages.result(report, uploads: uploads))
        }
        router.post("/api/convert") { request, context in
            try await convert(request, context: context)
        }
        router.get("/review") { _, _ in
            html(ReviewPage.form(maxUpload: options.maxUpload))
        }
        router.post("/review") { request, context in
            try await review(request, context: context)
        }
    }

    /// The review view of an uploaded summary (form field `summary`), with the corrections file
    /// uploaded beside it (`corrections`) applied as `convert --corrections` applies it.
    private func review(_ request: Request, context: ServiceContext) async throws -> Response {
        try await enter(context)
        let parts: [FormPart]
        do { parts = try await formParts(request) } catch { gate.leave(); throw error }
        guard let summary = parts.first(where: { $0.name == "summary" && !$0.bytes.isEmpty }) else {
            gate.leave()
            throw ServiceError(status: 400, message: "the form holds no summary (a file in the field \"summary\")")
        }
        let correctionsPart = parts.first { $0.name == "corrections" && !$0.bytes.isEmpty }
        let name = Label.clean(summary.fileName ?? "")
        let review = try await withDeadline(options.timeout, gate: gate) { () -> ReviewPage.Review in
            let result = PlainTextImporter.importRecord(summary.bytes, fileName: name, lexicon: options.lexicon)
            var record = result.record
            var findings = result.findings
            var previous: [CorrectionsFile.Row] = []
            var correctionsSummary: String?
            if let correctionsPart {
                let (file, parseFindings) = CorrectionsFile.parse(correctionsPart.bytes, fileName: Label.clean(correctionsPart.fileName ?? "corrections.csv"))
                findings += parseFindings
                previous = file.rows
                if let read = record {
                    var run = CorrectionsFile.Run(file)
                    let applied = run.apply(read)
                    record = applied.record
                    findings += applied.findings
                    correctionsSummary = run.summary
                }
            }
            return ReviewPage.Review(fileName: name, source: summary.bytes, record: record, explanations: result.explanations,
                                     findings: findings, previous: previous, correctionsSummary: correctionsSummary)
        }
        let nonce = ReviewPage.nonce()
        var response = html(ReviewPage.page(review, nonce: nonce))
        response.headers[.contentSecurityPolicy] = ReviewPage.contentSecurityPolicy(nonce: nonce)
        return response
    }

    /// The parts of a multipart form, under the upload limit, each with its field's name.
    private func formParts(_ request: Request) async throws -> [FormPart] {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > options.maxUpload {
            throw ServiceError(status: 413, message: "the request body has \(length) bytes, more than the upload limit of \(options.maxUpload)")
        }
        let body = Array(try await request.body.collect(upTo: options.maxUpload).readableBytesView)
        let boundary: String?
        do { boundary = try Multipart.boundary(contentType: request.headers[.contentType] ?? "") } catch {
            throw ServiceError(status: 400, message: error.description)
        }
        guard let boundary else { throw ServiceError(status: 415, message: "send the summary as multipart/form-data") }
        do { return try Multipart.parse(body, boundary: boundary) } catch {
            throw ServiceError(status: 400, message: "the multipart body cannot be read: \(error.description)")
        }
    }

    // MARK: - Validation and conversion

    private func validate(_ request: Request, context: ServiceContext, strict: Bool) async throws -> (ValidationReport, [Upload]) {
        try await enter(context)
        let uploads: [Upload]
        do { uploads = try await read(request) } catch { gate.leave(); throw error }
        return try await withDeadline(options.timeout, gate: gate) { [validator] in
            // What could not be evaluated in a Schematron schema is part of every answer, as on the command
            // line, under the schema's file name only: where the server keeps it is none of a client's business.
            let schemas = validator.schemaReports.map { report in
                FileReport(path: Label.clean(report.path), format: report.format, findings: report.findings.map(Self.labelled))
            }
            let files = schemas + uploads.map { upload in
                let report = validator.validate(upload.bytes, name: upload.name)
                // A finding that points into a schema (an expression stopped on this file) names it alone too.
                return FileReport(path: report.path, format: report.format, findings: report.findings.map(Self.labelled),
                                  unreadable: report.unreadable)
            }
            return (ValidationReport(files: files, strict: strict), uploads)
        }
    }

    /// The finding with its file named by its last path component, as uploads are.
    private static func labelled(_ finding: Finding) -> Finding {
        var copy = finding
        copy.file = Label.clean(finding.file)
        return copy
    }

    /// What `?to=` may name, as the API has offered them: files of one record, and a table of the
    /// CSV table group (`?table=`).
    static let targets = ["tei", "ttl", "nt", "csv"]

    private func convert(_ request: Request, context: ServiceContext) async throws -> Response {
        let query = request.uri.queryParameters
        let targets = Self.targets.compactMap(options.formats.format(named:))
        guard let to = query["to"].map(String.init) else {
            throw ServiceError(status: 400, message: "give the format with ?to=\(targets.listed)")
        }
        guard let target = targets.first(where: { $0.name == to }) else {
            throw ServiceError(status: 415, message: "cannot convert to '\(to)'; choose \(targets.listed)")
        }
        let table = query["table"].map(String.init) ?? "events.csv"
        try await enter(context)
        let uploads: [Upload]
        do { uploads = try await read(request) } catch { gate.leave(); throw error }
        guard uploads.count == 1 else {
            gate.leave()
            throw ServiceError(status: 400, message: "convert takes exactly one file; this request has \(uploads.count)")
        }
        let upload = uploads[0]
        let (bytes, type, fileName) = try await withDeadline(options.timeout, gate: gate) { () throws -> ([UInt8], String, String) in
            let format = options.formats.recognise(upload.bytes, fileName: upload.name)
            let (imported, findings) = format.importRecord(upload.bytes, fileName: upload.name, options: ImportOptions(lexicon: options.lexicon))
            guard let record = imported else {
                throw ServiceError(status: 422, message: "the input could not be read as a summary", findings: findings)
            }
            guard target.collectionFolder != nil else {
                return (try target.export(record), target.contentType, "\(record.id).\(target.fileExtension)")
            }
            let collection = try target.openCollection(in: nil, options: ExportOptions())
            try collection.append(record, source: nil)
            let outputs = try collection.close()
            guard let output = outputs.first(where: { $0.file == table }) else {
                throw ServiceError(status: 400, message: "no table '\(table)'; choose one of \(outputs.map(\.file).joined(separator: ", "))")
            }
            let type = output.file.hasSuffix(".json") ? "application/csvm+json" : target.contentType
            return (output.bytes, type, output.file)
        }
        return Response(status: .ok,
                        headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(Label.clean(fileName))\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Takes a place under the cap, waiting in the queue if need be, before a byte of the body is
    /// read; past the queue's bound the request is answered 503.
    private func enter(_ context: ServiceContext) async throws {
        if gate.tryEnter() { return }
        // Looked up only by a request that waits: the answer to a client already gone goes nowhere,
        // but its place in the queue must not wait out the queue wait.
        let watcher = try? await context.channel.pipeline.handler(type: ConnectionWatcher.self).get()
        switch await gate.enter(waitingAtMost: options.queueWait, watcher: watcher) {
        case .entered:
            return
        case .queueFull:
            throw ServiceError(status: 503, message: gate.queueLimit == 0
                ? "too many validations at once; try again shortly"
                : "too many validations at once, and \(gate.queueLimit) more waiting; try again shortly")
        case .waitedTooLong:
            throw ServiceError(status: 503, message: "no place to validate came free within \(options.queueWait.secondsText) seconds; try again shortly")
        case .gone:
            throw ServiceError(status: 503, message: "the client closed the connection while it waited")
        }
    }

    // MARK: - Reading the request

    /// The files of a raw body (labelled by `X-Filename` or `?name=`) or of a multipart form, under
    /// the upload limit: a Content-Length over it is refused unread, a body growing past it is cut.
    private func read(_ request: Request) async throws -> [Upload] {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > options.maxUpload {
            throw ServiceError(status: 413, message: "the request body has \(length) bytes, more than the upload limit of \(options.maxUpload)")
        }
        let body = Array(try await request.body.collect(upTo: options.maxUpload).readableBytesView)
        let contentType = request.headers[.contentType] ?? "application/octet-stream"
        let boundary: String?
        do { boundary = try Multipart.boundary(contentType: contentType) } catch {
            throw ServiceError(status: 400, message: error.description)
        }
        guard let boundary else {
            let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            // Any other type is the file itself (curl's default form type included); only another
            // multipart type would be read wrongly as one file.
            if mediaType.hasPrefix("multipart/") {
                throw ServiceError(status: 415, message: "\(mediaType) is not accepted; send the file as the raw body or as multipart/form-data")
            }
            let name = request.headers.first(where: { $0.name.canonicalName == "x-filename" })?.value ?? request.uri.queryParameters["name"].map(String.init)
            return [Upload(name: name.map(Label.clean) ?? Label.unnamed, bytes: body)]
        }
        let parts: [FormPart]
        do { parts = try Multipart.parse(body, boundary: boundary) } catch {
            throw ServiceError(status: 400, message: "the multipart body cannot be read: \(error.description)")
        }
        // A form's file input with nothing chosen sends a part with an empty file name and no bytes.
        let uploads = parts.compactMap { part -> Upload? in
            if let fileName = part.fileName {
                return fileName.isEmpty && part.bytes.isEmpty ? nil : Upload(name: Label.clean(fileName), bytes: part.bytes)
            }
            return part.name == "text" ? Upload(name: Label.unnamed, bytes: part.bytes) : nil
        }
        guard !uploads.isEmpty else { throw ServiceError(status: 400, message: "the form holds no file") }
        return uploads
    }
}

/// What a client calls its file is only ever a label in the report: the last path component,
/// without control characters or quotes, at most 200 characters.
enum Label {
    /// The name of an upload that has none.
    static let unnamed = "<upload>"

    static func clean(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) && $0 != "\"" }
        let label = String(String.UnicodeScalarView(kept.prefix(200))).trimmingCharacters(in: .whitespaces)
        return label.isEmpty || label == "." || label == ".." ? unnamed : label
    }
}

/// `GET /health`: alive, and how busy: requests working and waiting now, and refused since the
/// start because the queue was full or a place did not come within the queue wait.
struct Health: Encodable {
    var status: String
    var version: String
    var working: Int
    var waiting: Int
    var refused: Int
}

func json(_ object: some Encodable) -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let bytes = ((try? encoder.encode(object)).map { [UInt8]($0) } ?? []) + [0x0A]
    return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
}

func html(_ page: String) -> Response {
    Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
}
