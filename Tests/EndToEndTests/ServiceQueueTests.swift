import Foundation
import Testing

/// The queue in front of `--max-concurrent`: a request past the cap waits for a place, first come
/// first served, before its body is read; past `--queue` or `--queue-wait` it is answered 503. Each
/// client here sends its head and part of its body, then the rest when the test says: the place
/// it holds (or waits for) is known from /health, never guessed from time.
@Suite(.serialized) struct ServiceQueueTests {
    let seed = [UInt8](try! Data(contentsOf: URL(fileURLWithPath: Tool.seed(0))))

    /// A client that has sent its head and the first bytes of a seed, and sends the rest later.
    private func slowClient(port: Int) throws -> RawClient {
        let client = try RawClient(port: port)
        try client.send(Array("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(seed.count)\r\nX-Filename: seed.txt\r\n\r\n".utf8)
                        + seed.prefix(10))
        return client
    }

    private func finish(_ client: RawClient) throws -> RunningService.Answer {
        try client.send(Array(seed.dropFirst(10)))
        return try client.answer()
    }

    /// With one place and a queue of two, three slow requests at once are all answered 200, in
    /// the order they came; a fourth, finding the queue full, is answered 503 at once.
    @Test func requestsPastTheCapWaitTheirTurn() throws {
        let service = try RunningService(["--max-concurrent", "1", "--queue", "2", "--queue-wait", "60"])
        defer { service.stop() }
        let port = service.port
        // One by one, so that the order they came in is known: the first works, the others wait.
        var clients: [RawClient] = []
        defer { clients.forEach { $0.close() } }
        for waiting in 0..<3 {
            clients.append(try slowClient(port: port))
            #expect(try Health.until(port: port) { $0.working == 1 && $0.waiting == waiting }, "request \(waiting + 1) never took its turn")
        }
        let refused = try RawClient.post(port: port, "/api/validate", body: Data(seed))
        #expect(refused.status == 503)
        #expect(refused.headers["retry-after"] == "5")
        #expect(refused.json["status"] as? Int == 503)
        #expect(refused.json["error"] as? String == "too many validations at once, and 2 more waiting; try again shortly")
        #expect(try Health.get(port: port).refused == 1)

        #expect(try finish(clients[0]).status == 200)
        // The place passes to the second (its body still coming), not to the third, whose body is
        // whole: the third waits until the second is done.
        #expect(try Health.until(port: port) { $0.working == 1 && $0.waiting == 1 })
        try clients[2].send(Array(seed.dropFirst(10)))
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!clients[2].answered(), "the third request overtook the second")
        #expect(try Health.get(port: port).waiting == 1)
        #expect(try finish(clients[1]).status == 200)
        #expect(try clients[2].answer().status == 200)
        let health = try Health.get(port: port)
        #expect(health.working == 0 && health.waiting == 0 && health.refused == 1)
    }

    /// A request that waits longer than --queue-wait is answered 503 then, and its place in the queue is free.
    @Test func waitingPastTheQueueWaitIsAnswered503() throws {
        let service = try RunningService(["--max-concurrent", "1", "--queue", "2", "--queue-wait", "0.5"])
        defer { service.stop() }
        let port = service.port
        let holder = try slowClient(port: port)
        defer { holder.close() }
        #expect(try Health.until(port: port) { $0.working == 1 })
        let started = Date()
        let late = try RawClient.post(port: port, "/api/validate", body: Data(seed))
        // It cannot be answered before the wait is over; how long after depends on the machine.
        #expect(Date().timeIntervalSince(started) >= 0.5)
        #expect(late.status == 503)
        #expect(late.headers["retry-after"] == "5")
        #expect(late.json["error"] as? String == "no place to validate came free within 0.5 seconds; try again shortly")
        let health = try Health.get(port: port)
        #expect(health.working == 1 && health.waiting == 0 && health.refused == 1)
        #expect(try finish(holder).status == 200)
    }

    /// A client that closes its connection while it waits gives its place in the queue up at once,
    /// whether it had sent its whole request or part of it: the next request waits in it, not refused.
    @Test func aClientThatLeavesFreesItsPlace() throws {
        let service = try RunningService(["--max-concurrent", "1", "--queue", "1", "--queue-wait", "60"])
        defer { service.stop() }
        let port = service.port
        let holder = try slowClient(port: port)
        defer { holder.close() }
        #expect(try Health.until(port: port) { $0.working == 1 })

        let whole = try RawClient(port: port)
        try whole.send(Array("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(seed.count)\r\n\r\n".utf8) + seed)
        #expect(try Health.until(port: port) { $0.waiting == 1 })
        whole.close()
        #expect(try Health.until(port: port) { $0.waiting == 0 }, "a closed connection kept its place in the queue")

        let partial = try slowClient(port: port)
        #expect(try Health.until(port: port) { $0.waiting == 1 })
        partial.close()
        #expect(try Health.until(port: port) { $0.waiting == 0 }, "a closed connection kept its place in the queue")

        let next = try slowClient(port: port)
        defer { next.close() }
        #expect(try Health.until(port: port) { $0.waiting == 1 })
        #expect(try finish(holder).status == 200)
        #expect(try finish(next).status == 200)
        #expect(try Health.get(port: port).refused == 0)
    }

    /// A queue bound that means nothing is bad usage, told before anything starts.
    @Test func badQueueOptions() throws {
        for (arguments, message) in [(["--queue=-1"], "--queue must be 0 or more"),
                                     (["--queue-wait", "0"], "--queue-wait must be between 0.001 and 86400 seconds"),
                                     (["--queue-wait", "soon"], "--queue-wait")] {
            let run = try Tool.run(["serve", "--port", "0"] + arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
    }
}

/// What /health says of the queue.
struct Health {
    var working: Int
    var waiting: Int
    var refused: Int

    static func get(port: Int) throws -> Health {
        let connection = try RawClient(port: port)
        defer { connection.close() }
        try connection.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let json = try connection.answer().json
        guard let working = json["working"] as? Int, let waiting = json["waiting"] as? Int, let refused = json["refused"] as? Int else {
            throw POSIXError(.EBADMSG)
        }
        return Health(working: working, waiting: waiting, refused: refused)
    }

    /// Asks until `condition` holds, for at most 15 seconds: false if it never did.
    static func until(port: Int, _ condition: (Health) -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if condition(try get(port: port)) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
