public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A store reached through the SPARQL 1.1 Graph Store HTTP Protocol. A graph is sent whole in one
/// PUT, which the protocol defines as replacing the graph: publishing twice changes nothing, and a
/// failed request leaves the store's graph as it was.
public struct GraphStore: Sendable {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// Nothing answers at the endpoint.
        case unreachable(endpoint: String, reason: String)
        /// The store answered with an HTTP status other than 2xx.
        case refused(endpoint: String, graph: String, status: Int, body: String)
        case timedOut(endpoint: String, seconds: Double)

        public var description: String {
            switch self {
            case .unreachable(let endpoint, let reason):
                "cannot reach the store at \(endpoint): \(reason)"
            case .refused(let endpoint, let graph, let status, let body):
                "the store at \(endpoint) refused graph <\(graph)>: HTTP \(status)"
                    + (body.isEmpty ? "" : ": " + body)
            case .timedOut(let endpoint, let seconds):
                "the store at \(endpoint) did not answer within \(Self.format(seconds)) seconds"
            }
        }

        private static func format(_ seconds: Double) -> String {
            seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        }
    }

    public struct InvalidEndpoint: Error, Sendable, CustomStringConvertible {
        public var endpoint: String
        public var description: String { "invalid endpoint \"\(endpoint)\": expected an http:// or https:// URL" }
    }

    public let endpoint: URL
    /// For the whole of one request, connecting included.
    public let timeout: Double

    public init(endpoint: String, timeout: Double = 30) throws(InvalidEndpoint) {
        guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil else {
            throw InvalidEndpoint(endpoint: endpoint)
        }
        self.endpoint = url
        self.timeout = timeout
    }

    /// `endpoint?graph=IRI`, the protocol's indirect graph identification.
    public func url(forGraph graph: String) -> URL {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        let encoded = graph.addingPercentEncoding(withAllowedCharacters: allowed) ?? graph
        let separator = endpoint.query == nil ? "?" : "&"
        return URL(string: endpoint.absoluteString + separator + "graph=" + encoded)!
    }

    /// Replaces `graph` with `body`.
    public func put(graph: String, body: [UInt8], mediaType: String) throws(Failure) {
        var request = URLRequest(url: url(forGraph: graph))
        request.httpMethod = "PUT"
        request.httpBody = Data(body)
        request.setValue(mediaType + "; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.timeoutInterval = timeout
        let response = send(request)
        if let error = response.error {
            let code = (error as? URLError)?.code
            if code == .timedOut { throw .timedOut(endpoint: endpoint.absoluteString, seconds: timeout) }
            throw .unreachable(endpoint: endpoint.absoluteString, reason: Self.reason(error))
        }
        guard let http = response.response as? HTTPURLResponse else {
            throw .unreachable(endpoint: endpoint.absoluteString, reason: "no HTTP response")
        }
        guard (200..<300).contains(http.statusCode) else {
            let text = String(decoding: response.data.prefix(300), as: UTF8.self)
                .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
            throw .refused(endpoint: endpoint.absoluteString, graph: graph, status: http.statusCode, body: text)
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch (error as? URLError)?.code {
        case .cannotConnectToHost?: "connection refused"
        case .cannotFindHost?, .dnsLookupFailed?: "host not found"
        case .networkConnectionLost?: "connection lost"
        default: error.localizedDescription
        }
    }

    private final class Exchange: @unchecked Sendable {
        var data = Data()
        var response: URLResponse?
        var error: (any Error)?
    }

    /// The command line is synchronous; one request at a time is all publishing needs.
    private func send(_ request: URLRequest) -> Exchange {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let exchange = Exchange()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            exchange.data = data ?? Data()
            exchange.response = response
            exchange.error = error
            done.signal()
        }.resume()
        // URLSession enforces the timeout; this bound only guards against a session that never calls back.
        if done.wait(timeout: .now() + timeout + 5) == .timedOut {
            exchange.error = URLError(.timedOut)
        }
        return exchange
    }
}

/// What one request puts into a store: a graph, the records in it (none for the dataset's
/// description), and its N-Triples.
public struct GraphUpload: Sendable {
    public var graph: String
    public var recordIds: [String]
    public var body: [UInt8]
    /// What a SPARQL Graph Store expects in Content-Type.
    public var mediaType: String { Format.nTriples.mediaType }
}

extension LinkedData {
    /// Each record in its own graph (as in N-Quads), or with `graph` all records in that one graph,
    /// sent in one request so that the run is published whole or not at all; then, given a
    /// `description`, the run's description of the dataset in its own graph (`graphIRI`, one per
    /// version of the dataset, so that putting it again replaces it and another run's stays beside it).
    public static func uploads(_ records: [Record], base: String = defaultBase, graph: String? = nil,
                               generatedAt: Date? = nil, description: DatasetDescription? = nil) throws -> [GraphUpload] {
        if let graph { try IRI.check(graph) }
        var description = description
        let graphs = try records.map { record in
            let statements = try self.statements(record, base: base, generatedAt: generatedAt)
            description?.add(record, statements: statements)
            return statements
        }
        var uploads: [GraphUpload]
        if let graph {
            let statements = graphs.joined().map { RDFStatement($0.subject, $0.predicate, $0.object) }
            uploads = [GraphUpload(graph: graph, recordIds: records.map(\.id), body: try Serd.write(sorted(statements), syntax: .ntriples))]
        } else {
            uploads = try zip(records, graphs).map { record, statements in
                GraphUpload(graph: graphIRI(of: record, base: base), recordIds: [record.id],
                            body: try Serd.write(statements, syntax: .ntriples, prefixes: NS.prefixes))
            }
        }
        if let description, !description.isEmpty {
            let statements = description.statements().map { RDFStatement($0.subject, $0.predicate, $0.object) }
            uploads.append(GraphUpload(graph: description.graphIRI, recordIds: [], body: try Serd.write(statements, syntax: .ntriples)))
        }
        return uploads
    }
}
