import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The tools that check linked data from outside: serdi and rapper (Debian), and the pinned Python
/// tools in .tools/venv (scripts/install-deps). A missing tool fails the test that needs it.
enum RDFTools {
    static let venv = Tool.packageRoot.appendingPathComponent(".tools/venv/bin")
    static let python = venv.appendingPathComponent("python").path
    static let oxigraph = venv.appendingPathComponent("oxigraph").path
    static let checkScript = Tool.packageRoot.appendingPathComponent("scripts/check-rdf.py").path

    struct Missing: Error, CustomStringConvertible {
        var tool: String
        var description: String { "\(tool) is missing: run scripts/install-deps" }
    }

    static func require(_ path: String) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(tool: path) }
        return path
    }

    static func check(_ arguments: [String]) throws -> Tool.Result {
        try Tool.run([checkScript] + arguments, executable: try require(python))
    }

    /// A port nothing listens on now, from the kernel.
    static func freePort() throws -> UInt16 {
        let listener = try Listener()
        defer { listener.close() }
        return listener.port
    }

    /// A socket on 127.0.0.1 that accepts connections into its backlog and never answers.
    final class Listener {
        let descriptor: Int32
        let port: UInt16

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            self.descriptor = descriptor
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                    bind(descriptor, generic, length) == 0 && listen(descriptor, 8) == 0
                        && getsockname(descriptor, generic, &length) == 0
                }
            }
            guard descriptor >= 0, bound else { throw Missing(tool: "a loopback socket") }
            port = UInt16(bigEndian: address.sin_port)
        }

        func close() { _ = Glibc.close(descriptor) }
    }

    /// An Oxigraph server on 127.0.0.1, in a fresh directory, stopped by `stop`.
    final class Oxigraph {
        let process = Process()
        let port: UInt16
        let directory: URL
        var endpoint: String { "http://127.0.0.1:\(port)/store" }

        init(readOnlyOver existing: URL? = nil) throws {
            port = try freePort()
            directory = try existing ?? Tool.temporaryDirectory()
            process.executableURL = URL(fileURLWithPath: try require(oxigraph))
            process.arguments = [existing == nil ? "serve" : "serve-read-only", "--location", directory.path,
                                 "--bind", "127.0.0.1:\(port)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Bounded: 20 s at most, then the test fails rather than waits.
            for _ in 0..<200 {
                if (try? query("ASK {}")) != nil { return }
                guard process.isRunning else { break }
                usleep(100_000)
            }
            stop()
            throw Missing(tool: "an Oxigraph server answering on 127.0.0.1:\(port)")
        }

        /// SIGKILL: the test runner blocks SIGTERM in the processes it starts, and a server killed
        /// mid-write is what the store's own transactions are for.
        func stop() {
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
        }

        /// A SPARQL query over all graphs, answered as CSV.
        func query(_ sparql: String) throws -> String {
            var components = URLComponents(string: "http://127.0.0.1:\(port)/query")!
            components.queryItems = [URLQueryItem(name: "query", value: sparql), URLQueryItem(name: "union-default-graph", value: "")]
            var request = URLRequest(url: components.url!)
            request.setValue("text/csv", forHTTPHeaderField: "Accept")
            request.timeoutInterval = 5
            return try HTTP.send(request)
        }
    }

    enum HTTP {
        struct Failed: Error { var reason: String }

        final class Box: @unchecked Sendable {
            var result: Result<String, Failed> = .failure(Failed(reason: "no answer"))
        }

        static func send(_ request: URLRequest) throws -> String {
            let box = Box()
            let done = DispatchSemaphore(value: 0)
            let session = URLSession(configuration: .ephemeral)
            defer { session.finishTasksAndInvalidate() }
            session.dataTask(with: request) { data, response, error in
                if let status = (response as? HTTPURLResponse)?.statusCode, (200..<300).contains(status), let data {
                    box.result = .success(String(decoding: data, as: UTF8.self))
                } else {
                    box.result = .failure(Failed(reason: "\(error.map { "\($0)" } ?? "HTTP \((response as? HTTPURLResponse)?.statusCode ?? 0)")"))
                }
                done.signal()
            }.resume()
            guard done.wait(timeout: .now() + 10) == .success else { throw Failed(reason: "no answer in 10 s") }
            return try box.result.get()
        }
    }
}
