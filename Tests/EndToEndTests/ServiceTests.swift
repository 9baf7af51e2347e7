import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `proceedings serve` on 127.0.0.1, on a port the system chose, stopped by the test that started it.
final class RunningService {
    let process = Process()
    let port: Int
    private let scratch: URL

    init(_ arguments: [String] = []) throws {
        scratch = try Tool.temporaryDirectory()
        let outURL = scratch.appendingPathComponent("stdout")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        process.executableURL = Tool.binary
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"] + arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The service prints its port once it listens; waited for, but not forever.
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while found == nil, Date() < deadline, process.isRunning {
            let text = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
            found = text.split(separator: ":").last.flatMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "/\n"))) }
            if found == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let found else {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: scratch)
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the service did not start"])
        }
        port = found
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: scratch)
    }

    struct Answer {
        var status: Int
        var body: Data
        var headers: [String: String]
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    }

    func request(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:], streamed: Bool = false) async throws -> Answer {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: 30)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        // A stream has no length known in advance: sent chunked, so only the collected size can be checked.
        if streamed, let body { request.httpBodyStream = InputStream(data: body) } else { request.httpBody = body }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields { fields[String(describing: key).lowercased()] = String(describing: value) }
        return Answer(status: http.statusCode, body: data, headers: fields)
    }

    static func multipart(_ files: [(name: String, bytes: Data)], boundary: String = "proceedings-test-boundary") -> (Data, String) {
        var body = Data()
        for file in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\nContent-Type: text/plain\r\n\r\n".utf8)
            body += file.bytes + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return (body, "multipart/form-data; boundary=\(boundary)")
    }
}

/// A file with a finding on a known line: an entity declaration, which the XML reader refuses.
let brokenXML = Data("""
    <?xml version="1.0"?>
    <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <record xmlns="urn:x">&x;</record>

    """.utf8)

@Suite(.serialized) struct ServiceTests {
    let seed = try! Data(contentsOf: URL(fileURLWithPath: Tool.seed(0)))

    @Test func healthAndPage() async throws {
        let service = try RunningService()
        defer { service.stop() }
        let health = try await service.request("GET", "/health")
        #expect(health.status == 200)
        #expect(health.json["status"] as? String == "ok")
        #expect(health.json["version"] as? String != nil)
        for field in ["working", "waiting", "refused"] { #expect(health.json[field] as? Int == 0, "\(field)") }
        let page = try await service.request("GET", "/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.text.contains("enctype=\"multipart/form-data\""))
        // Nothing is loaded from elsewhere: no external stylesheet, script or image.
        #expect(!page.text.contains("src=") && !page.text.contains("<link"))
        let missing = try await service.request("GET", "/nowhere")
        #expect(missing.status == 404)
        #expect(missing.json["status"] as? Int == 404)
    }

    /// The API answers exactly what `validate --report json` writes, for good and hostile input alike.
    @Test func validateMatchesTheCommandLine() async throws {
        let service = try RunningService()
        defer { service.stop() }
        for input in [seed, brokenXML] {
            let cli = try Tool.run(["validate", "--report", "json", "-"], stdin: input)
            let api = try await service.request("POST", "/api/validate", body: input, headers: ["X-Filename": "<stdin>"])
            #expect(api.status == 200)
            #expect(api.headers["content-type"]?.hasPrefix("application/json") == true)
            #expect(api.text == cli.stdout)
        }
        let strict = try await service.request("POST", "/api/validate?strict=true&name=a.txt", body: seed)
        #expect(strict.json["strict"] as? Bool == true)
    }

    /// A client's file name is a label: no directory in it survives, and nothing is written anywhere.
    @Test func uploadedNamesAreLabels() async throws {
        let service = try RunningService()
        defer { service.stop() }
        let byHeader = try await service.request("POST", "/api/validate", body: seed, headers: ["X-Filename": "../../tmp/evil.txt"])
        #expect((byHeader.json["files"] as? [[String: Any]])?.first?["path"] as? String == "evil.txt")
        let byQuery = try await service.request("POST", "/api/validate?name=..%2F..%2Ftmp%2Fev%01il.txt", body: seed)
        #expect((byQuery.json["files"] as? [[String: Any]])?.first?["path"] as? String == "evil.txt")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/evil.txt"))
    }

    @Test func multipartUploadOfSeveralFiles() async throws {
        let service = try RunningService()
        defer { service.stop() }
        let (body, type) = RunningService.multipart([("seed.txt", seed), ("broken.xml", brokenXML)])
        let answer = try await service.request("POST", "/api/validate", body: body, headers: ["Content-Type": type])
        #expect(answer.status == 200)
        let files = answer.json["files"] as? [[String: Any]] ?? []
        #expect(files.map { $0["path"] as? String } == ["seed.txt", "broken.xml"])
        #expect(files.map { $0["status"] as? String } == ["valid", "invalid"])
        // A name given only as RFC 8187's filename* still makes the part a file, with its name decoded.
        let boundary = "b0undary"
        let form = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt\r\n\r\n".utf8)
            + seed + Data("\r\n--\(boundary)--\r\n".utf8)
        let extended = try await service.request("POST", "/api/validate", body: form,
                                                 headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"])
        #expect((extended.json["files"] as? [[String: Any]])?.map { $0["path"] as? String } == ["résumé.txt"])
    }

    /// The result page: summary first, findings by file with the offending line highlighted and
    /// escaped, and the downloads of a valid summary.
    @Test func resultPage() async throws {
        let service = try RunningService()
        defer { service.stop() }
        let (body, type) = RunningService.multipart([("seed.txt", seed), ("broken.xml", brokenXML)])
        let page = try await service.request("POST", "/validate", body: body, headers: ["Content-Type": type])
        #expect(page.status == 200)
        let html = page.text
        let summary = try #require(html.range(of: "id=\"summary\">2 files: 1 valid, 1 invalid"))
        let seedSection = try #require(html.range(of: "<h2>seed.txt"))
        let brokenSection = try #require(html.range(of: "<h2>broken.xml"))
        #expect(summary.lowerBound < seedSection.lowerBound && seedSection.lowerBound < brokenSection.lowerBound)
        #expect(html.contains("<span class=\"hit\"><span class=\"ln\">2</span>&lt;!DOCTYPE r [&lt;!ENTITY x SYSTEM &quot;file:///etc/passwd&quot;&gt;]&gt;</span>"))
        #expect(html.contains("<span class=\"ln\">1</span>&lt;?xml"))
        #expect(!html.contains("<!DOCTYPE r"))
        #expect(html.contains("formaction=\"/api/convert?to=tei\"") && html.contains("formaction=\"/api/convert?to=ttl\""))
        #expect(html.components(separatedBy: "class=\"downloads\"").count == 2)
    }

    /// Each conversion is what `convert` writes for the same input.
    @Test func convert() async throws {
        let service = try RunningService()
        defer { service.stop() }
        for (format, type) in [("tei", "application/tei+xml"), ("ttl", "text/turtle"), ("nt", "application/n-triples")] {
            let answer = try await service.request("POST", "/api/convert?to=\(format)", body: seed,
                                                   headers: ["X-Filename": URL(fileURLWithPath: Tool.seed(0)).lastPathComponent])
            #expect(answer.status == 200)
            #expect(answer.headers["content-type"]?.hasPrefix(type) == true)
            #expect(answer.headers["content-disposition"]?.hasPrefix("attachment; filename=") == true)
            // The service does not know where the upload came from: its TEI names the source file
            // alone, as `convert` does when the TEI is seen from the source's own folder.
            let cli = try Tool.run(["convert", "--to", format, Tool.seed(0)], workingDirectory: Tool.samples)
            #expect(answer.text == cli.stdout, "\(format)")
        }
        let csv = try await service.request("POST", "/api/convert?to=csv&table=persons.csv", body: seed)
        #expect(csv.status == 200)
        #expect(csv.headers["content-type"]?.hasPrefix("text/csv") == true)
        #expect(csv.text.hasPrefix("person_id,name,"))
        #expect(csv.headers["content-disposition"] == "attachment; filename=\"persons.csv\"")
        // The result page's download form posts the text as a field of a form.
        let boundary = "b0undary"
        let form = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n".utf8) + seed
            + Data("\r\n--\(boundary)--\r\n".utf8)
        let tei = try await service.request("POST", "/api/convert?to=tei", body: form,
                                            headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"])
        #expect(tei.status == 200)
        #expect(tei.text.contains("http://www.tei-c.org/ns/1.0"))
        // Pasted text and a body without a name are no file: the date and the title name the record,
        // not a placeholder that every upload would share.
        #expect(tei.headers["content-disposition"] == "attachment; filename=\"2003-02-25-international-symposium-on-human-security.tei.xml\"")
        let unnamed = try await service.request("POST", "/api/convert?to=ttl", body: seed)
        #expect(unnamed.headers["content-disposition"] == "attachment; filename=\"2003-02-25-international-symposium-on-human-security.ttl\"")
    }

    @Test func errorStatuses() async throws {
        let service = try RunningService(["--max-upload", "1K"])
        defer { service.stop() }
        func expectError(_ answer: RunningService.Answer, _ status: Int, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(answer.status == status, sourceLocation: sourceLocation)
            #expect(answer.json["status"] as? Int == status, sourceLocation: sourceLocation)
            #expect(answer.json["error"] is String, sourceLocation: sourceLocation)
            #expect(answer.headers["content-type"]?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
        }
        let small = Data("Symposium\n".utf8)
        expectError(try await service.request("POST", "/api/convert", body: small), 400)
        expectError(try await service.request("POST", "/api/convert?to=csv&table=nothing.csv", body: seed.prefix(1000)), 400)
        expectError(try await service.request("POST", "/api/validate", body: small, headers: ["Content-Type": "multipart/form-data"]), 400)
        let unreadableForm = try await service.request("POST", "/api/validate", body: small, headers: ["Content-Type": "multipart/form-data; boundary=x"])
        expectError(unreadableForm, 400)
        #expect(unreadableForm.json["error"] as? String == "the multipart body cannot be read: no boundary line in the body (lines end with CRLF)")
        expectError(try await service.request("POST", "/api/convert?to=pdf", body: small), 415)
        expectError(try await service.request("POST", "/api/validate", body: small, headers: ["Content-Type": "multipart/mixed; boundary=x"]), 415)
        let unreadable = try await service.request("POST", "/api/convert?to=tei", body: Data())
        expectError(unreadable, 422)
        #expect((unreadable.json["findings"] as? [[String: Any]])?.isEmpty == false)
        // Over the limit: refused by its Content-Length, or cut when sent without one.
        let large = Data(repeating: UInt8(ascii: "a"), count: 4096)
        expectError(try await service.request("POST", "/api/validate", body: large), 413)
        expectError(try await service.request("POST", "/api/validate", body: large, streamed: true), 413)
        // The service is still there after all of it.
        #expect(try await service.request("GET", "/health").status == 200)
    }

    /// With one validation allowed at a time and no queue, a client that holds it by sending its
    /// body slowly makes the next request 503; once the silent client is disconnected, validation
    /// works again. (ServiceQueueTests has the same with a queue.)
    @Test func concurrencyCapAndTimeout() async throws {
        let service = try RunningService(["--max-concurrent", "1", "--queue", "0", "--timeout", "3"])
        defer { service.stop() }
        let head = "POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\npartial"
        var socket = try RawClient(port: service.port)
        defer { socket.close() }
        try socket.send(head)
        // The slow client must hold the place before the others ask; on a loaded machine one of
        // them may come first and the slow client is the one answered 503: then it starts again.
        // Meanwhile it sends a byte now and then, so that it is slow but never silent.
        var busy = RunningService.Answer(status: 0, body: Data(), headers: [:])
        let busyDeadline = Date().addingTimeInterval(15)
        while busy.status != 503, Date() < busyDeadline {
            try await Task.sleep(for: .milliseconds(300))
            if socket.answered() || (try? socket.send("a")) == nil {
                socket.close()
                socket = try RawClient(port: service.port)
                try socket.send(head)
                continue
            }
            busy = try await service.request("POST", "/api/validate", body: seed)
        }
        #expect(busy.status == 503)
        #expect(busy.json["status"] as? Int == 503)
        #expect(busy.headers["retry-after"] != nil)
        // The idle timeout (3 s) disconnects the silent client and gives its place back.
        var status = 0
        let deadline = Date().addingTimeInterval(15)
        while status != 200, Date() < deadline {
            try await Task.sleep(for: .milliseconds(250))
            status = try await service.request("POST", "/api/validate", body: seed).status
        }
        #expect(status == 200)
        #expect(socket.isClosedByPeer())
    }

    /// With every place taken by a client that sends its body slowly and no queue, each of several
    /// requests sent together is answered 503 at once, and the slow clients are still served in the end.
    @Test func requestsPastTheCapAreTurnedAway() throws {
        let places = 2, excess = 3, length = 1000
        let service = try RunningService(["--max-concurrent", "\(places)", "--queue", "0"])
        let port = service.port
        defer { service.stop() }
        let head = "POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(length)\r\n\r\na"
        var holders = try (0..<places).map { _ in try RawClient(port: port) }
        defer { holders.forEach { $0.close() } }
        for holder in holders { try holder.send(head) }
        // A probe that finds the places full proves the slow clients hold them all. A probe may
        // also come first and take a place, so that a slow client is the one turned away: it
        // starts again.
        var probe = 0
        let deadline = Date().addingTimeInterval(15)
        while probe != 503, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            for index in holders.indices where holders[index].answered() {
                holders[index].close()
                holders[index] = try RawClient(port: port)
                try holders[index].send(head)
            }
            probe = try RawClient.post(port: port, "/api/validate", body: brokenXML).status
        }
        #expect(probe == 503)
        let seed = seed
        let turnedAway = try onThreads(excess) { _ in try RawClient.post(port: port, "/api/validate", body: seed) }.map { try $0.get() }
        for answer in turnedAway {
            #expect(answer.status == 503)
            #expect(answer.json["error"] as? String == "too many validations at once; try again shortly")
            #expect(answer.headers["retry-after"] == "5")
        }
        for holder in holders {
            try holder.send(String(repeating: "a", count: length - 1))
            #expect(try holder.answer().status == 200)
        }
    }

    /// Clients that each wait for their answer before sending their next request never have more
    /// requests in flight than there are connections: with no more connections than places, none
    /// may be told 503. Each keeps its connection open across requests, as wrk and browsers do.
    @Test func sequentialClientsWithinTheCapAreNeverTurnedAway() throws {
        let clients = 3, requests = 20
        let service = try RunningService(["--max-concurrent", "\(clients)"])
        defer { service.stop() }
        let port = service.port, seed = seed
        let results = onThreads(clients) { _ in
            let connection = try RawClient(port: port)
            defer { connection.close() }
            return try (0..<requests).map { _ in try connection.post("/api/validate", body: seed).status }
        }
        let statuses = try results.flatMap { try $0.get() }
        #expect(statuses.count == clients * requests)
        #expect(statuses.filter { $0 != 200 }.isEmpty, "\(statuses.filter { $0 == 503 }.count) of \(statuses.count) answers were 503")
    }

    /// Validation past `--timeout` is answered 503 with Retry-After, also when as many validations
    /// run as there are cores. The work is real: the largest form the service takes, 100 summaries,
    /// seconds of validation against a deadline of a tenth of a second. That work cannot be
    /// interrupted, so it keeps its places until it ends; then they are free again (without a
    /// queue, a request meanwhile is answered 503 at once).
    @Test func validationPastTheTimeoutIsAnswered503() throws {
        let requests = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let service = try RunningService(["--max-concurrent", "\(requests)", "--queue", "0", "--timeout", "0.1"])
        defer { service.stop() }
        let (form, type) = RunningService.multipart((0..<100).map { ("summary-\($0).txt", seed) })
        let port = service.port
        let started = Date()
        let answers = try onThreads(requests) { _ in
            let connection = try RawClient(port: port)
            defer { connection.close() }
            return try connection.post("/api/validate", body: form, headers: ["Content-Type": type])
        }.map { try $0.get() }
        for answer in answers {
            #expect(answer.status == 503)
            #expect(answer.json["status"] as? Int == 503)
            #expect(answer.json["error"] as? String == "the request took longer than the timeout of 0.1 seconds")
            #expect(answer.headers["retry-after"] == "5")
        }
        // The abandoned work still holds every place; once it ends, a small file is validated again
        // (a later try may itself meet the deadline on a busy machine, hence the loop).
        let busy = try RawClient.post(port: port, "/api/validate", body: brokenXML)
        #expect(busy.status == 503)
        #expect(busy.json["error"] as? String == "too many validations at once; try again shortly")
        var status = 0
        while status != 200, Date().timeIntervalSince(started) < 120 {
            Thread.sleep(forTimeInterval: 0.25)
            status = try RawClient.post(port: port, "/api/validate", body: brokenXML).status
        }
        #expect(status == 200)
    }
}

/// A raw HTTP/1.1 connection, for what URLSession will not do: stop sending in the middle of a
/// body, or keep to one connection that sends each request only once the previous answer is read.
final class RawClient {
    private let descriptor: Int32
    private var received: [UInt8] = []

    init(port: Int) throws {
        descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
        // No answer may be waited for forever.
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            // MSG_NOSIGNAL: a connection the server closed is an error here, not a SIGPIPE that ends the tests.
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw POSIXError(.EIO) }
            sent += count
        }
    }

    /// One request on this connection, and its whole answer (the service always sends a Content-Length).
    func post(_ path: String, body: Data, headers: [String: String] = [:]) throws -> RunningService.Answer {
        var head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        try send(Array((head + "\r\n").utf8) + [UInt8](body))
        return try answer()
    }

    /// One request on a connection of its own.
    static func post(port: Int, _ path: String, body: Data, headers: [String: String] = [:]) throws -> RunningService.Answer {
        let connection = try RawClient(port: port)
        defer { connection.close() }
        return try connection.post(path, body: body, headers: headers)
    }

    /// Reads the next answer in full.
    func answer() throws -> RunningService.Answer {
        let separator: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
        var headEnd: Int?
        while headEnd == nil {
            headEnd = received.indices.dropLast(3).first { received[$0..<($0 + 4)].elementsEqual(separator) }
            if headEnd == nil { try receive() }
        }
        let lines = String(decoding: received[..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { throw POSIXError(.EBADMSG) }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let length = fields["content-length"].flatMap({ Int($0) }) else { throw POSIXError(.EBADMSG) }
        let bodyStart = headEnd! + 4
        while received.count < bodyStart + length { try receive() }
        let body = Data(received[bodyStart..<(bodyStart + length)])
        received.removeFirst(bodyStart + length)
        return RunningService.Answer(status: status, body: body, headers: fields)
    }

    private func receive() throws {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { throw POSIXError(count == 0 ? .ECONNRESET : .ETIMEDOUT) }
        received += buffer[..<count]
    }

    /// The server has answered or closed the connection, without waiting.
    func answered() -> Bool {
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return count >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK)
    }

    /// The server closed the connection (read gives end of file or an error), waited for at most 5 s.
    func isClosedByPeer() -> Bool {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { return true }
            if count < 0 { return errno != EAGAIN && errno != EWOULDBLOCK }
        }
    }

    func close() { Glibc.close(descriptor) }
}

/// Runs `body` once on each of `count` threads of its own, all at once, and waits for every one:
/// blocking socket calls on the concurrency runtime's few threads would run them a core at a time.
func onThreads<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) -> [Result<T, any Error>] {
    let results = Results<T>(count: count)
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            results.set(index, Result { try body(index) })
            group.leave()
        }.start()
    }
    group.wait()
    return results.all
}

private final class Results<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<T, any Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Result<T, any Error>) { lock.withLock { values[index] = value } }
    var all: [Result<T, any Error>] { lock.withLock { values.map { $0! } } }
}

/// Headless Chromium opens the service's page, puts a seed and a broken file into its form, submits
/// it, and the rendered result page is checked; its screenshot is kept as an artifact in
/// `.build/test-artifacts/service-result.png`. Chromium comes from scripts/install-deps; its absence fails.
@Suite struct ServiceBrowserTests {
    @Test func uploadThroughTheFormInChromium() async throws {
        let service = try RunningService()
        defer { service.stop() }
        let scratch = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let broken = scratch.appendingPathComponent("broken.xml")
        try brokenXML.write(to: broken)
        let artifacts = Tool.packageRoot.appendingPathComponent(".build/test-artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let dom = scratch.appendingPathComponent("result.html"), screenshot = artifacts.appendingPathComponent("service-result.png")
        let run = try Tool.run([Tool.packageRoot.appendingPathComponent("scripts/browser-upload.py").path,
                                "http://127.0.0.1:\(service.port)/", dom.path, screenshot.path, Tool.seed(0), broken.path],
                               executable: "/usr/bin/python3")
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: dom, encoding: .utf8)
        // The 2003 seed takes its event's year from the page's date, which is said as a warning.
        #expect(html.contains("id=\"summary\">2 files: 1 valid, 1 invalid, 0 unreadable; 1 error, 1 warning"))
        #expect(html.contains("<h2>2003-02-25_international-symposium-human-security.txt <span class=\"badge ok\">valid</span>"))
        #expect(html.contains("<h2>broken.xml <span class=\"badge bad\">invalid</span>"))
        #expect(html.contains("<span class=\"hit\"><span class=\"ln\">2</span>&lt;!DOCTYPE r"))
        #expect(html.contains("formaction=\"/api/convert?to=ttl\""))
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
    }
}
